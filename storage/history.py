"""A fact's history, version by version, read back from the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.models import Fact
from storage.rows import CONTENT_FIELDS, LIFECYCLE_FIELDS, row_from_draft

__all__ = ["Change", "HistoryEntry", "changes_between", "entry_from_log_row", "history_of"]

_FIELD_ORDER = {field: index for index, field in enumerate((*CONTENT_FIELDS, *LIFECYCLE_FIELDS))}


@dataclass(frozen=True)
class Change:
    """One field's value before and after a change ("" where it had none)."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    """One version of a fact: who made it, when, how, and what it changed."""

    version: int
    at: datetime
    actor: str
    action: str
    reason: str | None
    changes: tuple[Change, ...]


def changes_between(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[Change, ...]:
    """Every field whose value differs between two flat forms of a fact, in field order."""
    before, after = before or {}, after or {}
    # In the flat form's order, not the JSON's: PostgreSQL's jsonb keeps keys in its own.
    fields = sorted(
        dict.fromkeys([*before, *after]),
        key=lambda field: _FIELD_ORDER.get(field, len(_FIELD_ORDER)),
    )
    return tuple(
        Change(field, str(before.get(field, "")), str(after.get(field, "")))
        for field in fields
        if str(before.get(field, "")) != str(after.get(field, ""))
    )


def entry_from_log_row(row: tuple[Any, ...]) -> HistoryEntry:
    """An audit-log row (version, at, actor, action, reason, before, after) as an entry."""
    version, at, actor, action, reason, before, after = row
    return HistoryEntry(
        version=int(version),
        at=datetime.fromisoformat(at),
        actor=actor,
        action=action,
        reason=reason,
        changes=changes_between(
            None if before is None else json.loads(before),
            None if after is None else json.loads(after),
        ),
    )


def history_of(fact: Fact, rows: list[tuple[Any, ...]]) -> list[HistoryEntry]:
    """Every version of ``fact``, oldest first, from its audit-log rows (as
    ``entry_from_log_row`` reads them, in the order they were logged)."""
    entries = [entry_from_log_row(row) for row in rows]
    if not any(entry.action == "add" for entry in entries):
        # Seeded and imported facts are logged per import, not per fact: their first
        # version is what the first edit changed, or what they still are.
        edits = [row for row in rows if row[3] == "edit"]
        first = json.loads(edits[0][5]) if edits else row_from_draft(fact)
        created = HistoryEntry(
            # A restored export keeps its version: the versions before it are not here.
            version=fact.version - len(rows),
            at=fact.created_at,
            actor=fact.created_by,
            action="import",
            reason=None,
            changes=changes_between(None, first),
        )
        entries.insert(0, created)
    return entries
