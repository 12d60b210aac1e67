"""/search through the real Application, in private and group chats."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from storage.backends import open_store
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import bot_store, polling_bot
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends


async def test_search_in_a_private_chat_finds_the_applications_cited(
    api: FakeBotApi, running_bot: object
):
    api.message_update("/search citizenship")
    (reply,) = await api.wait_for("sendMessage")
    text, _ = parse_telegram_html(str(reply.params["text"]))
    assert "441 citizens of the Russian Federation" in text
    assert "117 ethnic Kazakhs" in text
    assert text.count("published by Ukrainska Pravda (Iryna Balachuk), 4 Oct 2022") == 2


async def test_search_in_a_group_and_with_query_syntax(api: FakeBotApi, running_bot: object):
    api.message_update("/search@FactBot reservists", chat_id=-100777, chat_type="supergroup")
    api.message_update('/search NEAR( " * OR', chat_id=-100777, chat_type="supergroup")
    found, nothing = await api.wait_for("sendMessage", count=2)
    text, _ = parse_telegram_html(str(found.params["text"]))
    assert "300,000 reservists" in text
    assert "Reported by Ukrainska Pravda" in text
    text, _ = parse_telegram_html(str(nothing.params["text"]))
    assert text.startswith('Nothing found for “NEAR( " * OR”.')


_GONE = "Более 3 000 человек ушли через границу за неделю"
# The store holds that one fact: a search that finds it says so.
_FOUND = "Search: ушедших · 1 fact"


async def test_search_finds_a_fact_by_a_form_only_its_lemma_reaches(
    api: FakeBotApi, bot_env: dict[str, str]
):
    """ "ушедших" shares no start with "ушли": the fact is found by their lemma, "уйти"."""
    async with await bot_store(bot_env) as store:
        await store.add_fact(make_draft(claim=_GONE, quote=_GONE + "."), by="test")
    async with polling_bot(api):
        api.message_update("/search ушедших")
        (reply,) = await api.wait_for("sendMessage")
    text, _ = parse_telegram_html(str(reply.params["text"]))
    assert text.startswith(_FOUND)


async def test_facts_stored_before_lemmas_are_found_by_them_once_the_bot_fills_them(
    api: FakeBotApi, bot_env: dict[str, str]
):
    """As facts stored before migration 0014 (0011): the bot fills their lemmas at start,
    beside answering (and logs how many), and a search then finds them by a lemma."""
    # Opened without a lemmatiser, as every store was before: the fact's lemmas are NULL.
    path, url = Path(bot_env["FACTBOT_DB_PATH"]), bot_env.get("FACTBOT_DATABASE_URL")
    async with await open_store(path, url) as old:
        await old.add_fact(make_draft(claim=_GONE, quote=_GONE + "."), by="test")
    with capture_logs() as logs:
        async with polling_bot(api):
            for _ in range(100):
                if any(entry["event"] == "lemmas_filled" for entry in logs):
                    break
                await asyncio.sleep(0.05)
            api.message_update("/search ушедших")
            (reply,) = await api.wait_for("sendMessage")
    (filled,) = [entry for entry in logs if entry["event"] == "lemmas_filled"]
    assert filled["facts"] == 1
    text, _ = parse_telegram_html(str(reply.params["text"]))
    assert text.startswith(_FOUND)
