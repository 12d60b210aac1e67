"""The benchmark's PostgreSQL side: a private server, ``factbot import`` into it, and /flows and
/search answered from it beside their bare SQL on the same server.

The server is the tests' (tests/postgres.py: initdb and pg_ctl from the installed binaries, a
Unix socket in a temporary directory, no TCP port) with durable settings, as an operator runs
one: the SQLite store it is compared with syncs its commits too. The bot's side is
``bot.answers`` over a real ``PostgresStore``; the baseline runs the same statements with the
same parameters through one psycopg connection and fetches the rows, nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from benchmarks.lookup import ENGLISH, Timing, flows_statements, summary, time_statements
from benchmarks.measure import time_calls
from benchmarks.processes import Run, factbot, factbot_env, run
from bot.answers import SEARCH_SHOWN, flows_answer, search_answer
from bot.language.countries import resolve_country
from storage.facts import SEARCH_POOL, WHOLE_WORDS_ENOUGH
from storage.postgres import queries
from storage.postgres.connection import SESSION_OPTIONS
from storage.postgres.search import tsquery_all
from storage.postgres.sql import named
from storage.postgres.store import PostgresStore
from storage.walks import NEWEST_END
from tests.postgres import NOT_INSTALLED, PostgresServer, find_server_binaries, running_server

__all__ = [
    "database",
    "explain",
    "factbot_import",
    "private_server",
    "server_settings",
    "time_flows",
    "time_search",
]

# The tests' server trades durability for speed; the benchmark's keeps PostgreSQL's defaults
# for that (fsync, synchronous_commit, full_page_writes on) and gives it the memory and WAL
# room a server of a million facts would be given: the import's WAL is not cut short by
# checkpoints every 1 GB.
_SETTINGS = {
    "fsync": "on",
    "synchronous_commit": "on",
    "full_page_writes": "on",
    "wal_level": "replica",
    "max_wal_senders": "2",
    "shared_buffers": "'256MB'",
    "max_wal_size": "'8GB'",
    "maintenance_work_mem": "'256MB'",
}
_Statements = list[tuple[str, dict[str, Any]]]


@contextmanager
def private_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this run's own, removed afterwards.

    Raises:
        SystemExit: no server binaries are installed.
    """
    bindir = find_server_binaries()
    if bindir is None:
        raise SystemExit(NOT_INSTALLED)
    with running_server(bindir, _SETTINGS) as server:
        yield server


def database(server: PostgresServer, name: str) -> str:
    """A new empty database ``name`` on ``server``, as a URL (the server goes with the run)."""
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                sql.Identifier(name)
            )
        )
    return server.url(name)


def factbot_import(csv_file: Path, url: str, work: Path) -> Run:
    """``factbot import FILE`` with FACTBOT_DATABASE_URL set: into PostgreSQL, by COPY."""
    # FACTBOT_DB_PATH is not read when the URL is set; it names a file that is never made.
    env = factbot_env(work / "unused.db", FACTBOT_DATABASE_URL=url)
    return run([factbot(), "import", str(csv_file)], env=env)


def size_bytes(url: str) -> int:
    """The database's size on disk (tables, indexes, search index)."""
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    assert row is not None  # noqa: S101 - one row always
    return int(row[0])


def server_settings(url: str) -> dict[str, str]:
    """The server's version and the settings its figures depend on, for the report."""
    names = ("server_version", *(name for name in _SETTINGS if name != "max_wal_senders"))
    shown = {}
    with psycopg.connect(url) as conn:
        for name in names:
            row = conn.execute(sql.SQL("SHOW {}").format(sql.Identifier(name))).fetchone()
            shown[name] = str(row[0]) if row is not None else ""
    return shown


def _time_sql(
    url: str, statements: _Statements, runs: int, *, kept_plans: bool = False
) -> tuple[list[float], int]:
    # The store's session settings (no parallel workers), as the bot's reads have them.
    with psycopg.connect(url, autocommit=True, options=SESSION_OPTIONS) as conn:
        if kept_plans:
            # As the store reads a page (storage.postgres.access): planned once, then kept.
            conn.execute("SET plan_cache_mode = force_generic_plan")
        return time_statements(conn, statements, runs)


def _flows(code: str) -> _Statements:
    """/flows COUNTRY's statements as the PostgreSQL store runs them (storage.postgres.pages)."""
    return [(named(text), params) for text, params in flows_statements(code)]


def _search(url: str, word: str) -> _Statements:
    """The statements PostgresStore.search_facts runs for ``word``, with its parameters."""
    statements: _Statements = []
    matches = 0
    match = None
    with psycopg.connect(url) as conn:
        for prefix in (False, True):
            match = tsquery_all([word], prefix=prefix)
            count = {"match": match, "pool": SEARCH_POOL}
            statements.append((queries.COUNT_MATCHES, count))
            row = conn.execute(queries.COUNT_MATCHES, count).fetchone()
            matches = int(row[0]) if row is not None else 0
            if matches >= WHOLE_WORDS_ENOUGH:
                break
    ranked = matches < SEARCH_POOL
    search = queries.SEARCH_RANKED if ranked else queries.SEARCH_NEWEST
    page = {"match": match, "limit": SEARCH_SHOWN + 1, "skip": 0, "before": NEWEST_END.id}
    statements.append((search, page))
    return statements


async def time_flows(url: str, country: str, runs: int) -> Timing:
    """/flows COUNTRY answered from PostgreSQL ``runs`` times, and its SQL run as often."""
    match = resolve_country(country)
    assert match.country is not None, country  # noqa: S101 - the benchmark names real ones
    async with await PostgresStore.open(url) as store:
        bot = await time_calls(lambda: flows_answer(store, country, ENGLISH), runs)
    times, rows = _time_sql(url, _flows(match.country.code), runs, kept_plans=True)
    return summary(bot, times, rows)


async def time_search(url: str, word: str, runs: int) -> Timing:
    """/search WORD answered from PostgreSQL ``runs`` times, and its SQL run as often."""
    async with await PostgresStore.open(url) as store:
        bot = await time_calls(lambda: search_answer(store, word, ENGLISH), runs)
    statements = _search(url, word)
    times, rows = _time_sql(url, statements, runs)
    return summary(bot, times, rows - len(statements) + 1)


def explain(url: str, code: str, words: tuple[str, ...]) -> dict[str, list[str]]:
    """EXPLAIN (ANALYZE, BUFFERS) of each statement /flows runs, and of /search's for each
    word: where the time of a slow one goes."""
    statements = {
        f"flows ({number})": statement for number, statement in enumerate(_flows(code), start=1)
    }
    for word in words:
        for number, statement in enumerate(_search(url, word), start=1):
            statements[f"search {word} ({number})"] = statement
    plans = {}
    with psycopg.connect(url, autocommit=True, options=SESSION_OPTIONS) as conn:
        for name, (text, params) in statements.items():
            rows = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS) {text}", params).fetchall()
            plans[name] = [str(row[0]) for row in rows]
    return plans
