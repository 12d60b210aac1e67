"""/search through the real Application, in private and group chats."""

from __future__ import annotations

import pytest

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.telegram_html import parse_telegram_html

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
