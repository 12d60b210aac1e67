"""A border service's daily breakdown: "51,4 тисячі осіб перетнули кордон України в обох
напрямках. З них на виїзд – 27,1 тисячі, на в'їзд – 24,3 тисячі" (out of and into the one
country); "Через пункти пропуску на кордоні з Польщею пройшли 21 тисяча осіб, з Молдовою – 9,8
тисячі" (each figure its own border's crossings, the list's verb its first item's). Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

AUGUST_22 = date(2023, 8, 22)
DAY = (date(2023, 8, 21), date(2023, 8, 21))


def _read(text: str, language: str) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination)
        for c in read_article(text, language, AUGUST_22).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On August 21, 51,400 people crossed Ukraine's border in both directions, the "
         "border service said. Of them, 27,100 left and 24,300 entered."),
        ("ru", "За сутки, 21 августа, государственную границу Украины в обоих направлениях "
         "пересекли 51,4 тысячи человек. Из них на выезд – 27,1 тысячи, на въезд – 24,3 тысячи."),
        ("uk", "За минулу добу, 21 серпня, державний кордон України в обох напрямках перетнули "
         "51,4 тисячі осіб. З них на виїзд – 27,1 тисячі, на в'їзд – 24,3 тисячі."),
    ],
)  # fmt: skip
def test_the_ways_of_one_countrys_crossings(language: str, text: str) -> None:
    assert _read(text, language) == [
        (51400, "crossings", "UKR", None),
        (27100, "left", "UKR", None),
        (24300, "entered", None, "UKR"),
    ]


def test_each_border_of_a_list_has_its_own_crossings() -> None:
    text = (
        "За минулу добу державний кордон України в обох напрямках перетнули 51,4 тисячі осіб, "
        "повідомив речник ДПСУ.\n\nЧерез пункти пропуску на кордоні з Польщею пройшли 21 "
        "тисяча осіб, з Молдовою – 9,8 тисячі."
    )
    assert _read(text, "uk")[1:] == [
        (21000, "crossings", "UKR", "POL"),
        (9800, "crossings", "UKR", "MDA"),
    ]


def test_a_sentence_opening_with_through_a_post_counts_crossings() -> None:
    text = (
        "21 серпня державний кордон України в обох напрямках перетнули 51,4 тисячі осіб. Через "
        "пункти пропуску пройшли 21 тисяча осіб."
    )
    assert [row[1] for row in _read(text, "uk")] == ["crossings", "crossings"]


def test_a_list_of_another_move_is_read_item_by_item() -> None:
    text = (
        "Вчера самолёт ВВС Чили вылетел из Икике с 138 высланными иностранцами на борту: в "
        "Боготе его покинули 70 граждан Колумбии, в Лиме — 68 перуанцев."
    )
    assert [row[:2] for row in _read(text, "ru")][-1] == (68, "deported")
