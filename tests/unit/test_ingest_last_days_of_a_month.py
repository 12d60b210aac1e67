"""A month's last days: "in the last week of November", "в последнюю неделю ноября", "в
останній тиждень листопада", "қарашаның соңғы аптасында" are its last seven days, not the week
up to the report; and Kazakh "650 мыңдайы" (about 650 thousand of them) is a figure. Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.periods import find_dates
from bot.ingest.reading import read_article

DECEMBER_5 = date(2022, 12, 5)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "in the last week of November"),
        ("ru", "в последнюю неделю ноября"),
        ("uk", "в останній тиждень листопада"),
        ("kk", "Қарашаның соңғы аптасында"),
    ],
)
def test_the_last_week_of_a_month(language: str, words: str) -> None:
    (found,) = find_dates(words, language, DECEMBER_5)
    assert (found.period_start, found.period_end) == (date(2022, 11, 24), date(2022, 11, 30))


def test_the_last_days_of_a_month_and_the_first() -> None:
    (last,) = find_dates("за последние три дня октября", "ru", DECEMBER_5)
    (first,) = find_dates("in the first week of November", "en", DECEMBER_5)
    assert (last.period_start, last.period_end) == (date(2022, 10, 29), date(2022, 10, 31))
    assert (first.period_start, first.period_end) == (date(2022, 11, 1), date(2022, 11, 7))


def test_the_last_week_alone_is_the_week_up_to_the_report() -> None:
    (found,) = find_dates("за последнюю неделю", "ru", DECEMBER_5)
    assert (found.period_start, found.period_end) == (date(2022, 11, 29), DECEMBER_5)


def test_about_a_number_of_thousands_of_them_in_kazakh() -> None:
    text = (
        "21 қыркүйек пен 30 қараша аралығында Грузияға 700 мыңға жуық Ресей азаматы кірген, "
        "сол кезеңде 650 мыңдайы елден шыққан."
    )
    *_, left = read_article(text, "kk", DECEMBER_5).candidates
    assert (left.figure.value, left.figure.qualifier.value, left.metric) == (
        650000,
        "about",
        "left",
    )
