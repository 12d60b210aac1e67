"""What batch 20's Kazakh and Ukrainian tuning articles taught, in words of our own: a number
of directions before a figure with its own qualifier ("екі бағытта жүзге жуық адам") is two
figures, the second "almost a hundred"; an outlet named by a known name in the dative before
"берген мәліметке сәйкес" carried the body's figures; a quotation's next sentence dates its
own words, not the figure before it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.figures import find_figures
from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Өткен аптада екі бағытта жүзге жуық адам өтті.", 100, "almost"),
        ("Өткен аптада екі бағытта мыңнан астам адам өтті.", 1000, "more_than"),
        ("Өткен аптада екі мыңға жуық адам өтті.", 2000, "almost"),
        ("Өткен аптада 1 500-ге жуық адам өтті.", 1500, "almost"),
    ],
)
def test_another_numbers_word_is_no_case_ending_of_the_first(
    text: str, value: int, qualifier: str
) -> None:
    counts = [f for f in find_figures(text, "kk") if f.unit != "measure"]
    assert [(f.value, f.qualifier.value) for f in counts] == [(value, qualifier)]


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        (
            "Көші-қон комитеті ҚазАқпаратқа берген мәліметке сәйкес, жыл басынан бері Қытайдан "
            "елге 412 қандас келді.",
            "Көші-қон комитеті",
            "ҚазАқпарат",
        ),
        (
            "Көші-қон комитеті Tengrinews-ке берген мәліметке сәйкес, жыл басынан бері елге 412 "
            "қандас келді.",
            "Көші-қон комитеті",
            "Tengrinews",
        ),
    ],
)
def test_a_known_outlet_in_the_dative_carried_the_bodys_figures(
    text: str, speaker: str, outlet: str
) -> None:
    (candidate,) = read_article("Headline\n\n" + text, "kk", date(2019, 11, 14)).candidates
    assert candidate.attributed_to is not None
    assert candidate.carried_by is not None
    assert (candidate.attributed_to.name, candidate.carried_by.name) == (speaker, outlet)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "«На пункті пропуску Калварія – Будзиско щодня фіксують від 300 до 400 українців, "
            "які в'їжджають з польського боку. У березні бувало втричі більше», – сказала "
            "Мацкявічене.",
        ),
        (
            "ru",
            "«Через пункт пропуска Калвария каждый день въезжают от 300 до 400 украинцев. В "
            "марте бывало втрое больше», — сказала Мацкявичене.",
        ),
    ],
)
def test_a_quotations_next_sentence_dates_its_own_words(language: str, text: str) -> None:
    """The month of the quotation's next sentence is no period of the figure before it."""
    (candidate,) = read_article("Headline\n\n" + text, language, date(2022, 5, 17)).candidates
    assert (candidate.period_start, candidate.period_end) == (None, None)
    assert candidate.as_of == date(2022, 5, 17)
