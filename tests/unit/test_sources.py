"""/sources and /source NAME: who backs the facts, and how many each."""

from __future__ import annotations

import pytest

from bot.answers import source_answer, sources_answer
from bot.language.words import words_for
from storage import FactStore
from tests.e2e.telegram_html import parse_telegram_html

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

EN = words_for("en")


def _text(messages: list[str]) -> str:
    return "\n".join(parse_telegram_html(message)[0] for message in messages)


async def test_sources_are_listed_with_their_counts_most_first(seeded: FactStore):
    lines = [
        line for line in _text(await sources_answer(seeded, "", EN)).splitlines() if "▪️" in line
    ]
    assert lines[:3] == [
        "▪️ Ukrainska Pravda (outlet) — published 15",
        "▪️ Marat Akhmetzhanov, Minister of Internal Affairs of Kazakhstan (person) — said 7",
        "▪️ Zakon.kz, Kazakh news outlet (outlet) — carried 6",
    ]
    assert len(lines) == 6


async def test_retracted_facts_are_not_counted(seeded: FactStore):
    await seeded.retract_fact(10, "test", by="t")
    await seeded.retract_fact(3, "test", by="t")
    assert "Mediazona" not in _text(await sources_answer(seeded, "", EN))
    assert "carried 5" in _text(await source_answer(seeded, "zakon.kz", EN))


async def test_source_shows_its_facts_cited(seeded: FactStore):
    text = _text(await source_answer(seeded, "ZAKON.KZ", EN))
    assert text.startswith("Zakon.kz, Kazakh news outlet (outlet)\nFacts it backs: carried 6.")
    assert text.count("via Zakon.kz") == 6


async def test_source_names_several_matches_or_none(seeded: FactStore):
    several = _text(await source_answer(seeded, "ministry", EN))
    assert several.startswith("Several sources match “ministry”:")
    assert "/source Ministry of Internal Affairs of Kazakhstan" in several
    assert _text(await source_answer(seeded, "%", EN)) == (
        "No source is called “%”. /sources lists them all."
    )
    assert "/source Zakon.kz" in _text(await source_answer(seeded, "  ", EN))
    assert "<b>" in _text(await source_answer(seeded, "<b>", EN))


@pytest.mark.parametrize(
    "typed", ["Ахметжанов", "ахметжанова", "Ахметжановым", "Ахметжановтың", "Марат Ахметжанов"]
)
async def test_a_name_typed_in_cyrillic_finds_the_source_stored_in_latin_letters(
    seeded: FactStore, typed: str
):
    text = _text(await source_answer(seeded, typed, words_for("ru")))
    assert text.startswith("Marat Akhmetzhanov, Minister of Internal Affairs of Kazakhstan")
    assert text.count("Marat Akhmetzhanov") >= 7


async def test_a_cyrillic_name_no_source_has_is_still_not_found(seeded: FactStore):
    assert _text(await source_answer(seeded, "Назарбаев", EN)) == (
        "No source is called “Назарбаев”. /sources lists them all."
    )
