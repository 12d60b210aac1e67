"""Edits, retractions, history and the audit log, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot.language.countries import country_code
from storage import (
    DuplicateFact,
    FactNotFound,
    FactRetracted,
    FactStatus,
    FactStore,
    InvalidFact,
    NothingChanged,
    RowInvalid,
)
from tests.factories import make_draft


def _audit(db_path: Path) -> list[tuple[str, int | None, str | None, str | None]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT action, fact_id, before, after FROM audit_log ORDER BY id"
        ).fetchall()


async def test_add_is_logged_and_a_duplicate_names_the_existing_fact(store: FactStore, db_path):
    fact = await store.add_fact(make_draft(), by="telegram:1")
    with pytest.raises(DuplicateFact) as caught:
        await store.add_fact(make_draft(), by="telegram:2")
    assert caught.value.fact_id == fact.id
    assert f"fact #{fact.id}" in str(caught.value)
    (entry,) = _audit(db_path)
    assert entry[:2] == ("add", fact.id)
    assert json.loads(str(entry[3]))["destination"] == "GEO"


async def test_edit_keeps_the_previous_version_and_logs_what_changed(store: FactStore, db_path):
    fact = await store.add_fact(make_draft(), by="telegram:1")
    edited = await store.edit_fact(
        fact.id, {"value": "60,000", "destination": "Армения"}, by="telegram:2",
        resolve_country=country_code,
    )  # fmt: skip
    assert edited.version == 2
    assert edited.figure is not None
    assert edited.figure.value == 60_000
    assert edited.destination == "ARM"
    assert (edited.created_by, edited.updated_by) == ("telegram:1", "telegram:2")
    history = await store.history(fact.id)
    assert [(entry.version, entry.action, entry.actor) for entry in history] == [
        (1, "add", "telegram:1"),
        (2, "edit", "telegram:2"),
    ]
    changes = {change.field: (change.before, change.after) for change in history[1].changes}
    assert changes == {"value": ("50000", "60000"), "destination": ("GEO", "ARM")}
    before = json.loads(str(_audit(db_path)[1][2]))
    assert before["value"] == "50000"


@pytest.mark.both_backends
async def test_edit_refusals_change_nothing(store: FactStore):
    fact = await store.add_fact(make_draft(), by="t")
    other = await store.add_fact(make_draft(figure={"qualifier": "exact", "value": 1}), by="t")
    with pytest.raises(RowInvalid, match="period_end: ends before period_start"):
        await store.edit_fact(fact.id, {"period_end": "2020-01-01"}, by="t")
    with pytest.raises(RowInvalid, match="status: cannot be edited"):
        await store.edit_fact(fact.id, {"status": "retracted"}, by="t")
    with pytest.raises(NothingChanged):
        await store.edit_fact(fact.id, {"value": "50000"}, by="t")
    with pytest.raises(DuplicateFact) as caught:
        await store.edit_fact(other.id, {"qualifier": "about", "value": "50000"}, by="t")
    assert caught.value.fact_id == fact.id
    with pytest.raises(FactNotFound):
        await store.edit_fact(999, {"value": "1"}, by="t")
    assert await store.get_fact(fact.id) == fact
    assert len(await store.history(fact.id)) == 1


@pytest.mark.both_backends
async def test_retract_hides_the_fact_keeps_it_and_its_reason(store: FactStore):
    fact = await store.add_fact(make_draft(), by="t")
    retracted = await store.retract_fact(fact.id, "  wrong figure ", by="telegram:9")
    assert retracted.status is FactStatus.RETRACTED
    assert retracted.retraction_reason == "wrong figure"
    assert retracted.version == 2
    assert await store.flows_for("GEO") == []
    assert await store.get_fact(fact.id) == retracted
    assert [entry.action for entry in await store.history(fact.id)] == ["add", "retract"]
    with pytest.raises(FactRetracted):
        await store.retract_fact(fact.id, "again", by="t")
    with pytest.raises(FactRetracted):
        await store.edit_fact(fact.id, {"value": "1"}, by="t")
    with pytest.raises(InvalidFact, match="needs a reason"):
        await store.retract_fact(
            (await store.add_fact(make_draft(claim="x", as_of="2022-10-09"), by="t")).id,
            " ",
            by="t",
        )


@pytest.mark.both_backends
async def test_seeded_facts_have_a_first_version_in_their_history(store: FactStore):
    await store.add_facts([make_draft()], by="seed")
    (entry,) = await store.history(1)
    assert (entry.version, entry.action, entry.actor) == (1, "import", "seed")
    await store.edit_fact(1, {"counted": "people"}, by="t")
    first, second = await store.history(1)
    assert {c.field: c.after for c in first.changes}["counted"] == "Russian citizens"
    assert [(c.field, c.before, c.after) for c in second.changes] == [
        ("counted", "Russian citizens", "people")
    ]


async def test_audit_log_is_append_only(store: FactStore, db_path: Path):
    await store.add_fact(make_draft(), by="t")
    with sqlite3.connect(db_path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET actor = 'someone else'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log")


async def test_import_is_one_transaction_with_one_log_entry(store: FactStore, db_path: Path):
    drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(5)]
    result = await store.add_facts([*drafts, drafts[0]], by="import:test", source="f.csv")
    assert (result.added, result.present) == (5, 1)
    ((action, fact_id, _, after),) = _audit(db_path)
    assert (action, fact_id) == ("import", None)
    assert json.loads(str(after)) == {
        "source": "f.csv", "added": 5, "present": 1, "first_id": 1, "last_id": 5,
    }  # fmt: skip
