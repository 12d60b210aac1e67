"""Running the real bot against the fake Bot API server, as ``factbot run`` does."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.language.search_lemmas import LEMMATISER
from bot.runner import serve
from bot.settings import Settings
from storage import Store
from storage.backends import open_store
from tests.e2e.fake_bot_api import FakeBotApi


@asynccontextmanager
async def polling_bot(api: FakeBotApi, settings: Settings | None = None) -> AsyncIterator[None]:
    """The bot built from the FACTBOT_* environment, serving ``api`` until the block ends.

    Runs ``bot.runner.serve``, the start-up and graceful stop of ``factbot run``, in a task.
    Fails if the bot exits on its own, stops with an error, or if the fake refused any
    request as Telegram would.
    """
    stop = asyncio.Event()
    ready = asyncio.Event()
    serving = asyncio.create_task(serve(settings or Settings(), stop, ready))
    waiting = asyncio.create_task(ready.wait())
    await asyncio.wait({serving, waiting}, return_when=asyncio.FIRST_COMPLETED)
    waiting.cancel()
    assert not serving.done(), f"the bot exited at start with code {serving.result()}"
    try:
        yield
    finally:
        stop.set()
        assert await serving == 0
    assert api.refused == [], f"Telegram would have refused: {api.refused}"


async def bot_store(env: dict[str, str]) -> Store:
    """The store the bot of ``env`` uses, opened a second time, as ``factbot`` commands open
    it: the SQLite file at FACTBOT_DB_PATH, or the database of FACTBOT_DATABASE_URL."""
    return await open_store(
        Path(env["FACTBOT_DB_PATH"]), env.get("FACTBOT_DATABASE_URL"), lemmatiser=LEMMATISER
    )
