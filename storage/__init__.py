"""The fact store: facts with their provenance in SQLite. Knows nothing of Telegram."""

from storage.errors import (
    FactNotFound,
    InvalidFact,
    SchemaError,
    StorageError,
    StoreUnavailable,
)
from storage.facts import AddResult, FactStore
from storage.models import (
    FLOW_METRICS,
    Citation,
    Document,
    Fact,
    FactDraft,
    FactStatus,
    Figure,
    Metric,
    Qualifier,
    Source,
    SourceKind,
)
from storage.seed import load_seed, open_seeded_store

__all__ = [
    "FLOW_METRICS",
    "AddResult",
    "Citation",
    "Document",
    "Fact",
    "FactDraft",
    "FactNotFound",
    "FactStatus",
    "FactStore",
    "Figure",
    "InvalidFact",
    "Metric",
    "Qualifier",
    "SchemaError",
    "Source",
    "SourceKind",
    "StorageError",
    "StoreUnavailable",
    "load_seed",
    "open_seeded_store",
]
