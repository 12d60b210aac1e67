"""The callback data of ◀ ▶ page buttons: small enough for Telegram, and valid after a restart.

A button carries the page, the command and the reader's query itself when they fit in
Telegram's 64 bytes, so it works after a restart too; a longer query is kept server-side under
a short token, and its buttons explain that they have expired once the bot has restarted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CALLBACK_LIMIT", "NOOP", "PageRequest", "page_data", "parse_page_data", "token_data"]

# Telegram refuses callback data over 64 bytes.
CALLBACK_LIMIT = 64
NOOP = "pg:-"
_DATA = re.compile(r"pg:(\d{1,4}):(?:t:([\w-]{1,16})|([a-z]{1,12}):(.*))", re.DOTALL)


@dataclass(frozen=True)
class PageRequest:
    """A page button pressed: which page of which answer (or the token that holds it)."""

    page: int
    command: str | None = None
    query: str | None = None
    token: str | None = None


def page_data(page: int, command: str, query: str) -> str | None:
    """The data of a button that re-asks ``command query`` at ``page``; None if too long."""
    data = f"pg:{page}:{command}:{query}"
    return data if len(data.encode("utf-8")) <= CALLBACK_LIMIT else None


def token_data(page: int, token: str) -> str:
    """The data of a button whose query is kept server-side under ``token``."""
    return f"pg:{page}:t:{token}"


def parse_page_data(data: str) -> PageRequest | None:
    """What a page button asks for; None for anything else (the page counter, junk)."""
    match = _DATA.fullmatch(data)
    if match is None:
        return None
    page, token, command, query = match.groups()
    if token is not None:
        return PageRequest(page=int(page), token=token)
    return PageRequest(page=int(page), command=command, query=query)
