"""Flood control both ways: Telegram's 429s are waited out, and a flooding user is paused."""

from __future__ import annotations

import time

import pytest

from bot.handlers.flood import slow_down_text
from bot.language.words import words_for
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot

# On each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends


async def test_a_reply_refused_twice_with_429_is_sent_after_the_wait_and_the_bot_goes_on(
    api: FakeBotApi, running_bot: None
):
    api.fail_next("sendMessage", times=2, status=429, retry_after=1)
    started = time.monotonic()
    api.message_update("/flows kazakhstan")
    calls = await api.wait_for("sendMessage", count=3, timeout=20)
    waited = time.monotonic() - started

    assert [call.error for call in calls] == [
        "Too Many Requests: retry after 1",
        "Too Many Requests: retry after 1",
        None,
    ]
    assert "more than 200,000" in str(calls[2].params["text"])
    # Each retry came after the second Telegram asked for.
    assert waited >= 2
    # The bot keeps serving.
    api.message_update("/help")
    await api.wait_for("sendMessage", count=4, timeout=10)


@pytest.fixture(name="tight_flood_limit")
def _tight_flood_limit(bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTBOT_FLOOD_LIMIT", "3")
    monkeypatch.setenv("FACTBOT_FLOOD_WINDOW", "60")
    monkeypatch.setenv("FACTBOT_FLOOD_PAUSE", "60")


def _replies_to(api: FakeBotApi, chat_id: int) -> list[str]:
    return [str(call.params["text"]) for call in api.sent() if call.params["chat_id"] == chat_id]


async def test_a_flooding_user_is_told_once_then_ignored_while_others_are_answered(
    api: FakeBotApi, tight_flood_limit: None
):
    async with polling_bot(api):
        for _ in range(6):
            api.message_update("/help", chat_id=1, user_id=1)
        api.message_update("/help", chat_id=2, user_id=2)
        await api.wait_for("sendMessage", count=5, timeout=15)
        # A curator is never throttled.
        for _ in range(5):
            api.message_update("/help", chat_id=ADMIN_ID, user_id=ADMIN_ID)
        await api.wait_for("sendMessage", count=10, timeout=15)

    flooder = _replies_to(api, 1)
    assert len(flooder) == 4
    assert flooder[3] == slow_down_text(60, words_for("en"))
    assert all("/flows" in text for text in flooder[:3])
    assert len(_replies_to(api, 2)) == 1
    assert len(_replies_to(api, ADMIN_ID)) == 5
