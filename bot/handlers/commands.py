"""/start and /help."""

from __future__ import annotations

from telegram import Update

from bot.answers import help_answer, start_answer
from bot.context import FactContext
from bot.handlers.access import is_curator
from bot.handlers.languages import reader_words
from bot.handlers.replies import reply_all

__all__ = ["help_command", "start"]


async def start(update: Update, context: FactContext) -> None:
    """Greets the user and says what the bot is for."""
    await reply_all(update, start_answer(await reader_words(update, context)))


async def help_command(update: Update, context: FactContext) -> None:
    """Lists every command with an example; curators also see theirs."""
    words = await reader_words(update, context)
    await reply_all(update, help_answer(words, curator=is_curator(update, context)))
