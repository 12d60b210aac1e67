"""People an English report says were turned back for want of what lets one in (a visa, a
passport, a border pass, a return ticket) or on their way in ("to enter Hungary") were refused
entry, into the country that turned them back; people turned back on their way out ("heading
for Hungary") or with no want said stay refused exit. Phrasings written for these tests
(thirtieth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("ACCRA, 9 June 2025 (Coast Wire) — Immigration officers at Kotoka airport turned back "
         "58 Nigerians last month because they could not show return tickets, the Ghana "
         "Immigration Service said.", "NGA", "GHA"),
        # "department" is no departure.
        ("LUSAKA, 9 June 2025 (Copperbelt Wire) — The Zambian immigration department said it "
         "had turned back 31 Congolese traders without valid passports at Kasumbalesa in May.",
         "COD", "ZMB"),
        ("BUDAPEST, 9 June 2025 (Danube Wire) — Hungarian police turned away 140 people at "
         "the Röszke crossing in May because they lacked the documents to enter Hungary, a "
         "police spokesman said.", None, "HUN"),
        # The way named, the place they were kept out of.
        ("In May officers at the Oiapoque bridge turned away 27 Brazilian traders into French "
         "Guiana who had no valid border pass, the prefecture said.", "BRA", "GUF"),
        # Kept out of the speaking body's state, coming from the place named.
        ("Migración Chile, the Chilean migration service, said it had turned back 64 "
         "Bolivians without visas on its side of the Colchane crossing in May.", None, "CHL"),
    ],
)  # fmt: skip
def test_turned_back_for_want_of_papers_is_refused_entry(
    text: str, origin: str | None, destination: str
) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "entry_refused"
    assert candidate.destination == destination
    if origin is not None:
        assert candidate.origin == origin


@pytest.mark.parametrize(
    "text",
    [
        ("BUDAPEST, 9 June 2025 (Danube Wire) — Serbian police turned back 140 Serbians "
         "heading for Hungary who had no valid passports in May, a police spokesman said."),
        ("KYIV, 9 June 2025 (Dnipro Wire) — Border guards turned back 40 men with forged "
         "medical certificates at the Moldovan border in May, a spokesman said."),
        ("Border guards turned back 35 Georgians without exit stamps who were trying to leave "
         "the country in May, the service said."),
    ],
)  # fmt: skip
def test_turned_back_on_the_way_out_stays_refused_exit(text: str) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "exit_refused"


def test_entering_from_a_place_says_where_they_came_from() -> None:
    text = (
        "In May troops turned back 64 people trying to enter from Bolivia without visas, the "
        "Chilean army said."
    )
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.origin) == ("entry_refused", "BOL")
