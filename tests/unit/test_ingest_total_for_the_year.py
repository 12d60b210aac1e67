"""A running total "for the year" counts from its first day, whatever the words after it say of
other years: "bringing the total for the year to 39,910, already more than in all of 2023" is
no stock ("already" said of people elsewhere). Phrasings written for these tests
(twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 1,000 migrants reached the Canary Islands by boat over the weekend, "
         "Spain's interior ministry said on Monday, bringing the total for the year to 39,910, "
         "already more than in all of 2023."),
        ("ru", "За выходные на Канарские острова прибыли более тысячи мигрантов, сообщило МВД "
         "Испании в понедельник, доведя общее число прибывших с начала года до 39 910 — это "
         "уже больше, чем за весь 2023 год."),
        ("uk", "За вихідні на Канарські острови прибули понад тисячу мігрантів, повідомило МВС "
         "Іспанії в понеділок, довівши загальну кількість прибулих з початку року до 39 910, "
         "що вже більше, ніж за весь 2023 рік."),
    ],
)  # fmt: skip
def test_the_total_for_the_year_is_from_its_first_day(language: str, text: str) -> None:
    rows = [
        (c.figure.value, c.metric, c.destination, c.period_start, c.period_end, c.as_of)
        for c in read_article(text, language, date(2024, 10, 15)).candidates
    ]
    weekend = (date(2024, 10, 12), date(2024, 10, 13), None)
    assert rows == [
        (1000, "entered", "ESP", *weekend),
        (39910, "entered", "ESP", date(2024, 1, 1), None, date(2024, 10, 13)),
    ]
