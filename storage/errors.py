"""The errors the storage layer raises; nothing else escapes it.

StorageError
├── SchemaError           the database's schema is not one this version can use
├── InvalidFact           a fact the store refuses (a rule of the schema or the model)
├── FactNotFound          no fact with that id
└── StoreUnavailable      the database file cannot be opened, read or written
    └── WriteFailed       a write was not made (read-only file, disk full, lock held too long)
        └── WriteStopped  a write rolled back, or refused, because the bot is stopping
"""

from __future__ import annotations

__all__ = [
    "DuplicateFact",
    "FactNotFound",
    "FactRetracted",
    "InvalidFact",
    "NothingChanged",
    "SchemaError",
    "StorageError",
    "StoreUnavailable",
    "WriteFailed",
    "WriteStopped",
]


class StorageError(Exception):
    """Base of every error the storage layer raises."""


class SchemaError(StorageError):
    """The database's schema is newer than this version, or a migration failed."""


class InvalidFact(StorageError):
    """The store refused a fact that breaks one of its rules."""


class DuplicateFact(InvalidFact):
    """The same measure from the same source is already stored, as ``fact_id``."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(f"the same fact is already stored as fact #{fact_id}")
        self.fact_id = fact_id


class FactRetracted(InvalidFact):
    """The fact is retracted: it stays as it was, with its reason."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(f"fact #{fact_id} is retracted and cannot be changed")
        self.fact_id = fact_id


class NothingChanged(InvalidFact):
    """An edit whose values are those the fact already has."""


class FactNotFound(StorageError):
    """No fact has the id asked for."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(f"no fact has id #{fact_id}")
        self.fact_id = fact_id


class StoreUnavailable(StorageError):
    """The database file cannot be opened, read or written."""


class WriteFailed(StoreUnavailable):
    """A write transaction could not be made; none of it was stored."""


class WriteStopped(WriteFailed):
    """The bot is stopping: the write under way was rolled back whole, or never begun."""
