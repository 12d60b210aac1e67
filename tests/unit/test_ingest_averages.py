"""An average is a count of about that many a day: "An average of 15,600 people a day crossed
... in July" (not an age, though "average of" holds "age of"), "в среднем проходят 350 человек в
сутки", "у середньому щодня", "орта есеппен"; "в среднем за сутки" is a day's rate, not the last
day. Phrasings written for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from storage.models import Qualifier

AUGUST_14 = date(2025, 8, 14)


def test_an_average_of_people_a_day_is_no_age() -> None:
    text = (
        "An average of 15,600 people a day crossed the frontier between Gibraltar and Spain in "
        "July, the police said."
    )
    (candidate,) = read_article(text, "en", AUGUST_14).candidates
    assert (candidate.figure.qualifier, candidate.figure.value) == (Qualifier.ABOUT, 15600)
    assert candidate.per_day
    assert (candidate.period_start, candidate.period_end) == (date(2025, 7, 1), date(2025, 7, 31))


def test_an_age_is_still_no_count() -> None:
    text = "Men aged 18 to 60 may not leave; 240 men were stopped at the border last week."
    (candidate,) = read_article(text, "en", AUGUST_14).candidates
    assert candidate.figure.value == 240


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Через КПП в среднем проходят 350 человек в сутки."),
        ("uk", "Через пункт пропуску в середньому щодня проходять 350 людей."),
        ("kk", "Бекеттен күн сайын орта есеппен 350 адам өтеді."),
        ("en", "Crossings averaged 350 a day."),
        ("en", "On average, 350 people crossed every day."),
        ("ru", "В среднем за сутки границу пересекали 350 человек."),
        ("uk", "У середньому за добу кордон перетинали 350 людей."),
    ],
)
def test_an_average_is_about_that_many_a_day(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, AUGUST_14).candidates
    assert (candidate.figure.qualifier, candidate.figure.value) == (Qualifier.ABOUT, 350)
    assert candidate.per_day
    assert (candidate.period_start, candidate.period_end) == (None, None)


def test_the_last_day_is_still_a_day() -> None:
    (candidate,) = read_article(
        "За сутки границу пересекли 350 человек.", "ru", AUGUST_14
    ).candidates
    assert not candidate.per_day
    assert (candidate.period_start, candidate.period_end) == (AUGUST_14, AUGUST_14)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An average of 52,000 people a day crossed the Svinesund bridges between Norway "
         "and Sweden over the weekend, Sweden's Customs Service said on Sunday."),
        ("ru", "В выходные мост между Норвегией и Швецией пересекали в среднем 52 тысячи человек "
         "в день."),
        ("uk", "У вихідні міст між Норвегією та Швецією перетинали в середньому 52 тисячі людей "
         "на день."),
    ],
)  # fmt: skip
def test_crossed_between_two_countries_is_a_crossing(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, date(2025, 12, 8)).candidates
    assert (candidate.metric, candidate.figure.qualifier) == ("crossings", Qualifier.ABOUT)
    assert {candidate.origin, candidate.destination} == {"NOR", "SWE"}


def test_crossed_into_a_country_between_two_days_entered_it() -> None:
    text = "More than 5,000 Russians crossed into Georgia between Monday and Wednesday."
    (candidate,) = read_article(text, "en", date(2025, 12, 8)).candidates
    assert (candidate.metric, candidate.destination) == ("entered", "GEO")
