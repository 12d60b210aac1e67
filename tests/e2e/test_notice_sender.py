"""The notice sender on its own, with the real Application's bot against the fake Bot API: the
failures that take time in the running bot (retries, an outage, a stop mid-send), with short
waits between retries. On SQLite, then on PostgreSQL, whose outbox is taken with FOR UPDATE
SKIP LOCKED and a lease (storage.postgres.follows)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from structlog.testing import capture_logs
from telegram import Bot

from bot.app import build_application
from bot.notices.sender import ATTEMPTS, NoticeSender
from bot.settings import Settings
from storage import Store
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.notices import calls_to, delivered_to, text_of, wait_delivered
from tests.factories import make_draft
from tests.raw_database import RawDatabase, Rows

pytestmark = pytest.mark.both_backends

GROUP = -7001  # a group: no one-a-second wait between its retries


@pytest.fixture(name="bot")
async def _bot(api: FakeBotApi, bot_env: dict[str, str]) -> AsyncIterator[Bot]:
    application = build_application(Settings())
    async with application:
        yield application.bot


@asynccontextmanager
async def _sending(bot: Bot, store: Store, grace: float = 5.0) -> AsyncIterator[NoticeSender]:
    sender = NoticeSender(bot, store, retry_after_s=(0.0,) * (ATTEMPTS - 1), idle_s=0.05)
    sender.start()
    try:
        yield sender
    finally:
        await sender.stop(grace)


async def _follow(store: Store, chat_id: int) -> None:
    kind = "private" if chat_id > 0 else "group"
    await store.follow(chat_id, ["GEO"], kind=kind, language="en", by=1)


def _outbox(database: RawDatabase) -> Rows:
    """Each notice's chat, attempts, when it was sent and why it was dropped: read directly,
    as the store tells the sender only what is owed."""
    return database.execute("SELECT chat_id, attempts, sent_at, dropped FROM outbox ORDER BY id")


async def test_an_error_is_retried_then_the_notice_dropped_and_the_next_one_sent(
    api: FakeBotApi, bot: Bot, seeded: Store, database: RawDatabase
):
    await _follow(seeded, GROUP)
    api.fail_next("sendMessage", times=ATTEMPTS, status=400)
    with capture_logs() as logs:
        async with _sending(bot, seeded):
            await seeded.add_fact(make_draft(), by="cli")
            await seeded.add_fact(make_draft(figure={"qualifier": "exact", "value": 7}), by="cli")
            (sent,) = await wait_delivered(api, GROUP)
            await asyncio.sleep(0.5)
    assert [call.error for call in calls_to(api, GROUP)] == ["Bad Request"] * ATTEMPTS + [None]
    assert "7 Russian citizens" in text_of(sent)
    dropped, delivered = _outbox(database)
    assert dropped[1:] == (ATTEMPTS, None, "BadRequest: Bad Request")
    assert delivered[1] == 1
    assert delivered[2] is not None
    (warning,) = [line for line in logs if line["event"] == "notice_dropped"]
    assert warning["log_level"] == "warning"
    assert (warning["chat_id"], warning["attempts"]) == (GROUP, ATTEMPTS)
    assert api.token not in str(logs)


async def test_a_notice_that_cannot_be_rendered_is_dropped_and_the_next_one_sent(
    api: FakeBotApi, bot: Bot, seeded: Store, database: RawDatabase
):
    await _follow(seeded, GROUP)
    fact = await seeded.add_fact(make_draft(), by="cli")
    # An audit row the sender cannot read back into a fact (a bug's trace), owed to the group.
    ((audit_id,),) = database.execute(
        "INSERT INTO audit_log (at, actor, action, fact_id, version, after) "
        "VALUES ('2026-01-01T00:00:00+00:00', 'test', 'add', ?, 1, '{\"metric\": \"x\"}') "
        "RETURNING id",
        (fact.id,),
    )
    database.execute(
        "INSERT INTO outbox (chat_id, audit_id, created_at) "
        "VALUES (?, ?, '2026-01-01T00:00:00+00:00')",
        (GROUP, audit_id),
    )
    await seeded.retract_fact(fact.id, "a test", by="cli")
    with capture_logs() as logs:
        async with _sending(bot, seeded):
            added, retracted = await wait_delivered(api, GROUP, 2)
            await asyncio.sleep(0.3)
    assert text_of(added).startswith("New fact")
    assert text_of(retracted).startswith("Retracted")
    assert len(calls_to(api, GROUP)) == 2
    broken = _outbox(database)[1]
    assert broken[2] is None
    assert broken[3] is not None
    assert broken[3].startswith("cannot be rendered: RowInvalid")
    (error,) = [line for line in logs if line["event"] == "notice_unrenderable"]
    assert error["log_level"] == "error"
    assert error["exc_info"] is True


async def test_telegram_unreachable_pauses_sending_then_delivers(
    api: FakeBotApi, bot: Bot, seeded: Store, database: RawDatabase
):
    """A 5xx (or no answer) pauses every notice for 5 s, and costs the notice one attempt."""
    await _follow(seeded, GROUP)
    await _follow(seeded, GROUP - 1)
    api.fail_next("sendMessage", status=502)
    with capture_logs() as logs:
        async with _sending(bot, seeded):
            await seeded.add_fact(make_draft(), by="cli")
            await wait_delivered(api, GROUP - 1, timeout=20)
            await wait_delivered(api, GROUP, timeout=20)
    failed, *later = sorted(api.sent(), key=lambda call: call.at)
    assert failed.error == "Bad Gateway"
    assert all(call.at - failed.at >= 5.0 for call in later)
    assert sorted(row[1] for row in _outbox(database)) == [1, 2]
    (paused,) = [line for line in logs if line["event"] == "notices_paused"]
    assert paused["wait_s"] == 5.0


async def test_a_stop_lets_the_send_under_way_finish_and_marks_it(
    api: FakeBotApi, bot: Bot, seeded: Store, database: RawDatabase
):
    await _follow(seeded, GROUP)
    api.fail_next("sendMessage", hang=1.0)
    sender = NoticeSender(bot, seeded, idle_s=0.05)
    sender.start()
    await seeded.add_fact(make_draft(), by="cli")
    await api.wait_for("sendMessage")  # arrived, and hanging
    await sender.stop(grace=5)
    assert len(delivered_to(api, GROUP)) == 1
    assert _outbox(database)[0][2] is not None


async def test_a_send_longer_than_the_grace_is_abandoned_and_stays_owed(
    api: FakeBotApi, bot: Bot, seeded: Store, database: RawDatabase
):
    await _follow(seeded, GROUP)
    api.fail_next("sendMessage", hang=3.0)
    sender = NoticeSender(bot, seeded, idle_s=0.05)
    sender.start()
    await seeded.add_fact(make_draft(), by="cli")
    await api.wait_for("sendMessage")
    await sender.stop(grace=0.5)
    ((_chat, attempts, sent_at, dropped),) = _outbox(database)
    assert (attempts, sent_at, dropped) == (0, None, None)
