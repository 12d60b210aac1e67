"""Messages that are not known commands: questions in the reader's own words, unknown and
mistyped commands, and messages with no text (stickers, photos, emoji-only chat).

In a private chat every message gets a reply. In a group the bot speaks when spoken to: a
question that mentions it or replies to one of its messages, a command addressed to it.
"""

from __future__ import annotations

import re
from typing import NoReturn

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from bot.answers.catalog import unknown_command_answer
from bot.answers.dispatch import QUESTION
from bot.context import FactContext
from bot.handlers.access import is_curator
from bot.handlers.languages import reader_words
from bot.handlers.paging import reply_paged
from bot.handlers.replies import reply_all
from bot.logs import log_update_handled
from bot.render.questions import render_pointer

__all__ = ["not_text", "question", "unknown_command"]


def _ignore() -> NoReturn:
    """Leave group chatter alone, with its one log line (the last group must not write it)."""
    log_update_handled("ignored")
    raise ApplicationHandlerStop


def _private(message: Message) -> bool:
    return message.chat.type == ChatType.PRIVATE


def _replies_to_bot(message: Message, context: FactContext) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == context.bot.id)


def _without_mention(message: Message, context: FactContext) -> str | None:
    """The message's text with the bot's mention taken out; None if it does not mention it.

    "@FactBot" is matched in the text itself; a mention by name, with no username in the
    text, comes only as an entity naming the bot's user.
    """
    text = message.text or message.caption or ""
    entities = message.parse_entities() if message.text else message.parse_caption_entities()
    named = [
        value
        for entity, value in entities.items()
        if entity.type == MessageEntity.TEXT_MENTION
        and entity.user is not None
        and entity.user.id == context.bot.id
    ]
    for value in named:
        text = text.replace(value, " ")
    found = 0
    if context.bot.username:
        pattern = re.compile(rf"@{re.escape(context.bot.username)}\b", re.IGNORECASE)
        text, found = pattern.subn(" ", text)
    return text if named or found else None


def _addressed_text(message: Message, context: FactContext) -> str | None:
    """What to answer: all of it in private; in a group, only what is said to the bot."""
    text = message.text or message.caption or ""
    if _private(message):
        return text
    stripped = _without_mention(message, context)
    if stripped is not None:
        return stripped
    return text if _replies_to_bot(message, context) else None


async def question(update: Update, context: FactContext) -> None:
    """Answers a question in the reader's words with cited facts, or says how to ask."""
    message = update.effective_message
    if message is None:
        return
    text = _addressed_text(message, context)
    if text is None:
        _ignore()
    if not text.strip():
        await reply_all(
            update, [render_pointer(await reader_words(update, context), greeting=False)]
        )
        return
    await reply_paged(update, context, QUESTION, " ".join(text.split()))


async def unknown_command(update: Update, context: FactContext) -> None:
    """Says the command is unknown, offers the nearest one, and points at /help."""
    message = update.effective_message
    if message is None or not message.text:
        return
    typed = message.text.split(maxsplit=1)[0]
    addressed_here = (
        "@" in typed
        and typed.partition("@")[2].casefold() == (context.bot.username or "").casefold()
    )
    if not (_private(message) or addressed_here or _replies_to_bot(message, context)):
        _ignore()
    words = await reader_words(update, context)
    await reply_all(
        update, unknown_command_answer(typed, words, curator=is_curator(update, context))
    )


async def not_text(update: Update, context: FactContext) -> None:
    """A sticker, photo or other message with no question in it: how to ask."""
    message = update.effective_message
    if message is None:
        return
    if message.caption and _addressed_text(message, context):
        await question(update, context)
        return
    if not (_private(message) or _replies_to_bot(message, context)):
        _ignore()
    await reply_all(update, [render_pointer(await reader_words(update, context), greeting=False)])
