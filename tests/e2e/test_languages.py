"""Replies in the reader's language, through the real bot and the fake Bot API.

A reader's client language picks Russian, Ukrainian or Kazakh with nothing to do; /language
changes it for good (the choice is in the store, so it outlives the process); in a group
only the group's Telegram admins may change it. Menus and descriptions are set per language.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.language.words import words_for
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.e2e.telegram_html import parse_telegram_html

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends

GROUP = -100777
GROUP_ADMIN = 5001
GROUP_MEMBER = 5002


def _text(params: dict[str, Any]) -> str:
    text, _ = parse_telegram_html(str(params["text"]))
    return text


async def _say(api: FakeBotApi, text: str, **where: Any) -> dict[str, Any]:
    count = len(api.sent("sendMessage"))
    api.message_update(text, **where)
    calls = await api.wait_for("sendMessage", count=count + 1)
    return calls[count].params


async def _reply(api: FakeBotApi, text: str, **where: Any) -> str:
    return _text(await _say(api, text, **where))


async def test_a_reader_whose_client_says_ru_gets_russian(api: FakeBotApi, running_bot: object):
    text = await _reply(api, "/flows kazakhstan", language_code="ru")
    heading = words_for("ru").say("<b>Flows of people: {country}</b>", country="Казахстан")
    assert text.startswith(parse_telegram_html(heading)[0])
    assert "более 200\xa0000" in text
    assert "Ukrainska Pravda" in text  # an outlet's name stays as it is
    assert "4 окт. 2022\u202fг." in text
    assert "entered" not in text
    assert "published by" not in text.casefold()
    help_text = await _reply(api, "/help", language_code="ru")
    assert "/flows — " in help_text
    assert words_for("ru").say("Every command, with an example") in help_text
    assert "Every command" not in help_text


async def test_clients_in_ukrainian_kazakh_and_other_languages(
    api: FakeBotApi, running_bot: object
):
    ukrainian = await _reply(api, "/flows kazakhstan", language_code="uk", user_id=31, chat_id=31)
    assert "Казахстан" in ukrainian
    assert "понад 200\xa0000" in ukrainian
    kazakh = await _reply(api, "/flows kazakhstan", language_code="kk", user_id=32, chat_id=32)
    assert "Қазақстан" in kazakh
    assert "200\xa0000" in kazakh
    german = await _reply(api, "/flows kazakhstan", language_code="de", user_id=33, chat_id=33)
    assert "more than 200,000" in german
    unknown = await _reply(api, "/flows kazakhstan", language_code=None, user_id=34, chat_id=34)
    assert "more than 200,000" in unknown


async def test_language_choice_switches_survives_a_restart_and_switches_back(
    api: FakeBotApi, bot_env: dict[str, str]
):
    async with polling_bot(api):
        done = await _reply(api, "/language uk", language_code="ru")
        assert "українськ" in done.casefold()
        text = await _reply(api, "/flows kazakhstan", language_code="ru")
        assert "понад 200\xa0000" in text
        assert "более" not in text
    async with polling_bot(api):
        text = await _reply(api, "/flows kazakhstan", language_code="ru")
        assert "понад 200\xa0000" in text
        back = await _reply(api, "/language en", language_code="ru")
        assert "English" in back
        text = await _reply(api, "/flows kazakhstan", language_code="ru")
        assert "more than 200,000" in text


async def test_language_buttons_change_the_language(api: FakeBotApi, running_bot: object):
    menu = await _say(api, "/language")
    buttons = [button for row in menu["reply_markup"]["inline_keyboard"] for button in row]
    labels = [button["text"] for button in buttons]
    assert labels == ["✓ English", "Русский", "Українська", "Қазақ тілі"]
    message = api.sent("sendMessage")[-1].result
    edits = len(api.sent("editMessageText"))
    api.callback_update(buttons[3]["callback_data"], message=message)
    edited = await api.wait_for("editMessageText", count=edits + 1)
    assert "Қазақ тілі" in _text(edited[edits].params)
    text = await _reply(api, "/flows kazakhstan")
    assert "Қазақстан" in text


async def test_a_bad_language_is_refused_with_the_choices(api: FakeBotApi, running_bot: object):
    params = await _say(api, "/language klingon<b>")
    assert "klingon<b>" in _text(params)
    assert len(params["reply_markup"]["inline_keyboard"][0]) == 2
    assert "more than 200,000" in await _reply(api, "/flows kazakhstan")


async def test_only_a_groups_admins_change_its_language(api: FakeBotApi, running_bot: object):
    api.chat_admins[GROUP] = {GROUP_ADMIN}
    member = {"chat_id": GROUP, "chat_type": "group", "user_id": GROUP_MEMBER}
    admin = {"chat_id": GROUP, "chat_type": "group", "user_id": GROUP_ADMIN}
    # A group answers in English, whatever its members' clients say, until its admins choose.
    text = await _reply(api, "/flows kazakhstan", language_code="ru", **member)
    assert "more than 200,000" in text
    refused = await _reply(api, "/language ru", **member)
    assert "admin" in refused
    assert "more than 200,000" in await _reply(api, "/flows kazakhstan", **member)
    await _reply(api, "/language ru", **admin)
    text = await _reply(api, "/flows kazakhstan", language_code="en", **member)
    assert "более 200\xa0000" in text
    # A member's own private chat keeps its own language.
    private = await _reply(api, "/flows kazakhstan", user_id=GROUP_MEMBER, chat_id=GROUP_MEMBER)
    assert "more than 200,000" in private
    # The group's language buttons: a member's press is refused, in the group's language.
    menu = await _say(api, "/language", **member)
    english = menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    message = api.sent("sendMessage")[-1].result
    answers = len(api.sent("answerCallbackQuery"))
    api.callback_update(english, message=message, user_id=GROUP_MEMBER)
    (answer,) = (await api.wait_for("answerCallbackQuery", count=answers + 1))[answers:]
    assert answer.params["show_alert"] is True
    assert answer.params["text"] == words_for("ru").say(
        "Only this group's admins can change the language I answer in here."
    )
    assert "более 200\xa0000" in await _reply(api, "/flows kazakhstan", **member)
    api.callback_update(english, message=message, user_id=GROUP_ADMIN)
    await api.wait_for("editMessageText", count=1)
    assert "more than 200,000" in await _reply(api, "/flows kazakhstan", **member)


async def test_menus_and_descriptions_are_set_per_language(api: FakeBotApi, running_bot: object):
    default = api.commands['[{"type": "default"}, ""]']
    russian = api.commands['[{"type": "default"}, "ru"]']
    assert [command["command"] for command in default] == [c["command"] for c in russian]
    assert re.search(r"[а-я]", russian[0]["description"])
    for code in ("uk", "kk"):
        assert api.commands[f'[{{"type": "default"}}, "{code}"]'] != default
    curator = api.commands[f'[{{"chat_id": {ADMIN_ID}, "type": "chat"}}, "kk"]']
    assert "addfact" in [command["command"] for command in curator]
    assert set(api.descriptions) == {"", "ru", "uk", "kk"}
    assert set(api.short_descriptions) == {"", "ru", "uk", "kk"}
    assert len(set(api.descriptions.values())) == 4
    assert "/flows kazakhstan" in api.descriptions["ru"]
