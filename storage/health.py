"""Is the fact store usable? For container health checks: opens nothing it would create."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage.database import BUSY_TIMEOUT_MS
from storage.migrations import available_migrations

__all__ = ["store_problem"]


def store_problem(path: Path) -> str | None:
    """Why the database at ``path`` cannot serve, in one line; None when it can.

    It must exist, open, be at the schema this version expects, and pass ``quick_check``.
    """
    if not path.is_file():
        return f"the database {path} does not exist"
    newest = available_migrations()[-1].version
    try:
        # mode=ro: a health check must never create, migrate or lock the store for writing.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return f"cannot open the database {path}: {error}"
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchall()
        version = (
            conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
            if tables
            else 0
        )
        if version != newest:
            return f"the database {path} is at schema version {version or 0}, not {newest}"
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return f"the database {path} fails its integrity check: {result}"
    except sqlite3.Error as error:
        return f"cannot read the database {path}: {error}"
    finally:
        conn.close()
    return None
