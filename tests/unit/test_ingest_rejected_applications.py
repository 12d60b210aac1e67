"""Applications turned down are decisions, neither applications filed nor a move: "Poland
rejected 1,020 asylum applications", "отклонила", "відхилила", "қабылдамады". The people so
named ("deported 164 rejected asylum seekers") and "those refused" entry still count. Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

NOVEMBER_4 = date(2022, 11, 4)


def _read(text: str, language: str) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric) for c in read_article(text, language, NOVEMBER_4).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Poland rejected 1,020 asylum applications in October."),
        ("en", "In October 1,020 asylum claims were turned down in Poland."),
        ("ru", "В октябре Польша отклонила 1020 заявлений на убежище."),
        ("uk", "У жовтні Польща відхилила 1020 заяв про притулок."),
        ("kk", "Қазан айында Польша баспана туралы 1020 өтінішті қабылдамады."),
    ],
)  # fmt: skip
def test_applications_turned_down_are_left_out(language: str, text: str) -> None:
    reading = read_article(text, language, NOVEMBER_4)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["background"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 5,000 asylum applications were filed in Poland in October, of which 1,020 "
         "were rejected."),
        ("ru", "В октябре в Польше подали 5 тысяч заявлений на убежище, 1020 из них отклонены."),
        ("kk", "Қазан айында Польшада 5 мың адам баспана сұрап өтініш берді, оның 1020-сы "
         "қабылданбады."),
    ],
)  # fmt: skip
def test_the_applications_filed_stay_beside_those_turned_down(language: str, text: str) -> None:
    assert _read(text, language) == [(5000, "asylum_applications")]


def test_rejected_asylum_seekers_deported_are_deported() -> None:
    text = "Germany deported 164 rejected asylum seekers in October."
    assert _read(text, "en") == [(164, "deported")]


def test_those_refused_entry_who_applied_for_asylum_applied() -> None:
    text = (
        "Jeju immigration refused entry to 120 Chinese visitors in April. Eighteen of those "
        "refused applied for asylum at the airport, an official said."
    )
    assert (18, "asylum_applications") in _read(text, "en")
