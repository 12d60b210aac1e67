"""``factbot followers`` and the notices ``factbot facts retract`` owes, run as an operator
runs them, on real databases."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.cli.followers import render_follower_counts
from storage import FactStore
from tests.commands import run_factbot
from tests.factories import make_draft


async def _store_with_followers(db: Path) -> int:
    """Three chats follow Georgia (one blocked the bot), one Armenia; a Georgia fact owes
    the two active Georgia followers a notice. The fact's id."""
    async with await FactStore.open(db) as store:
        for chat_id, countries in ((1, ["GEO"]), (2, ["GEO", "ARM"]), (3, ["GEO"])):
            await store.follow(chat_id, countries, kind="private", language="en", by=chat_id)
        await store.chat_gone(3, "Forbidden: bot was blocked by the user")
        return (await store.add_fact(make_draft(), by="t")).id


def test_followers_prints_each_country_most_followed_first(tmp_path: Path):
    db = tmp_path / "facts.db"
    asyncio.run(_store_with_followers(db))
    result = run_factbot("followers", cwd=tmp_path, db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "country        followers  inactive\n"
        "Georgia (GEO)          2         1\n"
        "Armenia (ARM)          1         0\n"
        "Notices still owed: 2\n"
    )


def test_followers_of_a_store_nobody_follows_and_of_no_store(tmp_path: Path):
    db = tmp_path / "facts.db"

    async def empty() -> None:
        await (await FactStore.open(db)).close()

    asyncio.run(empty())
    result = run_factbot("followers", cwd=tmp_path, db=db)
    assert (result.returncode, result.stdout) == (
        0,
        "No chat follows any country.\nNotices still owed: 0\n",
    )
    missing = run_factbot("followers", cwd=tmp_path, db=tmp_path / "none.db")
    assert missing.returncode == 1
    assert missing.stderr == f"factbot followers: no database at {tmp_path / 'none.db'}\n"
    assert not (tmp_path / "none.db").exists()


def test_retract_says_how_many_followers_are_owed_the_notice(tmp_path: Path):
    db = tmp_path / "facts.db"
    fact_id = asyncio.run(_store_with_followers(db))
    result = run_factbot("facts", "retract", str(fact_id), "--reason", "dup", cwd=tmp_path, db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(
        "\n\n2 followers will be notified. The bot sends them when it runs.\n"
    )
    after = run_factbot("followers", cwd=tmp_path, db=db)
    assert after.stdout.endswith("Notices still owed: 4\n")


def test_the_table_groups_thousands_and_widens_for_long_names():
    table = render_follower_counts([("Bosnia & Herzegovina", "BIH", 12_345, 0)], 1_000_000)
    assert table == (
        "country                     followers  inactive\n"
        "Bosnia & Herzegovina (BIH)     12,345         0\n"
        "Notices still owed: 1,000,000"
    )
