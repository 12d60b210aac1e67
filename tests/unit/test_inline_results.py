"""Inline results: at most 50, every one a cited, Telegram-valid message."""

from __future__ import annotations

import pytest

from bot.answers.inline import INLINE_LIMIT, inline_answers
from bot.language.words import words_for
from bot.render.formatting import MESSAGE_LIMIT, visible_length
from storage import FactStore
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends


async def test_at_most_fifty_results_each_cited(store: FactStore):
    drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(80)]
    await store.add_facts(drafts, by="t")
    answers = await inline_answers(store, "Грузия", words_for("en"))
    assert len(answers) == INLINE_LIMIT
    assert len({answer.id for answer in answers}) == INLINE_LIMIT
    for answer in answers:
        assert visible_length(answer.message) <= MESSAGE_LIMIT
        text, _ = parse_telegram_html(answer.message)
        assert "Said by Vakhtang Gomelauri" in text
        assert "28 Sept 2022" in text


async def test_hostile_queries_get_help(store: FactStore):
    for query in ("<b>", "' OR 1=1 --", 'NEAR( "', " "):
        (answer,) = await inline_answers(store, query, words_for("en"))
        assert answer.id == "help"
