"""Import and export of facts as CSV or JSON files, all or nothing.

An import reads its file once, as a stream, and stores it in one transaction: the rows are
validated (``storage.import_rows``) while the writer's thread stores the valid ones
(``storage.bulk``), so validation and SQLite's work overlap on two cores and each row is
validated once. A file of ``CHILD_FROM_BYTES`` or more, with a descriptor (a file on disk),
is validated by a child process (``storage.import_child``); a smaller one, or one in memory
(an upload to the bot), by a thread, which costs no process to start. Memory stays flat
however long the file. A file with one bad row stores nothing: the rows after it are still
checked, for the report, and the transaction is rolled back. ``check_file`` validates a file
the same way and stores nothing (``factbot import --check``).
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
from typing import IO, Any, Protocol

from storage.bulk import ImportRow
from storage.facts import AddResult
from storage.import_child import ChildRows, ImportStopped
from storage.import_report import (
    MAX_PROBLEMS_SHOWN,
    Findings,
    ImportInvalid,
    ImportRefused,
    RowProblem,
)
from storage.import_rows import FileFormat, estimated_rows, valid_batches
from storage.lemmas import Lemmatiser
from storage.metrics import Vocabulary
from storage.models import Fact
from storage.rows import CONTENT_FIELDS, LIFECYCLE_FIELDS, CountryResolver, row_from_fact
from storage.store import Store
from storage.words import say

__all__ = [
    "CHILD_FROM_BYTES",
    "MAX_PROBLEMS_SHOWN",
    "FileFormat",
    "ImportInvalid",
    "ImportRefused",
    "RowProblem",
    "check_file",
    "detect_format",
    "export_facts",
    "import_file",
]

# A child process takes some 0.4 s to start (a Python, pydantic, the country names): worth it
# from some 10,000 rows, which a thread takes as long to validate, slowing the writer besides.
CHILD_FROM_BYTES = 8 * 1_048_576
# Batches of rows kept waiting between the validating thread and the writer's.
_BATCHES_QUEUED = 8
_POLL_S = 0.1
_DONE = None
# The start of a file read to tell CSV from JSON, and how many rows it holds (about).
_HEAD_BYTES = 65_536


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


def _descriptor(stream: IO[bytes]) -> int | None:
    """The stream's file descriptor, if it is a file the child process can read."""
    try:
        return stream.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        return None


class _Rows(Protocol):
    def batches(self) -> Iterator[list[ImportRow]]: ...

    def close(self) -> None: ...


class _ThreadRows:
    """The rows of a small file, validated by a thread of this process."""

    def __init__(
        self,
        stream: IO[bytes],
        file_format: FileFormat,
        *,
        by: str,
        resolve_country: CountryResolver | None,
        metrics: Vocabulary,
        lemmatiser: Lemmatiser | None = None,
    ) -> None:
        self._found = Findings()
        self._error: BaseException | None = None
        self._queue: queue.Queue[list[ImportRow] | None] = queue.Queue(maxsize=_BATCHES_QUEUED)
        self._stop = threading.Event()
        rows = valid_batches(
            stream, file_format, self._found, by=by, resolve_country=resolve_country,
            metrics=metrics, lemmatiser=lemmatiser,
        )  # fmt: skip
        self._thread = threading.Thread(
            target=self._validate, args=(rows,), name="factbot-import-validator", daemon=True
        )
        self._thread.start()

    def _put(self, batch: list[ImportRow] | None) -> None:
        while True:
            if self._stop.is_set():
                raise ImportStopped("the import was stopped; nothing was stored")
            try:
                self._queue.put(batch, timeout=_POLL_S)
            except queue.Full:
                continue
            return

    def _validate(self, rows: Iterator[list[ImportRow]]) -> None:
        """Validate every row, passing the valid ones on in batches until the first bad one."""
        try:
            for batch in rows:
                self._put(batch)
        except BaseException as error:
            # Handed to the writer's thread, which raises it and so rolls back.
            self._error = error
        finally:
            # When the writer has gone, ``_stop`` is set: nobody reads, and nobody waits.
            with contextlib.suppress(ImportStopped):
                self._put(_DONE)

    def batches(self) -> Iterator[list[ImportRow]]:
        """The valid rows, as the validating thread passes them; raises if the file is bad."""
        while True:
            try:
                batch = self._queue.get(timeout=_POLL_S)
            except queue.Empty:
                # The import was cancelled (the bot stopping) while this transaction went on.
                if self._stop.is_set():
                    raise ImportStopped("the import was stopped; nothing was stored") from None
                continue
            if batch is _DONE:
                break
            yield batch
        # Raised inside the writer's transaction, so nothing of a bad file is committed.
        problem = self._error or self._found.outcome()
        if problem is not None:
            raise problem

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


def _validated_rows(
    store: Store,
    stream: IO[bytes],
    *,
    file_name: str | None,
    by: str,
    resolve_country: CountryResolver | None,
    max_bytes: int | None,
    lemmatiser: Lemmatiser | None,
) -> tuple[_Rows, int]:
    """The file's rows as they are validated (by a child process for a large file on disk, a
    thread otherwise), and about how many there are.

    Raises:
        ImportRefused: the file is empty, too large, or not CSV/JSON.
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
    head = stream.read(_HEAD_BYTES)
    file_format = detect_format(file_name, head[:4096])
    stream.seek(0)
    in_child = size >= CHILD_FROM_BYTES and _descriptor(stream) is not None
    rows: _Rows = (ChildRows if in_child else _ThreadRows)(
        stream, file_format, by=by, resolve_country=resolve_country, metrics=store.metrics,
        lemmatiser=lemmatiser,
    )  # fmt: skip
    return rows, estimated_rows(head, size, file_format)


async def import_file(
    store: Store,
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
        resolve_country: turns country names into alpha-3 codes; a module's function (a
            large file's child process imports it).
        max_bytes: refuse larger files.

    Returns:
        How many facts were added and how many were already present.

    Raises:
        ImportRefused: the file is empty, too large, not UTF-8, or not CSV/JSON.
        ImportInvalid: some rows are invalid (the first 20 problems, and the count).
        InvalidFact: the store refused a fact (nothing is stored).
    """
    # The rows' lemmas for search are computed with the rows, by the store's lemmatiser.
    rows, expected = _validated_rows(
        store, stream, file_name=file_name, by=by, resolve_country=resolve_country,
        max_bytes=max_bytes, lemmatiser=store.lemmatiser,
    )  # fmt: skip
    try:
        return await store.import_rows(
            rows.batches(), by=by, source=file_name or "", expected_rows=expected
        )
    finally:
        # Whatever ended the import, the validating thread or process must not wait for a
        # reader: it is stopped, and waited for.
        await asyncio.to_thread(rows.close)


async def check_file(
    store: Store,
    stream: IO[bytes],
    *,
    file_name: str | None,
    by: str,
    resolve_country: CountryResolver | None = None,
) -> int:
    """Validate every row of a CSV or JSON file as ``import_file`` does (``by`` as the one who
    would import it), storing nothing.

    The store is only read (its metrics), so a check does not wait for the writer, nor make
    anyone wait. The rows' lemmas are not computed: they are no check. Whether a row is
    already in the store is not asked either: an import skips those.

    Returns:
        How many rows are valid (all of them, when it returns).

    Raises:
        ImportRefused: the file is empty, not UTF-8, or not CSV/JSON.
        ImportInvalid: some rows are invalid (the first 20 problems, and the count).
    """
    rows, _ = _validated_rows(
        store, stream, file_name=file_name, by=by, resolve_country=resolve_country,
        max_bytes=None, lemmatiser=None,
    )  # fmt: skip

    def count() -> int:
        return sum(len(batch) for batch in rows.batches())

    try:
        return await asyncio.to_thread(count)
    finally:
        await asyncio.to_thread(rows.close)


def _json_item(fact: Fact) -> dict[str, Any]:
    content = fact.draft().model_dump(mode="json", exclude_none=True)
    lifecycle = fact.lifecycle().model_dump(mode="json", exclude_none=True)
    return {"id": fact.id, **content, **lifecycle}


async def export_facts(
    store: Store, out: IO[str], *, file_format: FileFormat, include_retracted: bool = False
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
