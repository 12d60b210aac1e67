"""What reading an import file found: its rows' problems (the first few kept, all counted),
or why the file as a whole cannot be imported; and the errors an import raises for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.errors import StorageError
from storage.rows import RowInvalid
from storage.words import Phrase, say

__all__ = ["MAX_PROBLEMS_SHOWN", "Findings", "ImportInvalid", "ImportRefused", "RowProblem"]

MAX_PROBLEMS_SHOWN = 20


class ImportRefused(StorageError):
    """The file as a whole cannot be imported: empty, too large, not UTF-8, not CSV or JSON."""


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one field of one row: ``phrase`` says what, for the curator."""

    row: int
    field: str
    phrase: Phrase

    @property
    def reason(self) -> str:
        """What is wrong, in English."""
        return str(self.phrase)


class ImportInvalid(StorageError):
    """Rows of the file are invalid; nothing was stored."""

    def __init__(self, problems: list[RowProblem], total: int, rows: int) -> None:
        super().__init__(f"{total} problem(s) in {rows} row(s); nothing was imported")
        self.problems = problems
        self.total = total
        self.rows = rows


@dataclass
class Findings:
    """What reading a file found: its rows, its problems (the first few kept), and why it
    cannot be imported at all, if so. Plain data, so a process can send it to another."""

    rows: int = 0
    total: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    refusal: Phrase | None = None

    def note(self, number: int, invalid: RowInvalid) -> None:
        self.total += len(invalid.errors)
        for error in invalid.errors:
            if len(self.problems) < MAX_PROBLEMS_SHOWN:
                self.problems.append(RowProblem(number, error.field, error.phrase))

    def outcome(self) -> StorageError | None:
        """Why the import must not be committed, if it must not."""
        if self.refusal is not None:
            return ImportRefused(self.refusal)
        if self.rows == 0:
            return ImportRefused(say("the file holds no facts"))
        if self.total:
            return ImportInvalid(self.problems, self.total, self.rows)
        return None
