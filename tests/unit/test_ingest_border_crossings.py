"""People who crossed a border named by its two countries, with no way told, are the border's
crossings, both ways (texts written here, figures invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 12,000 people crossed the Kazakh-Russian border in the past day."),
        ("en", "More than 12,000 people crossed the border between Kazakhstan and Russia "
               "in the past day."),
        ("ru", "За сутки казахстанско-российскую границу пересекли более 12 тысяч человек."),
        ("ru", "За сутки через границу между Казахстаном и Россией прошли более 12 тысяч "
               "человек."),
        ("uk", "За добу казахстансько-російський кордон перетнули понад 12 тисяч осіб."),
        ("uk", "За добу кордон між Казахстаном та Росією перетнули понад 12 тисяч осіб."),
        ("kk", "Өткен тәулікте Қазақстан-Ресей шекарасынан 12 мыңнан астам адам өтті."),
        ("kk", "Өткен тәулікте қазақ-орыс шекарасынан 12 мыңнан астам адам өтті."),
        ("kk", "Өткен тәулікте Қазақстан мен Ресей арасындағы шекарадан 12 мыңнан астам адам "
               "өтті."),
    ],
)  # fmt: skip
def test_crossing_a_border_of_two_countries_is_its_crossings(language, text):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == "crossings"
    assert {candidate.origin, candidate.destination} == {"KAZ", "RUS"}
    assert (candidate.figure.qualifier, candidate.figure.value) == ("more_than", 12000)
    assert candidate.citizenship is None


@pytest.mark.parametrize(
    ("language", "text", "metric", "origin", "destination"),
    [
        # A way told is a way: into Kazakhstan.
        ("en", "3,000 Russians crossed the Kazakh-Russian border into Kazakhstan.",
         "entered", "RUS", "KAZ"),
        ("en", "On the Kazakh-Russian border, 3,000 Russians entered Kazakhstan.",
         "entered", "RUS", "KAZ"),
        # A way through: "через Грузию и Армению" names no border's sides.
        ("ru", "Через Грузию и Армению уехали 3 тысячи россиян.", "left", "RUS", None),
    ],
)  # fmt: skip
def test_a_way_told_is_no_crossings(language, text, metric, origin, destination):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        metric,
        origin,
        destination,
    )
