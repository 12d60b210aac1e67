"""Who may change facts: the curators named in FACTBOT_ADMIN_IDS, checked in code on every write.

Command menus only hide the curators' commands; this check is what keeps others out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import structlog
from telegram import Update
from telegram.ext import ConversationHandler

from bot.context import FactContext
from bot.handlers.languages import reader_words
from bot.language.words import N_

__all__ = ["REFUSAL", "actor", "curators_only", "curators_step", "is_curator"]

log = structlog.get_logger(__name__)

# A message id: said with the reader's ``words.say(REFUSAL)``.
REFUSAL = N_("Only curators can change facts.")

_Result = TypeVar("_Result")
_Handler = Callable[[Update, FactContext], Coroutine[Any, Any, _Result]]


def is_curator(update: Update, context: FactContext) -> bool:
    """Whether the update comes from a user listed in FACTBOT_ADMIN_IDS."""
    user = update.effective_user
    return user is not None and user.id in context.bot_data.admin_ids


def actor(update: Update) -> str:
    """How the audit log names the user behind an update."""
    user = update.effective_user
    return f"telegram:{user.id}" if user else "telegram:unknown"


def curators_only(handler: _Handler[_Result]) -> _Handler[_Result | None]:
    """Run ``handler`` for curators; tell anyone else no, log the attempt, change nothing."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: FactContext) -> _Result | None:
        if is_curator(update, context):
            return await handler(update, context)
        user = update.effective_user
        log.warning("write_refused", user_id=user.id if user else None, handler=handler.__name__)
        words = await reader_words(update, context)
        if update.callback_query is not None:
            await update.callback_query.answer(words.say(REFUSAL), show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(words.say(REFUSAL))
        return None

    return guarded


_Step = Callable[[Update, FactContext], Coroutine[Any, Any, int]]


def curators_step(handler: _Step) -> _Step:
    """A conversation's step for curators only: a refusal starts nothing, and returning END
    also keeps PTB from scheduling a timeout for it."""
    guarded = curators_only(handler)

    @functools.wraps(handler)
    async def step(update: Update, context: FactContext) -> int:
        state = await guarded(update, context)
        return ConversationHandler.END if state is None else state

    return step
