"""Valid facts for tests, with any field overridden."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta, timezone
from typing import IO, Any

from storage import FactDraft

KYIV_SUMMER = timezone(timedelta(hours=3))


def draft_data(**overrides: Any) -> dict[str, Any]:
    """A valid fact as plain data (the import shape), with top-level fields overridden."""
    data: dict[str, Any] = {
        "metric": "entered",
        "counted": "Russian citizens",
        "origin": "RUS",
        "destination": "GEO",
        "citizenship": "RUS",
        "figure": {"qualifier": "about", "value": 50_000},
        "period_start": "2022-09-21",
        "period_end": "2022-09-28",
        "claim": "About 50,000 Russians entered Georgia in a week.",
        "quote": "About 50,000 Russians have crossed into Georgia.",
        "citation": {
            "attributed_to": {
                "name": "Vakhtang Gomelauri",
                "kind": "person",
                "description": "Interior Minister of Georgia",
            },
            "carried_by": {"name": "Interpressnews", "kind": "outlet"},
            "document": {
                "publisher": "Example Times",
                "title": "Russians cross into Georgia",
                "author": "A. Reporter",
                "published_at": "2022-09-28T18:00:00+03:00",
                "url": "https://example.org/georgia",
            },
        },
    }
    data.update(overrides)
    return data


def make_draft(**overrides: Any) -> FactDraft:
    """A valid FactDraft, with top-level fields overridden."""
    return FactDraft.model_validate(draft_data(**overrides))


SEED_DOCUMENT_PUBLISHED = datetime(2022, 10, 4, 10, 23, tzinfo=KYIV_SUMMER)
SEED_PERIOD_START = date(2022, 9, 21)


def csv_bytes(rows: list[dict[str, str]]) -> bytes:
    """Rows as a UTF-8 CSV file with a header row, as a curator would upload it."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


_CROSSING_COLUMNS = [
    "metric", "counted", "origin", "destination", "qualifier", "value", "as_of", "claim",
    "quote", "attributed_to", "publisher", "title", "published_at",
]  # fmt: skip


def write_crossings(out: IO[str], count: int, *, publisher: str, quote_tail: str = "") -> None:
    """``count`` valid CSV facts, all new to the store (they differ by their figure)."""
    writer = csv.writer(out)
    writer.writerow(_CROSSING_COLUMNS)
    writer.writerows(
        ["entered", "Russian citizens", "RUS", "KAZ", "exact", value, "2022-10-04",
         f"{value} Russian citizens entered Kazakhstan.", f"{value} entered that day.{quote_tail}",
         "Border Service", publisher, "Daily crossings", "2022-10-05T09:00:00+03:00"]
        for value in range(1000, 1000 + count)
    )  # fmt: skip


def crossings_csv(count: int, *, publisher: str) -> bytes:
    """:func:`write_crossings` as the bytes of a file a curator uploads."""
    out = io.StringIO()
    write_crossings(out, count, publisher=publisher)
    return out.getvalue().encode("utf-8")
