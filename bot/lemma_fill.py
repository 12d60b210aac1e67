"""At start, the lemmas of the facts stored without them, filled while the bot answers.

Facts stored before the store indexed lemmas (SQLite migration 0014, PostgreSQL 0011), or by a
process opened without a lemmatiser, have none: until they are filled, /search finds them by
their words' starts only, as before. Filling a million facts takes minutes (benchmarks/RESULTS.md),
so it runs beside the bot, a batch per transaction, rather than before it answers; curators'
writes wait at most one batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import structlog

from storage import StorageError, Store

__all__ = ["LemmaFill"]

log = structlog.get_logger(__name__)


class LemmaFill:
    """One background fill of ``store``'s missing lemmas; ``stop`` cancels what is left."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start filling, in a task of the running loop."""
        self._task = asyncio.create_task(self._fill(), name="factbot-lemma-fill")

    async def stop(self) -> None:
        """Cancel the fill if it still runs (the batches done stay done) and wait for it."""
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def wait(self) -> None:
        """Wait for the fill to end (for tests and the benchmark)."""
        if self._task is not None:
            await self._task

    async def _fill(self) -> None:
        started = time.perf_counter()
        try:
            filled = await self._store.fill_lemmas()
        except StorageError as error:
            # The next start fills what is left; meanwhile those facts are found by their words.
            log.warning("lemmas_not_filled", reason=str(error))
            return
        if filled:
            log.info(
                "lemmas_filled", facts=filled, seconds=round(time.perf_counter() - started, 1)
            )
