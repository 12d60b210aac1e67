"""/addfact through the real Application and the fake Bot API server: a curator adds a fact.

The curator types answers and presses buttons as Telegram would deliver them; the tests read
what the bot sends back, as the curator would see it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from storage import load_seed
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.harness import bot_store, polling_bot
from tests.e2e.telegram_html import parse_telegram_html

READER_ID = 1001
GROUP_ID = -100777
REFUSAL = "Only curators can change facts."
EXPIRED = "This preview has expired: nothing was saved. Send /addfact again."
CLAIM = "About 50,000 Russians entered Georgia in a week."
QUOTE = "About 50,000 Russians have crossed into Georgia."
# The shipped facts name Georgia, but in no flow.
NO_GEORGIA_FLOWS = "No flows into or out of Georgia are recorded."


@dataclass(frozen=True)
class Press:
    """Pressing the button with this label on the bot's last message."""

    label: str


# Every question of the guided /addfact answered for a Russia → Georgia flow, in order.
GEORGIA: list[str | Press] = [
    Press("Entered"), "Russian citizens", "Russia", "Georgia", Press("Skip"),
    Press("About"), "50,000", "2022-09-21", "2022-09-28", Press("Skip"),
    CLAIM, QUOTE,
    "Vakhtang Gomelauri", Press("Person"), "Interior Minister of Georgia",
    "Interpressnews", Press("Outlet"), Press("Skip"),
    "Example Times", "Russians cross into Georgia", "2022-09-28T18:00+03:00",
    "https://example.org/georgia", "A. Reporter",
]  # fmt: skip
ONE_MESSAGE = (
    "/addfact metric=entered counted='Russian citizens' origin=russia destination=georgia "
    "value=50000 qualifier=about period_start=2022-09-21 period_end=2022-09-28 "
    f"claim='{CLAIM}' quote='{QUOTE}' attributed_to='Vakhtang Gomelauri' "
    "attributed_to_description='Interior Minister of Georgia' carried_by=Interpressnews "
    "publisher='Example Times' title='Russians cross into Georgia' author='A. Reporter' "
    "published_at=2022-09-28T18:00:00+03:00 url=https://example.org/georgia"
)
ENTRY = (
    "▪️ about 50,000 Russian citizens entered Georgia from Russia\n21–28 Sept 2022 · {label}\n"
    "Said by Vakhtang Gomelauri, Interior Minister of Georgia · via Interpressnews · "
    "published by Example Times (A. Reporter), 28 Sept 2022, 18:00 UTC+03:00"
)


def _visible(call: Call) -> str:
    text, _ = parse_telegram_html(str(call.params["text"]))
    return text


@dataclass(frozen=True)
class Reply:
    """A message the bot sent: the request, and the message as the fake stored it."""

    call: Call
    message: dict[str, Any]

    @property
    def text(self) -> str:
        """What the user sees."""
        return _visible(self.call)

    @property
    def buttons(self) -> dict[str, str]:
        """Each button's label and callback data."""
        markup = self.call.params.get("reply_markup") or {"inline_keyboard": []}
        return {
            key["text"]: key["callback_data"] for row in markup["inline_keyboard"] for key in row
        }


class Chat:
    """One person in one chat with the bot: sends messages, presses buttons, reads replies."""

    def __init__(
        self, api: FakeBotApi, user_id: int = ADMIN_ID, chat_id: int | None = None,
        chat_type: str = "private",
    ) -> None:  # fmt: skip
        self.api, self.user_id, self.chat_type = api, user_id, chat_type
        self.chat_id = user_id if chat_id is None else chat_id

    async def _next(self, method: str, action: Callable[[], object]) -> Call:
        seen = len(self.api.sent(method))
        action()
        return (await self.api.wait_for(method, count=seen + 1))[seen]

    async def _reply(self, action: Callable[[], object]) -> Reply:
        call = await self._next("sendMessage", action)
        message = call.result
        assert message["chat"]["id"] == self.chat_id
        assert message["text"] == _visible(call)
        return Reply(call, message)

    async def send(self, text: str) -> Reply:
        """Send ``text``; the bot's next message."""
        return await self._reply(
            lambda: self.api.message_update(
                text, user_id=self.user_id, chat_id=self.chat_id, chat_type=self.chat_type
            )
        )

    def _press(self, label: str, on: Reply) -> None:
        assert label in on.buttons, f"no button {label!r} under {on.text!r}: {on.buttons}"
        self.api.callback_update(on.buttons[label], message=on.message, user_id=self.user_id)

    async def press(self, label: str, on: Reply) -> Call:
        """Press a button under the bot's message ``on``; the bot's answer to the press."""
        return await self._next("answerCallbackQuery", lambda: self._press(label, on))

    async def press_and_edit(self, label: str, on: Reply) -> tuple[Call, str]:
        """Press a button that changes its message; the answer, and the message's new text."""
        seen = len(self.api.sent("editMessageText"))
        answer = await self.press(label, on)
        edited = (await self.api.wait_for("editMessageText", count=seen + 1))[seen]
        return answer, _visible(edited)

    async def choose(self, label: str, on: Reply) -> Reply:
        """Press a button that leads on; the bot's next message."""
        return await self._reply(lambda: self._press(label, on))

    async def answer_all(self, answers: list[str | Press], question: Reply) -> Reply:
        """Answer each question in turn, typed or pressed; the bot's last message."""
        for answer in answers:
            if isinstance(answer, Press):
                question = await self.choose(answer.label, question)
            else:
                question = await self.send(answer)
        return question


async def _saved(chat: Chat, preview: Reply) -> int:
    """Press Save under ``preview``; the new fact's id."""
    answer, edited = await chat.press_and_edit("Save", preview)
    assert answer.params["text"].startswith("Saved as fact #")
    fact_id = int(answer.params["text"].removeprefix("Saved as fact #").rstrip("."))
    assert edited.startswith(f"Saved as fact #{fact_id}.")
    return fact_id


async def _count_facts(bot_env: dict[str, str]) -> int:
    async with await bot_store(bot_env) as store:
        return int(await store.count_facts())


@pytest.fixture(name="curator")
def _curator(api: FakeBotApi, running_bot: object) -> Chat:
    return Chat(api)


async def test_guided_addfact_saves_a_flow_that_flows_then_shows_cited(curator: Chat):
    first = await curator.send("/addfact")
    assert "Adding a fact" in first.text
    assert "Entered" in first.buttons
    preview = await curator.answer_all(GEORGIA, first)
    assert preview.text.startswith("Preview")
    assert ENTRY.format(label="new fact") in preview.text
    assert f"Quote: “{QUOTE}”" in preview.text
    fact_id = await _saved(curator, preview)
    flows = await curator.send("/flows georgia")
    assert ENTRY.format(label=f"fact #{fact_id}") in flows.text


async def test_one_message_addfact_saves_a_flow(curator: Chat):
    preview = await curator.send(ONE_MESSAGE)
    assert ENTRY.format(label="new fact") in preview.text
    assert set(preview.buttons) == {"Save", "Cancel"}
    assert all(len(data.encode()) <= 64 for data in preview.buttons.values())
    fact_id = await _saved(curator, preview)
    flows = await curator.send("/flows georgia")
    assert ENTRY.format(label=f"fact #{fact_id}") in flows.text


async def test_one_message_addfact_names_each_bad_field(curator: Chat):
    reply = await curator.send("/addfact metric=entered value=-5 origin=narnia id=7 <b>=1")
    text = reply.text
    assert text.startswith("Not added:")
    assert "origin: 'narnia' is not a country I know" in text
    assert "value: " in text
    assert "id: is not a fact field" in text
    assert "<b>: is not a fact field" in text
    assert reply.buttons == {}


async def test_bad_answers_are_explained_and_asked_again(curator: Chat):
    question = await curator.answer_all(
        [Press("Entered"), "Russian citizens"], await curator.send("/addfact")
    )
    assert question.text.startswith("Origin")
    again = await curator.send("Narnia")
    assert again.text.startswith("I don't know a country called “Narnia”.")
    assert "Origin: the country they came from" in again.text
    question = await curator.answer_all(
        ["Russia", "Georgia", Press("Skip"), Press("About")], again
    )
    negative = await curator.send("-5")
    assert negative.text.startswith("A count cannot be negative.\n\nThe number")
    fraction = await curator.send("5.5")
    assert fraction.text.startswith("Write a whole number")
    start = await curator.send("50 000")
    assert start.text.startswith("The first day of the period")
    impossible = await curator.send("2022-02-30")
    assert impossible.text.startswith("2022-02-30 is not a real day.\n\nThe first day")
    # The period ends before it starts: each day is real, so this shows only at the end.
    rest: list[str | Press] = ["2022-09-28", "2022-09-21", Press("Skip")]
    rest += ["More than 50,000 <Russians> & others"]
    rest += GEORGIA[GEORGIA.index(QUOTE) :]
    mismatch = await curator.answer_all(rest, start)
    assert mismatch.text.startswith(
        "These answers do not fit together:\n• period_end: ends before period_start\n\n"
        "The last day of the period"
    )
    preview = await curator.send("2022-10-01")
    assert "about 50,000 Russian citizens entered Georgia from Russia" in preview.text
    assert "28 Sept\u2009–\u20091 Oct 2022 · new fact" in preview.text
    assert "Claim: More than 50,000 <Russians> & others" in preview.text


@pytest.mark.both_backends
async def test_cancel_mid_way_stores_nothing(api: FakeBotApi, bot_env: dict[str, str]):
    async with polling_bot(api):
        curator = Chat(api)
        first = await curator.send("/addfact")
        await curator.answer_all(GEORGIA[:4], first)
        cancelled = await curator.send("/cancel")
        assert cancelled.text == "Cancelled: nothing was saved. Send /addfact to start again."
        # The conversation is over: a typed answer is read as a question, not taken as the
        # next field, and /cancel says there is nothing to cancel.
        answered = await curator.send("Georgia")
        assert "fact #15" in answered.text
        assert "/flows georgia" in answered.text
        again = await curator.send("/cancel")
        assert again.text == "There is nothing to cancel."
        # A button from the cancelled conversation is answered, and changes nothing.
        closed = await curator.press("Entered", first)
        assert closed.params["text"] == "That question is closed. Send /addfact to add a fact."
    assert await _count_facts(bot_env) == len(load_seed())


@pytest.mark.both_backends
async def test_timeout_drops_the_draft_and_its_preview(
    api: FakeBotApi, bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    """The curator reaches the preview, then says nothing: the draft and its Save button go."""
    monkeypatch.setenv("FACTBOT_ADDFACT_TIMEOUT", "2")
    async with polling_bot(api):
        curator = Chat(api)
        preview = await curator.answer_all(GEORGIA, await curator.send("/addfact"))
        assert preview.text.startswith("Preview")
        seen = len(api.sent())
        (timed_out,) = (await api.wait_for("sendMessage", count=seen + 1, timeout=10))[seen:]
        assert _visible(timed_out) == (
            "Time is up: the fact you were adding was dropped and nothing was saved. "
            "Send /addfact to start again."
        )
        answer = await curator.press("Save", preview)
        assert answer.params["text"] == EXPIRED
        flows = await curator.send("/flows georgia")
        assert flows.text.startswith(NO_GEORGIA_FLOWS)
    assert await _count_facts(bot_env) == len(load_seed())


async def test_duplicate_is_refused_naming_the_stored_fact(curator: Chat):
    fact_id = await _saved(curator, await curator.send(ONE_MESSAGE))
    again = await curator.send(ONE_MESSAGE)
    assert again.text == (
        f"Not added: the same fact is already stored as fact #{fact_id}. "
        f"See it with /fact {fact_id}."
    )
    assert again.buttons == {}
    guided = await curator.answer_all(GEORGIA, await curator.send("/addfact"))
    assert f"already stored as fact #{fact_id}" in guided.text


async def test_duplicate_is_refused_on_save_too(curator: Chat):
    """Two previews of one fact: the first Save stores it, the second is refused."""
    first = await curator.send(ONE_MESSAGE)
    second = await curator.send(ONE_MESSAGE)
    fact_id = await _saved(curator, first)
    answer, edited = await curator.press_and_edit("Save", second)
    assert answer.params["text"] == "Not saved: a duplicate."
    assert f"already stored as fact #{fact_id}" in edited


@pytest.mark.both_backends
async def test_readers_cannot_add_facts(api: FakeBotApi, running_bot: object):
    """In a group, a reader's /addfact (either form) and press on a curator's Save do nothing."""
    curator = Chat(api, chat_id=GROUP_ID, chat_type="supergroup")
    reader = Chat(api, user_id=READER_ID, chat_id=GROUP_ID, chat_type="supergroup")
    assert (await reader.send("/addfact")).text == REFUSAL
    assert (await reader.send(ONE_MESSAGE)).text == REFUSAL
    assert (await Chat(api, user_id=READER_ID).send(ONE_MESSAGE)).text == REFUSAL
    preview = await curator.send(ONE_MESSAGE)
    pressed = await reader.press("Save", preview)
    assert pressed.params["text"] == REFUSAL
    assert api.sent("editMessageText") == []
    assert (await reader.send("/flows georgia")).text.startswith(NO_GEORGIA_FLOWS)
    # The reader's press left the curator's preview as it was.
    await _saved(curator, preview)


async def test_cancel_button_stores_nothing_and_used_buttons_expire(curator: Chat):
    cancelled = await curator.send(ONE_MESSAGE)
    answer, edited = await curator.press_and_edit("Cancel", cancelled)
    assert answer.params["text"] == "Cancelled."
    assert edited == "Cancelled: nothing was saved."
    assert (await curator.press("Save", cancelled)).params["text"] == EXPIRED
    assert (await curator.send("/flows georgia")).text.startswith(NO_GEORGIA_FLOWS)
    saved = await curator.send(ONE_MESSAGE)
    await _saved(curator, saved)
    assert (await curator.press("Save", saved)).params["text"] == EXPIRED
    assert (await curator.press("Cancel", saved)).params["text"] == EXPIRED


async def test_one_message_preview_works_during_a_guided_conversation(curator: Chat):
    question = await curator.answer_all(GEORGIA[:3], await curator.send("/addfact"))
    assert question.text.startswith("Destination")
    preview = await curator.send(ONE_MESSAGE)
    await _saved(curator, preview)
    # The guided conversation goes on where it was.
    citizenship = await curator.send("Georgia")
    assert citizenship.text.startswith("Their citizenship")
