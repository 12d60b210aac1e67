"""Import and export of facts as CSV or JSON files, all or nothing.

An import reads its file once, as a stream: one thread parses and validates the rows while the
writer's thread stores the valid ones in one transaction, so validation and SQLite's work
overlap on two cores and each row is validated once. Memory stays flat however long the file.
A file with one bad row stores nothing: the rows after it are still checked, for the report,
and the transaction is rolled back.

CSV: one row a fact, the columns of ``storage.rows.CONTENT_FIELDS`` (and, optionally, those
of ``LIFECYCLE_FIELDS``, as an export writes them). Rows are numbered as lines of the file, the
header being line 1.
JSON: a list of facts in the nested shape of ``FactDraft`` (as in ``storage/seed``), each
optionally with the lifecycle fields beside its content. Facts are numbered from 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import queue
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Literal

from pydantic import ValidationError

from storage.errors import StorageError
from storage.facts import AddResult, FactStore
from storage.metrics import Vocabulary
from storage.models import Fact, FactDraft, Lifecycle
from storage.rows import (
    CONTENT_FIELDS,
    LIFECYCLE_FIELDS,
    CountryResolver,
    FieldError,
    RowInvalid,
    draft_from_row,
    field_errors,
    merge_errors,
    row_from_fact,
)
from storage.words import N_, Phrase, Refusal, plural, say
from storage.writes import now

__all__ = [
    "MAX_PROBLEMS_SHOWN",
    "FileFormat",
    "ImportInvalid",
    "ImportRefused",
    "RowProblem",
    "detect_format",
    "export_facts",
    "import_file",
]

FileFormat = Literal["csv", "json"]
MAX_PROBLEMS_SHOWN = 20
_NAMES_SHOWN = 5
_COUNTRY_FIELDS = ("origin", "destination", "citizenship")
_JSON_EXAMPLE = '{"facts": [...]}'
# What the json module says is wrong with a file, as phrases; any other stays as it is.
_JSON_ERRORS = {
    message: Phrase(message)
    for message in (
        N_("Expecting value"),
        N_("Expecting property name enclosed in double quotes"),
        N_("Expecting ':' delimiter"),
        N_("Expecting ',' delimiter"),
        N_("Unterminated string starting at"),
        N_("Invalid control character at"),
        N_("Invalid \\escape"),
        N_("Invalid \\uXXXX escape"),
        N_("Extra data"),
    )
}


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


def detect_format(file_name: str | None, head: bytes) -> FileFormat:
    """CSV or JSON, by the file's name, else by its first characters.

    Raises:
        ImportRefused: neither.
    """
    name = (file_name or "").lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".json"):
        return "json"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start in (b"[", b"{"):
        return "json"
    first_line = head.split(b"\n", 1)[0]
    if b"metric" in first_line and b"," in first_line:
        return "csv"
    if file_name:
        raise ImportRefused(
            say(
                "{name} is not a CSV or JSON file of facts; send a .csv with a header row or a "
                ".json list (see the README)",
                name=file_name,
            )
        )
    raise ImportRefused(
        say(
            "the file is not a CSV or JSON file of facts; send a .csv with a header row or a "
            ".json list (see the README)"
        )
    )


def _unknown_columns(names: list[str]) -> Phrase:
    """Column names for a message that must stay short, however long the header."""
    shown = [name if len(name) <= 40 else name[:39] + "…" for name in names[:_NAMES_SHOWN]]
    more = len(names) - len(shown)
    if more:
        return plural(
            "the CSV header has unknown columns: {columns} and {count} more",
            "the CSV header has unknown columns: {columns} and {count} more",
            more,
            columns=", ".join(shown),
        )
    return say("the CSV header has unknown columns: {columns}", columns=", ".join(shown))


def _text(stream: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")


def _lifecycle(item: dict[str, Any], by: str) -> Lifecycle | None:
    given = {name: item[name] for name in LIFECYCLE_FIELDS[1:] if item.get(name) not in (None, "")}
    if not given:
        return None
    at = now()
    fresh = {"created_at": at, "created_by": by, "updated_at": at, "updated_by": by}
    try:
        return Lifecycle.model_validate(fresh | given)
    except ValidationError as error:
        raise RowInvalid(field_errors(error)) from None


def _resolved(item: dict[str, Any], resolve: CountryResolver | None) -> list[FieldError]:
    problems = []
    for name in _COUNTRY_FIELDS:
        text = item.get(name)
        if resolve and isinstance(text, str) and text.strip():
            code = resolve(text)
            if code is None:
                problems.append(
                    FieldError(name, say("{text} is not a country I know", text=repr(text)))
                )
            item[name] = code
    return problems


def _json_entry(
    item: Any, by: str, resolve: CountryResolver | None
) -> tuple[FactDraft, Lifecycle | None]:
    if not isinstance(item, dict):
        raise RowInvalid([FieldError("row", say("is not a JSON object"))])
    # "evidence" is where `factbot ingest` found the fact in its article: for the person who
    # reviews the file, not part of the fact.
    content = {
        key: value
        for key, value in item.items()
        if key not in LIFECYCLE_FIELDS and key != "evidence"
    }
    problems = _resolved(content, resolve)
    try:
        draft = FactDraft.model_validate(content)
    except ValidationError as error:
        raise RowInvalid(merge_errors(problems, field_errors(error))) from None
    if problems:
        raise RowInvalid(problems)
    return draft, _lifecycle(item, by)


def _entries(
    stream: IO[bytes], file_format: FileFormat, by: str, resolve: CountryResolver | None
) -> Iterator[tuple[int, tuple[FactDraft, Lifecycle | None] | RowInvalid]]:
    """Each row's number, and its fact or what is wrong with it."""
    text = _text(stream)
    try:
        if file_format == "csv":
            reader = csv.DictReader(text, strict=True)
            unknown = sorted(set(reader.fieldnames or ()) - {*CONTENT_FIELDS, *LIFECYCLE_FIELDS})
            if not reader.fieldnames or unknown:
                raise ImportRefused(
                    _unknown_columns(unknown) if unknown else say("the CSV file has no header row")
                )
            for row in reader:
                number = reader.line_num
                if None in row or any(value is None for value in row.values()):
                    yield (
                        number,
                        RowInvalid([FieldError("row", say("has a different number of columns"))]),
                    )
                    continue
                try:
                    draft = draft_from_row(row, resolve_country=resolve)
                    yield number, (draft, _lifecycle(row, by))
                except RowInvalid as invalid:
                    yield number, invalid
        else:
            document = json.load(text)
            items = document.get("facts") if isinstance(document, dict) else document
            if not isinstance(items, list):
                raise ImportRefused(
                    say("a JSON import is a list of facts (or {example})", example=_JSON_EXAMPLE)
                )
            for number, item in enumerate(items, start=1):
                try:
                    yield number, _json_entry(item, by, resolve)
                except RowInvalid as invalid:
                    yield number, invalid
    except UnicodeDecodeError as error:
        raise ImportRefused(
            say(
                "the file is not UTF-8 text (bad byte at position {position})",
                position=error.start,
            )
        ) from None
    except json.JSONDecodeError as error:
        reason = _JSON_ERRORS.get(error.msg) or Phrase(error.msg)
        raise ImportRefused(
            say(
                "the file is not valid JSON: {reason} at line {line}",
                reason=reason,
                line=error.lineno,
            )
        ) from None
    except RecursionError:
        # json.load recurses once per nested list or object: "[[[[...]]]]" exhausts the stack.
        raise ImportRefused(
            say("the file is not a list of facts: it is nested too deeply")
        ) from None
    except csv.Error as error:
        # The csv module's own words ("line contains NUL") stay in English.
        raise ImportRefused(
            say("the file is not valid CSV: {reason}", reason=str(error))
        ) from None
    finally:
        # Detached, the wrapper leaves the caller's stream open, as it was given. A generator
        # left mid-way (its import rolled back) is closed later, maybe after the stream was.
        with contextlib.suppress(ValueError):
            text.detach()


_Entry = tuple[FactDraft, Lifecycle | None]
# Rows handed from the validating thread to the writer's at a time, and batches kept waiting:
# enough to keep both busy, few enough that memory stays flat.
_BATCH_ROWS = 200
_BATCHES_QUEUED = 8
_DONE = None


class _ImportStopped(StorageError):
    """The import was stopped before its file was read to the end; nothing was stored."""


@dataclass
class _Validation:
    """What the validating thread found, read by the writer's thread once the file is done."""

    rows: int = 0
    total: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    error: BaseException | None = None

    def note(self, number: int, invalid: RowInvalid) -> None:
        self.total += len(invalid.errors)
        for error in invalid.errors:
            if len(self.problems) < MAX_PROBLEMS_SHOWN:
                self.problems.append(RowProblem(number, error.field, error.phrase))

    def outcome(self) -> BaseException | None:
        """Why the import must not be committed, if it must not."""
        if self.error is not None:
            return self.error
        if self.rows == 0:
            return ImportRefused(say("the file holds no facts"))
        if self.total:
            return ImportInvalid(self.problems, self.total, self.rows)
        return None


def _allowed(
    entries: Iterator[tuple[int, _Entry | RowInvalid]], metrics: Vocabulary
) -> Iterator[tuple[int, _Entry | RowInvalid]]:
    """The rows, each valid one also checked against the store's metrics."""
    for number, entry in entries:
        if isinstance(entry, RowInvalid):
            yield number, entry
            continue
        try:
            metrics.check(entry[0])
        except Refusal as refusal:
            yield number, RowInvalid([FieldError(refusal.field or "metric", refusal.phrase)])
        else:
            yield number, entry


def _validate(
    entries: Iterator[tuple[int, _Entry | RowInvalid]],
    found: _Validation,
    batches: queue.Queue[list[_Entry] | None],
    stop: threading.Event,
) -> None:
    """Validate every row, passing the valid ones on in batches until the first bad one."""

    def put(batch: list[_Entry] | None) -> None:
        while True:
            if stop.is_set():
                raise _ImportStopped("the import was stopped; nothing was stored")
            try:
                batches.put(batch, timeout=0.1)
            except queue.Full:
                continue
            return

    try:
        batch: list[_Entry] = []
        for number, entry in entries:
            found.rows += 1
            if isinstance(entry, RowInvalid):
                found.note(number, entry)
            elif not found.total:
                batch.append(entry)
                if len(batch) >= _BATCH_ROWS:
                    put(batch)
                    batch = []
        if batch and not found.total:
            put(batch)
    except BaseException as error:
        # Handed to the writer's thread, which raises it and so rolls back.
        found.error = error
    finally:
        # When the writer has gone, ``stop`` is set: nobody reads, and nobody waits.
        with contextlib.suppress(_ImportStopped):
            put(_DONE)


def _validated(
    found: _Validation, batches: queue.Queue[list[_Entry] | None], stop: threading.Event
) -> Iterator[_Entry]:
    """The valid rows, as the validating thread passes them; raises if the file is bad."""
    while True:
        try:
            batch = batches.get(timeout=0.1)
        except queue.Empty:
            # The import was cancelled (the bot stopping) while this transaction went on.
            if stop.is_set():
                raise _ImportStopped("the import was stopped; nothing was stored") from None
            continue
        if batch is _DONE:
            break
        yield from batch
    # Raised inside the writer's transaction, so nothing of a bad file is committed.
    problem = found.outcome()
    if problem is not None:
        raise problem


async def import_file(
    store: FactStore,
    stream: IO[bytes],
    *,
    file_name: str | None,
    by: str,
    resolve_country: CountryResolver | None = None,
    max_bytes: int | None = None,
) -> AddResult:
    """Validate every row of a CSV or JSON file and store them all in one transaction.

    Args:
        store: where the facts go.
        stream: the file, opened in binary mode; it must be seekable (its size is checked
            and its start read to tell CSV from JSON).
        file_name: its name, which tells CSV from JSON when it ends in .csv or .json.
        by: who imports it.
        resolve_country: turns country names into alpha-3 codes.
        max_bytes: refuse larger files.

    Returns:
        How many facts were added and how many were already present.

    Raises:
        ImportRefused: the file is empty, too large, not UTF-8, or not CSV/JSON.
        ImportInvalid: some rows are invalid (the first 20 problems, and the count).
        InvalidFact: the store refused a fact (nothing is stored).
    """
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    if size == 0:
        raise ImportRefused(say("the file is empty"))
    if max_bytes is not None and size > max_bytes:
        megabytes, limit = round(size / 1_048_576, 1), round(max_bytes / 1_048_576)
        raise ImportRefused(
            say("the file is {size} MB; the limit is {limit} MB", size=megabytes, limit=limit)
        )
    file_format = detect_format(file_name, stream.read(4096))
    stream.seek(0)
    found = _Validation()
    batches: queue.Queue[list[_Entry] | None] = queue.Queue(maxsize=_BATCHES_QUEUED)
    stop = threading.Event()
    entries = _allowed(_entries(stream, file_format, by, resolve_country), store.metrics)
    validating = asyncio.get_running_loop().run_in_executor(
        None, _validate, entries, found, batches, stop
    )
    try:
        return await store.import_facts(
            _validated(found, batches, stop), by=by, source=file_name or ""
        )
    finally:
        # Whatever ended the import, the validating thread must not wait for a reader.
        stop.set()
        await validating


def _json_item(fact: Fact) -> dict[str, Any]:
    content = fact.draft().model_dump(mode="json", exclude_none=True)
    lifecycle = fact.lifecycle().model_dump(mode="json", exclude_none=True)
    return {"id": fact.id, **content, **lifecycle}


async def export_facts(
    store: FactStore, out: IO[str], *, file_format: FileFormat, include_retracted: bool = False
) -> int:
    """Write every published fact (and retracted ones if asked) in a form import reads back.

    Returns:
        How many facts were written.
    """
    count = 0
    facts: AsyncIterator[Fact] = store.iter_facts(include_retracted=include_retracted)
    if file_format == "csv":
        writer = csv.DictWriter(out, fieldnames=[*CONTENT_FIELDS, *LIFECYCLE_FIELDS])
        writer.writeheader()
        async for fact in facts:
            writer.writerow(row_from_fact(fact))
            count += 1
        return count
    out.write("[")
    async for fact in facts:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(_json_item(fact), ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count
