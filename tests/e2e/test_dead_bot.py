"""A bot that notices it is dead: ``factbot run`` exits 1 when polling ends for good, and
``factbot healthcheck`` fails while the bot is not receiving updates.

Each test runs ``factbot run`` as a container does, against the fake Bot API server, and
``factbot healthcheck`` beside it as Docker's HEALTHCHECK would.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from bot.runner import serve
from bot.settings import Settings
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.processes import FACTBOT, factbot_env, free_port

# On each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

# What the issue asks of a revoked token: `factbot run` exits non-zero within a minute.
REVOKED_EXIT_S = 60


@dataclass
class _Bot:
    """A running ``factbot run``, its output read all along (a full pipe would stall it)."""

    process: asyncio.subprocess.Process
    output: asyncio.Task[tuple[bytes, bytes]]
    lines: list[dict[str, Any]] = field(default_factory=list)

    async def exited(self, timeout: float) -> int:  # noqa: ASYNC109 - a bound, not a wait
        stdout, stderr = await asyncio.wait_for(self.output, timeout)
        text = stdout.decode() + stderr.decode()
        self.lines = [json.loads(line) for line in text.splitlines()]
        assert self.process.returncode is not None
        return self.process.returncode


@asynccontextmanager
async def _factbot_run(env: dict[str, str]) -> AsyncIterator[_Bot]:
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT), "run", env=factbot_env({**env, "FACTBOT_LOG_FORMAT": "json"}),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    bot = _Bot(process, asyncio.create_task(process.communicate()))
    try:
        yield bot
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await asyncio.gather(bot.output, return_exceptions=True)


async def _healthcheck(env: dict[str, str], **settings: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT), "healthcheck", env=factbot_env({**env, **settings}),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode is not None
    return process.returncode, output.decode().strip()


def _heartbeat(env: dict[str, str]) -> Path:
    db = Path(env["FACTBOT_DB_PATH"])
    return db.with_name(db.name + ".heartbeat")


async def _until_polling(bot: _Bot, env: dict[str, str]) -> None:
    """Until Telegram has answered the bot's getUpdates: its heartbeat is there."""
    deadline = time.monotonic() + 30
    while not _heartbeat(env).exists():
        assert bot.process.returncode is None, "the bot exited at start"
        assert time.monotonic() < deadline, "the bot did not poll within 30 s"
        await asyncio.sleep(0.05)


def _events(bot: _Bot) -> list[str]:
    return [line["event"] for line in bot.lines]


async def test_a_token_revoked_while_polling_stops_the_bot_with_exit_1(
    api: FakeBotApi, bot_env: dict[str, str]
):
    async with _factbot_run(bot_env) as bot:
        await _until_polling(bot, bot_env)
        assert await _healthcheck(bot_env) == (0, "ok")
        api.revoke_token()
        code = await bot.exited(timeout=REVOKED_EXIT_S)
    assert code == 1
    (rejected,) = [line for line in bot.lines if line["event"] == "token_rejected"]
    assert rejected["level"] == "error"
    assert rejected["reason"] == "Telegram refused FACTBOT_TOKEN while polling: Unauthorized"
    assert "@BotFather" in rejected["hint"]
    events = _events(bot)
    # Stopped the way SIGTERM stops it: the store closed last.
    assert events.index("token_rejected") < events.index("bot_stopping")
    assert events[-1] == "bot_stopped"
    assert "updater_stop_incomplete" not in events
    assert bot_env["FACTBOT_TOKEN"].split(":")[1] not in json.dumps(bot.lines)
    # A stopped bot leaves no heartbeat to vouch for it.
    code, output = await _healthcheck(bot_env)
    assert code == 1
    assert output.startswith("unhealthy: no heartbeat at ")


async def test_a_conflict_that_does_not_clear_stops_the_bot_with_exit_1_after_the_bound(
    api: FakeBotApi, bot_env: dict[str, str]
):
    env = {**bot_env, "FACTBOT_CONFLICT_GIVE_UP": "3"}
    async with _factbot_run(env) as bot:
        await _until_polling(bot, env)
        # Someone set a webhook for the token: Telegram answers every getUpdates with 409.
        api.webhook_url = "https://elsewhere.example.org/hook"
        conflicted = time.monotonic()
        code = await bot.exited(timeout=60)
        after = time.monotonic() - conflicted
    assert code == 1
    assert after >= 3
    (persisted,) = [line for line in bot.lines if line["event"] == "polling_conflict_persisted"]
    assert persisted["level"] == "error"
    assert persisted["reason"] == (
        "Telegram answered getUpdates with Conflict for 3 s (FACTBOT_CONFLICT_GIVE_UP): "
        "Conflict: can't use getUpdates method while webhook is active"
    )
    events = _events(bot)
    assert "polling_failed" in events  # each Conflict was logged as it came
    assert events[-1] == "bot_stopped"


async def test_a_conflict_that_clears_within_the_bound_does_not_stop_the_bot(
    api: FakeBotApi, bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    """Two Conflicts (an old instance still polling during a deploy), then Telegram answers."""
    give_up = 6.0
    monkeypatch.setenv("FACTBOT_CONFLICT_GIVE_UP", str(give_up))
    stop, ready = asyncio.Event(), asyncio.Event()
    with capture_logs() as logs:
        serving = asyncio.create_task(serve(Settings(), stop, ready))
        await asyncio.wait_for(ready.wait(), 30)
        api.fail_next("getUpdates", times=2, status=409)
        polls = len(api.sent("getUpdates"))
        await api.wait_for("getUpdates", count=polls + 1, timeout=20)
        first_conflict = time.monotonic()
        # The second Conflict and then an answer: the polling loop waits 1 s, then 1.5 s.
        await api.wait_for("getUpdates", count=polls + 3, timeout=20)
        await asyncio.sleep(max(0.0, first_conflict + give_up + 1 - time.monotonic()))
        assert "polling_conflict_persisted" not in [line["event"] for line in logs]
        assert not serving.done()
        api.message_update("/flows kazakhstan")
        await api.wait_for("sendMessage", timeout=10)
        stop.set()
        assert await serving == 0
    events = [line["event"] for line in logs]
    assert events.count("polling_failed") >= 2
    assert "polling_conflict_persisted" not in events


async def test_a_heartbeat_left_by_an_earlier_run_is_removed_at_start(
    bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    """Telegram unreachable from the start: nothing vouches for the bot, not an old file."""
    port = free_port()
    monkeypatch.setenv("FACTBOT_API_BASE_URL", f"http://127.0.0.1:{port}/bot")
    _heartbeat(bot_env).parent.mkdir(parents=True, exist_ok=True)
    _heartbeat(bot_env).touch()
    stop = asyncio.Event()
    with capture_logs() as logs:
        serving = asyncio.create_task(serve(Settings(), stop))
        deadline = time.monotonic() + 20
        while not any(line["event"] == "telegram_unreachable" for line in logs):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        assert not _heartbeat(bot_env).exists()
        code, output = await _healthcheck(bot_env)
        stop.set()
        assert await serving == 0
    assert code == 1
    assert output.startswith("unhealthy: no heartbeat at ")


@pytest.mark.timeout(120)
async def test_healthcheck_passes_while_the_bot_polls_and_fails_once_it_hangs(
    api: FakeBotApi, bot_env: dict[str, str]
):
    """A bot frozen with SIGSTOP (a hung process) stops beating; the check says so, and
    passes again once it runs on."""
    max_age = 15
    async with _factbot_run(bot_env) as bot:
        await _until_polling(bot, bot_env)
        assert await _healthcheck(bot_env, FACTBOT_HEARTBEAT_MAX_AGE=str(max_age)) == (0, "ok")
        bot.process.send_signal(signal.SIGSTOP)
        frozen = time.monotonic()
        try:
            await asyncio.sleep(max_age + 1.5)
            code, output = await _healthcheck(bot_env, FACTBOT_HEARTBEAT_MAX_AGE=str(max_age))
            assert time.monotonic() - frozen > max_age
        finally:
            bot.process.send_signal(signal.SIGCONT)
        assert code == 1
        assert output.startswith("unhealthy: the bot last heard from Telegram ")
        assert output.endswith(
            f"s ago (more than FACTBOT_HEARTBEAT_MAX_AGE={max_age} s): it is not receiving updates"
        )
        deadline = time.monotonic() + 30
        while await _healthcheck(bot_env, FACTBOT_HEARTBEAT_MAX_AGE=str(max_age)) != (0, "ok"):
            assert time.monotonic() < deadline, "the bot did not beat again within 30 s"
            await asyncio.sleep(0.5)
        bot.process.send_signal(signal.SIGTERM)
        assert await bot.exited(timeout=20) == 0
