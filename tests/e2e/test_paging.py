"""Long answers: one message with ◀ ▶ buttons, paged forward and back, even after a restart.

Each page is read from the cursor its button carries (bot.answers.windows), so these press
the real buttons through the fake Bot API and check what a reader would: every fact once,
◀ back to exactly the page before, buttons that still work once the bot has restarted.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bot.answers import facts_answer
from bot.language.words import words_for
from bot.paging import CALLBACK_LIMIT
from storage import load_seed
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.harness import bot_store, polling_bot
from tests.factories import draft_data, make_draft

_DAY = date(2021, 3, 1)


async def _seed_many(bot_env: dict[str, str], language: str = "en") -> list[str]:
    """The shipped facts and 300 Georgian flows; the messages /facts georgia first shows."""
    async with await bot_store(bot_env) as store:
        await store.add_facts(load_seed(), by="seed")
        drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(1, 301)]
        await store.add_facts(drafts, by="test")
        return await facts_answer(store, "georgia", words_for(language))


async def _seed_mongolia(bot_env: dict[str, str]) -> set[int]:
    """200 flows of Mongolia, 150 in and 50 out, five to a day; their ids."""
    async with await bot_store(bot_env) as store:
        drafts = []
        for n in range(200):
            into = n < 150
            drafts.append(
                make_draft(**draft_data(
                    metric="entered" if into else "left",
                    origin="CHN" if into else "MNG",
                    destination="MNG" if into else "RUS",
                    citizenship="CHN",
                    figure={"qualifier": "more_than", "value": 100 + n},
                    period_start=(_DAY + timedelta(days=n)).isoformat(),
                    period_end=None,
                    as_of=(_DAY + timedelta(days=300 + n // 5)).isoformat(),
                ))
            )  # fmt: skip
        await store.add_facts(drafts, by="test")
        return {fact.id async for fact in store.iter_facts()}


def _buttons(call: Call) -> dict[str, str]:
    markup = call.params.get("reply_markup") or {}
    return {
        button["text"]: button["callback_data"]
        for row in markup.get("inline_keyboard", [])
        for button in row
    }


def _arrows(call: Call) -> dict[str, str]:
    return {label: data for label, data in _buttons(call).items() if label in ("◀", "▶")}


async def _press(api: FakeBotApi, message: dict[str, object], data: str, **who: object) -> Call:
    edits = len(api.sent("editMessageText"))
    api.callback_update(data, message=message, **who)  # type: ignore[arg-type]
    return (await api.wait_for("editMessageText", count=edits + 1))[edits]


def _fact_ids(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"fact #(\d+)", text)]


@pytest.mark.both_backends
async def test_paging_through_200_flows_shows_each_once_and_goes_back(
    api: FakeBotApi, bot_env: dict[str, str]
):
    stored = await _seed_mongolia(bot_env)
    async with polling_bot(api):
        api.message_update("/flows mongolia")
        (first,) = await api.wait_for("sendMessage")
        assert "(the newest 10 of 150)" in first.params["text"]
        assert "(the newest 10 of 50)" in first.params["text"]
        shown = [first]
        while "▶" in _buttons(shown[-1]):
            assert len(shown) < 100
            data = _buttons(shown[-1])
            assert all(len(value.encode()) <= CALLBACK_LIMIT for value in data.values())
            shown.append(await _press(api, shown[-1].result, data["▶"]))
        ids = [fact_id for call in shown for fact_id in _fact_ids(call.params["text"])]
        assert sorted(ids) == sorted(stored)  # every flow, exactly once
        assert "◀" not in _buttons(first)

        back = [shown[-1]]
        while "◀" in _buttons(back[-1]):
            back.append(await _press(api, back[-1].result, _buttons(back[-1])["◀"]))
        assert [call.params["text"] for call in back[::-1]] == [
            call.params["text"] for call in shown
        ]
    assert len(api.sent("sendMessage")) == 1  # one message, paged in place


@pytest.mark.both_backends
async def test_a_page_button_still_works_after_a_restart(api: FakeBotApi, bot_env: dict[str, str]):
    await _seed_mongolia(bot_env)
    async with polling_bot(api):
        api.message_update("/flows mongolia")
        (first,) = await api.wait_for("sendMessage")
        second = await _press(api, first.result, _buttons(first)["▶"])
        third = await _press(api, second.result, _buttons(second)["▶"])
        fourth = await _press(api, third.result, _buttons(third)["▶"])
        third = await _press(api, fourth.result, _buttons(fourth)["◀"])
    async with polling_bot(api):
        # The third page's buttons were sent by the bot before it restarted.
        again = await _press(api, third.result, _arrows(third)["▶"])
        assert again.params["text"] == fourth.params["text"]
        before = await _press(api, again.result, _arrows(again)["◀"])
        assert before.params["text"] == third.params["text"]
        assert "◀" in _buttons(before)


@pytest.mark.both_backends
async def test_facts_pages_forward_and_back_with_every_press_answered(
    api: FakeBotApi, bot_env: dict[str, str]
):
    first_messages = await _seed_many(bot_env)
    async with polling_bot(api):
        api.message_update("/facts georgia")
        (first,) = await api.wait_for("sendMessage")
        assert first.params["text"] == first_messages[0]
        buttons = _buttons(first)
        assert list(buttons)[1:] == ["▶"]
        second = await _press(api, first.result, buttons["▶"])
        assert second.params["text"] == first_messages[1]
        assert next(iter(_buttons(second))) == "◀"
        back = await _press(api, second.result, _buttons(second)["◀"])
        assert back.params["text"] == first_messages[0]

        counter = next(label for label in buttons if label not in ("◀", "▶"))
        api.callback_update(buttons[counter], message=first.result)
        answers = await api.wait_for("answerCallbackQuery", count=3)
        assert len(answers) == 3  # every press is answered, the page counter too


@pytest.mark.both_backends
async def test_a_long_query_button_explains_itself_after_a_restart(
    api: FakeBotApi, bot_env: dict[str, str]
):
    await _seed_many(bot_env)
    long_query = "georgia " * 8
    async with polling_bot(api):
        api.message_update(f"/search {long_query}")
        (first,) = await api.wait_for("sendMessage")
        buttons = _buttons(first)
        assert buttons["▶"].startswith("pg:s*:")  # the query is kept server-side
        second = await _press(api, first.result, buttons["▶"])
        assert "(continued)" in second.params["text"]
    async with polling_bot(api):
        api.callback_update(buttons["▶"], message=first.result)
        (*_, expired) = await api.wait_for("answerCallbackQuery", count=2)
    assert expired.params["text"] == "This list has expired. Send the command again."


@pytest.mark.both_backends
async def test_pages_are_in_the_readers_language_even_after_a_restart(
    api: FakeBotApi, bot_env: dict[str, str]
):
    """A Ukrainian reader's pages, counter and continued headings are Ukrainian; so is the
    page a button shows after the bot restarted."""
    pages = await _seed_many(bot_env, "uk")
    assert "(продовження)" in pages[1]
    async with polling_bot(api):
        api.message_update("/facts georgia", language_code="uk")
        (first,) = await api.wait_for("sendMessage")
        assert first.params["text"] == pages[0]
    async with polling_bot(api):
        second = await _press(api, first.result, _buttons(first)["▶"], language_code="uk")
        assert second.params["text"] == pages[1]
        assert "Грузія" in second.params["text"]
