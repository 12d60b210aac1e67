"""What a curator met in a report of Channel crossings: people a state's police "stopped from
attempting the crossing" or "prevented from crossing the Channel" were kept from leaving, not
kept out ("prevented 300 migrants from entering" still keeps them out, and "stopped ... from
reaching the shore" stays the coast guard's state's way in); people "waiting on the coast to
make the journey" ("ждут возможности пересечь", "чекають можливості перетнути", "өтуді күтіп")
are a stock. Phrasings written for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

SEPTEMBER_22 = date(2025, 9, 22)


@pytest.mark.parametrize(
    "text",
    [
        "French authorities said they had stopped 812 people from attempting the crossing over "
        "the weekend.",
        "French police prevented 812 people from crossing the Channel over the weekend.",
        "French police stopped 812 migrants from setting off from the beaches near Calais.",
    ],
)
def test_kept_from_crossing_out_of_their_guards_state(text: str) -> None:
    (candidate,) = read_article(text, "en", SEPTEMBER_22).candidates
    assert (candidate.metric, candidate.origin) == ("exit_refused", "FRA")


def test_kept_from_entering_is_kept_out() -> None:
    text = "Greek police prevented 300 migrants from entering the country."
    (candidate,) = read_article(text, "en", SEPTEMBER_22).candidates
    assert (candidate.metric, candidate.destination) == ("entry_refused", "GRC")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Interior Minister Bruno Retailleau told French television that about 40,000 "
         "migrants were waiting on the northern coast to make the journey."),
        ("ru", "По словам министра, на побережье ждут возможности пересечь пролив около 40 тысяч "
         "мигрантов."),
        ("uk", "За словами міністра, на узбережжі чекають можливості перетнути протоку близько "
         "40 тисяч мігрантів."),
        ("kk", "Министрдің айтуынша, жағалауда бұғаздан өтуді күтіп 40 мыңға жуық мигрант жүр."),
    ],
)  # fmt: skip
def test_people_waiting_to_cross_are_a_stock(language: str, text: str) -> None:
    reading = read_article(text, language, SEPTEMBER_22)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["stock"]
