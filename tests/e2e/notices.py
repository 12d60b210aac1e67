"""Helpers for the notice tests: following as a reader does, and waiting for what a chat got."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from storage import FactStore
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.telegram_html import parse_telegram_html

__all__ = ["calls_to", "delivered_to", "second_store", "text_of", "wait_delivered"]


@asynccontextmanager
async def second_store(db_path: Path) -> AsyncIterator[FactStore]:
    """The bot's database file opened a second time, as ``factbot`` commands open it."""
    store = await FactStore.open(db_path)
    try:
        yield store
    finally:
        await store.close()


def calls_to(api: FakeBotApi, chat_id: int) -> list[Call]:
    """Every sendMessage to ``chat_id``, refused ones included."""
    return [call for call in api.sent() if call.params.get("chat_id") == chat_id]


def delivered_to(api: FakeBotApi, chat_id: int) -> list[Call]:
    """The messages ``chat_id`` received."""
    return [call for call in calls_to(api, chat_id) if call.error is None]


async def wait_delivered(
    api: FakeBotApi,
    chat_id: int,
    count: int = 1,
    timeout: float = 15.0,  # noqa: ASYNC109 - a test helper's deadline
) -> list[Call]:
    """Wait until ``chat_id`` received ``count`` messages; AssertionError on timeout."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(got := delivered_to(api, chat_id)) < count:
        if loop.time() >= deadline:
            errors = [call.error for call in calls_to(api, chat_id)]
            raise AssertionError(
                f"chat {chat_id} received {len(got)} of {count} within {timeout}s; "
                f"its calls' errors: {errors}"
            )
        await asyncio.sleep(0.02)
    return got


def text_of(call: Call) -> str:
    """A sent message as the reader sees it."""
    text, _ = parse_telegram_html(str(call.params["text"]))
    return text
