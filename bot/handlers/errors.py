"""The error handler: log what went wrong, then apologise without details.

A write the store could not make gets its own reply, so a curator knows nothing was saved.
"""

from __future__ import annotations

import structlog
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.context import FactContext
from bot.handlers.languages import reader_words
from bot.language.words import N_, Words, words_for
from bot.logs import log_update_handled
from storage import StorageError, WriteFailed, WriteStopped

__all__ = ["APOLOGY", "WRITE_FAILED", "WRITE_STOPPED", "on_error"]

log = structlog.get_logger(__name__)

APOLOGY = N_("Sorry, something went wrong while answering. Please try again in a moment.")
# Whatever SQLite said (read-only file, disk full, lock held too long) stays in the log.
WRITE_FAILED = N_(
    "Nothing was saved: the fact store cannot be written to right now. Please try again later."
)
WRITE_STOPPED = N_("Nothing was saved: the bot is restarting. Please send it again in a minute.")


async def _words(update: Update, context: FactContext) -> Words:
    try:
        return await reader_words(update, context)
    except (StorageError, RuntimeError):
        # The store that failed may be the one that holds the chat's language.
        return words_for("en")


async def on_error(update: object, context: FactContext) -> None:
    """Logs the exception with its traceback, then apologises in the chat it came from."""
    if not isinstance(update, Update):
        log.error("bot_error", exc_info=context.error)
        return
    log_update_handled("error", exc_info=context.error)
    if isinstance(context.error, WriteStopped):
        reply = WRITE_STOPPED
    elif isinstance(context.error, WriteFailed):
        reply = WRITE_FAILED
    else:
        reply = APOLOGY
    reply = (await _words(update, context)).say(reply)
    try:
        if update.callback_query is not None:
            # An unanswered button keeps spinning on the user's screen.
            await update.callback_query.answer(reply, show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(reply)
    except TelegramError:
        # The apology itself failed (Telegram down, chat gone): the log line above is all.
        log.warning("apology_not_sent", exc_info=True)
    # The update's canonical line is written: the last group must not write another.
    raise ApplicationHandlerStop
