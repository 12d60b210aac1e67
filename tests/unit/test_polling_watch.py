"""PollingWatch: what the answers to getUpdates say about the bot's polling.

The watch is fed as ``WatchedRequest`` feeds it (the end-to-end tests in
tests/e2e/test_dead_bot.py drive it through real requests).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.heartbeat import Heartbeat
from bot.polling import PollingWatch

WEBHOOK_CONFLICT = "Conflict: can't use getUpdates method while webhook is active"


async def test_a_refused_token_ends_polling_at_once():
    watch = PollingWatch(conflict_give_up=60)
    watch.token_refused("Unauthorized")
    assert watch.ended.is_set()
    assert watch.end is not None
    assert watch.end.event == "token_rejected"
    assert watch.end.reason == "Telegram refused FACTBOT_TOKEN while polling: Unauthorized"
    assert "@BotFather" in watch.end.hint


async def test_a_conflict_that_lasts_ends_polling_after_the_bound():
    watch = PollingWatch(conflict_give_up=0.05)
    watch.conflicted(WEBHOOK_CONFLICT)
    assert not watch.ended.is_set()
    await asyncio.wait_for(watch.ended.wait(), timeout=10)
    assert watch.end is not None
    assert watch.end.event == "polling_conflict_persisted"
    assert watch.end.reason == (
        "Telegram answered getUpdates with Conflict for 0.05 s (FACTBOT_CONFLICT_GIVE_UP): "
        + WEBHOOK_CONFLICT
    )


async def test_conflicts_again_and_again_do_not_restart_the_clock():
    """Timed from the first Conflict: one every 20 ms still ends polling after 0.2 s."""
    watch = PollingWatch(conflict_give_up=0.2)
    for _ in range(500):
        if watch.ended.is_set():
            break
        watch.conflicted(WEBHOOK_CONFLICT)
        await asyncio.sleep(0.02)
    assert watch.ended.is_set()


async def test_an_answer_clears_a_conflict():
    watch = PollingWatch(conflict_give_up=0.05)
    watch.conflicted(WEBHOOK_CONFLICT)
    watch.answered()
    await asyncio.sleep(0.3)
    assert not watch.ended.is_set()
    assert watch.end is None


async def test_close_stops_timing_a_conflict():
    watch = PollingWatch(conflict_give_up=0.05)
    watch.conflicted(WEBHOOK_CONFLICT)
    watch.close()
    await asyncio.sleep(0.3)
    assert not watch.ended.is_set()


async def test_an_answer_beats_the_heartbeat_and_a_refusal_does_not(tmp_path: Path):
    path = tmp_path / "facts.db.heartbeat"
    watch = PollingWatch(conflict_give_up=60, heartbeat=Heartbeat(path, every=0))
    watch.conflicted(WEBHOOK_CONFLICT)
    watch.token_refused("Not Found")
    assert not path.exists()
    watch.answered()
    assert path.is_file()
