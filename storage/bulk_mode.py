"""A large import's way of writing: the store's secondary indexes and search trigger dropped
in its transaction and made again before it commits, and the search index left unmerged, then
merged once.

Keeping an index as rows come costs a random page write per row and index; making it again
sorts the whole table once (see ``storage.bulk.BULK_SHARE`` for when that is cheaper). SQLite's
DDL is transactional: a kill or a rollback leaves the store with its indexes, and its search
settings, as they were.
"""

from __future__ import annotations

import sqlite3

__all__ = ["BulkMode"]

# Duplicates are looked up through it while the rows come (storage.bulk): it stays.
_DEDUP_INDEX = "facts_by_document_metric_value"
# Made by the CREATE INDEX of a migration (origin 'c'), not by a UNIQUE constraint: those
# check the rows as they come, and stay.
_SECONDARY_INDEXES = """
SELECT s.name, s.sql FROM sqlite_schema s
JOIN pragma_index_list(s.tbl_name) i ON i.name = s.name
WHERE s.type = 'index' AND s.tbl_name IN ('facts', 'documents')
  AND i."unique" = 0 AND i.origin = 'c' AND s.name != ?
ORDER BY s.name
"""
_SEARCH_TRIGGER = "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"
_SEARCH_TRIGGER_NAME = "facts_search_added"
_SEARCH_SETTING = "SELECT v FROM facts_search_config WHERE k = ?"
_SET_SEARCH = "INSERT INTO facts_search (facts_search, rank) VALUES (?, ?)"
_UNSET_SEARCH = "DELETE FROM facts_search_config WHERE k = ?"
_OPTIMIZE_SEARCH = "INSERT INTO facts_search (facts_search) VALUES ('optimize')"
# FTS5's own defaults, for a store that never set them.
_MERGE_DEFAULTS = (("automerge", 4), ("crisismerge", 16))
_NO_CRISIS_MERGE = 1_000_000
# Helper threads for sorting an index's rows as it is made (SQLite's default is none).
_SORT_THREADS = 2


def _quoted(name: str) -> str:
    # Names read from sqlite_schema, not typed by anyone; quoted as SQL identifiers.
    return '"' + name.replace('"', '""') + '"'


class BulkMode:
    """A large import's way of writing, until ``finish``: the secondary indexes and the search
    trigger dropped (made again from the SQL they were made with), and the search index's
    segments left unmerged, then merged once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        indexes = conn.execute(_SECONDARY_INDEXES, (_DEDUP_INDEX,)).fetchall()
        trigger = conn.execute(_SEARCH_TRIGGER, (_SEARCH_TRIGGER_NAME,)).fetchall()
        self._dropped: list[tuple[str, str, str]] = [
            *(("INDEX", name, sql) for name, sql in indexes),
            *(("TRIGGER", name, sql) for name, sql in trigger),
        ]
        for kind, name, _ in self._dropped:
            conn.execute(f"DROP {kind} {_quoted(name)}")
        # FTS5 merges its segments as they come, each merge rewriting what the last wrote;
        # written unmerged, they are merged once at the end ("optimize"), for less work and
        # one segment that searches read fastest.
        self._merging = {name: _search_setting(conn, name) for name, _ in _MERGE_DEFAULTS}
        _set_search(conn, "automerge", 0)
        _set_search(conn, "crisismerge", _NO_CRISIS_MERGE)

    def finish(self) -> None:
        """Merge the search index and make the indexes and the trigger again."""
        self._conn.execute(_OPTIMIZE_SEARCH)
        for name, default in _MERGE_DEFAULTS:
            value = self._merging[name]
            _set_search(self._conn, name, default if value is None else value)
            if value is None:
                # A store that never set it had no row for it: it has none again, and the
                # default it had, which the command above told FTS5 already.
                self._conn.execute(_UNSET_SEARCH, (name,))
        # The validating process is done by now: CREATE INDEX may sort on the other core too.
        threads = self._conn.execute("PRAGMA threads").fetchone()[0]
        self._conn.execute(f"PRAGMA threads = {_SORT_THREADS}")
        try:
            for _, _, sql in self._dropped:
                self._conn.execute(sql)
        finally:
            self._conn.execute(f"PRAGMA threads = {int(threads)}")


def _search_setting(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute(_SEARCH_SETTING, (name,)).fetchone()
    return None if row is None else int(row[0])


def _set_search(conn: sqlite3.Connection, name: str, value: int) -> None:
    conn.execute(_SET_SEARCH, (name, value))
