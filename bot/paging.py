"""The callback data of ◀ ▶ page buttons: small enough for Telegram, and valid after a restart.

A button carries everything its page is read from: the command, its query, which window of
the answer (a fixed number of facts, read by a keyset walk from the cursors it carries) and
which message of that window. So a button pressed after a restart reads the same page, and
page 500 costs what page 1 does. A query too long for the 64 bytes is kept server-side under
a short token; its buttons explain that they have expired once the bot has restarted.

    pg:f:1b:0:fuvk.2n9,fuvj.2m1+4:KAZ
       │ │  │ │                   └ the query (or, after "*", a token: pg:s*:…:Xy12ab)
       │ │  │ └ where each list stands: a cursor (day.id, base 36) and how far past its end
       │ │  └ which message of the window (-1: its last; b: the last of the window
       │ │    before the one the cursors start, read when ◀ is pressed)
       │ └ the window (base 36)
       └ the command
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from storage.walks import Cursor

__all__ = [
    "CALLBACK_LIMIT",
    "COMMAND_CODES",
    "NOOP",
    "PAGE_PREFIX",
    "PageRequest",
    "Section",
    "page_data",
    "parse_page_data",
]

# Telegram refuses callback data over 64 bytes.
CALLBACK_LIMIT = 64
# Every page button's data starts so.
PAGE_PREFIX = "pg:"
NOOP = "pg:-"
COMMAND_CODES = {
    "flows": "f",
    "facts": "a",
    "timeline": "t",
    "search": "s",
    "source": "o",
    "fact": "d",
    "sources": "l",
    "ask": "q",
}
_COMMANDS = {code: command for command, code in COMMAND_CODES.items()}
_DATA = re.compile(
    r"pg:([a-z])(\*?):([0-9a-z]{1,6}):(-1|\d{1,3}|b):([0-9a-z.+,]{0,40}):(.*)", re.DOTALL
)
_SECTION = re.compile(r"(?:([0-9a-z]{1,6})\.([0-9a-z]{1,13}))?(?:\+([0-9a-z]{1,6}))?")
# Buttons sent before windows existed: "pg:3:facts:georgia", "pg:3:t:token".
_LEGACY = re.compile(r"pg:(\d{1,4}):(?:t:([\w-]{1,16})|([a-z]{1,12}):(.*))", re.DOTALL)


@dataclass(frozen=True)
class Section:
    """Where one list of an answer stands: past ``after`` (None: at its start), and, for a list
    that ran out before the others, how many places past its end."""

    after: Cursor | None = None
    overflow: int = 0


@dataclass(frozen=True)
class PageRequest:
    """A page asked for: which message of which window of which answer."""

    command: str
    query: str | None = None
    token: str | None = None
    window: int = 0
    part: int = 0
    sections: tuple[Section, ...] = field(default_factory=tuple)
    # The sections are where the window after starts: the way back is read when pressed.
    before: bool = False

    def at(self, window: int, part: int, sections: tuple[Section, ...]) -> PageRequest:
        """The same answer at another place."""
        return replace(self, window=window, part=part, sections=sections, before=False)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if number == 0:
            return text


def _section_text(section: Section) -> str:
    text = ""
    if section.after is not None:
        day = date.fromisoformat(section.after.day).toordinal()
        text = f"{_base36(day)}.{_base36(section.after.id)}"
    if section.overflow:
        text += f"+{_base36(section.overflow)}"
    return text


def _section(text: str) -> Section | None:
    match = _SECTION.fullmatch(text)
    if match is None:
        return None
    day, fact_id, overflow = match.groups()
    after = None
    if day is not None and fact_id is not None:
        try:
            after = Cursor(date.fromordinal(int(day, 36)).isoformat(), int(fact_id, 36))
        except (ValueError, OverflowError):  # no such day
            return None
    return Section(after, int(overflow, 36) if overflow else 0)


def page_data(request: PageRequest) -> str | None:
    """The data of a button that asks for ``request``; None if it does not fit."""
    sections = ",".join(_section_text(section) for section in request.sections)
    star, query = ("*", request.token) if request.token is not None else ("", request.query)
    head = f"pg:{COMMAND_CODES[request.command]}{star}:{_base36(request.window)}"
    part = "b" if request.before else str(request.part)
    data = f"{head}:{part}:{sections}:{query}"
    return data if len(data.encode("utf-8")) <= CALLBACK_LIMIT else None


def parse_page_data(data: str) -> PageRequest | None:
    """What a page button asks for; None for anything else (the page counter, junk)."""
    match = _DATA.fullmatch(data)
    if match is None:
        return _legacy(data)
    code, star, window, part, sections_text, query = match.groups()
    command = _COMMANDS.get(code)
    sections = tuple(_section(text) for text in sections_text.split(",")) if sections_text else ()
    if command is None or None in sections:
        return None
    return PageRequest(
        command=command,
        query=None if star else query,
        token=query if star else None,
        window=int(window, 36),
        part=-1 if part == "b" else int(part),
        sections=tuple(section for section in sections if section is not None),
        before=part == "b",
    )


def _legacy(data: str) -> PageRequest | None:
    """A button from before windows: its page of the answer's first window."""
    match = _LEGACY.fullmatch(data)
    if match is None:
        return None
    page, token, command, query = match.groups()
    if token is not None:
        return PageRequest(command="ask", token=token, part=int(page))
    if command not in COMMAND_CODES:
        return None
    return PageRequest(command=command, query=query, part=int(page))
