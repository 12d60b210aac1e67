"""Running the real Application against the fake Bot API server, as ``run_polling`` would."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram.ext import Application

from bot.app import build_application
from bot.settings import Settings
from tests.e2e.fake_bot_api import FakeBotApi


@asynccontextmanager
async def polling_bot(api: FakeBotApi) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The bot built from the FACTBOT_* environment, polling ``api`` until the block ends.

    Runs the same sequence as ``Application.run_polling``: initialize, post_init, polling and
    start; then stop, shutdown and post_shutdown. Fails if the fake refused any request as
    Telegram would.
    """
    application = build_application(Settings())
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
    assert api.refused == [], f"Telegram would have refused: {api.refused}"
