"""The vocabulary of metrics in the store: reading the ``metrics`` table, and a curator's new
metric or corrected labels, from flat fields or a model (migration 0009 made the table)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from storage.metrics import MetricKind, metric_kind
from storage.rows import FieldError, RowInvalid, field_errors
from storage.words import Refusal, say

__all__ = ["SELECT_METRICS", "kind_from_fields", "kind_from_row", "put_metric"]

SELECT_METRICS = """
SELECT name, direction, label_en, label_ru, label_uk, label_kk FROM metrics ORDER BY position
"""
_PUT_METRIC = """
INSERT INTO metrics (name, direction, label_en, label_ru, label_uk, label_kk, position,
                     created_at, created_by)
VALUES (:name, :direction, :en, :ru, :uk, :kk,
        (SELECT coalesce(max(position), 0) + 1 FROM metrics), :at, :by)
ON CONFLICT (name) DO UPDATE SET
    label_en = excluded.label_en, label_ru = excluded.label_ru,
    label_uk = excluded.label_uk, label_kk = excluded.label_kk
"""


def kind_from_row(row: Sequence[Any]) -> MetricKind:
    """A metric from a row of ``SELECT_METRICS``."""
    name, direction, en, ru, uk, kk = row
    return metric_kind(name, direction, en, ru, uk, kk)


def put_metric(conn: sqlite3.Connection, kind: MetricKind, *, at: str, by: str) -> None:
    """Add ``kind``, or give the metric of its name its labels.

    Raises:
        Refusal: a metric of that name exists with another direction.
    """
    row = conn.execute("SELECT direction FROM metrics WHERE name = ?", (kind.name,)).fetchone()
    if row is not None and row[0] != kind.direction.value:
        raise Refusal(
            say(
                "{name} already counts {direction}; a metric keeps its direction",
                name=kind.name,
                direction=row[0],
            ),
            field="direction",
        )
    conn.execute(
        _PUT_METRIC,
        {
            "name": kind.name,
            "direction": kind.direction.value,
            **kind.labels.model_dump(),
            "at": at,
            "by": by,
        },
    )


_FIELDS = ("name", "direction", "en", "ru", "uk", "kk")


def kind_from_fields(fields: Mapping[str, str]) -> MetricKind:
    """A metric from flat fields (``name=deported direction=out en=... ru=... uk=... kk=...``).

    Raises:
        RowInvalid: naming each missing or bad field and why.
    """
    errors = [
        FieldError(name, say("is not a metric field")) for name in fields if name not in _FIELDS
    ]
    errors += [FieldError(name, say("is required")) for name in _FIELDS if not fields.get(name)]
    if errors:
        raise RowInvalid(errors)
    data = {
        "name": fields["name"],
        "direction": fields["direction"].strip().lower(),
        "labels": {language: fields[language] for language in ("en", "ru", "uk", "kk")},
    }
    try:
        return MetricKind.model_validate(data)
    except ValidationError as error:
        # Pydantic's location names the field: ("labels", "ru") is the field "ru".
        fields_blamed = [
            str(item["loc"][-1]) if item["loc"] else "name" for item in error.errors()
        ]
        raise RowInvalid(
            [
                FieldError(field, problem.phrase)
                for field, problem in zip(fields_blamed, field_errors(error), strict=True)
            ]
        ) from None
