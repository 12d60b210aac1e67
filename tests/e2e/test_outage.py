"""Telegram unreachable: the bot waits it out with backoff; a rejected token is the one exit."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import MutableMapping
from typing import Any

import pytest
from structlog.testing import capture_logs

from bot.runner import serve
from bot.settings import Settings
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.processes import FACTBOT, factbot_env, free_port

# On each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends


async def _events_until(logs: list[MutableMapping[str, Any]], event: str, count: int) -> None:
    deadline = time.monotonic() + 20
    while sum(line["event"] == event for line in logs) < count:
        assert time.monotonic() < deadline, [line["event"] for line in logs]
        await asyncio.sleep(0.05)


async def test_bot_started_while_telegram_is_down_retries_then_serves_once_it_is_up(
    bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    port = free_port()
    monkeypatch.setenv("FACTBOT_API_BASE_URL", f"http://127.0.0.1:{port}/bot")
    monkeypatch.setenv("FACTBOT_API_BASE_FILE_URL", f"http://127.0.0.1:{port}/file/bot")
    stop, ready = asyncio.Event(), asyncio.Event()
    with capture_logs() as logs:
        serving = asyncio.create_task(serve(Settings(), stop, ready))
        await _events_until(logs, "telegram_unreachable", 2)
        assert not serving.done()
        retries = [line for line in logs if line["event"] == "telegram_unreachable"]
        assert [line["retry_in_s"] for line in retries] == [1.0, 2.0]
        assert "ConnectError" in str(retries[0]["error"]) or "NetworkError" in str(
            retries[0]["error"]
        )

        async with FakeBotApi(token=bot_env["FACTBOT_TOKEN"], port=port) as api:
            await asyncio.wait_for(ready.wait(), timeout=20)
            api.message_update("/flows kazakhstan")
            (reply,) = await api.wait_for("sendMessage", timeout=10)
            stop.set()
            assert await serving == 0
    assert "more than 200,000" in str(reply.params["text"])
    assert api.refused == []


async def test_a_stop_while_waiting_for_telegram_exits_0_at_once(
    bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    port = free_port()
    monkeypatch.setenv("FACTBOT_API_BASE_URL", f"http://127.0.0.1:{port}/bot")
    stop = asyncio.Event()
    with capture_logs() as logs:
        serving = asyncio.create_task(serve(Settings(), stop))
        await _events_until(logs, "telegram_unreachable", 1)
        stop.set()
        started = time.monotonic()
        assert await asyncio.wait_for(serving, timeout=5) == 0
    assert time.monotonic() - started < 2
    assert [line["event"] for line in logs][-1] == "bot_stopped"


async def test_a_token_telegram_rejects_exits_1_with_one_clear_line(
    api: FakeBotApi, bot_env: dict[str, str]
):
    env = factbot_env(
        {
            **bot_env,
            "FACTBOT_TOKEN": "987654:ANOTHER-token-that-telegram-does-not-know",
            "FACTBOT_LOG_FORMAT": "json",
        }
    )
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT), "run", env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 1
    lines = [json.loads(line) for line in stderr.decode().splitlines()]
    (rejected,) = [line for line in lines if line["event"] == "token_rejected"]
    assert rejected["level"] == "error"
    assert "FACTBOT_TOKEN" in rejected["hint"]
    assert "ANOTHER-token" not in stderr.decode() + stdout.decode()
    assert not any(line["event"] == "telegram_unreachable" for line in lines)
