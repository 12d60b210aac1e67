"""The baseline bot: python-telegram-bot's minimal echo bot, polling the given Bot API.

Usage: python -m benchmarks.echo_bot TOKEN BASE_URL [REPLY_JSON]

With REPLY_JSON (``{"text": HTML, "reply_markup": Bot API JSON or null}``) it answers every
message with that reply, as factbot answers /flows: the same bytes to Telegram, the same HTML
parse mode, no link preview, so the comparison is of the work before the reply, not its size.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends the message's text back."""
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def _replying(text: str, markup: InlineKeyboardMarkup | None):  # type: ignore[no-untyped-def]
    async def reply(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """Sends the fixed reply."""
        if update.message and update.message.text:
            await update.message.reply_text(
                text,
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                reply_markup=markup,
            )

    return reply


def main() -> None:
    token, base_url = sys.argv[1], sys.argv[2]
    application = Application.builder().token(token).base_url(base_url).build()
    if len(sys.argv) > 3:
        reply = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
        markup = reply["reply_markup"]
        keyboard = InlineKeyboardMarkup.de_json(markup, None) if markup else None
        application.add_handler(MessageHandler(filters.TEXT, _replying(reply["text"], keyboard)))
    else:
        application.add_handler(MessageHandler(filters.TEXT, echo))
    # The defaults, as `factbot run` uses them.
    application.run_polling()


if __name__ == "__main__":
    main()
