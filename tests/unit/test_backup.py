"""backup_store: a checked copy of a real store, and the inputs it refuses, leaving nothing."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from storage import FactStore, open_seeded_store
from storage.backup import ABANDONED, Backup, backup_store
from storage.chats import set_chat_language
from storage.errors import BackupFailed, BackupRefused
from tests.factories import make_draft


def _claims(db: Path) -> set[str]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT claim FROM facts")}


def _check(db: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _contents(path: Path) -> bytes:
    return path.read_bytes()


async def _store_with_extra_facts(db_path: Path, count: int, quote: str = "") -> FactStore:
    store = await open_seeded_store(db_path)
    drafts = [
        make_draft(
            claim=f"Extra fact {n}.",
            figure={"qualifier": "exact", "value": n},
            **({"quote": f"{n}: {quote}"} if quote else {}),
        )
        for n in range(count)
    ]
    await store.add_facts(drafts, by="test")
    return store


async def test_a_backup_of_an_open_store_holds_every_fact_and_passes_integrity_check(
    db_path: Path, tmp_path: Path
):
    """Facts still in the WAL (not yet checkpointed into the store's file) are in the copy."""
    store = await _store_with_extra_facts(db_path, 300)
    try:
        assert db_path.with_name("facts.db-wal").stat().st_size > 0
        destination = tmp_path / "copy.sqlite3"
        backup = backup_store(db_path, destination)
        expected = _claims(db_path)
        total = await store.count_facts()
    finally:
        await store.close()
    assert backup.path == destination
    assert backup.facts == total == len(expected)
    assert backup.size == destination.stat().st_size > 0
    assert _mode(destination) == _mode(db_path)
    assert backup.seconds >= 0
    assert _check(destination) == [("ok",)]
    assert _claims(destination) == expected
    assert {f"Extra fact {n}." for n in range(300)} <= expected
    # One self-contained file: no WAL mode, nothing beside it, no temporary file left.
    with closing(sqlite3.connect(destination)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert _names(tmp_path) == ["copy.sqlite3", "data"]


async def test_a_closed_store_is_backed_up_unchanged(db_path: Path, tmp_path: Path):
    store = await _store_with_extra_facts(db_path, 10)
    await store.close()
    before = _contents(db_path)
    backup = backup_store(db_path, tmp_path / "copy.sqlite3")
    assert backup.facts == len(_claims(db_path))
    assert _contents(db_path) == before
    # A reader of a WAL database makes its -wal and -shm files if missing; it writes nothing.
    assert _contents(db_path.with_name("facts.db-wal")) == b""


async def test_a_restored_backup_opens_as_the_store(db_path: Path, tmp_path: Path):
    """Restoring is copying the backup over the store's file: the bot opens it as it was."""
    store = await _store_with_extra_facts(db_path, 5)
    try:
        backup_store(db_path, tmp_path / "copy.sqlite3")
        expected = [fact.claim async for fact in store.iter_facts(include_retracted=True)]
    finally:
        await store.close()
    restored = tmp_path / "restored" / "facts.db"
    restored.parent.mkdir()
    shutil.copyfile(tmp_path / "copy.sqlite3", restored)
    async with await FactStore.open(restored) as reopened:
        assert [fact.claim async for fact in reopened.iter_facts(include_retracted=True)] == (
            expected
        )


def _backup_while_a_writer_commits(store: Path, destination: Path) -> tuple[int, Backup, int]:
    """Back up while another connection commits as fast as it can, as a second process
    might; how many commits were made before the backup began, the backup, and after."""
    commits: list[int] = []
    done = threading.Event()
    stopping = threading.Event()

    def write() -> None:
        with closing(sqlite3.connect(store, isolation_level=None)) as conn:
            # Commits without waiting for the disk: hundreds between two steps of the copy.
            conn.execute("PRAGMA synchronous = OFF")
            for chat_id in itertools.count(1):
                if done.is_set():
                    return
                set_chat_language(conn, chat_id, "en", by=1)
                commits.append(chat_id)

    writer = threading.Thread(target=write)
    # A copy that never ends fails the test, not the run.
    giving_up = threading.Timer(30, stopping.set)
    writer.start()
    giving_up.start()
    try:
        while len(commits) < 10:
            time.sleep(0.001)
        before = len(commits)
        backup = backup_store(store, destination, stopping)
        return before, backup, len(commits)
    finally:
        giving_up.cancel()
        done.set()
        writer.join()


async def test_a_backup_finishes_while_another_connection_commits_without_pause(
    db_path: Path, tmp_path: Path
):
    """Without the snapshot held from the first page to the last, each commit would make the
    copy start over, and a writer that never pauses would keep it from ever finishing."""
    store = await _store_with_extra_facts(db_path, 3000, quote=" ".join(["word"] * 190))
    await store.close()
    destination = tmp_path / "copy.sqlite3"
    before, backup, after = _backup_while_a_writer_commits(db_path, destination)
    assert backup.size > 4 * 1024 * 1024  # more than one step's pages
    with closing(sqlite3.connect(destination)) as conn:
        (chats,) = conn.execute("SELECT count(*) FROM chat_languages").fetchone()
    print(f"commits before={before} during={after - before} in {backup.seconds:.2f} s")
    assert before <= chats <= after
    # The writer was never held up by the copy.
    assert after > before


@pytest.fixture(name="closed_store")
async def _closed_store(db_path: Path) -> Path:
    store = await open_seeded_store(db_path)
    await store.close()
    return db_path


def _refusal(store: Path, destination: Path) -> tuple[type[BackupFailed], str]:
    with pytest.raises(BackupFailed) as caught:
        backup_store(store, destination)
    return type(caught.value), str(caught.value)


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_a_missing_store_is_refused_and_not_created(tmp_path: Path):
    missing = tmp_path / "none.db"
    assert _refusal(missing, tmp_path / "copy.sqlite3") == (
        BackupFailed,
        f"the database {missing} does not exist",
    )
    assert _files(tmp_path) == []


def test_a_file_that_is_no_database_is_refused(tmp_path: Path):
    text = tmp_path / "notes.db"
    text.write_text("hello " * 1000, encoding="utf-8")
    kind, message = _refusal(text, tmp_path / "copy.sqlite3")
    assert kind is BackupFailed
    assert message == f"cannot read the database {text}: file is not a database"
    assert _files(tmp_path) == ["notes.db"]


def test_a_database_that_is_no_factbot_store_is_refused(tmp_path: Path):
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    assert _refusal(other, tmp_path / "copy.sqlite3") == (
        BackupFailed,
        f"{other} is not a factbot store: it has no facts table",
    )
    assert _files(tmp_path) == ["other.db"]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("facts.db", "is the store itself; back it up to another file"),
        ("facts.db-wal", "is the store's own -wal file; back it up to another file"),
        ("../data/./facts.db", "is the store itself; back it up to another file"),
    ],
)
def test_the_store_itself_is_no_destination(closed_store: Path, name: str, problem: str):
    before = closed_store.read_bytes()
    destination = closed_store.parent / name
    assert _refusal(closed_store, destination) == (BackupRefused, f"{destination} {problem}")
    assert closed_store.read_bytes() == before
    assert _files(closed_store.parent) == ["facts.db"]


def test_a_destination_folder_that_does_not_exist_is_refused(closed_store: Path, tmp_path: Path):
    destination = tmp_path / "no-such-folder" / "copy.sqlite3"
    assert _refusal(closed_store, destination) == (
        BackupRefused,
        f"the folder {destination.parent} does not exist",
    )
    assert not destination.parent.exists()


def test_a_destination_that_exists_is_never_replaced(closed_store: Path, tmp_path: Path):
    taken = tmp_path / "copy.sqlite3"
    taken.write_text("an earlier file", encoding="utf-8")
    assert _refusal(closed_store, taken) == (
        BackupRefused,
        f"{taken} already exists; a backup never replaces a file",
    )
    assert taken.read_text(encoding="utf-8") == "an earlier file"
    assert [path.name for path in tmp_path.iterdir() if path.is_file()] == ["copy.sqlite3"]


def test_a_folder_as_destination_is_refused(closed_store: Path, tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert _refusal(closed_store, folder) == (
        BackupRefused,
        f"{folder} is a folder; give the backup a file name",
    )
    assert _files(folder) == []


@contextmanager
def _unwritable(folder: Path) -> Iterator[None]:
    """A folder no one may add files to: chmod for a user; for root, which chmod does not
    stop, the kernel's immutable flag (as in tests/e2e/test_faults.py)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is not installed: cannot make a folder read-only for root")
    made = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot make {folder} immutable: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_an_unwritable_destination_folder_is_refused(closed_store: Path, tmp_path: Path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    with _unwritable(folder):
        assert _refusal(closed_store, folder / "copy.sqlite3") == (
            BackupRefused,
            f"the folder {folder} is not writable",
        )
    assert _files(folder) == []


def test_a_stop_abandons_the_backup_and_leaves_nothing(closed_store: Path, tmp_path: Path):
    stopping = threading.Event()
    stopping.set()
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupFailed, match=f"^{ABANDONED}$"):
        backup_store(closed_store, folder / "copy.sqlite3", stopping)
    assert _files(folder) == []


def _scribble_over_the_facts(db: Path) -> None:
    """Overwrite the facts table's first page, as a failing disk might; the schema reads."""
    with closing(sqlite3.connect(db)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_schema WHERE name = 'facts'"
        (root,) = conn.execute(query).fetchone()
    data = bytearray(db.read_bytes())
    data[(root - 1) * size : root * size] = b"\xff" * size
    db.write_bytes(bytes(data))


async def test_a_copy_failing_its_integrity_check_is_not_kept(db_path: Path, tmp_path: Path):
    store = await _store_with_extra_facts(db_path, 500)
    await store.close()
    _scribble_over_the_facts(db_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    kind, message = _refusal(db_path, folder / "copy.sqlite3")
    assert kind is BackupFailed
    assert message.startswith(f"the copy of {db_path} failed its integrity check: ")
    assert _files(folder) == []
