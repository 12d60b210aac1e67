"""The baseline bot: python-telegram-bot's minimal echo bot, polling the given Bot API.

Usage: python -m benchmarks.echo_bot TOKEN BASE_URL
"""

from __future__ import annotations

import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends the message's text back."""
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def main() -> None:
    token, base_url = sys.argv[1], sys.argv[2]
    application = Application.builder().token(token).base_url(base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    # The defaults, as `factbot run` uses them.
    application.run_polling()


if __name__ == "__main__":
    main()
