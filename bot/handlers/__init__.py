"""register(): the one list of handlers, their groups and their order."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, TypeHandler

from bot.handlers.commands import help_command, start
from bot.handlers.errors import on_error
from bot.handlers.lookup import flows
from bot.logs import bind_update_context

__all__ = ["register"]

# Group -1 runs before every other group: it binds each update's ids for the log lines.
_CONTEXT_GROUP = -1


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add every handler to ``application``."""
    application.add_handler(TypeHandler(Update, bind_update_context), group=_CONTEXT_GROUP)
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("flows", flows))
    application.add_error_handler(on_error)
