"""The countries' counts kept by triggers (migration 0010) match a count of the facts, after
adds, imports, edits that move a fact between countries or metrics, and retractions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import FactStore, load_seed
from storage.pages import CountryCounts
from tests.factories import make_draft

_RECOUNT = """
SELECT country, role, metric, count(*) FROM fact_roles WHERE status = 'published'
GROUP BY country, role, metric
"""


def _kept_and_recounted(path: Path) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        kept = {row for row in conn.execute("SELECT * FROM fact_counts") if row[3] > 0}
        return kept, set(conn.execute(_RECOUNT))


async def test_counts_follow_every_kind_of_change(tmp_path: Path):
    path = tmp_path / "counts.db"
    async with await FactStore.open(path) as store:
        await store.add_facts(load_seed(), by="seed")  # the import path: counted at the end
        fact = await store.add_fact(make_draft(), by="t")  # one by one: by the trigger
        await store.add_fact(make_draft(origin="GEO", destination="GEO", claim="Within."), by="t")
        # The seed's Georgian statement names Georgia but is no flow; the flow within Georgia
        # is counted into it, not out of it too.
        assert await store.pages.country_counts("GEO") == CountryCounts(into=2, out=0, naming=3)
        await store.edit_fact(fact.id, {"destination": "ARM"}, by="t")
        await store.edit_fact(fact.id, {"metric": "left"}, by="t")
        seed_fact = 1
        await store.retract_fact(seed_fact, "wrong", by="t")
        kept, recounted = _kept_and_recounted(path)
        assert kept == recounted
        armenia = await store.pages.country_counts("ARM")
        assert armenia == CountryCounts(into=1, out=0, naming=2)  # the flow moved to Armenia
        assert (await store.pages.country_counts("RUS")).out >= 1


async def test_a_large_import_is_counted_once_whole(tmp_path: Path):
    """An import large beside the store (written with its indexes made again) adds its
    facts to the counts in one statement, as many as a count of the facts finds."""
    path = tmp_path / "large.db"
    drafts = [
        make_draft(figure={"qualifier": "exact", "value": n}, claim=f"Flow {n}.")
        for n in range(2500)
    ]
    async with await FactStore.open(path) as store:
        result = await store.add_facts(drafts, by="t")
        assert result.added == 2500
        assert (await store.pages.country_counts("GEO")).into == 2500
    kept, recounted = _kept_and_recounted(path)
    assert kept == recounted
