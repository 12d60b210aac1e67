"""Sudanese arriving in Egypt, as a curator reads who carried the counts: a paper the reader
may not know is named by its masthead's last word ("Ahram Online", "Arab News", "The New
Times", "Stabroek News"), whether it reported citing the ministry, the ministry was quoted by
it, told it, or said "according to" it. Phrasings written for these tests (twenty-seventh
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

JUNE_20 = date(2024, 6, 20)
COUNT = "More than 1.2 million Sudanese have crossed into Egypt since April 2023"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"{COUNT}, Egypt's foreign ministry said, according to Ahram Online.", "Ahram Online"),
        (f"{COUNT}, Egypt's foreign ministry said, according to the Ahram Online website.",
         "Ahram Online"),
        (f"{COUNT}, Ahram Online reported, citing Egypt's foreign ministry.", "Ahram Online"),
        (f"{COUNT}, Egypt's foreign ministry told Arab News.", "Arab News"),
        (f"{COUNT}, Egypt's foreign ministry was quoted as saying by The Cairo Review.",
         "Cairo Review"),
    ],
)  # fmt: skip
def test_a_paper_named_by_its_masthead_carries_the_ministrys_count(text: str, outlet: str) -> None:
    (candidate,) = read_article(text, "en", JUNE_20).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.kind == "organisation"
    assert candidate.carried_by is not None
    assert (candidate.carried_by.name.removeprefix("The "), candidate.carried_by.kind) == (
        outlet, "outlet"
    )  # fmt: skip


def test_a_person_told_by_no_paper_is_no_outlet() -> None:
    (candidate,) = read_article(
        f"{COUNT}, Egypt's foreign minister Sameh Shoukry said.", "en", JUNE_20
    ).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.kind == "person"
    assert candidate.carried_by is None
