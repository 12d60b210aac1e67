"""Bot replicas as separate ``factbot run`` processes in webhook mode over one database, and
Telegram's side of a webhook: posting updates to an address as Telegram posts them.

The replicas are started at the same time on purpose, as an orchestrator starts them, so that
their migrations and seeding race each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.processes import FACTBOT, factbot_env, free_port

__all__ = ["SECRET", "WEBHOOK_PATH", "Replica", "Telegram", "running_replicas"]

SECRET = "replicas-secret_0123456789"
WEBHOOK_PATH = "/hooks/factbot"
# A start on a busy 2-core machine: importing the bot, migrating, seeding, setWebhook.
_START_DEADLINE_S = 60.0


@dataclass
class Replica:
    """One ``factbot run`` process and the port its webhook server listens on."""

    process: asyncio.subprocess.Process
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def listening(self) -> bool:
        with contextlib.suppress(OSError):
            _, writer = await asyncio.open_connection("127.0.0.1", self.port)
            writer.close()
            await writer.wait_closed()
            return True
        return False

    async def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is rolled back or flushed by the bot."""
        self.process.kill()
        await self.process.wait()

    async def stop(self) -> int:
        """SIGTERM, as a container stop sends; the exit code."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await self.process.wait()


def replica_env(api: FakeBotApi, database_url: str, data: Path, **extra: str) -> dict[str, str]:
    """The settings every replica shares: one token, one database, one webhook address."""
    return {
        "FACTBOT_TOKEN": api.token,
        "FACTBOT_DATABASE_URL": database_url,
        "FACTBOT_DB_PATH": str(data / "unused.db"),
        "FACTBOT_API_BASE_URL": api.base_url,
        "FACTBOT_API_BASE_FILE_URL": api.base_file_url,
        "FACTBOT_MODE": "webhook",
        "FACTBOT_WEBHOOK_URL": f"https://bot.example.org{WEBHOOK_PATH}",
        "FACTBOT_WEBHOOK_SECRET": SECRET,
        "FACTBOT_WEBHOOK_LISTEN": "127.0.0.1",
        "FACTBOT_LOG_FORMAT": "json",
        **extra,
    }


@asynccontextmanager
async def running_replicas(
    api: FakeBotApi, env: Mapping[str, str], logs: Path, count: int = 2
) -> AsyncIterator[list[Replica]]:
    """``count`` replicas started at once, each on a port of its own, ready when each has
    registered the webhook and listens; stopped (SIGTERM) on leaving, those still running."""
    await asyncio.to_thread(logs.mkdir, parents=True, exist_ok=True)
    replicas: list[Replica] = []
    files: list[IO[bytes]] = []
    try:
        for n in range(count):
            port = free_port()
            log = logs / f"replica-{n}.log"
            files.append(log.open("wb"))
            process = await asyncio.create_subprocess_exec(
                str(FACTBOT),
                "run",
                env=factbot_env({**env, "FACTBOT_WEBHOOK_PORT": str(port)}),
                stdout=files[-1],
                stderr=asyncio.subprocess.STDOUT,
            )
            replicas.append(Replica(process, port, log))
        await _ready(api, replicas)
        yield replicas
    finally:
        for replica in replicas:
            with contextlib.suppress(ProcessLookupError):
                await replica.stop()
        for file in files:
            file.close()


async def _ready(api: FakeBotApi, replicas: list[Replica]) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _START_DEADLINE_S
    while True:
        exited = [r for r in replicas if r.process.returncode is not None]
        if exited:
            raise AssertionError(f"a replica exited at start: {exited[0].log.read_text()}")
        listening = [await replica.listening() for replica in replicas]
        if all(listening) and len(api.sent("setWebhook")) >= len(replicas):
            return
        if loop.time() > deadline:
            raise AssertionError(f"replicas not ready within {_START_DEADLINE_S} s")
        await asyncio.sleep(0.1)


class Telegram:
    """Posts updates to a webhook address as Telegram does, a few at a time."""

    def __init__(self, url: str, *, at_once: int = 16) -> None:
        self.url = url.rstrip("/") + WEBHOOK_PATH
        self._client = httpx.AsyncClient(timeout=30)
        self._at_once = asyncio.Semaphore(at_once)

    async def post(self, update: Mapping[str, Any]) -> int:
        """Post one update with the secret; the status code of the answer."""
        async with self._at_once:
            answer = await self._client.post(
                self.url, json=dict(update), headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
        return answer.status_code

    async def aclose(self) -> None:
        await self._client.aclose()
