"""Which database holds the fact store: PostgreSQL when a postgresql:// URL is given, else the
SQLite file at a path, as always. The one place that chooses; everything above it sees a Store.
"""

from __future__ import annotations

from pathlib import Path

from storage.facts import FactStore
from storage.lemmas import Lemmatiser
from storage.seed import seeded as seeded_store
from storage.store import Store

__all__ = ["open_store"]


async def open_store(
    db_path: Path,
    database_url: str | None = None,
    *,
    seeded: bool = False,
    lemmatiser: Lemmatiser | None = None,
) -> Store:
    """Open the fact store: on PostgreSQL at ``database_url`` if given, else SQLite at
    ``db_path``; with ``seeded``, an empty store is given the shipped facts first. With
    ``lemmatiser``, facts are written with their lemmas and searched by them (storage.lemmas).

    Raises:
        StoreUnavailable: the database cannot be reached, opened or read.
        SchemaError: its schema is newer than this version, or a migration failed.
    """
    store: Store
    if database_url:
        # Imported here: psycopg is loaded only by those who use PostgreSQL.
        from storage.postgres.store import PostgresStore

        store = await PostgresStore.open(database_url, lemmatiser=lemmatiser)
    else:
        store = await FactStore.open(db_path, lemmatiser=lemmatiser)
    return await seeded_store(store) if seeded else store
