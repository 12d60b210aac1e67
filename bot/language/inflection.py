"""Country names and numbers in the case a phrase needs: "в Россию", "з Росії", "Ресейден".

A phrase of the catalogs names the role of its slot ("into" a country, "from" a country), and
this module gives the name in the case that role takes in each language:

- Russian: into → "в"/"во" and the accusative ("въехали в Россию", "во Францию": the form
  carries its preposition), from → genitive ("из России");
- Ukrainian: into and from → genitive ("до Росії", "з Росії");
- Kazakh: into → dative ("Ресейге"), from → ablative ("Ресейден"), by vowel harmony and the
  name's last sound; a number written in digits takes the ending of its last spoken word
  ("200 000-нан астам": "екі жүз мың" ends in "мың").

Russian and Ukrainian forms come from pymorphy3's dictionaries (the same ones the question
reader uses), word by word, each word keeping its number; a word they do not know
(an abbreviation, "Кот-д’Ивуар") stays as it is. They are worked out once, by
``python -m bot.language.inflection``, into ``country_cases.json`` beside this module: a reply
then costs a lookup, not the 0.1 s and 23 MB of loading the dictionaries. A test keeps the
file equal to what the dictionaries give. English names need no case.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

__all__ = [
    "CASES_FILE",
    "Role",
    "inflect_country",
    "kazakh_case",
    "kazakh_number_ending",
    "slavic_case_table",
]

CASES_FILE = Path(__file__).with_name("country_cases.json")

Role = Literal["into", "from"]

_SLAVIC_CASES = {("ru", "into"): "accs", ("ru", "from"): "gent", ("uk", "into"): "gent",
                 ("uk", "from"): "gent"}  # fmt: skip

_BACK_VOWELS = set("аоұыяуё")
_FRONT_VOWELS = set("әөүіеэию")
# Voiced stops end only borrowed words, and are said voiceless there: "миллиардқа", "Чадқа"
# (unlike "з" of "жүзден", "сегізге").
_VOICELESS = set("кқпстфхцчшщбвгд")
_NASALS = set("мнң")


def _slavic_word(word: str, language: str, case: str) -> str:
    from bot.language.lemmas import morph

    parts = word.split("-")
    # Abbreviations ("ОАЭ", "о-ва") and names with marks ("Кот-д’Ивуар") stay as they are.
    if word.isupper() or not "".join(parts).isalpha() or min(map(len, parts)) < 2:
        return word
    parses = [
        parse
        for parse in morph(language).parse(word)
        if "nomn" in parse.tag and parse.tag.POS in ("NOUN", "ADJF", "PRTF")
    ]
    if not parses:
        return word
    # A country is a thing: an inanimate reading first ("Ізраїль", not a person's name).
    # and the reading whose dictionary form is the word itself.
    parses.sort(key=lambda parse: ("anim" in parse.tag, parse.normal_form != word.casefold()))
    parse = parses[0]
    grammemes = {case} | {
        grammeme for grammeme in (parse.tag.number, parse.tag.gender) if grammeme is not None
    }
    if case == "accs" and parse.tag.POS != "NOUN" and {"plur", "masc"} & grammemes:
        grammemes.add("inan")  # "Соединённые Штаты", not the animate "Соединённых"
    inflected = parse.inflect(grammemes)
    if inflected is None:
        return word
    form: str = inflected.word
    if "ё" not in word.casefold():
        form = form.replace("ё", "е")  # CLDR writes "Соединенные"
    # The dictionary's form is lower case; the name's capitals ("Кот-дʼІвуар") are put back.
    return "".join(
        letter.upper() if index < len(word) and word[index].isupper() else letter
        for index, letter in enumerate(form)
    )


def _harmony(word: str) -> tuple[bool, str]:
    """Whether ``word``'s last vowel is a back vowel, and its last letter."""
    letters = word.casefold()
    for letter in reversed(letters):
        if letter in _BACK_VOWELS:
            return True, letters[-1]
        if letter in _FRONT_VOWELS:
            return False, letters[-1]
    return True, letters[-1:]


def _kazakh_ending(word: str, role: Role, *, possessive: bool = False) -> str:
    back, last = _harmony(word)
    if possessive:  # "Құрама Штаттары" → "Штаттарына", "Штаттарынан"
        return ("на" if back else "не") if role == "into" else ("нан" if back else "нен")
    if role == "into":
        if last in _VOICELESS:
            return "қа" if back else "ке"
        return "ға" if back else "ге"
    if last in _NASALS:
        return "нан" if back else "нен"
    if last in _VOICELESS:
        return "тан" if back else "тен"
    return "дан" if back else "ден"


def _russian_into(form: str) -> str:
    """ "в" before the accusative, "во" where two consonants meet: "во Францию", "во Вьетнам"."""
    first, second = form[:1].casefold(), form[1:2].casefold()
    return f"во {form}" if first in "вф" and second not in "аеёиоуыэюя" else f"в {form}"


def _slavic_name(name: str, language: str, role: Role) -> str:
    case = _SLAVIC_CASES[(language, role)]
    # What is in brackets ("Мьянма (Бирма)") is an aside, left in the nominative.
    named, bracket, aside = name.partition(" (")
    words = [_slavic_word(word, language, case) for word in named.split(" ")]
    form = " ".join(words) + bracket + aside
    # Russian's "into" carries its preposition, whose form depends on the name.
    return _russian_into(form) if (language, role) == ("ru", "into") else form


def slavic_case_table(names: Mapping[str, Iterable[str]]) -> dict[str, dict[str, dict[str, str]]]:
    """language → role → name → its form, for the Russian and Ukrainian ``names`` given;
    only the names whose form differs from the nominative."""
    return {
        language: {
            role: {
                name: form
                for name in sorted(names[language])
                if (form := _slavic_name(name, language, role)) != name
            }
            for role in ("into", "from")
        }
        for language in ("ru", "uk")
    }


@cache
def _case_table() -> dict[str, dict[str, dict[str, str]]]:
    table: dict[str, dict[str, dict[str, str]]] = json.loads(
        CASES_FILE.read_text(encoding="utf-8")
    )
    return table


@lru_cache(maxsize=4096)
def inflect_country(name: str, language: str, role: Role) -> str:
    """``name`` (nominative, as CLDR gives it) in the case ``role`` takes in ``language``."""
    if language in ("ru", "uk"):
        form = _case_table()[language][role].get(name)
        if form is None:  # a name the table was not made from: the nominative will do
            form = _russian_into(name) if (language, role) == ("ru", "into") else name
        return form
    if language == "kk":
        return kazakh_case(name, role)
    return name


def kazakh_case(text: str, role: Role) -> str:
    """``text`` with the Kazakh case ending ``role`` takes, by its last word: "Ресейден",
    "Америка Құрама Штаттарынан" (a possessive ending), "2022 ж. 21 қыркүйектен"."""
    words = text.split(" ")
    last = words[-1]
    if not last[-1:].isalpha():
        return text
    possessive = len(words) > 1 and last.casefold().endswith(("ы", "і"))
    return text + _kazakh_ending(last, role, possessive=possessive)


# The last spoken word of a number, by its last non-zero part: units, tens, or a power.
_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def _last_spoken_word(value: int) -> str:
    if value % 10:
        return _UNITS[value % 10]
    if value % 100:
        return _TENS[value % 100 // 10]
    if value % 1000:
        return "жүз"
    if value % 10**6:
        return "мың"
    if value % 10**9:
        return "миллион"
    return "миллиард" if value else "нөл"


def kazakh_number_ending(value: int, role: Role) -> str:
    """The case ending a number written in digits takes in Kazakh: 200000 → "нан" (from),
    441 → "ден", 7000 → "ға" (into)."""
    return _kazakh_ending(_last_spoken_word(value), role)


def _write_table() -> None:
    from bot.language.words import country_names

    names = {language: country_names(language).values() for language in ("ru", "uk")}
    text = json.dumps(slavic_case_table(names), ensure_ascii=False, indent=1, sort_keys=True)
    CASES_FILE.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {CASES_FILE}", file=sys.stderr)


if __name__ == "__main__":
    _write_table()
