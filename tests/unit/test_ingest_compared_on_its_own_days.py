"""A count given to compare on days of its own ("up from 3,400 in January last year", "That was
nearly double the 3,400 returned in January last year") is the count before's kind, between its
countries, on those days; "Another 1,850 ... during the month" after it takes the main count's
days, not the compared one's. Phrasings written for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

FEBRUARY_18 = date(2025, 2, 18)
JANUARY_2025 = (date(2025, 1, 1), date(2025, 1, 31))
JANUARY_2024 = (date(2024, 1, 1), date(2024, 1, 31))


@pytest.mark.parametrize(
    "then",
    [
        "That compares with 3,400 in January last year.",
        "That was nearly double the 3,400 returned in January last year.",
        "That was twice the 3,400 deported in January last year.",
    ],
)
def test_a_count_compared_on_its_own_days(then: str) -> None:
    text = f"The United States deported 6,312 Guatemalans in January, the IGM said. {then}"
    now, before = read_article(text, "en", FEBRUARY_18).candidates
    assert (before.metric, before.figure.value) == ("deported", 3400)
    assert (before.origin, before.destination) == (now.origin, now.destination) == ("USA", "GTM")
    assert (now.period_start, now.period_end) == JANUARY_2025
    assert (before.period_start, before.period_end) == JANUARY_2024


def test_up_from_a_count_on_its_own_days() -> None:
    text = (
        "The United States deported 6,312 Guatemalans in January, the IGM said, up from 3,400 in "
        "January last year."
    )
    _, before = read_article(text, "en", FEBRUARY_18).candidates
    assert (before.metric, before.figure.value) == ("deported", 3400)
    assert (before.period_start, before.period_end) == JANUARY_2024


def test_another_after_a_compared_count_takes_the_main_counts_days() -> None:
    text = (
        "The United States deported 6,312 Guatemalans in January, the IGM said. That was nearly "
        "double the 3,400 returned in January last year. Another 1,850 Guatemalans were sent "
        "back overland from Mexico during the month, the institute said."
    )
    *_, another = read_article(text, "en", FEBRUARY_18).candidates
    assert (another.figure.value, another.origin) == (1850, "MEX")
    assert (another.period_start, another.period_end) == JANUARY_2025


def test_a_return_compared_with_arrivals_stays_a_return() -> None:
    # The word of moving home is read as the count before's only when that count was one.
    text = (
        "About 12,000 migrants entered Mexico from Guatemala in January, officials said. That was "
        "twice the 6,000 returned to Guatemala in January last year."
    )
    _, second = read_article(text, "en", FEBRUARY_18).candidates
    assert second.metric == "returned"
