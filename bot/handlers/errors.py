"""The error handler: log what went wrong, then apologise without details."""

from __future__ import annotations

import structlog
from telegram import Update
from telegram.error import TelegramError

from bot.context import FactContext

__all__ = ["on_error"]

log = structlog.get_logger(__name__)

APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment."


async def on_error(update: object, context: FactContext) -> None:
    """Logs the exception with its traceback, then apologises in the chat it came from."""
    log.error("update_failed", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            # An unanswered button keeps spinning on the user's screen.
            await update.callback_query.answer(APOLOGY, show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(APOLOGY)
    except TelegramError:
        # The apology itself failed (Telegram down, chat gone): the log line above is all.
        log.warning("apology_not_sent", exc_info=True)
