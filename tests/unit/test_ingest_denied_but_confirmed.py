"""A denial's "but" with what the speaker does confirm ("denied that 10,000 had left but
confirmed 4,000 departures", "спростували ..., але підтвердили 4 тисячі виїздів"): the
denied figure is left out, the confirmed one proposed. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import under_a_headline

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministry denied that 10,000 Georgians had left for Turkey in February but "
         "confirmed 4,000 departures."),
        ("ru", "В МВД опровергли информацию о выезде 10 тысяч грузин в Турцию в феврале, но "
         "подтвердили 4 тысячи выездов."),
        ("uk", "У МВС спростували інформацію про виїзд 10 тисяч грузинів до Туреччини в лютому, "
         "але підтвердили 4 тисячі виїздів."),
    ],
)  # fmt: skip
def test_what_a_denial_confirms_is_proposed(language: str, text: str) -> None:
    reading = under_a_headline(language, DAY, text)
    assert [(c.metric, c.figure.value) for c in reading.candidates] == [("left", 4000)]
    assert [item.reason for item in reading.left_out] == ["denied"]


def test_a_russian_denial_that_confirms_names_its_speaker_and_route() -> None:
    text = (
        "В МВД опровергли информацию о выезде 10 тысяч грузин в Турцию в феврале, но "
        "подтвердили 4 тысячи выездов."
    )
    (candidate,) = under_a_headline("ru", DAY, text).candidates
    assert (candidate.origin, candidate.destination) == ("GEO", "TUR")
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "МВД"
