"""Page buttons' callback data: within Telegram's 64 bytes, and read back exactly."""

from __future__ import annotations

import pytest

from bot.paging import (
    CALLBACK_LIMIT,
    COMMAND_CODES,
    NOOP,
    PageRequest,
    Section,
    page_data,
    parse_page_data,
)
from storage.walks import Cursor

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends


def _round_trip(request: PageRequest) -> PageRequest | None:
    data = page_data(request)
    assert data is not None
    assert len(data.encode()) <= CALLBACK_LIMIT
    return parse_page_data(data)


def test_a_window_with_its_cursors_travels_in_the_button():
    request = PageRequest(
        "flows",
        query="KAZ",
        window=499,
        part=-1,
        sections=(Section(Cursor("2022-10-04", 1_000_000)), Section(Cursor("1999-01-31", 7), 4)),
    )
    assert _round_trip(request) == request


def test_the_largest_cursors_still_fit():
    """Ids up to 2**62 and any day, two lists, the window a million: within 64 bytes."""
    far = Section(Cursor("9999-12-31", 2**40), overflow=35**4)
    request = PageRequest("flows", query="KAZ", window=10**6, part=-1, sections=(far, far))
    assert _round_trip(request) == request


@pytest.mark.parametrize("command", sorted(COMMAND_CODES))
def test_every_paged_command_round_trips(command: str):
    section = Section(Cursor("2023-05-01", 77))
    request = PageRequest(command, query="Казахстан", window=3, part=2, sections=(section,))
    assert _round_trip(request) == request


def test_a_way_back_read_when_pressed_round_trips():
    """◀ carries where its own window starts and asks for the window before: "b"."""
    section = Section(Cursor("2023-05-01", 77), 3)
    request = PageRequest("flows", query="KAZ", window=498, part=-1, sections=(section,) * 2)
    back = PageRequest(**{**request.__dict__, "before": True})
    assert ":b:" in (page_data(back) or "")
    assert _round_trip(back) == back
    assert _round_trip(request) == request
    assert back.at(3, 0, ()).before is False  # another place is not a way back


def test_a_list_past_its_end_keeps_how_far():
    request = PageRequest("flows", query="GEO", window=5, sections=(Section(None, 20), Section()))
    assert _round_trip(request) == request


def test_long_queries_do_not_fit_and_go_by_token():
    assert page_data(PageRequest("search", query="ж" * 40)) is None
    request = PageRequest("search", token="abc-DEF_1", window=2)
    assert _round_trip(request) == request


def test_anything_else_is_not_a_page_request():
    for data in (
        NOOP, "pg:", "pg:x:flows:kz", "addfact:save:1:x", "pg:1:FLOWS:kz", "",
        "pg:z:1:0::kz", "pg:f:1:0:zzzzzz.1:KAZ",  # no such command; no such day
    ):  # fmt: skip
        assert parse_page_data(data) is None, data


def test_empty_queries_and_colons_round_trip():
    assert _round_trip(PageRequest("sources", query="")) == PageRequest("sources", query="")
    tricky = PageRequest("search", query="a:b:c", sections=(Section(Cursor("2022-01-01", 9)),))
    assert _round_trip(tricky) == tricky


def test_buttons_sent_before_windows_open_the_first_window():
    assert parse_page_data("pg:3:facts:georgia") == PageRequest("facts", query="georgia", part=3)
    assert parse_page_data("pg:2:t:abc-DEF_1") == PageRequest("ask", token="abc-DEF_1", part=2)
