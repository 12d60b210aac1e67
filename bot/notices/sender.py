"""The one task that delivers the outbox: each notice owed, rendered in its chat's language,
sent within Telegram's limits, and marked.

It runs beside the Application from the moment the bot takes updates until it stops. It reads
the notices owed (``Store.pending_notices``: a chat's first, oldest first), sends each as
soon as ``NoticeLimits`` lets it, and marks it sent the moment Telegram answers OK. When
nothing is owed it looks again every second.

What Telegram answers decides what follows:

- OK: marked sent, never sent again.
- 429 (RetryAfter): python-telegram-bot's rate limiter waits it out and sends again by itself
  (every request of the bot waits meanwhile); should it still come back, every notice waits
  ``retry_after`` and this one is sent again. Not a failure: no attempt is counted.
- 403 (Forbidden: blocked, kicked, deactivated) or 400 "chat not found": the chat is made
  inactive (its follows kept) and what it was owed is dropped; logged once.
- 400 with migrate_to_chat_id (ChatMigrated): the group's follows and notices move to the new
  id, and the notice is sent there.
- Telegram not answering (a network error, a timeout, a 5xx, a refused token): every notice
  waits, 5 s, then doubling up to 5 minutes, so an outage costs one request per wait, not one
  per notice. The notice counts the attempt on a long schedule (5 s, 1 min, 10 min, 1 h, 6 h),
  so an outage of up to some 7 hours loses nothing, and one that never ends still drops it.
- Any other error: tried again after 5 s, 30 s, 2 min and 10 min, then dropped with a warning.
- A notice that cannot be rendered (its fact gone, a bug): dropped at once, with its traceback.

Exactly once, as far as it can be: a notice is marked sent right after Telegram's OK. A bot
killed between the two (SIGKILL, a power cut; a SIGTERM lets the send finish and marks it)
sends that one notice again after the restart, and so does a send that timed out after
Telegram took it. That is the side to err on: a follower told twice about a correction has lost
nothing, one never told has lost what following promised. Nothing else is ever sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from datetime import timedelta

import structlog
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.language.words import words_for
from bot.notices.limits import NoticeLimits
from bot.notices.subjects import read_subject
from bot.render.notices import render_notice
from storage import Notice, StorageError, Store, StoreUnavailable

__all__ = ["ATTEMPTS", "RETRY_AFTER_S", "UNREACHABLE_RETRY_AFTER_S", "NoticeSender"]

log = structlog.get_logger(__name__)

# A notice that failed is tried again after each of these waits in turn, then dropped when it
# fails once more: ATTEMPTS attempts in all.
RETRY_AFTER_S = (5.0, 30.0, 120.0, 600.0)
ATTEMPTS = len(RETRY_AFTER_S) + 1
# The same when Telegram could not be reached: long enough (some 7 hours) to ride out an outage.
UNREACHABLE_RETRY_AFTER_S = (5.0, 60.0, 600.0, 3600.0, 6 * 3600.0)
# While Telegram cannot be reached every notice waits this long, doubling up to the longest.
_FIRST_OUTAGE_WAIT_S = 5.0
_LONGEST_OUTAGE_WAIT_S = 300.0
# How often an idle sender looks for notices, and how many it reads at once.
IDLE_S = 1.0
_BATCH = 100


class NoticeSender:
    """Delivers the outbox of ``store`` through ``bot``; see the module docstring.

    Args:
        bot: the Application's bot (HTML parse mode and its rate limiter by default).
        store: the fact store the outbox is in.
        per_second: notices a second at most, over all chats.
        retry_after_s: the waits between failed attempts (tests shorten them).
        idle_s: how often to look for notices when none is owed.
    """

    def __init__(
        self,
        bot: Bot,
        store: Store,
        *,
        per_second: int = 25,
        retry_after_s: Sequence[float] = RETRY_AFTER_S,
        idle_s: float = IDLE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.bot = bot
        self.store = store
        self.limits = NoticeLimits(per_second, clock=clock)
        self.retry_after_s = tuple(retry_after_s)
        self.idle_s = idle_s
        self._outage_wait = _FIRST_OUTAGE_WAIT_S
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start delivering, in the running event loop."""
        self._task = asyncio.create_task(self._run(), name="factbot-notices")

    async def stop(self, grace: float) -> None:
        """Stop: a send under way finishes and is marked, within ``grace`` seconds; one that
        takes longer (waiting out a 429) is abandoned, its notice still owed."""
        self._stopping.set()
        if self._task is None:
            return
        done, _ = await asyncio.wait({self._task}, timeout=grace)
        if not done:
            log.warning("notice_send_abandoned", grace_s=grace)
            self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        log.info("notices_started", per_second=self.limits.per_second)
        while not self._stopping.is_set():
            try:
                notices = await self.store.pending_notices(limit=_BATCH)
                if not notices:
                    await self._sleep(self.idle_s)
                    continue
                await self._send_batch(notices)
            except StorageError as error:
                # The store is busy or closing: look again in a moment, the notices stay owed.
                log.warning("notices_unreadable", reason=str(error))
                await self._sleep(self.idle_s)
            except Exception:
                # Never a reason to stop delivering: log it, wait, go on.
                log.exception("notices_failed")
                await self._sleep(self.idle_s)
        log.info("notices_stopped")

    async def _send_batch(self, notices: list[Notice]) -> None:
        """Send each notice (one per chat) as soon as its chat and the overall limit allow."""
        waiting = list(notices)
        while waiting and not self._stopping.is_set():
            delays = [self.limits.delay(notice.chat_id) for notice in waiting]
            soonest = min(range(len(waiting)), key=delays.__getitem__)
            if delays[soonest] > self.idle_s:
                # A group at its 20 a minute, a pause: meanwhile others may be owed notices.
                await self._sleep(self.idle_s)
                return
            if delays[soonest] > 0:
                await self._sleep(delays[soonest])
                continue
            await self._deliver(waiting.pop(soonest))

    async def _deliver(self, notice: Notice) -> None:
        try:
            subject = await read_subject(self.store, notice)
            text = render_notice(
                notice,
                words_for(notice.language),
                fact=subject.fact,
                previous=subject.previous,
                countries=subject.countries,
            )
        except StoreUnavailable:
            raise  # the store, not the notice: the loop waits and reads it again
        except Exception as error:
            # A bug or a fact gone: trying again would fail again.
            log.exception("notice_unrenderable", notice_id=notice.id, chat_id=notice.chat_id)
            await self.store.notice_dropped(notice.id, f"cannot be rendered: {error!r}")
            return
        self.limits.start(notice.chat_id)
        try:
            await self.bot.send_message(notice.chat_id, text)
        except TelegramError as error:
            self.limits.finish(notice.chat_id)
            await self._refused(notice, error)
            return
        self.limits.finish(notice.chat_id)
        await self.store.notice_sent(notice.id)
        self._outage_wait = _FIRST_OUTAGE_WAIT_S
        log.debug("notice_sent", notice_id=notice.id, chat_id=notice.chat_id, kind=notice.action)

    async def _refused(self, notice: Notice, error: TelegramError) -> None:
        """What follows an error from Telegram; see the module docstring."""
        chat_id = notice.chat_id
        if isinstance(error, RetryAfter):
            wait = _seconds(error.retry_after)
            self.limits.pause(wait)
            log.warning("notices_paused", reason="flood control (429)", wait_s=wait)
        elif isinstance(error, ChatMigrated):
            await self.store.chat_moved(chat_id, error.new_chat_id)
            log.info("follower_chat_moved", chat_id=chat_id, new_chat_id=error.new_chat_id)
        elif isinstance(error, Forbidden) or (
            isinstance(error, BadRequest) and "chat not found" in error.message.lower()
        ):
            dropped = await self.store.chat_gone(chat_id, error.message)
            log.info("follower_gone", chat_id=chat_id, reason=error.message, dropped=dropped)
        elif isinstance(error, InvalidToken) or (
            isinstance(error, NetworkError) and not isinstance(error, BadRequest)
        ):
            wait = self._outage_wait
            self._outage_wait = min(wait * 2, _LONGEST_OUTAGE_WAIT_S)
            self.limits.pause(wait)
            log.warning("notices_paused", reason=_describe(error), wait_s=wait)
            await self._failed(notice, error, UNREACHABLE_RETRY_AFTER_S)
        else:
            await self._failed(notice, error, self.retry_after_s)

    async def _failed(
        self, notice: Notice, error: TelegramError, schedule: Sequence[float]
    ) -> None:
        """Count a failed attempt: try again after the schedule's next wait, or, when none is
        left, drop the notice."""
        attempt = notice.attempts + 1
        if attempt > len(schedule):
            await self.store.notice_dropped(notice.id, _describe(error))
            log.warning(
                "notice_dropped",
                notice_id=notice.id,
                chat_id=notice.chat_id,
                attempts=attempt,
                error=_describe(error),
            )
            return
        wait = schedule[attempt - 1]
        await self.store.notice_retry(notice.id, after_s=wait)
        log.info(
            "notice_retry_scheduled",
            notice_id=notice.id,
            chat_id=notice.chat_id,
            attempt=attempt,
            retry_in_s=wait,
            error=_describe(error),
        )

    async def _sleep(self, seconds: float) -> None:
        """Wait ``seconds``, or less if the sender is stopped meanwhile."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)


def _seconds(value: int | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _describe(error: TelegramError) -> str:
    # Telegram's description; PTB's messages never hold the token (it is in the URL only).
    return f"{type(error).__name__}: {error.message}"
