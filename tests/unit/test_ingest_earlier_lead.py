"""Time said before a figure, of the figure told before it: "A week earlier, up to 10,000 a
day were crossing", "Неделей ранее", "Тижнем раніше", "Бұдан бір апта бұрын"; "Годом ранее
... за весь год" (the whole year before); and "за останній тиждень до країни" (a length of
time before "to the country", not before an event). Phrasings written for these tests
(twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

OCTOBER_12 = date(2022, 10, 12)


def _read(text: str, language: str, day: date = OCTOBER_12) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination, c.period_start, c.period_end)
        for c in read_article(text, language, day).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On October 11, 4,300 Russians entered Georgia, the interior ministry said. A week "
         "earlier, up to 10,000 people a day were entering the country."),
        ("ru", "11 октября в Грузию въехали 4,3 тыс. россиян, сообщило МВД. Неделей ранее "
         "ежедневно в Грузию въезжали до 10 тысяч человек."),
        ("uk", "11 жовтня до Грузії в'їхали 4,3 тис. росіян, повідомило МВС. Тижнем раніше щодня "
         "до Грузії в'їжджали до 10 тисяч людей."),
        ("kk", "11 қазанда Грузияға 4,3 мың ресейлік кірді, деп хабарлады ІІМ. Бұдан бір апта "
         "бұрын күн сайын Грузияға 10 мыңға дейін адам кірген."),
    ],
)  # fmt: skip
def test_a_week_earlier_before_the_figure_is_a_week_before_the_one_told(
    language: str, text: str
) -> None:
    day, week_before = date(2022, 10, 11), date(2022, 10, 4)
    # "Бұдан" ("than this") is no city: "from Buda" would make the people come from Hungary.
    assert _read(text, language) == [
        (4300, "entered", "RUS", "GEO", day, day),
        (10000, "entered", "RUS", "GEO", week_before, week_before),
    ]


def test_ago_from_the_report_is_not_earlier_than_the_figure_before() -> None:
    text = (
        "11 октября в Грузию въехали 4,3 тыс. россиян, сообщило МВД. Неделю назад в Грузию "
        "въехали 10 тысяч человек."
    )
    assert _read(text, "ru")[1][-2:] == (date(2022, 10, 5), date(2022, 10, 5))


def test_a_week_earlier_with_no_figure_before_stays_as_of_the_report() -> None:
    candidate = read_article(
        "A week earlier, 10,000 people entered Georgia.", "en", OCTOBER_12
    ).candidates[0]
    assert (candidate.period_start, candidate.as_of) == (None, OCTOBER_12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Since January 1, 1,260 people have applied for asylum in Iceland, the Directorate "
         "of Immigration said. A year earlier, 4,150 people applied for the whole year."),
        ("ru", "С начала года в Исландии подали заявления о международной защите 1 260 человек, "
         "сообщил директорат. Годом ранее заявлений за весь год было 4 150."),
        ("uk", "З початку року в Ісландії подали заяви про притулок 1260 осіб, повідомив "
         "директорат. Роком раніше за весь рік заяв було 4150."),
    ],
)  # fmt: skip
def test_a_year_earlier_for_the_whole_year_is_all_of_that_year(language: str, text: str) -> None:
    day = date(2024, 9, 19)
    assert _read(text, language, day) == [
        (1260, "asylum_applications", None, "ISL", date(2024, 1, 1), None),
        (4150, "asylum_applications", None, "ISL", date(2023, 1, 1), date(2023, 12, 31)),
    ]


def test_a_year_earlier_without_the_whole_year_is_the_same_days() -> None:
    text = (
        "У 2024 році Латвія видала посвідки тимчасового захисту 6 412 громадянам України, "
        "повідомила керівниця управління. Роком раніше такі посвідки отримали 9 870 українців."
    )
    periods = [row[-2:] for row in _read(text, "uk", date(2025, 1, 15))]
    assert periods == [
        (date(2024, 1, 1), date(2024, 12, 31)),
        (date(2023, 1, 1), date(2023, 12, 31)),
    ]


@pytest.mark.parametrize(
    "words",
    ["за останній тиждень до країни", "за останні сім днів до країни",
     "протягом останнього тижня до держави"],
)  # fmt: skip
def test_the_last_week_before_to_the_country_is_a_span(words: str) -> None:
    text = f"Прикордонна служба Фінляндії повідомила, що {words} в'їхали 8500 росіян."
    assert _read(text, "uk", date(2022, 10, 5)) == [
        (8500, "entered", "RUS", "FIN", date(2022, 9, 29), date(2022, 10, 5)),
    ]


def test_a_week_before_an_event_is_still_no_span() -> None:
    text = "За тиждень до виборів до Польщі в'їхали 8500 українців, повідомила прикордонна служба."
    assert _read(text, "uk", date(2022, 10, 5))[0][-2:] == (None, None)
