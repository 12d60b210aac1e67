"""Fiscal years: twelve months named by their years ("the 2023-24 financial year", "FY2024",
"в 2024/25 финансовом году", "2024 қаржы жылында") or by the day they ended ("which ended
March 31", "що завершився 30 вересня"), and, once a figure's countries are known, the months
of the state that counted it. Figures invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.fiscal_years import fiscal_labels, fiscal_period
from bot.ingest.periods import find_dates, fold_for_dates
from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        # The day it ended, after it or (in Kazakh) before it: the twelve months to that day.
        (
            "en",
            "The agency removed 18,048 people in the 2024-25 fiscal year, which ended March 31.",
            date(2025, 5, 7),
            (date(2024, 4, 1), date(2025, 3, 31)),
        ),
        (
            "en",
            "ICE removed 271,484 people in the fiscal year that ended on September 30.",
            date(2024, 12, 19),
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        (
            "ru",
            "В 2024/25 финансовом году, завершившемся 30 июня, в страну переехали 281 человек.",
            date(2025, 7, 10),
            (date(2024, 7, 1), date(2025, 6, 30)),
        ),
        (
            "uk",
            "За фінансовий рік, що завершився 30 вересня, з країни виїхали 2 317 громадян.",
            date(2024, 10, 10),
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        (
            "kk",
            "30 маусымда аяқталған 2023/24 қаржы жылында елге 219 адам келді.",
            date(2024, 10, 21),
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
        # Named by two years and no state: July to June; by one year: the calendar's.
        (
            "uk",
            "У 2023/24 фінансовому році з країни виїхали 2 317 громадян.",
            date(2024, 10, 10),
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
        (
            "en",
            "The agency removed 18,048 people in fiscal year 2024.",
            date(2025, 5, 7),
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)
def test_a_fiscal_year_is_read_as_one_period(
    language: str, text: str, published: date, expected: tuple[date, date]
) -> None:
    periods = [
        (found.period_start, found.period_end)
        for found in find_dates(text, language, published)
        if found.period_start != found.period_end
    ]
    assert periods == [expected]


def test_two_years_that_do_not_follow_each_other_are_no_fiscal_year() -> None:
    (unnamed,) = fiscal_labels(fold_for_dates("the 2019-22 budget year"))
    assert (unnamed.first, unnamed.second) == (None, None)
    (label,) = fiscal_labels(fold_for_dates("the 2019-20 budget year"))
    assert fiscal_period(label, "GBR") == (date(2019, 4, 1), date(2020, 3, 31))


@pytest.mark.parametrize(
    ("language", "text", "published", "value", "expected"),
    [
        # The United States' year starts in October and is named by the year it ends in.
        (
            "kk",
            "2024 қаржы жылында АҚШ-тан 96 Қазақстан азаматы депортацияланған.",
            date(2025, 1, 20),
            96,
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        (
            "en",
            "The United States deported 1,500 Indian nationals in fiscal year 2024, the "
            "Department of Homeland Security said.",
            date(2025, 2, 6),
            1500,
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        # Japan's starts in April and is named by the year it starts in.
        (
            "en",
            "Japan received 12,000 asylum applications in fiscal 2024, the Immigration "
            "Services Agency said.",
            date(2025, 6, 1),
            12000,
            (date(2024, 4, 1), date(2025, 3, 31)),
        ),
        (
            "ru",
            "В 2023/24 финансовом году из ЮАР депортировали 47 тысяч граждан Зимбабве.",
            date(2024, 8, 1),
            47000,
            (date(2023, 4, 1), date(2024, 3, 31)),
        ),
        # Australia's: July to June; the year before it too.
        (
            "en",
            "Papua New Guinea villagers made 14,800 traditional visits to Australia's Saibai "
            "island in the 2024-25 financial year, down from 17,200 the year before, the "
            "Australian Border Force said.",
            date(2025, 7, 24),
            17200,
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
        # A state whose year is the calendar's keeps the year read.
        (
            "en",
            "Germany deported 20,000 people in fiscal year 2024, the interior ministry said.",
            date(2025, 2, 6),
            20000,
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)
def test_a_fiscal_year_is_the_counting_states(
    language: str, text: str, published: date, value: int, expected: tuple[date, date]
) -> None:
    candidates = read_article("Headline\n\n" + text, language, published).candidates
    (counted,) = [c for c in candidates if c.figure.value == value]
    assert (counted.period_start, counted.period_end) == expected
