"""When a source spoke is no period of what it told: "said last week that 210,000 tourists
entered in July" counts July; "заявили на прошлой неделе, что ... в июле" too. With no other
date, the time said stays the figure's. From the short items' period misses (twenty-ninth
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from tests.ingest_reading import periods

DAY = date(2025, 8, 19)
JULY = (date(2025, 7, 1), date(2025, 7, 31))
LAST_WEEK = (date(2025, 8, 11), date(2025, 8, 17))


def _periods(text: str, language: str) -> list[tuple[date | None, date | None]]:
    return periods(read_article(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Montenegro's Border Police said last week that 210,000 foreign tourists entered "
            "the country from Croatia in July.",
            "en",
        ),
        (
            "The interior ministry said this week that 5,400 asylum seekers had arrived in July.",
            "en",
        ),
        (
            "Пограничная полиция Черногории сообщила на прошлой неделе, что в июле из Хорватии "
            "в страну въехали 210 тысяч туристов.",
            "ru",
        ),
        (
            "Прикордонна поліція Чорногорії повідомила минулого тижня, що в липні з Хорватії до "
            "країни в'їхали 210 тисяч туристів.",
            "uk",
        ),
    ],
)
def test_when_it_was_said_is_not_when_they_came(text: str, language: str) -> None:
    assert _periods(text, language) == [JULY]


def test_with_no_other_date_the_time_said_stays() -> None:
    text = "The ministry said last week that 3,000 people had entered Georgia."
    assert _periods(text, "en") == [LAST_WEEK]


def test_the_day_figures_were_released_on_dates_no_later_figure() -> None:
    """ "..., data released on Monday by the ministry showed": the day the data came out is
    the report's; the next sentence's undated part of the count keeps the count's months."""
    text = (
        "Headline\n\nA total of 41,200 Nepalis left the country for jobs abroad between "
        "January and July, data released on Monday by the labour ministry showed. Some 6,100 "
        "workers went to Malaysia under a state scheme, the ministry said."
    )
    first, second = read_article(text, "en", DAY).candidates
    months = (date(2025, 1, 1), date(2025, 7, 31))
    assert (first.period_start, first.period_end) == months
    assert (second.metric, second.destination) == ("left", "MYS")
    assert (second.period_start, second.period_end, second.as_of) == (*months, None)
