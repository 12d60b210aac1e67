"""Which page a reader is shown, and where its ◀ and ▶ buttons lead.

The keyset commands (/flows, /facts, /timeline, /search, /source) are read a window at a
time (bot.answers.windows); the others are short enough to be read whole and sliced.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace

from bot.answers.country import facts_window, flows_window, timeline_window
from bot.answers.dispatch import paged_answer
from bot.answers.lookup import search_window, source_window
from bot.answers.windows import Place, WindowReader
from bot.language.words import Words
from bot.paging import PageRequest
from bot.render.formatting import paginate
from storage import Store

__all__ = ["Page", "answer_page"]

_WINDOWED: dict[str, WindowReader] = {
    "flows": flows_window,
    "facts": facts_window,
    "timeline": timeline_window,
    "search": search_window,
    "source": source_window,
}


@dataclass(frozen=True)
class Page:
    """One message of an answer, and the pages its ◀ and ▶ buttons ask for (None: no button)."""

    text: str
    back: PageRequest | None = None
    forward: PageRequest | None = None
    # What the button between them says: "3/120", "3/120 · 2/2".
    counter: str | None = None


def _part(asked: int, parts: int) -> int:
    """The message asked for, -1 being the last; a window that shrank shows its last."""
    return parts - 1 if asked < 0 else min(asked, parts - 1)


# Rendered pages kept until the store changes: a busy country's first page is asked for again
# and again, and rendering it costs several times its reads.
_CACHED_PAGES = 1024
_cache: OrderedDict[tuple[object, ...], Page] = OrderedDict()


async def answer_page(
    store: Store, request: PageRequest, words: Words, *, cached: bool = True
) -> Page:
    """The page ``request`` asks for, read from the store as it is now (or as it was when
    the same page was last rendered, if nothing has been committed since).

    Args:
        cached: False reads and renders the page whatever is kept (for the benchmarks).

    Raises:
        KeyError: ``request.command`` is not a paged command.
    """
    if not cached:
        return await _read_page(store, request, words)
    key = (store.pages.connection_serial, await store.pages.version(), request, words.language)
    page = _cache.get(key)
    if page is not None:
        _cache.move_to_end(key)
        return page
    page = await _read_page(store, request, words)
    _cache[key] = page
    while len(_cache) > _CACHED_PAGES:
        _cache.popitem(last=False)
    return page


async def _read_page(store: Store, request: PageRequest, words: Words) -> Page:
    query = request.query or ""
    read = _WINDOWED.get(request.command)
    if read is None:
        pages = await paged_answer(store, request.command, query, words)
        part = _part(request.part, len(pages))
        return Page(
            pages[part],
            back=request.at(0, part - 1, ()) if part > 0 else None,
            forward=request.at(0, part + 1, ()) if part < len(pages) - 1 else None,
            counter=_counter(words, part, len(pages)) if len(pages) > 1 else None,
        )
    place = Place(request.window, request.sections, before=request.before)
    window = await read(store, query, place, words)
    if isinstance(window, list):  # a reply that explains: no country, nothing found
        return Page(window[0])
    same = PageRequest(request.command, query=window.query)
    # Where this window starts: a ◀ press read it from the window after.
    sections = window.sections
    parts = paginate(window.heading, window.blocks, words)
    part = _part(request.part, len(parts))
    back = forward = None
    if part > 0:
        back = same.at(request.window, part - 1, sections)
    elif request.window == 1:
        back = same.at(0, -1, ())
    elif request.window > 1:
        back = replace(same.at(request.window - 1, -1, sections), before=True)
    if part < len(parts) - 1:
        forward = same.at(request.window, part + 1, sections)
    elif window.next is not None:
        forward = same.at(request.window + 1, 0, window.next)
    counter = None
    if back or forward:
        windows = max(window.windows, request.window + (2 if window.next else 1))
        counter = _counter(words, request.window, windows)
        if len(parts) > 1:
            counter = f"{counter} · {_counter(words, part, len(parts))}"
    return Page(parts[part], back, forward, counter)


def _counter(words: Words, index: int, count: int) -> str:
    return words.say(
        "{page}/{pages}", page=words.number(index + 1), pages=words.number(max(count, index + 1))
    )
