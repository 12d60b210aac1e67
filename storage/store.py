"""Store: the one API over the fact store, whichever database holds it.

Handlers, answers, the notice sender and the CLI are typed against this protocol, never against
a backend: :class:`storage.facts.FactStore` (SQLite, the embedded default) and
:class:`storage.postgres.store.PostgresStore` both satisfy it, raise the same errors
(:mod:`storage.errors`) and return the same models.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Protocol, Self

from storage.bulk import ImportRow
from storage.edits import EditPlan
from storage.facts import AddResult, SearchHits, SourceSummary
from storage.finding import FactQuery
from storage.follows import Notice
from storage.history import HistoryEntry
from storage.lemmas import FILL_BATCH, Lemmatiser
from storage.metrics import MetricKind, Vocabulary
from storage.models import Fact, FactDraft, Lifecycle
from storage.pages import FactPages
from storage.rows import CountryResolver

__all__ = ["Store"]


class Store(Protocol):
    """What the bot and the CLI ask of the fact store; see FactStore for each method's contract."""

    # The store's vocabulary of metrics, which every write is checked against.
    metrics: Vocabulary
    # What computes the lemmas of facts and of searched words (storage.lemmas); None: none.
    lemmatiser: Lemmatiser | None

    @property
    def pages(self) -> FactPages:
        """Long answers, a page at a time (keyset walks)."""
        ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *_exc: object) -> None: ...

    def stop_writes(self) -> None: ...

    async def close(self) -> None: ...

    # Reads

    async def count_facts(self) -> int: ...

    async def get_fact(self, fact_id: int) -> Fact: ...

    async def flows_for(self, country: str) -> list[Fact]: ...

    async def facts_naming(self, country: str, *, limit: int | None = None) -> list[Fact]: ...

    async def search_facts(
        self,
        words: list[str],
        *,
        countries: Mapping[str, str] | None = None,
        limit: int = 100,
        skip: int = 0,
        before_id: int | None = None,
    ) -> SearchHits: ...

    async def search_step_back(
        self, words: list[str], countries: Mapping[str, str] | None, after_id: int, steps: int
    ) -> int | None: ...

    async def search_any(self, groups: list[list[str]], *, limit: int = 50) -> list[Fact]: ...

    async def find_facts(self, query: FactQuery) -> list[Fact]: ...

    async def fill_lemmas(self, *, batch: int = FILL_BATCH) -> int: ...

    async def countries_with_facts(self, codes: Sequence[str]) -> list[str]: ...

    async def sources_named(self, text: str, *, limit: int = 20) -> list[tuple[int, str]]: ...

    async def source_summaries(self, name_contains: str | None = None) -> list[SourceSummary]: ...

    async def source_summary(self, source_id: int) -> SourceSummary | None: ...

    async def facts_by_source(self, source_id: int, *, limit: int | None = None) -> list[Fact]: ...

    async def find_duplicate(self, draft: FactDraft) -> int | None: ...

    async def same_figure(self, draft: FactDraft) -> Fact | None: ...

    def iter_facts(self, *, include_retracted: bool = False) -> AsyncIterator[Fact]: ...

    async def history(self, fact_id: int) -> list[HistoryEntry]: ...

    # Writes, each one transaction with its audit-log row

    async def add_fact(self, draft: FactDraft, *, by: str) -> Fact: ...

    async def add_facts(
        self, drafts: Iterable[FactDraft], *, by: str, source: str = ""
    ) -> AddResult: ...

    async def seed_facts(self, drafts: Iterable[FactDraft], *, by: str) -> AddResult | None: ...

    async def import_facts(
        self,
        entries: Iterable[tuple[FactDraft, Lifecycle | None]],
        *,
        by: str,
        source: str = "",
    ) -> AddResult: ...

    async def import_rows(
        self,
        batches: Iterable[list[ImportRow]],
        *,
        by: str,
        source: str = "",
        expected_rows: int,
    ) -> AddResult: ...

    async def edit_fact(
        self,
        fact_id: int,
        changes: Mapping[str, str],
        *,
        by: str,
        resolve_country: CountryResolver | None = None,
        expected_version: int | None = None,
    ) -> Fact: ...

    async def check_edit(
        self,
        fact_id: int,
        changes: Mapping[str, str],
        *,
        resolve_country: CountryResolver | None = None,
    ) -> EditPlan: ...

    async def retract_fact(
        self, fact_id: int, reason: str, *, by: str, expected_version: int | None = None
    ) -> Fact: ...

    async def check_retraction(self, fact_id: int, reason: str) -> Fact: ...

    async def put_metric(self, kind: MetricKind, *, by: str) -> None: ...

    # Follows and the outbox

    async def follow(
        self, chat_id: int, countries: Iterable[str], *, kind: str, language: str, by: int
    ) -> list[str]: ...

    async def unfollow(self, chat_id: int, countries: Iterable[str]) -> list[str]: ...

    async def followed_by(self, chat_id: int) -> list[str]: ...

    async def count_followers(self, countries: Iterable[str | None]) -> int: ...

    async def followed_among(self, countries: Iterable[str | None]) -> list[str]: ...

    async def follower_counts(self) -> list[tuple[str, int, int]]: ...

    async def owed_notices(self) -> int: ...

    async def notices_owed_for(self, fact_id: int, version: int) -> int: ...

    async def pending_notices(self, *, limit: int = 100) -> list[Notice]: ...

    async def notice_sent(self, notice_id: int) -> None: ...

    async def notice_retry(self, notice_id: int, *, after_s: float) -> None: ...

    async def notice_dropped(self, notice_id: int, why: str) -> None: ...

    async def chat_gone(self, chat_id: int, why: str) -> int: ...

    async def chat_moved(self, old: int, new: int) -> None: ...

    # Chats

    async def chat_language(self, chat_id: int) -> str | None: ...

    async def set_chat_language(self, chat_id: int, language: str, *, by: int) -> None: ...

    # Curators' conversations (storage.sessions, storage.postgres.sessions)

    def session_lock(self, user_id: int) -> AbstractAsyncContextManager[None]: ...

    async def load_session(self, user_id: int, *, at: datetime | None = None) -> str | None: ...

    async def save_session(self, user_id: int, state: str, *, expires_at: datetime) -> None: ...

    async def clear_session(self, user_id: int) -> None: ...

    async def drop_expired_sessions(self, *, at: datetime | None = None) -> int: ...

    # Updates taken in webhook mode (storage.handled_updates, storage.postgres.handled_updates)

    async def claim_update(self, update_id: int) -> bool: ...

    async def forget_updates(self, *, before: datetime) -> int: ...
