"""Sending an answer's messages back to the chat a command came from."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Update

__all__ = ["reply_all"]


async def reply_all(update: Update, messages: Sequence[str]) -> None:
    """Send each HTML message in order to the chat (and topic) the command came from."""
    message = update.effective_message
    if message is None:
        return
    for text in messages:
        # Defaults set HTML and no link previews for every message.
        await message.reply_text(text)
