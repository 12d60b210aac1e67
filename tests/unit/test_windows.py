"""Long answers read a window at a time: forward to the end shows every fact once, and ◀
walks back through exactly the pages shown, for every paged command."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.answers.pages import Page, answer_page
from bot.language.words import words_for
from bot.paging import PageRequest, page_data, parse_page_data
from bot.render.formatting import MESSAGE_LIMIT, visible_length
from storage import FactStore
from tests.factories import draft_data, make_draft

EN = words_for("en")
_DAY = date(2021, 1, 1)
_PARTNERS = ("RUS", "CHN", "KAZ", "KOR")


def _flow(n: int, *, into: bool) -> dict[str, object]:
    """A flow into or out of Mongolia; seven facts share each day they are ordered by."""
    start = _DAY + timedelta(days=n)
    partner = _PARTNERS[n % len(_PARTNERS)]
    origin, destination = (partner, "MNG") if into else ("MNG", partner)
    return draft_data(
        metric="entered" if into else "left",
        origin=origin,
        destination=destination,
        citizenship=origin,
        figure={"qualifier": "about", "value": 1000 + n},
        period_start=start.isoformat(),
        period_end=None,
        as_of=(_DAY + timedelta(days=400 + n // 7)).isoformat(),
        claim=f"About {1000 + n} people crossed the border, report {n} (kumiss).",
    )


@pytest.fixture(name="busy")
async def _busy(tmp_path: Path):
    """Mongolia with 137 flows in, 64 out and 9 other facts naming it."""
    store = await FactStore.open(tmp_path / "busy.db")
    drafts = [_flow(n, into=True) for n in range(137)]
    drafts += [_flow(n, into=False) for n in range(137, 201)]
    drafts += [
        draft_data(
            metric="statement", origin=None, destination=None, citizenship="MNG",
            figure=None, claim=f"Statement {n} about Mongolians.",
            period_start=(_DAY + timedelta(days=n)).isoformat(), period_end=None,
        )
        for n in range(9)
    ]  # fmt: skip
    await store.add_facts([make_draft(**draft) for draft in drafts], by="test")
    yield store
    await store.close()


def _ids(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(?:fact )?#(\d+)\b", text)]


async def _forward(store: FactStore, command: str, query: str) -> list[Page]:
    """Every page of an answer, pressing ▶ through button data until there is none."""
    pages = [await answer_page(store, PageRequest(command, query=query), EN)]
    while pages[-1].forward is not None:
        assert len(pages) < 1000
        data = page_data(pages[-1].forward)
        assert data is not None  # every button fits in Telegram's 64 bytes
        request = parse_page_data(data)
        assert request is not None
        pages.append(await answer_page(store, request, EN))
    return pages


async def _backward(store: FactStore, last: Page) -> list[Page]:
    pages = [last]
    while pages[-1].back is not None:
        request = parse_page_data(page_data(pages[-1].back) or "")
        assert request is not None
        pages.append(await answer_page(store, request, EN))
    return pages[::-1]


async def _check(store: FactStore, command: str, query: str, expected: int) -> list[Page]:
    pages = await _forward(store, command, query)
    shown = [fact_id for page in pages for fact_id in _ids(page.text)]
    assert len(shown) == expected
    assert len(set(shown)) == expected  # each fact exactly once
    assert all(visible_length(page.text) <= MESSAGE_LIMIT for page in pages)
    back = await _backward(store, pages[-1])
    assert [page.text for page in back] == [page.text for page in pages]
    return pages


async def test_flows_pages_through_every_flow_of_a_country_and_back(busy: FactStore):
    pages = await _check(busy, "flows", "mongolia", 137 + 64)
    assert "(the newest 10 of 137)" in pages[0].text
    assert "(the newest 10 of 64)" in pages[0].text
    assert pages[0].counter == "1/14 · 1/2"  # twenty flows take two messages
    assert "(131–137 of 137)" in pages[-1].text
    assert "Out of" not in pages[-1].text  # that list ran out seven windows ago


async def test_a_back_button_is_read_when_pressed_not_when_shown(busy: FactStore):
    """Showing a window reads no way back: its ◀ carries where the window itself starts, so
    page 500 costs what page 1 does; the press reads the way back."""
    pages = await _forward(busy, "flows", "mongolia")
    # The first message of a window after the second: the one before it ended a window.
    at = next(i for i, page in enumerate(pages) if page.back is not None and page.back.before)
    page, before = pages[at], pages[at - 1]
    assert page.back is not None
    assert before.forward is not None
    assert page.back.window == before.forward.window - 1 >= 1
    assert page.back.sections == before.forward.sections  # where its own window starts
    assert (await answer_page(busy, page.back, EN)).text == before.text


async def test_flows_keeps_the_newest_first_across_windows(busy: FactStore):
    """Ids here grow with the day each fact is ordered by: newest first is highest first."""
    pages = await _forward(busy, "flows", "mongolia")
    ids = [fact_id for page in pages for fact_id in _ids(page.text)]
    into = [fact_id for fact_id in ids if fact_id <= 137]
    out = [fact_id for fact_id in ids if fact_id > 137]
    assert into == sorted(into, reverse=True)
    assert out == sorted(out, reverse=True)


async def test_facts_and_timeline_page_through_every_fact_naming_a_country(busy: FactStore):
    await _check(busy, "facts", "MNG", 210)
    pages = await _check(busy, "timeline", "монголия", 210)
    assert "Statement 0 about" in pages[0].text  # oldest first


async def test_a_ranked_search_pages_through_every_match(busy: FactStore):
    await _check(busy, "search", "statement mongolians", 9)
    await _check(busy, "search", "report", 201)


async def test_a_search_matching_more_than_the_pool_pages_newest_first(tmp_path: Path):
    async with await FactStore.open(tmp_path / "many.db") as store:
        drafts = [make_draft(**_flow(n, into=True)) for n in range(1003)]
        await store.add_facts(drafts, by="test")
        pages = await _check(store, "search", "kumiss", 1003)
    assert "more than 1,000 facts, newest first" in pages[0].text
    ids = [fact_id for page in pages for fact_id in _ids(page.text)]
    assert ids == sorted(ids, reverse=True)


async def test_source_pages_through_every_fact_it_backs(busy: FactStore):
    await _check(busy, "source", "Interpressnews", 210)


async def test_a_window_past_the_end_says_so(busy: FactStore):
    pages = await _forward(busy, "facts", "MNG")
    assert pages[-1].forward is None
    beyond = await answer_page(busy, pages[-2].forward or PageRequest("facts"), EN)
    assert beyond.text == pages[-1].text
    assert (await answer_page(busy, PageRequest("flows", query="atlantis"), EN)).counter is None


async def test_a_page_is_read_again_once_the_store_changes(tmp_path: Path):
    """Pages are kept rendered until something is committed, by this store or any other."""
    path = tmp_path / "changing.db"
    request = PageRequest("flows", query="mongolia")
    async with await FactStore.open(path) as store:
        await store.add_facts([make_draft(**_flow(0, into=True))], by="test")
        first = await answer_page(store, request, EN)
        assert await answer_page(store, request, EN) is first  # nothing changed: kept
        async with await FactStore.open(path) as other:  # another connection writes
            await other.add_facts([make_draft(**_flow(1, into=True))], by="test")
        second = await answer_page(store, request, EN)
        assert "(1)" in first.text
        assert "(2)" in second.text
    async with await FactStore.open(path) as reopened:
        await reopened.add_facts([make_draft(**_flow(2, into=True))], by="test")
    async with await FactStore.open(path) as again:  # its versions count from the start
        assert "(3)" in (await answer_page(again, request, EN)).text
