"""/ingest through the real Application and the fake Bot API: a curator turns an article into
facts, candidate by candidate, and readers see the saved ones cited."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.harness import bot_store
from tests.e2e.telegram_html import parse_telegram_html

# On each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

READER_ID = 1001
INGEST_SET = Path(__file__).parents[1] / "data" / "ingest"
ARTICLE = """Russians keep crossing into Georgia at Upper Lars

28 September 2022

About 50,000 Russians have entered Georgia since 21 September, Interior Minister Vakhtang \
Gomelauri said on Wednesday.

On 27 September alone, 10,000 Russian citizens crossed into Georgia, he said.

Yesterday about 3,000 people left Georgia for Russia, according to the Interior Ministry of \
Georgia.

Reports that 250,000 people were queuing at the border are not true, the minister said.
"""


def _text(call: Call) -> str:
    text, _ = parse_telegram_html(str(call.params["text"]))
    return text


def _buttons(call: Call) -> dict[str, str]:
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return {key["text"]: key["callback_data"] for row in markup["inline_keyboard"] for key in row}


class Curator:
    """A curator in a private chat with the bot: sends, presses, reads the replies."""

    def __init__(self, api: FakeBotApi, user_id: int = ADMIN_ID) -> None:
        self.api, self.user_id = api, user_id

    async def _replies(self, count: int, action: Any) -> list[Call]:
        seen = len(self.api.sent("sendMessage"))
        action()
        return (await self.api.wait_for("sendMessage", count=seen + count))[seen:]

    async def send(self, text: str, count: int = 1, **extra: Any) -> list[Call]:
        return await self._replies(
            count,
            lambda: self.api.message_update(
                text, user_id=self.user_id, chat_id=self.user_id, **extra
            ),
        )

    async def upload(self, content: bytes, name: str, mime: str, count: int = 1) -> list[Call]:
        document = self.api.add_file(content, file_name=name, mime_type=mime)
        return await self._replies(
            count,
            lambda: self.api.message_update(
                "", user_id=self.user_id, chat_id=self.user_id, document=document
            ),
        )

    async def press(self, label: str, on: Call, count: int = 2) -> list[Call]:
        buttons = _buttons(on)
        assert label in buttons, f"no {label!r} under {_text(on)!r}"
        return await self._replies(
            count,
            lambda: self.api.callback_update(
                buttons[label], message=on.result, user_id=self.user_id
            ),
        )


async def _facts(bot_env: dict[str, str]) -> int:
    async with await bot_store(bot_env) as store:
        return await store.count_facts()


async def test_a_curator_saves_two_candidates_skips_one_and_flows_show_them_cited(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    curator = Curator(api)
    (ask,) = await curator.send("/ingest")
    assert "Send the article" in _text(ask)
    # The text names no publisher: the bot asks, then proposes.
    (question,) = await curator.send(ARTICLE)
    assert "Who did?" in _text(question)
    summary, first = await curator.send("Example Times", count=2)
    assert "I found 3 candidate facts." in _text(summary)
    assert "“250,000”: the text denies it" in _text(summary)
    assert "Candidate 1 of 3" in _text(first)
    assert "about 50,000 Russians entered Georgia from Russia" in _text(first)
    assert "About 50,000 Russians have entered Georgia since 21 September" in _text(first)
    assert set(_buttons(first)) == {"Save", "Edit", "Skip"}
    assert all(len(data.encode()) <= 64 for data in _buttons(first).values())

    saved, second = await curator.press("Save", first)
    assert _text(saved).startswith("Saved as fact #16.")
    assert "Candidate 2 of 3" in _text(second)
    assert "10,000 Russian citizens entered Georgia from Russia" in _text(second)
    skipped, third = await curator.press("Skip", second)
    assert _text(skipped) == "Skipped."
    assert "about 3,000 people left Georgia for Russia" in _text(third)
    saved_again, done = await curator.press("Save", third)
    assert _text(saved_again).startswith("Saved as fact #17.")
    assert _text(done) == "Review done. Saved: #16, #17."

    (flows,) = await curator.send("/flows georgia")
    shown = _text(flows)
    assert "about 50,000 Russians entered Georgia from Russia" in shown
    assert "Said by Vakhtang Gomelauri" in shown
    assert "published by Example Times, 28 Sept 2022" in shown
    assert "about 3,000 people left Georgia for Russia" in shown
    assert "10,000" not in shown
    async with await bot_store(bot_env) as store:
        for fact_id in (16, 17):
            (entry,) = await store.history(fact_id)
            assert entry.actor == f"telegram:{ADMIN_ID}"
        first_fact, second_fact = await store.get_fact(16), await store.get_fact(17)
        # One document for every fact of the article.
        assert first_fact.citation.document == second_fact.citation.document


async def test_edit_gives_the_candidate_as_an_addfact_command(
    api: FakeBotApi, running_bot: object
):
    curator = Curator(api)
    await curator.send("/ingest")
    await curator.send(ARTICLE)
    _, first = await curator.send("Example Times", count=2)
    edit, _ = await curator.press("Edit", first)
    command = _text(edit).split("\n\n", 1)[1]
    assert command.startswith("/addfact metric=entered ")
    assert "value=50000" in command
    preview, *_ = await curator.send(command.replace("value=50000", "value=51000"))
    assert "about 51,000 Russians entered Georgia from Russia" in _text(preview)
    assert set(_buttons(preview)) == {"Save", "Cancel"}


async def test_a_reader_cannot_ingest(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    reader = Curator(api, user_id=READER_ID)
    (refusal,) = await reader.send("/ingest " + ARTICLE)
    assert _text(refusal) == "Only curators can change facts."
    assert await _facts(bot_env) == 15


async def test_bad_articles_get_a_clear_message_and_store_nothing(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    curator = Curator(api)
    await curator.send("/ingest")
    (empty,) = await curator.upload(b"  \n\n ", "empty.txt", "text/plain")
    assert "the article is empty" in _text(empty)
    (large,) = await curator.upload(b"word " * 210_000, "huge.txt", "text/plain")
    assert "KB; the limit is" in _text(large)
    (binary,) = await curator.upload(bytes(range(256)) * 8, "data.bin", "application/octet-stream")
    assert "binary" in _text(binary)
    page = (
        b"<html><head><title>Border</title><script>alert('x')</script></head><body>"
        b"<script>document.write('1,000,000 entered')</script><style>p{}</style>"
        b"<p>On 3 October 2022, 7,000 Russians entered Georgia, the ministry said.</p>"
        b"</body></html>"
    )
    question, *_ = await curator.upload(page, "page.html", "text/html")
    assert "Who did?" in _text(question)
    # The page's <title> is its title; its publisher and day are asked for.
    (when,) = await curator.send("Example Times")
    assert "When was it?" in _text(when)
    (wrong,) = await curator.send("yesterday")
    assert "When was it?" in _text(wrong)
    summary, candidate = await curator.send("2022-10-04", count=2)
    assert "I found 1 candidate fact." in _text(summary)
    assert "7,000 Russians entered Georgia" in _text(candidate)
    assert "1,000,000" not in _text(candidate)
    (stopped,) = await curator.send("/cancel")
    assert _text(stopped) == "Review stopped. Nothing more is saved."
    assert await _facts(bot_env) == 15


async def test_the_seed_article_in_russian_is_the_shipped_facts_already_stored(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    """A curator pastes the article the shipped facts come from, as a Russian outlet published
    it: every figure is found, and every one is already in the store, so nothing is proposed
    twice."""
    article = json.loads((INGEST_SET / "ru_seed_kazakhstan_translation.json").read_text("utf-8"))
    curator = Curator(api)
    await curator.send("/ingest")
    # Its masthead gives the author and the day, not the publisher.
    (question,) = await curator.send(article["text"])
    assert "Who did?" in _text(question)
    (summary, *_) = await curator.send("Украинская правда", count=1)
    assert "I found 0 candidate facts. 10 more are already in the store." in _text(summary)
    assert await _facts(bot_env) == 15


async def test_a_ukrainian_article_is_read_as_ukrainian(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    """The curator does not say the article's language: "і" is Kazakh too, but a Ukrainian
    text is read by the Ukrainian rules, its figures, places and sources found."""
    article = (
        "Росіяни продовжують їхати до Грузії\n\n14 травня 2024\n\n"
        "Минулого тижня до Грузії в'їхали близько 5 тисяч росіян, повідомило МВС Грузії.\n\n"
        "Водночас з Грузії до Вірменії за цей час виїхали 1 200 громадян Росії, повідомила "
        "прикордонна поліція Грузії.\n"
    )
    curator = Curator(api)
    await curator.send("/ingest")
    (question,) = await curator.send(article)
    assert "Who did?" in _text(question)
    summary, first = await curator.send("Українська правда", count=2)
    assert "I found 2 candidate facts." in _text(summary)
    shown = _text(first)
    assert "about 5,000 росіян entered Georgia from Russia" in shown
    assert "6–12 May 2024" in shown
    assert "Said by МВС Грузії" in shown


async def test_a_metric_curators_added_is_proposed_by_its_label(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    """/addmetric "visas issued", then an article about visas: /ingest proposes a fact of it,
    where before the metric the same text gave none."""
    curator = Curator(api)
    (added,) = await curator.send(
        "/addmetric name=visas_issued direction=none en='visas issued' ru='выданные визы' "
        "uk='видані візи' kk='берілген визалар'"
    )
    assert _text(added).startswith("Saved: visas_issued")
    await curator.send("/ingest")
    (question,) = await curator.send(
        "Visas for Russians\n\n14 May 2024\n\nThe Georgian embassy in Moscow issued 1,200 "
        "visas to Russians last month, the foreign ministry said.\n"
    )
    assert "Who did?" in _text(question)
    summary, first = await curator.send("Example Times", count=2)
    assert "I found 1 candidate fact." in _text(summary)
    assert "visas issued" in _text(first)


async def test_a_forwarded_channel_post_is_read_without_questions(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    """A curator forwards a channel's post: the channel is the publisher, the post's day its
    date, its link its address and its opening words its title, so nothing is asked."""
    post = (
        "За минувшие сутки в Казахстан въехали более 12 тысяч граждан России, сообщила "
        "пресс-служба погранслужбы КНБ РК. Выехали из страны около 9 тысяч россиян."
    )
    posted = datetime(2022, 10, 5, 7, 30, tzinfo=UTC)
    origin = {
        "type": "channel",
        "chat": {"id": -1001, "type": "channel", "title": "Настоящее Время", "username": "nt"},
        "message_id": 777,
        "date": int(posted.timestamp()),
    }
    curator = Curator(api)
    await curator.send("/ingest", language_code="ru")
    summary, first = await curator.send(
        post, count=2, language_code="ru", extra={"forward_origin": origin}
    )
    assert "Я нашёл 2 факта-кандидата." in _text(summary)
    # Russian locale formatting: no-break spaces in the number and before "г.".
    shown = _text(first).replace("\u00a0", " ").replace("\u202f", " ")
    assert "более 12 000 граждан России въехали в Казахстан из России" in shown
    assert "публикация: Настоящее Время, 5 окт. 2022 г." in shown
    saved, _ = await curator.press("Сохранить", first)
    assert "#16" in _text(saved)
    async with await bot_store(bot_env) as store:
        document = (await store.get_fact(16)).citation.document
    assert document.publisher == "Настоящее Время"
    assert str(document.url) == "https://t.me/nt/777"
    assert document.title == (
        "За минувшие сутки в Казахстан въехали более 12 тысяч граждан России, сообщила "
        "пресс-служба…"
    )


async def test_a_post_forwarded_from_a_person_asks_for_its_publisher(
    api: FakeBotApi, running_bot: object
):
    origin: dict[str, Any] = {
        "type": "user",
        "sender_user": {"id": 77, "is_bot": False, "first_name": "Ann"},
        "date": int(datetime(2022, 10, 5, tzinfo=UTC).timestamp()),
    }
    curator = Curator(api)
    await curator.send("/ingest")
    (question,) = await curator.send(ARTICLE, extra={"forward_origin": origin})
    assert "Who did?" in _text(question)
