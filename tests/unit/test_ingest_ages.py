"""An age told after the people it describes ("men under 30", "children under 14", "women
over 50") is no figure of people moving: the only candidate is the count beside it, if any.
Phrasings written for these tests (twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Most of those who entered Kazakhstan last week were men under 30, the ministry said.",
        "About 40% of those who entered Kazakhstan last week were men over 50.",
        "Children under 14 made up a third of those who entered Kazakhstan last week.",
    ],
)
def test_an_age_alone_is_no_candidate(text: str) -> None:
    assert read_candidates("en", DAY, text) == ()


def test_the_count_beside_an_age_is_the_candidate() -> None:
    text = (
        "Last week 1,200 refugees under 18 arrived in Poland from Ukraine, the border guard said."
    )
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.figure.value, candidate.metric, candidate.destination) == (
        1200,
        "entered",
        "POL",
    )
