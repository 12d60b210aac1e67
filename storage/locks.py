"""KeyedLocks: one asyncio lock per key (a curator, a chat), dropped once nobody needs it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

__all__ = ["KeyedLocks"]


class KeyedLocks:
    """Holders of the same key take turns, first come first served; other keys never wait."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        # How many hold or wait for each key's lock: a lock nobody needs is dropped, so the
        # dict stays as small as the keys in use.
        self._users: dict[int, int] = {}

    @asynccontextmanager
    async def hold(self, key: int) -> AsyncIterator[None]:
        """Hold ``key``'s lock for the block."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def __len__(self) -> int:
        """How many keys are held or waited for."""
        return len(self._locks)
