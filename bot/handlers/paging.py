"""Long answers as pages with ◀ ▶ buttons: the first page as a reply, the others on request."""

from __future__ import annotations

import secrets
from dataclasses import replace

import structlog
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.answers.pages import Page, answer_page
from bot.context import FactContext
from bot.handlers.languages import reader_words
from bot.paging import NOOP, PageRequest, page_data, parse_page_data

__all__ = ["page_button", "reply_paged"]

log = structlog.get_logger(__name__)

# Long queries kept server-side for their buttons; the oldest are forgotten first.
_TOKENS_KEPT = 1000


def _data(context: FactContext, request: PageRequest) -> str:
    """The button's data; a query too long for it is kept here under a token."""
    data = page_data(request)
    if data is not None:
        return data
    kept = context.bot_data.page_queries
    token = secrets.token_urlsafe(6)
    kept[token] = (request.command, request.query or "")
    while len(kept) > _TOKENS_KEPT:
        del kept[next(iter(kept))]
    data = page_data(replace(request, query=None, token=token))
    assert data is not None  # noqa: S101 - a token, a window and its cursors always fit
    return data


def _keyboard(context: FactContext, page: Page) -> InlineKeyboardMarkup | None:
    if page.counter is None:
        return None
    buttons = []
    if page.back is not None:
        buttons.append(("◀", _data(context, page.back)))
    buttons.append((page.counter, NOOP))
    if page.forward is not None:
        buttons.append(("▶", _data(context, page.forward)))
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in buttons]]
    )


async def reply_paged(update: Update, context: FactContext, command: str, query: str) -> None:
    """Answer ``/command query``: one message, with page buttons when the answer is long."""
    message = update.effective_message
    if message is None:
        return
    words = await reader_words(update, context)
    page = await answer_page(context.bot_data.store, PageRequest(command, query=query), words)
    await message.reply_text(page.text, reply_markup=_keyboard(context, page))


async def page_button(update: Update, context: FactContext) -> None:
    """Shows the page a ◀ or ▶ button asks for, re-reading the store; answers every press."""
    query = update.callback_query
    if query is None:
        return
    request = parse_page_data(query.data or "")
    if request is None:  # the page counter
        await query.answer()
        return
    if request.token is not None:
        command, text = context.bot_data.page_queries.get(request.token, (None, None))
        if command is None or text is None:
            log.info("page_expired")
            words = await reader_words(update, context)
            await query.answer(
                words.say("This list has expired. Send the command again."), show_alert=True
            )
            return
        request = replace(request, command=command, query=text, token=None)
    words = await reader_words(update, context)
    page = await answer_page(context.bot_data.store, request, words)
    await query.answer()
    if isinstance(query.message, Message):
        try:
            await query.message.edit_text(page.text, reply_markup=_keyboard(context, page))
        except BadRequest as error:
            # A second press of the same button before the first one's edit arrived: the
            # message already shows that page.
            if "not modified" not in error.message:
                raise
    log.info("page_shown", command=request.command, window=request.window, part=request.part)
