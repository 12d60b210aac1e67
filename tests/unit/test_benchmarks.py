"""The benchmark code itself works: generated facts validate, and the lookup timings run.

The benchmarks are never run as tests; this runs their parts at a tiny size, on a real store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import lookup
from benchmarks.backends import SqliteRun, postgresql_beside_sqlite
from benchmarks.endtoend import Served
from benchmarks.measure import Report, percentile
from benchmarks.processes import factbot_import
from benchmarks.scale import FREQUENT_WORD, countries, generate_rows, write_csv
from bot.language.countries import country_code
from storage import FactStore, draft_from_row
from storage.transfer import import_file
from tests.postgres import NOT_INSTALLED, find_server_binaries

FACTS = 400


def test_generated_facts_are_valid_repeatable_and_spread_over_the_world():
    rows = list(generate_rows(FACTS))
    assert len(rows) == FACTS
    for row in rows:
        draft_from_row(row)
    assert rows == list(generate_rows(FACTS))
    assert rows != list(generate_rows(FACTS, seed=7))
    assert len(countries()) >= 249
    named = {row[field] for row in rows for field in ("origin", "destination")} - {""}
    assert len(named) > 50
    assert len({row["publisher"] for row in rows}) > 50
    assert all(30 <= len(row["claim"]) <= 250 for row in rows)
    assert max(len(row["quote"]) for row in rows) > 400


def test_percentile_takes_the_nearest_rank():
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 0.5) == 50
    assert percentile(samples, 0.99) == 99
    assert percentile([3.0], 0.99) == 3


async def test_lookups_and_searches_run_on_an_imported_store(tmp_path: Path):
    """The generated CSV imports through the real import, and each timing sees its rows."""
    csv_file = tmp_path / "facts.csv"
    write_csv(csv_file, FACTS)
    db = tmp_path / "facts.db"
    async with await FactStore.open(db) as store:
        with csv_file.open("rb") as stream:
            result = await import_file(
                store, stream, file_name=csv_file.name, by="test", resolve_country=country_code
            )
        assert result.added == FACTS

    flows = await lookup.time_flows(db, "russia", runs=5)
    assert flows.rows > 0
    assert flows.runs == 5
    assert flows.p99 >= flows.p50 > 0
    search = await lookup.time_search(db, FREQUENT_WORD, runs=5)
    assert search.rows > 0
    plans = lookup.flows_plans(db, "RUS", (FREQUENT_WORD,))
    flows_plan = [
        line for name, plan in plans.items() if name.startswith("flows") for line in plan
    ]
    assert any("facts_by_destination" in line for line in flows_plan)
    assert any("facts_by_origin" in line for line in flows_plan)
    assert not any("TEMP B-TREE" in line for line in flows_plan)  # walked in order, not sorted
    # Every table is searched through an index; only the search index itself is scanned.
    scans = [line for plan in plans.values() for line in plan if re.match(r"SCAN (f|d|p)\b", line)]
    assert scans == []


@pytest.mark.timeout(180)
async def test_postgresql_figures_stand_beside_sqlites_of_the_same_data(tmp_path: Path):
    """--postgresql: the same CSV through the real ``factbot import`` into a private, durable
    server; each lookup reads as many rows there as from SQLite, and ``factbot run`` answers
    every update from it, alone and as two webhook replicas behind the proxy, which share
    the updates."""
    if find_server_binaries() is None:
        pytest.skip(NOT_INSTALLED)
    csv_file = tmp_path / "facts.csv"
    write_csv(csv_file, FACTS)
    db = tmp_path / "facts.db"
    imported = factbot_import(csv_file, db)
    assert imported.code == 0, imported.stderr
    texts = ["/flows russia", "/flows chile"] * 10
    sqlite = SqliteRun(
        csv_file=csv_file, db=db, facts=FACTS, import_s=imported.seconds, bare_import_s=0.1,
        served=Served(len(texts), 10.0, 1.0, 2.0, 50.0, 0, 0.1), texts=texts,
    )  # fmt: skip
    report = Report(meta={})
    await postgresql_beside_sqlite(
        report, sqlite, tmp_path, countries=("russia", "chile"), words=(FREQUENT_WORD,), runs=5
    )
    figures = {figure.name: figure for figure in report.figures}
    assert figures[f"factbot import, {FACTS:,} rows (COPY)"].value > 0
    for name in ("/flows russia p99", "/flows chile p50", f"/search {FREQUENT_WORD} p99 "):
        (figure,) = [figure for key, figure in figures.items() if key.startswith(name)]
        assert figure.value > 0
        assert figure.baseline is not None
        assert figure.baseline > 0
    flows = figures["/flows russia p50"]
    assert flows.notes["rows"] > 0
    search = next(key for key in figures if key.startswith(f"/search {FREQUENT_WORD} p50"))
    hits, sqlite_hits = re.findall(r"\((\d+) hits\)", search + figures[search].baseline_name)
    assert hits == sqlite_hits != "0"
    served = figures["updates/s, factbot run, one replica"]
    assert served.value > 0
    assert served.notes["updates"] == len(texts)
    two = figures["updates/s, webhook, two replicas behind the proxy"]
    assert two.value > 0
    assert two.baseline is not None
    assert two.baseline > 0
    assert two.notes["answered_by_each"] == [len(texts) // 2] * 2
    assert "flows (2)" in report.extra["postgresql_plans"]
    server = report.extra["postgresql_server"]
    assert (server["fsync"], server["synchronous_commit"]) == ("on", "on")
