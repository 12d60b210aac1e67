"""A curator's conversation lives in the store, not in a process (issue 15, two replicas).

Around each update from a curator, :class:`SessionKeeper` takes the curator's turn (the store's
session lock: their updates, on any replica, are handled one at a time), loads their session,
puts it where the handlers look (``context.user_data`` and each named ConversationHandler's
states), lets the handlers run, and saves what they left. A reader's update costs a set lookup
and nothing else: readers have no conversation.

What a session holds, as JSON::

    {"v": 1,
     "parts": {"<user_data key>": <the part's own JSON>},
     "conversations": {"<conversation name>": {"<chat id>": {"state": 0, "expires": <epoch s>}}}}

Each conversation's timeout is data in its row (``expires``): PTB's timeout job is the alarm,
but a job that fires on replica A after the curator went on on replica B finds a later expiry
in the row and does nothing (:meth:`SessionKeeper.expiring`). A conversation whose expiry
passed with no job to fire it (its replica stopped) is dropped when the session is next loaded.

PTB keeps a ConversationHandler's states in its private ``_conversations`` dict; there is no
public API to set or read them per key. We rely on it here (and on ``timeout_jobs``, public);
tests/unit/test_sessions.py fails if PTB changes either.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog
from telegram import Update
from telegram.ext import Application, ConversationHandler, Job

from storage import StorageError, Store

__all__ = ["SESSION_IDLE", "SessionKeeper", "SessionPart", "timing_out"]

log = structlog.get_logger(__name__)

JSON = Any
# How long a curator's unsaved work (previews, pending edits) waits for them with no update.
SESSION_IDLE = timedelta(days=1)
_VERSION = 1
# A timeout job fires at the expiry it wrote, give or take the event loop's clock.
_TIMER_SLACK_S = 0.05


@dataclass(frozen=True)
class SessionPart:
    """One entry of a curator's ``user_data`` that their session keeps.

    Attributes:
        key: its key in ``user_data``; also the name of its ConversationHandler, if any.
        dump: the value as JSON; None or empty when there is nothing worth keeping.
        load: the value from its JSON and what this process held under the key (which a part
            may reuse rather than rebuild, when it is the same).
        drop_chat: forgets the part's work in a chat whose conversation expired unseen.
    """

    key: str
    dump: Callable[[Any], JSON]
    load: Callable[[JSON, Any], Any]
    drop_chat: Callable[[Any, int], None] | None = None


# (chat id, user id): PTB's ConversationKey for a per-chat, per-user conversation.
_Key = tuple[int | str, ...]


class SessionKeeper:
    """Loads and saves curators' sessions around their updates; see the module docstring."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        store: Store,
        admin_ids: frozenset[int],
        parts: Iterable[SessionPart],
    ) -> None:
        self._application = application
        self._store = store
        self._admin_ids = admin_ids
        self._parts = {part.key: part for part in parts}
        self._conversations: dict[str, ConversationHandler[Any]] = {
            handler.name: handler
            for handlers in application.handlers.values()
            for handler in handlers
            if isinstance(handler, ConversationHandler) and handler.name is not None
        }

    def curator_of(self, update: object) -> int | None:
        """The curator who sent ``update``; None for a reader's (which keeps no session)."""
        if not isinstance(update, Update) or update.effective_user is None:
            return None
        user_id = update.effective_user.id
        return user_id if user_id in self._admin_ids else None

    async def handle(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await ``coroutine`` (the update's handling) within its curator's session, if any."""
        user_id = self.curator_of(update)
        if user_id is None:
            await coroutine
            return
        async with AsyncExitStack() as turn:
            try:
                await turn.enter_async_context(self._store.session_lock(user_id))
                saved = await self._load(user_id)
            except StorageError as error:
                # The curator is still answered, from what this process holds.
                log.warning("session_unavailable", reason=str(error))
                await coroutine
                return
            saved = self._restore_or_forget(user_id, saved)
            jobs = self._jobs(user_id)
            try:
                await coroutine
            finally:
                await self._save(user_id, saved, self._collect(user_id, saved, jobs))

    @asynccontextmanager
    async def expiring(self, update: Update, name: str) -> AsyncIterator[bool]:
        """Whether conversation ``name`` of the update's chat and curator is really over.

        Wraps a conversation's TIMEOUT handler. True: its expiry has passed (in the row, not
        just in this replica's timer); the block runs with the session loaded and the
        conversation is saved as ended. False: it went on elsewhere, or ended; do nothing.
        """
        user = update.effective_user
        chat = update.effective_chat
        if user is None or chat is None or user.id not in self._admin_ids:
            yield True
            return
        async with self._store.session_lock(user.id):
            saved = await self._load(user.id)
            entry = saved["conversations"].get(name, {}).get(str(chat.id))
            due = entry is not None and (
                entry["expires"] is None or entry["expires"] <= time.time() + _TIMER_SLACK_S
            )
            if not due:
                log.info("session_timeout_passed_over", conversation=name)
                yield False
                return
            saved = self._restore_or_forget(user.id, saved, spare=(name, chat.id))
            jobs = self._jobs(user.id)
            try:
                yield True
            finally:
                # PTB ends it in this process once the handler returns; the row ends it now.
                self._conversations[name]._conversations.pop((chat.id, user.id), None)
                await self._save(user.id, saved, self._collect(user.id, saved, jobs))

    async def _load(self, user_id: int) -> dict[str, Any]:
        text = await self._store.load_session(user_id)
        saved = json.loads(text) if text is not None else {}
        if saved.get("v") != _VERSION:
            return _empty()
        return _empty() | saved

    def _restore_or_forget(
        self, user_id: int, saved: dict[str, Any], spare: tuple[str, int] | None = None
    ) -> dict[str, Any]:
        """Restore the session; one this version cannot read is forgotten, not fatal: the
        curator starts afresh rather than have every update of theirs fail."""
        try:
            self._restore(user_id, saved, spare)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            log.warning("session_unreadable", error=type(error).__name__)
            self._restore(user_id, _empty(), spare)
            # Unlike any session the handlers leave, so the next save replaces the row.
            return _empty() | {"unreadable": True}
        return saved

    def _restore(
        self, user_id: int, saved: dict[str, Any], spare: tuple[str, int] | None = None
    ) -> None:
        """Put the session where the handlers look, replacing what this process held."""
        user_data = self._application.user_data[user_id]
        for key, part in self._parts.items():
            if key in saved["parts"]:
                user_data[key] = part.load(saved["parts"][key], user_data.get(key))
            else:
                user_data.pop(key, None)
        now = time.time()
        for name, handler in self._conversations.items():
            states = handler._conversations  # PTB's private dict: see above
            for mine in [key for key in states if _user_of(key) == user_id]:
                del states[mine]
            for chat, entry in saved["conversations"].get(name, {}).items():
                expires = entry["expires"]
                if expires is not None and expires <= now and spare != (name, int(chat)):
                    self._drop_unseen(user_data, name, int(chat))
                    continue
                states[(int(chat), user_id)] = entry["state"]

    def _drop_unseen(self, user_data: dict[Any, Any], name: str, chat: int) -> None:
        """A conversation expired with no timer left to end it (its replica stopped)."""
        log.info("session_conversation_expired", conversation=name)
        part = self._parts.get(name)
        if part is not None and part.drop_chat is not None and name in user_data:
            part.drop_chat(user_data[name], chat)

    def _jobs(self, user_id: int) -> dict[tuple[str, _Key], Job[Any]]:
        """The curator's conversation timers in this process, to see which the update reset."""
        return {
            (name, key): job
            for name, handler in self._conversations.items()
            for key, job in handler.timeout_jobs.items()
            if _user_of(key) == user_id
        }

    def _collect(
        self, user_id: int, saved: dict[str, Any], jobs: dict[tuple[str, _Key], Job[Any]]
    ) -> dict[str, Any]:
        """The session as the handlers left it."""
        user_data = self._application.user_data[user_id]
        parts = {}
        for key, part in self._parts.items():
            if key in user_data and (dumped := part.dump(user_data[key])):
                parts[key] = dumped
        conversations: dict[str, dict[str, Any]] = {}
        for name, handler in self._conversations.items():
            for conversation, state in handler._conversations.items():
                if _user_of(conversation) != user_id or not isinstance(state, int | str):
                    continue
                chat = str(conversation[0])
                job = handler.timeout_jobs.get(conversation)
                expires: float | None
                if job is not None and job is not jobs.get((name, conversation)) and job.next_t:
                    expires = job.next_t.timestamp()  # the handlers reset its timer here
                else:
                    before = saved["conversations"].get(name, {}).get(chat)
                    expires = before["expires"] if before is not None else None
                conversations.setdefault(name, {})[chat] = {"state": state, "expires": expires}
        return {"v": _VERSION, "parts": parts, "conversations": conversations}

    async def _save(self, user_id: int, saved: dict[str, Any], now: dict[str, Any]) -> None:
        """Write the session back if the update changed it (most curator updates do not)."""
        if now == saved:
            return
        try:
            if not now["parts"] and not now["conversations"]:
                await self._store.clear_session(user_id)
                return
            expiries = [
                entry["expires"]
                for chats in now["conversations"].values()
                for entry in chats.values()
                if entry["expires"] is not None
            ]
            idle = datetime.now(UTC) + SESSION_IDLE
            expires_at = max([idle, *(datetime.fromtimestamp(at, UTC) for at in expiries)])
            await self._store.save_session(
                user_id, json.dumps(now, ensure_ascii=False), expires_at=expires_at
            )
        except StorageError as error:
            # This update's step is lost to the other replicas; this one still holds it.
            log.warning("session_not_saved", reason=str(error))


@asynccontextmanager
async def timing_out(
    update: Update, sessions: SessionKeeper | None, name: str
) -> AsyncIterator[bool]:
    """:meth:`SessionKeeper.expiring`, or always True when conversations live in memory."""
    if sessions is None:
        yield True
        return
    async with sessions.expiring(update, name) as due:
        yield due


def _empty() -> dict[str, Any]:
    return {"v": _VERSION, "parts": {}, "conversations": {}}


def _user_of(key: _Key) -> int | str | None:
    return key[1] if len(key) == 2 else None
