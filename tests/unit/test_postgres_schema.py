"""The schema's rules on PostgreSQL, each refusal by the constraint or trigger named for it:
the same rules SQLite's schema keeps (tests/unit/test_storage.py, test_metrics.py,
test_curation_storage.py check them there)."""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import pytest
from psycopg import errors

from storage import BUILT_IN_METRICS, FactStatus, Qualifier, SourceKind
from storage.postgres.migrate import available_migrations
from tests.postgres_rows import NOW, add_document, add_fact, fact_row, insert, insert_statement

Connection = psycopg.AsyncConnection[Any]

# (what is wrong, the fact's columns overridden, the constraint that refuses it)
BAD_FACTS: list[tuple[str, dict[str, object], str]] = [
    ("an unknown metric", {"metric": "handed_over"}, "facts_metric_known"),
    ("an unknown qualifier", {"qualifier": "roughly"}, "facts_qualifier_known"),
    ("an unknown status", {"status": "hidden"}, "facts_status_known"),
    ("a negative value", {"value": -5}, "facts_value_not_negative"),
    ("a range without its high end", {"qualifier": "range"}, "facts_high_only_for_range"),
    ("a range upside down", {"qualifier": "range", "value_high": 10}, "facts_high_above_value"),
    ("a high end without a range", {"value_high": 60_000}, "facts_high_only_for_range"),
    ("a figure without a qualifier", {"qualifier": None}, "facts_figure_has_qualifier"),
    (
        "a count without a figure",
        {"qualifier": None, "value": None},
        "facts_statement_has_no_figure",
    ),
    ("a statement with a figure", {"metric": "statement"}, "facts_statement_has_no_figure"),
    ("no date at all", {"period_start": None, "period_end": None}, "facts_dated"),
    (
        "a period's end without its start",
        {"period_start": None, "as_of": date(2022, 10, 1)},
        "facts_period_in_order",
    ),
    ("a period upside down", {"period_end": date(2022, 9, 1)}, "facts_period_in_order"),
    ("a retraction without a reason", {"status": "retracted"}, "facts_retraction_has_reason"),
    (
        "a reason without a retraction",
        {"retraction_reason": "wrong"},
        "facts_retraction_has_reason",
    ),
    ("a blank claim", {"claim": "   "}, "facts_claim_length"),
    ("a claim too long", {"claim": "x" * 301}, "facts_claim_length"),
    ("a blank quote", {"quote": ""}, "facts_quote_length"),
    ("a lower-case country", {"origin": "rus"}, "facts_origin_code"),
    ("a two-letter country", {"destination": "GE"}, "facts_destination_code"),
    ("a country named, not coded", {"citizenship": "Russia"}, "facts_citizenship_code"),
    ("a document that does not exist", {"document_id": 12345}, "facts_document_known"),
    ("a source that does not exist", {"attributed_to_id": 12345}, "facts_attributed_to_known"),
    ("version zero", {"version": 0}, "facts_version_positive"),
]

# (what is wrong, table, row, the constraint that refuses it); :doc and :fact are filled in.
BAD_ROWS: list[tuple[str, str, dict[str, object], str]] = [
    *[
        (
            f"published {bad!r}",
            "documents",
            {"publisher_id": 1, "title": "x", "published_at": bad},
            "documents_published_at_real",
        )
        for bad in (
            "",
            "2022-02-30",
            "2023-02-29",
            "October 2022",
            "2022-10-04T25:00",
            "2022-13-01",
            "2022-10-04T12:00:00+3",
            "22-10-04",
        )
    ],
    (
        "a link that is not http(s)",
        "documents",
        {"publisher_id": 1, "title": "x", "published_at": "2022-10-04", "url": "ftp://x.org"},
        "documents_url_http",
    ),
    (
        "a publisher that does not exist",
        "documents",
        {"publisher_id": 999, "title": "x", "published_at": "2022-10-04"},
        "documents_publisher_known",
    ),
    (
        "an unknown kind of source",
        "sources",
        {"name": "Bot", "kind": "robot"},
        "sources_kind_known",
    ),
    (
        "a source named as another, in other case",
        "sources",
        {"name": "EXAMPLE TIMES", "kind": "outlet"},
        "sources_name_unique",
    ),
    (
        "a metric's name with spaces",
        "metrics",
        {
            "name": "handed over",
            "direction": "out",
            "label_en": "a",
            "label_ru": "a",
            "label_uk": "a",
            "label_kk": "a",
            "position": 99,
            "created_at": NOW,
            "created_by": "t",
        },
        "metrics_name_is_a_word",
    ),
    (
        "a metric going up",
        "metrics",
        {
            "name": "flew",
            "direction": "up",
            "label_en": "a",
            "label_ru": "a",
            "label_uk": "a",
            "label_kk": "a",
            "position": 99,
            "created_at": NOW,
            "created_by": "t",
        },
        "metrics_direction_known",
    ),
    (
        "an unknown audit action",
        "audit_log",
        {"at": NOW, "actor": "t", "action": "delete", "fact_id": ":fact"},
        "audit_log_action_known",
    ),
    (
        "an import naming one fact",
        "audit_log",
        {"at": NOW, "actor": "t", "action": "import", "fact_id": ":fact"},
        "audit_log_fact_unless_import",
    ),
    (
        "an edit naming no fact",
        "audit_log",
        {"at": NOW, "actor": "t", "action": "edit"},
        "audit_log_fact_unless_import",
    ),
    (
        "an audit entry by nobody",
        "audit_log",
        {"at": NOW, "actor": "", "action": "add", "fact_id": ":fact"},
        "audit_log_actor_named",
    ),
    (
        "an unknown chat language",
        "chat_languages",
        {"chat_id": 1, "language": "de", "set_by": 1, "set_at": NOW},
        "chat_languages_language_known",
    ),
    (
        "an unknown kind of chat",
        "follower_chats",
        {"chat_id": 1, "kind": "bot", "language": "en", "since": NOW},
        "follower_chats_kind_known",
    ),
    (
        "an unknown follower's language",
        "follower_chats",
        {"chat_id": 1, "kind": "private", "language": "fr", "since": NOW},
        "follower_chats_language_known",
    ),
    (
        "a follow by a chat never seen",
        "follows",
        {"chat_id": 404, "country": "GEO", "followed_by": 1, "followed_at": NOW},
        "follows_chat_known",
    ),
    (
        "a notice both sent and dropped",
        "outbox",
        {"chat_id": 1, "audit_id": 1, "created_at": NOW, "sent_at": NOW, "dropped": "blocked"},
        "outbox_sent_or_dropped",
    ),
    (
        "a notice tried -1 times",
        "outbox",
        {"chat_id": 1, "audit_id": 1, "created_at": NOW, "attempts": -1},
        "outbox_attempts_not_negative",
    ),
    (
        "a count below zero",
        "fact_counts",
        {"country": "GEO", "role": "into", "metric": "entered", "n": -1},
        "fact_counts_not_negative",
    ),
    (
        "a country's role sideways",
        "fact_counts",
        {"country": "GEO", "role": "sideways", "metric": "entered", "n": 1},
        "fact_counts_role_known",
    ),
]


@pytest.fixture(name="fact_id")
async def _fact_id(pg: Connection) -> int:
    """One valid fact, its source Example Times (id 1), an audit entry (id 1) and a follower."""
    fact = await add_fact(pg, await add_document(pg))
    await insert(pg, "audit_log", {"at": NOW, "actor": "t", "action": "add", "fact_id": fact})
    await insert(
        pg, "follower_chats", {"chat_id": 1, "kind": "group", "language": "ru", "since": NOW}
    )
    return fact


async def _count(conn: Connection, table: str) -> int:
    cursor = await conn.execute(
        psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(table))
    )
    row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


async def _refusal(conn: Connection, statement: Any, values: list[object]) -> str | None:
    """The constraint that refused ``statement``, or None if it was made."""
    try:
        await conn.execute(statement, values)
    except psycopg.IntegrityError as refused:
        return refused.diag.constraint_name
    return None


def _update(column_values: dict[str, object]) -> psycopg.sql.Composed:
    assignments = psycopg.sql.SQL(", ").join(
        psycopg.sql.SQL("{} = {}").format(
            psycopg.sql.Identifier(column), psycopg.sql.Placeholder()
        )
        for column in column_values
    )
    return psycopg.sql.SQL("UPDATE facts SET {} WHERE id = %s").format(assignments)


async def test_a_bad_fact_is_refused_by_its_rule(pg: Connection, fact_id: int):
    """Each bad fact of the table, added or made by an edit, is refused by the constraint
    named for what is wrong (one database for all: each refusal writes nothing)."""
    document = await add_document(pg, publisher="Other Times")
    wrongly_kept = []
    for wrong, overrides, constraint in BAD_FACTS:
        row = fact_row(document) | overrides
        added = await _refusal(pg, insert_statement("facts", row), list(row.values()))
        if added != constraint:
            wrongly_kept.append((wrong, "added", added))
        if "document_id" not in overrides:
            edited = await _refusal(pg, _update(overrides), [*overrides.values(), fact_id])
            if edited != constraint:
                wrongly_kept.append((wrong, "edited", edited))
    assert wrongly_kept == []
    assert await _count(pg, "facts") == 1


async def test_a_bad_row_is_refused_by_its_rule(pg: Connection, fact_id: int):
    wrongly_kept = []
    for wrong, table, row, constraint in BAD_ROWS:
        values = {column: fact_id if value == ":fact" else value for column, value in row.items()}
        refused_by = await _refusal(pg, insert_statement(table, values), list(values.values()))
        if refused_by != constraint:
            wrongly_kept.append((wrong, refused_by))
    assert wrongly_kept == []
    assert [await _count(pg, table) for table in ("documents", "audit_log", "outbox")] == [1, 1, 0]


async def test_a_fact_needs_a_document(pg: Connection, fact_id: int):
    with pytest.raises(errors.NotNullViolation) as refused:
        await insert(pg, "facts", fact_row(None))
    assert refused.value.diag.column_name == "document_id"


async def test_an_impossible_day_is_refused_by_the_date_type(pg: Connection, fact_id: int):
    """Facts' days are real DATEs: PostgreSQL itself refuses 30 February."""
    for column in ("period_start", "period_end", "as_of"):
        with pytest.raises(errors.DatetimeFieldOverflow):
            await pg.execute(
                psycopg.sql.SQL("UPDATE facts SET {} = '2022-02-30' WHERE id = %s").format(
                    psycopg.sql.Identifier(column)
                ),
                [fact_id],
            )


async def test_the_forms_of_a_publication_date_that_python_writes_pass(pg: Connection):
    publisher = await insert(pg, "sources", {"name": "Dates", "kind": "outlet"})
    for n, good in enumerate(
        (
            "2022-10-04",
            "2024-02-29",
            "2000-02-29",
            "2022-10-04T18:00:00",
            "2022-09-28T18:00:00+03:00",
            "2022-09-28T18:00:00.123456+00:00",
            "2022-09-28T18:00Z",
            "2022-09-28 18:00:00-05:30",
        )
    ):
        await insert(
            pg, "documents", {"publisher_id": publisher, "title": f"t{n}", "published_at": good}
        )


async def test_every_metric_and_qualifier_passes_the_schema(pg: Connection):
    document = await add_document(pg)
    for kind in BUILT_IN_METRICS:
        figure = (
            {"qualifier": None, "value": None}
            if kind.name == "statement"
            else {"qualifier": "exact", "value": 1}
        )
        await add_fact(pg, document, metric=kind.name, claim=kind.name, **figure)
    for qualifier in Qualifier:
        high = 9 if qualifier is Qualifier.RANGE else None
        await add_fact(pg, document, qualifier=qualifier.value, value=3, value_high=high)
    assert await _count(pg, "facts") == len(BUILT_IN_METRICS) + len(Qualifier)


def test_sql_enumerations_match_the_models():
    """Every value the models accept appears in the schema's CHECKs."""
    schema = available_migrations()[0].sql
    for value in [*Qualifier, *SourceKind, *FactStatus]:
        assert f"'{value.value}'" in schema, value


async def test_built_in_metrics_are_the_rows_the_migration_writes(pg: Connection):
    cursor = await pg.execute(
        "SELECT name, direction, label_en, label_ru, label_uk, label_kk FROM metrics "
        "ORDER BY position"
    )
    rows = await cursor.fetchall()
    assert rows == [
        (
            kind.name,
            kind.direction.value,
            kind.labels.en,
            kind.labels.ru,
            kind.labels.uk,
            kind.labels.kk,
        )
        for kind in BUILT_IN_METRICS
    ]


REFUSED_CHANGES = [
    ("DELETE FROM facts", "facts are never deleted"),
    ("TRUNCATE facts CASCADE", "facts are never deleted"),
    ("DELETE FROM documents", "documents are never deleted"),
    ("DELETE FROM sources", "sources are never deleted"),
    ("DELETE FROM metrics WHERE name = 'crossings'", "metrics are never deleted"),
    (
        "UPDATE metrics SET direction = 'into' WHERE name = 'left'",
        "keeps its name and direction",
    ),
    ("UPDATE audit_log SET actor = 'someone else'", "append-only"),
    ("DELETE FROM audit_log", "append-only"),
    ("TRUNCATE audit_log CASCADE", "append-only"),
]


async def test_nothing_kept_is_deleted_or_rewritten(pg: Connection, fact_id: int):
    for statement, message in REFUSED_CHANGES:
        with pytest.raises(psycopg.IntegrityError, match=message):
            await pg.execute(statement)
    assert await _count(pg, "facts") == 1
    assert await _count(pg, "audit_log") == 1


async def test_a_metric_s_labels_can_be_corrected(pg: Connection):
    await pg.execute(
        "UPDATE metrics SET label_en = 'refugees on record' WHERE name = 'refugees_registered'"
    )
