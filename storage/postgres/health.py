"""Is the PostgreSQL store usable? For container health checks, as storage.health for SQLite:
it connects, reads the schema's version, and changes nothing."""

from __future__ import annotations

import psycopg

from storage.postgres.connection import one_line
from storage.postgres.migrate import available_migrations, schema_version
from storage.postgres.urls import shown

__all__ = ["postgres_problem"]

_TIMEOUT_S = 5


async def postgres_problem(url: str) -> str | None:
    """Why the database at ``url`` cannot serve, in one line (no password); None when it can.

    It must accept a connection within a few seconds and be at the schema this version expects.
    """
    newest = available_migrations()[-1].version
    try:
        async with await psycopg.AsyncConnection.connect(
            url, autocommit=True, connect_timeout=_TIMEOUT_S
        ) as conn:
            await conn.execute("SET default_transaction_read_only = on")
            version = await schema_version(conn)
    except psycopg.Error as error:
        return f"cannot read the PostgreSQL store {shown(url)}: {one_line(error)}"
    if version != newest:
        return f"the PostgreSQL store {shown(url)} is at schema version {version}, not {newest}"
    return None
