"""Kazakh sentences that open with "but" or "and" ("Бірақ Оспанов ... растады", "Ал Италияның
Ішкі істер министрі ...") name the speaker after it; a Latin outlet after a Cyrillic name
("Джанлука Росси Corriere della Sera газетіне") is no part of the name; "3 еседен астам"
(more than three times) is no count. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried, under_a_headline

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Бірақ Оспанов қаңтарда облыстан 118 Өзбекстан азаматының Өзбекстанға "
         "депортацияланғанын растады.", "Оспанов"),
        ("Ал Италияның Ішкі істер министрі Джанлука Росси Corriere della Sera газетіне "
         "қаңтарда Тунис қаласына 1 200-ден астам Тунис азаматы кері жіберілгенін айтты.",
         "Джанлука Росси"),
        ("Сонымен бірге Көші-қон қызметі қаңтарда елден 300 шетелдік шығарылғанын хабарлады.",
         "Көші-қон қызметі"),
    ],
)  # fmt: skip
def test_the_speaker_after_an_opening_conjunction(text: str, speaker: str) -> None:
    (candidate,) = read_candidates("kk", DAY, text)
    assert said_and_carried(candidate)[0] == speaker


def test_times_more_is_no_count() -> None:
    text = "Министрдің айтуынша, оралушылар өткен жылмен салыстырғанда 3 еседен астам көбейген."
    reading = under_a_headline("kk", DAY, text)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["measure"]
