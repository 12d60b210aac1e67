"""``factbot ingest``, run as an operator runs it: candidates to read, or JSON that
``factbot import`` takes as it is; nothing stored by the ingest itself."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks.ingest import SEED_ARTICLE, seed_article
from tests.commands import run_factbot

FACTBOT = Path(sys.executable).parent / "factbot"
SEED_TEXT = SEED_ARTICLE / "000_b9c6cbd2aa7b0dca.txt"
HEADER = ["--publisher", "Ukrainska Pravda", "--published-at", "2022-10-04T10:23+03:00"]


def _factbot(*args: str, db: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return run_factbot(*args, cwd=db.parent, db=db, stdin=stdin)


def test_json_is_the_export_shape_with_evidence_and_imports_as_it_is(tmp_path: Path):
    """The seed article's candidates go into an empty store by ``factbot import`` unchanged."""
    db = tmp_path / "facts.db"
    read = _factbot("ingest", str(SEED_TEXT), *HEADER, "--format", "json", db=db)
    assert read.returncode == 0, read.stderr
    assert not db.exists(), "ingest stores nothing, and makes no store"
    items = json.loads(read.stdout)
    assert len(items) == 10
    text = SEED_TEXT.read_text(encoding="utf-8")
    for item in items:
        evidence = item["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
        # The source's words: the sentence, without a label such as "Quote from X:".
        assert item["quote"] in " ".join(evidence["sentence"].split())
        assert not item["quote"].startswith("Quote from")
    # The export's own keys, in its order, and "evidence" after them.
    reviewed = tmp_path / "reviewed.json"
    reviewed.write_text(read.stdout, encoding="utf-8")
    stored = _factbot("import", str(reviewed), db=db)
    assert stored.returncode == 0, stored.stderr
    exported = json.loads(_factbot("export", "--format", "json", db=db).stdout)
    assert [e["figure"] for e in exported] == [i["figure"] for i in items]
    export_keys = [key for key in exported[0] if key in items[0]]
    assert [key for key in items[0] if key != "evidence"] == export_keys


def test_figures_the_store_holds_are_shown_as_those_facts_and_not_proposed(tmp_path: Path):
    db = tmp_path / "facts.db"
    assert _factbot("ask", "/flows kazakhstan", db=db).returncode == 0  # seeds the store
    read = _factbot(
        "ingest", "-", *HEADER, "--format", "json", db=db, stdin=SEED_TEXT.read_bytes()
    )
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == []
    human = _factbot("ingest", "-", *HEADER, db=db, stdin=SEED_TEXT.read_bytes())
    assert "I found 0 candidate facts. 10 more are already in the store." in human.stdout
    assert "Already in the store as fact #1" in human.stdout
    # A figure the store holds is labelled with its fact, never "new fact".
    assert "new fact" not in human.stdout
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 15


def test_the_text_the_operator_reads_quotes_each_sentence(tmp_path: Path):
    read = _factbot("ingest", str(SEED_TEXT), *HEADER, db=tmp_path / "facts.db")
    assert read.returncode == 0, read.stderr
    assert "Candidate 1 of 10" in read.stdout
    assert "more than 200,000 Russian citizens entered Kazakhstan from Russia" in read.stdout
    assert "“more than 200,000”: the same figure again" in read.stdout


@pytest.mark.parametrize(
    ("content", "arguments", "message"),
    [
        (b"", [], "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], "image"),
        (
            b"Just a few words with no date at all.",
            ["--publisher", "P"],
            "the text does not say its title, publication date; give them with --title and "
            "--published-at",
        ),
        (SEED_TEXT.read_bytes(), ["--published-at", "4 October"], "not a date"),
        (SEED_TEXT.read_bytes(), ["--published-at", "2022-10-04T10:23"], "no UTC offset"),
    ],
)
def test_bad_input_gets_a_clear_message(
    tmp_path: Path, content: bytes, arguments: list[str], message: str
):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    read = _factbot("ingest", str(article), *arguments, db=tmp_path / "facts.db")
    assert read.returncode == 2
    assert message in read.stderr
    assert read.stdout == ""


def test_the_seed_article_is_read_as_the_shipped_facts_say():
    """Precision and recall against the shipped facts (every figure they hold, and no other)."""
    from benchmarks.ingest import read as read_article
    from benchmarks.ingest import score

    article = seed_article()
    result = score(read_article(article), article["facts"])
    print(f"seed article: precision {result.precision:.2f}, recall {result.recall:.2f}")
    assert (result.matched, result.proposed, result.expected) == (10, 10, 10)


def test_another_reports_figure_for_the_same_flow_and_span_stands_beside_the_stored_one(
    tmp_path: Path,
):
    """Another figure for the stored "since 21 September, as of 4 October" entries is proposed
    with the stored fact named beside it; a figure of one day inside that span is no other
    figure for it, and the stored day's own figure is a duplicate."""
    db = tmp_path / "facts.db"
    assert _factbot("ask", "/flows kazakhstan", db=db).returncode == 0  # seeds the store
    article = (
        "Border service counts fewer arrivals\n\nSource: Kursiv, 4 October 2022\n\n"
        "Since 21 September, about 180,000 Russian citizens have entered Kazakhstan, the Kazakh "
        "border service said.\n\nOn 1 October, 9,000 Russian citizens arrived in Kazakhstan, "
        "the border service added."
    )
    read = _factbot("ingest", "-", db=db, stdin=article.encode())
    assert read.returncode == 0, read.stderr
    first, second = read.stdout.split("Candidate 2 of 2")
    assert "about 180,000 Russian citizens entered Kazakhstan" in first
    assert "The store gives another figure for this from another report (#1)." in first
    assert "9,000 Russian citizens entered Kazakhstan" in second
    assert "another figure" not in second
