"""/flows, /start and /help through the real Application and the fake Bot API server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.answers import COMMANDS, CURATOR_COMMANDS
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.telegram_html import parse_telegram_html


def _visible(call_params: dict[str, object]) -> str:
    text, _ = parse_telegram_html(str(call_params["text"]))
    return text


@pytest.mark.both_backends
async def test_flows_in_a_private_chat_gets_a_cited_reply(api: FakeBotApi, running_bot: object):
    api.message_update("/flows kazakhstan", chat_id=555, user_id=555)
    (reply,) = await api.wait_for("sendMessage")
    assert reply.params["chat_id"] == 555
    assert reply.params["parse_mode"] == "HTML"
    text = _visible(reply.params)
    assert text.startswith("Flows of people: Kazakhstan")
    assert "more than 200,000 Russian citizens entered Kazakhstan from Russia" in text
    assert "Said by Marat Akhmetzhanov, Minister of Internal Affairs of Kazakhstan" in text
    assert "published by Ukrainska Pravda (Iryna Balachuk), 4 Oct 2022" in text


@pytest.mark.both_backends
async def test_flows_addressed_to_the_bot_in_a_group_gets_a_cited_reply(
    api: FakeBotApi, running_bot: object
):
    api.message_update(
        "/flows@FactBot Казахстан", chat_id=-100777, chat_type="supergroup", chat_title="Newsroom"
    )
    (reply,) = await api.wait_for("sendMessage")
    assert reply.params["chat_id"] == -100777
    text = _visible(reply.params)
    assert "about 11,000 people left Kazakhstan" in text
    assert "via Zakon.kz" in text


@pytest.mark.both_backends
async def test_command_for_another_bot_in_a_group_is_ignored(api: FakeBotApi, running_bot: object):
    api.message_update("/flows@OtherBot kazakhstan", chat_id=-100777, chat_type="supergroup")
    api.message_update("/help", chat_id=-100777, chat_type="supergroup")
    (reply,) = await api.wait_for("sendMessage")
    assert "Commands" in _visible(reply.params)


@pytest.mark.both_backends
async def test_start_and_help_and_command_menu(api: FakeBotApi, running_bot: object):
    api.message_update("/start")
    api.message_update("/help")
    start, help_reply = await api.wait_for("sendMessage", count=2)
    assert "/flows kazakhstan" in _visible(start.params)
    assert "/flows — " in _visible(help_reply.params)
    # English first: the default menu (no language code) and the curator's.
    readers, curator = api.sent("setMyCommands")[:2]
    assert "scope" not in readers.params
    assert "language_code" not in readers.params
    reader_menu = [command.name for command in COMMANDS]
    assert [c["command"] for c in readers.params["commands"]] == reader_menu
    assert curator.params["scope"] == {"type": "chat", "chat_id": ADMIN_ID}
    curator_menu = reader_menu + [command.name for command in CURATOR_COMMANDS]
    assert [c["command"] for c in curator.params["commands"]] == curator_menu
    help_text = _visible(help_reply.params)
    assert [line.split(" ")[0] for line in help_text.splitlines() if line.startswith("/")] == [
        f"/{name}" for name in reader_menu
    ]


@pytest.mark.both_backends
async def test_flows_without_argument_and_with_hostile_text(api: FakeBotApi, running_bot: object):
    api.message_update("/flows")
    api.message_update("/flows <b>x</b> & <script>")
    usage, unknown = await api.wait_for("sendMessage", count=2)
    assert "/flows kazakhstan" in _visible(usage.params)
    assert "“<b>x</b> & <script>”" in _visible(unknown.params)


async def test_a_failing_update_is_logged_apologised_for_and_the_bot_goes_on(
    api: FakeBotApi, running_bot: object, db_path: Path
):
    """Someone breaks the database under the bot: the user gets an apology, not silence."""
    with sqlite3.connect(db_path) as raw:
        raw.execute("ALTER TABLE facts RENAME TO facts_broken")
    api.message_update("/flows kazakhstan")
    (apology,) = await api.wait_for("sendMessage")
    assert _visible(apology.params).startswith("Sorry, something went wrong")
    api.message_update("/help")
    await api.wait_for("sendMessage", count=2)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/flows@FactBot kazakhstan", "Flows of people: Kazakhstan"),
        ("/facts@FactBot russia", "Facts naming Russia"),
        ("/timeline@FactBot kz", "Timeline: Kazakhstan"),
        ("/search@FactBot citizenship", "Search: citizenship"),
        ("/sources@FactBot", "Sources · 6"),
        ("/source@FactBot Zakon.kz", "Zakon.kz, Kazakh news outlet"),
        ("/fact@FactBot 1", "Fact #1 · published · version 1"),
        ("/history@FactBot 1", "History of fact #1"),
        ("/help@FactBot", "Commands"),
        ("/start@FactBot", "factbot answers questions"),
    ],
)
@pytest.mark.both_backends
async def test_every_read_command_answers_in_a_group(
    api: FakeBotApi, running_bot: object, command: str, expected: str
):
    api.message_update(command, chat_id=-100555, chat_type="group", chat_title="Desk")
    (reply,) = await api.wait_for("sendMessage")
    assert reply.params["chat_id"] == -100555
    assert _visible(reply.params).startswith(expected)
