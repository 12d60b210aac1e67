"""register(): the one list of handlers, their groups and their order."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.flood import FloodGate
from bot.handlers.addfact import ADDFACT_SESSION, addfact_conversation
from bot.handlers.admin import editfact, export, import_command, import_document, retract
from bot.handlers.changes import CHANGE_DATA, CHANGES_SESSION, change_button
from bot.handlers.commands import help_command, start
from bot.handlers.errors import on_error
from bot.handlers.flood import flood_guard
from bot.handlers.follows import follow, following, stop_following_button, unfollow
from bot.handlers.ingest import INGEST_SESSION, ingest_conversation
from bot.handlers.inline import inline_query
from bot.handlers.languages import choose_language_button, language_command
from bot.handlers.lookup import (
    chart,
    fact,
    facts,
    flows,
    history,
    search,
    source,
    sources,
    timeline,
)
from bot.handlers.metrics import addmetric, metrics
from bot.handlers.paging import page_button
from bot.handlers.questions import not_text, question, unknown_command
from bot.logs import bind_update_context, log_update_handled

__all__ = ["SESSION_PARTS", "register"]

# What a curator's session keeps of their user_data (bot.sessions): every part a handler
# keeps there, so that it reaches the replica that handles their next update.
SESSION_PARTS = (ADDFACT_SESSION, INGEST_SESSION, CHANGES_SESSION)

# Group -2 runs before every other group: it binds each update's ids for the log lines;
# group -1 stops a flooding user's updates; the last group writes each update's canonical
# line once the handlers are done.
_CONTEXT_GROUP = -2
_FLOOD_GROUP = -1
_CANONICAL_LINE_GROUP = 100

# A document is an import when sent to the bot in private, or captioned /import in a group.
_IMPORT_DOCUMENT = filters.Document.ALL & (
    filters.ChatType.PRIVATE | filters.CaptionRegex(r"^/import(@\w+)?(\s|$)")
)
# New messages only: an edited question is not answered twice.
_NEW = filters.UpdateType.MESSAGE
# What is left once every command, the conversation and imports had their turn.
_UNKNOWN_COMMAND = _NEW & filters.COMMAND
_QUESTION = _NEW & filters.TEXT & ~filters.COMMAND
_NO_TEXT = _NEW & ~filters.TEXT & ~filters.StatusUpdate.ALL


async def _update_handled(_update: Update, _context: object) -> None:
    log_update_handled("ok")


def register(
    application: Application,  # type: ignore[type-arg]
    *,
    addfact_timeout: float,
    flood_gate: FloodGate,
) -> None:
    """Add every handler to ``application``.

    Args:
        application: the bot.
        addfact_timeout: seconds of silence after which a guided /addfact is dropped.
        flood_gate: who may be answered, per user.
    """
    application.add_handler(TypeHandler(Update, bind_update_context), group=_CONTEXT_GROUP)
    application.add_handler(TypeHandler(Update, flood_guard(flood_gate)), group=_FLOOD_GROUP)
    # The conversations come first: while one runs, its states take the curator's messages
    # (an article's document is not an import). /ingest's is first, so that /cancel during a
    # review reaches it; with none under way, /cancel falls through to /addfact's.
    application.add_handler(ingest_conversation(timeout=addfact_timeout))
    application.add_handler(addfact_conversation(timeout=addfact_timeout))
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("flows", flows))
    application.add_handler(CommandHandler("facts", facts))
    application.add_handler(CommandHandler("timeline", timeline))
    application.add_handler(CommandHandler("search", search))
    application.add_handler(CommandHandler("chart", chart))
    application.add_handler(CommandHandler("sources", sources))
    application.add_handler(CommandHandler("source", source))
    application.add_handler(CommandHandler("fact", fact))
    application.add_handler(CommandHandler("history", history))
    application.add_handler(CommandHandler("language", language_command))
    application.add_handler(CommandHandler("follow", follow))
    application.add_handler(CommandHandler("unfollow", unfollow))
    application.add_handler(CommandHandler("following", following))
    application.add_handler(CommandHandler("editfact", editfact))
    application.add_handler(CommandHandler("retract", retract))
    application.add_handler(CommandHandler("metrics", metrics))
    application.add_handler(CommandHandler("addmetric", addmetric))
    application.add_handler(CommandHandler("export", export))
    application.add_handler(CommandHandler("import", import_command))
    application.add_handler(MessageHandler(_IMPORT_DOCUMENT, import_document))
    application.add_handler(MessageHandler(_UNKNOWN_COMMAND, unknown_command))
    application.add_handler(MessageHandler(_QUESTION, question))
    application.add_handler(MessageHandler(_NO_TEXT, not_text))
    application.add_handler(CallbackQueryHandler(page_button, pattern=r"^pg:"))
    application.add_handler(CallbackQueryHandler(choose_language_button, pattern=r"^lang:"))
    application.add_handler(CallbackQueryHandler(stop_following_button, pattern=r"^unf:"))
    application.add_handler(CallbackQueryHandler(change_button, pattern=f"^{CHANGE_DATA}"))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_handler(TypeHandler(Update, _update_handled), group=_CANONICAL_LINE_GROUP)
    application.add_error_handler(on_error)
