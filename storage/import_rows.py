"""Reading an import file into valid rows, and what is wrong with the others.

CSV: one row a fact, the columns of ``storage.rows.CONTENT_FIELDS`` (and, optionally, those
of ``LIFECYCLE_FIELDS``, as an export writes them). Rows are numbered as lines of the file, the
header being line 1.
JSON: a list of facts in the nested shape of ``FactDraft`` (as in ``storage/seed``), each
optionally with the lifecycle fields beside its content. Facts are numbered from 1.

Every row is validated by the models (``storage.rows.draft_from_row``, ``FactDraft``) and
against the store's metrics, and becomes an ``ImportRow`` of plain values: the rules and
messages are the models', and the writer gets only what it stores. Used by the thread that
validates a small file and by the process that validates a large one (``storage.import_child``).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
from collections.abc import Iterator
from typing import IO, Any, Literal

from pydantic import ValidationError

from storage.bulk import ImportRow, import_row
from storage.import_report import Findings, ImportRefused
from storage.lemmas import Lemmatiser
from storage.metrics import Vocabulary
from storage.models import FactDraft, Lifecycle
from storage.rows import (
    CONTENT_FIELDS,
    LIFECYCLE_FIELDS,
    CountryResolver,
    FieldError,
    RowInvalid,
    draft_from_row,
    field_errors,
    merge_errors,
)
from storage.words import N_, Phrase, Refusal, plural, say
from storage.writes import now

__all__ = ["BATCH_ROWS", "FileFormat", "estimated_rows", "valid_batches"]

FileFormat = Literal["csv", "json"]
# Valid rows handed on at a time.
BATCH_ROWS = 500
_NAMES_SHOWN = 5
_COUNTRY_FIELDS = ("origin", "destination", "citizenship")
_KNOWN_COLUMNS = frozenset((*CONTENT_FIELDS, *LIFECYCLE_FIELDS))
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


def estimated_rows(head: bytes, size: int, file_format: FileFormat) -> int:
    """About how many facts a file of ``size`` bytes holds, from its first bytes ``head``:
    CSV lines, or JSON facts (each names its metric once)."""
    if not head:
        return 0
    if file_format == "csv":
        # The header's line is not a fact; a file wholly in ``head`` is counted exactly.
        seen = head.count(b"\n") + (0 if head.endswith(b"\n") else 1) - 1
    else:
        seen = head.count(b'"metric"')
    return max(0, round(seen * size / len(head)))


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


def _json_row(
    item: Any,
    by: str,
    resolve: CountryResolver | None,
    metrics: Vocabulary,
    lemmatiser: Lemmatiser | None,
) -> ImportRow:
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
    try:
        metrics.check(draft)
    except Refusal as refusal:
        raise RowInvalid([FieldError(refusal.field or "metric", refusal.phrase)]) from None
    return import_row(draft, _lifecycle(item, by), lemmatiser)


def _csv_rows(
    text: IO[str],
    by: str,
    resolve: CountryResolver | None,
    metrics: Vocabulary,
    lemmatiser: Lemmatiser | None,
) -> Iterator[tuple[int, ImportRow | RowInvalid]]:
    reader = csv.reader(text, strict=True)
    header = next(reader, None)
    unknown = sorted(set(header or ()) - _KNOWN_COLUMNS)
    if not header or unknown:
        raise ImportRefused(
            _unknown_columns(unknown) if unknown else say("the CSV file has no header row")
        )
    width = len(header)
    # An export's columns are all there, most often empty: a file without them has none.
    has_lifecycle = any(name in LIFECYCLE_FIELDS for name in header)
    for values in reader:
        if not values:
            continue  # a blank line, as csv.DictReader skips it
        number = reader.line_num
        if len(values) != width:
            yield number, RowInvalid([FieldError("row", say("has a different number of columns"))])
            continue
        row = dict(zip(header, values, strict=True))
        try:
            draft = draft_from_row(row, resolve_country=resolve, metrics=metrics)
            lifecycle = _lifecycle(row, by) if has_lifecycle else None
            yield number, import_row(draft, lifecycle, lemmatiser)
        except RowInvalid as invalid:
            yield number, invalid


def _rows(
    stream: IO[bytes],
    file_format: FileFormat,
    by: str,
    resolve: CountryResolver | None,
    metrics: Vocabulary,
    lemmatiser: Lemmatiser | None,
) -> Iterator[tuple[int, ImportRow | RowInvalid]]:
    """Each row's number, and its values or what is wrong with it."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        if file_format == "csv":
            yield from _csv_rows(text, by, resolve, metrics, lemmatiser)
            return
        document = json.load(text)
        items = document.get("facts") if isinstance(document, dict) else document
        if not isinstance(items, list):
            raise ImportRefused(
                say("a JSON import is a list of facts (or {example})", example=_JSON_EXAMPLE)
            )
        for number, item in enumerate(items, start=1):
            try:
                yield number, _json_row(item, by, resolve, metrics, lemmatiser)
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


def valid_batches(
    stream: IO[bytes],
    file_format: FileFormat,
    found: Findings,
    *,
    by: str,
    resolve_country: CountryResolver | None,
    metrics: Vocabulary,
    lemmatiser: Lemmatiser | None = None,
) -> Iterator[list[ImportRow]]:
    """The file's valid rows, ``BATCH_ROWS`` at a time, until its first bad row; the rows after
    it are still read, each problem noted in ``found``. Each row carries its lemmas for search,
    computed here by ``lemmatiser`` (in the validating process, beside the writer).

    Raises:
        ImportRefused: the file as a whole is not one to import (it is not noted in ``found``).
    """
    # Countries are named again and again, by the same few hundred names or codes.
    resolve = functools.lru_cache(maxsize=4096)(resolve_country) if resolve_country else None
    batch: list[ImportRow] = []
    for number, row in _rows(stream, file_format, by, resolve, metrics, lemmatiser):
        found.rows += 1
        if isinstance(row, RowInvalid):
            found.note(number, row)
        elif not found.total:
            batch.append(row)
            if len(batch) >= BATCH_ROWS:
                yield batch
                batch = []
    if batch and not found.total:
        yield batch
