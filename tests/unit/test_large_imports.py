"""Large imports: validated in a child process and stored with the indexes made once, and still
all or nothing, with every check a small import makes.

Every store is a real SQLite file; the child process is the real one, watched through /proc.
"""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from bot.language.countries import country_code
from storage import DuplicateFact, FactStore, draft_from_row, row_from_draft
from storage.bulk import BULK_MIN_ROWS
from storage.import_rows import FileFormat, estimated_rows
from storage.transfer import (
    CHILD_FROM_BYTES,
    ImportInvalid,
    ImportRefused,
    check_file,
    import_file,
)
from tests.commands import run_factbot

# Long quotes make a file of CHILD_FROM_BYTES in some 8,000 rows.
_PAD = "The border service reported the number of people who crossed that day. " * 12
LARGE_ROWS = 8_000
ROWS_PER_DOCUMENT = 3
# A uniquely searchable word in each row's claim.
WORD = "crossingword{}x"
# A write transaction this far along has written some of its pages to the WAL.
WRITING_WAL_BYTES = 256 * 1024


def _row(number: int) -> dict[str, str]:
    """A valid flow, new to any store; three to a document, over five publishers."""
    document = number // ROWS_PER_DOCUMENT
    value = 1000 + number
    return {
        "metric": "entered", "counted": "Russian citizens", "origin": "RUS",
        "destination": "KAZ", "qualifier": "exact", "value": str(value), "as_of": "2022-10-04",
        "claim": f"{value} Russian citizens entered Kazakhstan ({WORD.format(number)}).",
        "quote": f"{value} entered that day. {_PAD}"[:990],
        "attributed_to": f"Border Service {number % 7}", "publisher": f"Daily {document % 5}",
        "title": f"Crossings {document}", "published_at": "2022-10-05T09:00:00+03:00",
    }  # fmt: skip


def _csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    columns = list(dict.fromkeys(name for row in rows for name in row))
    writer = csv.DictWriter(out, fieldnames=columns, restval="")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _large_file(tmp_path: Path, data: bytes | None = None) -> Path:
    path = tmp_path / "large.csv"
    path.write_bytes(data if data is not None else _csv([_row(n) for n in range(LARGE_ROWS)]))
    assert path.stat().st_size >= CHILD_FROM_BYTES
    return path


async def _import_path(store: FactStore, path: Path):
    with path.open("rb") as stream:
        return await import_file(
            store, stream, file_name=path.name, by="test", resolve_country=country_code
        )


def _child_pids() -> set[int]:
    """Processes this one started that validate an import, as /proc lists them now."""
    pids: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            pids |= {int(pid) for pid in (task / "children").read_text().split()}
        except OSError:
            continue  # the thread ended meanwhile
    found = set()
    for pid in pids:
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"storage.import_child" in command:
            found.add(pid)
    return found


@contextmanager
def _watching_children() -> Iterator[set[int]]:
    """The import children seen while the block runs."""
    seen: set[int] = set()
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.01):
            seen.update(_child_pids())

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield seen
    finally:
        done.set()
        watcher.join()


def _schema(db: Path) -> set[tuple[str, str, str | None]]:
    with closing(sqlite3.connect(db)) as conn:
        return set(conn.execute("SELECT type, name, sql FROM sqlite_schema"))


def _search_settings(db: Path) -> list[tuple[str, object]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT k, v FROM facts_search_config ORDER BY k").fetchall()


def _indexes_remade(db: Path) -> bool:
    """Whether an import dropped the indexes and the search trigger and made them again: the
    trigger, made last, is then the schema's newest entry."""
    with closing(sqlite3.connect(db)) as conn:
        (newest,) = conn.execute("SELECT name FROM sqlite_schema ORDER BY rowid DESC").fetchone()
    return bool(newest == "facts_search_added")


def _schema_order(db: Path) -> list[str]:
    """The schema's entries, oldest first: an index made again moves to the end."""
    with closing(sqlite3.connect(db)) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM sqlite_schema ORDER BY rowid")]


def _assert_whole(db: Path) -> None:
    """The database, its search index, and the index against what it indexes, all sound: with
    rank 1, FTS5's check reads every row of facts_search_source (the index's external content,
    migration 0015) and compares its words with the index."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO facts_search (facts_search, rank) VALUES ('integrity-check', 1)")


async def test_a_large_file_is_validated_by_a_child_and_stored_whole(
    store: FactStore, db_path: Path, tmp_path: Path
):
    path = _large_file(tmp_path)
    schema, settings = _schema(db_path), _search_settings(db_path)

    with _watching_children() as children:
        result = await _import_path(store, path)

    assert children, "a file this large is validated by a child process"
    assert _child_pids() == set()
    assert _indexes_remade(db_path)
    assert (result.added, result.present) == (LARGE_ROWS, 0)
    assert await store.count_facts() == LARGE_ROWS
    assert _schema(db_path) == schema
    assert _search_settings(db_path) == settings
    _assert_whole(db_path)
    for number in (0, 4321, LARGE_ROWS - 1):
        hits = await store.search_facts([WORD.format(number)])
        assert [fact.figure and fact.figure.value for fact in hits.facts] == [1000 + number]
    # Again: every document is in the store now, so each row is looked for in SQLite.
    again = await _import_path(store, path)
    assert (again.added, again.present) == (0, LARGE_ROWS)


def test_a_large_file_piped_to_the_command_is_stored_whole(tmp_path: Path):
    """``factbot import -`` keeps standard input in a temporary file, which the child reads."""
    db = tmp_path / "piped.db"
    data = _large_file(tmp_path).read_bytes()

    result = run_factbot("import", "-", cwd=tmp_path, db=db, stdin=data)

    assert result.returncode == 0, result.stderr
    assert f"{LARGE_ROWS:,} facts added" in result.stdout
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM facts").fetchone() == (LARGE_ROWS,)
    _assert_whole(db)


async def test_bad_rows_deep_in_a_large_file_store_nothing_and_are_named(
    store: FactStore, tmp_path: Path
):
    rows = [_row(n) for n in range(LARGE_ROWS)]
    rows[7000]["value"] = "-1"
    rows[7900]["destination"] = "Atlantis"
    path = _large_file(tmp_path, _csv(rows))

    with pytest.raises(ImportInvalid) as caught:
        await _import_path(store, path)

    # Lines of the file: the header is line 1.
    assert [(p.row, p.field) for p in caught.value.problems] == [
        (7002, "value"),
        (7902, "destination"),
    ]
    assert (caught.value.total, caught.value.rows) == (2, LARGE_ROWS)
    assert await store.count_facts() == 0
    assert _child_pids() == set()


async def test_a_check_of_a_large_file_validates_it_in_a_child_and_stores_nothing(
    store: FactStore, db_path: Path, tmp_path: Path
):
    rows = [_row(n) for n in range(LARGE_ROWS)]
    good = _large_file(tmp_path)
    rows[7000]["value"] = "-1"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(_csv(rows))
    schema = _schema(db_path)

    with _watching_children() as children, good.open("rb") as stream:
        valid = await check_file(store, stream, file_name=good.name, by="tester")
    with pytest.raises(ImportInvalid) as caught, bad.open("rb") as stream:
        await check_file(store, stream, file_name=bad.name, by="tester")

    assert children, "a file this large is checked by a child process, as it is imported"
    assert valid == LARGE_ROWS
    assert [(p.row, p.field) for p in caught.value.problems] == [(7002, "value")]
    assert await store.count_facts() == 0
    assert _schema(db_path) == schema
    assert _child_pids() == set()


async def test_a_large_file_that_stops_being_utf8_is_refused_whole(
    store: FactStore, tmp_path: Path
):
    data = _csv([_row(n) for n in range(LARGE_ROWS)])
    cut = len(data) - 2000
    path = _large_file(tmp_path, data[:cut] + b"\xff" + data[cut:])

    with pytest.raises(ImportRefused, match="not UTF-8"):
        await _import_path(store, path)

    assert await store.count_facts() == 0
    assert _child_pids() == set()


async def test_a_cancelled_large_import_stores_nothing_and_leaves_no_process(
    store: FactStore, db_path: Path, tmp_path: Path
):
    path = _large_file(tmp_path)
    wal = db_path.with_name(db_path.name + "-wal")
    importing = asyncio.create_task(_import_path(store, path))
    while not wal.exists() or wal.stat().st_size < WRITING_WAL_BYTES:
        assert not importing.done(), "the import ended before it was cancelled"
        await asyncio.sleep(0.01)

    importing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await importing

    assert _child_pids() == set()
    assert await store.count_facts() == 0
    _assert_whole(db_path)


async def test_an_import_large_beside_the_store_keeps_its_indexes_and_search(
    seeded: FactStore, db_path: Path
):
    """Past BULK_MIN_ROWS rows, the indexes and the search trigger are dropped and made again
    in the transaction: after it, the schema and the search settings are as they were."""
    schema, settings = _schema(db_path), _search_settings(db_path)
    count = BULK_MIN_ROWS + 1000
    data = _csv([_row(n) for n in range(count)])

    result = await import_file(
        seeded, io.BytesIO(data), file_name="f.csv", by="test", resolve_country=country_code
    )

    assert result.added == count
    assert _indexes_remade(db_path)
    assert _schema(db_path) == schema
    assert _search_settings(db_path) == settings
    _assert_whole(db_path)
    hits = await seeded.search_facts([WORD.format(count - 1)])
    assert [fact.figure and fact.figure.value for fact in hits.facts] == [1000 + count - 1]
    # New facts after it are indexed one by one again, by the trigger made again.
    draft = draft_from_row(_row(count) | {"claim": "A claim with the word zanzibarquux."})
    await seeded.add_fact(draft, by="test")
    assert len((await seeded.search_facts(["zanzibarquux"])).facts) == 1


async def test_a_bad_row_after_the_indexes_were_dropped_leaves_them_as_they_were(
    seeded: FactStore, db_path: Path
):
    schema, settings = _schema(db_path), _search_settings(db_path)
    rows = [_row(n) for n in range(BULK_MIN_ROWS + 1000)]
    rows[-1]["value"] = "many"

    with pytest.raises(ImportInvalid):
        await import_file(
            seeded, io.BytesIO(_csv(rows)), file_name="f.csv", by="test",
            resolve_country=country_code,
        )  # fmt: skip

    assert _schema(db_path) == schema
    assert _search_settings(db_path) == settings
    _assert_whole(db_path)


def _statement(document: str, claim: str, **more: str) -> dict[str, str]:
    return _row(0) | {
        "metric": "statement", "qualifier": "", "value": "", "origin": "", "destination": "",
        "claim": claim, "title": document, "publisher": "Daily Patterns",
    } | more  # fmt: skip


def _flow(document: str, value: int, **more: str) -> dict[str, str]:
    return _row(0) | {"value": str(value), "title": document, "publisher": "Daily Patterns"} | more


# Rows whose duplicates are found each a different way: against the store, within a document
# this import adds (its rows together, or apart), by claim for statements, with the publisher
# spelled in another case, and with another author for the same document.
_STORED = [_flow("Stored", 1), _flow("Stored", 2)]
_PATTERNS = [
    _flow("Stored", 1),  # in the store
    _flow("Stored", 3),
    _flow("Stored", 3),  # an earlier row of a stored document
    _flow("New B", 1),
    _flow("New B", 1),  # an earlier row of a new document
    _flow("New B", 9),  # another figure
    _flow("New B", 9, as_of="2022-10-03"),  # another day
    _statement("New B", "First claim."),
    _statement("New B", "Second claim."),  # a statement says something else
    _statement("New B", "First claim."),
    _flow("New C", 1),
    _flow("New B", 1),  # a new document met again after another
    _flow("New B", 2),
    _flow("New B", 2, publisher="DAILY PATTERNS"),  # the same source, in NOCASE
    _flow("New B", 2, author="Someone Else", url="https://example.org/b"),  # the same document
    _flow("New B", 2, counted="people"),
]


async def _patterns_stored(store: FactStore) -> list[dict[str, str]]:
    """The facts of the patterns' documents, in the order they were stored."""
    return [
        row_from_draft(fact)
        async for fact in store.iter_facts(include_retracted=True)
        if fact.citation.document.publisher == "Daily Patterns"
    ]


@pytest.mark.parametrize("filler", [0, 2 * BULK_MIN_ROWS], ids=["small", "bulk"])
async def test_duplicates_are_counted_as_adding_each_fact_alone_counts_them(
    tmp_path: Path, filler: int
):
    """The import finds the duplicates ``add_fact`` (storage.writes.FIND_DUPLICATE) refuses,
    one row at a time, whether it stores a few rows or drops its indexes first."""
    async with await FactStore.open(tmp_path / "alone.db") as alone:
        for row in _STORED:
            await alone.add_fact(draft_from_row(row), by="test")
        present = 0
        for row in _PATTERNS:
            try:
                await alone.add_fact(draft_from_row(row), by="test")
            except DuplicateFact:
                present += 1
        expected = await _patterns_stored(alone)

    async with await FactStore.open(tmp_path / "import.db") as store:
        for row in _STORED:
            await store.add_fact(draft_from_row(row), by="test")
        rows = [_row(n) for n in range(filler)] + _PATTERNS
        result = await import_file(
            store, io.BytesIO(_csv(rows)), file_name="f.csv", by="test",
            resolve_country=country_code,
        )  # fmt: skip
        stored = await _patterns_stored(store)

    assert _indexes_remade(tmp_path / "import.db") == bool(filler)
    assert present == 7
    assert (result.added, result.present) == (filler + len(_PATTERNS) - present, present)
    assert stored == expected


async def test_an_import_small_beside_the_store_keeps_its_indexes_as_it_goes(
    store: FactStore, db_path: Path
):
    """A quarter of the store or less is cheaper to index row by row (see storage.bulk)."""
    stored = 4 * (BULK_MIN_ROWS + 500)
    rows = [_row(n) for n in range(stored + BULK_MIN_ROWS)]
    await import_file(
        store, io.BytesIO(_csv(rows[:stored])), file_name="store.csv", by="test",
        resolve_country=country_code,
    )  # fmt: skip
    schema, order = _schema(db_path), _schema_order(db_path)

    result = await import_file(
        store, io.BytesIO(_csv(rows[stored:])), file_name="f.csv", by="test",
        resolve_country=country_code,
    )  # fmt: skip

    assert result.added == BULK_MIN_ROWS
    assert _schema_order(db_path) == order
    assert _schema(db_path) == schema
    _assert_whole(db_path)


@pytest.mark.parametrize(
    ("data", "file_format", "rows"),
    [
        (b"metric,counted\nentered,a\nentered,b\nentered,c\n", "csv", 3),
        (b"metric,counted\nentered,a\nentered,b", "csv", 2),
        (b'[{"metric": "entered"}, {"metric": "left"}]', "json", 2),
        (b"", "csv", 0),
    ],
)
def test_a_small_file_is_counted_whole(data: bytes, file_format: FileFormat, rows: int):
    assert estimated_rows(data, len(data), file_format) == rows


def test_a_large_file_is_counted_from_its_start():
    data = _csv([_row(n) for n in range(LARGE_ROWS)])
    estimate = estimated_rows(data[:65_536], len(data), "csv")
    assert abs(estimate - LARGE_ROWS) < LARGE_ROWS / 10
