"""Applicants who live somewhere now are a stock, whatever "applicants" says they did once:
"About 1,600 applicants are living in tents", "Около 1 600 заявителей живут в палатках",
"Близько 1 600 заявників живуть у наметах". Phrasings written for these tests (twenty-sixth
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

MARCH_3 = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 1,600 applicants are living in tents or on the streets because state "
         "accommodation is full."),
        ("ru", "Около 1 600 заявителей живут в палатках."),
        ("uk", "Близько 1 600 заявників живуть у наметах."),
    ],
)  # fmt: skip
def test_applicants_living_somewhere_are_a_stock(language: str, text: str) -> None:
    reading = read_article(text, language, MARCH_3)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["stock"]


def test_people_who_applied_are_still_applications() -> None:
    text = "A record 2,153 people applied for international protection in Ireland in January."
    (candidate,) = read_article(text, "en", MARCH_3).candidates
    assert (candidate.metric, candidate.destination) == ("asylum_applications", "IRL")
