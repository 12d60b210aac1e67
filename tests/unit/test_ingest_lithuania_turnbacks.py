"""Lithuania's border guards' week, as a curator reads the counts: "than a week earlier, when
168 were turned back" ("ніж тижнем раніше, коли", "чем неделей ранее, когда") is the week
before the count told before; "97 in a single day" ("за одну добу") on a day the sentence names
is that day's, not the day before the report; migrants turned back "from Belarus" were kept
out, coming from there. Phrasings written for these tests (twenty-seventh session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

FRIDAY = date(2024, 8, 9)
LAST_WEEK = (date(2024, 7, 29), date(2024, 8, 4))
THE_WEEK_BEFORE = (date(2024, 7, 22), date(2024, 7, 28))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Литовські прикордонники минулого тижня не пропустили з Білорусі 312 мігрантів. "
         "Це майже вдвічі більше, ніж тижнем раніше, коли розвернули 168 осіб."),
        ("ru", "Литовские пограничники на прошлой неделе не пропустили из Беларуси 312 мигрантов. "
         "Это почти вдвое больше, чем неделей ранее, когда развернули 168 человек."),
        ("en", "Lithuanian guards turned back 312 migrants from Belarus last week. That is "
         "nearly twice as many as a week earlier, when 168 were turned back."),
    ],
)  # fmt: skip
def test_than_a_week_earlier_when_is_the_week_before(language: str, text: str) -> None:
    week, before = read_article(text, language, FRIDAY).candidates
    assert (week.figure.value, (week.period_start, week.period_end)) == (312, LAST_WEEK)
    assert (before.figure.value, (before.period_start, before.period_end)) == (
        168, THE_WEEK_BEFORE
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У суботу, 3 серпня, прикордонники розвернули рекордні 97 осіб за одну добу."),
        ("en", "On Saturday, August 3, guards turned back a record 97 people in a single day."),
        ("ru", "В субботу, 3 августа, пограничники развернули рекордные 97 человек за один день."),
    ],
)
def test_in_a_single_day_is_the_day_named(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, FRIDAY).candidates
    assert (candidate.period_start, candidate.period_end) == (date(2024, 8, 3), date(2024, 8, 3))


def test_the_last_day_is_still_the_day_before_the_report() -> None:
    (candidate,) = read_article(
        "За добу прикордонники розвернули 97 осіб.", "uk", FRIDAY
    ).candidates
    assert (candidate.period_start, candidate.period_end) == (FRIDAY, FRIDAY)


def test_migrants_turned_back_from_a_country_came_from_it() -> None:
    (candidate,) = read_article(
        "Guards turned back 312 migrants from Belarus last week.", "en", FRIDAY
    ).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused", "BLR", None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Від початку року спроб незаконного перетину кордону з Білорусі до Литви було "
         "2 104, повідомили литовські прикордонники."),
        ("ru", "С начала года попыток незаконного пересечения границы из Беларуси в Литву было "
         "2 104, сообщили литовские пограничники."),
        ("en", "Since the start of the year, Lithuanian guards have recorded 2,104 attempts to "
         "cross illegally from Belarus."),
    ],
)  # fmt: skip
def test_attempts_named_before_their_count_were_kept_out(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, FRIDAY).candidates
    assert (candidate.figure.value, candidate.metric) == (2104, "entry_refused")
    assert candidate.destination == "LTU"
