"""The read commands: /flows, /facts, /timeline, /search, /sources, /source, /fact, /history.

Long answers come as one message with ◀ ▶ page buttons (bot.handlers.paging).
"""

from __future__ import annotations

from telegram import Update

from bot.answers import chart_answer, history_answer
from bot.context import FactContext
from bot.handlers.access import is_curator
from bot.handlers.languages import reader_words
from bot.handlers.paging import reply_paged
from bot.handlers.replies import reply_all

__all__ = [
    "chart",
    "fact",
    "facts",
    "flows",
    "history",
    "search",
    "source",
    "sources",
    "timeline",
]


def _query(context: FactContext) -> str:
    return " ".join(context.args or [])


async def flows(update: Update, context: FactContext) -> None:
    """Shows every flow into and out of a country, each with its source and date."""
    await reply_paged(update, context, "flows", _query(context))


async def facts(update: Update, context: FactContext) -> None:
    """Shows every fact that names a country, grouped by topic, each cited."""
    await reply_paged(update, context, "facts", _query(context))


async def timeline(update: Update, context: FactContext) -> None:
    """Shows a country's facts oldest first, one cited line each."""
    await reply_paged(update, context, "timeline", _query(context))


async def chart(update: Update, context: FactContext) -> None:
    """Sends a chart of a country's flows, its caption citing every plotted figure."""
    words = await reader_words(update, context)
    answer = await chart_answer(context.bot_data.store, _query(context), words)
    message = update.effective_message
    if isinstance(answer, list):
        await reply_all(update, answer)
    elif message is not None:
        await message.reply_photo(answer.png, caption=answer.caption)


async def search(update: Update, context: FactContext) -> None:
    """Finds facts by words in their claims, quotes, sources and countries."""
    await reply_paged(update, context, "search", _query(context))


async def sources(update: Update, context: FactContext) -> None:
    """Lists the sources with how many facts each backs."""
    await reply_paged(update, context, "sources", "")


async def source(update: Update, context: FactContext) -> None:
    """Shows one source and the facts it backs, each cited."""
    await reply_paged(update, context, "source", _query(context))


async def fact(update: Update, context: FactContext) -> None:
    """Shows one fact with its whole citation chain, status and version."""
    await reply_paged(update, context, "fact", _query(context))


async def history(update: Update, context: FactContext) -> None:
    """Lists every version of a fact; curators also see who made each change."""
    answer = await history_answer(
        context.bot_data.store,
        _query(context),
        await reader_words(update, context),
        show_actors=is_curator(update, context),
    )
    await reply_all(update, answer)
