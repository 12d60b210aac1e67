"""Updates through the fake Bot API server to a real bot process, and back as replies.

The fake (tests/e2e/fake_bot_api.py) runs in this process; the bot runs as a child process,
as it runs in production: ``factbot run`` (the real Application, polling), or the baseline,
python-telegram-bot's minimal echo bot (benchmarks/echo_bot.py). Every update comes from its
own chat, so each reply is matched to its update. Latency runs from the moment getUpdates hands
an update out to the moment its reply arrives; throughput from the first update handed out to
the last reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import percentile
from benchmarks.processes import factbot, factbot_env
from bot.answers.pages import answer_page
from bot.language.words import words_for
from bot.paging import NOOP, PageRequest, page_data
from storage import FactStore
from tests.e2e.fake_bot_api import JSON, Call, FakeBotApi

__all__ = [
    "Payload",
    "Served",
    "TimedBotApi",
    "flows_payload",
    "peak_mb",
    "serve",
    "served",
    "wait_until",
]

# Chat ids of the benchmark's updates start here; a reply's chat names its update.
_FIRST_CHAT = 1_000_000
_START_TIMEOUT = 120.0
_WARM_UP = 20
_WARM_UP_CHAT = 900_000


class TimedBotApi(FakeBotApi):
    """The fake, noting when each update is handed out and when its reply arrives."""

    def __init__(self, last_update_id: int = 0) -> None:
        super().__init__(last_update_id=last_update_id)
        self.handed_out: dict[int, float] = {}
        self.replied: dict[int, float] = {}
        self.reply_seconds = 0.0

    async def _api_get_updates(self, p: JSON, call: Call) -> list[JSON]:
        updates = await super()._api_get_updates(p, call)
        now = time.perf_counter()
        for update in updates:
            self.handed_out.setdefault(update["message"]["chat"]["id"], now)
        return updates

    def _api_send_message(self, p: JSON, call: Call) -> JSON:
        arrived = time.perf_counter()
        self.replied.setdefault(int(p["chat_id"]), arrived)
        try:
            return super()._api_send_message(p, call)
        finally:
            # The fake's own work on a reply (checking its HTML), which the bot waits for.
            self.reply_seconds += time.perf_counter() - arrived

    def take_updates(self) -> list[JSON]:
        """The updates queued and not handed out, which leave the queue: in webhook mode they
        are posted to the bot instead."""
        updates, self._updates = self._updates, []
        return updates


@dataclass(frozen=True)
class Payload:
    """A reply as factbot sends it: its HTML and its page buttons (Bot API JSON)."""

    text: str
    reply_markup: JSON | None


async def flows_payload(db: Path, country: str) -> Payload:
    """The reply ``factbot run`` sends for /flows COUNTRY from ``db``, buttons included."""
    async with await FactStore.open(db) as store:
        page = await answer_page(store, PageRequest("flows", query=country), words_for("en"))
    buttons = []
    for label, request in (("◀", page.back), (page.counter, None), ("▶", page.forward)):
        if label is None or (request is None and label in ("◀", "▶")):
            continue
        data = page_data(request) if request is not None else NOOP
        buttons.append({"text": label, "callback_data": data})
    markup = {"inline_keyboard": [buttons]} if buttons else None
    return Payload(page.text, markup)


@dataclass(frozen=True)
class Served:
    """What a bot process did with the updates: rate, latency, and its peak memory."""

    updates: int
    per_second: float
    p50_ms: float
    p99_ms: float
    peak_mb: float
    refused: int
    fake_ms_per_reply: float


def peak_mb(pid: int) -> float:
    """The process's peak resident set so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def wait_until(
    condition: Callable[[], object], process: asyncio.subprocess.Process, seconds: float
) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if process.returncode is not None:
            raise RuntimeError(f"the bot exited with {process.returncode} before it was done")
        if time.monotonic() > deadline:
            raise TimeoutError("the bot did not answer in time")
        await asyncio.sleep(0.01)


async def serve(
    bot: str,
    texts: list[str],
    *,
    db: Path | None = None,
    payload: Payload | None = None,
    database_url: str | None = None,
    within: float = 600.0,
) -> Served:
    """Feed ``texts`` as updates from as many chats to ``bot`` ("factbot" or "echo").

    Args:
        bot: which bot process to start.
        texts: the messages, sent all at once after the bot started polling.
        db: the database ``factbot run`` serves.
        payload: what the echo bot answers every update with (None: the update's text).
        database_url: ``factbot run`` serves this PostgreSQL database instead of ``db``.
        within: seconds to wait for every reply.
    """
    api = TimedBotApi()
    with contextlib.ExitStack() as stack:
        more = {"FACTBOT_DATABASE_URL": database_url} if database_url else {}
        return await _serve(api, bot, texts, db, payload, within, stack, more)


def _payload_file(payload: Payload, stack: contextlib.ExitStack) -> Path:
    """The payload as the JSON file the echo bot reads, removed when ``stack`` closes."""
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="echo-payload-")))
    path = folder / "reply.json"
    reply = {"text": payload.text, "reply_markup": payload.reply_markup}
    path.write_text(json.dumps(reply), encoding="utf-8")
    return path


async def _serve(
    api: TimedBotApi,
    bot: str,
    texts: list[str],
    db: Path | None,
    payload: Payload | None,
    within: float,
    stack: contextlib.ExitStack,
    more: dict[str, str],
) -> Served:
    async with api:
        if bot == "factbot":
            assert db is not None  # noqa: S101 - factbot needs its store
            command = [factbot(), "run"]
            env = factbot_env(
                db,
                FACTBOT_TOKEN=api.token,
                FACTBOT_API_BASE_URL=api.base_url,
                FACTBOT_API_BASE_FILE_URL=api.base_file_url,
                # The production default: one log line per update.
                FACTBOT_LOG_LEVEL="INFO",
                # Telegram's 30 messages a second would be the figure otherwise; the echo bot
                # has no limiter either.
                FACTBOT_SEND_RATE="0",
                **more,
            )
        else:
            command = [sys.executable, "-m", "benchmarks.echo_bot", api.token, api.base_url]
            env = dict(os.environ)
            if payload is not None:
                command.append(str(_payload_file(payload, stack)))
        process = await asyncio.create_subprocess_exec(
            *command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            await wait_until(lambda: api.sent("getUpdates"), process, _START_TIMEOUT)
            # Warm-up, not counted: the first updates import what the handlers import lazily.
            for number, text in enumerate(texts[:_WARM_UP]):
                api.message_update(text, chat_id=_WARM_UP_CHAT + number)
            await wait_until(lambda: len(api.replied) >= _WARM_UP, process, within)
            api.replied.clear()
            api.reply_seconds = 0.0
            for number, text in enumerate(texts):
                chat = _FIRST_CHAT + number
                api.message_update(text, chat_id=chat, user_id=chat)
            await wait_until(lambda: len(api.replied) >= len(texts), process, within)
            peak = peak_mb(process.pid)
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()
    return served(api, len(texts), peak)


def served(api: TimedBotApi, updates: int, peak: float) -> Served:
    """What the bot did with ``updates`` updates, from what ``api`` saw of them."""
    latencies = [
        (api.replied[chat] - api.handed_out[chat]) * 1000
        for chat in api.replied
        if chat in api.handed_out
    ]
    first = min(api.handed_out[chat] for chat in api.replied if chat in api.handed_out)
    span = max(api.replied.values()) - first
    return Served(
        updates=updates,
        per_second=updates / span,
        p50_ms=percentile(latencies, 0.5),
        p99_ms=percentile(latencies, 0.99),
        peak_mb=peak,
        refused=len(api.refused),
        fake_ms_per_reply=api.reply_seconds * 1000 / updates,
    )
