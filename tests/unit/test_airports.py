"""Airports by name (bot/language/airports.json): a table that holds together, and names found
in any case form, the surnames among them only beside the word for airport."""

from __future__ import annotations

import json

import pycountry
import pytest

from bot.language.airports import AIRPORTS_FILE, find_airports
from bot.language.text import fold


def test_the_table_holds_real_countries_and_no_name_twice():
    entries = json.loads(AIRPORTS_FILE.read_text(encoding="utf-8"))
    assert len(entries) >= 60
    codes = {country.alpha_3 for country in pycountry.countries}
    seen: dict[str, str] = {}
    for entry in entries:
        assert entry["country"] in codes
        for name in entry["names"]:
            assert seen.setdefault(fold(name), entry["country"]) == entry["country"], name


@pytest.mark.parametrize(
    ("text", "named", "country"),
    [
        ("рейс из Шереметьева задержали", "Шереметьева", "RUS"),
        ("прилетели во Внуково", "Внуково", "RUS"),
        ("з аеропорту Бориспіль", "Бориспіль", "UKR"),
        ("з аеропорту Бен-Гуріон до Варшави", "Бен-Гуріон", "ISR"),
        ("landed at Ben Gurion on Sunday", "Ben Gurion", "ISR"),
        ("в аэропорту Кеннеди", "аэропорту Кеннеди", "USA"),
        ("через аэропорт «Манас»", "Манас", "KGZ"),
    ],
)
def test_an_airport_is_found_in_any_case_form(text: str, named: str, country: str):
    (found,) = find_airports(text)
    assert text[found.start : found.end] == named
    assert found.country == country


def test_a_surname_alone_is_no_airport():
    assert find_airports("Кеннеди сказал, что рейсы отменены") == []
    assert find_airports("шереметьево") == []  # a name is written with a capital
