"""Statements shared with SQLite, as psycopg takes them: each ``:name`` as ``%(name)s``.

Only statements written in SQL both databases read (``storage.walks``, ``storage.pages``,
``storage.finding``'s fragments) go through here; any other is written for PostgreSQL in this
package, with the casts its parameters need.
"""

from __future__ import annotations

import re

__all__ = ["named"]

# A :name placeholder; not the second colon of a cast (::date), nor inside a word or a time.
_PLACEHOLDER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def named(sql: str) -> str:
    """``sql`` with each ``:name`` as ``%(name)s``, and each literal ``%`` doubled (psycopg
    reads a lone ``%`` as the start of a placeholder)."""
    return _PLACEHOLDER.sub(r"%(\1)s", sql.replace("%", "%%"))
