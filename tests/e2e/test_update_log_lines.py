"""Every handled update gets exactly one canonical log line, ok or error, with its latency: on
SQLite, then on PostgreSQL (the error is the store's own, whichever database failed)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from bot.logs import configure_logging
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.raw_database import RawDatabase

pytestmark = pytest.mark.both_backends


@pytest.fixture(name="log_output")
def _log_output(bot_env: dict[str, str]) -> Iterator[io.StringIO]:
    output = io.StringIO()
    configure_logging(
        level="DEBUG", log_format="json", secrets=[bot_env["FACTBOT_TOKEN"]], stream=output
    )
    yield output
    logging.getLogger().handlers.clear()
    structlog.reset_defaults()


async def test_one_line_per_update_ok_or_error(
    api: FakeBotApi, log_output: io.StringIO, database: RawDatabase
):
    async with polling_bot(api):
        ok = api.message_update("/flows kazakhstan")
        await api.wait_for("sendMessage")
        database.execute("ALTER TABLE facts RENAME TO facts_broken")
        # Another country: a page once rendered is kept until a change to the facts commits
        # (bot.answers.pages), and on PostgreSQL a renamed table is no such change.
        failed = api.message_update("/flows russia")
        await api.wait_for("sendMessage", count=2)
        chatter = api.message_update("hello there")
        help_update = api.message_update("/help")
        await api.wait_for("sendMessage", count=3)
    lines = [json.loads(line) for line in log_output.getvalue().splitlines()]
    handled = {line["update_id"]: line for line in lines if line["event"] == "update_handled"}
    assert len([line for line in lines if line["event"] == "update_handled"]) == len(handled)
    assert set(handled) == {ok, failed, chatter, help_update}
    assert handled[ok]["outcome"] == "ok"
    assert handled[ok]["results"] == 5
    assert handled[failed]["outcome"] == "error"
    assert handled[failed]["exception"][0]["exc_type"] == "StoreUnavailable"
    assert handled[help_update]["command"] == "/help"
    assert all(isinstance(line["latency_ms"], float) for line in handled.values())
    assert api.token not in log_output.getvalue()
