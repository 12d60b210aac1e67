"""The bot on PostgreSQL (FACTBOT_DATABASE_URL) through the real Application and the fake Bot
API: it seeds an empty database and answers as it does from SQLite."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.e2e.telegram_html import parse_telegram_html


async def test_flows_kazakhstan_answers_from_postgresql_as_from_sqlite(
    api: FakeBotApi, bot_env: dict[str, str], pg_url: str, monkeypatch: pytest.MonkeyPatch
):
    """The same reply, to the byte, from the seeded SQLite file and the seeded PostgreSQL
    database; the second run never touches SQLite's file."""
    async with polling_bot(api):
        api.message_update("/flows kazakhstan", chat_id=555, user_id=555)
        (from_sqlite,) = await api.wait_for("sendMessage")
    monkeypatch.setenv("FACTBOT_DATABASE_URL", pg_url)
    monkeypatch.setenv(
        "FACTBOT_DB_PATH", str(Path(bot_env["FACTBOT_DB_PATH"]).parent / "elsewhere" / "facts.db")
    )
    async with polling_bot(api):
        api.message_update("/flows kazakhstan", chat_id=555, user_id=555)
        _, from_postgres = await api.wait_for("sendMessage", count=2)
        # The polling bot's heartbeat, beside FACTBOT_DB_PATH in a folder SQLite never made.
        heartbeat = Path(bot_env["FACTBOT_DB_PATH"]).parent / "elsewhere" / "facts.db.heartbeat"
        assert await asyncio.to_thread(heartbeat.is_file)
    assert from_postgres.params == from_sqlite.params
    text, _ = parse_telegram_html(str(from_postgres.params["text"]))
    assert text.startswith("Flows of people: Kazakhstan")
    assert "more than 200,000 Russian citizens entered Kazakhstan from Russia" in text
    assert not await asyncio.to_thread(heartbeat.with_suffix("").exists)  # no SQLite file
