"""Attempts a border's guards count: "recorded 213 attempts to cross illegally", "зафіксували
213 спроб незаконного перетину кордону з Білоруссю", "25 тисяч спроб перетнути кордон" (a
headline) are refused entry, into the guards' state from the border's other side; "таких спроб
було 6 200", "16,000 such attempts" count what the last count of attempts counted. Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

AUGUST_14 = date(2023, 8, 14)
SUNDAY = (date(2023, 8, 13), date(2023, 8, 13))


def _read(text: str, language: str, day: date = AUGUST_14) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination, c.period_start, c.period_end)
        for c in read_article(text, language, day).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Polish border guards recorded 213 attempts to cross the border from Belarus "
         "illegally on Sunday, a spokeswoman said."),
        ("en", "There were 213 illegal attempts to cross from Belarus into Poland on Sunday, the "
         "Polish Border Guard said."),
        ("en", "Polish guards recorded 213 illegal border crossing attempts from Belarus on "
         "Sunday."),
        ("uk", "Польські прикордонники в неділю зафіксували 213 спроб незаконного перетину "
         "кордону з Білоруссю, повідомила речниця."),
        ("ru", "Польские пограничники в воскресенье зафиксировали 213 попыток незаконного "
         "пересечения границы с Белоруссией, сообщила пресс-секретарь."),
    ],
)  # fmt: skip
def test_attempts_the_guards_recorded_were_refused_entry(language: str, text: str) -> None:
    assert _read(text, language) == [(213, "entry_refused", "BLR", "POL", *SUNDAY)]


def test_attempts_counted_by_the_guards_body_named_with_its_state() -> None:
    text = (
        "У червні Прикордонна служба Польщі зафіксувала й зупинила 3 140 спроб незаконного "
        "перетину кордону з Білоруссю, повідомила речниця."
    )
    june = (date(2025, 6, 1), date(2025, 6, 30))
    assert _read(text, "uk", date(2025, 7, 7)) == [(3140, "entry_refused", "BLR", "POL", *june)]


def test_a_headline_of_attempts_leaves_the_story_its_way() -> None:
    text = (
        "Польща: з початку року понад 25 тисяч спроб перетнути кордон з Білоруссю\n\n"
        "Від 1 січня до 9 листопада польські прикордонники зафіксували й зупинили 25 тисяч 380 "
        "спроб незаконного перетину кордону з Білоруссю, повідомила речниця."
    )
    rows = _read(text, "uk", date(2025, 11, 10))
    assert [row[:4] for row in rows] == [(25380, "entry_refused", "BLR", "POL")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Від 1 січня польські прикордонники зафіксували понад 19 тисяч спроб незаконного "
         "перетину кордону з Білоруссю. Від початку року таких спроб було понад 19 тисяч, тоді "
         "як за весь 2022 рік — близько 16 тисяч, додала вона."),
        ("ru", "С начала года польские пограничники зафиксировали более 19 тысяч попыток "
         "незаконного пересечения границы с Белоруссией. За весь 2022 год таких попыток было "
         "около 16 тысяч."),
        ("en", "Since January, Polish border guards have recorded more than 19,000 attempts to "
         "cross illegally from Belarus. In the whole of 2022 there were about 16,000 such "
         "attempts."),
        ("kk", "Жыл басынан бері Польша шекарашылары Беларусьтен шекараны заңсыз кесіп өтуге "
         "жасалған 19 мыңнан астам әрекетті тіркеді. 2022 жылы мұндай әрекеттер 16 мыңға жуық "
         "болған."),
    ],
)  # fmt: skip
def test_such_attempts_count_what_the_attempts_before_counted(language: str, text: str) -> None:
    assert _read(text, language) == [
        (19000, "entry_refused", "BLR", "POL", date(2023, 1, 1), None),
        (16000, "entry_refused", "BLR", "POL", date(2022, 1, 1), date(2022, 12, 31)),
    ]


def test_such_attempts_after_another_count_are_of_the_attempts() -> None:
    text = (
        "У червні Прикордонна служба Польщі зафіксувала й зупинила 3 140 спроб незаконного "
        "перетину кордону з Білоруссю, повідомила речниця. Ще 212 іноземців, яким вдалося "
        "перейти кордон, затримали вже на території Польщі й повернули до Білорусі, додала "
        "вона. Торік у червні таких спроб було 6 200."
    )
    june = (date(2025, 6, 1), date(2025, 6, 30))
    assert _read(text, "uk", date(2025, 7, 7)) == [
        (3140, "entry_refused", "BLR", "POL", *june),
        (212, "deported", "POL", "BLR", *june),
        (6200, "entry_refused", "BLR", "POL", date(2024, 6, 1), date(2024, 6, 30)),
    ]
