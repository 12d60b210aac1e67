"""``factbot import | export | facts retract``, run as an operator runs them, on real databases.

Every database here is a real SQLite file under ``tmp_path``. A source store is seeded by its
first ``factbot`` command, as in production. A target store is made with ``FactStore.open``
(migrated, no facts); ``factbot import`` does not seed an empty store, so the import is all
the target holds and the round trip can be compared fact by fact.
"""

from __future__ import annotations

import asyncio
import csv
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from storage import FactStore, load_seed
from tests.commands import run_factbot

FACTBOT = Path(sys.executable).parent / "factbot"
SEED_COUNT = len(load_seed())


def _factbot(
    *args: str, cwd: Path, db: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    return run_factbot(*args, cwd=cwd, db=db, stdin=stdin, timeout=60)


def _fact_ids(db: Path) -> list[int]:
    with closing(sqlite3.connect(db)) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM facts ORDER BY id")]


def _count(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM facts").fetchone()[0])


def _answers(db: Path, cwd: Path) -> dict[str, str]:
    """What ``factbot ask`` prints for /flows kazakhstan and for /fact of every id."""
    texts = ["/flows kazakhstan", *(f"/fact {fact_id}" for fact_id in _fact_ids(db))]

    def ask(text: str) -> str:
        result = _factbot("ask", text, cwd=cwd, db=db)
        assert result.returncode == 0, result.stderr
        return result.stdout

    # Each ask is a process of its own; a few at a time keep the test short on two cores.
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(texts, pool.map(ask, texts), strict=True))


def _empty_store(path: Path) -> Path:
    async def create() -> None:
        store = await FactStore.open(path)
        await store.close()

    asyncio.run(create())
    return path


def _seeded_store(db: Path) -> Path:
    """A store seeded with the shipped facts by its first command, as in production."""
    assert _factbot("ask", "/help", cwd=db.parent, db=db).returncode == 0
    assert _count(db) == SEED_COUNT
    return db


@pytest.fixture(name="source")
def _source(tmp_path: Path) -> Path:
    return _seeded_store(tmp_path / "source.db")


@dataclass(frozen=True)
class Snapshot:
    """A source store the round-trip tests only read, and its answers, computed once."""

    db: Path
    answers: dict[str, str]


@pytest.fixture(name="published", scope="module")
def _published(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    db = _seeded_store(tmp_path_factory.mktemp("published") / "source.db")
    return Snapshot(db, _answers(db, db.parent))


@pytest.fixture(name="with_retraction", scope="module")
def _with_retraction(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The seeded store after ``factbot facts retract 2``."""
    db = _seeded_store(tmp_path_factory.mktemp("retracted") / "source.db")
    result = _factbot("facts", "retract", "2", "--reason", "duplicate", cwd=db.parent, db=db)
    assert result.returncode == 0, result.stderr
    return Snapshot(db, _answers(db, db.parent))


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _new_fact(value: int) -> dict[str, str]:
    return {
        "metric": "entered",
        "counted": "Russian citizens",
        "origin": "Russia",
        "destination": "Georgia",
        "qualifier": "about",
        "value": str(value),
        "as_of": "2022-10-01",
        "claim": f"About {value} Russians entered Georgia.",
        "quote": f"About {value} Russians have entered Georgia.",
        "attributed_to": "Ministry of Internal Affairs of Georgia",
        "attributed_to_kind": "organisation",
        "publisher": "Example News",
        "title": "Crossings into Georgia",
        "published_at": "2022-10-02T12:00:00+04:00",
    }


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_export_then_import_into_an_empty_store_answers_the_same(
    tmp_path: Path, published: Snapshot, file_format: str
):
    exported = tmp_path / f"facts.{file_format}"
    result = _factbot("export", "--output", str(exported), cwd=tmp_path, db=published.db)
    assert result.returncode == 0, result.stderr
    assert (
        result.stderr == f"Exported {SEED_COUNT} fact(s) to {exported} ({file_format.upper()}).\n"
    )
    target = _empty_store(tmp_path / "target.db")

    result = _factbot("import", str(exported), cwd=tmp_path, db=target)

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Imported: {SEED_COUNT} facts added, 0 already present.\n"
    assert _answers(target, tmp_path) == published.answers


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_export_all_keeps_a_retracted_fact_through_import(
    tmp_path: Path, with_retraction: Snapshot, file_format: str
):
    """A retraction made with ``facts retract`` survives export --all and import unchanged."""
    exported = _factbot(
        "export", "--all", "--format", file_format, cwd=tmp_path, db=with_retraction.db
    )
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr == ""
    dump = tmp_path / f"all.{file_format}"
    dump.write_text(exported.stdout, encoding="utf-8")
    target = _empty_store(tmp_path / "target.db")

    result = _factbot("import", str(dump), cwd=tmp_path, db=target)

    assert result.returncode == 0, result.stderr
    answers = _answers(target, tmp_path)
    assert answers == with_retraction.answers
    assert "Fact #2 · retracted · version 2" in answers["/fact 2"]
    assert "Retracted: duplicate" in answers["/fact 2"]
    assert "fact #2\n" not in answers["/flows kazakhstan"]


def test_export_without_all_leaves_retracted_facts_out(tmp_path: Path, source: Path):
    assert (
        _factbot("facts", "retract", "1", "--reason", "x", cwd=tmp_path, db=source).returncode == 0
    )
    published = _factbot("export", cwd=tmp_path, db=source)
    everything = _factbot("export", "--all", cwd=tmp_path, db=source)
    assert len(list(csv.DictReader(published.stdout.splitlines()))) == SEED_COUNT - 1
    assert len(list(csv.DictReader(everything.stdout.splitlines()))) == SEED_COUNT


def test_importing_the_same_file_again_adds_nothing(tmp_path: Path, source: Path):
    exported = tmp_path / "facts.csv"
    assert _factbot("export", "--output", str(exported), cwd=tmp_path, db=source).returncode == 0

    result = _factbot("import", str(exported), cwd=tmp_path, db=source)

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Imported: 0 facts added, {SEED_COUNT} already present.\n"
    assert _count(source) == SEED_COUNT


def test_import_from_stdin_reads_a_piped_export(tmp_path: Path, source: Path):
    exported = _factbot("export", "--format", "json", cwd=tmp_path, db=source)
    target = tmp_path / "new" / "target.db"

    result = _factbot("import", "-", cwd=tmp_path, db=target, stdin=exported.stdout.encode())

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Imported: {SEED_COUNT} facts added, 0 already present.\n"
    assert _count(target) == SEED_COUNT


def test_import_into_a_new_store_holds_the_file_only(tmp_path: Path):
    """The shipped facts are not seeded under an import, nor by later commands."""
    db = tmp_path / "new.db"
    facts = _write_csv(tmp_path / "one.csv", [_new_fact(5000)])

    result = _factbot("import", str(facts), cwd=tmp_path, db=db)
    assert result.returncode == 0, result.stderr
    flows = _factbot("ask", "/flows georgia", cwd=tmp_path, db=db)

    assert "about 5,000 Russian citizens entered Georgia from Russia" in flows.stdout
    assert _count(db) == 1


def test_one_bad_row_stores_nothing_and_names_its_row_and_field(tmp_path: Path, source: Path):
    rows = [_new_fact(1000), _new_fact(2000), _new_fact(3000)]
    rows[1]["value"] = "lots"
    facts = _write_csv(tmp_path / "facts.csv", rows)

    result = _factbot("import", str(facts), cwd=tmp_path, db=source)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Nothing was imported: 1 problem in a file of 3 rows.\n")
    assert "• row 3, value: " in result.stderr
    assert "<b>" not in result.stderr
    assert _count(source) == SEED_COUNT


def test_check_reports_a_good_file_and_stores_nothing(tmp_path: Path, source: Path):
    facts = _write_csv(tmp_path / "facts.csv", [_new_fact(1000), _new_fact(2000)])
    before = _search_words(source)

    result = _factbot("import", "--check", str(facts), cwd=tmp_path, db=source)

    assert result.returncode == 0, result.stderr
    assert result.stdout == "Checked: 2 rows are valid. Nothing was stored.\n"
    assert _count(source) == SEED_COUNT
    assert _search_words(source) == before
    # The same file, imported, is stored whole: the check said what the import finds.
    imported = _factbot("import", str(facts), cwd=tmp_path, db=source)
    assert imported.stdout == "Imported: 2 facts added, 0 already present.\n"


def test_check_names_the_bad_rows_an_import_would_refuse(tmp_path: Path, source: Path):
    rows = [_new_fact(1000), _new_fact(2000), _new_fact(3000)]
    rows[1]["value"] = "lots"
    rows[2]["metric"] = "teleported"
    facts = _write_csv(tmp_path / "facts.csv", rows)

    checked = _factbot("import", "--check", str(facts), cwd=tmp_path, db=source)
    imported = _factbot("import", str(facts), cwd=tmp_path, db=source)

    assert checked.returncode == imported.returncode == 1
    assert checked.stdout == ""
    assert checked.stderr == imported.stderr
    assert "• row 3, value: " in checked.stderr
    assert "• row 4, metric: " in checked.stderr
    assert _count(source) == SEED_COUNT


def _search_words(db: Path) -> list[tuple[object, ...]]:
    """The search index's stored segments: a check writes none."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id, block FROM facts_search_data ORDER BY id").fetchall()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "Nothing was imported: the file is empty.\n"),
        (
            "latin1.csv",
            ",".join(_new_fact(1).keys()).encode() + b"\nentered,Russes \xe9migr\xe9s\n",
            "Nothing was imported: the file is not UTF-8 text (bad byte at position ",
        ),
        (
            "notes.txt",
            b"Some notes about facts, not facts.\n",
            "Nothing was imported: notes.txt is not a CSV or JSON file of facts; ",
        ),
    ],
)
def test_a_file_that_is_not_facts_is_refused_whole(
    tmp_path: Path, source: Path, name: str, content: bytes, message: str
):
    (tmp_path / name).write_bytes(content)

    result = _factbot("import", name, cwd=tmp_path, db=source)

    assert result.returncode == 1
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.stderr
    assert _count(source) == SEED_COUNT


def test_a_missing_file_is_a_usage_error_and_opens_no_store(tmp_path: Path):
    db = tmp_path / "never.db"

    result = _factbot("import", "nope.csv", cwd=tmp_path, db=db)

    assert result.returncode == 2
    assert result.stderr == ("factbot import: cannot read nope.csv: No such file or directory\n")
    assert not db.exists()


def test_export_refuses_a_format_its_file_name_contradicts(tmp_path: Path, source: Path):
    result = _factbot("export", "--format", "csv", "--output", "x.json", cwd=tmp_path, db=source)

    assert result.returncode == 2
    assert "--format csv does not match x.json" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_retract_prints_what_the_chat_says_and_records_the_operator(tmp_path: Path, source: Path):
    result = _factbot("facts", "retract", "#3", "--reason", "typo", cwd=tmp_path, db=source)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Fact #3 is retracted and no longer appears in answers.\n\n"
        "▪️ 7,000 Russian citizens entered Kazakhstan from Russia\n"
    )
    history = _factbot("ask", "/history 3", cwd=tmp_path, db=source).stdout
    assert "retracted by cli" in history
    assert "typo" in history


def test_retract_of_a_missing_fact_changes_nothing(tmp_path: Path, source: Path):
    result = _factbot("facts", "retract", "99", "--reason", "gone", cwd=tmp_path, db=source)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "Nothing changed: no fact has id #99.\n"


def test_retract_of_a_retracted_fact_keeps_the_first_reason(tmp_path: Path, source: Path):
    assert (
        _factbot("facts", "retract", "4", "--reason", "first", cwd=tmp_path, db=source).returncode
        == 0
    )

    result = _factbot("facts", "retract", "4", "--reason", "second", cwd=tmp_path, db=source)

    assert result.returncode == 1
    assert result.stderr == "Nothing changed: fact #4 is retracted and cannot be changed.\n"
    assert "Retracted: first" in _factbot("ask", "/fact 4", cwd=tmp_path, db=source).stdout


@pytest.mark.parametrize(
    ("command", "example"),
    [
        (["import"], "factbot import facts.csv"),
        (["export"], "factbot export --output facts.csv"),
        (["facts", "retract"], 'factbot facts retract 7 --reason "duplicate of fact #3"'),
    ],
)
def test_help_of_each_command_shows_an_example(tmp_path: Path, command: list[str], example: str):
    result = _factbot(*command, "--help", cwd=tmp_path, db=tmp_path / "unused.db")

    assert result.returncode == 0
    assert example in result.stdout
    assert not (tmp_path / "unused.db").exists()
