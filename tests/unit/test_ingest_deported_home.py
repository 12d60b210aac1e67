"""English news sends the people a state deports home, whatever town they were taken from or
flown out of ("Malaysian authorities deported 217 Indonesian workers from Sabah", "on charter
flights from Erzurum and Van to Kabul"); the article set's curators read 200 of 204 such
facts so. Phrasings written for these tests (twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("text", "origin", "home"),
    [
        ("Malaysian authorities deported 217 Indonesian migrant workers from Sabah on "
         "Wednesday.", "MYS", "IDN"),
        ("Turkey deported 1,860 Afghan migrants in the seven days to Sunday, most of them on "
         "charter flights from Erzurum and Van to Kabul, the Presidency of Migration Management "
         "said.", "TUR", "AFG"),
        ("Germany deported 412 Georgians from Bavaria in the first five months of the year.",
         "DEU", "GEO"),
    ],
)  # fmt: skip
def test_deported_from_a_town_are_sent_home(text: str, origin: str, home: str) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "deported",
        origin,
        home,
    )


def test_deported_to_a_third_country_keep_it() -> None:
    text = "Greece deported 300 Syrians to Turkey last week, the ministry said."
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "GRC",
        "TUR",
        "SYR",
    )
