"""Checking an edit or a retraction before saving it (the curator's preview, issue 14): the
same rules as the change itself, nothing written, and a saved preview refused when the fact
changed meanwhile. Also the operator's counts of notices owed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storage import (
    DuplicateFact,
    FactChanged,
    FactNotFound,
    FactRetracted,
    FactStore,
    InvalidFact,
    NothingChanged,
    RowInvalid,
)
from tests.factories import make_draft

GEORGIA, ARMENIA = "GEO", "ARM"


def _audit_rows(db_path: Path) -> int:
    with closing(sqlite3.connect(db_path)) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


async def test_check_edit_shows_the_change_and_writes_nothing(store: FactStore, db_path: Path):
    fact = await store.add_fact(make_draft(), by="t")
    logged = _audit_rows(db_path)
    plan = await store.check_edit(fact.id, {"destination": "ARM", "value": "60000"})
    assert [(c.field, c.before, c.after) for c in plan.changes] == [
        ("destination", GEORGIA, ARMENIA),
        ("value", "50000", "60000"),
    ]
    assert plan.countries == {"RUS", GEORGIA, ARMENIA}
    assert plan.fact.version == 1
    assert (await store.get_fact(fact.id)).version == 1
    assert _audit_rows(db_path) == logged


@pytest.mark.both_backends
async def test_check_edit_refuses_what_edit_fact_refuses(store: FactStore):
    fact = await store.add_fact(make_draft(), by="t")
    other = await store.add_fact(make_draft(figure={"qualifier": "exact", "value": 7}), by="t")
    with pytest.raises(FactNotFound):
        await store.check_edit(999, {"value": "1"})
    with pytest.raises(RowInvalid):
        await store.check_edit(fact.id, {"status": "retracted"})
    with pytest.raises(RowInvalid):
        await store.check_edit(fact.id, {"value": "-5"})
    with pytest.raises(NothingChanged):
        await store.check_edit(fact.id, {"value": "50000"})
    with pytest.raises(DuplicateFact) as duplicate:
        await store.check_edit(fact.id, {"value": "7", "qualifier": "exact"})
    assert duplicate.value.fact_id == other.id
    await store.retract_fact(other.id, "test", by="t")
    with pytest.raises(FactRetracted):
        await store.check_edit(other.id, {"value": "8"})


@pytest.mark.both_backends
async def test_an_edit_prepared_for_an_older_version_is_refused(store: FactStore):
    fact = await store.add_fact(make_draft(), by="t")
    plan = await store.check_edit(fact.id, {"value": "60000"})
    await store.edit_fact(fact.id, {"value": "70000"}, by="other")
    with pytest.raises(FactChanged) as changed:
        await store.edit_fact(
            fact.id, {"value": "60000"}, by="t", expected_version=plan.fact.version
        )
    assert changed.value.version == 2
    figure = (await store.get_fact(fact.id)).figure
    assert figure is not None
    assert figure.value == 70000
    # Saving the same preview twice: the second finds the version it made.
    edited = await store.edit_fact(fact.id, {"value": "80000"}, by="t", expected_version=2)
    assert edited.version == 3
    with pytest.raises(FactChanged):
        await store.edit_fact(fact.id, {"value": "80001"}, by="t", expected_version=2)


async def test_check_retraction_and_a_stale_retraction(store: FactStore, db_path: Path):
    fact = await store.add_fact(make_draft(), by="t")
    logged = _audit_rows(db_path)
    assert (await store.check_retraction(fact.id, " duplicate ")).id == fact.id
    assert _audit_rows(db_path) == logged
    with pytest.raises(InvalidFact, match="reason"):
        await store.check_retraction(fact.id, "   ")
    with pytest.raises(InvalidFact, match="reason"):
        await store.check_retraction(fact.id, "x" * 301)
    with pytest.raises(FactNotFound):
        await store.check_retraction(999, "gone")
    await store.edit_fact(fact.id, {"value": "1"}, by="t")
    with pytest.raises(FactChanged):
        await store.retract_fact(fact.id, "dup", by="t", expected_version=1)
    assert (await store.retract_fact(fact.id, "dup", by="t", expected_version=2)).version == 3
    with pytest.raises(FactRetracted):
        await store.check_retraction(fact.id, "again")


@pytest.mark.both_backends
async def test_the_notices_owed_are_counted(store: FactStore):
    assert await store.owed_notices() == 0
    await store.follow(1, [GEORGIA], kind="private", language="en", by=1)
    await store.follow(2, [GEORGIA, ARMENIA], kind="private", language="en", by=2)
    fact = await store.add_fact(make_draft(), by="t")
    assert await store.owed_notices() == 2
    assert await store.notices_owed_for(fact.id, 1) == 2
    retracted = await store.retract_fact(fact.id, "dup", by="t")
    assert await store.notices_owed_for(fact.id, retracted.version) == 2
    assert await store.notices_owed_for(fact.id, 9) == 0
    assert await store.owed_notices() == 4
    first = (await store.pending_notices())[0]
    await store.notice_sent(first.id)
    await store.chat_gone(2, "blocked")  # drops what chat 2 is owed
    assert await store.owed_notices() == 1
    # What was owed stays counted per change, sent or dropped.
    assert await store.notices_owed_for(fact.id, 1) == 2
