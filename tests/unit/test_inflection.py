"""Country names and numbers in the case a phrase needs, in Russian, Ukrainian and Kazakh."""

from __future__ import annotations

import json

import pytest

from bot.language.inflection import (
    CASES_FILE,
    inflect_country,
    kazakh_number_ending,
    slavic_case_table,
)
from bot.language.words import country_names, words_for


def test_the_shipped_table_is_what_the_dictionaries_give():
    """Regenerate with `python -m bot.language.inflection` after a dictionary or CLDR update."""
    names = {language: country_names(language).values() for language in ("ru", "uk")}
    shipped = json.loads(CASES_FILE.read_text(encoding="utf-8"))
    assert shipped == slavic_case_table(names)


@pytest.mark.parametrize(
    ("language", "code", "into", "source"),
    [
        ("ru", "RUS", "в Россию", "России"),
        ("ru", "FRA", "во Францию", "Франции"),
        ("ru", "KAZ", "в Казахстан", "Казахстана"),
        ("ru", "USA", "в Соединенные Штаты", "Соединенных Штатов"),
        ("ru", "KOR", "в Республику Корею", "Республики Кореи"),
        ("ru", "ARE", "в ОАЭ", "ОАЭ"),
        ("uk", "KAZ", "Казахстану", "Казахстану"),
        ("uk", "GEO", "Грузії", "Грузії"),
        ("uk", "USA", "Сполучених Штатів", "Сполучених Штатів"),
        ("kk", "KAZ", "Қазақстанға", "Қазақстаннан"),
        ("kk", "RUS", "Ресейге", "Ресейден"),
        ("kk", "GEO", "Грузияға", "Грузиядан"),
        ("kk", "USA", "Америка Құрама Штаттарына", "Америка Құрама Штаттарынан"),
        ("kk", "TUR", "Түркияға", "Түркиядан"),
        ("en", "KAZ", "Kazakhstan", "Kazakhstan"),
    ],
)
def test_country_names_take_the_case_of_their_slot(language, code, into, source):
    words = words_for(language)
    assert words.country(code, "into") == into
    assert words.country(code, "from") == source
    assert inflect_country(words.country(code), language, "into") == into


@pytest.mark.parametrize(
    ("value", "ablative", "dative"),
    [
        (200_000, "нан", "ға"),  # екі жүз мың
        (441, "ден", "ге"),  # төрт жүз қырық бір
        (5, "тен", "ке"),  # бес
        (6, "дан", "ға"),  # алты
        (40, "тан", "қа"),  # қырық
        (300, "ден", "ге"),  # үш жүз
        (1_000_000, "нан", "ға"),  # бір миллион
        (2_000_000_000, "тан", "қа"),  # екі миллиард
    ],
)
def test_kazakh_numbers_take_the_ending_of_their_last_spoken_word(value, ablative, dative):
    assert kazakh_number_ending(value, "from") == ablative
    assert kazakh_number_ending(value, "into") == dative
    assert words_for("kk").number(value, "from").endswith(f"-{ablative}")
    assert words_for("ru").number(value, "from") == words_for("ru").number(value)
