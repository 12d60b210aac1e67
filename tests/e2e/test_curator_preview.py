"""A curator's edit or retraction that followers will be told of is shown first, with how many
it will notify, and saved only on Save, once (issue 14); one nobody follows saves at once."""

from __future__ import annotations

from typing import Any

import pytest

from storage import FactStatus
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import bot_store, polling_bot
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

READER = 1001


def _text(params: dict[str, Any]) -> str:
    text, _ = parse_telegram_html(str(params["text"]))
    return text


async def _say(api: FakeBotApi, text: str, *, user_id: int = ADMIN_ID) -> dict[str, Any]:
    count = len(api.sent("sendMessage"))
    api.message_update(text, user_id=user_id, chat_id=user_id)
    calls = await api.wait_for("sendMessage", count=count + 1)
    return calls[count].params


def _buttons(params: dict[str, Any]) -> dict[str, str]:
    rows = params["reply_markup"]["inline_keyboard"]
    return {button["text"]: button["callback_data"] for row in rows for button in row}


async def _press(api: FakeBotApi, data: str, *, times: int = 1) -> list[dict[str, Any]]:
    """Press a button of the bot's last message ``times`` times at once; the answers."""
    message = api.sent("sendMessage")[-1].result
    answers = len(api.sent("answerCallbackQuery"))
    for _ in range(times):
        api.callback_update(data, message=message, user_id=ADMIN_ID)
    calls = await api.wait_for("answerCallbackQuery", count=answers + times)
    return [call.params for call in calls[answers:]]


async def _georgia_fact(bot_env: dict[str, str]) -> int:
    async with await bot_store(bot_env) as store:
        return (await store.add_fact(make_draft(), by="test")).id  # Russia -> Georgia


async def _fact(bot_env: dict[str, str], fact_id: int) -> tuple[int, FactStatus, int]:
    """The fact's version and status, and the notices owed for its current version."""
    async with await bot_store(bot_env) as store:
        fact = await store.get_fact(fact_id)
        return fact.version, fact.status, await store.notices_owed_for(fact_id, fact.version)


@pytest.mark.both_backends
async def test_an_edit_followers_will_see_is_saved_only_on_save_and_once(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    fact_id = await _georgia_fact(bot_env)
    await _say(api, "/follow georgia", user_id=READER)
    preview = await _say(api, f"/editfact {fact_id} value=60000")
    assert _text(preview).startswith(
        f"Fact #{fact_id} is not changed yet. This edit changes:\n• value: 50000 → 60000\n\n"
    )
    assert _text(preview).endswith("This will notify 1 follower (chats following Georgia).")
    assert set(_buttons(preview)) == {"Save", "Cancel"}
    assert (await _fact(bot_env, fact_id))[0] == 1

    (cancelled,) = await _press(api, _buttons(preview)["Cancel"])
    assert "show_alert" not in cancelled
    (edit,) = await api.wait_for("editMessageText", count=1)
    assert _text(edit.params) == f"Cancelled: fact #{fact_id} was not changed."
    assert await _fact(bot_env, fact_id) == (1, FactStatus.PUBLISHED, 0)  # added before the follow

    preview = await _say(api, f"/editfact {fact_id} value=60000")
    first, second = await _press(api, _buttons(preview)["Save"], times=2)
    assert "show_alert" not in first
    assert second["show_alert"] is True
    assert "expired" in second["text"]
    edits = await api.wait_for("editMessageText", count=2)
    saved = _text(edits[1].params)
    assert saved.startswith(f"Fact #{fact_id} is now version 2.\n• value: 50000 → 60000")
    assert saved.endswith("1 follower will be notified.")
    assert len(api.sent("editMessageText")) == 2
    assert await _fact(bot_env, fact_id) == (2, FactStatus.PUBLISHED, 1)


@pytest.mark.both_backends
async def test_a_retraction_followers_will_see_is_shown_with_its_reason_first(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    fact_id = await _georgia_fact(bot_env)
    await _say(api, "/follow georgia", user_id=READER)
    await _say(api, "/follow russia", user_id=READER + 1)
    preview = await _say(api, f"/retract {fact_id} counted twice")
    text = _text(preview)
    assert text.startswith(f"Retract fact #{fact_id}? Nothing is changed yet.\n\n▪️ ")
    assert "Reason: counted twice" in text
    assert text.endswith("This will notify 2 followers (chats following Georgia, Russia).")
    assert (await _fact(bot_env, fact_id))[1] is FactStatus.PUBLISHED
    await _press(api, _buttons(preview)["Save"])
    (edit,) = await api.wait_for("editMessageText", count=1)
    assert _text(edit.params).startswith(
        f"Fact #{fact_id} is retracted and no longer appears in answers."
    )
    assert _text(edit.params).endswith("2 followers will be notified.")
    assert await _fact(bot_env, fact_id) == (2, FactStatus.RETRACTED, 2)


@pytest.mark.both_backends
async def test_a_change_nobody_follows_is_saved_at_once(api: FakeBotApi, running_bot: object):
    await _say(api, "/follow georgia", user_id=READER)  # fact 1 is Russia -> Kazakhstan
    reply = await _say(api, "/editfact 1 value=210000")
    assert "reply_markup" not in reply
    assert _text(reply).startswith("Fact #1 is now version 2.")
    assert _text(reply).endswith(
        "No chat follows the countries of this fact: nobody was notified."
    )


@pytest.mark.both_backends
async def test_a_preview_of_a_fact_changed_meanwhile_is_refused(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    fact_id = await _georgia_fact(bot_env)
    await _say(api, "/follow georgia", user_id=READER)
    preview = await _say(api, f"/editfact {fact_id} value=60000")
    async with await bot_store(bot_env) as store:
        await store.edit_fact(fact_id, {"value": "70000"}, by="another curator")
    await _press(api, _buttons(preview)["Save"])
    (edit,) = await api.wait_for("editMessageText", count=1)
    assert _text(edit.params) == (
        f"Nothing changed: fact #{fact_id} was changed meanwhile (it is now version 2); "
        "look at it again before changing it."
    )
    assert (await _fact(bot_env, fact_id))[0] == 2


@pytest.mark.both_backends
async def test_a_preview_survives_a_restart_and_saves_once(
    api: FakeBotApi, bot_env: dict[str, str]
):
    """The pending retraction is kept in the curator's session in the store, not in the
    process: Save works after a restart (or on another replica), and only once."""
    fact_id = await _georgia_fact(bot_env)
    async with polling_bot(api):
        await _say(api, "/follow georgia", user_id=READER)
        preview = await _say(api, f"/retract {fact_id} duplicate")
    async with polling_bot(api):
        (answer,) = await _press(api, _buttons(preview)["Save"])
        assert "show_alert" not in answer
        await api.wait_for("editMessageText", count=1)
    assert (await _fact(bot_env, fact_id))[:2] == (2, FactStatus.RETRACTED)
    async with polling_bot(api):
        (again,) = await _press(api, _buttons(preview)["Save"])
    assert again["show_alert"] is True
    assert again["text"].startswith("This preview has expired")
    assert (await _fact(bot_env, fact_id))[:2] == (2, FactStatus.RETRACTED)


@pytest.mark.both_backends
async def test_readers_cannot_press_a_curators_save(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    fact_id = await _georgia_fact(bot_env)
    await _say(api, "/follow georgia", user_id=READER)
    preview = await _say(api, f"/retract {fact_id} duplicate")
    message = api.sent("sendMessage")[-1].result
    api.callback_update(_buttons(preview)["Save"], message=message, user_id=READER)
    (answer,) = await api.wait_for("answerCallbackQuery", count=1)
    assert answer.params["text"] == "Only curators can change facts."
    assert (await _fact(bot_env, fact_id))[:2] == (1, FactStatus.PUBLISHED)
