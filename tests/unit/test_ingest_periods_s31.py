"""Lengths of time the short items wrote in the thirty-first session (figures invented): the
first days of the year, as the first days of a month are read; the last days "до Камако",
to a place by name, not before an event ("за последние две недели до выборов")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.periods import find_dates


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "За перші п'ять днів року до Румунії не пустили 30 іноземців.", (1, 5)),
        ("ru", "За первые пять дней года в Румынию не пустили 30 иностранцев.", (1, 5)),
        ("en", "In the first five days of the year, 30 foreigners were refused entry.", (1, 5)),
        ("en", "In the first week of the year, 30 foreigners were refused entry.", (1, 7)),
        ("kk", "Жылдың алғашқы бес күнінде Румынияға 30 шетелдік кіргізілмеді.", (1, 5)),
    ],
)
def test_the_first_days_of_the_year(language: str, text: str, expected: tuple[int, int]) -> None:
    (found,) = find_dates(text, language, date(2025, 1, 6))
    first, last = expected
    assert (found.period_start, found.period_end) == (date(2025, 1, first), date(2025, 1, last))


def test_the_last_days_of_the_year_before() -> None:
    text = "За последние пять дней года в Румынию не пустили 30 иностранцев."
    (found,) = find_dates(text, "ru", date(2025, 1, 6))
    assert (found.period_start, found.period_end) == (date(2024, 12, 27), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Мутомбо розповів, що за останні десять днів до Камако з Анголи прибули 2 750 "
            "висланих.",
        ),
        ("ru", "За последние десять дней до Камако из Анголы прибыли 2 750 высланных."),
    ],
)
def test_the_last_days_to_a_place_by_name(language: str, text: str) -> None:
    (found,) = find_dates(text, language, date(2024, 11, 19))
    assert (found.period_start, found.period_end, found.as_of) == (
        date(2024, 11, 10),
        date(2024, 11, 19),
        date(2024, 11, 19),
    )


def test_the_last_days_before_an_event_are_no_period_up_to_the_report() -> None:
    text = "За последние две недели до выборов прибыли 2 750 человек."
    assert find_dates(text, "ru", date(2024, 11, 19)) == []
