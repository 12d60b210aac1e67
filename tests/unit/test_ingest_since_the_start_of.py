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


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # An event the article dated before: since that day.
        (
            "Since the start of the tournament, border officers have turned away 212 travellers "
            "who arrived without a fan card, the ministry added.",
            (date(2025, 6, 10), None, PUBLISHED),
        ),
        (
            "Since the beginning of the festival, 212 travellers have been turned away at the "
            "border, the ministry added.",
            (date(2025, 6, 10), None, PUBLISHED),
        ),
        # A stretch of the calendar is no event: since 1 January.
        (
            "Since the start of the year, 212 travellers have been turned away at the border, "
            "the ministry added.",
            (date(2025, 1, 1), None, PUBLISHED),
        ),
    ],
)
def test_since_the_start_of_an_event_dated_before(
    second: str, expected: tuple[date | None, date | None, date | None]
) -> None:
    first = (
        "As of Monday, 84,600 visitors had entered the country through Abu Samra since the "
        "tournament kicked off on 10 June, the ministry said."
    )
    text = f"Headline\n\n{first} {second}"
    candidates = read_article(text, "en", PUBLISHED).candidates
    (later,) = [c for c in candidates if c.figure.value == 212]
    assert (later.period_start, later.period_end, later.as_of) == expected


def test_a_record_since_an_opening_keeps_its_own_day() -> None:
    """ "the highest for a single day since the corridor opened in November 2019" compares the
    day with the years before; the figure is the day's."""
    text = (
        "Headline\n\nMore than 120,000 Indian pilgrims have travelled to Pakistan through the "
        "Kartarpur corridor since January 1, officials said. On Friday, 4,211 devotees crossed "
        "over from the Dera Baba Nanak terminal, the highest for a single day since the "
        "corridor opened in November 2019, they said."
    )
    candidates = read_article(text, "en", date(2024, 11, 21)).candidates
    (day,) = [c for c in candidates if c.figure.value == 4211]
    assert (day.period_start, day.period_end) == (date(2024, 11, 15), date(2024, 11, 15))


def test_since_the_start_of_the_conflict_the_article_dated() -> None:
    """The conflict's start, not another "since" day named in between."""
    text = (
        "Headline\n\nРешение принято после вооружённого конфликта на кыргызско-таджикской "
        "границе, который шёл с 14 по 16 сентября. С 16 сентября через аэропорт «Манас» из "
        "России вернулись более 1 800 граждан Кыргызстана. Кроме того, с начала конфликта из "
        "Кыргызстана выдворены 17 граждан Таджикистана, сообщили в МВД Кыргызстана."
    )
    candidates = read_article(text, "ru", date(2022, 9, 22)).candidates
    (expelled,) = [c for c in candidates if c.figure.value == 17]
    assert (expelled.period_start, expelled.as_of) == (date(2022, 9, 14), date(2022, 9, 22))
