"""People sent back, the verb told after a clause about them: "Ще 212 іноземців, яким вдалося
перейти кордон, ... повернули до Білорусі", "Another 212 foreigners who had managed to cross
were detained inside Poland and returned to Belarus"; but "вернули на родину при содействии
МОМ" helped people home. And "at the Belarus border" names the border's other side, as "at the
Belarusian border" does. Phrasings written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

JULY_7 = date(2025, 7, 7)


def _read(text: str, language: str) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination)
        for c in read_article(text, language, JULY_7).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Ще 212 іноземців, яким вдалося перейти кордон, затримали вже на території Польщі "
         "й повернули до Білорусі, додала речниця."),
        ("ru", "Ещё 212 иностранцев, которым удалось перейти границу, задержали уже на "
         "территории Польши и вернули в Белоруссию."),
        ("en", "Another 212 foreigners who had managed to cross were detained inside Poland and "
         "returned to Belarus."),
    ],
)  # fmt: skip
def test_foreigners_sent_back_after_a_clause_about_them_were_deported(
    language: str, text: str
) -> None:
    assert _read(text, language) == [(212, "deported", "POL", "BLR")]


def test_people_helped_home_returned() -> None:
    text = (
        "На прошлой неделе латвийские пограничники пятерых граждан Ирака, отказавшихся от "
        "прошений об убежище, вернули на родину при содействии Международной организации по "
        "миграции."
    )
    assert [row[:2] for row in _read(text, "ru")] == [(5, "returned")]


def test_people_who_came_back_by_themselves_returned() -> None:
    text = "About 300 Ukrainians returned to Ukraine from Poland last week."
    assert _read(text, "en") == [(300, "returned", "POL", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        "Lithuanian guards stopped 213 migrants at the Belarus border on Sunday.",
        "Lithuanian guards stopped 213 migrants at the Belarusian border on Sunday.",
    ],
)
def test_at_a_countrys_border_is_its_other_side(text: str) -> None:
    assert _read(text, "en") == [(213, "entry_refused", "BLR", "LTU")]
