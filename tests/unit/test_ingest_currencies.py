"""Money in any currency is no count of people: "pledged 5,000 lempiras to each returnee",
"3,000 quetzales" (the currency words come from CLDR's names, through Babel; a test keeps the
list in step with the installed Babel). Nor are people who "remain registered" a count of
people who came: they are a stock. (Twenty-eighth session, from the short items' extras.)
Nor does money's country say where anyone went ("500 US dollars", "американских долларов"),
nor a sea's ("the Gulf of Guinea"). (Twenty-ninth session.)"""

from __future__ import annotations

from datetime import date

import pytest
from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

from bot.ingest.figure_phrases import CURRENCY_WORDS
from bot.ingest.reading import read_article

# Left out on purpose: "passed the 100,000 mark" counts people; "gold" is a reserve.
_LEFT_OUT = {"mark", "marks", "gold"}


def test_every_currency_in_use_is_named() -> None:
    territories = [str(key) for key in Locale("en").territories]
    codes = {
        code
        for territory in territories
        if len(territory) == 2 and territory.isalpha()
        for code in get_territory_currencies(territory, date(2026, 1, 1))
    }
    names = {
        get_currency_name(code, count, "en").split()[-1].casefold()
        for code in codes
        for count in (1, 2)
    }
    assert names - _LEFT_OUT <= CURRENCY_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "The government has pledged 5,000 lempiras to each returnee.",
        "Each family receives 3,000 quetzales from the ministry.",
        "Deportees are given 2,500 gourdes on arrival in Port-au-Prince.",
        "Each of them paid 40,000 cordobas to smugglers.",
    ],
)
def test_money_is_not_people(text: str) -> None:
    reading = read_article(text, "en", date(2025, 6, 5))
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["money"]


def test_a_count_beside_money_is_still_read() -> None:
    reading = read_article(
        "Each family receives 3,000 quetzales, and 200 families returned last week.",
        "en",
        date(2025, 6, 5),
    )
    assert [c.figure.value for c in reading.candidates] == [200]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 560,000 Syrians remain registered with UNHCR in Jordan."),
        ("uk", "У Польщі досі зареєстровані майже 1 млн українців."),
        ("ru", "В Чехии по-прежнему зарегистрированы около 350 тысяч украинцев."),
    ],
)
def test_people_still_registered_are_a_stock(language: str, text: str) -> None:
    reading = read_article(text, language, date(2025, 6, 5))
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["stock"]


def _places(text: str, language: str) -> list[tuple[str | None, str | None, str | None]]:
    reading = read_article(text, language, date(2025, 6, 3))
    return [(c.origin, c.destination, c.citizenship) for c in reading.candidates]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Guards at Motaain refused entry to 157 Timorese in May, mostly for carrying more "
            "than 500 US dollars in cash.",
            "en",
            [("TLS", None, "TLS")],
        ),
        (
            "Police turned back 40 people at the border in May who carried more than 10,000 "
            "Australian dollars.",
            "en",
            [(None, None, None)],
        ),
        (
            "В мае пограничники не пропустили 40 человек, у которых было больше 10 тысяч "
            "американских долларов.",
            "ru",
            [(None, None, None)],
        ),
        (
            "У травні прикордонники не пропустили 40 осіб, які мали понад 10 тисяч "
            "американських доларів.",
            "uk",
            [(None, None, None)],
        ),
        (
            "В мае из страны выехали 40 человек, каждый заплатил по 500 китайских юаней.",
            "ru",
            [(None, None, None)],
        ),
    ],
)
def test_a_currency_s_country_is_no_place_anyone_went(
    text: str, language: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _places(text, language) == expected


def test_a_sea_named_after_a_country_is_not_the_country() -> None:
    text = (
        "LAGOS, Nov 28, 2024 (Gulf of Guinea Wire) – A charter flight brought 163 migrants "
        "home from Libya on Wednesday."
    )
    assert _places(text, "en") == [("LBY", None, None)]


def test_a_country_named_like_its_money_is_still_a_country() -> None:
    text = "Guards in Sierra Leone turned back 118 Guineans at Gbalamuya in May."
    assert _places(text, "en") == [("GIN", "SLE", "GIN")]
