"""The fact store: facts with their provenance in SQLite. Knows nothing of Telegram."""

from storage.errors import (
    DuplicateFact,
    FactNotFound,
    FactRetracted,
    InvalidFact,
    NothingChanged,
    SchemaError,
    StorageError,
    StoreUnavailable,
)
from storage.facts import AddResult, FactStore
from storage.history import Change, HistoryEntry
from storage.models import (
    FLOW_METRICS,
    Citation,
    Document,
    Fact,
    FactDraft,
    FactStatus,
    Figure,
    Lifecycle,
    Metric,
    Qualifier,
    Source,
    SourceKind,
)
from storage.rows import (
    CONTENT_FIELDS,
    LIFECYCLE_FIELDS,
    FieldError,
    RowInvalid,
    draft_from_row,
    row_from_draft,
    row_from_fact,
)
from storage.seed import load_seed, open_seeded_store

__all__ = [
    "CONTENT_FIELDS",
    "FLOW_METRICS",
    "LIFECYCLE_FIELDS",
    "AddResult",
    "Change",
    "Citation",
    "Document",
    "DuplicateFact",
    "Fact",
    "FactDraft",
    "FactNotFound",
    "FactRetracted",
    "FactStatus",
    "FactStore",
    "FieldError",
    "Figure",
    "HistoryEntry",
    "InvalidFact",
    "Lifecycle",
    "Metric",
    "NothingChanged",
    "Qualifier",
    "RowInvalid",
    "SchemaError",
    "Source",
    "SourceKind",
    "StorageError",
    "StoreUnavailable",
    "draft_from_row",
    "load_seed",
    "open_seeded_store",
    "row_from_draft",
    "row_from_fact",
]
