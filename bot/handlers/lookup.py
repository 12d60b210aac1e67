"""/flows, /fact, /history: the read commands."""

from __future__ import annotations

from telegram import Update

from bot.answers import (
    fact_answer,
    facts_answer,
    flows_answer,
    history_answer,
    search_answer,
    source_answer,
    sources_answer,
    timeline_answer,
)
from bot.context import FactContext
from bot.handlers.access import is_curator
from bot.handlers.replies import reply_all

__all__ = ["fact", "facts", "flows", "history", "search", "source", "sources", "timeline"]


def _query(context: FactContext) -> str:
    return " ".join(context.args or [])


async def flows(update: Update, context: FactContext) -> None:
    """Shows every flow into and out of a country, each with its source and date."""
    await reply_all(update, await flows_answer(context.bot_data.store, _query(context)))


async def facts(update: Update, context: FactContext) -> None:
    """Shows every fact that names a country, grouped by topic, each cited."""
    await reply_all(update, await facts_answer(context.bot_data.store, _query(context)))


async def timeline(update: Update, context: FactContext) -> None:
    """Shows a country's facts oldest first, one cited line each."""
    await reply_all(update, await timeline_answer(context.bot_data.store, _query(context)))


async def search(update: Update, context: FactContext) -> None:
    """Finds facts by words in their claims, quotes, sources and countries."""
    await reply_all(update, await search_answer(context.bot_data.store, _query(context)))


async def sources(update: Update, context: FactContext) -> None:
    """Lists the sources with how many facts each backs."""
    await reply_all(update, await sources_answer(context.bot_data.store))


async def source(update: Update, context: FactContext) -> None:
    """Shows one source and the facts it backs, each cited."""
    await reply_all(update, await source_answer(context.bot_data.store, _query(context)))


async def fact(update: Update, context: FactContext) -> None:
    """Shows one fact with its whole citation chain, status and version."""
    await reply_all(update, await fact_answer(context.bot_data.store, _query(context)))


async def history(update: Update, context: FactContext) -> None:
    """Lists every version of a fact; curators also see who made each change."""
    answer = await history_answer(
        context.bot_data.store, _query(context), show_actors=is_curator(update, context)
    )
    await reply_all(update, answer)
