"""``factbot healthcheck`` on a good, a missing, an old and a corrupted database file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from storage import FactStore
from tests.factories import make_draft

FACTBOT = Path(sys.executable).parent / "factbot"


def _scribble_over_pages(db: Path) -> None:
    """Overwrite pages after the header, as a failing disk might."""
    data = bytearray(db.read_bytes())
    for offset in range(8192, min(len(data), 40960)):
        data[offset] = 0xFF
    db.write_bytes(bytes(data))


def _healthcheck(db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    return subprocess.run(
        [str(FACTBOT), "healthcheck"],
        env={**env, "FACTBOT_DB_PATH": str(db)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


async def test_a_good_database_is_healthy(db_path: Path):
    async with await FactStore.open(db_path):
        pass
    result = _healthcheck(db_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")


def test_a_missing_database_is_reported_and_not_created(tmp_path: Path):
    db = tmp_path / "none.db"
    result = _healthcheck(db)
    assert result.returncode == 1
    assert result.stderr == f"unhealthy: the database {db} does not exist\n"
    assert not db.exists()


async def test_an_old_schema_is_reported(db_path: Path):
    async with await FactStore.open(db_path):
        pass
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE version > 2")
    result = _healthcheck(db_path)
    assert result.returncode == 1
    assert "is at schema version 2, not " in result.stderr


async def test_a_corrupted_database_is_reported(db_path: Path):
    async with await FactStore.open(db_path) as store:
        await store.add_facts(
            [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(500)], by="t"
        )
    _scribble_over_pages(db_path)
    result = _healthcheck(db_path)
    assert result.returncode == 1
    assert result.stderr.startswith("unhealthy: ")
    assert "Traceback" not in result.stderr


def test_not_a_database_is_reported(tmp_path: Path):
    db = tmp_path / "text.db"
    db.write_text("hello " * 1000, encoding="utf-8")
    result = _healthcheck(db)
    assert result.returncode == 1
    assert "is not a database" in result.stderr
