"""Updates from different chats are handled at once; those from one chat, in the order sent.

python-telegram-bot handles one update at a time by default, so a curator's import held up
every reader for its whole length. Its concurrent mode would reorder a chat's messages, which
a guided /addfact (a ConversationHandler) cannot bear. This processor takes the middle way.

A curator's update is also handled within their session (bot.sessions), once ``sessions`` is
set: their conversation is loaded from the store before it and saved after it.

In webhook mode (``claims`` set), an update is handled only if the store says no process took
it before: one update can be posted twice (Telegram posting again when its post got no answer,
a proxy passing a post whose connection dropped on to the other replica), and the first to
claim it answers it.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.sessions import SessionKeeper
from storage import StorageError

__all__ = ["PerChatUpdateProcessor", "chat_key"]

log = structlog.get_logger(__name__)


def chat_key(update: object) -> int | None:
    """What orders an update: its chat, else its user (inline queries have no chat)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Runs up to ``max_concurrent_updates`` updates at once, one at a time per chat.

    Each chat's updates wait on that chat's lock, which asyncio hands over first come, first
    served, so they are handled in the order they arrived.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        # How many updates hold or wait for each chat's lock: a lock nobody needs is dropped.
        self._users: dict[int, int] = {}
        # Set once the store is open (bot.runner); until then, conversations live in memory.
        self.sessions: SessionKeeper | None = None
        # Set in webhook mode (bot.runner): the store's claim on an update's id.
        self.claims: Callable[[int], Awaitable[bool]] | None = None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await ``coroutine`` once every earlier update of the same chat is done."""
        if not await self._first_claim(update):
            if inspect.iscoroutine(coroutine):
                coroutine.close()
            return
        if self.sessions is not None:
            coroutine = self.sessions.handle(update, coroutine)
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def _first_claim(self, update: object) -> bool:
        """Whether this process is the first to take ``update`` (always, unless ``claims``)."""
        if self.claims is None or not isinstance(update, Update):
            return True
        try:
            first = await self.claims(update.update_id)
        except StorageError as error:
            # Better answered twice than not at all.
            log.warning("update_claim_failed", reason=str(error))
            return True
        if not first:
            log.info("update_taken_before", update_id=update.update_id)
        return first

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: the locks go with the updates."""
