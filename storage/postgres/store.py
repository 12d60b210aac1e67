"""PostgresStore: the fact store on PostgreSQL, the same API (storage.store.Store) as the
SQLite FactStore.

Reads and writes share one pool of connections (psycopg_pool; storage.postgres.access). Each
write is one transaction with its audit-log row and the notices it owes; writes to the facts
first take one advisory lock, so they run one at a time over the database from any replica, as
SQLite's one writer does. The rules, the errors (storage.errors) and the models are those of
the SQLite store; the few differences are in the README ("PostgreSQL"). Reads are in
storage.postgres.reads, follows and the outbox in storage.postgres.following.
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Self

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from storage.bulk import ImportRow, import_row
from storage.chats import CHAT_LANGUAGES
from storage.edits import EditPlan, check_version, plan_edit, reason_for
from storage.errors import (
    DuplicateFact,
    FactNotFound,
    FactRetracted,
    InvalidFact,
    StoreUnavailable,
    WriteFailed,
    WriteStopped,
)
from storage.facts import AddResult
from storage.lemmas import FILL_BATCH, Lemmatiser, fact_lemmas, lemmas_of_rows
from storage.locks import KeyedLocks
from storage.metric_rows import SELECT_METRICS, kind_from_row
from storage.metrics import MetricKind, Vocabulary, learn
from storage.models import Fact, FactDraft, FactStatus, Lifecycle
from storage.postgres import follows, queries
from storage.postgres.access import Connection, fact_of
from storage.postgres.connection import one_line, open_pool
from storage.postgres.following import PostgresFollows
from storage.postgres.handled_updates import PostgresHandledUpdates
from storage.postgres.imports import store_rows
from storage.postgres.pages import PostgresPages
from storage.postgres.reads import PostgresReads
from storage.postgres.sessions import SESSION_TURNS, PostgresSessions
from storage.postgres.urls import shown
from storage.postgres.writes import insert_fact, log_change, update_fact
from storage.queries import ANY_FACT
from storage.rows import CountryResolver, row_from_draft
from storage.words import Refusal, say
from storage.writes import duplicate_key, now

__all__ = ["PostgresStore"]

_PUT_METRIC = """
INSERT INTO metrics (name, direction, label_en, label_ru, label_uk, label_kk, position,
                     created_at, created_by)
VALUES (%(name)s, %(direction)s, %(en)s, %(ru)s, %(uk)s, %(kk)s,
        (SELECT coalesce(max(position), 0) + 1 FROM metrics), %(at)s, %(by)s)
ON CONFLICT (name) DO UPDATE SET
    label_en = excluded.label_en, label_ru = excluded.label_ru,
    label_uk = excluded.label_uk, label_kk = excluded.label_kk
"""
_METRIC_DIRECTION = "SELECT direction FROM metrics WHERE name = %(name)s"
_SET_CHAT_LANGUAGE = """
INSERT INTO chat_languages (chat_id, language, set_by, set_at)
VALUES (%(chat_id)s, %(language)s, %(set_by)s, %(at)s)
ON CONFLICT (chat_id) DO UPDATE SET
    language = excluded.language, set_by = excluded.set_by, set_at = excluded.set_at
"""
# Rows of an import_facts handed over at a time.
_ROWS_AT_A_TIME = 500
# The planner chooses each read's plan from the tables' statistics, which autovacuum renews
# only a while after 10% of a table changed: until then, a store just filled by an import has
# none, and /flows reads and sorts every fact of a country instead of walking 11 down its index
# (78 ms instead of 2.6 ms at 100,000 facts; benchmarks/RESULTS.md, issue 15). An import of
# this many rows renews them itself once it commits: ANALYZE samples a table's rows, so it
# costs about a second at a million facts, and a few rows added by hand do not need it.
ANALYZE_FROM_ROWS = 1000
_ANALYZE_IMPORTED = "ANALYZE facts, facts_search, fact_counts, documents, sources"


async def _set_lemmas(conn: Connection, lemmas: list[tuple[str | None, int]]) -> None:
    params = {"lemmas": [text for text, _ in lemmas], "ids": [fact_id for _, fact_id in lemmas]}
    await conn.execute(queries.DEFER_SEARCH)
    await conn.execute(queries.SET_LEMMAS, params)
    await conn.execute(queries.RESUME_SEARCH)


class PostgresStore(PostgresReads, PostgresFollows, PostgresSessions, PostgresHandledUpdates):
    """Async access to the fact store in one PostgreSQL database."""

    def __init__(
        self,
        pool: AsyncConnectionPool[Connection],
        where: str,
        metrics: Vocabulary,
        lemmatiser: Lemmatiser | None = None,
    ) -> None:
        super().__init__(pool, where)
        self.metrics = metrics
        # Every write of a fact stores its lemmas for search; None: they are left NULL.
        self.lemmatiser = lemmatiser
        learn(metrics)
        self.pages = PostgresPages(self._read_page)
        # A curator's turn waits here in process before it waits on the server's lock.
        self._session_locks = KeyedLocks()
        self._session_turns = asyncio.Semaphore(SESSION_TURNS)
        # Who takes notices from the outbox: this store in this process (postgres.follows).
        self._sender = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    @classmethod
    async def open(cls, url: str, *, lemmatiser: Lemmatiser | None = None) -> Self:
        """Open the store in the database at ``url``, applying its migrations as needed.

        With ``lemmatiser``, as ``FactStore.open``: facts are written with their lemmas and
        searches match the lemmas of what a reader types.

        Raises:
            StoreUnavailable: the server cannot be reached or refuses the connection.
            SchemaError: the schema is newer than this version, or a migration failed.
        """
        pool = await open_pool(url)
        where = shown(url)
        try:
            async with pool.connection() as conn:
                rows = await (await conn.execute(SELECT_METRICS)).fetchall()
        except (psycopg.Error, PoolTimeout) as error:
            await pool.close()
            raise StoreUnavailable(
                f"cannot read the PostgreSQL store {where}: {one_line(error)}"
            ) from None
        return cls(pool, where, Vocabulary(kind_from_row(row) for row in rows), lemmatiser)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    # Writes --------------------------------------------------------------------------------

    async def add_fact(self, draft: FactDraft, *, by: str) -> Fact:
        """Store a new fact with its citation chain and its audit-log row, in one transaction.

        Raises:
            DuplicateFact: the same fact from the same source is already stored.
            InvalidFact: the store's rules refuse it.
        """
        self._check(draft)
        at = now()

        async def add(conn: Connection) -> int:
            existing = await self._duplicate(conn, draft, None)
            if existing is not None:
                raise DuplicateFact(existing)
            lifecycle = Lifecycle(created_at=at, created_by=by, updated_at=at, updated_by=by)
            fact_id = await insert_fact(conn, draft, lifecycle, lemmas=self._lemmas_of(draft))
            audit_id = await log_change(
                conn, at=at, actor=by, action="add", fact_id=fact_id, version=1,
                after=row_from_draft(draft),
            )  # fmt: skip
            await follows.owe_notices(conn, audit_id, draft.countries, at)
            return fact_id

        return await self.get_fact(await self._write(add, facts=True))

    async def add_facts(
        self, drafts: Iterable[FactDraft], *, by: str, source: str = ""
    ) -> AddResult:
        """Store every draft not already present, all in one transaction."""
        return await self.import_facts(((draft, None) for draft in drafts), by=by, source=source)

    async def seed_facts(self, drafts: Iterable[FactDraft], *, by: str) -> AddResult | None:
        """Store ``drafts`` (the shipped facts) only if the store holds no fact at all; the
        check is made under the facts' write lock, in the writes' transaction, so replicas
        starting at once on a new database seed it once.

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

        async def seed(conn: Connection) -> AddResult | None:
            found = await (await conn.execute(ANY_FACT)).fetchone()
            if found is not None and found[0]:
                return None
            counts = await store_rows(
                conn, [rows], at=at, by=by, source="", stopping=lambda: self._stopping
            )
            return AddResult(added=counts.added, present=counts.present)

        return await self._write(seed, facts=True)

    async def import_facts(
        self,
        entries: Iterable[tuple[FactDraft, Lifecycle | None]],
        *,
        by: str,
        source: str = "",
    ) -> AddResult:
        """Store each fact not already present, keeping a lifecycle given with it; all in one
        transaction, logged once with the counts.

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        rows = []
        for draft, lifecycle in entries:
            self._check(draft)
            rows.append(import_row(draft, lifecycle, self.lemmatiser))
        batches = (
            rows[start : start + _ROWS_AT_A_TIME] for start in range(0, len(rows), _ROWS_AT_A_TIME)
        )
        return await self.import_rows(batches, by=by, source=source, expected_rows=len(rows))

    async def import_rows(
        self,
        batches: Iterable[list[ImportRow]],
        *,
        by: str,
        source: str = "",
        expected_rows: int,
    ) -> AddResult:
        """Store each row not already present, all in one transaction logged once; whatever
        the batches raise rolls the import back whole. ``expected_rows`` is for SQLite's
        choice of how to write; PostgreSQL always copies.

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        del expected_rows
        at = now()

        async def store_all(conn: Connection) -> AddResult:
            counts = await store_rows(
                conn, batches, at=at, by=by, source=source, stopping=lambda: self._stopping
            )
            return AddResult(added=counts.added, present=counts.present)

        result = await self._write(store_all, facts=True)
        if result.added >= ANALYZE_FROM_ROWS:
            await self._analyze_imported()
        return result

    async def _analyze_imported(self) -> None:
        """Renew the statistics of the tables an import fills; the import has committed."""

        async def analyze(conn: Connection) -> None:
            await conn.execute(_ANALYZE_IMPORTED)

        try:
            await self._write(analyze)
        except (WriteStopped, WriteFailed):
            # The facts are stored; autovacuum renews the statistics on its own, later.
            return

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

        Raises:
            FactNotFound, RowInvalid, FactRetracted, NothingChanged, DuplicateFact,
            FactChanged: as FactStore.edit_fact.
        """
        at = now()

        async def edit(conn: Connection) -> None:
            fact = await self._locked_fact(conn, fact_id)
            check_version(fact, expected_version)
            plan = plan_edit(fact, changes, resolve_country=resolve_country, metrics=self.metrics)
            existing = await self._duplicate(conn, plan.draft, fact_id)
            if existing is not None:
                raise DuplicateFact(existing)
            lifecycle = fact.lifecycle().model_copy(update={"updated_at": at, "updated_by": by})
            await update_fact(
                conn, fact_id, plan.draft, lifecycle, expected_version=fact.version,
                lemmas=self._lemmas_of(plan.draft),
            )  # fmt: skip
            audit_id = await log_change(
                conn, at=at, actor=by, action="edit", fact_id=fact_id,
                version=fact.version + 1, before=plan.before, after=plan.after,
            )  # fmt: skip
            await follows.owe_notices(conn, audit_id, plan.countries, at)

        await self._write(edit, facts=True)
        return await self.get_fact(fact_id)

    async def check_edit(
        self,
        fact_id: int,
        changes: Mapping[str, str],
        *,
        resolve_country: CountryResolver | None = None,
    ) -> EditPlan:
        """What ``edit_fact`` would change, checked by the same rules; nothing is written."""
        fact = await self.get_fact(fact_id)
        plan = plan_edit(fact, changes, resolve_country=resolve_country, metrics=self.metrics)
        params = duplicate_key(plan.draft) | {"exclude_id": fact_id}
        rows = await self._read(queries.FIND_DUPLICATE, params)
        if rows:
            raise DuplicateFact(int(rows[0][0]))
        return plan

    async def retract_fact(
        self, fact_id: int, reason: str, *, by: str, expected_version: int | None = None
    ) -> Fact:
        """Hide a fact from every answer, keeping it, its history and the reason.

        Raises:
            FactNotFound, FactRetracted, InvalidFact, FactChanged: as FactStore.retract_fact.
        """
        reason = reason_for(reason)
        at = now()

        async def retract(conn: Connection) -> None:
            fact = await self._locked_fact(conn, fact_id)
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
            await update_fact(
                conn, fact_id, fact, lifecycle, expected_version=fact.version,
                lemmas=self._lemmas_of(fact),
            )  # fmt: skip
            audit_id = await log_change(
                conn, at=at, actor=by, action="retract", fact_id=fact_id,
                version=fact.version + 1, reason=reason,
                before={"status": fact.status.value}, after={"status": "retracted"},
            )  # fmt: skip
            await follows.owe_notices(conn, audit_id, fact.countries, at)

        await self._write(retract, facts=True)
        return await self.get_fact(fact_id)

    async def check_retraction(self, fact_id: int, reason: str) -> Fact:
        """The fact ``retract_fact`` would retract, checked by the same rules."""
        reason_for(reason)
        fact = await self.get_fact(fact_id)
        if fact.status is FactStatus.RETRACTED:
            raise FactRetracted(fact_id)
        return fact

    def _lemmas_of(self, draft: FactDraft) -> str | None:
        return fact_lemmas(self.lemmatiser, draft.claim, draft.quote, draft.counted)

    async def fill_lemmas(self, *, batch: int = FILL_BATCH) -> int:
        """Store the lemmas of every fact stored without them, as ``FactStore.fill_lemmas``:
        ``batch`` facts a transaction, each indexed for search again by its trigger."""
        lemmatiser = self.lemmatiser
        if lemmatiser is None:
            return 0
        filled, after = 0, 0
        while True:
            rows = await self._read(queries.UNLEMMATISED, {"after": after, "limit": batch})
            if not rows:
                return filled
            # In a thread: a batch of new words takes the dictionaries a while, and the bot
            # answers meanwhile.
            lemmas = await asyncio.to_thread(lemmas_of_rows, lemmatiser, rows)
            await self._write(partial(_set_lemmas, lemmas=lemmas))
            filled += len(rows)
            after = int(rows[-1][0])

    async def put_metric(self, kind: MetricKind, *, by: str) -> None:
        """Add a metric to the vocabulary, or correct the labels of the one of its name.

        Raises:
            InvalidFact: a metric of that name counts another direction.
        """
        at = now()

        async def put(conn: Connection) -> None:
            row = await (await conn.execute(_METRIC_DIRECTION, {"name": kind.name})).fetchone()
            if row is not None and row[0] != kind.direction.value:
                phrase = say(
                    "{name} already counts {direction}; a metric keeps its direction",
                    name=kind.name,
                    direction=row[0],
                )
                raise InvalidFact(phrase)
            params = {
                "name": kind.name, "direction": kind.direction.value,
                **kind.labels.model_dump(), "at": at, "by": by,
            }  # fmt: skip
            await conn.execute(_PUT_METRIC, params)

        await self._write(put, facts=True)
        self.metrics = self.metrics.with_kind(kind)
        learn([kind])

    async def set_chat_language(self, chat_id: int, language: str, *, by: int) -> None:
        """Keep ``language`` as ``chat_id``'s choice, across restarts.

        Raises:
            ValueError: ``language`` is not one the bot writes.
            WriteFailed: the choice could not be stored.
        """
        if language not in CHAT_LANGUAGES:
            raise ValueError(f"{language!r} is not one of {', '.join(CHAT_LANGUAGES)}")
        params = {"chat_id": chat_id, "language": language, "set_by": by, "at": now()}

        async def choose(conn: Connection) -> None:
            await conn.execute(_SET_CHAT_LANGUAGE, params)

        await self._write(choose)

    def _check(self, draft: FactDraft) -> None:
        try:
            self.metrics.check(draft)
        except Refusal as refusal:
            raise InvalidFact(refusal.phrase) from None

    async def _locked_fact(self, conn: Connection, fact_id: int) -> Fact:
        row = await (await conn.execute(queries.LOCK_FACT, {"id": fact_id})).fetchone()
        if row is None:
            raise FactNotFound(fact_id)
        return fact_of(row)

    async def _duplicate(
        self, conn: Connection, draft: FactDraft, exclude_id: int | None
    ) -> int | None:
        params = duplicate_key(draft) | {"exclude_id": exclude_id}
        row = await (await conn.execute(queries.FIND_DUPLICATE, params)).fetchone()
        return int(row[0]) if row else None
