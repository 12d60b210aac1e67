"""/follow, /unfollow and /following through the real bot and the fake Bot API (issue 14):
what a chat follows is stored as it says, in any language's country names; an unknown country
gets /flows' did-you-mean; the stop buttons work; in a group only its admins change it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language.words import words_for
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import bot_store
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

READER = 1001
GROUP = -100555
GROUP_ADMIN = 6001
GROUP_MEMBER = 6002


def _text(params: dict[str, Any]) -> str:
    text, _ = parse_telegram_html(str(params["text"]))
    return text


async def _say(api: FakeBotApi, text: str, **where: Any) -> dict[str, Any]:
    """Send a message; the params of the bot's reply to it."""
    count = len(api.sent("sendMessage"))
    api.message_update(text, **where)
    calls = await api.wait_for("sendMessage", count=count + 1)
    return calls[count].params


async def _reply(api: FakeBotApi, text: str, **where: Any) -> str:
    return _text(await _say(api, text, **where))


async def _press(api: FakeBotApi, data: str, *, user_id: int = READER) -> tuple[str, bool]:
    """Press a button of the bot's last message; the callback answer's text and whether it
    was an alert."""
    message = api.sent("sendMessage")[-1].result
    answers = len(api.sent("answerCallbackQuery"))
    api.callback_update(data, message=message, user_id=user_id)
    (answer,) = (await api.wait_for("answerCallbackQuery", count=answers + 1))[answers:]
    return str(answer.params.get("text", "")), bool(answer.params.get("show_alert"))


async def _followed(bot_env: dict[str, str], chat_id: int) -> list[str]:
    async with await bot_store(bot_env) as store:
        return await store.followed_by(chat_id)


def _buttons(params: dict[str, Any]) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


@pytest.mark.both_backends
async def test_follow_then_following_lists_it_and_unfollow_stops_it(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    assert await _reply(api, "/following") == (
        "You follow no country yet. Send /follow georgia to get new facts, corrections and "
        "retractions on Georgia here."
    )
    assert await _reply(api, "/follow georgia") == (
        "You now follow Georgia: new facts, corrections and retractions on Georgia will be "
        "sent here. /following lists what you follow."
    )
    assert await _followed(bot_env, READER) == ["GEO"]
    assert await _reply(api, "/follow GE") == (
        "You already follow Georgia. /following lists what you follow."
    )
    await _reply(api, "/follow Kazakhstan")
    listing = await _say(api, "/following")
    assert _text(listing).startswith("You follow\n• Georgia\n• Kazakhstan\n\n")
    assert _buttons(listing) == [
        ("Stop following Georgia", "unf:GEO"),
        ("Stop following Kazakhstan", "unf:KAZ"),
    ]
    assert await _reply(api, "/unfollow kazakhstan") == (
        "You no longer follow Kazakhstan: nothing more on it will be sent here."
    )
    assert await _reply(api, "/unfollow kazakhstan") == (
        "You do not follow Kazakhstan. /following lists what you follow."
    )
    assert await _followed(bot_env, READER) == ["GEO"]


@pytest.mark.both_backends
async def test_follow_without_a_country_and_with_an_unknown_one(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    usage = await _reply(api, "/follow")
    assert usage.startswith("Tell me which country: /follow kazakhstan")
    # The same did-you-mean as /flows, its examples naming /follow.
    flows = await _reply(api, "/flows georgai")
    follow = await _reply(api, "/follow georgai")
    assert follow == flows.replace("/flows", "/follow")
    assert "Did you mean" in follow
    assert "/follow georgia" in follow
    unknown = await _reply(api, "/follow xyzzy<b>")
    assert unknown == (await _reply(api, "/flows xyzzy<b>")).replace("/flows", "/follow")
    assert await _followed(bot_env, READER) == []


@pytest.mark.both_backends
async def test_country_names_in_other_languages_and_the_chats_language(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    russian = await _reply(api, "/follow Грузия", language_code="ru", user_id=21, chat_id=21)
    assert russian.startswith(
        words_for("ru").say(
            "You now follow {country}: new facts, corrections and retractions on {country} "
            "will be sent here. /following lists what you follow.",
            country="Грузия",
        )[:30]
    )
    kazakh = await _reply(api, "/follow Қазақстан", language_code="kk", user_id=22, chat_id=22)
    assert "Қазақстан" in kazakh
    # A name in the case the sentence wants (Kazakh accusative) is read as its country.
    inflected = await _reply(api, "/follow Грузияны", language_code="kk", user_id=22, chat_id=22)
    assert "Грузия" in inflected
    assert await _followed(bot_env, 21) == ["GEO"]
    assert await _followed(bot_env, 22) == ["GEO", "KAZ"]
    async with await bot_store(bot_env) as store:
        # The language each chat's notices will be written in.
        fact = await store.add_fact(make_draft(origin="KAZ", destination="GEO"), by="t")
        notices = {notice.chat_id: notice.language for notice in await store.pending_notices()}
    assert fact.id > 0
    assert notices == {21: "ru", 22: "kk"}


@pytest.mark.both_backends
async def test_the_stop_button_stops_following_and_updates_the_list(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    await _reply(api, "/follow georgia")
    await _reply(api, "/follow armenia")
    listing = await _say(api, "/following")
    stop_armenia = _buttons(listing)[0][1]
    assert stop_armenia == "unf:ARM"
    text, alert = await _press(api, stop_armenia)
    assert (text, alert) == (
        "You no longer follow Armenia: nothing more on it will be sent here.",
        False,
    )
    (edit,) = await api.wait_for("editMessageText", count=1)
    assert _text(edit.params).startswith("You follow\n• Georgia\n\n")
    assert _buttons(edit.params) == [("Stop following Georgia", "unf:GEO")]
    assert await _followed(bot_env, READER) == ["GEO"]
    # A second press of the same (old) button changes nothing and says so.
    text, _ = await _press(api, stop_armenia)
    assert text == "You do not follow Armenia. /following lists what you follow."
    assert await _followed(bot_env, READER) == ["GEO"]


@pytest.mark.both_backends
async def test_in_a_group_only_its_admins_change_what_it_follows(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    api.chat_admins[GROUP] = {GROUP_ADMIN}
    member = {"chat_id": GROUP, "chat_type": "supergroup", "user_id": GROUP_MEMBER}
    admin = {"chat_id": GROUP, "chat_type": "supergroup", "user_id": GROUP_ADMIN}
    refusal = "Only this group's admins can change what it follows."
    assert await _reply(api, "/follow georgia", **member) == refusal
    assert await _followed(bot_env, GROUP) == []
    assert await _reply(api, "/follow georgia", **admin) == (
        "This group now follows Georgia: new facts, corrections and retractions on Georgia "
        "will be sent here. /following lists what it follows."
    )
    assert await _reply(api, "/unfollow georgia", **member) == refusal
    # Anyone may look; a member's press of a stop button is refused with an alert.
    listing = await _say(api, "/following@FactBot", **member)
    assert _text(listing).startswith("This group follows\n• Georgia")
    text, alert = await _press(api, "unf:GEO", user_id=GROUP_MEMBER)
    assert (text, alert) == (refusal, True)
    assert await _followed(bot_env, GROUP) == ["GEO"]
    assert api.sent("editMessageText") == []
    # An anonymous admin writes as the group itself.
    anonymous = {**member, "extra": {"sender_chat": {"id": GROUP, "type": "supergroup"}}}
    assert (await _reply(api, "/follow armenia", **anonymous)).startswith(
        "This group now follows Armenia"
    )
    await _say(api, "/following", **admin)
    text, alert = await _press(api, "unf:GEO", user_id=GROUP_ADMIN)
    assert (text, alert) == (
        "This group no longer follows Georgia: nothing more on it will be sent here.",
        False,
    )
    assert await _followed(bot_env, GROUP) == ["ARM"]
    # A private chat's follows are its own.
    assert await _followed(bot_env, GROUP_MEMBER) == []
