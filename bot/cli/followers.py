"""``factbot followers``: per country, how many chats follow it and how many stopped (blocked
the bot), and how many notices are still owed, for the operator.

A thin shell over ``Store.follower_counts`` and ``owed_notices``; it never creates or
seeds a store. Exit codes follow ``bot.cli``: 0 printed, 1 the store cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.cli.exits import EXIT_FAILURE

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["add_followers_command", "render_follower_counts", "run_followers"]

_EPILOG = """\
example:
  factbot followers

Followers are the chats that are sent a country's new facts, corrections and retractions;
inactive ones blocked the bot (or removed it from their group) and are sent nothing until
they /follow again. Notices owed are those not yet sent (the running bot sends them)."""


def add_followers_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``followers`` to the ``factbot`` parser."""
    commands.add_parser(
        "followers",
        help="print how many chats follow each country, and the notices still owed",
        description="Print, per followed country (most followed first), the chats that follow "
        "it and those that stopped (blocked the bot), and how many notices are still owed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def render_follower_counts(counts: list[tuple[str, str, int, int]], owed: int) -> str:
    """The table: (name, code, followers, inactive) rows, most followed first, then the
    notices owed."""
    if not counts:
        lines = ["No chat follows any country."]
    else:
        labels = [f"{name} ({code})" for name, code, _, _ in counts]
        width = max(len("country"), *(len(label) for label in labels))
        lines = [f"{'country':<{width}}  followers  inactive"]
        lines += [
            f"{label:<{width}}  {active:>9,}  {inactive:>8,}"
            for label, (_, _, active, inactive) in zip(labels, counts, strict=True)
        ]
    lines.append(f"Notices still owed: {owed:,}")
    return "\n".join(lines)


async def run_followers(settings: Settings) -> int:
    """Print the follower counts of the store (FACTBOT_DATABASE_URL or FACTBOT_DB_PATH); the
    exit code."""
    from bot.language.words import words_for
    from storage import StorageError
    from storage.backends import open_store

    if settings.store_url is None and not settings.db_path.exists():
        print(f"factbot followers: no database at {settings.db_path}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        async with await open_store(settings.db_path, settings.store_url) as store:
            counts = await store.follower_counts()
            owed = await store.owed_notices()
    except StorageError as error:
        print(f"factbot: {error}", file=sys.stderr)
        return EXIT_FAILURE
    english = words_for("en")
    rows = [(english.country(code), code, active, inactive) for code, active, inactive in counts]
    print(render_follower_counts(rows, owed))
    return 0
