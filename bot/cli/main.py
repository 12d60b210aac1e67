"""The ``factbot`` command: thin shells over the library, and the only place Settings is built.

factbot run                               serve Telegram users (long polling or webhook)
factbot ask "/flows kazakhstan"           answer one command on stdout, as the bot would; no token
factbot ask --lang uk "/flows kazakhstan"  the same, in Ukrainian (en, ru, uk, kk)
factbot import FILE                       store a CSV or JSON file of facts, all or nothing
factbot export [--all] [--output FILE]    write the facts as CSV or JSON, as import reads them
factbot facts retract ID --reason TEXT    hide a fact from answers, keeping it
factbot backup PATH                       a checked copy of the store, while the bot runs
factbot followers                         how many chats follow each country; notices owed
factbot migrate-to postgresql://…         copy the SQLite store into an empty PostgreSQL one

The curators' commands (import, export, facts) are in ``bot.cli.curation``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Sequence

import structlog
from pydantic import ValidationError

from bot.cli.exits import EXIT_FAILURE, EXIT_USAGE
from bot.language.words import LANGUAGES
from bot.settings import Settings, describe_errors

__all__ = ["main"]

log = structlog.get_logger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factbot",
        description="A Telegram bot that answers questions about news facts, with sources.",
        epilog="Settings come from FACTBOT_* environment variables or a .env file.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "run",
        help="serve Telegram users (needs FACTBOT_TOKEN)",
        description="Serve Telegram users, by long polling or, with FACTBOT_MODE=webhook, as "
        "a web server Telegram posts updates to. Needs FACTBOT_TOKEN. Stops cleanly on "
        "SIGTERM or SIGINT.",
    )
    ask = commands.add_parser(
        "ask",
        help="answer one command as the bot would, as plain text",
        description="Answer one command as the bot would, as plain text, from the same store. "
        'Example: factbot ask "/flows kazakhstan"',
    )
    ask.add_argument("text", help='the message to answer, e.g. "/flows kazakhstan"')
    ask.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="the language to answer in (default: English)",
    )
    health = commands.add_parser(
        "healthcheck",
        help="exit 0 when the store is usable and the running bot receives updates, else "
        "say why and exit 1",
        description="Exit 0 only when the database at FACTBOT_DB_PATH exists, opens, has the "
        "current schema and passes PRAGMA quick_check, and the running bot receives updates: "
        "in polling mode, Telegram answered its getUpdates within FACTBOT_HEARTBEAT_MAX_AGE "
        "seconds (its heartbeat file, FACTBOT_HEARTBEAT_PATH, says when); with "
        "FACTBOT_MODE=webhook, its web server answers. Otherwise print one line saying why and "
        "exit 1. It never creates or changes the database. Example: factbot healthcheck",
    )
    health.add_argument(
        "--store-only",
        action="store_true",
        help="check only the database (a backup, a restored store), not a running bot",
    )
    from bot.cli.backup import add_backup_command
    from bot.cli.curation import add_curation_commands
    from bot.cli.followers import add_followers_command
    from bot.cli.ingest import add_ingest_command
    from bot.cli.migrate import add_migrate_command

    add_curation_commands(commands)
    add_ingest_command(commands)
    add_backup_command(commands)
    add_followers_command(commands)
    add_migrate_command(commands)
    return parser


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        print(f"factbot: bad setting: {describe_errors(error)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _configure_logging(settings: Settings, *, quiet: bool = False) -> None:
    from bot.logs import configure_logging

    level = settings.log_level
    # A one-shot answer on a terminal wants no INFO lines, unless they were asked for.
    if quiet and "log_level" not in settings.model_fields_set:
        level = "WARNING"
    configure_logging(level=level, log_format=settings.log_format, secrets=settings.secrets())


def _run(settings: Settings) -> int:
    if settings.token is None:
        print(
            "factbot: FACTBOT_TOKEN is not set: get a token from @BotFather and put it in "
            "the environment or .env",
            file=sys.stderr,
        )
        return EXIT_USAGE
    _configure_logging(settings)
    log.info("settings_loaded", **settings.summary())
    return asyncio.run(_serve_until_signalled(settings))


async def _serve_until_signalled(settings: Settings) -> int:
    from bot.runner import serve

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal(number: signal.Signals) -> None:
        log.info("stop_requested", signal=number.name)
        stop.set()

    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, on_signal, number)
    return await serve(settings, stop)


async def _ask(settings: Settings, text: str, language: str | None) -> int:
    from bot.answers import answer_text
    from bot.language.choice import choose_language
    from bot.language.search_lemmas import LEMMATISER
    from bot.language.words import words_for
    from bot.render.formatting import html_to_text
    from storage import StorageError
    from storage.backends import open_store

    try:
        store = await open_store(
            settings.db_path, settings.store_url, seeded=True, lemmatiser=LEMMATISER
        )
    except StorageError as error:
        print(f"factbot: {error}", file=sys.stderr)
        return EXIT_FAILURE
    async with store:
        words = words_for(choose_language(chosen=language, client=None))
        messages = await answer_text(store, text, words)
    try:
        print("\n\n".join(html_to_text(message) for message in messages))
        sys.stdout.flush()
    except BrokenPipeError:
        # `factbot ask ... | head`: the reader stopped reading, which is no error. Python
        # would complain again flushing stdout at exit, so stdout goes nowhere from here.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _healthcheck(settings: Settings, *, store_only: bool) -> int:
    from storage.health import store_problem

    if settings.store_url is not None:
        from storage.postgres.health import postgres_problem

        problem = asyncio.run(postgres_problem(settings.store_url))
    else:
        problem = store_problem(settings.db_path)
    if store_only:
        pass
    elif problem is None and settings.mode == "webhook":
        # Telegram posts only when there is an update: a quiet bot and a deaf one look alike
        # from here, so the web server answering is what can be checked.
        from bot.health import webhook_server_problem

        problem = webhook_server_problem(
            settings.webhook_listen, settings.webhook_port, settings.webhook_path
        )
    elif problem is None and settings.mode == "polling":
        from bot.heartbeat import heartbeat_problem

        problem = heartbeat_problem(settings.heartbeat_file, settings.heartbeat_max_age)
    if problem is not None:
        print(f"unhealthy: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    print("ok")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``factbot`` console script."""
    arguments = _parser().parse_args(argv)
    settings = _settings()
    if arguments.command == "run":
        return _run(settings)
    if arguments.command == "healthcheck":
        return _healthcheck(settings, store_only=arguments.store_only)
    _configure_logging(settings, quiet=True)
    if arguments.command == "backup":
        from bot.cli.backup import run_backup

        return run_backup(settings, arguments)
    if arguments.command == "followers":
        from bot.cli.followers import run_followers

        return asyncio.run(run_followers(settings))
    if arguments.command == "migrate-to":
        from bot.cli.migrate import run_migrate

        return asyncio.run(run_migrate(settings, arguments.url))
    if arguments.command == "ask":
        return asyncio.run(_ask(settings, arguments.text, arguments.lang))
    if arguments.command == "ingest":
        from bot.cli.ingest import run_ingest

        return asyncio.run(run_ingest(settings, arguments))
    from bot.cli.curation import run_curation

    return asyncio.run(run_curation(settings, arguments))


if __name__ == "__main__":
    sys.exit(main())
