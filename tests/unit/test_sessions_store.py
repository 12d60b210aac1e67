"""Curators' sessions in the store, on SQLite and PostgreSQL: kept, expired, cleared, and a
curator's turns taken one at a time."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from storage import InvalidFact, Store
from storage.postgres.sessions import lock_keys
from storage.postgres.store import PostgresStore

pytestmark = pytest.mark.both_backends

CURATOR = 4242
# Telegram's user ids outgrow 32 bits.
BIG_CURATOR = 7_000_000_123


def _soon(seconds: float = 600) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


async def test_a_saved_session_loads_back_until_it_expires(store: Store):
    state = {"v": 1, "parts": {"addfact": {"guided": {"42": {"row": {"metric": "entered"}}}}}}
    assert await store.load_session(CURATOR) is None
    expires = _soon()
    await store.save_session(CURATOR, json.dumps(state), expires_at=expires)
    await store.save_session(BIG_CURATOR, json.dumps({"other": True}), expires_at=expires)
    loaded = await store.load_session(CURATOR)
    assert loaded is not None
    assert json.loads(loaded) == state
    assert await store.load_session(CURATOR, at=expires - timedelta(seconds=2)) == loaded
    assert await store.load_session(CURATOR, at=expires + timedelta(seconds=1)) is None
    assert json.loads(await store.load_session(BIG_CURATOR) or "") == {"other": True}


async def test_saving_again_replaces_the_session_and_its_expiry(store: Store):
    await store.save_session(CURATOR, '{"n": 1}', expires_at=_soon(10))
    await store.save_session(CURATOR, '{"n": 2}', expires_at=_soon(1000))
    later = datetime.now(UTC) + timedelta(seconds=100)
    assert json.loads(await store.load_session(CURATOR, at=later) or "") == {"n": 2}


async def test_clear_forgets_one_curator_only(store: Store):
    await store.save_session(CURATOR, '{"n": 1}', expires_at=_soon())
    await store.save_session(BIG_CURATOR, '{"n": 2}', expires_at=_soon())
    await store.clear_session(CURATOR)
    await store.clear_session(CURATOR)  # nothing left: no error
    assert await store.load_session(CURATOR) is None
    assert await store.load_session(BIG_CURATOR) is not None


async def test_expired_sessions_are_dropped(store: Store):
    await store.save_session(CURATOR, '{"n": 1}', expires_at=_soon(10))
    await store.save_session(BIG_CURATOR, '{"n": 2}', expires_at=_soon(1000))
    assert await store.drop_expired_sessions() == 0
    assert await store.drop_expired_sessions(at=_soon(100)) == 1
    assert await store.load_session(CURATOR) is None
    assert await store.load_session(BIG_CURATOR) is not None


@pytest.mark.parametrize("state", ["[1, 2]", "not json", '"text"'])
async def test_a_session_is_a_json_object(store: Store, state: str):
    with pytest.raises(ValueError, match="JSON"):
        await store.save_session(CURATOR, state, expires_at=_soon())
    assert await store.load_session(CURATOR) is None


async def test_a_session_cannot_expire_before_it_is_saved(store: Store):
    with pytest.raises(InvalidFact):
        await store.save_session(CURATOR, "{}", expires_at=_soon(-60))


async def _turn(store: Store, user_id: int) -> None:
    """A curator's update: load the count, take a while handling it, save one more."""
    async with store.session_lock(user_id):
        loaded = await store.load_session(user_id)
        count = json.loads(loaded)["n"] if loaded else 0
        await asyncio.sleep(0.01)
        await store.save_session(user_id, json.dumps({"n": count + 1}), expires_at=_soon())


async def test_one_curators_turns_are_taken_one_at_a_time(store: Store):
    """Twenty updates at once: none is lost, as one would be if two loaded the same count."""
    await asyncio.gather(*(_turn(store, CURATOR) for _ in range(20)))
    assert json.loads(await store.load_session(CURATOR) or "") == {"n": 20}


async def test_other_curators_do_not_wait(store: Store):
    """A curator whose turn is long does not hold up another curator's."""
    async with store.session_lock(CURATOR):
        await asyncio.wait_for(_turn(store, BIG_CURATOR), timeout=5)


def test_the_lock_keys_are_the_user_ids_halves_as_int4():
    assert lock_keys(4242) == {"high": 0, "low": 4242}
    assert lock_keys(BIG_CURATOR) == {"high": 1, "low": BIG_CURATOR - (1 << 32) - (1 << 32)}
    assert lock_keys((1 << 63) - 1) == {"high": (1 << 31) - 1, "low": -1}


async def test_two_replicas_take_one_curators_turns_one_at_a_time(pg_url: str):
    """Two stores over one database, as two replicas: the advisory lock spans them."""
    async with (
        await PostgresStore.open(pg_url) as first,
        await PostgresStore.open(pg_url) as second,
    ):
        await asyncio.gather(*(_turn(replica, CURATOR) for replica in (first, second) * 10))
        assert json.loads(await second.load_session(CURATOR) or "") == {"n": 20}
