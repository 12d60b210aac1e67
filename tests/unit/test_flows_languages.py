"""/flows kazakhstan, exactly, in each of the four languages: the whole HTML Telegram gets.

The expected replies are files in tests/data/replies/, read and checked by a native reader
when written: the qualifier where each language puts it ("200 000-нан астам"), CLDR's dates
and numbers, country names in the case their phrase needs, the source's own words untouched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers import flows_answer
from bot.language.words import LANGUAGES, words_for
from storage import FactStore

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

REPLIES = Path(__file__).parents[1] / "data" / "replies"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_flows_kazakhstan_reads_exactly_so(seeded: FactStore, language: str):
    (reply,) = await flows_answer(seeded, "kazakhstan", words_for(language))
    expected = (REPLIES / f"flows_kazakhstan.{language}.html").read_text(encoding="utf-8")
    assert reply == expected.removesuffix("\n")


async def test_the_four_replies_differ_only_in_the_bots_own_words(seeded: FactStore):
    """The source's words (names, outlets, what was counted) are the same in every language."""
    replies = {
        language: (await flows_answer(seeded, "kazakhstan", words_for(language)))[0]
        for language in LANGUAGES
    }
    for reply in replies.values():
        assert reply.count("Marat Akhmetzhanov, Minister of Internal Affairs of Kazakhstan") == 4
        assert reply.count("Ukrainska Pravda (Iryna Balachuk)") == 5
        assert reply.count("Russian citizens") == 3
    assert len(set(replies.values())) == 4
