"""Questions in the reader's own words, unknown commands and chatter, through the real bot.

In a private chat every message gets a reply Telegram accepts; in a group the bot answers
only what is said to it. The fake Bot API refuses bad HTML and long messages, and the harness
fails the test if it refused anything.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog

from bot.logs import configure_logging
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.e2e.telegram_html import parse_telegram_html

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends

GROUP = -100555


def _text(call_params: dict[str, object]) -> str:
    text, _ = parse_telegram_html(str(call_params["text"]))
    return text


async def _ask(api: FakeBotApi, text: str, **where: object) -> str:
    count = len(api.sent("sendMessage"))
    api.message_update(text, **where)  # type: ignore[arg-type]
    calls = await api.wait_for("sendMessage", count=count + 1)
    return _text(calls[count].params)


# Each question in its language, and figures its answer must lead with, cited.
QUESTIONS = [
    ("How many Russians entered Kazakhstan?", "more than 200,000 Russian citizens entered"),
    ("how many people left kazakhstan", "147,000 Russian citizens left Kazakhstan"),
    ("Сколько россиян въехало в Казахстан 3 октября?", "7,000 Russian citizens entered"),
    ("Скільки людей виїхало з Казахстану 3 жовтня?", "about 11,000 people left Kazakhstan"),
    ("Қазақстанға қанша ресейлік кірді?", "more than 200,000 Russian citizens entered"),
    ("how many Russians applied for Kazakh citizenship", "441 citizens of the Russian Fed"),
    ("will Kazakhstan extradite draft dodgers", "would be forced to extradite"),
]


@pytest.mark.parametrize(("question", "lead"), QUESTIONS)
async def test_questions_in_four_languages_get_cited_answers(
    api: FakeBotApi, running_bot: object, question: str, lead: str
):
    text = await _ask(api, question)
    first = text.split("▪️ ")[1]
    assert lead in first
    assert "Ukrainska Pravda" in first
    assert "4 Oct 2022" in first
    assert text.rstrip().endswith(("/flows kazakhstan", "/flows russia"))


async def test_a_country_with_no_facts_is_answered_honestly(api: FakeBotApi, running_bot: object):
    text = await _ask(api, "How many Russians entered Mongolia?")
    assert "No facts are recorded for Mongolia" in text
    assert "200,000" not in text
    assert "Kazakhstan" in text  # what the store does hold


async def test_unknown_and_mistyped_commands_suggest_the_nearest(
    api: FakeBotApi, running_bot: object
):
    mistyped = await _ask(api, "/flow kazakhstan")
    assert "I don't know the command /flow" in mistyped
    assert "Did you mean /flows?" in mistyped
    assert "/help" in mistyped
    searched = await _ask(api, "/serch citizenship")
    assert "Did you mean /search?" in searched
    unknown = await _ask(api, "/foo")
    assert "I don't know the command /foo" in unknown
    assert "Did you mean" not in unknown
    assert "/help" in unknown


async def test_greetings_emoji_and_stickers_get_a_pointer(api: FakeBotApi, running_bot: object):
    for message in ("hi", "спасибо", "👍"):
        assert "in your own words" in await _ask(api, message)
    count = len(api.sent("sendMessage"))
    sticker = {"file_id": "CAAC-1", "file_unique_id": "u1", "type": "regular", "width": 512,
               "height": 512, "is_animated": False, "is_video": False, "emoji": "😀"}  # fmt: skip
    api.message_update("", extra={"sticker": sticker})
    photo = [{"file_id": "AgAC-1", "file_unique_id": "p1", "width": 90, "height": 90}]
    api.message_update("", extra={"photo": photo})
    calls = await api.wait_for("sendMessage", count=count + 2)
    assert all("in your own words" in _text(call.params) for call in calls[count:])


async def test_in_a_group_only_what_is_said_to_the_bot_is_answered(
    api: FakeBotApi, running_bot: object
):
    group: dict[str, Any] = {"chat_id": GROUP, "chat_type": "supergroup", "chat_title": "Newsroom"}
    api.message_update("how many russians entered kazakhstan, anyone know?", **group)
    api.message_update("/foo", **group)
    api.message_update("/flow kazakhstan", **group)
    sticker = {"file_id": "CAAC-2", "file_unique_id": "u2", "type": "regular", "width": 512,
               "height": 512, "is_animated": False, "is_video": False}  # fmt: skip
    api.message_update("", extra={"sticker": sticker}, **group)
    mentioned = await _ask(api, "@FactBot how many people left kazakhstan?", **group)
    assert "147,000 Russian citizens left Kazakhstan" in mentioned
    # Only the question that mentioned the bot was answered.
    assert len(api.sent("sendMessage")) == 1
    bot_message = api.sent("sendMessage")[0].result
    reply = await _ask(
        api, "and how many came in?", extra={"reply_to_message": bot_message}, **group
    )
    assert "more than 200,000" in reply
    addressed = await _ask(api, "/flow@FactBot kazakhstan", **group)
    assert "Did you mean /flows?" in addressed
    assert len(api.sent("sendMessage")) == 3


async def test_inline_mode_reads_a_question_as_the_chat_does(api: FakeBotApi, running_bot: object):
    chat = await _ask(api, "how many left kazakhstan")
    api.inline_update("how many left kazakhstan")
    (call,) = await api.wait_for("answerInlineQuery")
    offered = [result["id"] for result in call.params["results"]]
    stated = [f"fact-{part.split()[0]}" for part in chat.split("fact #")[1:]]
    assert offered == stated == ["fact-2", "fact-4"]


@pytest.fixture(name="log_output")
def _log_output(bot_env: dict[str, str]) -> Iterator[io.StringIO]:
    output = io.StringIO()
    configure_logging(level="INFO", log_format="json", stream=output)
    yield output
    logging.getLogger().handlers.clear()
    structlog.reset_defaults()


async def test_question_text_is_never_logged_at_info(api: FakeBotApi, log_output: io.StringIO):
    async with polling_bot(api):
        await _ask(api, "Сколько россиян въехало в Казахстан, огурцы?")
        await _ask(api, "/zzsecretcommand please")
        api.inline_update("how many left kazakhstan secretword")
        await api.wait_for("answerInlineQuery")
    logged = log_output.getvalue()
    for secret in ("огурц", "zzsecret", "secretword", "россиян"):
        assert secret not in logged
    lines = [json.loads(line) for line in logged.splitlines()]
    (answered,) = [line for line in lines if line["event"] == "question_answered"]
    assert answered["language"] == "ru"
    assert answered["places"] == ["KAZ:into"]
    assert answered["outcome"] == "answered"
    commands = {line.get("command") for line in lines if line["event"] == "update_handled"}
    assert "unknown" in commands
