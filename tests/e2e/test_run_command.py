"""``factbot run`` as a separate process, as a container runs it, polling the fake server."""

from __future__ import annotations

import asyncio
import json
import signal

import pytest

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.processes import FACTBOT, factbot_env
from tests.e2e.telegram_html import parse_telegram_html

# On each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends


async def _run_factbot(
    api: FakeBotApi, env: dict[str, str], text: str, *others: str
) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT),
        "run",
        env=factbot_env(env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    # Read the output all along: a full pipe would stall the bot at DEBUG.
    output = asyncio.create_task(process.communicate())
    try:
        api.message_update(text)
        (reply,) = await api.wait_for("sendMessage", timeout=30)
        for other in others:
            api.message_update(other)
        await api.wait_for("sendMessage", count=1 + len(others), timeout=30)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = await asyncio.wait_for(output, timeout=20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    answer, _ = parse_telegram_html(str(reply.params["text"]))
    assert process.returncode is not None
    return process.returncode, answer, (stdout + stderr).decode()


@pytest.mark.parametrize("log_format", ["json", "console"])
async def test_run_answers_and_stops_on_sigterm_without_logging_the_token(
    api: FakeBotApi, bot_env: dict[str, str], log_format: str
):
    env = {**bot_env, "FACTBOT_LOG_LEVEL": "DEBUG", "FACTBOT_LOG_FORMAT": log_format}
    others = ("/search citizenship", "/facts atlantis", "/help")
    code, answer, logs = await _run_factbot(api, env, "/flows kz", *others)
    assert code == 0
    assert "more than 200,000 Russian citizens entered Kazakhstan" in answer
    assert api.token not in logs
    assert api.token.split(":")[1] not in logs
    assert "bot_started" in logs
    assert "bot_stopped" in logs
    if log_format == "json":
        lines = [json.loads(line) for line in logs.splitlines()]
        events = [line["event"] for line in lines]
        assert "settings_loaded" in events
        assert "flows_answered" in events
        handled_lines = [line for line in lines if line["event"] == "update_handled"]
        # Exactly one line per update, each with its latency.
        assert sorted(line["update_id"] for line in handled_lines) == [1, 2, 3, 4]
        assert all(0 < line["latency_ms"] < 30_000 for line in handled_lines)
        handled = next(line for line in handled_lines if line["update_id"] == 1)
        assert handled["outcome"] == "ok"
        assert handled["command"] == "/flows"
        assert handled["results"] == 5
        assert handled["chat_type"] == "private"
        assert isinstance(handled["update_id"], int)
        assert isinstance(handled["user_id"], int)
        assert 0 < handled["latency_ms"] < 30_000
