"""Which language a reply is in, and /language, which lets a reader or a group's admins choose.

A chat's choice is kept in the store, so it survives restarts; the handlers read it through a
small in-process cache, written through on every change, so an answer costs no extra query.
"""

from __future__ import annotations

import structlog
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot.context import FactContext
from bot.handlers.chat_admins import may_change_chat
from bot.language.choice import choose_language, language_asked
from bot.language.words import LANGUAGES, Words, words_for
from bot.render.languages import (
    LANGUAGE_DATA,
    render_language_changed,
    render_language_menu,
    render_language_not_known,
    render_language_refused,
)

__all__ = ["choose_language_button", "language_command", "reader_words"]

log = structlog.get_logger(__name__)

# Chats whose choice is remembered in memory; the store holds every one of them.
_CACHED_CHATS = 50_000


def _chat_key(update: Update) -> tuple[int | None, bool]:
    """The chat whose choice counts, and whether it is private. An inline query has no chat:
    the reader's own private chat (its id is the user's) holds their choice."""
    chat = update.effective_chat
    if chat is not None:
        return chat.id, chat.type == ChatType.PRIVATE
    user = update.effective_user
    return (user.id if user else None), True


async def _chosen(context: FactContext, chat_id: int) -> str | None:
    cache = context.bot_data.chat_languages
    if chat_id in cache:
        return cache[chat_id]
    language = await context.bot_data.store.chat_language(chat_id)
    cache[chat_id] = language
    while len(cache) > _CACHED_CHATS:
        del cache[next(iter(cache))]
    return language


async def reader_words(update: Update, context: FactContext) -> Words:
    """The words to answer ``update`` in: the chat's choice, else the reader's client language,
    else English (see ``choose_language``)."""
    chat_id, private = _chat_key(update)
    chosen = await _chosen(context, chat_id) if chat_id is not None else None
    user = update.effective_user
    client = user.language_code if user else None
    return words_for(choose_language(chosen=chosen, client=client, private=private))


def _menu(words: Words) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            ("✓ " if language == words.language else "") + words_for(language).name,
            callback_data=f"{LANGUAGE_DATA}{language}",
        )
        for language in LANGUAGES
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


async def _set(update: Update, context: FactContext, language: str) -> Words:
    chat_id, _private = _chat_key(update)
    user = update.effective_user
    assert chat_id is not None  # noqa: S101 - a message or a button press has a chat
    await context.bot_data.store.set_chat_language(chat_id, language, by=user.id if user else 0)
    context.bot_data.chat_languages[chat_id] = language
    log.info("language_chosen", language=language)
    return words_for(language)


async def language_command(update: Update, context: FactContext) -> None:
    """Shows the languages as buttons, or switches to the one named ("/language uk")."""
    message = update.effective_message
    if message is None:
        return
    words = await reader_words(update, context)
    typed = " ".join(context.args or [])
    if not typed:
        await message.reply_text(render_language_menu(words), reply_markup=_menu(words))
        return
    language = language_asked(typed)
    if language is None:
        await message.reply_text(
            render_language_not_known(typed, words), reply_markup=_menu(words)
        )
        return
    if not await may_change_chat(update, context):
        log.info("language_refused")
        await message.reply_text(render_language_refused(words))
        return
    chosen = await _set(update, context, language)
    await message.reply_text(render_language_changed(chosen))


async def choose_language_button(update: Update, context: FactContext) -> None:
    """A language button pressed: switch, if the presser may, and say so in the new language."""
    query = update.callback_query
    if query is None:
        return
    language = (query.data or "").removeprefix(LANGUAGE_DATA)
    if language not in LANGUAGES:
        await query.answer()
        return
    if not await may_change_chat(update, context):
        words = await reader_words(update, context)
        log.info("language_refused")
        await query.answer(render_language_refused(words), show_alert=True)
        return
    chosen = await _set(update, context, language)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(render_language_changed(chosen), reply_markup=_menu(chosen))
