"""``factbot backup PATH``: a checked copy of the fact store, taken while the bot runs.

A thin shell over ``storage.backup``: it picks the file's name when PATH is a folder, and
prints one line of what was written, or why nothing was. Exit codes follow ``bot.cli``: 0
written, 1 the store could not be copied, 2 PATH cannot be written to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.exits import EXIT_FAILURE, EXIT_USAGE

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["add_backup_command", "run_backup"]

# 128 + SIGINT, as a shell reports a command stopped with Ctrl-C.
_EXIT_INTERRUPTED = 130

_EPILOG = """\
examples:
  factbot backup /data/backups             a new factbot-YYYYmmdd-HHMMSS.sqlite3 in the folder
  factbot backup facts-2025-01-31.sqlite3  this file, which must not exist yet

The copy is made from one snapshot with SQLite's online backup API: the bot goes on answering
and curators go on writing while it is made, and it holds every fact committed before it began.
It is checked with PRAGMA integrity_check before it gets its name, so a backup that fails leaves
nothing behind, and it never replaces a file. To restore one, see the README, "Backups"."""


def add_backup_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup`` to the ``factbot`` parser."""
    backup = commands.add_parser(
        "backup",
        help="write a checked copy of the fact store, while the bot runs",
        description="Write a consistent copy of the database at FACTBOT_DB_PATH, checked "
        "with PRAGMA integrity_check, without stopping the bot.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    backup.add_argument(
        "path", metavar="PATH", help="a new file, or a folder to write a dated file in"
    )


def _size(size: int) -> str:
    megabytes = size / 1024 / 1024
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{size / 1024:.0f} KB"


def run_backup(settings: Settings, arguments: argparse.Namespace) -> int:
    """Back the store up to ``arguments.path``; the command's exit code."""
    from storage import BackupFailed, BackupRefused
    from storage.backup import backup_store
    from storage.backup_names import new_backup_path

    if settings.store_url is not None:
        print(
            "factbot backup: copies a SQLite store; a PostgreSQL store (FACTBOT_DATABASE_URL) "
            "is backed up with pg_dump",
            file=sys.stderr,
        )
        return EXIT_USAGE
    destination = Path(arguments.path)
    if destination.is_dir():
        destination = new_backup_path(destination, dt.datetime.now(dt.UTC))
    try:
        backup = backup_store(settings.db_path, destination)
    except BackupRefused as error:
        print(f"factbot backup: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BackupFailed as error:
        print(f"factbot backup: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("factbot backup: interrupted; nothing was written", file=sys.stderr)
        return _EXIT_INTERRUPTED
    print(
        f"wrote {backup.path}: {backup.facts:,} facts, {_size(backup.size)}, "
        f"integrity ok, in {backup.seconds:.1f} s"
    )
    return 0
