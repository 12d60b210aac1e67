"""Windows: a long answer read a fixed number of facts at a time, by keyset walks.

A window holds up to ``size`` facts of each of the answer's lists (/flows has two: into and
out of the country; the others one), read from where the window before ended. Because every
window but the last of each list is full, the way back is exact too: the window before one
that starts after fact F starts ``size`` facts before F. A list that runs out before the
others stands past its end, counting how far, so the way back finds where it stood.

A window is rendered whole and cut into messages (``paginate``) only if it is too long for
one; page buttons walk those messages, then the next or the previous window. A ◀ button
carries where its own window starts and asks for the window before it: the way back is read
when it is pressed, so showing page 500 costs no more than showing page 1.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.language.words import Words
from bot.paging import Section
from bot.render.formatting import paginate
from storage import Fact, Store
from storage.pages import cursor_of
from storage.walks import Walk

__all__ = [
    "Lists",
    "Place",
    "Read",
    "Window",
    "first_messages",
    "nothing_more",
    "positions",
    "read_lists",
    "step_back",
    "windows_for",
]


@dataclass(frozen=True)
class Place:
    """Which window of an answer: its number (0: the first) and where each list starts, or,
    if ``before``, where each list of the window after it starts (a ◀ press)."""

    window: int = 0
    sections: tuple[Section, ...] = ()
    before: bool = False


@dataclass(frozen=True)
class Window:
    """One window of an answer, rendered as a heading and blocks, with the way on and back."""

    heading: str
    blocks: list[str]
    # What a button carries as the query to read this answer again: a code, an id.
    query: str
    windows: int
    # Where the next window starts; None: this is the last.
    next: tuple[Section, ...] | None
    # Where this window starts (its own buttons carry it).
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class Lists:
    """The keyset walks an answer reads: one list a walk, all for the same key."""

    walks: tuple[Walk, ...]
    key: str | int
    size: int
    oldest_first: bool = False


def windows_for(total: int, size: int) -> int:
    """How many windows ``total`` facts fill, one at least."""
    return max(1, -(-total // size))


def _sections(lists: Lists, place: Place) -> tuple[Section, ...]:
    if len(place.sections) == len(lists.walks):
        return place.sections
    return tuple(Section() for _ in lists.walks)


@dataclass(frozen=True)
class Read:
    """A window's facts, list by list, where it starts, and where the next starts (None: no
    list has more)."""

    facts: list[list[Fact]]
    start: tuple[Section, ...]
    next: tuple[Section, ...] | None


async def read_lists(store: Store, lists: Lists, place: Place) -> Read:
    """Each list's facts in the window at ``place`` (for a ◀ press, the way back read first)."""
    if place.before:
        later = Place(place.window + 1, place.sections)
        place = Place(place.window, await step_back(store, lists, later))
    shown: list[list[Fact]] = []
    after: list[Section] = []
    more = False
    for walk, section in zip(lists.walks, _sections(lists, place), strict=True):
        if section.overflow:  # this list ran out windows ago
            shown.append([])
            after.append(Section(section.after, section.overflow + lists.size))
            continue
        facts = await store.pages.walk(
            walk, lists.key, section.after, lists.size + 1, oldest_first=lists.oldest_first
        )
        more = more or len(facts) > lists.size
        facts = facts[: lists.size]
        shown.append(facts)
        last = cursor_of(facts[-1]) if facts else section.after
        after.append(Section(last, lists.size - len(facts)))
    return Read(shown, place.sections, tuple(after) if more else None)


async def step_back(store: Store, lists: Lists, place: Place) -> tuple[Section, ...]:
    """Where the window before the one at ``place`` starts, each list read a window back."""
    if place.window <= 1:
        return tuple(Section() for _ in lists.walks)
    back: list[Section] = []
    for walk, section in zip(lists.walks, _sections(lists, place), strict=True):
        if section.overflow >= lists.size:  # that window, too, was past this list's end
            back.append(Section(section.after, section.overflow - lists.size))
            continue
        steps = lists.size - section.overflow
        cursor = None
        if section.after is not None:
            cursor = await store.pages.step_back(
                walk, lists.key, section.after, steps, oldest_first=lists.oldest_first
            )
        back.append(Section(cursor))
    return tuple(back)


def nothing_more(words: Words) -> str:
    """What a window past the end of its answer says (facts were retracted since)."""
    return words.say("Nothing more to show: the facts have changed since this list was sent.")


def positions(window: int, size: int, shown: Sequence[object]) -> tuple[int, int]:
    """The first and last place (from 1) of the facts a window shows of one list."""
    first = window * size + 1
    return first, first + len(shown) - 1


WindowReader = Callable[[Store, str, Place, Words], Awaitable["Window | list[str]"]]


async def first_messages(read: WindowReader, store: Store, query: str, words: Words) -> list[str]:
    """An answer's first window as messages (or the reply that says why there is none)."""
    window = await read(store, query, Place(), words)
    if isinstance(window, list):
        return window
    return paginate(window.heading, window.blocks, words)
