"""PostgresStore: the fact store on PostgreSQL, the same API as the SQLite FactStore.

Reads and writes share one pool of connections (psycopg_pool). Each write is one transaction
with its audit-log row and the notices it owes; writes to the facts first take one advisory
lock (``FACT_WRITES_LOCK``), so they run one at a time over the database from any replica, as
SQLite's one writer does. The rules, the errors (:mod:`storage.errors`) and the models are
those of the SQLite store; the few differences are in the README ("PostgreSQL").
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Self, TypeVar

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
from storage.facts import SEARCH_POOL, WHOLE_WORDS_ENOUGH, AddResult, SearchHits, SourceSummary
from storage.finding import FactQuery, query_sql
from storage.follows import CHAT_KINDS, Notice, notice_from_row
from storage.history import HistoryEntry, history_of
from storage.metric_rows import SELECT_METRICS, kind_from_row
from storage.metrics import MetricKind, Vocabulary, learn
from storage.models import Fact, FactDraft, FactStatus, Lifecycle, SourceKind
from storage.postgres import follows, queries
from storage.postgres.connection import one_line, open_pool
from storage.postgres.imports import store_rows
from storage.postgres.pages import PostgresPages
from storage.postgres.search import tsquery_all, tsquery_any
from storage.postgres.sql import named
from storage.postgres.urls import shown
from storage.postgres.writes import FACT_WRITES_LOCK, insert_fact, log_change, update_fact
from storage.queries import COLUMNS, fact_from_row
from storage.rows import CountryResolver, row_from_draft
from storage.words import Refusal, say
from storage.writer import STOPPED
from storage.writes import duplicate_key, now

__all__ = ["PostgresStore"]

Connection = psycopg.AsyncConnection[Any]
_Result = TypeVar("_Result")

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
_CHAT_LANGUAGE = "SELECT language FROM chat_languages WHERE chat_id = %(chat_id)s"
_SET_CHAT_LANGUAGE = """
INSERT INTO chat_languages (chat_id, language, set_by, set_at)
VALUES (%(chat_id)s, %(language)s, %(set_by)s, %(at)s)
ON CONFLICT (chat_id) DO UPDATE SET
    language = excluded.language, set_by = excluded.set_by, set_at = excluded.set_at
"""
_ROWS_AT_A_TIME = 500


def _fact(row: Sequence[Any]) -> Fact:
    return fact_from_row(dict(zip(COLUMNS, row, strict=True)))


def _summary(row: Sequence[Any]) -> SourceSummary:
    return SourceSummary(
        int(row[0]), row[1], SourceKind(row[2]), row[3], int(row[4]), int(row[5]), int(row[6])
    )


def _like(text: str) -> str:
    """``text`` as a LIKE pattern that holds it anywhere, its wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _log_row(row: Sequence[Any]) -> tuple[Any, ...]:
    """An audit-log row as storage.history reads SQLite's: the moment as ISO text."""
    version, at, *rest = row
    return (version, at.isoformat(), *rest)


class PostgresStore:
    """Async access to the fact store in one PostgreSQL database."""

    def __init__(
        self,
        pool: AsyncConnectionPool[Connection],
        where: str,
        metrics: Vocabulary,
    ) -> None:
        self._pool = pool
        # The database's URL without its password: what messages name.
        self.where = where
        self.metrics = metrics
        learn(metrics)
        self.pages = PostgresPages(self._read_named)
        self._stopping = False
        # Who takes notices from the outbox: this store in this process (postgres.follows).
        self._sender = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._writing: set[Connection] = set()
        self._cancels: set[asyncio.Task[None]] = set()

    @classmethod
    async def open(cls, url: str) -> Self:
        """Open the store in the database at ``url``, applying its migrations as needed.

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
        return cls(pool, where, Vocabulary(kind_from_row(row) for row in rows))

    def stop_writes(self) -> None:
        """Roll back the writes under way (their statements are cancelled) and refuse new
        ones: the bot is stopping."""
        self._stopping = True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # not on the loop: the writes under way stop at their next step
        for conn in list(self._writing):
            task = loop.create_task(conn.cancel_safe())
            self._cancels.add(task)
            task.add_done_callback(self._cancels.discard)

    async def close(self) -> None:
        """Close the pool; the store cannot be used afterwards."""
        if self._cancels:
            await asyncio.gather(*self._cancels, return_exceptions=True)
        await self._pool.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    # Reads ---------------------------------------------------------------------------------

    async def count_facts(self) -> int:
        """How many facts the store holds, retracted ones included."""
        rows = await self._read(queries.COUNT_FACTS, {})
        return int(rows[0][0])

    async def get_fact(self, fact_id: int) -> Fact:
        """The fact with this id, whatever its status.

        Raises:
            FactNotFound: no fact has that id.
        """
        rows = await self._read(queries.GET_FACT, {"id": fact_id})
        if not rows:
            raise FactNotFound(fact_id)
        return _fact(rows[0])

    async def flows_for(self, country: str) -> list[Fact]:
        """Every published flow into or out of ``country`` (alpha-3), newest first."""
        return await self._read_facts(queries.FLOWS_FOR, {"country": country})

    async def facts_naming(self, country: str, *, limit: int | None = None) -> list[Fact]:
        """Published facts of any kind that name ``country``, newest first; at most
        ``limit`` (None: every one)."""
        return await self._read_facts(queries.FACTS_NAMING, {"country": country, "limit": limit})

    async def search_facts(
        self,
        words: list[str],
        *,
        countries: Mapping[str, str] | None = None,
        limit: int = 100,
        skip: int = 0,
        before_id: int | None = None,
    ) -> SearchHits:
        """Published facts whose claim, quote, sources or countries hold every word: as
        FactStore.search_facts, ranked by ts_rank rather than bm25."""
        return await self._search(
            lambda prefix: tsquery_all(words, countries, prefix=prefix),
            limit,
            skip=skip,
            before_id=before_id,
        )

    async def search_step_back(
        self, words: list[str], countries: Mapping[str, str] | None, after_id: int, steps: int
    ) -> int | None:
        """In a newest-first search, the id ``steps`` matches newer than ``after_id``; None:
        the answer's start."""
        match, _matches = await self._search_match(
            lambda prefix: tsquery_all(words, countries, prefix=prefix)
        )
        if match is None:
            return None
        params = {"match": match, "after": after_id, "limit": steps}
        rows = await self._read(queries.SEARCH_NEWER, params)
        return int(rows[-1][0]) if len(rows) == steps else None

    async def search_any(self, groups: list[list[str]], *, limit: int = 50) -> list[Fact]:
        """Published facts holding a word of every group, best match first."""
        hits = await self._search(lambda prefix: tsquery_any(groups, prefix=prefix), limit)
        return hits.facts

    async def find_facts(self, query: FactQuery) -> list[Fact]:
        """Published facts that ``query`` asks about, newest first, at most ``query.limit``."""
        sql, params = query_sql(query, queries.DIALECT)
        facts = await self._read_facts(named(sql), params)
        facts.sort(key=lambda fact: (fact.sort_date, fact.id), reverse=True)
        return facts[: query.limit]

    async def countries_with_facts(self, codes: Sequence[str]) -> list[str]:
        """Those of ``codes`` that some published fact names, in the order given."""
        rows = await self._read(queries.COUNTRIES_WITH_FACTS, {"codes": list(codes)})
        return [str(row[0]) for row in rows]

    async def sources_named(self, text: str, *, limit: int = 20) -> list[tuple[int, str]]:
        """(id, name) of up to ``limit`` sources whose name holds ``text``, case aside."""
        rows = await self._read(queries.SOURCES_NAMED, {"name": _like(text), "limit": limit})
        return [(int(row[0]), str(row[1])) for row in rows]

    async def source_summaries(self, name_contains: str | None = None) -> list[SourceSummary]:
        """Sources (all, or those whose name holds the text), those backing most facts first."""
        pattern = None if name_contains is None else _like(name_contains)
        rows = await self._read(queries.SOURCE_SUMMARIES, {"name": pattern, "id": None})
        summaries = [_summary(row) for row in rows]
        return sorted(summaries, key=lambda summary: (-summary.total, summary.name.casefold()))

    async def source_summary(self, source_id: int) -> SourceSummary | None:
        """The source with this id and the published facts it backs; None if there is none."""
        rows = await self._read(queries.SOURCE_SUMMARIES, {"name": None, "id": source_id})
        return _summary(rows[0]) if rows else None

    async def facts_by_source(self, source_id: int, *, limit: int | None = None) -> list[Fact]:
        """Published facts a source said, carried or published, newest first."""
        if limit is None:
            return await self._read_facts(
                queries.FACTS_BY_SOURCE, {"source": source_id, "limit": None}
            )
        facts = await self._read_facts(
            queries.FACTS_BY_SOURCE_NEWEST, {"source": source_id, "limit": limit}
        )
        facts.sort(key=lambda fact: (fact.sort_date, fact.id), reverse=True)
        return facts[:limit]

    async def find_duplicate(self, draft: FactDraft) -> int | None:
        """The id of a stored fact that says the same as ``draft`` from the same source."""
        params = duplicate_key(draft) | {"exclude_id": None}
        rows = await self._read(queries.FIND_DUPLICATE, params)
        return int(rows[0][0]) if rows else None

    async def same_figure(self, draft: FactDraft) -> Fact | None:
        """A published fact giving ``draft``'s figure for the same thing, countries and
        period, from any source; None if the store holds none."""
        params = duplicate_key(draft)
        names = (
            "metric", "value", "qualifier", "value_high", "origin", "destination",
            "period_start", "period_end",
        )  # fmt: skip
        facts = await self._read_facts(queries.SAME_FIGURE, {name: params[name] for name in names})
        return facts[0] if facts else None

    async def iter_facts(self, *, include_retracted: bool = False) -> AsyncIterator[Fact]:
        """Every published fact (and retracted ones if asked), in id order, a few at a time
        (a server-side cursor in one read transaction)."""
        try:
            async with (
                self._pool.connection() as conn,
                conn.transaction(),
                conn.cursor("factbot_iter_facts") as cursor,
            ):
                await cursor.execute(queries.ALL_FACTS, {"everything": include_retracted})
                while rows := await cursor.fetchmany(_ROWS_AT_A_TIME):
                    for row in rows:
                        yield _fact(row)
        except (psycopg.Error, PoolTimeout) as error:
            raise StoreUnavailable(
                f"cannot read the PostgreSQL store {self.where}: {one_line(error)}"
            ) from error

    async def history(self, fact_id: int) -> list[HistoryEntry]:
        """Every version of the fact, oldest first: who, when, how, and what changed.

        Raises:
            FactNotFound: no fact has that id.
        """
        fact = await self.get_fact(fact_id)
        rows = await self._read(queries.HISTORY, {"id": fact_id})
        return history_of(fact, [_log_row(row) for row in rows])

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
            fact_id = await insert_fact(conn, draft, lifecycle)
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
            rows.append(import_row(draft, lifecycle))
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

        return await self._write(store_all, facts=True)

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
            await update_fact(conn, fact_id, plan.draft, lifecycle, expected_version=fact.version)
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
            await update_fact(conn, fact_id, fact, lifecycle, expected_version=fact.version)
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

    # Follows and the notices they are owed --------------------------------------------------

    async def follow(
        self, chat_id: int, countries: Iterable[str], *, kind: str, language: str, by: int
    ) -> list[str]:
        """Make a chat follow countries; the ones it did not follow before.

        Raises:
            InvalidFact: the chat's kind or language is not one the store knows.
        """
        codes = list(dict.fromkeys(countries))
        if kind not in CHAT_KINDS or language not in CHAT_LANGUAGES:
            raise InvalidFact(say("unknown chat kind or language"))
        at = now()
        return await self._write(
            lambda conn: follows.follow(
                conn, chat_id, codes, kind=kind, language=language, by=by, at=at
            )
        )

    async def unfollow(self, chat_id: int, countries: Iterable[str]) -> list[str]:
        """Stop a chat following countries; the ones it did follow."""
        codes = list(dict.fromkeys(countries))
        return await self._write(lambda conn: follows.unfollow(conn, chat_id, codes))

    async def followed_by(self, chat_id: int) -> list[str]:
        """The countries a chat follows, by code."""
        rows = await self._read(follows.FOLLOWED_BY, {"chat_id": chat_id})
        return [str(row[0]) for row in rows]

    async def count_followers(self, countries: Iterable[str | None]) -> int:
        """How many chats a change to a fact naming ``countries`` would notify."""
        codes = sorted({code for code in countries if code})
        rows = await self._read(follows.COUNT_FOLLOWERS, {"countries": codes})
        return int(rows[0][0])

    async def followed_among(self, countries: Iterable[str | None]) -> list[str]:
        """Those of ``countries`` some chat follows (and is sent notices), by code."""
        codes = sorted({code for code in countries if code})
        rows = await self._read(follows.FOLLOWED_AMONG, {"countries": codes})
        return [str(row[0]) for row in rows]

    async def follower_counts(self) -> list[tuple[str, int, int]]:
        """Per followed country: the chats notified, and those that stopped."""
        rows = await self._read(follows.FOLLOWER_COUNTS, {})
        return [(str(row[0]), int(row[1]), int(row[2])) for row in rows]

    async def owed_notices(self) -> int:
        """How many notices are still owed: neither sent nor dropped."""
        return int((await self._read(follows.OWED_NOTICES, {}))[0][0])

    async def notices_owed_for(self, fact_id: int, version: int) -> int:
        """How many chats were owed a notice of the change that made ``version`` of a fact."""
        params = {"fact_id": fact_id, "version": version}
        return int((await self._read(follows.OWED_FOR_CHANGE, params))[0][0])

    async def pending_notices(self, *, limit: int = 100) -> list[Notice]:
        """The notices owed now, oldest first (a chat's first only), taken for this sender:
        no other sender is given them while it holds them (storage.postgres.follows)."""

        async def take(conn: Connection) -> list[Notice]:
            params = {"limit": limit, "sender": self._sender}
            cursor = await conn.execute(follows.TAKE_NOTICES, params)
            return [notice_from_row(row) for row in await cursor.fetchall()]

        return await self._write(take)

    async def notice_sent(self, notice_id: int) -> None:
        """Telegram took the notice; it is never sent again."""
        at = now()
        await self._write(lambda conn: follows.notice_sent(conn, notice_id, at))

    async def notice_retry(self, notice_id: int, *, after_s: float) -> None:
        """An attempt failed: count it, and try again in ``after_s`` seconds at the soonest."""
        await self._write(lambda conn: follows.notice_retry(conn, notice_id, after_s))

    async def notice_dropped(self, notice_id: int, why: str) -> None:
        """The notice will never be sent, for the reason given."""
        await self._write(lambda conn: follows.notice_dropped(conn, notice_id, why))

    async def chat_gone(self, chat_id: int, why: str) -> int:
        """A chat the bot cannot write to: sent nothing more; how many notices were dropped."""
        return await self._write(lambda conn: follows.chat_gone(conn, chat_id, why))

    async def chat_moved(self, old: int, new: int) -> None:
        """A group's new id (it became a supergroup): its follows and notices move to it."""
        await self._write(lambda conn: follows.chat_moved(conn, old, new))

    # Chats ---------------------------------------------------------------------------------

    async def chat_language(self, chat_id: int) -> str | None:
        """The language ``chat_id`` chose with /language; None if it never chose."""
        rows = await self._read(_CHAT_LANGUAGE, {"chat_id": chat_id})
        return str(rows[0][0]) if rows else None

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

    # Plumbing ------------------------------------------------------------------------------

    def _check(self, draft: FactDraft) -> None:
        try:
            self.metrics.check(draft)
        except Refusal as refusal:
            raise InvalidFact(refusal.phrase) from None

    async def _locked_fact(self, conn: Connection, fact_id: int) -> Fact:
        row = await (await conn.execute(queries.LOCK_FACT, {"id": fact_id})).fetchone()
        if row is None:
            raise FactNotFound(fact_id)
        return _fact(row)

    async def _duplicate(
        self, conn: Connection, draft: FactDraft, exclude_id: int | None
    ) -> int | None:
        params = duplicate_key(draft) | {"exclude_id": exclude_id}
        row = await (await conn.execute(queries.FIND_DUPLICATE, params)).fetchone()
        return int(row[0]) if row else None

    async def _search_match(
        self, match_for: Callable[[bool], str | None]
    ) -> tuple[str | None, int]:
        """As FactStore._search_match: whole words first, word starts when few facts hold
        the words whole."""
        match, matches = None, 0
        for prefix in (False, True):
            match = match_for(prefix)
            if match is None:
                return None, 0
            rows = await self._read(queries.COUNT_MATCHES, {"match": match, "pool": SEARCH_POOL})
            matches = int(rows[0][0])
            if matches >= WHOLE_WORDS_ENOUGH:
                break
        return match, matches

    async def _search(
        self,
        match_for: Callable[[bool], str | None],
        limit: int,
        *,
        skip: int = 0,
        before_id: int | None = None,
    ) -> SearchHits:
        match, matches = await self._search_match(match_for)
        if match is None:
            return SearchHits([], ranked=True)
        ranked = matches < SEARCH_POOL
        params: dict[str, Any] = {"match": match, "limit": limit}
        if ranked:
            params["skip"] = skip
        else:
            params["before"] = before_id if before_id is not None else 2**62
        sql = queries.SEARCH_RANKED if ranked else queries.SEARCH_NEWEST
        return SearchHits(await self._read_facts(sql, params), ranked=ranked, matches=matches)

    async def _read(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        try:
            async with self._pool.connection() as conn:
                cursor = await conn.execute(sql, params)
                return await cursor.fetchall()
        except (psycopg.Error, PoolTimeout) as error:
            raise StoreUnavailable(
                f"cannot read the PostgreSQL store {self.where}: {one_line(error)}"
            ) from error

    async def _read_named(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """A statement written with SQLite's ``:name`` placeholders (storage.pages)."""
        return await self._read(named(sql), params)

    async def _read_facts(self, sql: str, params: Mapping[str, Any]) -> list[Fact]:
        return [_fact(row) for row in await self._read(sql, params)]

    async def _write(
        self, work: Callable[[Connection], Awaitable[_Result]], *, facts: bool = False
    ) -> _Result:
        """Run ``work`` in one transaction: committed if it returns, rolled back if it raises.

        Args:
            work: the statements, on a connection inside the transaction.
            facts: it writes facts or metrics: it first takes the facts' write lock.

        Raises:
            InvalidFact: a rule of the schema refused the write.
            WriteStopped: the bot is stopping; nothing of it is stored.
            WriteFailed: the database could not be written; nothing of it is stored.
        """
        if self._stopping:
            raise WriteStopped(STOPPED)
        try:
            async with self._pool.connection() as conn:
                self._writing.add(conn)
                try:
                    async with conn.transaction():
                        if facts:
                            await conn.execute(
                                "SELECT pg_advisory_xact_lock(%s)", (FACT_WRITES_LOCK,)
                            )
                        result = await work(conn)
                        # A stop that came while it ran rolls it back, as on SQLite.
                        if self._stopping:
                            raise WriteStopped(STOPPED)
                        return result
                finally:
                    self._writing.discard(conn)
        except psycopg.errors.IntegrityError as error:
            refused = error.diag.message_primary or str(error)
            raise InvalidFact(say("the store refused the fact: {error}", error=refused)) from error
        except (psycopg.Error, PoolTimeout) as error:
            if self._stopping:
                raise WriteStopped(STOPPED) from error
            raise WriteFailed(
                f"cannot write to the PostgreSQL store {self.where}: {one_line(error)}"
            ) from error
