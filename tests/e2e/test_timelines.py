"""/facts and /timeline through the real Application."""

from __future__ import annotations

import pytest

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.telegram_html import parse_telegram_html

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends


async def test_facts_and_timeline_in_private_and_group_chats(api: FakeBotApi, running_bot: object):
    api.message_update("/facts kazakhstan")
    api.message_update("/timeline@FactBot KZ", chat_id=-100777, chat_type="supergroup")
    # Two chats' updates are answered concurrently: told apart by chat, not by order.
    timeline, facts = sorted(
        await api.wait_for("sendMessage", count=2),
        key=lambda call: call.params["chat_id"] != -100777,
    )
    text, _ = parse_telegram_html(str(facts.params["text"]))
    assert text.startswith("Facts naming Kazakhstan · 8, by topic")
    assert "Citizenship applications (2)" in text
    assert timeline.params["chat_id"] == -100777
    text, _ = parse_telegram_html(str(timeline.params["text"]))
    assert text.startswith("Timeline: Kazakhstan · oldest first")
    assert text.index("441 citizens") < text.index("7,000 Russian citizens")


async def test_sources_and_source(api: FakeBotApi, running_bot: object):
    api.message_update("/sources")
    api.message_update("/source Mediazona")
    sources, source = await api.wait_for("sendMessage", count=2)
    text, _ = parse_telegram_html(str(sources.params["text"]))
    assert "Zakon.kz, Kazakh news outlet (outlet) — carried 6" in text
    text, _ = parse_telegram_html(str(source.params["text"]))
    assert "5 Russians travelling by train from St. Petersburg" in text


async def test_chart_is_sent_as_a_photo_with_a_cited_caption(api: FakeBotApi, running_bot: object):
    api.message_update("/chart kazakhstan")
    (photo,) = await api.wait_for("sendPhoto")
    assert isinstance(photo.params["photo"], bytes)
    assert photo.params["photo"].startswith(b"\x89PNG")
    caption, _ = parse_telegram_html(str(photo.params["caption"]))
    assert "Ukrainska Pravda, 4 Oct 2022" in caption
    api.message_update("/chart georgia")
    (text,) = await api.wait_for("sendMessage")
    assert "Too little data" in str(text.params["text"])
    api.message_update("/chart@FactBot KZ", chat_id=-100555, chat_type="group")
    _, in_group = await api.wait_for("sendPhoto", count=2)
    assert in_group.params["chat_id"] == -100555
