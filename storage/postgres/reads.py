"""Reads of the PostgreSQL store: facts, sources, history, search, chats' languages (the
SQL is in storage.postgres.queries)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

import psycopg
from psycopg_pool import PoolTimeout

from storage.errors import FactNotFound, StoreUnavailable
from storage.facts import SearchHits, SourceSummary, choose_match, search_params
from storage.finding import FactQuery, query_sql
from storage.history import HistoryEntry, history_of
from storage.lemmas import Lemmatiser, query_lemmas
from storage.models import Fact, FactDraft, SourceKind
from storage.postgres import queries
from storage.postgres.access import PoolAccess, fact_of
from storage.postgres.connection import one_line
from storage.postgres.search import tsquery_all, tsquery_any
from storage.postgres.sql import named
from storage.writes import duplicate_key

__all__ = ["PostgresReads"]

_CHAT_LANGUAGE = "SELECT language FROM chat_languages WHERE chat_id = %(chat_id)s"
# Rows a server-side cursor hands over at a time.
_ROWS_AT_A_TIME = 500


def _summary(row: Sequence[Any]) -> SourceSummary:
    return SourceSummary(
        int(row[0]), row[1], SourceKind(row[2]), row[3], int(row[4]), int(row[5]), int(row[6])
    )


def _like(text: str) -> str:
    """``text`` as a LIKE pattern that holds it anywhere, its wildcards escaped."""
    # PostgreSQL refuses a NUL in any text, a parameter's too: a reader's stray one is dropped,
    # as search drops it (storage.postgres.search), rather than failing the read.
    escaped = (
        text.replace("\x00", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    )
    return f"%{escaped}%"


def _log_row(row: Sequence[Any]) -> tuple[Any, ...]:
    """An audit-log row as storage.history reads SQLite's: the moment as ISO text."""
    version, at, *rest = row
    return (version, at.isoformat(), *rest)


class PostgresReads(PoolAccess):
    """What the store reads, each read on a connection of the pool."""

    # What computes the lemmas of searched words (set by PostgresStore); None: none.
    lemmatiser: Lemmatiser | None = None

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
        return fact_of(rows[0])

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
        lemmas = query_lemmas(self.lemmatiser, words)
        return await self._search(
            lambda prefix: tsquery_all(words, countries, prefix=prefix, lemmas=lemmas),
            limit,
            skip=skip,
            before_id=before_id,
        )

    async def search_step_back(
        self, words: list[str], countries: Mapping[str, str] | None, after_id: int, steps: int
    ) -> int | None:
        """In a newest-first search, the id ``steps`` matches newer than ``after_id``; None:
        the answer's start."""
        lemmas = query_lemmas(self.lemmatiser, words)
        match, _matches = await self._search_match(
            lambda prefix: tsquery_all(words, countries, prefix=prefix, lemmas=lemmas)
        )
        if match is None:
            return None
        params = {"match": match, "after": after_id, "limit": steps}
        rows = await self._read(queries.SEARCH_NEWER, params)
        return int(rows[-1][0]) if len(rows) == steps else None

    async def search_any(self, groups: list[list[str]], *, limit: int = 50) -> list[Fact]:
        """Published facts holding a word of every group, best match first."""
        lemmas = query_lemmas(self.lemmatiser, [word for group in groups for word in group])
        hits = await self._search(
            lambda prefix: tsquery_any(groups, prefix=prefix, lemmas=lemmas), limit
        )
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
                        yield fact_of(row)
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

    async def chat_language(self, chat_id: int) -> str | None:
        """The language ``chat_id`` chose with /language; None if it never chose."""
        rows = await self._read(_CHAT_LANGUAGE, {"chat_id": chat_id})
        return str(rows[0][0]) if rows else None

    async def _search_match(
        self, match_for: Callable[[bool], str | None]
    ) -> tuple[str | None, int]:
        """As FactStore._search_match, with a tsquery."""
        return await choose_match(self._read, queries.COUNT_MATCHES, match_for)

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
        ranked, params = search_params(match, matches, limit, skip, before_id)
        sql = queries.SEARCH_RANKED if ranked else queries.SEARCH_NEWEST
        return SearchHits(await self._read_facts(sql, params), ranked=ranked, matches=matches)
