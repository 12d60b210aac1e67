"""Notices to followers through the real bot (``bot.runner.serve``) and the fake Bot API.

Follows are made and facts changed through a second FactStore on the bot's own database file,
as ``factbot`` commands do while the bot runs.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from storage import FactStore
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.e2e.notices import calls_to, delivered_to, text_of, wait_delivered
from tests.e2e.processes import free_port
from tests.factories import make_draft

GEORGIA_READER = 501
KAZAKHSTAN_READER = 502


async def _follow(store: FactStore, chat_id: int, *countries: str, language: str = "en") -> None:
    kind = "private" if chat_id > 0 else "group"
    await store.follow(chat_id, countries, kind=kind, language=language, by=abs(chat_id))


def _outbox(db_path: Path) -> list[tuple[int, int, str | None, str | None]]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT chat_id, attempts, sent_at, dropped FROM outbox ORDER BY id")
        return list(rows)


async def test_a_follower_is_told_of_a_new_fact_its_correction_and_its_retraction(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore, db_path: Path
):
    await _follow(seeded, GEORGIA_READER, "GEO")
    await _follow(seeded, KAZAKHSTAN_READER, "KAZ", language="ru")
    async with polling_bot(api):
        fact = await seeded.add_fact(make_draft(), by="cli")
        (added,) = await wait_delivered(api, GEORGIA_READER)
        text = text_of(added)
        assert text.startswith("New fact · Georgia\n")
        assert "about 50,000 Russian citizens entered Georgia from Russia" in text
        assert f"fact #{fact.id}" in text
        assert "Said by Vakhtang Gomelauri, Interior Minister of Georgia" in text
        assert text.endswith("More: /flows georgia")

        await seeded.edit_fact(fact.id, {"value": "52000"}, by="cli")
        corrected = (await wait_delivered(api, GEORGIA_READER, 2))[1]
        text = text_of(corrected)
        assert text.startswith("Correction · Georgia\n")
        assert "about 52,000 Russian citizens entered Georgia" in text
        assert "was: about 50,000" in text

        await seeded.retract_fact(fact.id, "double-counted <Tbilisi> & Batumi", by="cli")
        retracted = (await wait_delivered(api, GEORGIA_READER, 3))[2]
        text = text_of(retracted)
        assert text.startswith("Retracted · Georgia\n")
        assert "retracted: double-counted <Tbilisi> & Batumi" in text
        assert "about 52,000" in text

        drafts = [make_draft(figure={"qualifier": "exact", "value": 100 + n}) for n in range(50)]
        await seeded.add_facts(drafts, by="cli")
        digest = (await wait_delivered(api, GEORGIA_READER, 4))[3]
        assert text_of(digest) == (
            "New facts on the countries you follow\n50 new facts on Georgia: /flows georgia"
        )
        await asyncio.sleep(1.5)  # time for anything more to arrive
    assert len(delivered_to(api, GEORGIA_READER)) == 4
    assert calls_to(api, KAZAKHSTAN_READER) == []
    assert [row[2] is not None for row in _outbox(db_path)] == [True] * 4


@pytest.mark.both_backends
async def test_a_correction_tells_the_version_it_made_even_after_a_later_edit(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore
):
    """Sent late (the bot was down), each notice still tells the figure its own edit set."""
    await _follow(seeded, GEORGIA_READER, "GEO", language="ru")
    fact = await seeded.add_fact(make_draft(), by="cli")
    await seeded.edit_fact(fact.id, {"value": "52000"}, by="cli")
    await seeded.edit_fact(fact.id, {"value": "53000"}, by="cli")
    async with polling_bot(api):
        added, first, second = await wait_delivered(api, GEORGIA_READER, 3)
    assert "около 50\xa0000" in text_of(added)
    assert "52\xa0000" not in text_of(added)
    assert "около 52\xa0000" in text_of(first)
    assert "было: около 50\xa0000" in text_of(first)
    assert "около 53\xa0000" in text_of(second)
    assert "было: около 52\xa0000" in text_of(second)


async def test_a_notice_owed_when_the_bot_stopped_is_sent_after_the_restart_once(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore, db_path: Path
):
    await _follow(seeded, GEORGIA_READER, "GEO")
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        await wait_delivered(api, GEORGIA_READER)
    # Written while the bot is down: owed, not sent.
    await seeded.add_fact(make_draft(figure={"qualifier": "exact", "value": 7}), by="cli")
    assert [row[2] is None for row in _outbox(db_path)] == [False, True]
    async with polling_bot(api):
        await wait_delivered(api, GEORGIA_READER, 2)
        await asyncio.sleep(2.5)  # idle rounds: nothing is sent again
    async with polling_bot(api):
        await asyncio.sleep(2.5)
    sent = delivered_to(api, GEORGIA_READER)
    assert len(sent) == 2
    assert "7 Russian citizens" in text_of(sent[1])
    assert all(row[2] is not None for row in _outbox(db_path))


@pytest.mark.both_backends
async def test_a_follower_who_blocked_the_bot_stops_being_sent_notices(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore
):
    blocked, others = 601, (602, 603)
    for chat_id in (blocked, *others):
        await _follow(seeded, chat_id, "GEO")
    api.block_chat(blocked)
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        for chat_id in others:
            await wait_delivered(api, chat_id)
        await seeded.add_fact(make_draft(figure={"qualifier": "exact", "value": 7}), by="cli")
        for chat_id in others:
            await wait_delivered(api, chat_id, 2)
        await asyncio.sleep(1.5)
    assert [call.error for call in calls_to(api, blocked)] == [
        "Forbidden: bot was blocked by the user"
    ]
    assert await seeded.follower_counts() == [("GEO", 2, 1)]
    assert await seeded.followed_by(blocked) == ["GEO"]  # kept, softly
    assert await seeded.pending_notices() == []


async def test_a_429_is_waited_out_and_the_notice_delivered_once(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore, db_path: Path
):
    await _follow(seeded, GEORGIA_READER, "GEO")
    api.fail_next("sendMessage", status=429, retry_after=1)
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        await wait_delivered(api, GEORGIA_READER)
        await asyncio.sleep(1.5)
    flooded, sent = calls_to(api, GEORGIA_READER)
    assert flooded.error == "Too Many Requests: retry after 1"
    assert sent.error is None
    assert sent.at - flooded.at >= 1.0
    assert _outbox(db_path)[0][1] == 1  # one attempt: the 429 was no failure


@pytest.mark.timeout(90)
async def test_429s_beyond_the_rate_limiters_retries_pause_the_sender_and_count_no_failure(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore, db_path: Path
):
    """python-telegram-bot retries a 429 five times; a sixth reaches the sender, which waits
    ``retry_after`` itself before sending that notice again."""
    await _follow(seeded, GEORGIA_READER, "GEO")
    api.fail_next("sendMessage", times=6, status=429, retry_after=1)
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        await wait_delivered(api, GEORGIA_READER, timeout=30)
    calls = calls_to(api, GEORGIA_READER)
    assert [call.error is None for call in calls] == [False] * 6 + [True]
    assert calls[6].at - calls[5].at >= 1.0
    ((_chat, attempts, sent_at, dropped),) = _outbox(db_path)
    assert (attempts, sent_at is not None, dropped) == (1, True, None)


@pytest.mark.both_backends
async def test_a_group_that_became_a_supergroup_gets_its_notices_at_its_new_id(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore
):
    old, new = -5501, -1005501
    await _follow(seeded, old, "GEO", "ARM")
    api.migrate_chat(old, new)
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        (notice,) = await wait_delivered(api, new)
    assert text_of(notice).startswith("New fact · Georgia\n")
    assert [call.error for call in calls_to(api, old)] == [
        "Bad Request: group chat was upgraded to a supergroup chat"
    ]
    assert await seeded.followed_by(new) == ["ARM", "GEO"]
    assert await seeded.followed_by(old) == []


@pytest.mark.both_backends
@pytest.mark.timeout(180)
async def test_a_thousand_followers_are_sent_within_telegrams_limits(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore
):
    """1,000 notices at 25 a second take some 40 s: no second of the fake's arrival times holds
    more than 25, and no chat gets two."""
    followers = range(10_001, 11_001)
    for chat_id in followers:
        await _follow(seeded, chat_id, "GEO")
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        await api.wait_for("sendMessage", count=len(followers), timeout=120)
        await asyncio.sleep(1.5)
    calls = api.sent()
    assert sorted(call.params["chat_id"] for call in calls) == list(followers)
    assert all(call.error is None for call in calls)
    times = sorted(call.at for call in calls)
    busiest = max(
        sum(1 for later in times[start : start + 30] if later - times[start] < 1.0)
        for start in range(len(times))
    )
    assert busiest == 25  # the limit, reached and never passed
    assert times[-1] - times[0] >= (len(followers) - 25) / 25


async def test_notices_are_sent_in_webhook_mode_too(
    api: FakeBotApi, bot_env: dict[str, str], seeded: FactStore, monkeypatch: pytest.MonkeyPatch
):
    webhook = {
        "FACTBOT_MODE": "webhook",
        "FACTBOT_WEBHOOK_URL": "https://bot.example.org/hooks/factbot",
        "FACTBOT_WEBHOOK_SECRET": "a-webhook-secret_0123456789",
        "FACTBOT_WEBHOOK_LISTEN": "127.0.0.1",
        "FACTBOT_WEBHOOK_PORT": str(free_port()),
    }
    for name, value in webhook.items():
        monkeypatch.setenv(name, value)
    await _follow(seeded, GEORGIA_READER, "GEO")
    async with polling_bot(api):
        await seeded.add_fact(make_draft(), by="cli")
        (notice,) = await wait_delivered(api, GEORGIA_READER)
    assert api.sent("getUpdates") == []
    assert text_of(notice).startswith("New fact · Georgia\n")
