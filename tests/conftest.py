"""Shared fixtures: a real SQLite file per test, and the store opened on it; a real PostgreSQL
server per session (tests/postgres.py), and a fresh database on it per test.

A test (or module) marked ``both_backends`` runs twice: its ``store`` and ``seeded`` are then a
SQLite file's, then a fresh PostgreSQL database's (skipped where no server is installed)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import structlog

from bot.language.search_lemmas import LEMMATISER
from storage import FactStore, Store, open_seeded_store
from storage.postgres.migrate import apply_migrations
from storage.seed import seed_store
from tests.postgres import NOT_INSTALLED, PostgresServer, find_server_binaries, running_server
from tests.raw_database import RawDatabase


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


# The backends a test marked both_backends runs on: real databases of each kind, no mocks.
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(name="backend")
def _backend(request: pytest.FixtureRequest) -> str:
    """Which database ``store`` and ``seeded`` are on: SQLite unless the test is marked
    ``both_backends`` (then each in turn)."""
    return str(getattr(request, "param", "sqlite"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_backends") and (
        "backend" in metafunc.fixturenames
    ):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


async def _open_on(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Store:
    # As the bot opens it: with its lemmatiser (storage.lemmas).
    if backend == "sqlite":
        return await FactStore.open(db_path, lemmatiser=LEMMATISER)
    from storage.postgres.store import PostgresStore

    return await PostgresStore.open(request.getfixturevalue("pg_url"), lemmatiser=LEMMATISER)


@pytest.fixture(name="store")
async def _store(
    backend: str, db_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[Store]:
    """An empty store: a SQLite file, or (``both_backends``) a fresh PostgreSQL database."""
    store = await _open_on(backend, db_path, request)
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture(name="seeded")
async def _seeded(
    backend: str, db_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[Store]:
    """A store holding the shipped facts, as the bot has on first start."""
    if backend == "sqlite":
        store: Store = await open_seeded_store(db_path, lemmatiser=LEMMATISER)
    else:
        store = await _open_on(backend, db_path, request)
        try:
            await seed_store(store)
        except BaseException:
            await store.close()
            raise
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture(name="database")
def _database(backend: str, db_path: Path, request: pytest.FixtureRequest) -> RawDatabase:
    """The database under ``store`` (and the bot's, in e2e), opened directly: for the checks
    and planted faults the store API does not offer (tests/raw_database.py)."""
    if backend == "sqlite":
        return RawDatabase("sqlite", str(db_path))
    return RawDatabase("postgresql", request.getfixturevalue("pg_url"))


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
