"""End-to-end fixtures: a fake Bot API server on 127.0.0.1, and the real Application polling it.

The bot is configured the way a user configures it, through FACTBOT_* variables, and runs the
same start-up and graceful stop as ``factbot run`` (``bot.runner.serve``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot

ADMIN_ID = 4242


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder is end-to-end: ``pytest -m e2e`` selects them."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(name="api")
async def _api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture(name="bot_env")
def _bot_env(
    api: FakeBotApi,
    db_path: Path,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> dict[str, str]:
    """The bot's settings; on PostgreSQL (a test marked ``both_backends``) with
    FACTBOT_DATABASE_URL naming a fresh database."""
    env = {
        "FACTBOT_TOKEN": api.token,
        "FACTBOT_DB_PATH": str(db_path),
        "FACTBOT_ADMIN_IDS": str(ADMIN_ID),
        "FACTBOT_API_BASE_URL": api.base_url,
        "FACTBOT_API_BASE_FILE_URL": api.base_file_url,
    }
    if backend == "postgresql":
        env["FACTBOT_DATABASE_URL"] = request.getfixturevalue("pg_url")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


@pytest.fixture(name="running_bot")
async def _running_bot(bot_env: dict[str, str], api: FakeBotApi) -> AsyncIterator[None]:
    async with polling_bot(api):
        yield
