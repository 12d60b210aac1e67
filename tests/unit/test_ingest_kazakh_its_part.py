"""Kazakh "Оның 95 мыңнан астамы – Қырғызстан азаматтары" (of it, more than 95,000 are
Kyrgyz citizens) is a part of the count before, as "олардың" is; and people who crossed
through a post into the country whose citizens the article counts entered it, no one said
they came home. Phrasings written for these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2024, 8, 15)
WHOLE = "1 тамыздан бері Қырғызстаннан Қазақстанға шамамен 120 мың адам кірген. "


@pytest.mark.parametrize(
    ("part", "qualifier", "value"),
    [
        ("Оның 95 мыңнан астамы – Қырғызстан азаматтары.", "more_than", 95_000),
        ("Оның шамамен 95 мыңы – Қырғызстан азаматтары.", "about", 95_000),
        ("Олардың 95 мыңнан астамы – Қырғызстан азаматтары.", "more_than", 95_000),
    ],
)
def test_its_part_is_a_part_of_the_count_before(part: str, qualifier: str, value: int) -> None:
    whole, its_part = read_candidates("kk", DAY, WHOLE + part)
    assert (whole.metric, whole.figure.value) == ("entered", 120_000)
    assert (its_part.metric, its_part.figure.qualifier, its_part.figure.value) == (
        "entered",
        qualifier,
        value,
    )
    assert (its_part.origin, its_part.destination, its_part.citizenship) == ("KGZ", "KAZ", "KGZ")


def test_his_words_are_no_part() -> None:
    # "Оның айтуынша" (according to him): "оның" before no figure.
    text = "Оның айтуынша, 1 тамыздан бері Қырғызстаннан Қазақстанға шамамен 120 мың адам кірген."
    (candidate,) = read_candidates("kk", DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("entered", 120_000)


def test_crossing_through_a_post_into_the_peoples_country_is_entering() -> None:
    # The article's counted people are Kyrgyz (the part below); the 8,000 crossing into
    # Kyrgyzstan are not said to be.
    text = (
        "Өткен тәулікте «Ақ-Жол» өткізу бекеті арқылы Қазақстаннан Қырғызстанға 8 мыңнан "
        "астам адам өтті.\n\n" + WHOLE + "Олардың 95 мыңнан астамы – Қырғызстан азаматтары."
    )
    crossed, *_ = read_candidates("kk", DAY, text)
    assert (crossed.metric, crossed.origin, crossed.destination) == ("entered", "KAZ", "KGZ")
