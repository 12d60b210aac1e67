"""Cities by name, in English, Russian, Ukrainian and Kazakh: their English name (a question's
"Алматы") and the country each is in (an article's "Тбилисиден" is from Georgia, "рейсами из
Москвы в Ереван" from Russia into Armenia).

CLDR (through Babel) names the exemplar city of every time zone in each language, and says which
territory each zone is in; a few capitals that name no time zone are added by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import pycountry
from babel import Locale
from babel.core import get_global

from bot.language.text import fold, kazakh_fold

__all__ = ["city_country", "city_english_names", "city_key"]

# Capitals that are no time zone's exemplar city, as news names them.
_CAPITALS: dict[str, tuple[str, ...]] = {
    "KAZ": ("astana", "nur-sultan", "астана", "нур-султан", "нұр-сұлтан", "нур-султан"),
    "TUR": ("ankara", "анкара"),
    "CHN": ("beijing", "пекин", "пекін", "бейжің", "бейжин"),
    "USA": ("washington", "вашингтон"),
    "IND": ("new delhi", "delhi", "дели", "делі", "нью-дели", "нью-делі"),
    "PAK": ("islamabad", "исламабад", "ісламабад"),
    "CHE": ("bern", "берн"),
    "CAN": ("ottawa", "оттава"),
    "AUS": ("canberra", "канберра"),
}


@cache
def city_english_names() -> dict[str, str]:
    """City names in ru, uk and kk, folded → their English name, lower case."""
    found: dict[str, str] = {}
    for language in ("ru", "uk", "kk"):
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city")
            if city and "/" in zone:
                found.setdefault(city_key(city), _zone_city(zone).casefold())
    return found


def _zone_city(zone: str) -> str:
    return zone.rsplit("/", 1)[1].replace("_", " ")


def _alpha3(alpha2: str) -> str | None:
    entry = pycountry.countries.get(alpha_2=alpha2)
    return entry.alpha_3 if entry is not None else None


def city_key(name: str) -> str:
    """A place's name as the cities' tables keep it: folded, Kazakh letters as a Russian
    keyboard types them."""
    return kazakh_fold(fold(name))


@cache
def _cities() -> dict[str, str]:
    """Every city name CLDR gives in en, ru, uk and kk, folded → the alpha-3 of its country."""
    territories: Mapping[str, str] = get_global("zone_territories")
    found: dict[str, str] = {}
    for zone, territory in territories.items():
        code = _alpha3(territory)
        # Antarctica's stations are named after people and directions ("Davis", "Casey",
        # "Vostok", "Восток" is "east"), and no one in the news migrates there.
        if code is None or code == "ATA" or "/" not in zone:
            continue
        found.setdefault(city_key(_zone_city(zone)), code)
        for language in ("ru", "uk", "kk", "en"):
            names = Locale.parse(language).time_zones.get(zone, {})
            if city := names.get("city"):
                found.setdefault(city_key(city), code)
    for code, names in _CAPITALS.items():
        for name in names:
            found.setdefault(city_key(name), code)
    for word in _NOT_CITIES:
        found.pop(word, None)
    return found


# Zone names that are words of news first: "Easter Monday" (Pacific/Easter is Easter Island),
# "since Christmas", "in the wake of", "midway through"; surnames ("Wallis"); and "Norfolk",
# which news means as England's county more often than as the island.
_NOT_CITIES = frozenset({"easter", "christmas", "wake", "midway", "wallis", "norfolk"})


def city_country(keys: tuple[str, ...]) -> str | None:
    """The country of the city a word names, by any of its lookup keys (lemmas, stems)."""
    cities = _cities()
    return next((cities[key] for key in map(city_key, keys) if key in cities), None)
