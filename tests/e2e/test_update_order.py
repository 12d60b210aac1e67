"""Chats are served side by side: a curator's import does not hold up a reader, and each chat's
messages are still answered in the order they were sent."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.factories import crossings_csv

# On each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

ROWS = 5_000


@pytest.mark.timeout(90)
async def test_a_reader_is_answered_while_a_curator_import_is_being_stored(
    api: FakeBotApi, running_bot: None
):
    upload = crossings_csv(ROWS, publisher="Order Test Daily")
    document = api.add_file(upload, file_name="facts.csv", mime_type="text/csv")
    api.message_update("", document=document, chat_id=ADMIN_ID, user_id=ADMIN_ID)
    await api.wait_for("getFile", timeout=30)
    api.message_update("/flows kazakhstan", chat_id=1001, user_id=1001)
    replies = await api.wait_for("sendMessage", count=2, timeout=60)

    assert [reply.params["chat_id"] for reply in replies] == [1001, ADMIN_ID]
    assert "more than 200,000" in str(replies[0].params["text"])
    assert str(replies[1].params["text"]) == f"Imported: {ROWS:,} facts added, 0 already present."


async def test_one_chat_is_answered_in_the_order_it_asked(api: FakeBotApi, running_bot: None):
    # A chart takes far longer to draw than help takes to write: handled at once, the help
    # would overtake it.
    commands = ["/chart kazakhstan", "/help", "/sources", "/flows kazakhstan", "/start"]
    for command in commands:
        api.message_update(command, chat_id=77, user_id=77)
    await api.wait_for("sendMessage", count=4, timeout=30)
    await api.wait_for("sendPhoto", count=1, timeout=30)

    answered = [call for call in api.calls if call.method in {"sendMessage", "sendPhoto"}]
    assert answered[0].method == "sendPhoto"
    texts = [str(call.params.get("text", "")) for call in answered[1:]]
    assert "/flows" in texts[0]  # /help lists the commands
    assert texts[1].startswith("<b>Sources</b>")
    assert "more than 200,000" in texts[2]
    assert "answers questions about news facts" in texts[3]
