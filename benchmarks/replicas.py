"""``factbot run`` as replicas in webhook mode over one PostgreSQL database, behind one address.

Each replica is a real ``factbot run`` process with its own webhook server on 127.0.0.1; a
round-robin proxy (benchmarks.proxy) stands in front of them, and the updates are posted to
the proxy as Telegram posts them to a webhook, from as many chats, a number of them in flight
at once. The replies reach the same fake Bot API, which times them as in benchmarks.endtoend:
latency from an update's post to its reply, throughput from the first post to the last reply.
"""

from __future__ import annotations

import asyncio
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from benchmarks.endtoend import Served, TimedBotApi, peak_mb, served
from benchmarks.processes import factbot, factbot_env
from benchmarks.proxy import RoundRobinProxy
from tests.e2e.fake_bot_api import JSON

__all__ = ["serve_replicas"]

_PATH = "hooks/factbot"
_START_TIMEOUT = 120.0
# Requests posted and not yet answered at once (Telegram keeps up to 40 a webhook by default;
# PTB's handler answers as soon as the update is queued, so more change little).
_IN_FLIGHT = 40
_WARM_UP = 20
_WARM_UP_CHAT = 900_000
_FIRST_CHAT = 1_000_000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


async def _until(
    condition: Callable[[], object],
    processes: list[asyncio.subprocess.Process],
    seconds: float,
) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        exited = [p.returncode for p in processes if p.returncode is not None]
        if exited:
            raise RuntimeError(f"a replica exited with {exited[0]} before it was done")
        if time.monotonic() > deadline:
            raise TimeoutError("the replicas did not answer in time")
        await asyncio.sleep(0.01)


async def _start(
    api: TimedBotApi, url: str, port: int, secret: str, work: Path
) -> asyncio.subprocess.Process:
    env = factbot_env(
        # FACTBOT_DB_PATH is not read when FACTBOT_DATABASE_URL is set.
        work / "unused.db",
        FACTBOT_DATABASE_URL=url,
        FACTBOT_TOKEN=api.token,
        FACTBOT_API_BASE_URL=api.base_url,
        FACTBOT_API_BASE_FILE_URL=api.base_file_url,
        FACTBOT_MODE="webhook",
        FACTBOT_WEBHOOK_URL=f"https://bot.example.org/{_PATH}",
        FACTBOT_WEBHOOK_SECRET=secret,
        FACTBOT_WEBHOOK_LISTEN="127.0.0.1",
        FACTBOT_WEBHOOK_PORT=str(port),
        # As benchmarks.endtoend: the production log level, no limiter.
        FACTBOT_LOG_LEVEL="INFO",
        FACTBOT_SEND_RATE="0",
    )
    return await asyncio.create_subprocess_exec(
        factbot(), "run", env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


async def _post_all(
    api: TimedBotApi, client: httpx.AsyncClient, target: str, updates: list[JSON]
) -> None:
    gate = asyncio.Semaphore(_IN_FLIGHT)

    async def post(update: JSON) -> None:
        async with gate:
            api.handed_out.setdefault(update["message"]["chat"]["id"], time.perf_counter())
            answer = await client.post(target, json=update)
            answer.raise_for_status()

    await asyncio.gather(*(post(update) for update in updates))


async def serve_replicas(
    texts: list[str], *, database_url: str, replicas: int, work: Path, within: float = 600.0
) -> tuple[Served, list[int]]:
    """Post ``texts`` as updates to ``replicas`` ``factbot run`` processes behind the proxy.

    Returns:
        what they did (peak RSS: the largest replica's), and how many updates each answered.
    """
    # Update ids go on from any earlier stage's over the same store, as Telegram's do: the
    # replicas answer an update id once (bot.updates).
    api = TimedBotApi(last_update_id=time.time_ns() // 1000)
    # Telegram sends the webhook's secret with every update; the replicas refuse any without.
    secret = secrets.token_urlsafe(16)
    async with api:
        ports = [_free_port() for _ in range(replicas)]
        processes = [await _start(api, database_url, port, secret, work) for port in ports]
        try:
            await _until(
                lambda: all(_listening(port) for port in ports), processes, _START_TIMEOUT
            )
            upstreams = [f"http://127.0.0.1:{port}" for port in ports]
            async with (
                RoundRobinProxy(upstreams) as proxy,
                httpx.AsyncClient(
                    timeout=60,
                    limits=httpx.Limits(max_connections=_IN_FLIGHT),
                    headers={"X-Telegram-Bot-Api-Secret-Token": secret},
                ) as client,
            ):
                target = f"{proxy.url}/{_PATH}"
                # Warm-up, not counted, on every replica.
                for number, text in enumerate(texts[: _WARM_UP * replicas]):
                    api.message_update(text, chat_id=_WARM_UP_CHAT + number)
                warm = api.take_updates()
                await _post_all(api, client, target, warm)
                await _until(lambda: len(api.replied) >= len(warm), processes, within)
                api.replied.clear()
                api.handed_out.clear()
                api.reply_seconds = 0.0
                before = list(proxy.answered)
                for number, text in enumerate(texts):
                    chat = _FIRST_CHAT + number
                    api.message_update(text, chat_id=chat, user_id=chat)
                await _post_all(api, client, target, api.take_updates())
                await _until(lambda: len(api.replied) >= len(texts), processes, within)
                shares = [now - then for now, then in zip(proxy.answered, before, strict=True)]
            peak = max(peak_mb(process.pid) for process in processes)
        finally:
            for process in processes:
                if process.returncode is None:
                    process.send_signal(signal.SIGINT)
            for process in processes:
                try:
                    await asyncio.wait_for(process.wait(), 30)
                except TimeoutError:
                    process.kill()
                    await process.wait()
    return served(api, len(texts), peak), shares
