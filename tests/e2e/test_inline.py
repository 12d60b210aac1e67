"""Inline mode through the real Application: cited facts to send into any chat, or help."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.telegram_html import parse_telegram_html

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends


async def _results(api: FakeBotApi, query: str) -> list[dict[str, Any]]:
    before = len(api.sent("answerInlineQuery"))
    api.inline_update(query)
    call = (await api.wait_for("answerInlineQuery", count=before + 1))[before]
    results: list[dict[str, Any]] = call.params["results"]
    return results


def _sent_text(result: dict[str, Any]) -> str:
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML"
    text, _ = parse_telegram_html(content["message_text"])
    return text


async def test_a_country_offers_its_flows_each_with_its_citation(
    api: FakeBotApi, running_bot: object
):
    results = await _results(api, "kazakhstan")
    assert 1 <= len(results) <= 50
    # Read as the question "kazakhstan": its flows, newest first, as the chat answers it.
    assert [result["id"] for result in results] == [f"fact-{n}" for n in (1, 2, 3, 4, 5)]
    first = results[0]
    assert first["title"] == "more than 200,000 Russian citizens entered Kazakhstan from Russia"
    assert "Marat Akhmetzhanov; Ukrainska Pravda, 4 Oct 2022" in first["description"]
    for result in results:
        text = _sent_text(result)
        assert "Ukrainska Pravda (Iryna Balachuk), 4 Oct 2022" in text
        assert "fact #" in text


async def test_words_search_and_empty_or_unknown_queries_offer_help(
    api: FakeBotApi, running_bot: object
):
    (found,) = await _results(api, "reservists")
    assert "300,000 reservists" in _sent_text(found)
    for query in ("", "zzzz qqqq"):
        (help_result,) = await _results(api, query)
        assert help_result["id"] == "help"
        assert "/flows kazakhstan" in _sent_text(help_result)
