"""Airports by the names news gives them, with the country each is in: an article's "з
аеропорту Бен-Гуріон до Кишинева", "прилетели во Внуково", "landed at Sheremetyevo" says where
people flew from or to when the airport's name is not a city's.

The table beside this module, ``airports.json``, lists about eighty airports that migration
and evacuation news names by their own names (Moscow's, Kyiv's, the Gulf's and Europe's hubs,
the ones named after people), each with its Latin and Cyrillic spellings. It was written for
factbot: the open airport tables (OurAirports, airportsdata) name them in English only. An
airport named after its city ("Riga airport") needs no entry: the city says the country. A
name that is also a surname ("Кеннеди") is listed only with the word for airport before it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.language.proper_names import NameIndex

__all__ = ["AIRPORTS_FILE", "Airport", "find_airports"]

AIRPORTS_FILE = Path(__file__).with_name("airports.json")


@dataclass(frozen=True, slots=True)
class Airport:
    """An airport found in a text: where, and the country it is in."""

    start: int
    end: int
    country: str  # alpha-3


@cache
def _index() -> NameIndex:
    entries = json.loads(AIRPORTS_FILE.read_text(encoding="utf-8"))
    return NameIndex((name, (entry["country"],)) for entry in entries for name in entry["names"])


def find_airports(text: str) -> list[Airport]:
    """The airports ``text`` names, in order."""
    return [Airport(found.start, found.end, found.value[0]) for found in _index().find(text)]
