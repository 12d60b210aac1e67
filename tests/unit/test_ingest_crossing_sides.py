"""A crossing counted both ways names two sides and no direction: a figure after it that names
no country of its own happened on the side that is not its people's ("officers at Wutung
turned away 27 Indonesian traders": kept out of Papua New Guinea), unless the sentence says
the way was out ("prevented from leaving the country": out of their own). A people's
adjective before a stretch of border ("на молдавском участке") names its side, not whose the
people are. Figures invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


def _after_the_crossing(language: str, text: str) -> tuple[object, ...]:
    candidates = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    crossing, after = candidates
    assert crossing.metric == "crossings"
    return (after.metric, after.origin, after.destination, after.citizenship)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 600 people cross the Wutung-Skouw border between Papua New Guinea and "
            "Indonesia each day. In August, officers at Wutung turned away 27 Indonesian "
            "traders who had no valid border pass.",
            ("entry_refused", "IDN", "PNG", "IDN"),
        ),
        (
            "Some 2,000 people cross the border between Chile and Bolivia at Colchane every "
            "week. Last month guards at Colchane turned back 45 Bolivian nationals without "
            "papers.",
            ("entry_refused", "BOL", "CHL", "BOL"),
        ),
        # The way out said: their own side, left.
        (
            "Some 2,000 people cross the border between Chile and Bolivia at Colchane every "
            "week. Last month 45 Chilean citizens were prevented from leaving the country "
            "because of unpaid fines.",
            ("exit_refused", "CHL", "BOL", "CHL"),
        ),
    ],
)
def test_a_crossings_people_are_stopped_on_the_other_side(
    text: str, expected: tuple[object, ...]
) -> None:
    assert _after_the_crossing("en", text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "По данным ГПСУ, с начала года на молдавском участке задержаны более 3,5 тыс. "
            "нарушителей, пытавшихся покинуть страну.",
            ("exit_refused", None),
        ),
        (
            "uk",
            "З початку року на польській ділянці затримали понад 3,5 тис. порушників, які "
            "намагалися покинути країну.",
            ("exit_refused", None),
        ),
    ],
)
def test_a_stretch_of_border_is_no_ones_citizenship(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    assert (candidate.metric, candidate.citizenship) == expected
