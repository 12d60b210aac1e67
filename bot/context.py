"""The typed state handlers share: the fact store, opened and closed by ``bot.runner``."""

from __future__ import annotations

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.sessions import SessionKeeper
from storage import Store

__all__ = ["CONTEXT_TYPES", "BotData", "FactContext"]


class BotData:
    """What every handler can reach through ``context.bot_data``.

    python-telegram-bot creates it with no arguments; ``bot.runner.serve`` fills it in.
    """

    def __init__(self) -> None:
        self._store: Store | None = None
        self.admin_ids: frozenset[int] = frozenset()
        # Page buttons' long queries, by token (see bot.handlers.paging).
        self.page_queries: dict[str, tuple[str, str]] = {}
        # Each chat's /language choice (None: it never chose), oldest read first; the store
        # holds them all (see bot.handlers.languages).
        self.chat_languages: dict[int, str | None] = {}
        # Curators' conversations in the store (bot.sessions); None: in this process only.
        self.sessions: SessionKeeper | None = None

    @property
    def store(self) -> Store:
        """The open fact store."""
        if self._store is None:
            raise RuntimeError("the fact store is used before bot.runner opened it")
        return self._store

    @store.setter
    def store(self, store: Store) -> None:
        self._store = store

    def release_store(self) -> Store | None:
        """Hand over the store for closing, leaving none behind."""
        store, self._store = self._store, None
        return store


FactContext = CallbackContext[ExtBot[None], dict[object, object], dict[object, object], BotData]

CONTEXT_TYPES = ContextTypes(
    context=CallbackContext, bot_data=BotData, chat_data=dict, user_data=dict
)
