"""Whose figures an English sentence cites: figures put out by a body, or on its website, are
the body's ("according to figures posted on the ministry's website", "statistics published
on the website of the State Migration Service"), not an outlet's; an outlet named in the
sentence's last clause ("..., the Saudi Press Agency reported.", "..., according to
Reuters.") carried the words of the speaker the sentence opened with; a country's team is no
people of it. Figures invented, sentences after the article set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from tests.ingest_reading import said_and_carried


def _read(text: str) -> list[tuple[object, ...]]:
    candidates = read_article("Headline\n\n" + text, "en", date(2022, 11, 24)).candidates
    return [(c.figure.value, *said_and_carried(c)) for c in candidates]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Qatar's Ministry of Interior said 3,000 people entered on Tuesday. As of Wednesday "
            "evening, 84,600 visitors had entered the country through Abu Samra, according to "
            "figures posted on the ministry's website.",
            "Qatar's Ministry of Interior",
        ),
        (
            "As of Wednesday, 84,600 visitors had entered the country, according to statistics "
            "published on the website of the State Migration Service.",
            "State Migration Service",
        ),
        (
            "As of Wednesday, 84,600 visitors had entered the country, according to figures "
            "released by the Border Police.",
            "Border Police",
        ),
    ],
)
def test_figures_put_out_by_a_body_are_the_bodys(text: str, speaker: str) -> None:
    (value, said_by, carried_by) = _read(text)[-1]
    assert (value, said_by, carried_by) == (84_600, speaker, None)


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("the Saudi Press Agency reported", "Saudi Press Agency"),
        ("Reuters reported", "Reuters"),
        ("according to the Saudi Press Agency", "Saudi Press Agency"),
        ("according to the Qatar News Agency", "Qatar News Agency"),
    ],
)
def test_an_outlet_closing_the_sentence_carried_its_speakers_words(
    closing: str, outlet: str
) -> None:
    text = (
        "The General Directorate of Passports said 12,400 Saudi citizens left the kingdom "
        f"through the Salwa crossing on Tuesday, {closing}."
    )
    assert _read(text) == [(12_400, "General Directorate of Passports", outlet)]


def test_a_person_closing_the_sentence_is_no_outlet() -> None:
    text = (
        "Police said 12,400 Saudi citizens left the kingdom on Tuesday, according to Ahmed Khalil."
    )
    ((_, _, carried_by),) = _read(text)
    assert carried_by is None


def test_a_countrys_team_is_no_people_of_it() -> None:
    text = (
        "More than 31,000 people crossed from Saudi Arabia into Qatar through the Abu Samra "
        "land border on Tuesday, the day the Saudi team stunned Argentina, Qatar's Ministry of "
        "Interior said on Wednesday."
    )
    (candidate,) = read_article("Headline\n\n" + text, "en", date(2022, 11, 24)).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "SAU",
        "QAT",
        None,
    )


def test_the_office_is_the_body_last_named() -> None:
    """ "the office said", after a body whose name says no "office" ("MA 35"): that body."""
    text = (
        "Austria has received 21,473 applications for citizenship since 1 September 2020, "
        "Vienna's immigration and citizenship office, MA 35, said on Wednesday. Israelis "
        "filed the largest number, 9,870, the office said."
    )
    assert [said_by for _, said_by, _ in _read(text)] == ["MA 35", "MA 35"]


def test_she_in_a_quote_is_the_person_who_spoke_to_reporters_before() -> None:
    text = (
        "Jane Doe, spokeswoman for the National Migration Institute, spoke to reporters on "
        "Monday. “We deported 2,300 Hondurans last week,” she said."
    )
    assert [said_by for _, said_by, _ in _read(text)] == ["Jane Doe"]
