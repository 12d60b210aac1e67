"""The countries' counts kept by triggers on PostgreSQL (migration 0004, as SQLite's 0010)
match a count of the facts, after adds, an import's deferred counting, edits that move a fact
between countries or metrics, and retractions (tests/unit/test_fact_counts.py on SQLite)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg

from storage.postgres.migrate import apply_migrations
from tests.postgres_rows import add_document, add_fact

Connection = psycopg.AsyncConnection[Any]

_KEPT = "SELECT country, role, metric, n FROM fact_counts WHERE n > 0"
_RECOUNT = """
SELECT country, role, metric, count(*) FROM fact_roles WHERE status = 'published'
GROUP BY country, role, metric
"""
# What an import does before it commits, as storage/bulk.py does on SQLite: its facts'
# counts and search entries, each in one statement.
_COUNT_IMPORTED = """
INSERT INTO fact_counts AS kept (country, role, metric, n)
SELECT country, role, metric, count(*) FROM fact_roles
WHERE id BETWEEN %(first)s AND %(last)s AND status = 'published'
GROUP BY country, role, metric
ON CONFLICT (country, role, metric) DO UPDATE SET n = kept.n + excluded.n
"""
_INDEX_IMPORTED = """
INSERT INTO facts_search (fact_id, document)
SELECT id, search_document(claim, quote, counted, people, publication, countries)
FROM facts_search_source WHERE id BETWEEN %(first)s AND %(last)s
"""


async def _rows(conn: Connection, query: str) -> set[tuple[object, ...]]:
    cursor = await conn.execute(query)
    return set(await cursor.fetchall())


async def _count(conn: Connection, country: str, role: str, metric: str = "entered") -> int:
    cursor = await conn.execute(
        "SELECT coalesce(sum(n), 0) FROM fact_counts "
        "WHERE country = %s AND role = %s AND metric = %s",
        (country, role, metric),
    )
    row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


async def test_counts_follow_every_kind_of_change(pg: Connection):
    document = await add_document(pg)
    moved = await add_fact(pg, document)  # RUS → GEO, Russians
    await add_fact(pg, document, origin="GEO", destination="GEO", citizenship=None)
    await add_fact(pg, document, metric="statement", qualifier=None, value=None)
    # The flow within Georgia is counted into it, not out of it too; each fact names it once.
    assert await _count(pg, "GEO", "into") == 2
    assert await _count(pg, "GEO", "out") == 0
    assert await _count(pg, "GEO", "any") == 2
    assert await _count(pg, "GEO", "any", "statement") == 1
    await pg.execute("UPDATE facts SET destination = 'ARM' WHERE id = %s", (moved,))
    assert (await _count(pg, "GEO", "into"), await _count(pg, "ARM", "into")) == (1, 1)
    await pg.execute("UPDATE facts SET metric = 'left' WHERE id = %s", (moved,))
    assert (await _count(pg, "ARM", "into"), await _count(pg, "ARM", "into", "left")) == (0, 1)
    await pg.execute(
        "UPDATE facts SET status = 'retracted', retraction_reason = 'wrong' WHERE id = %s",
        (moved,),
    )
    assert await _count(pg, "ARM", "any", "left") == 0
    assert await _count(pg, "RUS", "out", "left") == 0
    # An edit of what is not counted changes no count.
    await pg.execute("UPDATE facts SET claim = 'Edited.' WHERE id = 2")
    assert await _rows(pg, _KEPT) == await _rows(pg, _RECOUNT)


async def test_an_import_counts_and_indexes_its_facts_once_before_it_commits(pg_url: str):
    """While search_deferred holds the import's row, its facts are neither counted nor indexed
    one by one; its two statements then add them whole. Another writer meanwhile does not
    see the row (it is the import's, uncommitted), so its fact is counted as it is added."""
    async with (
        await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as other,
        await psycopg.AsyncConnection.connect(pg_url) as importer,
    ):
        await apply_migrations(other)
        document = await add_document(importer, publisher="Import Times")
        await importer.execute(
            "INSERT INTO search_deferred (since) VALUES (%s)", (datetime.now(UTC),)
        )
        ids = [
            await add_fact(importer, document, claim=f"Flow {n}.", value=n + 1) for n in range(50)
        ]
        assert await _count(importer, "GEO", "into") == 0
        assert await _rows(importer, "SELECT count(*) FROM facts_search") == {(0,)}

        meanwhile = await add_fact(other, await add_document(other, publisher="Other Times"))
        assert await _count(other, "GEO", "into") == 1
        assert await _rows(other, "SELECT fact_id FROM facts_search") == {(meanwhile,)}

        span = {"first": ids[0], "last": ids[-1]}
        await importer.execute(_COUNT_IMPORTED, span)
        await importer.execute(_INDEX_IMPORTED, span)
        await importer.execute("DELETE FROM search_deferred")
        await importer.commit()

        assert await _count(other, "GEO", "into") == 51
        assert await _rows(other, "SELECT count(*) FROM facts_search") == {(51,)}
        assert await _rows(other, _KEPT) == await _rows(other, _RECOUNT)
        # After the import, facts are counted one by one again.
        await add_fact(other, document, claim="After.", value=7)
        assert await _count(other, "GEO", "into") == 52
