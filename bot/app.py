"""build_application(): the python-telegram-bot Application, wired to the fact store."""

from __future__ import annotations

import structlog
from telegram import Bot, BotCommand, BotCommandScopeChat, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, Defaults

from bot.answers import COMMANDS, CURATOR_COMMANDS
from bot.context import CONTEXT_TYPES, BotData
from bot.handlers import register
from bot.settings import Settings
from storage import open_seeded_store

__all__ = ["build_application"]

log = structlog.get_logger(__name__)


async def _set_command_menus(bot: Bot, admin_ids: frozenset[int]) -> None:
    """Everyone's menu lists the read commands; each curator's private chat lists theirs too."""
    readers = [BotCommand(command.name, command.description) for command in COMMANDS]
    curators = readers + [
        BotCommand(command.name, command.description) for command in CURATOR_COMMANDS
    ]
    await bot.set_my_commands(readers)
    for admin_id in sorted(admin_ids):
        try:
            # A private chat's id is the user's id.
            await bot.set_my_commands(curators, scope=BotCommandScopeChat(admin_id))
        except BadRequest as error:
            # Telegram knows no chat with a curator who has not yet started the bot.
            log.warning("curator_menu_not_set", admin_id=admin_id, reason=error.message)


def build_application(settings: Settings) -> Application:  # type: ignore[type-arg]
    """The bot, ready for ``run_polling``: handlers registered, the store opened on start.

    Args:
        settings: the token, the database path (created and seeded on first start), the
            curators' ids and the Bot API's base URLs.

    Raises:
        ValueError: the settings have no token.
    """
    if settings.token is None:
        raise ValueError("FACTBOT_TOKEN is not set")
    db_path = settings.db_path

    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        bot_data: BotData = application.bot_data
        bot_data.store = await open_seeded_store(db_path)
        bot_data.admin_ids = settings.admin_ids
        await _set_command_menus(application.bot, settings.admin_ids)
        log.info("bot_started", username=application.bot.username, db_path=str(db_path))

    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        store = application.bot_data.release_store()
        if store is not None:
            await store.close()
        log.info("bot_stopped")

    application = (
        Application.builder()
        .token(settings.token.get_secret_value())
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_base_file_url)
        .context_types(CONTEXT_TYPES)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    register(application, addfact_timeout=settings.addfact_timeout)
    return application
