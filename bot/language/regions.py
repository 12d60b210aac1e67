"""Regions by name, for the country they are in: an article's "из Дагестана", "Приморье",
"Ақтөбе облысы арқылы", "in Roraima state", "на Волинь" say Russia, Kazakhstan, Brazil, Ukraine.

ISO 3166-2 (through pycountry) names every country's regions, provinces and oblasts in their
own romanisation, with Ukrainian names for all of them and Russian names for many. A word is
compared by the start of its transliteration (anyascii), which case endings and the two
languages' spellings leave alone ("Оренбургской", "Оренбурзька", "Orenburgskaya" all begin
"orenbu"); a start shared by regions of two countries names neither.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry
from anyascii import anyascii

__all__ = ["region_country"]

# How much of a name's start is compared: enough to tell regions apart, short enough that a
# case ending or a Russian, Ukrainian or Kazakh spelling does not change it.
_STEM = 6
# Words of a region's name that say what kind of region it is, or where in a country.
_KINDS = frozenset(
    {"oblast", "oblasti", "oblys", "oblysy", "voblasts", "respublika", "respublikasi", "kray",
     "krai", "okrug", "avtonomnyy", "avtonomnaya", "avtonomna", "region", "province", "state",
     "district", "city", "county", "municipality", "department", "prefecture", "sheng",
     "zizhiqu", "shi", "viloyati", "viloyat", "shahri", "shaary", "oblusu", "provinciia",
     "misto", "gorod", "oblast'", "central", "northern", "southern", "eastern",
     "western", "north", "south", "east", "west", "capital", "autonomous", "severnaia",
     "iuzhnaia", "zapadnaia", "vostochnaia", "tsentral'naia", "pivnichna", "pivdenna",
     "skhidna", "zakhidna", "tsentral'na", "novaia", "nova", "new", "upper", "lower", "great",
     "republic", "republika", "republica", "federation", "federacija", "federatsiia", "saint",
     "sankt", "san", "santa", "lake", "river", "island", "islands", "coast"}
)  # fmt: skip
_WORD = re.compile(r"[a-z]+")
# Regions named by a word news uses for a wider place: "the Gulf" (also Papua New Guinea's Gulf
# Province), "the Sahel", "the Delta".
# Words like a region's name that news uses for something else (as transliterated): "Tabaski",
# "Табаскі", West Africa's name for Eid al-Adha, is no "Tabasco".
_COMMON_WORDS = frozenset(
    {"gulf", "sahel", "delta", "highlands", "lowlands", "coast", "valley", "tabaski"}
)
# Names shorter than a key are kept whole, marked apart from the keys ("Bali", "Sabah").
_SHORTEST = 4
_SHORT = "="
_CASE_ENDING = re.compile(r"(?:om|oi|akh|e|a|u|y|i)$")
# How many letters longer than a region's name a word may be and still name it (a case
# ending, a spelling's extra letters).
_ENDING_SLACK = 3


# Islands and enclaves migration news names that ISO 3166-2 has no subdivision for, or names
# another way ("Sicilia", "Kriti", "Canarias"): their names in the four languages' spellings.
_ISLANDS = {
    "ITA": ("Lampedusa", "Лампедуза", "Sicily", "Pantelleria", "Пантеллерия", "Пантеллерія"),
    "GRC": ("Lesbos", "Lesvos", "Лесбос", "Samos", "Самос", "Chios", "Хиос", "Хіос", "Crete",
            "Rhodes", "Родос", "Farmakonisi", "Evros", "Эврос", "Еврос"),
    "ESP": ("Canary", "Canaries", "Канарские", "Канарські", "Канар", "Lanzarote", "Лансароте",
            "Сеута", "Tenerife", "Тенерифе", "Gran Canaria", "El Hierro", "Эль-Йерро",
            "Ель-Єрро"),
    "GBR": ("Dover", "Дувр"),
    # A region ISO 3166-2 does not list, in the country the world recognises it in.
    "AZE": ("Karabakh", "Карабах", "Nagorno-Karabakh", "Нагорный Карабах", "Нагірний Карабах",
            "Қарабақ"),
}  # fmt: skip


def _names(subdivision: object, translations: Iterable[gettext.NullTranslations]) -> set[str]:
    name = str(getattr(subdivision, "name", ""))
    return {name, *(t.gettext(name) for t in translations)}


def _letters(word: str) -> str:
    """A word as compared: transliterated, lower case, letters only; its key is the first
    ``_STEM`` of them."""
    return "".join(_WORD.findall(anyascii(word).casefold()))


def _ending_of(letters: str, name: str) -> bool:
    """Whether ``letters`` are ``name`` with a case ending: hardly longer, or the whole name
    (its last letters aside, which a case changes) and then an ending."""
    pairs = zip(letters, name, strict=False)
    shared = next((at for at, (a, b) in enumerate(pairs) if a != b), min(len(letters), len(name)))
    return len(letters) < len(name) + _ENDING_SLACK or shared >= len(name) - 2


@dataclass(frozen=True, slots=True)
class _Tables:
    """Key → the country whose regions' names start so (None when several do); key → the
    letters of every region's name of that start."""

    countries: dict[str, str | None]
    full_names: dict[str, tuple[str, ...]]


@cache
def _tables() -> _Tables:
    """Both tables, from one pass over ISO 3166-2 in its three spellings."""
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in ("uk", "ru")
    ]
    alpha3 = {entry.alpha_2: entry.alpha_3 for entry in pycountry.countries}
    found: dict[str, str | None] = {}
    full: dict[str, set[str]] = {}
    named: list[tuple[str, set[str]]] = [
        (country, set(names)) for country, names in _ISLANDS.items()
    ]
    for subdivision in pycountry.subdivisions:
        country = alpha3.get(subdivision.country_code)
        if country is not None:
            named.append((country, _names(subdivision, translations)))
    for country, names in named:
        for name in names:
            words = [word for word in re.split(r"[\s,()/-]+", name) if word]
            distinctive = [w for w in words if anyascii(w).casefold().strip("'") not in _KINDS]
            if not distinctive or len(distinctive[0]) < _SHORTEST:
                continue
            letters = _letters(distinctive[0])
            key = letters[:_STEM]
            full.setdefault(key, set()).add(letters)
            if len(key) < _STEM:
                # "Bali", "Sabah": a short name is compared whole, as its own key.
                key = _SHORT + key
            if found.get(key, country) != country:
                found[key] = None  # two countries' regions start alike: neither
            else:
                found[key] = country
    return _Tables(found, {key: tuple(names) for key, names in full.items()})


def region_country(word: str) -> str | None:
    """The country (alpha-3) of the region ``word`` names, in any case form, or None."""
    letters = _letters(word)
    if len(word) < _SHORTEST or letters in _COMMON_WORDS:
        return None
    key = letters[:_STEM]
    if len(key) >= _STEM:
        # A case ending adds a few letters to a name, or a Kazakh one a few more after the
        # whole name ("Ақтөбедегі"); a word that only begins like a name is another word
        # ("Бандаранаике" is no "Bandarban").
        if any(_ending_of(letters, name) for name in _tables().full_names.get(key, ())):
            return _tables().countries.get(key)
        if len(letters) > _STEM + 1:
            return None
        # "Самосе": a short name and its case ending, as long as a key.
        return _tables().countries.get(_SHORT + _CASE_ENDING.sub("", letters))
    # A short name whole, or with a Russian or Ukrainian case ending: "Бали", "Сабаха".
    for short in (key, _CASE_ENDING.sub("", key)):
        code = _tables().countries.get(_SHORT + short)
        if code is not None:
            return code
    return None
