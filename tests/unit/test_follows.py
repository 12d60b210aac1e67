"""Follows and the outbox (issue 14, storage): a change and the notices it owes are written
together, one per following chat, in each chat's order; imports owe one digest a chat; a chat
that blocked the bot or moved is handled without losing its follows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import FactStore, InvalidFact
from storage.follows import owe_notices
from storage.writes import now
from tests.factories import make_draft

GEORGIA, KAZAKHSTAN, ARMENIA = "GEO", "KAZ", "ARM"


async def _follow(store: FactStore, chat_id: int, *countries: str, language: str = "en") -> None:
    await store.follow(chat_id, countries, kind="private", language=language, by=chat_id)


@pytest.mark.both_backends
async def test_following_is_per_chat_and_idempotent(store: FactStore):
    assert await store.follow(1, [GEORGIA, KAZAKHSTAN], kind="private", language="en", by=1) == [
        GEORGIA,
        KAZAKHSTAN,
    ]
    assert await store.follow(1, [GEORGIA], kind="private", language="en", by=1) == []
    assert await store.followed_by(1) == [GEORGIA, KAZAKHSTAN]
    assert await store.followed_by(2) == []
    assert await store.unfollow(1, [GEORGIA, ARMENIA]) == [GEORGIA]
    assert await store.followed_by(1) == [KAZAKHSTAN]


@pytest.mark.both_backends
async def test_a_bad_chat_kind_or_language_is_refused(store: FactStore):
    with pytest.raises(InvalidFact):
        await store.follow(1, [GEORGIA], kind="forum", language="en", by=1)
    with pytest.raises(InvalidFact):
        await store.follow(1, [GEORGIA], kind="private", language="de", by=1)
    assert await store.followed_by(1) == []


@pytest.mark.both_backends
async def test_each_change_owes_one_notice_to_each_follower_of_its_countries(store: FactStore):
    await _follow(store, 1, GEORGIA)
    await _follow(store, 2, GEORGIA, KAZAKHSTAN, language="ru")  # two of its countries: once
    await _follow(store, 3, KAZAKHSTAN)
    fact = await store.add_fact(make_draft(), by="t")  # Russia -> Georgia
    pending = await store.pending_notices()
    assert [(n.chat_id, n.action, n.fact_id) for n in pending] == [
        (1, "add", fact.id),
        (2, "add", fact.id),
    ]
    assert pending[1].language == "ru"
    assert pending[0].after is not None
    assert pending[0].after["destination"] == GEORGIA


@pytest.mark.both_backends
async def test_an_edit_notifies_the_old_countries_and_the_new(store: FactStore):
    await _follow(store, 1, GEORGIA)
    await _follow(store, 2, ARMENIA)
    fact = await store.add_fact(make_draft(), by="t")
    assert await store.count_followers([*make_draft(destination=ARMENIA).countries, GEORGIA]) == 2
    for notice in await store.pending_notices():
        await store.notice_sent(notice.id)
    await store.edit_fact(fact.id, {"destination": "ARM", "value": "60000"}, by="t")
    pending = await store.pending_notices()
    assert sorted(n.chat_id for n in pending) == [1, 2]
    edit = pending[0]
    assert edit.action == "edit"
    assert edit.version == 2
    assert edit.before is not None
    assert edit.after is not None
    assert (edit.before["value"], edit.after["value"]) == ("50000", "60000")


@pytest.mark.both_backends
async def test_a_retraction_owes_its_reason(store: FactStore):
    await _follow(store, 1, GEORGIA)
    fact = await store.add_fact(make_draft(), by="t")
    await store.retract_fact(fact.id, "the ministry withdrew it", by="t")
    pending = await store.pending_notices()
    # The retraction waits behind the notice of the fact it retracts: one a chat at a time.
    assert [n.action for n in pending] == ["add"]
    await store.notice_sent(pending[0].id)
    (retraction,) = await store.pending_notices()
    assert retraction.action == "retract"
    assert retraction.reason == "the ministry withdrew it"


async def test_a_change_and_its_notices_are_one_transaction(store: FactStore, db_path: Path):
    """A change refused by the store owes nothing; the notices are written in the change's
    own transaction (a failure after them takes both back)."""
    await _follow(store, 1, GEORGIA)
    await store.add_fact(make_draft(), by="t")
    with pytest.raises(Exception, match="already"):
        await store.add_fact(make_draft(), by="t")  # a duplicate: refused
    assert len(await store.pending_notices()) == 1
    # A transaction that owes notices and then fails leaves none.
    with sqlite3.connect(db_path) as conn:
        conn.execute("BEGIN")
        audit = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        assert owe_notices(conn, audit, [GEORGIA], now()) == 1
        conn.execute("ROLLBACK")
    assert len(await store.pending_notices()) == 1


@pytest.mark.both_backends
async def test_an_import_owes_one_digest_a_chat(store: FactStore):
    await _follow(store, 1, GEORGIA)
    await _follow(store, 2, GEORGIA, ARMENIA)
    await _follow(store, 3, KAZAKHSTAN)
    drafts = [
        make_draft(figure={"qualifier": "exact", "value": n}, claim=f"Flow {n}.")
        for n in range(37)
    ] + [
        make_draft(destination=ARMENIA, figure={"qualifier": "exact", "value": n}, claim=f"A {n}.")
        for n in range(5)
    ]
    result = await store.add_facts(drafts, by="t")
    assert result.added == 42
    pending = await store.pending_notices()
    assert [(n.chat_id, n.action) for n in pending] == [(1, "import"), (2, "import")]
    # Every draft names Russia too; only the followed countries are counted.
    assert pending[0].digest == {GEORGIA: 37}
    assert pending[1].digest == {GEORGIA: 37, ARMENIA: 5}


@pytest.mark.both_backends
async def test_an_import_nobody_follows_owes_nothing(store: FactStore):
    result = await store.add_facts([make_draft()], by="t")
    assert result.added == 1
    assert await store.pending_notices() == []


@pytest.mark.both_backends
async def test_retries_wait_their_turn_and_drops_are_final(store: FactStore):
    await _follow(store, 1, GEORGIA)
    await _follow(store, 2, GEORGIA)
    await store.add_fact(make_draft(), by="t")
    first, second = await store.pending_notices()
    await store.notice_retry(first.id, after_s=3600)
    assert [n.id for n in await store.pending_notices()] == [second.id]
    await store.notice_dropped(second.id, "400: chat not found")
    assert await store.pending_notices() == []


@pytest.mark.both_backends
async def test_a_chat_that_blocked_the_bot_stops_softly(store: FactStore):
    await _follow(store, 1, GEORGIA)
    await _follow(store, 2, GEORGIA)
    await store.add_fact(make_draft(), by="t")
    assert await store.chat_gone(1, "403: bot was blocked by the user") == 1
    assert [n.chat_id for n in await store.pending_notices()] == [2]
    assert await store.followed_by(1) == [GEORGIA]  # kept, inactive
    assert await store.follower_counts() == [(GEORGIA, 1, 1)]
    assert await store.followed_among([GEORGIA, ARMENIA, None]) == [GEORGIA]
    await store.chat_gone(2, "403: bot was blocked by the user")
    assert await store.followed_among([GEORGIA]) == []  # nobody left to notify
    await _follow(store, 2, GEORGIA)
    assert await store.count_followers([GEORGIA]) == 1
    await store.add_fact(make_draft(figure={"qualifier": "exact", "value": 7}), by="t")
    assert {n.chat_id for n in await store.pending_notices()} == {2}
    await _follow(store, 1, GEORGIA)  # following again is asking for notices again
    assert await store.count_followers([GEORGIA]) == 2


@pytest.mark.both_backends
async def test_a_group_that_moved_keeps_its_follows_and_notices(store: FactStore):
    await store.follow(-100, [GEORGIA], kind="group", language="uk", by=7)
    await store.add_fact(make_draft(), by="t")
    await store.chat_moved(-100, -1001234)
    assert await store.followed_by(-100) == []
    assert await store.followed_by(-1001234) == [GEORGIA]
    (notice,) = await store.pending_notices()
    assert (notice.chat_id, notice.language) == (-1001234, "uk")


@pytest.mark.both_backends
async def test_a_group_that_moved_onto_a_chat_already_following_merges(store: FactStore):
    await store.follow(-100, [GEORGIA], kind="group", language="en", by=7)
    await store.follow(-1001234, [ARMENIA], kind="supergroup", language="en", by=7)
    await store.chat_moved(-100, -1001234)
    assert await store.followed_by(-1001234) == [ARMENIA, GEORGIA]
    assert await store.followed_by(-100) == []


async def test_a_notice_sent_stays_sent(store: FactStore, db_path: Path):
    await _follow(store, 1, GEORGIA)
    await store.add_fact(make_draft(), by="t")
    (notice,) = await store.pending_notices()
    await store.notice_sent(notice.id)
    await store.notice_dropped(notice.id, "late")  # a late failure changes nothing
    await store.notice_retry(notice.id, after_s=0)
    assert await store.pending_notices() == []
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT attempts, sent_at IS NOT NULL, dropped FROM outbox").fetchone()
    assert row == (1, 1, None)
