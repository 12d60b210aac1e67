"""Speakers described beside their names: a person who speaks for no body ("Yael Morgenstern,
a lawyer,"), a description with a relative clause of its own ("a Tel Aviv lawyer who
specialises in citizenship claims", whose last noun is no verb), a body known by capitals and
a number ("Vienna's citizenship office, MA 35, said": the number is the name's, no figure),
and a body's name in quotation marks after a person's role ("волонтери ініціативи «Дорога
додому»"). Figures invented, sentences after the article set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.ingest.speakers import read_phrase


def _said(text: str, language: str = "en") -> list[tuple[object, ...]]:
    candidates = read_article("Headline\n\n" + text, language, date(2021, 9, 2)).candidates
    return [
        (
            c.figure.value,
            c.attributed_to.name if c.attributed_to else None,
            c.carried_by.name if c.carried_by else None,
        )
        for c in candidates
    ]


@pytest.mark.parametrize(
    "description",
    [
        "a lawyer",
        "a Tel Aviv lawyer",
        "a Tel Aviv lawyer who specialises in European citizenship claims",
        "an economist who studies migration",
        "a researcher at the university",
    ],
)
def test_a_person_described_by_their_work(description: str) -> None:
    text = (
        f"“Since January 212 Israelis have applied for Austrian citizenship,” Yael "
        f"Morgenstern, {description}, told Kan radio."
    )
    assert _said(text) == [(212, "Yael Morgenstern", "Kan")]


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Vienna's immigration and citizenship office, MA 35,", "MA 35"),
        ("MA 35", "MA 35"),
    ],
)
def test_a_body_known_by_capitals_and_a_number(speaker: str, name: str) -> None:
    text = (
        "Austria has received 21,473 applications for citizenship from descendants of people "
        f"persecuted by the Nazi regime since 1 September 2020, {speaker} said on Wednesday."
    )
    assert _said(text) == [(21_473, name, None)]


def test_a_bodys_quoted_name_after_a_persons_role_keeps_its_closing_mark() -> None:
    mention = read_phrase("волонтери ініціативи «Дорога додому»", "uk")
    assert mention.fallback is not None
    assert mention.fallback.speaker is not None
    assert mention.fallback.speaker.name == "ініціатива «Дорога додому»"
