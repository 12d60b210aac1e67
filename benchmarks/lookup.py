"""/flows and /search in this process, as the bot answers them, beside the bare SQL of their rows.

The bot's side is ``bot.answers`` over a real ``FactStore`` (query, rows to models, HTML): all
of a reply but the network. The baseline runs the same SQL with the same parameters through
the sqlite3 module and fetches the rows, nothing more.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.measure import percentile, time_calls
from bot.answers import FLOWS_SHOWN, SEARCH_SHOWN, flows_answer, search_answer
from bot.answers.pages import answer_page
from bot.answers.questions import candidate_query, question_answer, question_facts
from bot.language.countries import resolve_country
from bot.language.questions import read_question
from bot.language.words import words_for
from bot.paging import PageRequest, Section
from storage import FactStore
from storage.facts import SEARCH_POOL, WHOLE_WORDS_ENOUGH
from storage.finding import query_sql
from storage.pages import COUNTS, cursor_of
from storage.queries import COUNT_MATCHES, SEARCH_NEWEST, SEARCH_RANKED, SELECT_FACTS
from storage.search import match_expression
from storage.walks import NEWEST_END, Walk, walk_sql

# The benchmark's figures are English answers, as the baselines of earlier runs were.
ENGLISH = words_for("en")

__all__ = [
    "ENGLISH",
    "Timing",
    "flows_plans",
    "flows_statements",
    "flows_window_request",
    "summary",
    "time_flows",
    "time_flows_page",
    "time_question",
    "time_search",
]


@dataclass(frozen=True)
class Timing:
    """Percentiles of one operation, in milliseconds, beside its bare-SQL baseline."""

    p50: float
    p99: float
    sql_p50: float
    sql_p99: float
    rows: int
    runs: int


def summary(bot: list[float], sql: list[float], rows: int) -> Timing:
    return Timing(
        p50=percentile(bot, 0.5),
        p99=percentile(bot, 0.99),
        sql_p50=percentile(sql, 0.5),
        sql_p99=percentile(sql, 0.99),
        rows=rows,
        runs=len(bot),
    )


_Statements = list[tuple[str, dict[str, object]]]


def _time_sql(db: Path, statements: _Statements, runs: int) -> tuple[list[float], int]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return time_statements(conn, statements, runs)


def time_statements(conn: Any, statements: _Statements, runs: int) -> tuple[list[float], int]:
    """Milliseconds of each of ``runs`` runs of ``statements`` on ``conn`` (a sqlite3 or a
    psycopg connection), after 20 not counted, and the rows they read."""
    rows = 0
    for _ in range(min(20, runs)):
        rows = sum(len(conn.execute(sql, params).fetchall()) for sql, params in statements)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for sql, params in statements:
            conn.execute(sql, params).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return times, rows


def flows_statements(code: str, sections: tuple[Section, ...] = ()) -> _Statements:
    """What /flows runs for a window of a country (the first, or the one ``sections`` start):
    its counts, then one walk each way."""
    statements: _Statements = [(COUNTS, {"country": code})]
    for number, way in enumerate((Walk.INTO, Walk.OUT)):
        after = sections[number].after if sections else None
        start = after or NEWEST_END
        walk = {"key": code, "day": start.day, "id": start.id, "limit": FLOWS_SHOWN + 1}
        statements += [(sql, walk) for sql in walk_sql(SELECT_FACTS, way, downwards=True)]
    return statements


async def flows_window_request(db: Path, country: str, window: int) -> PageRequest:
    """The request of a ▶ button leading to ``window`` of /flows COUNTRY (0: the first)."""
    match = resolve_country(country)
    assert match.country is not None, country  # noqa: S101 - the benchmark names real ones
    code = match.country.code
    if window == 0:
        return PageRequest("flows", query=code)
    async with await FactStore.open(db) as store:
        sections = []
        for way in (Walk.INTO, Walk.OUT):
            passed = await store.pages.walk(way, code, None, window * FLOWS_SHOWN)
            overflow = window * FLOWS_SHOWN - len(passed)
            sections.append(Section(cursor_of(passed[-1]) if passed else None, overflow))
    return PageRequest("flows", query=code, window=window, sections=tuple(sections))


async def time_flows_page(db: Path, request: PageRequest, runs: int, *, cached: bool) -> Timing:
    """A /flows page as the bot serves a message or a ▶ press (``answer_page``), ``runs``
    times, beside the SQL it runs; ``cached``: as served, else read and rendered each time."""
    async with await FactStore.open(db) as store:
        bot = await time_calls(lambda: answer_page(store, request, ENGLISH, cached=cached), runs)
    assert request.query is not None  # noqa: S101 - a country's code
    sql, rows = _time_sql(db, flows_statements(request.query, request.sections), runs)
    return summary(bot, sql, rows)


async def time_flows(db: Path, country: str, runs: int) -> Timing:
    """/flows COUNTRY answered ``runs`` times, and its SQL run as often."""
    match = resolve_country(country)
    assert match.country is not None, country  # noqa: S101 - the benchmark names real ones
    async with await FactStore.open(db) as store:
        bot = await time_calls(lambda: flows_answer(store, country, ENGLISH), runs)
    sql, rows = _time_sql(db, flows_statements(match.country.code), runs)
    return summary(bot, sql, rows)


async def time_question(db: Path, question: str, runs: int) -> Timing:
    """A question in the reader's own words answered ``runs`` times, beside the bare SQL of
    the candidates it reads (``FactStore.find_facts``'s statement for its reading)."""
    reading = read_question(question)
    async with await FactStore.open(db) as store:
        bot = await time_calls(lambda: question_answer(store, question, ENGLISH), runs)
        found = await question_facts(store, question)
    sql, params = query_sql(candidate_query(reading))
    times, rows = _time_sql(db, [(sql, params)], runs)
    timing = summary(bot, times, rows)
    return Timing(timing.p50, timing.p99, timing.sql_p50, timing.sql_p99, len(found.facts), runs)


def _search_statements(conn: sqlite3.Connection, word: str) -> _Statements:
    """The statements FactStore.search_facts runs for ``word``, with its parameters."""
    statements: _Statements = []
    matches = 0
    match = None
    for prefix in (False, True):
        match = match_expression([word], prefix=prefix)
        count: dict[str, object] = {"match": match, "pool": SEARCH_POOL}
        statements.append((COUNT_MATCHES, count))
        matches = conn.execute(COUNT_MATCHES, count).fetchone()[0]
        if matches >= WHOLE_WORDS_ENOUGH:
            break
    search = SEARCH_RANKED if matches < SEARCH_POOL else SEARCH_NEWEST
    page: dict[str, object] = {
        "match": match,
        "limit": SEARCH_SHOWN + 1,
        "skip": 0,
        "before": NEWEST_END.id,
    }
    statements.append((search, page))
    return statements


async def time_search(db: Path, word: str, runs: int) -> Timing:
    """/search WORD answered ``runs`` times, and its SQL run as often."""
    async with await FactStore.open(db) as store:
        bot = await time_calls(lambda: search_answer(store, word, ENGLISH), runs)
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        statements = _search_statements(conn, word)
    sql, rows = _time_sql(db, statements, runs)
    return summary(bot, sql, rows - len(statements) + 1)


def flows_plans(db: Path, code: str, words: tuple[str, ...]) -> dict[str, list[str]]:
    """EXPLAIN QUERY PLAN of each statement /flows runs, and of /search's for each word."""
    statements = {
        f"flows ({number})": statement
        for number, statement in enumerate(flows_statements(code), start=1)
    }
    plans = {}
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        for word in words:
            for number, statement in enumerate(_search_statements(conn, word), start=1):
                statements[f"search {word} ({number})"] = statement
        for name, (sql, params) in statements.items():
            rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            plans[name] = [str(row[3]) for row in rows]
    return plans
