"""Since the start of something on a day or in a year: "с начала эвакуации, объявленной 14
июня", "від початку операції у 2013 році", "since the start of the programme in 2020", "15
маусымда операция басталғалы бері" open a period up to the day of the report, not the day or
year alone; "с начала года по состоянию на 1 ноября" stays the named period it is. Figures
invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2025, 6, 24)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Всего с начала эвакуации, объявленной 14 июня, домой вернулись 1 028 кыргызстанцев.",
            (date(2025, 6, 14), None, PUBLISHED),
        ),
        (
            "ru",
            "С начала программы в 2020 году из Руанды в Бурунди вернулись более 31 тыс. человек.",
            (date(2020, 1, 1), None, PUBLISHED),
        ),
        (
            "uk",
            "Від початку операції у 2013 році Австралія повернула до Шрі-Ланки 1 150 людей.",
            (date(2013, 1, 1), None, PUBLISHED),
        ),
        (
            "uk",
            "З початку евакуації, оголошеної 14 червня, додому повернулися 1 028 киргизстанців.",
            (date(2025, 6, 14), None, PUBLISHED),
        ),
        (
            "en",
            "Since the start of the programme in 2020, more than 31,000 Burundians have returned "
            "from Rwanda.",
            (date(2020, 1, 1), None, PUBLISHED),
        ),
        (
            "kk",
            "15 маусымда операция басталғалы бері Испаниядан Мароккоға 1,2 млн-нан астам "
            "жолаушы өтті.",
            (date(2025, 6, 15), None, PUBLISHED),
        ),
        # A named period of its own, and the day it counts to.
        (
            "ru",
            "С начала года по состоянию на 1 июня заявления о приеме в гражданство подали 2 917 "
            "иностранцев.",
            (date(2025, 1, 1), None, date(2025, 6, 1)),
        ),
        # Something that happened in a year, not since it.
        (
            "en",
            "After clashes in 2020, 31,000 Burundians returned from Rwanda.",
            (date(2020, 1, 1), date(2020, 12, 31), None),
        ),
    ],
)
def test_since_the_start_of_something(
    language: str, text: str, expected: tuple[date | None, date | None, date | None]
) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, PUBLISHED).candidates
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == expected
