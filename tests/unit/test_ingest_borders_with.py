"""The border with a country, as each language says it: Kazakh "Қырғызстанмен шекарадан"
is Russian "границу с Киргизией" (crossed into it, as the article set's convention has it);
a body named by its initials alone ("повідомили в ДПСУ") gives its state as the border's
other side; and a Kazakh opening day before "Қырғызстанмен" is when people crossed, not when
a body named so spoke. Phrasings written for these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)
YESTERDAY = date(2022, 10, 1)


@pytest.mark.parametrize(
    ("language", "text", "origin"),
    [
        ("kk", "Өткен аптада 2 мың ауғандық Иранмен шекарадан өтті.", "AFG"),
        ("ru", "За неделю 2 тысячи афганцев перешли границу с Ираном.", "AFG"),
        ("en", "Last week 2,000 Afghans crossed the border with Iran.", "AFG"),
    ],
)
def test_crossing_the_border_with_a_country_is_into_it(
    language: str, text: str, origin: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entered",
        origin,
        "IRN",
    )


@pytest.mark.parametrize(
    ("language", "text", "pair"),
    [
        ("uk", "Вчора кордон з Польщею перетнули 28 тисяч осіб в обох напрямках, повідомив "
         "речник ДПСУ.", {"UKR", "POL"}),
        ("uk", "Вчора кордон з Польщею перетнули 28 тисяч осіб в обох напрямках, повідомили "
         "в ДПСУ.", {"UKR", "POL"}),
        ("ru", "Вчера границу с Польшей пересекли 28 тысяч человек в обоих направлениях, "
         "сообщили в ГПСУ.", {"UKR", "POL"}),
        ("kk", "Кеше Қырғызстанмен шекарадан екі бағытта 28 мың адам өтті, деп хабарлады ҰҚК "
         "Шекара қызметі.", {"KAZ", "KGZ"}),
    ],
)  # fmt: skip
def test_both_ways_over_the_border_of_the_body_named_by_initials(
    language: str, text: str, pair: set[str]
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert candidate.metric == "crossings"
    assert {candidate.origin, candidate.destination} == pair
    assert (candidate.period_start, candidate.period_end) == (YESTERDAY, YESTERDAY)


def test_initials_give_no_country_where_the_sentence_names_the_way() -> None:
    text = "За даними ДПСУ, до Польщі виїхали 20 тисяч українців за тиждень."
    (candidate,) = read_candidates("uk", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == ("left", "UKR", "POL")
