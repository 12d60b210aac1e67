"""The shipped facts: every figure of the seed article, each cited, seeded once."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from storage import STATEMENT, FactStore, load_seed, open_seeded_store
from storage.backends import open_store
from storage.seed import seed_store
from tests.factories import SEED_DOCUMENT_PUBLISHED

# Every figure the article reports: (metric, qualifier, value, counted).
ARTICLE_FIGURES = {
    ("entered", "more_than", 200_000, "Russian citizens"),
    ("left", "exact", 147_000, "Russian citizens"),
    ("entered", "exact", 7_000, "Russian citizens"),
    ("left", "about", 11_000, "people"),
    ("entered", "almost", 100_000, "Russians"),
    ("citizenship_applications", "exact", 441, "citizens of the Russian Federation"),
    ("citizenship_applications", "exact", 117, "ethnic Kazakhs from the Russian Federation"),
    ("mobilisation_target", "exact", 300_000, "reservists"),
    ("mobilisation_ceiling", "exact", 1_000_000, "people"),
    ("exit_refused", "exact", 5, "Russians travelling by train from St. Petersburg"),
}


def test_seed_holds_every_figure_of_the_article():
    figures = {
        (d.metric, d.figure.qualifier.value, d.figure.value, d.counted)
        for d in load_seed()
        if d.figure is not None
    }
    assert figures == ARTICLE_FIGURES


def test_every_seed_fact_is_cited_from_the_dated_article_without_an_invented_url():
    seed = load_seed()
    article = Path(__file__).parents[3] / "shared" / "seeds" / "000_b9c6cbd2aa7b0dca.txt"
    text = article.read_text(encoding="utf-8") if article.exists() else None
    for draft in seed:
        document = draft.citation.document
        assert document.publisher == "Ukrainska Pravda"
        assert document.author == "Iryna Balachuk"
        assert document.published_at == SEED_DOCUMENT_PUBLISHED
        assert document.url is None
        if text is not None:
            assert draft.quote in text, f"not verbatim: {draft.quote}"


def test_statements_without_figures_are_seeded_too():
    statements = [d for d in load_seed() if d.metric == STATEMENT]
    assert {d.destination for d in statements} >= {"TUR", "ARM", "GEO", "KAZ"}


async def test_empty_store_is_seeded_once(db_path: Path):
    store = await open_seeded_store(db_path)
    async with store:
        count = await store.count_facts()
        assert count == len(load_seed())
        again = await store.add_facts(load_seed(), by="seed")
        assert (again.added, again.present) == (0, count)
    async with await open_seeded_store(db_path) as reopened:
        assert await reopened.count_facts() == count


async def test_store_with_facts_is_not_reseeded(db_path: Path):
    async with await FactStore.open(db_path) as store:
        await store.add_facts(load_seed()[:1], by="curator")
    async with await open_seeded_store(db_path) as reopened:
        assert await reopened.count_facts() == 1


@pytest.mark.both_backends
async def test_two_processes_opening_a_new_store_at_once_seed_it_once(
    backend: str, db_path: Path, request: pytest.FixtureRequest
):
    """Two replicas starting together on an empty database: the second finds it seeded inside
    its own transaction, and stores and logs nothing (it used to log a second seeding)."""
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    # Opened (migrated) one after the other: the race tested is the seeding's.
    first, second = await open_store(db_path, url), await open_store(db_path, url)
    async with first, second:
        await asyncio.gather(seed_store(first), seed_store(second))
        assert await first.count_facts() == len(load_seed())
    query = "SELECT count(*) FROM audit_log WHERE actor = 'seed'"
    if url is None:
        with closing(sqlite3.connect(db_path)) as conn:
            (seedings,) = conn.execute(query).fetchone()
    else:
        with psycopg.connect(url) as pg:
            (seedings,) = pg.execute(query).fetchone() or (None,)
    assert seedings == 1


@pytest.mark.parametrize("country", ["KAZ", "RUS"])
async def test_seeded_flows_are_there_for_the_article_countries(db_path: Path, country: str):
    async with await open_seeded_store(db_path) as store:
        assert await store.flows_for(country)
