"""``factbot migrate-to postgresql://…``: the SQLite store at FACTBOT_DB_PATH copied whole into
an empty PostgreSQL database, then each table's rows counted on both sides and printed.

A thin shell over :func:`storage.postgres.migrate_from_sqlite.copy_sqlite_store`. Exit codes
follow ``bot.cli``: 0 copied; 2 a bad URL or a database that is not empty (nothing written);
1 a database that cannot be reached, read or written (nothing written).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.cli.exits import EXIT_FAILURE, EXIT_USAGE

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["add_migrate_command", "render_copied", "run_migrate"]

_EPILOG = """\
example:
  FACTBOT_DB_PATH=data/facts.db factbot migrate-to postgresql://factbot:secret@db:5432/factbot

The database must be empty (new, or only migrated): a database holding any fact, source,
follower or other row is refused and left as it was. Everything is copied in one transaction,
ids kept: the metrics, sources, documents, facts with every version, the audit log, the
chats' languages, followers, follows and the notices still owed. Stop the bot first, or
the facts it writes to the SQLite file after the copy began stay behind. Then set
FACTBOT_DATABASE_URL to the same URL."""


def add_migrate_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``migrate-to`` to the ``factbot`` parser."""
    migrate = commands.add_parser(
        "migrate-to",
        help="copy the SQLite store into an empty PostgreSQL database, ids kept",
        description="Copy the SQLite store at FACTBOT_DB_PATH into an empty PostgreSQL "
        "database, every table's rows with their ids, in one transaction; then check that "
        "each table holds as many rows as in SQLite and print the counts.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    migrate.add_argument(
        "url", metavar="URL", help="postgresql://user:password@host:5432/database"
    )


def render_copied(counts: dict[str, int]) -> str:
    """One line per table: its name and the rows copied (as many as SQLite holds)."""
    width = max(len(name) for name in counts)
    return "\n".join(f"{name:<{width}}  {rows:>9,}" for name, rows in counts.items())


async def run_migrate(settings: Settings, url: str) -> int:
    """Copy FACTBOT_DB_PATH's store into the database at ``url``; the exit code."""
    from storage import StorageError
    from storage.errors import TargetNotEmpty
    from storage.postgres.urls import url_problem

    # The messages name the URL as FACTBOT_DATABASE_URL's do, and never echo its password.
    problem = url_problem(url)
    if problem is not None:
        print(f"factbot migrate-to: bad URL: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if not settings.db_path.is_file():
        print(f"factbot migrate-to: no SQLite store at {settings.db_path}", file=sys.stderr)
        return EXIT_FAILURE
    from storage.postgres.migrate_from_sqlite import copy_sqlite_store
    from storage.postgres.urls import shown

    try:
        counts = await copy_sqlite_store(settings.db_path, url.strip())
    except TargetNotEmpty as error:
        print(f"factbot migrate-to: {error}", file=sys.stderr)
        return EXIT_USAGE
    except StorageError as error:
        print(f"factbot: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Copied {settings.db_path} into {shown(url.strip())}; rows per table:")
    print(render_copied(counts))
    return 0
