"""Long answers: one message with ◀ ▶ buttons, paged forward and back, even after a restart."""

from __future__ import annotations

from pathlib import Path

from bot.answers import facts_answer
from bot.language.words import words_for
from bot.paging import CALLBACK_LIMIT
from storage import FactStore, load_seed
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.harness import polling_bot
from tests.factories import make_draft


async def _seed_many(db_path: Path, language: str = "en") -> list[str]:
    """The shipped facts and 300 Georgian flows; the pages /facts georgia should show.

    /facts lists every fact naming the country (/flows shows only the newest flows).
    """
    async with await FactStore.open(db_path) as store:
        await store.add_facts(load_seed(), by="seed")
        drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(1, 301)]
        await store.add_facts(drafts, by="test")
        return await facts_answer(store, "georgia", words_for(language))


def _buttons(call: Call) -> dict[str, str]:
    markup = call.params.get("reply_markup") or {}
    return {
        button["text"]: button["callback_data"]
        for row in markup.get("inline_keyboard", [])
        for button in row
    }


async def _press(api: FakeBotApi, message: dict[str, object], data: str) -> Call:
    edits = len(api.sent("editMessageText"))
    api.callback_update(data, message=message)
    return (await api.wait_for("editMessageText", count=edits + 1))[edits]


async def test_a_long_answer_is_paged_forward_and_back(
    api: FakeBotApi, bot_env: dict[str, str], db_path: Path
):
    pages = await _seed_many(db_path)
    assert len(pages) > 2
    async with polling_bot(api):
        api.message_update("/facts georgia")
        (first,) = await api.wait_for("sendMessage")
        assert first.params["text"] == pages[0]
        buttons = _buttons(first)
        assert list(buttons) == [f"1/{len(pages)}", "▶"]
        assert all(len(data.encode()) <= CALLBACK_LIMIT for data in buttons.values())

        second = await _press(api, first.result, buttons["▶"])
        assert second.params["text"] == pages[1]
        assert list(_buttons(second)) == ["◀", f"2/{len(pages)}", "▶"]
        back = await _press(api, second.result, _buttons(second)["◀"])
        assert back.params["text"] == pages[0]

        api.callback_update(buttons[f"1/{len(pages)}"], message=first.result)
        answers = await api.wait_for("answerCallbackQuery", count=3)
        assert len(answers) == 3  # every press is answered, the page counter too
    assert sum(page.count("▪️") for page in pages) >= 300
    assert len(api.sent("sendMessage")) == 1  # one message, paged in place


async def test_a_page_button_still_works_after_a_restart(
    api: FakeBotApi, bot_env: dict[str, str], db_path: Path
):
    pages = await _seed_many(db_path)
    async with polling_bot(api):
        api.message_update("/facts georgia")
        (first,) = await api.wait_for("sendMessage")
    async with polling_bot(api):
        after = await _press(api, first.result, _buttons(first)["▶"])
    assert after.params["text"] == pages[1]


async def test_a_long_query_button_explains_itself_after_a_restart(
    api: FakeBotApi, bot_env: dict[str, str], db_path: Path
):
    await _seed_many(db_path)
    long_query = "georgia " * 8
    async with polling_bot(api):
        api.message_update(f"/search {long_query}")
        (first,) = await api.wait_for("sendMessage")
        buttons = _buttons(first)
        assert ":t:" in buttons["▶"]  # kept server-side
        second = await _press(api, first.result, buttons["▶"])
        assert "(continued)" in second.params["text"]
    async with polling_bot(api):
        api.callback_update(buttons["▶"], message=first.result)
        (*_, expired) = await api.wait_for("answerCallbackQuery", count=2)
    assert expired.params["text"] == "This list has expired. Send the command again."


async def test_pages_are_in_the_readers_language_even_after_a_restart(
    api: FakeBotApi, bot_env: dict[str, str], db_path: Path
):
    """A Ukrainian reader's pages, counter and continued headings are Ukrainian; so is the
    page a button shows after the bot restarted."""
    pages = await _seed_many(db_path, "uk")
    assert "(продовження)" in pages[1]
    async with polling_bot(api):
        api.message_update("/facts georgia", language_code="uk")
        (first,) = await api.wait_for("sendMessage")
        assert first.params["text"] == pages[0]
    async with polling_bot(api):
        edits = len(api.sent("editMessageText"))
        api.callback_update(_buttons(first)["▶"], message=first.result, language_code="uk")
        second = (await api.wait_for("editMessageText", count=edits + 1))[edits]
        assert second.params["text"] == pages[1]
        assert "Грузія" in second.params["text"]
