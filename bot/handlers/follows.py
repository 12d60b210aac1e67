"""/follow, /unfollow and /following: which countries' new facts, corrections and retractions
a chat is sent (the sender, ``bot.notices``, delivers them).

Anyone changes what their private chat follows; in a group only its Telegram admins do,
anyone may look. The countries are kept by the store with the chat's language.
"""

from __future__ import annotations

import structlog
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.answers.country import country_or_reply
from bot.context import FactContext
from bot.handlers.chat_admins import may_change_chat
from bot.handlers.languages import reader_words
from bot.handlers.replies import reply_all
from bot.language.words import Words
from bot.render.follows import (
    by_name,
    render_already_following,
    render_followed,
    render_following,
    render_follows_refused,
    render_not_following,
    render_unfollowed,
    stop_label,
    unfollow_data,
    unfollowed_country,
)
from bot.render.formatting import html_to_text

__all__ = ["follow", "following", "stop_following_button", "unfollow"]

log = structlog.get_logger(__name__)


def _group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type != ChatType.PRIVATE


def _keyboard(codes: list[str], words: Words) -> InlineKeyboardMarkup | None:
    if not codes:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(stop_label(code, words), callback_data=unfollow_data(code))]
            for code in by_name(codes, words)
        ]
    )


async def _country(update: Update, context: FactContext, command: str) -> str | None:
    """The code of the country the command names, after refusing a group's non-admin; None
    once the chat has been told why there is none."""
    words = await reader_words(update, context)
    found = country_or_reply(" ".join(context.args or []), command, words)
    if isinstance(found, list):
        await reply_all(update, found)
        return None
    if not await may_change_chat(update, context):
        log.info("follows_refused", command=command)
        await reply_all(update, [render_follows_refused(words)])
        return None
    return found.code


async def follow(update: Update, context: FactContext) -> None:
    """Follows a country: its new facts, corrections and retractions are sent to this chat."""
    chat, user = update.effective_chat, update.effective_user
    code = await _country(update, context, "follow")
    if code is None or chat is None:
        return
    words = await reader_words(update, context)
    added = await context.bot_data.store.follow(
        chat.id, [code], kind=chat.type, language=words.language, by=user.id if user else 0
    )
    log.info("country_followed", country=code, added=bool(added))
    render = render_followed if added else render_already_following
    await reply_all(update, [render(code, words, group=_group(update))])


async def unfollow(update: Update, context: FactContext) -> None:
    """Stops following a country: nothing more on it is sent to this chat."""
    chat = update.effective_chat
    code = await _country(update, context, "unfollow")
    if code is None or chat is None:
        return
    words = await reader_words(update, context)
    removed = await context.bot_data.store.unfollow(chat.id, [code])
    log.info("country_unfollowed", country=code, removed=bool(removed))
    render = render_unfollowed if removed else render_not_following
    await reply_all(update, [render(code, words, group=_group(update))])


async def following(update: Update, context: FactContext) -> None:
    """Lists the countries this chat follows, each with a button to stop following it."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None:
        return
    words = await reader_words(update, context)
    codes = await context.bot_data.store.followed_by(chat.id)
    await message.reply_text(
        render_following(codes, words, group=_group(update)), reply_markup=_keyboard(codes, words)
    )


async def stop_following_button(update: Update, context: FactContext) -> None:
    """A stop button pressed: stop following its country, if the presser may, and show the
    list as it is now."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    code = unfollowed_country(query.data or "")
    words = await reader_words(update, context)
    if code is None:
        await query.answer()
        return
    if not await may_change_chat(update, context):
        log.info("follows_refused", command="stop_button")
        await query.answer(render_follows_refused(words), show_alert=True)
        return
    group = _group(update)
    removed = await context.bot_data.store.unfollow(chat.id, [code])
    log.info("country_unfollowed", country=code, removed=bool(removed))
    render = render_unfollowed if removed else render_not_following
    # A button's notice is plain text.
    await query.answer(html_to_text(render(code, words, group=group)))
    if not removed or not isinstance(query.message, Message):
        return  # an old button pressed again: the list showed it already gone
    codes = await context.bot_data.store.followed_by(chat.id)
    try:
        await query.message.edit_text(
            render_following(codes, words, group=group), reply_markup=_keyboard(codes, words)
        )
    except BadRequest as error:
        # Two presses before the first one's edit arrived: the list already shows it.
        if "not modified" not in error.message:
            raise
