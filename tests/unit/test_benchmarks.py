"""The benchmark code itself works: generated facts validate, and the lookup timings run.

The benchmarks are never run as tests; this runs their parts at a tiny size, on a real store.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks import lookup
from benchmarks.measure import percentile
from benchmarks.scale import FREQUENT_WORD, countries, generate_rows, write_csv
from bot.language.countries import country_code
from storage import FactStore, draft_from_row
from storage.transfer import import_file

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
