"""FactStore: every query and write of the fact store, returning models.

Writes go through one Writer (a thread, one transaction at a time); reads go through another
connection, so a reader never sees a curator's half-done write: WAL gives it the last
committed state.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any, Self

import aiosqlite

from storage.bulk import ImportRow, import_row, store_rows
from storage.chats import CHAT_LANGUAGES, GET_CHAT_LANGUAGE, set_chat_language
from storage.database import open_database
from storage.edits import EditPlan, check_version, plan_edit, reason_for
from storage.errors import (
    DuplicateFact,
    FactRetracted,
    InvalidFact,
    StoreUnavailable,
)
from storage.finding import FactQuery, query_sql
from storage.follows import (
    COUNT_FOLLOWERS,
    FOLLOWED_AMONG,
    FOLLOWED_BY,
    FOLLOWER_COUNTS,
    OWED_FOR_CHANGE,
    OWED_NOTICES,
    PENDING_NOTICES,
    Notice,
    chat_gone,
    chat_moved,
    check_follower,
    follow,
    notice_dropped,
    notice_from_row,
    notice_retry,
    notice_sent,
    owe_notices,
    unfollow,
)
from storage.handled_updates import SqliteHandledUpdates
from storage.history import HistoryEntry, history_of
from storage.lemmas import FILL_BATCH, Lemmatiser, fact_lemmas, lemmas_of_rows, query_lemmas
from storage.locks import KeyedLocks
from storage.metric_rows import SELECT_METRICS, kind_from_row, put_metric
from storage.metrics import MetricKind, Vocabulary, learn
from storage.migrations import apply_migrations
from storage.models import Fact, FactDraft, FactStatus, Lifecycle, SourceKind
from storage.pages import FactPages
from storage.queries import (
    ALL_FACTS,
    ANY_FACT,
    COLUMNS,
    COUNT_FACTS,
    COUNT_MATCHES,
    COUNTRIES_WITH_FACTS,
    FACTS_BY_SOURCE,
    FACTS_BY_SOURCE_NEWEST,
    FACTS_NAMING,
    FLOWS_FOR,
    HISTORY,
    SAME_FIGURE,
    SEARCH_NEWER,
    SEARCH_NEWEST,
    SEARCH_RANKED,
    SET_LEMMAS,
    SOURCE_SUMMARIES,
    SOURCES_NAMED,
    UNLEMMATISED,
    fact_from_row,
    fetch_fact,
    fetch_fact_now,
)
from storage.rows import (
    CountryResolver,
    row_from_draft,
)
from storage.search import match_any, match_expression
from storage.sessions import SqliteSessions
from storage.words import Refusal
from storage.writer import Writer
from storage.writes import (
    FIND_DUPLICATE,
    duplicate_key,
    find_duplicate,
    insert_fact,
    log_change,
    now,
    update_fact,
)

__all__ = [
    "SEARCH_POOL",
    "AddResult",
    "FactStore",
    "SearchHits",
    "SourceSummary",
    "choose_match",
    "search_params",
]

# Facts handed to the writer at a time by import_facts, which are few (the seed, tests).
_BATCH_ROWS = 500
# Searches matching this many facts or more are answered newest first, not best match first.
SEARCH_POOL = 1000
# Words that this many facts hold whole are not also searched as word starts.
WHOLE_WORDS_ENOUGH = 50

_ReadRows = Callable[[str, dict[str, Any]], Awaitable[Iterable[Sequence[Any]]]]


async def choose_match(
    read: _ReadRows, count_matches: str, match_for: Callable[[bool], str | None]
) -> tuple[str | None, int]:
    """The search expression to use, and how many facts it matches (up to the pool); either
    store's, given how it reads and counts.

    Whole words first; word starts only when fewer than ``WHOLE_WORDS_ENOUGH`` facts hold
    the words whole (every page of an answer makes the same choice).
    """
    match, matches = None, 0
    for prefix in (False, True):
        match = match_for(prefix)
        if match is None:
            return None, 0
        rows = list(await read(count_matches, {"match": match, "pool": SEARCH_POOL}))
        matches = int(rows[0][0])
        if matches >= WHOLE_WORDS_ENOUGH:
            break
    return match, matches


def search_params(
    match: str, matches: int, limit: int, skip: int, before_id: int | None
) -> tuple[bool, dict[str, Any]]:
    """Whether a search is ranked (fewer than ``SEARCH_POOL`` matches; else newest first),
    and the parameters of its query: where a page starts, by rank or by id."""
    ranked = matches < SEARCH_POOL
    return ranked, {
        "match": match, "limit": limit, "skip": skip if ranked else 0,
        "before": before_id if before_id is not None and not ranked else 2**62,
    }  # fmt: skip


@dataclass(frozen=True)
class SourceSummary:
    """A source and how many published facts it backs, as who said, carried or published."""

    id: int
    name: str
    kind: SourceKind
    description: str | None
    said: int
    carried: int
    published: int

    @property
    def total(self) -> int:
        """Facts it backs in any role (a fact counts once per role)."""
        return self.said + self.carried + self.published


@dataclass(frozen=True)
class SearchHits:
    """The facts a search found, best match first if ``ranked``, else newest first.

    ``matches`` is how many facts match, counted no further than ``SEARCH_POOL``.
    """

    facts: list[Fact]
    ranked: bool
    matches: int = 0


@dataclass(frozen=True)
class AddResult:
    """What a batch write did: the facts it added and those already present."""

    added: int
    present: int


def _summary(row: Sequence[Any]) -> SourceSummary:
    return SourceSummary(
        int(row[0]), row[1], SourceKind(row[2]), row[3], int(row[4]), int(row[5]), int(row[6])
    )


def _set_lemmas(conn: sqlite3.Connection, lemmas: list[tuple[str | None, int]]) -> None:
    conn.executemany(SET_LEMMAS, lemmas)


def _like(text: str) -> str:
    """``text`` as a LIKE pattern that holds it anywhere, its wildcards escaped."""
    # SQLite reads a pattern only up to a NUL, PostgreSQL refuses one: a reader's stray one is
    # dropped on both, as search drops it (storage.search).
    escaped = re.sub(r"([\\%_])", r"\\\1", text.replace("\x00", ""))
    return f"%{escaped}%"


def _newest_first(facts: list[Fact]) -> list[Fact]:
    """Facts in the order the statements' ORDER BY gives, for rows merged from several."""
    return sorted(facts, key=lambda fact: (fact.sort_date, fact.id), reverse=True)


class FactStore(SqliteSessions, SqliteHandledUpdates):
    """Async access to the fact store at one database path."""

    def __init__(
        self,
        path: Path,
        writer: Writer,
        reader: aiosqlite.Connection,
        metrics: Vocabulary,
        lemmatiser: Lemmatiser | None = None,
    ):
        self.path = path
        # Every write of a fact stores its lemmas for search; None: they are left NULL.
        self.lemmatiser = lemmatiser
        self._writer = writer
        self._reader = reader
        # The store's own vocabulary, which every write is checked against.
        self.metrics = metrics
        learn(metrics)
        # Long answers, a page at a time.
        self.pages = FactPages(self._read)
        # A curator's turn: their session's load, their update's handling, its save.
        self._session_locks = KeyedLocks()

    @classmethod
    async def open(cls, path: Path, *, lemmatiser: Lemmatiser | None = None) -> Self:
        """Open the database at ``path``, creating it and upgrading its schema as needed.

        With ``lemmatiser``, every fact written gets its lemmas for search (storage.lemmas),
        and searches match the lemmas of what a reader types; the facts stored without them
        are filled by ``fill_lemmas``.

        Raises:
            StoreUnavailable: the file cannot be opened or is not a database.
            SchemaError: the schema is newer than this version, or a migration failed.
        """
        migrator = await open_database(path)
        try:
            await apply_migrations(migrator)
        finally:
            await migrator.close()
        writer = await Writer.open(path)
        try:
            reader = await open_database(path, read_only=True)
        except BaseException:
            await writer.close()
            raise
        try:
            rows = await reader.execute_fetchall(SELECT_METRICS)
        except BaseException:
            await writer.close()
            await reader.close()
            raise
        metrics = Vocabulary(kind_from_row(row) for row in rows)
        return cls(path, writer, reader, metrics, lemmatiser)

    def stop_writes(self) -> None:
        """Roll back the write under way, whole, and refuse new ones: the bot is stopping."""
        self._writer.stop_writes()

    async def close(self) -> None:
        """Close both connections; the store cannot be used afterwards."""
        await self._writer.close()
        await self._reader.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    # Reads ---------------------------------------------------------------------------------

    async def count_facts(self) -> int:
        """How many facts the store holds, retracted ones included."""
        rows = list(await self._read(COUNT_FACTS, ()))
        return int(rows[0][0])

    async def get_fact(self, fact_id: int) -> Fact:
        """The fact with this id, whatever its status.

        Raises:
            FactNotFound: no fact has that id.
        """
        return await fetch_fact(self._reader, fact_id, self.path)

    async def flows_for(self, country: str) -> list[Fact]:
        """Every published flow into or out of ``country`` (alpha-3), newest first.

        Reads them all (for /chart); long answers read a page at a time (``self.pages``).
        """
        return await self._read_facts(FLOWS_FOR, {"country": country})

    async def facts_naming(self, country: str, *, limit: int | None = None) -> list[Fact]:
        """Published facts of any kind that name ``country`` (alpha-3), newest first.

        Args:
            country: the alpha-3 code.
            limit: at most this many (the newest); None: every one.
        """
        # SQLite reads a negative LIMIT as no limit.
        params = {"country": country, "limit": -1 if limit is None else limit}
        return await self._read_facts(FACTS_NAMING, params)

    async def search_facts(
        self,
        words: list[str],
        *,
        countries: Mapping[str, str] | None = None,
        limit: int = 100,
        skip: int = 0,
        before_id: int | None = None,
    ) -> SearchHits:
        """Published facts whose claim, quote, sources or countries hold every word.

        Best match first, when fewer than ``SEARCH_POOL`` facts match. Words that many facts
        hold are answered newest first, and as whole words when at least ``limit`` facts hold
        them so: ranking, or reading every word that begins so, would cost a time that grows
        with the store (see storage.queries).

        Args:
            words: what the reader typed, split on white space; each is a prefix.
            countries: word → alpha-3 code for words that name a country.
            limit: the most facts returned.
            skip: a later page of a ranked answer: the best ``skip`` are passed over (ranked
                answers match fewer than ``SEARCH_POOL`` facts, so this stays bounded).
            before_id: a later page of a newest-first answer: only facts older than this id.
        """
        lemmas = query_lemmas(self.lemmatiser, words)
        return await self._search(
            lambda prefix: match_expression(words, countries, prefix=prefix, lemmas=lemmas),
            limit,
            skip=skip,
            before_id=before_id,
        )

    async def find_facts(self, query: FactQuery) -> list[Fact]:
        """Published facts that ``query`` asks about, newest first, at most ``query.limit``."""
        sql, params = query_sql(query)
        facts = await self._read_facts(sql, params)
        return _newest_first(facts)[: query.limit]

    async def search_any(self, groups: list[list[str]], *, limit: int = 50) -> list[Fact]:
        """Published facts holding a word of every group (as a word start), best match first.

        As ``search_facts`` does: words that ``limit`` facts hold as whole words are not read
        as word starts too (which would read every word that starts so), and searches that
        many facts match are answered newest first, not ranked.
        """
        lemmas = query_lemmas(self.lemmatiser, [word for group in groups for word in group])
        hits = await self._search(
            lambda prefix: match_any(groups, prefix=prefix, lemmas=lemmas), limit
        )
        return hits.facts

    async def countries_with_facts(self, codes: Sequence[str]) -> list[str]:
        """Those of ``codes`` that some published fact names, in the order given."""
        rows = await self._read(COUNTRIES_WITH_FACTS, {"codes": json.dumps(list(codes))})
        return [str(row[0]) for row in rows]

    async def sources_named(self, text: str, *, limit: int = 20) -> list[tuple[int, str]]:
        """(id, name) of up to ``limit`` sources whose name holds ``text``, case aside."""
        rows = await self._read(SOURCES_NAMED, {"name": _like(text), "limit": limit})
        return [(int(row[0]), str(row[1])) for row in rows]

    async def source_summaries(self, name_contains: str | None = None) -> list[SourceSummary]:
        """Sources (all, or those whose name holds the text), those backing most facts first."""
        pattern = None if name_contains is None else _like(name_contains)
        rows = await self._read(SOURCE_SUMMARIES, {"name": pattern, "id": None})
        summaries = [_summary(row) for row in rows]
        return sorted(summaries, key=lambda summary: (-summary.total, summary.name.casefold()))

    async def source_summary(self, source_id: int) -> SourceSummary | None:
        """The source with this id and the published facts it backs; None if there is none."""
        rows = list(await self._read(SOURCE_SUMMARIES, {"name": None, "id": source_id}))
        return _summary(rows[0]) if rows else None

    async def facts_by_source(self, source_id: int, *, limit: int | None = None) -> list[Fact]:
        """Published facts a source said, carried or published, newest first.

        Args:
            source_id: the source.
            limit: at most this many (the newest); None: every one.
        """
        if limit is None:
            return await self._read_facts(FACTS_BY_SOURCE, {"source": source_id, "limit": -1})
        facts = await self._read_facts(
            FACTS_BY_SOURCE_NEWEST, {"source": source_id, "limit": limit}
        )
        return _newest_first(facts)[:limit]

    async def find_duplicate(self, draft: FactDraft) -> int | None:
        """The id of a stored fact that says the same as ``draft`` from the same source."""
        params = duplicate_key(draft) | {"exclude_id": None}
        rows = list(await self._read(FIND_DUPLICATE, params))
        return int(rows[0][0]) if rows else None

    async def same_figure(self, draft: FactDraft) -> Fact | None:
        """A published fact giving ``draft``'s figure for the same thing, countries and period,
        from any source; None if the store holds none."""
        params = duplicate_key(draft)
        keys = ("metric", "value", "qualifier", "value_high", "origin", "destination")
        wanted = {name: params[name] for name in (*keys, "period_start", "period_end")}
        facts = await self._read_facts(SAME_FIGURE, wanted)
        return facts[0] if facts else None

    async def iter_facts(self, *, include_retracted: bool = False) -> AsyncIterator[Fact]:
        """Every published fact (and retracted ones if asked), in id order, a few at a time."""
        try:
            async with self._reader.execute(ALL_FACTS, {"everything": include_retracted}) as rows:
                async for row in rows:
                    yield fact_from_row(dict(zip(COLUMNS, row, strict=True)))
        except sqlite3.Error as error:
            raise StoreUnavailable(f"cannot read {self.path}: {error}") from error

    async def history(self, fact_id: int) -> list[HistoryEntry]:
        """Every version of the fact, oldest first: who, when, how, and what changed.

        Raises:
            FactNotFound: no fact has that id.
        """
        fact = await self.get_fact(fact_id)
        rows = list(await self._read(HISTORY, (fact_id,)))
        return history_of(fact, [tuple(row) for row in rows])

    # Writes --------------------------------------------------------------------------------

    async def add_fact(self, draft: FactDraft, *, by: str) -> Fact:
        """Store a new fact with its citation chain and its audit-log entry, in one transaction.

        Args:
            draft: the validated fact.
            by: who adds it ("telegram:<user id>", "cli").

        Returns:
            The stored fact, with its id and version 1.

        Raises:
            DuplicateFact: the same fact from the same source is already stored.
            InvalidFact: the store's rules refuse it.
        """
        self._check(draft)
        at = now()

        def add(conn: sqlite3.Connection) -> int:
            existing = find_duplicate(conn, draft)
            if existing is not None:
                raise DuplicateFact(existing)
            lifecycle = Lifecycle(created_at=at, created_by=by, updated_at=at, updated_by=by)
            fact_id = insert_fact(conn, draft, lifecycle, lemmas=self._lemmas_of(draft))
            audit_id = log_change(
                conn, at=at, actor=by, action="add", fact_id=fact_id, version=1,
                after=row_from_draft(draft),
            )  # fmt: skip
            owe_notices(conn, audit_id, draft.countries, at)
            return fact_id

        fact_id = await self._writer.run(add)
        return await self.get_fact(fact_id)

    async def add_facts(
        self, drafts: Iterable[FactDraft], *, by: str, source: str = ""
    ) -> AddResult:
        """Store every draft not already present, all in one transaction.

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        return await self.import_facts(((draft, None) for draft in drafts), by=by, source=source)

    async def seed_facts(self, drafts: Iterable[FactDraft], *, by: str) -> AddResult | None:
        """Store ``drafts`` (the shipped facts) only if the store holds no fact at all.

        The check and the writes are one transaction, so two processes opening a new store
        at once seed it once; the other stores and logs nothing.

        Returns:
            What was stored, or None: the store already held facts.

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        rows = []
        for draft in drafts:
            self._check(draft)
            rows.append(import_row(draft, None, self.lemmatiser))
        at = now()

        def seed(conn: sqlite3.Connection) -> AddResult | None:
            if conn.execute(ANY_FACT).fetchone()[0]:
                return None
            counts = store_rows(conn, [rows], at=at, by=by, source="", expected_rows=len(rows))
            return AddResult(added=counts.added, present=counts.present)

        return await self._writer.run(seed)

    async def import_facts(
        self,
        entries: Iterable[tuple[FactDraft, Lifecycle | None]],
        *,
        by: str,
        source: str = "",
    ) -> AddResult:
        """Store each fact not already present, keeping a lifecycle given with it (an export's).

        All in one transaction, logged once with the counts: a crash or an error leaves the
        store as it was.

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        rows = []
        for draft, lifecycle in entries:
            self._check(draft)
            rows.append(import_row(draft, lifecycle, self.lemmatiser))
        batches = (rows[start : start + _BATCH_ROWS] for start in range(0, len(rows), _BATCH_ROWS))
        return await self.import_rows(batches, by=by, source=source, expected_rows=len(rows))

    async def import_rows(
        self,
        batches: Iterable[list[ImportRow]],
        *,
        by: str,
        source: str = "",
        expected_rows: int,
    ) -> AddResult:
        """Store each row not already present, all in one transaction logged once.

        The batches are read in the writer's thread, as they are stored: whatever they raise
        (a bad file found while it is read) rolls the import back whole. ``expected_rows``,
        about how many will come, chooses how to write them (see storage.bulk).

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        at = now()

        def store_all(conn: sqlite3.Connection) -> AddResult:
            counts = store_rows(
                conn, batches, at=at, by=by, source=source, expected_rows=expected_rows
            )
            return AddResult(added=counts.added, present=counts.present)

        return await self._writer.run(store_all)

    async def edit_fact(
        self,
        fact_id: int,
        changes: Mapping[str, str],
        *,
        by: str,
        resolve_country: CountryResolver | None = None,
        expected_version: int | None = None,
    ) -> Fact:
        """Change some of a fact's fields, keeping the previous version in the audit log.

        Args:
            fact_id: the fact to change.
            changes: flat field name → new text ("" clears an optional field).
            by: who changes it.
            resolve_country: turns country names into alpha-3 codes.
            expected_version: the version the change was prepared for (a preview); None for
                whatever version the fact is at.

        Raises:
            FactNotFound: no fact has that id.
            RowInvalid: a field is unknown, not editable, or its new value is invalid.
            FactRetracted: the fact is retracted.
            NothingChanged: every value given is the one the fact already has.
            DuplicateFact: the change would make it the same as another fact.
            FactChanged: the fact is not at ``expected_version``.
        """
        at = now()

        def edit(conn: sqlite3.Connection) -> None:
            fact = fetch_fact_now(conn, fact_id)
            check_version(fact, expected_version)
            plan = plan_edit(fact, changes, resolve_country=resolve_country, metrics=self.metrics)
            existing = find_duplicate(conn, plan.draft, exclude_id=fact_id)
            if existing is not None:
                raise DuplicateFact(existing)
            lifecycle = fact.lifecycle().model_copy(update={"updated_at": at, "updated_by": by})
            update_fact(
                conn, fact_id, plan.draft, lifecycle, expected_version=fact.version,
                lemmas=self._lemmas_of(plan.draft),
            )  # fmt: skip
            audit_id = log_change(
                conn, at=at, actor=by, action="edit", fact_id=fact_id,
                version=fact.version + 1, before=plan.before, after=plan.after,
            )  # fmt: skip
            # Followers of the countries it named and of those it names now.
            owe_notices(conn, audit_id, plan.countries, at)

        await self._writer.run(edit)
        return await self.get_fact(fact_id)

    async def check_edit(
        self,
        fact_id: int,
        changes: Mapping[str, str],
        *,
        resolve_country: CountryResolver | None = None,
    ) -> EditPlan:
        """What ``edit_fact`` would change, checked by the same rules; nothing is written.

        Raises:
            The errors of ``edit_fact`` (but FactChanged).
        """
        fact = await self.get_fact(fact_id)
        plan = plan_edit(fact, changes, resolve_country=resolve_country, metrics=self.metrics)
        params = duplicate_key(plan.draft) | {"exclude_id": fact_id}
        rows = list(await self._read(FIND_DUPLICATE, params))
        if rows:
            raise DuplicateFact(int(rows[0][0]))
        return plan

    async def retract_fact(
        self, fact_id: int, reason: str, *, by: str, expected_version: int | None = None
    ) -> Fact:
        """Hide a fact from every answer, keeping it, its history and the reason.

        ``expected_version`` is the version the retraction was prepared for (a preview); None
        for whatever version the fact is at.

        Raises:
            FactNotFound: no fact has that id.
            FactRetracted: it is retracted already.
            InvalidFact: the reason is empty or too long.
            FactChanged: the fact is not at ``expected_version``.
        """
        reason = reason_for(reason)
        at = now()

        def retract(conn: sqlite3.Connection) -> None:
            fact = fetch_fact_now(conn, fact_id)
            if fact.status is FactStatus.RETRACTED:
                raise FactRetracted(fact_id)
            check_version(fact, expected_version)
            lifecycle = fact.lifecycle().model_copy(
                update={
                    "status": FactStatus.RETRACTED,
                    "retraction_reason": reason,
                    "updated_at": at,
                    "updated_by": by,
                }
            )
            update_fact(
                conn, fact_id, fact, lifecycle, expected_version=fact.version,
                lemmas=self._lemmas_of(fact),
            )  # fmt: skip
            audit_id = log_change(
                conn, at=at, actor=by, action="retract", fact_id=fact_id,
                version=fact.version + 1, reason=reason,
                before={"status": fact.status.value}, after={"status": "retracted"},
            )  # fmt: skip
            owe_notices(conn, audit_id, fact.countries, at)

        await self._writer.run(retract)
        return await self.get_fact(fact_id)

    async def check_retraction(self, fact_id: int, reason: str) -> Fact:
        """The fact ``retract_fact`` would retract, checked by the same rules; nothing is
        written.

        Raises:
            The errors of ``retract_fact`` (but FactChanged).
        """
        reason_for(reason)
        fact = await self.get_fact(fact_id)
        if fact.status is FactStatus.RETRACTED:
            raise FactRetracted(fact_id)
        return fact

    # Follows and the notices they are owed --------------------------------------------------

    async def follow(
        self, chat_id: int, countries: Iterable[str], *, kind: str, language: str, by: int
    ) -> list[str]:
        """Make a chat follow countries (alpha-3 codes); the ones it did not follow before.

        Raises:
            InvalidFact: the chat's kind or language is not one the store knows.
        """
        codes = list(dict.fromkeys(countries))
        check_follower(kind, language)
        at = now()
        return await self._writer.run(
            lambda conn: follow(conn, chat_id, codes, kind=kind, language=language, by=by, at=at)
        )

    async def unfollow(self, chat_id: int, countries: Iterable[str]) -> list[str]:
        """Stop a chat following countries; the ones it did follow."""
        codes = list(dict.fromkeys(countries))
        return await self._writer.run(lambda conn: unfollow(conn, chat_id, codes))

    async def followed_by(self, chat_id: int) -> list[str]:
        """The countries a chat follows, by code."""
        return [str(row[0]) for row in await self._read(FOLLOWED_BY, (chat_id,))]

    async def count_followers(self, countries: Iterable[str | None]) -> int:
        """How many chats a change to a fact naming ``countries`` would notify."""
        codes = sorted({code for code in countries if code})
        rows = list(await self._read(COUNT_FOLLOWERS, {"countries": json.dumps(codes)}))
        return int(rows[0][0])

    async def followed_among(self, countries: Iterable[str | None]) -> list[str]:
        """Those of ``countries`` some chat follows (and is sent notices), by code."""
        codes = sorted({code for code in countries if code})
        rows = await self._read(FOLLOWED_AMONG, {"countries": json.dumps(codes)})
        return [str(row[0]) for row in rows]

    async def follower_counts(self) -> list[tuple[str, int, int]]:
        """Per followed country: the chats notified, and those that stopped (blocked the bot)."""
        rows = await self._read(FOLLOWER_COUNTS, ())
        return [(str(row[0]), int(row[1]), int(row[2])) for row in rows]

    async def owed_notices(self) -> int:
        """How many notices are still owed: neither sent nor dropped (due now or later)."""
        return int(next(iter(await self._read(OWED_NOTICES, ())))[0])

    async def notices_owed_for(self, fact_id: int, version: int) -> int:
        """How many chats were owed a notice of the change that made ``version`` of a fact."""
        params = {"fact_id": fact_id, "version": version}
        return int(next(iter(await self._read(OWED_FOR_CHANGE, params)))[0])

    async def pending_notices(self, *, limit: int = 100) -> list[Notice]:
        """The notices owed now (not sent, not dropped, not waiting out a retry), oldest first."""
        params = {"now": now().strftime("%Y-%m-%dT%H:%M:%SZ"), "limit": limit}
        return [notice_from_row(row) for row in await self._read(PENDING_NOTICES, params)]

    async def notice_sent(self, notice_id: int) -> None:
        """Telegram took the notice; it is never sent again."""
        at = now()
        await self._writer.run(lambda conn: notice_sent(conn, notice_id, at))

    async def notice_retry(self, notice_id: int, *, after_s: float) -> None:
        """An attempt failed: count it, and try again in ``after_s`` seconds at the soonest."""
        not_before = now() + timedelta(seconds=after_s)
        await self._writer.run(lambda conn: notice_retry(conn, notice_id, not_before))

    async def notice_dropped(self, notice_id: int, why: str) -> None:
        """The notice will never be sent, for the reason given."""
        await self._writer.run(lambda conn: notice_dropped(conn, notice_id, why))

    async def chat_gone(self, chat_id: int, why: str) -> int:
        """A chat the bot cannot write to: it keeps its follows but is sent nothing more, and
        what it was owed is dropped (how many notices)."""
        return await self._writer.run(lambda conn: chat_gone(conn, chat_id, why))

    async def chat_moved(self, old: int, new: int) -> None:
        """A group's new id (it became a supergroup): its follows and notices move to it."""
        await self._writer.run(lambda conn: chat_moved(conn, old, new))

    # Metrics -------------------------------------------------------------------------------

    async def put_metric(self, kind: MetricKind, *, by: str) -> None:
        """Add a metric to the vocabulary, or correct the labels of the one of its name.

        Raises:
            InvalidFact: a metric of that name counts another direction.
        """
        at = now().strftime("%Y-%m-%dT%H:%M:%SZ")

        def put(conn: sqlite3.Connection) -> None:
            try:
                put_metric(conn, kind, at=at, by=by)
            except Refusal as refusal:
                raise InvalidFact(refusal.phrase) from None

        await self._writer.run(put)
        self.metrics = self.metrics.with_kind(kind)
        learn([kind])

    def _lemmas_of(self, draft: FactDraft) -> str | None:
        return fact_lemmas(self.lemmatiser, draft.claim, draft.quote, draft.counted)

    async def fill_lemmas(self, *, batch: int = FILL_BATCH) -> int:
        """Store the lemmas of every fact stored without them (before migration 0014, or by a
        store opened without a lemmatiser), ``batch`` facts a transaction, in id order; each is
        indexed for search again. Returns how many were filled; 0 without a lemmatiser.

        Two processes filling at once write the same lemmas twice: harmless.
        """
        lemmatiser = self.lemmatiser
        if lemmatiser is None:
            return 0
        filled, after = 0, 0
        while True:
            rows = list(await self._read(UNLEMMATISED, {"after": after, "limit": batch}))
            if not rows:
                return filled
            # In a thread: a batch of new words takes the dictionaries a while, and the bot
            # answers meanwhile.
            lemmas = await asyncio.to_thread(lemmas_of_rows, lemmatiser, rows)
            await self._writer.run(partial(_set_lemmas, lemmas=lemmas))
            filled += len(rows)
            after = int(rows[-1][0])

    def _check(self, draft: FactDraft) -> None:
        """Refuse a draft this store's vocabulary does not allow."""
        try:
            self.metrics.check(draft)
        except Refusal as refusal:
            raise InvalidFact(refusal.phrase) from None

    # Chats ---------------------------------------------------------------------------------

    async def chat_language(self, chat_id: int) -> str | None:
        """The language ``chat_id`` chose with /language; None if it never chose."""
        rows = list(await self._read(GET_CHAT_LANGUAGE, (chat_id,)))
        return str(rows[0][0]) if rows else None

    async def set_chat_language(self, chat_id: int, language: str, *, by: int) -> None:
        """Keep ``language`` as ``chat_id``'s choice, across restarts.

        Args:
            chat_id: the chat (a user's private chat has the user's id).
            language: one of ``CHAT_LANGUAGES``.
            by: the user who chose it.

        Raises:
            ValueError: ``language`` is not one the bot writes.
            WriteFailed: the choice could not be stored.
        """
        if language not in CHAT_LANGUAGES:
            raise ValueError(f"{language!r} is not one of {', '.join(CHAT_LANGUAGES)}")
        await self._writer.run(lambda conn: set_chat_language(conn, chat_id, language, by))

    async def _search_match(
        self, match_for: Callable[[bool], str | None]
    ) -> tuple[str | None, int]:
        """The FTS5 expression to search with, and how many facts it matches (up to the pool)."""
        return await choose_match(self._read, COUNT_MATCHES, match_for)

    async def _search(
        self,
        match_for: Callable[[bool], str | None],
        limit: int,
        *,
        skip: int = 0,
        before_id: int | None = None,
    ) -> SearchHits:
        """Ranked below ``SEARCH_POOL`` matches, newest first from there (storage.queries).

        Args:
            match_for: the FTS5 expression, with words as prefixes (True) or whole (False);
                None when no word is left to search for.
            limit: the most facts returned.
            skip: how many of the best to pass over, when ranked.
            before_id: only facts older than this id, when newest first.
        """
        match, matches = await self._search_match(match_for)
        if match is None:
            return SearchHits([], ranked=True)
        ranked, params = search_params(match, matches, limit, skip, before_id)
        facts = await self._read_facts(SEARCH_RANKED if ranked else SEARCH_NEWEST, params)
        return SearchHits(facts, ranked=ranked, matches=matches)

    async def search_step_back(
        self, words: list[str], countries: Mapping[str, str] | None, after_id: int, steps: int
    ) -> int | None:
        """In a newest-first search, the id ``steps`` matches newer than ``after_id``: where
        the page before the one after ``after_id`` starts. None: the answer's start."""
        lemmas = query_lemmas(self.lemmatiser, words)
        match, _matches = await self._search_match(
            lambda prefix: match_expression(words, countries, prefix=prefix, lemmas=lemmas)
        )
        if match is None:
            return None
        rows = list(
            await self._read(SEARCH_NEWER, {"match": match, "after": after_id, "limit": steps})
        )
        return int(rows[-1][0]) if len(rows) == steps else None

    async def _read(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> Iterable[Any]:
        try:
            return await self._reader.execute_fetchall(sql, params)
        except sqlite3.Error as error:
            raise StoreUnavailable(f"cannot read the database {self.path}: {error}") from error

    async def _read_facts(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> list[Fact]:
        rows = await self._read(sql, params)
        return [fact_from_row(dict(zip(COLUMNS, row, strict=True))) for row in rows]
