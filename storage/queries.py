"""The SQL of reads, and turning its rows into Facts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import aiosqlite
from pydantic import ValidationError

from storage.errors import FactNotFound, InvalidFact, StoreUnavailable
from storage.models import Fact, FactStatus

__all__ = [
    "ALL_FACTS",
    "COLUMNS",
    "COUNTRIES_WITH_FACTS",
    "COUNT_FACTS",
    "COUNT_MATCHES",
    "FACTS_BY_SOURCE",
    "FACTS_BY_SOURCE_NEWEST",
    "FACTS_NAMING",
    "FLOWS_FOR",
    "HISTORY",
    "SAME_FIGURE",
    "SEARCH_NEWER",
    "SEARCH_NEWEST",
    "SEARCH_RANKED",
    "SELECT_FACTS",
    "SET_LEMMAS",
    "SOURCES_NAMED",
    "SOURCE_SUMMARIES",
    "UNLEMMATISED",
    "fact_from_row",
    "fetch_fact",
    "fetch_fact_now",
]

# Flows are the metrics with a direction, as the store's vocabulary says (storage.metrics).
_FLOW_METRICS_SQL = "SELECT name FROM metrics WHERE direction <> 'none'"

_SELECT_FACTS = """
SELECT f.id, f.metric, f.counted, f.origin, f.destination, f.citizenship,
       f.qualifier, f.value, f.value_high, f.period_start, f.period_end, f.as_of,
       f.claim, f.quote, f.status, f.retraction_reason,
       f.created_at, f.created_by, f.updated_at, f.updated_by, f.version,
       a.name AS a_name, a.kind AS a_kind, a.description AS a_description,
       c.name AS c_name, c.kind AS c_kind, c.description AS c_description,
       p.name AS publisher, d.title, d.author, d.published_at, d.url
FROM facts f
JOIN documents d ON d.id = f.document_id
JOIN sources p ON p.id = d.publisher_id
LEFT JOIN sources a ON a.id = f.attributed_to_id
LEFT JOIN sources c ON c.id = f.carried_by_id
"""
# Every column a Fact is built from; callers add WHERE, ORDER BY and LIMIT.
SELECT_FACTS = _SELECT_FACTS
_NEWEST_FIRST = "ORDER BY f.sort_date DESC, f.id DESC"

_GET_FACT = f"{_SELECT_FACTS} WHERE f.id = ?"
FLOWS_FOR = f"""{_SELECT_FACTS}
WHERE f.status = 'published' AND f.metric IN ({_FLOW_METRICS_SQL})
  AND (f.origin = :country OR f.destination = :country)
{_NEWEST_FIRST}"""
# The published facts that give the same figure for the same thing between the same countries,
# from any source: an article's candidate is shown as one of them, not proposed again.
SAME_FIGURE = f"""{_SELECT_FACTS}
WHERE f.status = 'published' AND f.metric = :metric AND f.value = :value
  AND f.qualifier = :qualifier AND f.value_high IS :value_high
  AND f.origin IS :origin AND f.destination IS :destination
  AND f.period_start IS :period_start AND f.period_end IS :period_end
{_NEWEST_FIRST}
LIMIT 1"""
FACTS_NAMING = f"""{_SELECT_FACTS}
WHERE f.status = 'published'
  AND (f.origin = :country OR f.destination = :country OR f.citizenship = :country)
{_NEWEST_FIRST}
LIMIT :limit"""
COUNT_FACTS = "SELECT count(*) FROM facts"
# Whether the store holds any fact at all (a count would read every row).
ANY_FACT = "SELECT EXISTS (SELECT 1 FROM facts)"
# Which of the given codes some published fact names: three index seeks a code, whatever the
# store's size.
COUNTRIES_WITH_FACTS = """
SELECT c.value FROM json_each(:codes) c
WHERE EXISTS (SELECT 1 FROM facts f WHERE f.destination = c.value AND f.status = 'published')
   OR EXISTS (SELECT 1 FROM facts f WHERE f.origin = c.value AND f.status = 'published')
   OR EXISTS (SELECT 1 FROM facts f WHERE f.citizenship = c.value AND f.status = 'published')
ORDER BY c.key
"""
# Every source with the published facts it backs, in each of its roles.
SOURCE_SUMMARIES = """
SELECT s.id, s.name, s.kind, s.description,
       (SELECT count(*) FROM facts f
        WHERE f.attributed_to_id = s.id AND f.status = 'published') AS said,
       (SELECT count(*) FROM facts f
        WHERE f.carried_by_id = s.id AND f.status = 'published') AS carried,
       (SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id
        WHERE d.publisher_id = s.id AND f.status = 'published') AS published
FROM sources s
WHERE (:name IS NULL OR s.name LIKE :name ESCAPE '\\') AND (:id IS NULL OR s.id = :id)
"""
# The newest published facts a source said, carried or published: three index walks (one a
# role), each stopping at :limit, instead of one scan of every fact for the OR of the roles.
FACTS_BY_SOURCE_NEWEST = f"""
SELECT * FROM ({_SELECT_FACTS}
    WHERE f.attributed_to_id = :source AND f.status = 'published' {_NEWEST_FIRST} LIMIT :limit)
UNION
SELECT * FROM ({_SELECT_FACTS}
    WHERE f.carried_by_id = :source AND f.status = 'published' {_NEWEST_FIRST} LIMIT :limit)
UNION
SELECT * FROM ({_SELECT_FACTS}
    WHERE f.document_id IN (SELECT id FROM documents WHERE publisher_id = :source)
      AND f.status = 'published' {_NEWEST_FIRST} LIMIT :limit)
ORDER BY 1 DESC
LIMIT :limit
"""
# Sources whose name holds some text: no counting, for a name a question may hold.
SOURCES_NAMED = """
SELECT id, name FROM sources WHERE name LIKE :name ESCAPE '\\' ORDER BY id LIMIT :limit
"""
FACTS_BY_SOURCE = f"""{_SELECT_FACTS}
WHERE f.status = 'published'
  AND (f.attributed_to_id = :source OR f.carried_by_id = :source OR d.publisher_id = :source)
{_NEWEST_FIRST}
LIMIT :limit"""
# How many facts match, counting no further than :pool: FTS5 stops after :pool matches.
COUNT_MATCHES = """
SELECT count(*) FROM (SELECT 1 FROM facts_search WHERE facts_search MATCH :match LIMIT :pool)
"""
# Best match first. bm25 reads every match of each word (for its rarity), so this is for
# queries that match few facts.
SEARCH_RANKED = f"""{_SELECT_FACTS}
JOIN facts_search s ON s.rowid = f.id
WHERE facts_search MATCH :match AND f.status = 'published'
ORDER BY s.rank, f.id
LIMIT :limit OFFSET :skip"""
# Newest first: FTS5 walks the matches down from :before (a later page's cursor) and stops at
# :limit.
SEARCH_NEWEST = f"""{_SELECT_FACTS}
JOIN facts_search s ON s.rowid = f.id
WHERE facts_search MATCH :match AND s.rowid < :before AND f.status = 'published'
ORDER BY s.rowid DESC
LIMIT :limit"""
# The ids of the matches just newer than :after, oldest first: a newest-first search's way back.
SEARCH_NEWER = """
SELECT s.rowid FROM facts_search s JOIN facts f ON f.id = s.rowid
WHERE facts_search MATCH :match AND s.rowid > :after AND f.status = 'published'
ORDER BY s.rowid ASC
LIMIT :limit"""
ALL_FACTS = f"{_SELECT_FACTS} WHERE :everything OR f.status = 'published' ORDER BY f.id"
# Facts stored without their lemmas (storage.lemmas), a batch at a time up the primary key.
UNLEMMATISED = """
SELECT id, claim, quote, counted FROM facts
WHERE id > :after AND search_lemmas IS NULL ORDER BY id LIMIT :limit
"""
# Unless an edit stored newer lemmas since they were read.
SET_LEMMAS = "UPDATE facts SET search_lemmas = ? WHERE id = ? AND search_lemmas IS NULL"
HISTORY = """
SELECT version, at, actor, action, reason, before, after FROM audit_log
WHERE fact_id = ? ORDER BY id
"""
COLUMNS = (
    "id", "metric", "counted", "origin", "destination", "citizenship",
    "qualifier", "value", "value_high", "period_start", "period_end", "as_of",
    "claim", "quote", "status", "retraction_reason",
    "created_at", "created_by", "updated_at", "updated_by", "version",
    "a_name", "a_kind", "a_description", "c_name", "c_kind", "c_description",
    "publisher", "title", "author", "published_at", "url",
)  # fmt: skip


async def fetch_fact(conn: aiosqlite.Connection, fact_id: int, path: Path) -> Fact:
    try:
        rows = list(await conn.execute_fetchall(_GET_FACT, (fact_id,)))
    except sqlite3.Error as error:
        raise StoreUnavailable(f"cannot read the database {path}: {error}") from error
    if not rows:
        raise FactNotFound(fact_id)
    return fact_from_row(dict(zip(COLUMNS, rows[0], strict=True)))


def _source(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_name"] is None:
        return None
    return {
        "name": row[f"{prefix}_name"],
        "kind": row[f"{prefix}_kind"],
        "description": row[f"{prefix}_description"],
    }


def fact_from_row(row: dict[str, Any]) -> Fact:
    figure = None
    if row["qualifier"] is not None:
        figure = {"qualifier": row["qualifier"], "value": row["value"], "high": row["value_high"]}
    try:
        return Fact.model_validate(
            {
                "id": row["id"],
                "metric": row["metric"],
                "counted": row["counted"],
                "origin": row["origin"],
                "destination": row["destination"],
                "citizenship": row["citizenship"],
                "figure": figure,
                "period_start": row["period_start"],
                "period_end": row["period_end"],
                "as_of": row["as_of"],
                "claim": row["claim"],
                "quote": row["quote"],
                "citation": {
                    "attributed_to": _source(row, "a"),
                    "carried_by": _source(row, "c"),
                    "document": {
                        "publisher": row["publisher"],
                        "title": row["title"],
                        "author": row["author"],
                        "published_at": row["published_at"],
                        "url": row["url"],
                    },
                },
                "status": FactStatus(row["status"]),
                "retraction_reason": row["retraction_reason"],
                "created_at": row["created_at"],
                "created_by": row["created_by"],
                "updated_at": row["updated_at"],
                "updated_by": row["updated_by"],
                "version": row["version"],
            }
        )
    except ValidationError as error:
        raise InvalidFact(f"fact {row['id']} in the database is malformed: {error}") from error


def fetch_fact_now(conn: sqlite3.Connection, fact_id: int) -> Fact:
    """The fact with this id, read on a plain connection inside a write transaction.

    Raises:
        FactNotFound: no fact has that id.
    """
    row = conn.execute(_GET_FACT, (fact_id,)).fetchone()
    if row is None:
        raise FactNotFound(fact_id)
    return fact_from_row(dict(zip(COLUMNS, row, strict=True)))
