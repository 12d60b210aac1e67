"""The errors the storage layer raises; nothing else escapes it.

StorageError
├── SchemaError           the database's schema is not one this version can use
├── InvalidFact           a fact the store refuses (a rule of the schema or the model)
│   └── FactChanged       a change prepared for a version the fact is no longer at
├── FactNotFound          no fact with that id
├── TargetNotEmpty        a copy into PostgreSQL refused: the database already holds rows
├── StoreUnavailable      the database file cannot be opened, read or written
│   └── WriteFailed       a write was not made (read-only file, disk full, lock held too long)
│       ├── WriteStopped  a write rolled back, or refused, because the bot is stopping
│       └── CopyMismatch  a copy rolled back: what it wrote differs from what it read
└── BackupFailed          no backup was made (the store unreadable, the copy not ok, a stop)
    └── BackupRefused     the backup's destination cannot be used (no folder, taken, the store)

An error a curator reads is made with a :class:`storage.words.Phrase`, kept as ``phrase`` for
the bot to translate; ``str()`` of the error is its English.
"""

from __future__ import annotations

from storage.words import Phrase, say

__all__ = [
    "BackupFailed",
    "BackupRefused",
    "CopyMismatch",
    "DuplicateFact",
    "FactChanged",
    "FactNotFound",
    "FactRetracted",
    "InvalidFact",
    "NothingChanged",
    "SchemaError",
    "StorageError",
    "StoreUnavailable",
    "TargetNotEmpty",
    "WriteFailed",
    "WriteStopped",
]


class StorageError(Exception):
    """Base of every error the storage layer raises; ``phrase`` is what to tell a curator, if
    the error was made with one (else None: ``str()`` is for operators and logs)."""

    def __init__(self, *args: object) -> None:
        phrase = args[0] if args and isinstance(args[0], Phrase) else None
        if phrase is not None:
            args = (str(phrase), *args[1:])
        super().__init__(*args)
        self.phrase = phrase


class SchemaError(StorageError):
    """The database's schema is newer than this version, or a migration failed."""


class InvalidFact(StorageError):
    """The store refused a fact that breaks one of its rules."""


class DuplicateFact(InvalidFact):
    """The same measure from the same source is already stored, as ``fact_id``."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(say("the same fact is already stored as fact #{id}", id=fact_id))
        self.fact_id = fact_id


class FactRetracted(InvalidFact):
    """The fact is retracted: it stays as it was, with its reason."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(say("fact #{id} is retracted and cannot be changed", id=fact_id))
        self.fact_id = fact_id


class FactChanged(InvalidFact):
    """The fact is no longer at the version a change was prepared for (someone changed it)."""

    def __init__(self, fact_id: int, version: int) -> None:
        super().__init__(
            say(
                "fact #{id} was changed meanwhile (it is now version {version}); "
                "look at it again before changing it",
                id=fact_id,
                version=version,
            )
        )
        self.fact_id = fact_id
        self.version = version


class NothingChanged(InvalidFact):
    """An edit whose values are those the fact already has."""


class FactNotFound(StorageError):
    """No fact has the id asked for."""

    def __init__(self, fact_id: int) -> None:
        super().__init__(say("no fact has id #{id}", id=fact_id))
        self.fact_id = fact_id


class StoreUnavailable(StorageError):
    """The database file cannot be opened, read or written."""


class WriteFailed(StoreUnavailable):
    """A write transaction could not be made; none of it was stored."""


class WriteStopped(WriteFailed):
    """The bot is stopping: the write under way was rolled back whole, or never begun."""


class TargetNotEmpty(StorageError):
    """The PostgreSQL database a store is copied into already holds rows; nothing was written."""


class CopyMismatch(WriteFailed):
    """A copy's rows, counted after it, differ from the source's; it was rolled back whole."""


class BackupFailed(StorageError):
    """No backup was made, and nothing was left under the backup's name."""


class BackupRefused(BackupFailed):
    """The backup's destination cannot be used: no such folder, not writable, already taken,
    or the store itself."""
