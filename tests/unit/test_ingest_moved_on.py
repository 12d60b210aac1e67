"""Arrivals who went further: "2,000 of the arrivals had moved on to third countries" left the
country they came to, its noun ("arrivals") naming the whole, not the part's move. Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

OCTOBER_4 = date(2022, 10, 4)


def _read(text: str, language: str) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination)
        for c in read_article(text, language, OCTOBER_4).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 3,000 Russians have entered Mongolia since Sept. 21, officials said. "
         "Around 2,000 of the arrivals had already moved on to third countries."),
        ("en", "More than 3,000 Russians have entered Mongolia since Sept. 21, officials said. "
         "About 2,000 of them have already travelled on to third countries."),
        ("ru", "С 21 сентября в Монголию въехали более 3 тысяч россиян. Около 2 тысяч из них уже "
         "уехали дальше, в третьи страны."),
        ("uk", "З 21 вересня до Монголії в'їхали понад 3 тисячі росіян. Близько 2 тисяч із них "
         "уже вирушили далі, до третіх країн."),
        ("kk", "21 қыркүйектен бері Моңғолияға 3 мыңнан астам ресейлік кірді. Олардың 2 мыңға "
         "жуығы үшінші елдерге кетіп қалды."),
    ],
)  # fmt: skip
def test_arrivals_who_moved_on_left(language: str, text: str) -> None:
    assert _read(text, language) == [
        (3000, "entered", "RUS", "MNG"),
        (2000, "left", "MNG", None),
    ]


def test_a_part_of_the_arrivals_with_no_move_of_its_own_arrived() -> None:
    text = (
        "More than 3,000 Russians have entered Mongolia since Sept. 21. Around 2,000 of the "
        "arrivals were men."
    )
    assert _read(text, "en")[1] == (2000, "entered", "RUS", "MNG")


def test_the_country_they_came_to_is_no_home_of_those_who_left_it() -> None:
    # "елге" (into the country) before the whole's figure; the part's move names no home.
    text = (
        "21 қыркүйектен бері елге барлығы 150 мыңға жуық ресейлік келген, оның 110 мыңы кейін "
        "үшінші елдерге кеткен."
    )
    assert _read(text, "kk") == [
        (150000, "entered", "RUS", "KAZ"),
        (110000, "left", "KAZ", None),
    ]


def test_people_heading_home_after_their_figure_went_home() -> None:
    text = "Some 2,050 Ecuadorians left Colombia last week, most of them heading home."
    assert _read(text, "en") == [(2050, "left", "COL", "ECU")]
