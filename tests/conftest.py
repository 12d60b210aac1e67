"""Shared fixtures: a real SQLite file per test, and the store opened on it; a real PostgreSQL
server per session (tests/postgres.py), and a fresh database on it per test; and ``any_store``
(``any_seeded``), the store on each backend in turn, for tests of the Store API itself."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import structlog

from storage import FactStore, Store, open_seeded_store
from storage.postgres.migrate import apply_migrations
from storage.seed import seed_store
from tests.postgres import NOT_INSTALLED, PostgresServer, find_server_binaries, running_server


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--stress-seconds",
        type=float,
        default=20.0,
        help="how long the concurrency test keeps its readers and curators busy (default 20)",
    )


@pytest.fixture(name="stress_seconds")
def _stress_seconds(request: pytest.FixtureRequest) -> float:
    return float(request.config.getoption("--stress-seconds"))


@pytest.fixture(name="db_path")
def _db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "facts.db"


@pytest.fixture(name="store")
async def _store(db_path: Path) -> AsyncIterator[FactStore]:
    store = await FactStore.open(db_path)
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture(name="seeded")
async def _seeded(db_path: Path) -> AsyncIterator[FactStore]:
    """A store holding the shipped facts, as the bot has on first start."""
    store = await open_seeded_store(db_path)
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture(name="postgres_server", scope="session")
def _postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server, started on first use and stopped at the session's end
    (after failures too); the tests that use it are skipped where it is not installed."""
    bindir = find_server_binaries()
    if bindir is None:
        pytest.skip(NOT_INSTALLED)
    with running_server(bindir) as server:
        yield server


@pytest.fixture(name="pg_url")
def _pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty PostgreSQL database for one test, as a ``postgresql://`` URL."""
    with postgres_server.fresh_database() as url:
        yield url


@pytest.fixture(name="pg")
async def _pg(pg_url: str) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
    """A connection (autocommit) to a fresh PostgreSQL database with the schema applied."""
    async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as conn:
        await apply_migrations(conn)
        yield conn


# The backends every test of the Store API runs on: no mocks, a real database of each kind.
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(name="backend", params=BACKENDS)
def _backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(name="any_store")
async def _any_store(
    backend: str, db_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[Store]:
    """An empty store on ``backend``: a SQLite file, or a fresh PostgreSQL database (skipped
    where no server is installed)."""
    if backend == "sqlite":
        store: Store = await FactStore.open(db_path)
    else:
        from storage.postgres.store import PostgresStore

        store = await PostgresStore.open(request.getfixturevalue("pg_url"))
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture(name="any_seeded")
async def _any_seeded(any_store: Store) -> Store:
    """A store on ``backend`` holding the shipped facts, as the bot has on first start."""
    await seed_store(any_store)
    return any_store


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No FACTBOT_* variable or .env file from the developer's machine leaks into a test."""
    import os

    for name in list(os.environ):
        if name.startswith("FACTBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    yield
    structlog.contextvars.clear_contextvars()
