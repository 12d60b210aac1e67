"""``factbot backup PATH``, run as an operator runs it, beside a store the bot has open."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from storage import FactStore, open_seeded_store
from tests.commands import run_factbot
from tests.factories import make_draft

_WROTE = re.compile(
    r"^wrote (?P<path>\S+): (?P<facts>[\d,]+) facts, [\d.]+ [KM]B, integrity ok, in [\d.]+ s\n$"
)


def _integrity_and_count(db: Path) -> tuple[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        (check,) = conn.execute("PRAGMA integrity_check").fetchone()
        (count,) = conn.execute("SELECT count(*) FROM facts").fetchone()
    return check, count


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


async def _running_store(db_path: Path) -> tuple[FactStore, int]:
    """A store open as the bot has it, with a curator's fact not yet checkpointed; its id."""
    store = await open_seeded_store(db_path)
    fact = await store.add_fact(make_draft(claim="A curator's newest fact."), by="telegram:1")
    return store, fact.id


async def test_a_backup_into_a_folder_while_the_store_is_open(db_path: Path, tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    store, _ = await _running_store(db_path)
    try:
        result = run_factbot("backup", str(folder), cwd=tmp_path, db=db_path)
        total = await store.count_facts()
    finally:
        await store.close()
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    wrote = _WROTE.match(result.stdout)
    assert wrote is not None, result.stdout
    backup = Path(wrote["path"])
    assert backup.parent == folder
    assert re.fullmatch(r"factbot-\d{8}-\d{6}\.sqlite3", backup.name)
    assert _files(folder) == [backup.name]
    assert int(wrote["facts"].replace(",", "")) == total == 16
    assert _integrity_and_count(backup) == ("ok", total)


async def test_a_backup_restored_over_the_store_is_healthy_and_answers(
    db_path: Path, tmp_path: Path
):
    """The README's restore: the backup copied over FACTBOT_DB_PATH, no -wal or -shm beside
    it, passes `factbot healthcheck --store-only` and answers with the facts it held."""
    store, newest = await _running_store(db_path)
    try:
        result = run_factbot("backup", "copy.sqlite3", cwd=tmp_path, db=db_path)
    finally:
        await store.close()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote copy.sqlite3: 16 facts, ")
    restored = tmp_path / "restored" / "facts.db"
    restored.parent.mkdir()
    shutil.copyfile(tmp_path / "copy.sqlite3", restored)
    health = run_factbot("healthcheck", "--store-only", cwd=tmp_path, db=restored)
    assert (health.returncode, health.stdout) == (0, "ok\n"), health.stderr
    answer = run_factbot("ask", f"/fact {newest}", cwd=tmp_path, db=restored)
    assert "A curator's newest fact." in answer.stdout


async def test_a_taken_name_or_missing_folder_is_a_usage_error(db_path: Path, tmp_path: Path):
    await (await FactStore.open(db_path)).close()
    (tmp_path / "taken.sqlite3").write_text("an earlier file", encoding="utf-8")
    taken = run_factbot("backup", "taken.sqlite3", cwd=tmp_path, db=db_path)
    assert (taken.returncode, taken.stdout, taken.stderr) == (
        2, "", "factbot backup: taken.sqlite3 already exists; a backup never replaces a file\n"
    )  # fmt: skip
    assert (tmp_path / "taken.sqlite3").read_text(encoding="utf-8") == "an earlier file"
    missing = run_factbot("backup", "nowhere/copy.sqlite3", cwd=tmp_path, db=db_path)
    assert (missing.returncode, missing.stderr) == (
        2, "factbot backup: the folder nowhere does not exist\n"
    )  # fmt: skip
    itself = run_factbot("backup", str(db_path), cwd=tmp_path, db=db_path)
    assert itself.returncode == 2
    assert itself.stderr == (
        f"factbot backup: {db_path} is the store itself; back it up to another file\n"
    )
    assert _files(tmp_path) == ["data", "taken.sqlite3"]


def test_a_store_that_cannot_be_copied_is_a_failure(tmp_path: Path):
    missing = run_factbot("backup", "copy.sqlite3", cwd=tmp_path, db=tmp_path / "none.db")
    assert (missing.returncode, missing.stderr) == (
        1, f"factbot backup: the database {tmp_path / 'none.db'} does not exist\n"
    )  # fmt: skip
    (tmp_path / "notes.db").write_text("hello " * 1000, encoding="utf-8")
    text = run_factbot("backup", "copy.sqlite3", cwd=tmp_path, db=tmp_path / "notes.db")
    assert text.returncode == 1
    assert "file is not a database" in text.stderr
    assert "Traceback" not in text.stderr
    assert _files(tmp_path) == ["notes.db"]
