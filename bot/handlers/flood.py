"""The flood guard: runs before every handler and stops a user's updates while they flood."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import structlog
from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import FactContext
from bot.flood import FloodGate, Verdict
from bot.handlers.languages import reader_words
from bot.language.words import Words
from bot.logs import log_update_handled
from bot.paging import PAGE_PREFIX

__all__ = ["flood_guard", "slow_down_text"]

log = structlog.get_logger(__name__)


def slow_down_text(pause: float, words: Words) -> str:
    """What a flooding user is told, once."""
    seconds = round(pause)
    return words.plural(
        "You are sending messages faster than I can answer everyone. "
        "I will answer you again in {count} second.",
        "You are sending messages faster than I can answer everyone. "
        "I will answer you again in {count} seconds.",
        seconds,
    )


def flood_guard(gate: FloodGate) -> Callable[[Update, FactContext], Coroutine[Any, Any, None]]:
    """A handler that lets an update through, or answers "slow down" once and drops the rest."""

    async def guard(update: Update, context: FactContext) -> None:
        user = update.effective_user
        # Curators are trusted, and a guided /addfact is a quick run of answers and buttons.
        if user is None or user.id in context.bot_data.admin_ids:
            return
        # Paging through a long answer is a run of presses on one message, each edited in
        # place and read by a bounded walk: a reader going through 200 flows must not be
        # told to slow down halfway. Commands, questions and other buttons are counted.
        press = update.callback_query
        if press is not None and (press.data or "").startswith(PAGE_PREFIX):
            return
        verdict = gate.check(user.id)
        if verdict is Verdict.ANSWER:
            return
        if verdict is Verdict.WARN:
            log.warning("user_throttled", pause_s=gate.pause)
            text = slow_down_text(gate.pause, await reader_words(update, context))
            if update.callback_query is not None:
                await update.callback_query.answer(text, show_alert=True)
            elif update.effective_message is not None:
                await update.effective_message.reply_text(text)
            log_update_handled("throttled")
        else:
            log_update_handled("ignored")
        raise ApplicationHandlerStop

    return guard
