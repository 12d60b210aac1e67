"""The fact store: facts with their provenance, in SQLite or PostgreSQL; knows no Telegram."""

from storage.errors import (
    BackupFailed,
    BackupRefused,
    DuplicateFact,
    FactChanged,
    FactNotFound,
    FactRetracted,
    InvalidFact,
    NothingChanged,
    SchemaError,
    StorageError,
    StoreUnavailable,
    WriteFailed,
    WriteStopped,
)
from storage.facts import AddResult, FactStore, SearchHits, SourceSummary
from storage.finding import FactQuery
from storage.follows import Notice
from storage.history import Change, HistoryEntry
from storage.metrics import (
    BUILT_IN as BUILT_IN_METRICS,
)
from storage.metrics import (
    STATEMENT,
    Direction,
    MetricKind,
    MetricLabels,
    Vocabulary,
    vocabulary,
)
from storage.models import (
    Citation,
    Document,
    Fact,
    FactDraft,
    FactStatus,
    Figure,
    Lifecycle,
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
from storage.store import Store

__all__ = [
    "BUILT_IN_METRICS",
    "CONTENT_FIELDS",
    "LIFECYCLE_FIELDS",
    "STATEMENT",
    "AddResult",
    "BackupFailed",
    "BackupRefused",
    "Change",
    "Citation",
    "Direction",
    "Document",
    "DuplicateFact",
    "Fact",
    "FactChanged",
    "FactDraft",
    "FactNotFound",
    "FactQuery",
    "FactRetracted",
    "FactStatus",
    "FactStore",
    "FieldError",
    "Figure",
    "HistoryEntry",
    "InvalidFact",
    "Lifecycle",
    "MetricKind",
    "MetricLabels",
    "NothingChanged",
    "Notice",
    "Qualifier",
    "RowInvalid",
    "SchemaError",
    "SearchHits",
    "Source",
    "SourceKind",
    "SourceSummary",
    "StorageError",
    "Store",
    "StoreUnavailable",
    "Vocabulary",
    "WriteFailed",
    "WriteStopped",
    "draft_from_row",
    "load_seed",
    "open_seeded_store",
    "row_from_draft",
    "row_from_fact",
    "vocabulary",
]
