"""Who said it, set between commas after an English figure's few words ("About 3,000 people,
the governor said, fled into Thailand"), leaves the figure's clause whole: its verb and its
countries come after the aside, and the aside's own words name no country anyone went to.
A clause of its own after the aside ("..., ISEE added, while departures ...") is not the
figure's. Phrasings written for these tests (thirtieth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2024, 4, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 3,000 people, the provincial governor said, fled across the river into "
         "Thailand on Saturday.", ("entered", 3000, None, "THA")),
        ("More than 400 migrants, officials told Reuters, reached Lampedusa from Libya on "
         "Sunday.", ("entered", 400, "LBY", "ITA")),
        ("Some 1,200 people, the UN refugee agency said, crossed from Sudan into Chad in the "
         "past week.", ("entered", 1200, "SDN", "TCD")),
        # The aside's own country is the speaker's, not where the people went.
        ("About 3,000 Georgians, the Armenian border service said, crossed into Russia on "
         "Saturday.", ("entered", 3000, "GEO", "RUS")),
        ("Nearly 900 Afghans, according to the Iranian interior ministry, were sent back to "
         "Afghanistan last week.", ("deported", 900, "IRN", "AFG")),
    ],
)  # fmt: skip
def test_a_speaker_aside_leaves_the_clause_whole(
    text: str, expected: tuple[str, int, str | None, str]
) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    metric, value, origin, destination = expected
    assert (candidate.metric, candidate.figure.value) == (metric, value)
    assert candidate.destination == destination
    if origin is not None:
        assert candidate.origin == origin


def test_a_clause_of_its_own_after_the_aside_is_not_the_figures() -> None:
    text = (
        "Of the new arrivals in March, 2,300 came from Tonga, the statistics office added, "
        "while departures to Australia rose."
    )
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.origin) == ("entered", "TON")
