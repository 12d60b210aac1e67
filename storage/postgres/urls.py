"""PostgreSQL URLs as factbot reads them: checked before any connection, and shown without
their password. Imports no driver, so that settings can check a URL cheaply."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["SCHEMES", "is_postgresql_url", "shown", "url_problem"]

# What libpq reads as a connection URI.
SCHEMES = ("postgresql", "postgres")


def is_postgresql_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database (by its scheme; see ``url_problem``)."""
    return urlsplit(url.strip()).scheme.lower() in SCHEMES


def shown(url: str) -> str:
    """``url`` without its password (and its query, which may hold one): fit for a log line
    or an error message."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    host = parts.hostname or ""
    if port is not None:
        host = f"{host}:{port}"
    user = f"{parts.username}@" if parts.username else ""
    # Written out: urlunsplit drops the // of a URL with no host (a local socket).
    return f"{parts.scheme}://{user}{host}{parts.path}"


def url_problem(url: str) -> str | None:
    """What is wrong with ``url`` as a PostgreSQL URL, in words that never repeat its password;
    None if nothing is."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in SCHEMES:
        return (
            "must be a postgresql:// URL (postgresql://user:password@host:5432/database); "
            "leave it unset for the SQLite store at FACTBOT_DB_PATH"
        )
    try:
        port = parts.port
    except ValueError:
        return "its port is not a number from 1 to 65535"
    if port == 0:
        return "its port is not a number from 1 to 65535"
    if parts.fragment:
        return "has a '#' part, which a database URL has not (a '#' in a password is written %23)"
    if parts.path.count("/") > 1:
        return "names more than one database: the path is one database's name, /factbot"
    return None
