"""Pages of facts on PostgreSQL: the keyset walks of :mod:`storage.pages` (the same SQL), and a
version that changes whenever a change that pages show commits, from any replica."""

from __future__ import annotations

from storage.pages import FactPages

__all__ = ["VERSION", "PostgresPages"]

# Every change to the facts writes an audit-log row under the facts' write lock, so the
# newest row's id grows with each commit, in commit order; the metrics' labels, which pages
# show too, change without one, so they are read as well (a few rows).
VERSION = """
SELECT coalesce((SELECT max(id) FROM audit_log), 0),
       (SELECT md5(string_agg(m::text, ',' ORDER BY m.position)) FROM metrics m)
"""


class PostgresPages(FactPages):
    """FactPages read through the PostgreSQL store (its read function takes SQLite's
    ``:name`` placeholders, see :func:`storage.postgres.sql.named`)."""

    async def version(self) -> int:
        """A number that changes whenever a change to the facts or the metrics commits."""
        rows = list(await self._read(VERSION, {}))
        return hash((int(rows[0][0]), str(rows[0][1])))
