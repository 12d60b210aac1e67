"""Keyset walks: a page of facts read from a cursor by one bounded walk down an index.

A long answer is read a page at a time from the (sort_date, id) of the last fact shown, never
by OFFSET: page 500 costs what page 1 costs, at 1,000 facts or 1,000,000, and a cursor stays
valid across restarts and new facts. Newest first is (sort_date DESC, id DESC), the order of
the role indexes (country, sort_date) with the rowid after; oldest first walks them upwards.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Cursor", "Walk", "walk_sql"]


class Walk(enum.Enum):
    """Which facts a walk reads; each names the index its statements walk."""

    INTO = "into"  # published flows into a country: facts_by_destination
    OUT = "out"  # published flows out of a country, not also into it: facts_by_origin
    NAMING = "naming"  # published facts naming a country in any role: three role indexes
    SOURCE = "source"  # published facts a source said, carried or published


@dataclass(frozen=True, order=True)
class Cursor:
    """Where a walk stands: the ``sort_date`` and id of the last fact it has passed."""

    day: str
    id: int


# Before the newest fact and after the oldest: where walks start.
NEWEST_END = Cursor("9999-12-31", 2**62)
OLDEST_END = Cursor("0001-01-01", 0)

_FLOWS = "f.metric IN (SELECT name FROM metrics WHERE direction <> 'none')"
# Each walk as the conditions of its statements; NAMING and SOURCE read one statement a role
# and merge them (an OR of the roles would read and sort every fact of the country).
_ROLES: dict[Walk, tuple[str, ...]] = {
    Walk.INTO: (f"f.destination = :key AND {_FLOWS}",),
    # IS DISTINCT FROM: SQLite's IS NOT, a null-safe comparison PostgreSQL also reads.
    Walk.OUT: (f"f.origin = :key AND f.destination IS DISTINCT FROM :key AND {_FLOWS}",),
    Walk.NAMING: ("f.origin = :key", "f.destination = :key", "f.citizenship = :key"),
    Walk.SOURCE: (
        "f.attributed_to_id = :key",
        "f.carried_by_id = :key",
        "f.document_id IN (SELECT id FROM documents WHERE publisher_id = :key)",
    ),
}


def walk_sql(select: str, walk: Walk, *, downwards: bool) -> list[str]:
    """The statements of ``walk`` from the cursor (:day, :id), one a role, each stopping at
    :limit rows past it: towards older facts if ``downwards``, else towards newer ones.

    ``select`` is everything up to WHERE, the table of facts named ``f``.
    """
    past, order = ("<", "DESC") if downwards else (">", "ASC")
    # The first condition bounds the index range; the second drops that day's facts already
    # passed, a few rows at most.
    beyond = f"f.sort_date {past}= :day AND (f.sort_date {past} :day OR f.id {past} :id)"
    return [
        f"{select} WHERE {role} AND f.status = 'published' AND {beyond} "
        f"ORDER BY f.sort_date {order}, f.id {order} LIMIT :limit"
        for role in _ROLES[walk]
    ]
