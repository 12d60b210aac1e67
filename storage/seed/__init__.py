"""The facts factbot ships with, as data: every figure of the seed article, each with its citation.

``kazakhstan_2022.json`` is in the same shape that ``/import`` reads: a list of facts.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TypeVar

import structlog

from storage.facts import FactStore
from storage.lemmas import Lemmatiser
from storage.models import FactDraft
from storage.store import Store

__all__ = ["SEED_FILES", "load_seed", "open_seeded_store", "seed_store", "seeded"]

log = structlog.get_logger(__name__)

SEED_FILES = ("kazakhstan_2022.json",)

AnyStore = TypeVar("AnyStore", bound=Store)


def load_seed() -> list[FactDraft]:
    """Every shipped fact, validated."""
    drafts: list[FactDraft] = []
    for name in SEED_FILES:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        drafts.extend(FactDraft.model_validate(item) for item in json.loads(text))
    return drafts


async def open_seeded_store(path: Path, *, lemmatiser: Lemmatiser | None = None) -> FactStore:
    """Open the store at ``path``; a store with no facts at all gets the shipped facts first.

    Only an empty store is seeded, so a curator's retraction or edit of a shipped fact is never
    undone by a restart; seeding twice adds nothing, as duplicates are skipped. ``lemmatiser``
    as ``FactStore.open``.
    """
    return await seeded(await FactStore.open(path, lemmatiser=lemmatiser))


async def seeded(store: AnyStore) -> AnyStore:
    """``store``, given the shipped facts if it holds none; closed if that fails."""
    try:
        await seed_store(store)
    except BaseException:
        await store.close()
        raise
    return store


async def seed_store(store: Store) -> None:
    """Give ``store`` the shipped facts if it holds no fact at all (on either backend).

    A store that holds facts is told by a read, which waits for no write: opening the store
    during a long import (a restart, another replica) must not wait for its lock. An empty one
    is checked again in the seeding's own transaction: two replicas starting at once on a new
    database would otherwise both find it empty, and log two seedings.
    """
    if await store.count_facts() > 0:
        return
    result = await store.seed_facts(load_seed(), by="seed")
    if result is not None:
        log.info("store_seeded", added=result.added, present=result.present)
