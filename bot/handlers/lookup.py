"""/flows and the other read commands."""

from __future__ import annotations

from telegram import Update

from bot.answers import flows_answer
from bot.context import FactContext
from bot.handlers.replies import reply_all

__all__ = ["flows"]


async def flows(update: Update, context: FactContext) -> None:
    """Shows every flow into and out of a country, each with its source and date."""
    query = " ".join(context.args or [])
    await reply_all(update, await flows_answer(context.bot_data.store, query))
