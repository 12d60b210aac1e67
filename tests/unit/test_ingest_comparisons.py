"""A figure compared with an earlier one in the same sentence: "down from 10,000 a week
earlier", "против 10 тысяч неделей ранее" (texts written here, figures invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2024, 5, 15)
MONDAY, A_WEEK_BEFORE = date(2024, 5, 13), date(2024, 5, 6)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russians entering Georgia fell to 4,500 a day on Monday, down from 10,000 a "
               "week earlier, the interior ministry said."),
        ("ru", "В понедельник в Грузию въезжали по 4,5 тысячи россиян в сутки против 10 тысяч "
               "неделей ранее."),
        ("uk", "У понеділок до Грузії в'їжджали по 4,5 тисячі росіян на добу проти 10 тисяч "
               "тижнем раніше."),
    ],
)  # fmt: skip
def test_a_rate_a_week_earlier(language, text):
    now, then = read_article(text, language, PUBLISHED).candidates
    assert (now.figure.value, now.period_start, now.per_day) == (4500, MONDAY, True)
    # The figure compared is a daily rate too, on the day a week before.
    assert (then.figure.value, then.period_start, then.period_end) == (
        10000,
        A_WEEK_BEFORE,
        A_WEEK_BEFORE,
    )
    assert then.per_day
    assert (then.origin, then.destination, then.citizenship) == ("RUS", "GEO", "RUS")


def test_a_week_earlier_measures_no_figure():
    reading = read_article(
        "В понедельник в Грузию въехали 4,5 тысячи россиян против 10 тысяч неделей ранее.",
        "ru",
        PUBLISHED,
    )
    assert [c.figure.value for c in reading.candidates] == [4500, 10000]
    assert reading.candidates[1].counted == "россиян"
    assert not reading.left_out


def test_a_share_compared_with_a_week_earlier_moves_no_date():
    """ "на 35% больше, чем неделей ранее": the share is compared, not the figure."""
    (candidate,) = read_article(
        "За неделю с 7 по 13 мая польско-белорусскую границу пересекли 62 тыс. человек — на "
        "35% больше, чем неделей ранее.",
        "ru",
        PUBLISHED,
    ).candidates
    assert (candidate.period_start, candidate.period_end) == (date(2024, 5, 7), date(2024, 5, 13))


def test_two_weeks_ago_is_still_a_date():
    (candidate,) = read_article(
        "Две недели назад в Грузию въехали 10 тысяч россиян.", "ru", PUBLISHED
    ).candidates
    assert candidate.figure.value == 10000
