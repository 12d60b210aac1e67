"""/metrics and /addmetric through the real Application: curators extend what facts can be
about, and /flows answers with the new kind."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.telegram_html import parse_telegram_html

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends

ADD = (
    "/addmetric name=handed_over direction=out en='handed over' ru='переданы властям' "
    "uk='передані владі' kk='билікке берілгендер'"
)
FACT = (
    "/addfact metric=handed_over counted='Afghan citizens' origin=iran destination=afghanistan "
    "qualifier=less_than value=300 as_of=2023-11-14 claim='Fewer than 300 handed over.' "
    "quote='Fewer than 300 were handed over.' publisher='Example Times' title='Border' "
    "published_at=2023-11-14"
)


async def _ask(api: FakeBotApi, text: str, user_id: int = ADMIN_ID) -> str:
    before = len(api.sent("sendMessage"))
    api.message_update(text, user_id=user_id, chat_id=user_id)
    call = (await api.wait_for("sendMessage", count=before + 1))[before]
    return parse_telegram_html(str(call.params["text"]))[0]


async def test_a_curator_adds_a_metric_and_flows_show_facts_of_it(
    api: FakeBotApi, running_bot: object
):
    assert await _ask(api, ADD, user_id=1001) == "Only curators can change facts."
    assert await _ask(api, ADD) == ("Saved: handed_over — handed over (out of the origin)")
    listed = await _ask(api, "/metrics", user_id=1001)
    assert "handed_over — handed over (out of the origin)" in listed
    assert "deported — deported (out of the origin)" in listed
    preview = await _ask(api, FACT)
    assert "less than 300 Afghan citizens — handed over: Iran → Afghanistan" in preview
    bad = await _ask(api, "/addmetric name=Handed direction=sideways en=x ru=x uk=x")
    assert bad.startswith("Not added:")
    assert "kk: is required" in bad
