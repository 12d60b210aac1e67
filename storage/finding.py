"""The SQL of a reader's question: facts filtered by place, metric and period, newest first.

A question reads as a few filters (``FactQuery``); each becomes a constant SQL fragment with
named placeholders, so a question is one statement that walks the index of its most selective
place and stops at its limit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from storage.queries import SELECT_FACTS

__all__ = ["SQLITE", "Dialect", "FactQuery", "query_sql"]


@dataclass(frozen=True)
class FactQuery:
    """Which published facts a question is about; every field given narrows it.

    ``start``/``end`` keep facts whose period or "as of" day overlaps them; with
    ``year_known`` False only their month and day count ("3 October" of any year).
    """

    destination: str | None = None
    origin: str | None = None
    naming: str | None = None
    metrics: frozenset[str] | None = None
    start: date | None = None
    end: date | None = None
    year_known: bool = True
    limit: int = 50


_FRAGMENTS = {
    "destination": "AND f.destination = :destination",
    "origin": "AND f.origin = :origin",
}
_FACT_START = "coalesce(f.period_start, f.as_of)"
_FACT_END = "coalesce(f.period_end, f.as_of, f.period_start)"
_DATES = f"AND {_FACT_START} <= :end AND {_FACT_END} >= :start"


@dataclass(frozen=True)
class Dialect:
    """The fragments a database writes its own way: a set of metrics, and a day's month-day."""

    # A condition on f.metric with :metrics, the metrics as ``metrics_param`` gives them.
    metrics: str
    metrics_param: Callable[[frozenset[str]], Any]
    # A function of one date expression ({day}) giving its 'MM-DD'.
    month_day: str


SQLITE = Dialect(
    metrics="AND f.metric IN (SELECT value FROM json_each(:metrics))",
    metrics_param=lambda metrics: json.dumps(sorted(metrics)),
    month_day="strftime('%m-%d', {day})",
)


_NEWEST = "ORDER BY f.sort_date DESC, f.id DESC LIMIT :limit"
# A country named in any role: one index walk a role, merged. A single statement with the
# three roles OR'ed reads and sorts every fact naming the country (a second at a million facts
# for a busy one); each walk here stops at :limit.
_ROLES = ("origin", "destination", "citizenship")


def _filters(query: FactQuery, params: dict[str, Any], dialect: Dialect) -> list[str]:
    parts = []
    for name in ("destination", "origin"):
        value = getattr(query, name)
        if value is not None:
            parts.append(_FRAGMENTS[name])
            params[name] = value
    if query.metrics is not None:
        parts.append(dialect.metrics)
        params["metrics"] = dialect.metrics_param(query.metrics)
    if query.start is not None:
        end = query.end or date(9999, 12, 31)
        if query.year_known:
            parts.append(_DATES)
            params |= {"start": query.start.isoformat(), "end": end.isoformat()}
        elif query.end is not None and (query.start.month, query.start.day) <= (
            end.month,
            end.day,
        ):
            parts.append(
                f"AND {dialect.month_day.format(day=_FACT_START)} <= :end_day "
                f"AND {dialect.month_day.format(day=_FACT_END)} >= :start_day"
            )
            params |= {"start_day": f"{query.start:%m-%d}", "end_day": f"{end:%m-%d}"}
    return parts


def query_sql(query: FactQuery, dialect: Dialect = SQLITE) -> tuple[str, dict[str, Any]]:
    """The statement and its parameters for ``query``, in ``dialect``'s SQL."""
    params: dict[str, Any] = {"limit": query.limit}
    filters = "\n".join(_filters(query, params, dialect))
    where = f"WHERE f.status = 'published'\n{filters}"
    if query.naming is None:
        return f"{SELECT_FACTS}\n{where}\n{_NEWEST}", params
    params["naming"] = query.naming
    walks = [
        # Named: PostgreSQL before 16 wants every subquery in FROM to have a name.
        f"SELECT * FROM ({SELECT_FACTS}\n{where}\nAND f.{role} = :naming\n{_NEWEST}) AS {role}"
        for role in _ROLES
    ]
    # The columns' order is SELECT_FACTS's: 1 is the id; sort_date is not selected, so the
    # caller orders the (at most three times :limit) rows.
    return "\nUNION\n".join(walks) + "\nORDER BY 1 DESC", params
