"""Which answer a message gets: the same code for Telegram's page buttons and ``factbot ask``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.answers.catalog import COMMANDS, help_answer, start_answer
from bot.answers.country import facts_answer, flows_answer, timeline_answer
from bot.answers.lookup import (
    fact_answer,
    history_answer,
    search_answer,
    source_answer,
    sources_answer,
)
from storage import FactStore

__all__ = ["answer_text", "paged_answer"]

_Answerer = Callable[[FactStore, str], Awaitable[list[str]]]


async def _start(_store: FactStore, _args: str) -> list[str]:
    return start_answer()


async def _help(_store: FactStore, _args: str) -> list[str]:
    return help_answer()


async def _history(store: FactStore, args: str) -> list[str]:
    # On the operator's own terminal, who changed what is not private.
    return await history_answer(store, args, show_actors=True)


_ANSWERERS: dict[str, _Answerer] = {
    "flows": flows_answer,
    "facts": facts_answer,
    "timeline": timeline_answer,
    "search": search_answer,
    "sources": sources_answer,
    "source": source_answer,
    "fact": fact_answer,
    "history": _history,
    "help": _help,
    "start": _start,
}


# The commands whose long answers are paged with buttons; each re-runs from its query alone.
_PAGED: dict[str, _Answerer] = {
    name: _ANSWERERS[name]
    for name in ("flows", "facts", "timeline", "search", "sources", "source", "fact")
}


async def paged_answer(store: FactStore, command: str, query: str) -> list[str]:
    """The pages of a read command's answer, for the first reply and for its page buttons.

    Raises:
        KeyError: ``command`` is not a paged command.
    """
    return await _PAGED[command](store, query)


async def answer_text(store: FactStore, text: str) -> list[str]:
    """Answer a message as the bot would: "/flows kazakhstan", "/flows@FactBot kz", "/help"."""
    command, _, args = text.strip().partition(" ")
    name = command.removeprefix("/").partition("@")[0].lower()
    answerer = _ANSWERERS.get(name) if command.startswith("/") else None
    if answerer is None:
        known = ", ".join(f"/{command.name}" for command in COMMANDS)
        return [f"Send a command: {known}. For example <code>/flows kazakhstan</code>."]
    return await answerer(store, args)
