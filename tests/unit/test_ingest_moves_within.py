"""People moved from one town to another of the same country crossed no border: "300 people
were evacuated from Kharkiv to Lviv" is left out, the curator told why; a move from towns of
one country to another country, or from towns with no way in said, is still proposed.
Phrasings written for these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.words import words_for
from bot.render.ingest import render_left_out
from tests.ingest_reading import read_candidates, under_a_headline

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "shown"),
    [
        ("en", "Yesterday 300 people were evacuated from Kharkiv to Lviv, officials said.",
         "a move within one country"),
        ("ru", "Вчера из Харькова во Львов доставили 300 беженцев, сообщили власти.",
         "перемещение внутри одной страны"),
        ("uk", "Вчора до Львова були доставлені 300 біженців з Харкова.",
         "переміщення в межах однієї країни"),
        ("kk", "Кеше Харьковтан Львовқа 300 босқын жеткізілді.", "бір ел ішіндегі көшу"),
    ],
)  # fmt: skip
def test_a_move_between_two_towns_of_one_country_is_left_out(
    language: str, text: str, shown: str
) -> None:
    reading = under_a_headline(language, DAY, text)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["within"]
    assert shown in render_left_out(list(reading.left_out), words_for(language))


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Yesterday 300 people crossed from Kharkiv to Belgorod.", "entered"),
        ("Last week 5,000 Russians flew from Moscow and Kazan to Tbilisi.", "entered"),
        # Two towns, no way in said: they went abroad, as far as the sentence tells.
        ("Last week 5,000 Russians flew from Moscow and Kazan, the airports said.", "left"),
    ],
)
def test_a_move_out_of_the_country_is_proposed(text: str, metric: str) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == metric
