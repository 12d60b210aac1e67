"""Long answers as pages with ◀ ▶ buttons: the first page as a reply, the others on request."""

from __future__ import annotations

import secrets

import structlog
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.answers import paged_answer
from bot.context import FactContext
from bot.handlers.languages import reader_words
from bot.language.words import Words
from bot.paging import NOOP, page_data, parse_page_data, token_data

__all__ = ["page_button", "reply_paged"]

log = structlog.get_logger(__name__)

# Long queries kept server-side for their buttons; the oldest are forgotten first.
_TOKENS_KEPT = 1000


def _data(context: FactContext, page: int, command: str, query: str, token: str | None) -> str:
    data = page_data(page, command, query)
    if data is not None:
        return data
    assert token is not None  # noqa: S101 - _keyboard makes one when the query is long
    return token_data(page, token)


def _keyboard(
    context: FactContext, command: str, query: str, page: int, pages: int, words: Words
) -> InlineKeyboardMarkup:
    token = None
    if page_data(0, command, query) is None:
        kept = context.bot_data.page_queries
        token = secrets.token_urlsafe(6)
        kept[token] = (command, query)
        while len(kept) > _TOKENS_KEPT:
            del kept[next(iter(kept))]
    buttons = []
    if page > 0:
        buttons.append(("◀", _data(context, page - 1, command, query, token)))
    buttons.append(
        (words.say("{page}/{pages}", page=words.number(page + 1), pages=words.number(pages)), NOOP)
    )
    if page < pages - 1:
        buttons.append(("▶", _data(context, page + 1, command, query, token)))
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in buttons]]
    )


async def reply_paged(update: Update, context: FactContext, command: str, query: str) -> None:
    """Answer ``/command query``: one message, with page buttons when the answer is long."""
    message = update.effective_message
    if message is None:
        return
    words = await reader_words(update, context)
    pages = await paged_answer(context.bot_data.store, command, query, words)
    markup = _keyboard(context, command, query, 0, len(pages), words) if len(pages) > 1 else None
    await message.reply_text(pages[0], reply_markup=markup)


async def page_button(update: Update, context: FactContext) -> None:
    """Shows the page a ◀ or ▶ button asks for, re-reading the store; answers every press."""
    query = update.callback_query
    if query is None:
        return
    request = parse_page_data(query.data or "")
    if request is None:  # the page counter
        await query.answer()
        return
    command, text = request.command, request.query
    if request.token is not None:
        command, text = context.bot_data.page_queries.get(request.token, (None, None))
    if command is None or text is None:
        log.info("page_expired")
        words = await reader_words(update, context)
        await query.answer(
            words.say("This list has expired. Send the command again."), show_alert=True
        )
        return
    words = await reader_words(update, context)
    pages = await paged_answer(context.bot_data.store, command, text, words)
    page = min(request.page, len(pages) - 1)
    await query.answer()
    if isinstance(query.message, Message):
        markup = (
            _keyboard(context, command, text, page, len(pages), words) if len(pages) > 1 else None
        )
        await query.message.edit_text(pages[page], reply_markup=markup)
    log.info("page_shown", command=command, page=page, pages=len(pages))
