"""Border crossing points by name (bot/language/checkpoints.json): a table that holds
together, and names found in any case form."""

from __future__ import annotations

import json

import pycountry
import pytest

from bot.language.checkpoints import CHECKPOINTS_FILE, find_checkpoints
from bot.language.text import fold


def test_the_table_holds_real_countries_and_no_name_twice():
    entries = json.loads(CHECKPOINTS_FILE.read_text(encoding="utf-8"))
    assert len(entries) >= 250
    codes = {country.alpha_3 for country in pycountry.countries}
    seen: dict[str, str] = {}
    for entry in entries:
        assert {entry["country"], entry["other"]} <= codes
        assert entry["country"] != entry["other"]
        for name in entry["names"]:
            assert seen.setdefault(fold(name), entry["country"]) == entry["country"], name


@pytest.mark.parametrize(
    ("text", "named", "sides"),
    [
        ("через КПП «Верхний Ларс» в Грузию", "Верхний Ларс", ("RUS", "GEO")),
        ("очередь в Верхнем Ларсе растёт", "Верхнем Ларсе", ("RUS", "GEO")),
        ("у пункті пропуску Шегині", "Шегині", ("UKR", "POL")),
        ("на Шегинях черга", "Шегинях", ("UKR", "POL")),
        ("Қорғастан өткен", "Қорғастан", ("KAZ", "CHN")),
        ("at the Beitbridge border post", "Beitbridge", ("ZWE", "ZAF")),
        ("у Бахтах", "Бахтах", ("KAZ", "CHN")),
        ("через пункт пропуска „Серахс“ в Туркменистан", "Серахс", ("TKM", "IRN")),
        ("через пункт пропуску Букіт-Каю-Хітам", "Букіт-Каю-Хітам", ("MYS", "THA")),
    ],
)
def test_a_crossing_is_found_in_any_case_form(text: str, named: str, sides: tuple[str, str]):
    (found,) = find_checkpoints(text)
    assert text[found.start : found.end] == named
    assert (found.country, found.other) == sides


def test_words_that_only_begin_like_a_crossing_are_none():
    assert find_checkpoints("Верхний этаж, ларсен и шеф") == []
    assert find_checkpoints("на ділянці Мукачівського загону") == []  # "Загонь" is a crossing
    # A name's stem then letters no case ending has: "Бахтиёр" is a man, not Bakhty.
    assert find_checkpoints("директор Бахтиёр Турсунов") == []
