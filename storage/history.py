"""A fact's history, version by version, read back from the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = ["Change", "HistoryEntry", "changes_between", "entry_from_log_row"]


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
    fields = list(dict.fromkeys([*before, *after]))
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
