"""Updates taken in webhook mode: the first claim on an update's id wins, on both backends."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from storage import Store

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends


async def test_the_first_claim_on_an_update_wins_and_a_second_is_refused(store: Store):
    assert await store.claim_update(1001)
    assert not await store.claim_update(1001)
    assert await store.claim_update(1002)


async def test_claims_made_at_once_are_won_once(store: Store):
    won = await asyncio.gather(*(store.claim_update(7) for _ in range(10)))
    assert sorted(won) == [False] * 9 + [True]


async def test_old_claims_are_forgotten_and_new_ones_kept(store: Store):
    await store.claim_update(1)
    assert await store.forget_updates(before=datetime.now(UTC) - timedelta(days=1)) == 0
    assert not await store.claim_update(1)
    assert await store.forget_updates(before=datetime.now(UTC) + timedelta(seconds=2)) == 1
    assert await store.claim_update(1)
