"""Shared fixtures: a real SQLite file per test, and the store opened on it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import structlog

from storage import FactStore, open_seeded_store


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
