"""build_application(): the python-telegram-bot Application with its handlers and limits."""

from __future__ import annotations

import os

import structlog
from telegram import Bot, BotCommand, BotCommandScopeChat, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import AIORateLimiter, Application, Defaults

from bot.answers import COMMANDS, CURATOR_COMMANDS, Command
from bot.answers.catalog import (
    command_description,
    render_description,
    render_short_description,
)
from bot.context import CONTEXT_TYPES
from bot.flood import FloodGate
from bot.handlers import register
from bot.language.words import DEFAULT_LANGUAGE, LANGUAGES, Words, words_for
from bot.polling import PollingWatch, WatchedRequest
from bot.settings import Settings
from bot.updates import PerChatUpdateProcessor

__all__ = ["build_application", "set_command_menus"]

log = structlog.get_logger(__name__)

# How often a message Telegram answered with 429 (flood control) is sent again, each time
# after the wait Telegram asks for.
_FLOOD_RETRIES = 5

# Updates handled at once (each chat's still one after another). Handling is mostly CPU: more
# would only grow httpx's connection pool, which every request scans.
_CONCURRENT_UPDATES = 16


def _menu(commands: tuple[Command, ...], words: Words) -> list[BotCommand]:
    return [BotCommand(command.name, command_description(command, words)) for command in commands]


async def set_command_menus(bot: Bot, admin_ids: frozenset[int]) -> None:
    """Everyone's menu lists the read commands, and each curator's private chat lists theirs
    too, in each of our languages: Telegram shows a client the menu and the bot's description
    for its language (English for any other), so a reader sees them before choosing one."""
    for language in LANGUAGES:
        words = words_for(language)
        # The English menu is also every other language's: no language code.
        code = None if language == DEFAULT_LANGUAGE else language
        readers = _menu(COMMANDS, words)
        await bot.set_my_commands(readers, language_code=code)
        await bot.set_my_description(render_description(words), language_code=code)
        await bot.set_my_short_description(render_short_description(words), language_code=code)
        curators = readers + _menu(CURATOR_COMMANDS, words)
        for admin_id in sorted(admin_ids):
            try:
                # A private chat's id is the user's id.
                await bot.set_my_commands(
                    curators, scope=BotCommandScopeChat(admin_id), language_code=code
                )
            except BadRequest as error:
                # Telegram knows no chat with a curator who has not yet started the bot.
                log.warning("curator_menu_not_set", admin_id=admin_id, reason=error.message)


def build_application(
    settings: Settings, polling_watch: PollingWatch | None = None
) -> Application:  # type: ignore[type-arg]
    """The bot with its handlers, HTML defaults and rate limits; ``bot.runner`` runs it.

    Outgoing requests go through python-telegram-bot's AIORateLimiter, which keeps within
    Telegram's limits and waits out a 429's retry_after; incoming updates pass a per-user
    flood gate, and are handled concurrently across chats, in order within each.

    Args:
        settings: the token, the Bot API's base URLs, the flood limits.
        polling_watch: told how each getUpdates ended (see ``bot.polling``).

    Raises:
        ValueError: the settings have no token.
    """
    if settings.token is None:
        raise ValueError("FACTBOT_TOKEN is not set")
    # Opt in now to python-telegram-bot's coming timedelta durations (RetryAfter.retry_after);
    # without it, every 429 warns that the float form is deprecated.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    builder = Application.builder()
    if polling_watch is not None:
        builder = builder.get_updates_request(WatchedRequest(polling_watch))
    application = (
        builder.token(settings.token.get_secret_value())
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_base_file_url)
        .context_types(CONTEXT_TYPES)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.send_rate,
                overall_time_period=1,
                max_retries=_FLOOD_RETRIES,
            )
        )
        .concurrent_updates(PerChatUpdateProcessor(_CONCURRENT_UPDATES))
        .build()
    )
    flood_gate = FloodGate(
        limit=settings.flood_limit, window=settings.flood_window, pause=settings.flood_pause
    )
    register(application, addfact_timeout=settings.addfact_timeout, flood_gate=flood_gate)
    return application
