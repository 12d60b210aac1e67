"""Departures and arrivals over one crossing point in one sentence go opposite ways: "из Грузии в
Россию через КПП «Верхний Ларс» выехали 8 900 граждан РФ, въехали — 4 300" counts 4,300 who
entered Georgia from Russia, not more who went to Russia. Phrasings written for these tests
(twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

OCTOBER_5 = date(2024, 10, 5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "С 27 сентября по 3 октября из Грузии в Россию через КПП «Верхний Ларс» выехали "
         "8 900 граждан РФ, въехали — 4 300, сообщили в МВД Грузии."),
        ("en", "Between September 27 and October 3, 8,900 Russian citizens left Georgia for "
         "Russia through the Upper Lars checkpoint, and 4,300 entered, the Georgian interior "
         "ministry said."),
        ("uk", "З 27 вересня по 3 жовтня з Грузії до Росії через КПП «Верхній Ларс» виїхали "
         "8 900 громадян РФ, в'їхали — 4 300, повідомили в МВС Грузії."),
    ],
)  # fmt: skip
def test_arrivals_after_departures_over_a_post_go_the_other_way(language: str, text: str) -> None:
    left, entered = read_article(text, language, OCTOBER_5).candidates
    assert (left.metric, left.origin, left.destination) == ("left", "GEO", "RUS")
    assert (entered.metric, entered.figure.value) == ("entered", 4300)
    assert (entered.origin, entered.destination) == ("RUS", "GEO")
    assert (entered.period_start, entered.period_end) == (date(2024, 9, 27), date(2024, 10, 3))


def test_arrivals_after_arrivals_over_a_post_go_the_same_way() -> None:
    text = (
        "Щодня через Дахабон з Гаїті до Домініканської Республіки в'їжджають 60 людей, а вчора "
        "в'їхали ще 75."
    )
    first, second = read_article(text, "uk", OCTOBER_5).candidates
    assert (second.origin, second.destination) == (first.origin, first.destination)
