"""Inline mode: "@bot kazakhstan" in any chat offers cited facts to send there."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, LinkPreviewOptions, Update
from telegram.constants import ParseMode

from bot.answers.inline import inline_answers
from bot.context import FactContext
from bot.handlers.languages import reader_words

__all__ = ["inline_query"]

# Facts change when curators edit them: let Telegram cache answers only briefly.
_CACHE_SECONDS = 60


async def inline_query(update: Update, context: FactContext) -> None:
    """Offers up to 50 facts matching what the user typed, each sent with its citation."""
    query = update.inline_query
    if query is None:
        return
    # An inline query has no chat: the reader's own choice, else their client's language.
    words = await reader_words(update, context)
    answers = await inline_answers(context.bot_data.store, query.query, words)
    results = [
        InlineQueryResultArticle(
            id=answer.id,
            title=answer.title,
            description=answer.description,
            input_message_content=InputTextMessageContent(
                answer.message,
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        for answer in answers
    ]
    await query.answer(results, cache_time=_CACHE_SECONDS)
