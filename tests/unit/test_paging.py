"""Page buttons' callback data: within Telegram's 64 bytes, and read back exactly."""

from __future__ import annotations

from bot.paging import CALLBACK_LIMIT, NOOP, PageRequest, page_data, parse_page_data, token_data


def test_short_queries_travel_in_the_button():
    data = page_data(3, "flows", "Казахстан")
    assert data is not None
    assert len(data.encode()) <= CALLBACK_LIMIT
    assert parse_page_data(data) == PageRequest(page=3, command="flows", query="Казахстан")


def test_long_queries_do_not_fit_and_go_by_token():
    assert page_data(0, "search", "ж" * 40) is None
    assert parse_page_data(token_data(2, "abc-DEF_1")) == PageRequest(page=2, token="abc-DEF_1")


def test_anything_else_is_not_a_page_request():
    for data in (NOOP, "pg:", "pg:x:flows:kz", "addfact:save:1:x", "pg:1:FLOWS:kz", ""):
        assert parse_page_data(data) is None


def test_empty_queries_and_colons_round_trip():
    data = page_data(1, "sources", "")
    assert data is not None
    assert parse_page_data(data) == PageRequest(page=1, command="sources", query="")
    tricky = page_data(0, "search", "a:b:c")
    assert tricky is not None
    assert parse_page_data(tricky) == PageRequest(page=0, command="search", query="a:b:c")
