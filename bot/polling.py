"""Watching getUpdates: each answer is a heartbeat; a refused token or a lasting Conflict is
the end of polling, which ``bot.runner`` turns into an exit code.

python-telegram-bot's polling loop (``telegram.ext._utils.networkloop``) retries network
errors and Conflicts forever, and on InvalidToken (401 or 404) it stops, logs, and leaves the
Updater "running" with nothing polling. Neither shows outside the loop, and the ``error_callback``
of ``start_polling`` sees neither an answer nor an InvalidToken. Every getUpdates, and only
getUpdates, goes through the request object passed as ``get_updates_request``, a documented
extension point: wrapping its ``do_request`` sees every outcome without touching the loop.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from telegram.request import HTTPXRequest

from bot.heartbeat import Heartbeat

__all__ = ["PollingEnd", "PollingWatch", "WatchedRequest"]

# python-telegram-bot's own pool for getUpdates (ApplicationBuilder's default): one long poll
# at a time.
_POOL_SIZE = 1


@dataclass(frozen=True)
class PollingEnd:
    """Why polling has stopped for good: a log line's event, reason and hint."""

    event: str
    reason: str
    hint: str


class PollingWatch:
    """What the getUpdates answers say: a heartbeat while Telegram answers, and an end when it
    refuses the token, or answers Conflict for longer than ``conflict_give_up`` seconds."""

    def __init__(self, *, conflict_give_up: float, heartbeat: Heartbeat | None = None) -> None:
        self.heartbeat = heartbeat
        self.ended = asyncio.Event()
        self.end: PollingEnd | None = None
        self._conflict_give_up = conflict_give_up
        self._conflict_timer: asyncio.TimerHandle | None = None

    def answered(self) -> None:
        """Telegram answered a getUpdates: the bot receives updates, and no Conflict lasts."""
        if self._conflict_timer is not None:
            self._conflict_timer.cancel()
            self._conflict_timer = None
        if self.heartbeat is not None:
            self.heartbeat.beat()

    def token_refused(self, description: str) -> None:
        """Telegram refused the token (401 or 404): the polling loop gives up at once, so
        there is nothing to wait for."""
        self._finish(
            PollingEnd(
                "token_rejected",
                f"Telegram refused FACTBOT_TOKEN while polling: {description}",
                "the token was revoked or replaced in @BotFather; set the new one",
            )
        )

    def conflicted(self, description: str) -> None:
        """Telegram answered Conflict (409): the loop retries it forever, so we time it."""
        if self._conflict_timer is not None:
            return
        # Timed from the first Conflict rather than checked at each: the loop's backoff grows
        # to 30 s between tries, and the bound should hold to the second.
        self._conflict_timer = asyncio.get_running_loop().call_later(
            self._conflict_give_up,
            self._finish,
            PollingEnd(
                "polling_conflict_persisted",
                f"Telegram answered getUpdates with Conflict for {self._conflict_give_up:g} s "
                f"(FACTBOT_CONFLICT_GIVE_UP): {description}",
                "another process polls with this token, or a webhook is set for it; "
                "stop the other one",
            ),
        )

    def _finish(self, end: PollingEnd) -> None:
        if self.end is None:
            self.end = end
        self.ended.set()

    def close(self) -> None:
        """Stop timing a Conflict: the bot is stopping anyway."""
        if self._conflict_timer is not None:
            self._conflict_timer.cancel()
            self._conflict_timer = None


class WatchedRequest(HTTPXRequest):
    """python-telegram-bot's HTTP request for getUpdates, telling ``watch`` how each ended.

    ``do_request`` is the one method a request class must provide (``post`` is final), so it
    is the seam: it sees the status Telegram answered before python-telegram-bot turns it into
    an exception, with the same rule (401 and 404 are InvalidToken, 409 is Conflict).
    """

    def __init__(self, watch: PollingWatch) -> None:
        super().__init__(connection_pool_size=_POOL_SIZE)
        self._watch = watch

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Send the getUpdates; how Telegram answered goes to the watch, then to the caller."""
        # A request that never got an answer (an outage, a timeout) raises past the watch.
        code, payload = await super().do_request(*args, **kwargs)
        if HTTPStatus.OK <= code <= 299:
            self._watch.answered()
        elif code in (HTTPStatus.UNAUTHORIZED, HTTPStatus.NOT_FOUND):
            self._watch.token_refused(_description(code, payload))
        elif code == HTTPStatus.CONFLICT:
            self._watch.conflicted(_description(code, payload))
        return code, payload


def _description(code: int, payload: bytes) -> str:
    """Telegram's own words for a refusal, or the HTTP status when it gave none."""
    try:
        description = json.loads(payload).get("description")
    except (ValueError, AttributeError):
        description = None
    return str(description) if description else f"{code} {HTTPStatus(code).phrase}"
