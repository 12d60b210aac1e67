"""Reading long answers a page at a time: keyset walks, their way back, and the counts.

Every method reads a bounded number of rows: a page past a cursor, a few cursors back from
one, or a country's counts kept by the store's triggers (migration 0010).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from storage.models import Fact
from storage.queries import COLUMNS, SELECT_FACTS, fact_from_row
from storage.walks import NEWEST_END, OLDEST_END, Cursor, Walk, walk_sql

__all__ = ["COUNTS", "CountryCounts", "FactPages", "cursor_of"]

_serials = itertools.count()
_Read = Callable[[str, dict[str, Any]], Awaitable[Iterable[Sequence[Any]]]]

# A country's counts, kept by triggers (migration 0010): a few rows, whatever its size.
COUNTS = """
SELECT role, sum(n) FROM fact_counts
WHERE country = :country
  AND (role = 'any' OR metric IN (SELECT name FROM metrics WHERE direction <> 'none'))
GROUP BY role
"""


@dataclass(frozen=True)
class CountryCounts:
    """How many published facts a country has: flows into it, out of it, and naming it."""

    into: int
    out: int
    naming: int


def cursor_of(fact: Fact) -> Cursor:
    """Where a walk stands once it has shown ``fact``."""
    return Cursor(fact.sort_date.isoformat(), fact.id)


class FactPages:
    """Pages of the store's facts, read through the store's reader connection."""

    def __init__(self, read: _Read) -> None:
        self._read = read
        # data_version counts from the connection's opening: a version means something only
        # beside the connection it was read on, which this tells apart from any other.
        self.connection_serial = next(_serials)

    async def walk(
        self,
        walk: Walk,
        key: str | int,
        after: Cursor | None,
        limit: int,
        *,
        oldest_first: bool = False,
    ) -> list[Fact]:
        """Up to ``limit`` published facts of ``walk`` for ``key`` (a country's code or a
        source's id) past ``after`` (None: from the start), newest first unless
        ``oldest_first``."""
        start = after or (OLDEST_END if oldest_first else NEWEST_END)
        found: dict[int, Fact] = {}
        for sql in walk_sql(SELECT_FACTS, walk, downwards=not oldest_first):
            rows = await self._read(sql, _params(key, start, limit))
            for row in rows:
                fact = fact_from_row(dict(zip(COLUMNS, row, strict=True)))
                found[fact.id] = fact
        ordered = sorted(found.values(), key=cursor_of, reverse=not oldest_first)
        return ordered[:limit]

    async def step_back(
        self, walk: Walk, key: str | int, cursor: Cursor, steps: int, *, oldest_first: bool = False
    ) -> Cursor | None:
        """The cursor ``steps`` facts back from ``cursor`` towards the start of the walk: where
        the page before the one that starts after ``cursor`` starts. None: the walk's start
        (fewer than ``steps`` facts lie back there)."""
        select = "SELECT f.sort_date, f.id FROM facts f"
        found: set[Cursor] = set()
        for sql in walk_sql(select, walk, downwards=oldest_first):
            rows = await self._read(sql, _params(key, cursor, steps))
            found.update(Cursor(str(row[0]), int(row[1])) for row in rows)
        back = sorted(found, reverse=oldest_first)
        return back[steps - 1] if len(back) >= steps else None

    async def version(self) -> int:
        """A number that changes whenever any connection, in any process, commits a change:
        what a cache of rendered pages is keyed by."""
        rows = list(await self._read("PRAGMA data_version", {}))
        return int(rows[0][0])

    async def country_counts(self, country: str) -> CountryCounts:
        """The published facts of ``country``, counted by the store as they change."""
        rows = await self._read(COUNTS, {"country": country})
        counts = {str(row[0]): int(row[1]) for row in rows}
        return CountryCounts(counts.get("into", 0), counts.get("out", 0), counts.get("any", 0))


def _params(key: str | int, cursor: Cursor, limit: int) -> dict[str, Any]:
    return {"key": key, "day": cursor.day, "id": cursor.id, "limit": limit}
