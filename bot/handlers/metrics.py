"""/metrics and /addmetric: the vocabulary of what facts are about, and curators extending it."""

from __future__ import annotations

import structlog
from telegram import Update

from bot.answers import answer_text
from bot.context import FactContext
from bot.curation.fieldargs import FieldArgsError, command_arguments, parse_field_args
from bot.handlers.access import actor, curators_only
from bot.handlers.languages import reader_words
from bot.render.metrics import render_metric
from bot.render.reports import error_text, phrase_text, render_field_errors
from storage import InvalidFact, RowInvalid
from storage.metric_rows import kind_from_fields

__all__ = ["addmetric", "metrics"]

log = structlog.get_logger(__name__)


async def _say(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


async def metrics(update: Update, context: FactContext) -> None:
    """Lists every metric a fact can be about, with its label and direction."""
    words = await reader_words(update, context)
    (text,) = await answer_text(context.bot_data.store, "/metrics", words)
    await _say(update, text)


@curators_only
async def addmetric(update: Update, context: FactContext) -> None:
    """Adds a metric to the vocabulary, or corrects the labels of one."""
    words = await reader_words(update, context)
    message = update.effective_message
    arguments = command_arguments(message.text if message else None)
    try:
        kind = kind_from_fields(parse_field_args(arguments))
        await context.bot_data.store.put_metric(kind, by=actor(update))
    except FieldArgsError as error:
        intro = words.say("Not added: {reason}.", reason=phrase_text(error.phrase, words))
        await _say(update, render_field_errors(intro, [], words))
        return
    except RowInvalid as error:
        await _say(update, render_field_errors(words.say("Not added:"), error.errors, words))
        return
    except InvalidFact as error:
        intro = words.say("Not added: {reason}.", reason=error_text(error, words))
        await _say(update, render_field_errors(intro, [], words))
        return
    log.info("metric_put", metric=kind.name)
    await _say(update, words.say("Saved: {metric}", metric=render_metric(kind, words)))
