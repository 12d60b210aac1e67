"""PostgreSQL beside SQLite in the same run (``--postgresql``, issue 15): the same CSV imported
by ``factbot import`` into a private PostgreSQL server (COPY), /flows and /search answered from
each store in turn, ``factbot run`` serving the same updates from each, and then from one and
from two replicas in webhook mode behind a round-robin proxy.

Each PostgreSQL figure's baseline is SQLite's, measured in this run: the lookups are timed on
both stores back to back, so the machine's load at that moment weighs on both alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from benchmarks import lookup, postgresql
from benchmarks.endtoend import Served, serve
from benchmarks.lookup import Timing
from benchmarks.measure import Figure, Report
from benchmarks.replicas import serve_replicas
from bot.language.countries import resolve_country

__all__ = ["SqliteRun", "postgresql_beside_sqlite"]


@dataclass(frozen=True)
class SqliteRun:
    """What the run measured on SQLite already, for the PostgreSQL figures to stand beside."""

    csv_file: Path
    db: Path
    facts: int
    import_s: float
    bare_import_s: float
    served: Served
    texts: list[str]


async def postgresql_beside_sqlite(
    report: Report,
    sqlite: SqliteRun,
    work: Path,
    *,
    countries: tuple[str, ...],
    words: tuple[str, ...],
    runs: int,
) -> None:
    """Start a PostgreSQL server of the run's own, import the CSV into it, and add each
    figure beside SQLite's."""
    print("\n== postgresql: the same CSV, lookups and updates on PostgreSQL", flush=True)
    with postgresql.private_server() as server:
        url = postgresql.database(server, "factbot")
        report.extra["postgresql_server"] = postgresql.server_settings(url)
        _import(report, sqlite, url, work)
        await _lookups(report, sqlite, url, countries, runs)
        await _searches(report, sqlite, url, words, max(100, runs // 5))
        report.extra["postgresql_plans"] = postgresql.explain(url, _code(countries[0]), words)
        await _end_to_end(report, sqlite, url, work)
        await _replicas(report, sqlite, url, work)


def _code(country: str) -> str:
    match = resolve_country(country)
    assert match.country is not None, country  # noqa: S101 - the benchmark names real ones
    return match.country.code


def _import(report: Report, sqlite: SqliteRun, url: str, work: Path) -> None:
    imported = postgresql.factbot_import(sqlite.csv_file, url, work)
    if imported.code != 0:
        raise SystemExit(f"factbot import into PostgreSQL failed: {imported.stderr}")
    size = postgresql.size_bytes(url)
    report.add(Figure(
        "postgres", f"factbot import, {sqlite.facts:,} rows (COPY)", imported.seconds, "s",
        sqlite.import_s, "factbot import into SQLite",
        notes={
            "rows_per_s": sqlite.facts / imported.seconds,
            "sqlite3_import_s": sqlite.bare_import_s,
            "peak_mb_client": imported.peak_mb,
            "database_bytes": size,
        },
    ))  # fmt: skip
    report.add(Figure(
        "postgres", "factbot import into PostgreSQL", imported.seconds, "s",
        sqlite.bare_import_s, "sqlite3 .import, bare table",
    ))  # fmt: skip
    report.add(Figure(
        "postgres", f"database size per fact ({sqlite.facts:,} facts)", size / sqlite.facts, "B",
        sqlite.db.stat().st_size / sqlite.facts, "SQLite file per fact",
    ))  # fmt: skip


def _side_by_side(
    report: Report, what: str, on_postgres: Timing, on_sqlite: Timing, *, hits: bool = False
) -> None:
    """One lookup's p50, p99 and bare SQL p99 on PostgreSQL, each beside SQLite's."""
    found = f" ({on_postgres.rows} hits)" if hits else ""
    for name, value, baseline in (
        ("p50", on_postgres.p50, on_sqlite.p50),
        ("p99", on_postgres.p99, on_sqlite.p99),
    ):
        report.add(Figure(
            "postgres", f"{what} {name}{found}", value, "ms", baseline,
            f"SQLite {name}" + (f" ({on_sqlite.rows} hits)" if hits else ""),
            notes={
                **({} if hits else {"rows": on_postgres.rows}),
                "postgres_sql_p50": on_postgres.sql_p50,
                "postgres_sql_p99": on_postgres.sql_p99,
                "sqlite_sql_p50": on_sqlite.sql_p50,
                "sqlite_sql_p99": on_sqlite.sql_p99,
            },
        ))  # fmt: skip
    report.add(Figure(
        "postgres", f"{what} bare SQL p99", on_postgres.sql_p99, "ms",
        on_sqlite.sql_p99, "SQLite bare SQL p99",
    ))  # fmt: skip


async def _lookups(
    report: Report, sqlite: SqliteRun, url: str, countries: tuple[str, ...], runs: int
) -> None:
    for country in countries:
        on_sqlite = await lookup.time_flows(sqlite.db, country, runs)
        on_postgres = await postgresql.time_flows(url, country, runs)
        _side_by_side(report, f"/flows {country}", on_postgres, on_sqlite)


async def _searches(
    report: Report, sqlite: SqliteRun, url: str, words: tuple[str, ...], runs: int
) -> None:
    for word in words:
        on_sqlite = await lookup.time_search(sqlite.db, word, runs)
        on_postgres = await postgresql.time_search(url, word, runs)
        _side_by_side(report, f"/search {word}", on_postgres, on_sqlite, hits=True)


async def _end_to_end(report: Report, sqlite: SqliteRun, url: str, work: Path) -> None:
    # FACTBOT_DB_PATH is not read when FACTBOT_DATABASE_URL is set.
    served = await serve("factbot", sqlite.texts, db=work / "unused.db", database_url=url)
    report.add(Figure(
        "postgres", "updates/s, factbot run, one replica", served.per_second, "/s",
        sqlite.served.per_second, "factbot run on SQLite",
        notes={
            "updates": served.updates,
            "p50_ms": served.p50_ms,
            "p99_ms": served.p99_ms,
            "sqlite_p50_ms": sqlite.served.p50_ms,
            "sqlite_p99_ms": sqlite.served.p99_ms,
            "refused": served.refused,
        },
    ))  # fmt: skip
    report.add(Figure(
        "postgres", "factbot run peak RSS, one replica", served.peak_mb, "MB",
        sqlite.served.peak_mb, "factbot run on SQLite",
    ))  # fmt: skip


async def _replicas(report: Report, sqlite: SqliteRun, url: str, work: Path) -> None:
    one, _ = await serve_replicas(sqlite.texts, database_url=url, replicas=1, work=work)
    two, shares = await serve_replicas(sqlite.texts, database_url=url, replicas=2, work=work)
    report.add(Figure(
        "postgres", "updates/s, webhook, one replica behind the proxy", one.per_second, "/s",
        sqlite.served.per_second, "factbot run on SQLite (polling)",
        notes={"p50_ms": one.p50_ms, "p99_ms": one.p99_ms, "peak_mb": one.peak_mb},
    ))  # fmt: skip
    report.add(Figure(
        "postgres", "updates/s, webhook, two replicas behind the proxy", two.per_second, "/s",
        one.per_second, "one replica behind the proxy",
        notes={
            "p50_ms": two.p50_ms,
            "p99_ms": two.p99_ms,
            "peak_mb_largest_replica": two.peak_mb,
            "answered_by_each": shares,
        },
    ))  # fmt: skip
