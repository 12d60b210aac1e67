"""Tests of the e2e test infrastructure itself: the Telegram HTML validator and the fake API.

The fake is exercised through a real python-telegram-bot ``Bot``, so these tests also prove
that its responses de-serialise into PTB objects the way real Telegram responses do. On no
backend: neither the validator nor the fake holds a store.
"""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)

from .fake_bot_api import FakeBotApi
from .telegram_html import Entity, TelegramHtmlError, parse_telegram_html, utf16_len

# ----- telegram_html ----------------------------------------------------------------------------


def test_utf16_len_counts_astral_characters_twice() -> None:
    assert utf16_len("") == 0
    assert utf16_len("abc") == 3
    assert utf16_len("é€") == 2
    assert utf16_len("😀a") == 3


def test_plain_text_has_no_entities() -> None:
    assert parse_telegram_html("just text\nline two") == ("just text\nline two", [])


def test_nested_tags_give_sorted_entities_with_utf16_offsets() -> None:
    text, entities = parse_telegram_html("😀 <b>bold <i>both</i></b> <U>u</U>")
    assert text == "😀 bold both u"
    assert entities == [
        Entity("bold", 3, 9),
        Entity("italic", 8, 4),
        Entity("underline", 13, 1),
    ]


def test_entities_are_decoded() -> None:
    text, _ = parse_telegram_html("a &lt; b &amp;&amp; c &gt; d &quot;q&quot; &#x41;&#66;&#X43;")
    assert text == 'a < b && c > d "q" ABC'


def test_all_tag_kinds() -> None:
    source = (
        "<strong>1</strong><em>2</em><ins>3</ins><s>4</s><strike>5</strike><del>6</del>"
        '<span class="tg-spoiler">7</span><tg-spoiler>8</tg-spoiler>'
        '<a href="https://e.com/?a=1&amp;b=2">9</a><tg-emoji emoji-id="5368324170671202286">👍'
        '</tg-emoji><code>c</code><pre><code class="language-python">p</code></pre>'
        "<pre>q</pre><blockquote>r</blockquote><blockquote expandable>s</blockquote>"
    )
    text, entities = parse_telegram_html(source)
    assert text == "123456789👍cpqrs"
    assert [e.type for e in entities] == [
        "bold", "italic", "underline", "strikethrough", "strikethrough", "strikethrough",
        "spoiler", "spoiler", "text_link", "custom_emoji", "code", "pre", "pre", "blockquote",
        "expandable_blockquote",
    ]  # fmt: skip
    by_type = {e.type: e for e in entities}
    assert by_type["text_link"].url == "https://e.com/?a=1&b=2"
    emoji_id = "5368324170671202286"
    assert by_type["custom_emoji"] == Entity("custom_emoji", 9, 2, custom_emoji_id=emoji_id)
    assert [e.language for e in entities if e.type == "pre"] == ["python", None]
    assert by_type["text_link"].to_api() == {
        "type": "text_link", "offset": 8, "length": 1, "url": "https://e.com/?a=1&b=2"
    }  # fmt: skip


def test_empty_entities_are_dropped() -> None:
    assert parse_telegram_html("<b></b>x") == ("x", [])


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</i>", 'Can\'t find end tag corresponding to start tag "b"'),
        ("hi <script>alert(1)</script>", 'Unsupported start tag "script" at byte offset 3'),
        ("é<br>", 'Unsupported start tag "br" at byte offset 2'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("a <", "Unclosed start tag at byte offset 2"),
        ('<a href="x"', "Unclosed start tag at byte offset 0"),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("<b>x</>", 'expected "</b>", found "</>"'),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("AT&T", 'Unescaped "&" at byte offset 2'),
        ("a && b", 'Unescaped "&" at byte offset 2'),
        ("&amp", 'Unescaped "&" at byte offset 0'),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;" at byte offset 0'),
        ("&#xD800;", 'Invalid character reference "&#xD800;"'),
        ("&#0;", 'Invalid character reference "&#0;"'),
        ("a > b", 'Unescaped ">" at byte offset 2'),
        ("<a href=x>y</a>", 'Unquoted value of attribute "href"'),
        ('<a href="x" href="y">z</a>', 'Duplicate attribute "href"'),
        ('<a href="a<b">z</a>', 'Unescaped "<" in attribute value'),
        ('<a href="a&b">z</a>', 'Unescaped "&" at byte offset 10'),
        ("<a>z</a>", 'Tag "a" must have a non-empty "href" attribute'),
        ('<b class="x">z</b>', 'Unsupported attribute "class" in the tag "b"'),
        ("<b bold>z</b>", 'Expected equal sign in declaration of an attribute of the tag "b"'),
        ('<span class="x">z</span>', 'Tag "span" must have class "tg-spoiler"'),
        ('<tg-emoji emoji-id="abc">z</tg-emoji>', "Invalid custom emoji identifier"),
        ('<code class="python">z</code>', 'Unsupported class "python" of the tag "code"'),
        ('<a href="u"><a href="v">x</a></a>', 'Nested "a" tags are not allowed'),
        ("<blockquote><blockquote>x</blockquote></blockquote>", 'Nested "blockquote"'),
        ("<code><b>x</b></code>", 'Tag "b" is not allowed inside "code"'),
        ("<pre><i>x</i></pre>", 'Tag "i" is not allowed inside "pre"'),
        ("<pre><code><b>x</b></code></pre>", 'Tag "b" is not allowed inside "code"'),
    ],
)
def test_refused_markup(source: str, message: str) -> None:
    with pytest.raises(TelegramHtmlError, match=r"^can't parse entities: ") as info:
        parse_telegram_html(source)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


@given(st.text())
def test_escaped_text_round_trips(text: str) -> None:
    assert parse_telegram_html(html.escape(text)) == (text, [])
    plain, entities = parse_telegram_html(f"<b>{html.escape(text, quote=False)}</b>")
    assert plain == text
    assert entities == ([Entity("bold", 0, utf16_len(text))] if text else [])


# ----- fake Bot API through a real PTB Bot ------------------------------------------------------


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as real:
        yield real


@pytest.mark.e2e
async def test_get_me_and_good_html_are_recorded(api: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.username, me.id, me.is_bot) == ("FactBot", 123456, True)
    message = await bot.send_message(1001, "<b>Fact</b> &amp; 😀 <i>x</i>", parse_mode="HTML")
    assert message.text == "Fact & 😀 x"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 4),
        ("italic", 10, 1),
    ]
    assert message.from_user is not None
    assert message.from_user.id == me.id
    assert message.chat.id == 1001
    [call] = api.sent()
    assert call.method == "sendMessage"
    assert call.params == {
        "chat_id": 1001, "text": "<b>Fact</b> &amp; 😀 <i>x</i>", "parse_mode": "HTML"
    }  # fmt: skip
    assert [c.method for c in api.calls] == ["getMe", "getMe", "sendMessage"]
    assert api.refused == []


@pytest.mark.e2e
@pytest.mark.parametrize("text", ["<b>x", "<script>alert(1)</script>", "a < b", "AT&T"])
async def test_bad_html_is_refused(api: FakeBotApi, bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(1001, text, parse_mode="html")
    [(call, description)] = api.refused
    assert call.params["text"] == text
    assert description.startswith("Bad Request: can't parse entities: ")
    assert call.error == description
    # Without parse_mode the same text is fine: nothing is parsed.
    assert (await bot.send_message(1001, text)).text == text


@pytest.mark.e2e
async def test_length_limits_count_utf16_units_of_visible_text(api: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(1001, "a" * 4096)
    await bot.send_message(1001, "😀" * 2048)
    await bot.send_message(1001, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    assert api.refused == []
    for text in ("a" * 4097, "😀" * 2048 + "a"):
        with pytest.raises(BadRequest, match=r"(?i)message is too long"):
            await bot.send_message(1001, text)
    for text in ("<b></b>", "  "):
        with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
            await bot.send_message(1001, text, parse_mode="HTML")
    assert len(api.refused) == 4


@pytest.mark.e2e
async def test_get_updates_honours_offset_limit_and_long_poll(api: FakeBotApi, bot: Bot) -> None:
    ids = [api.message_update(f"fact {n}") for n in range(3)]
    assert ids == sorted(ids)
    assert [u.update_id for u in await bot.get_updates(limit=2)] == ids[:2]
    assert [u.update_id for u in await bot.get_updates(offset=ids[1])] == ids[1:]
    # The offset confirmed update 0: it is gone even without an offset now.
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["fact 1", "fact 2"]
    assert await bot.get_updates(offset=ids[2] + 1) == ()
    started = time.monotonic()
    assert await bot.get_updates(offset=ids[2] + 1, timeout=30) == ()
    assert 0.9 < time.monotonic() - started < 3  # long poll capped at one second
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.2)
    started = time.monotonic()
    new_id = api.message_update("late")
    assert [u.update_id for u in await poll] == [new_id]
    assert time.monotonic() - started < 0.5  # answered as soon as the update was queued


@pytest.mark.e2e
async def test_updates_de_json_into_ptb_objects(api: FakeBotApi, bot: Bot) -> None:
    api.message_update("/start@FactBot hello", chat_id=-100, chat_type="supergroup",
                       chat_title="Facts")  # fmt: skip
    api.inline_update("cats")
    api.queue_update(
        {
            "update_id": 50,
            "message": {
                "message_id": 7,
                "date": 0,
                "chat": {"id": 5, "type": "private"},
                "text": "raw",
            },
        }
    )
    command, inline, raw = await bot.get_updates()
    assert command.message is not None
    assert command.message.chat.title == "Facts"
    assert command.message.chat.type == "supergroup"
    assert command.message.parse_entities() == {command.message.entities[0]: "/start@FactBot"}
    assert inline.inline_query is not None
    assert inline.inline_query.query == "cats"
    assert raw.update_id == 50
    assert api.message_update("next") == 51
    sent = await bot.send_message(-100, "hi")
    assert (sent.chat.type, sent.chat.title) == ("supergroup", "Facts")


@pytest.mark.e2e
async def test_files_download_and_upload(api: FakeBotApi, bot: Bot) -> None:
    document = api.add_file(b"id,fact\n1,x\n", file_name="facts.csv", mime_type="text/csv")
    assert document["file_size"] == 12
    file = await bot.get_file(document["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"id,fact\n1,x\n"
    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        await bot.get_file("nope")
    sent = await bot.send_document(1001, b"\x00\x01", filename="x.bin", caption="<b>c</b>",
                                   parse_mode="HTML")  # fmt: skip
    assert sent.document is not None
    assert sent.document.file_name == "x.bin"
    assert sent.caption == "c"
    assert sent.caption_entities[0].type == "bold"
    [call] = api.sent("senddocument")
    assert call.params["document"] == b"\x00\x01"
    assert call.file_names["document"] == "x.bin"
    again = await bot.get_file(sent.document.file_id)
    assert bytes(await again.download_as_bytearray()) == b"\x00\x01"
    photo = await bot.send_photo(1001, b"\x89PNG fake", caption="a" * 1024)
    assert photo.photo[0].file_size == 9
    assert api.sent("sendPhoto")[0].params["photo"] == b"\x89PNG fake"
    with pytest.raises(BadRequest, match=r"(?i)message caption is too long"):
        await bot.send_photo(1001, b"img", caption="a" * 1025)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_document(1001, b"x", caption="a & b", parse_mode="HTML")


@pytest.mark.e2e
async def test_fault_injection(api: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without PTB_TIMEDELTA, PTB 22 emits a deprecation warning when building RetryAfter.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    api.fail_next("sendMessage", status=429, retry_after=3)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(1001, "x")
    assert flood.value.retry_after == timedelta(seconds=3)
    api.fail_next("SENDMESSAGE", times=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(1001, "x")
    await bot.send_message(1001, "x")
    assert [c.error for c in api.sent()] == [
        "Too Many Requests: retry after 3", "Bad Gateway", "Bad Gateway", None,
    ]  # fmt: skip
    assert api.refused == []  # injected faults are not refusals
    api.fail_next("sendMessage", hang=0.3)
    started = time.monotonic()
    await bot.send_message(1001, "slow")
    assert time.monotonic() - started >= 0.3


@pytest.mark.e2e
async def test_blocked_and_migrated_chats_are_refused_as_telegram_refuses_them(
    api: FakeBotApi, bot: Bot
) -> None:
    api.block_chat(1001)
    api.migrate_chat(-55, -1000055)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(1001, "x")
    with pytest.raises(ChatMigrated) as moved:
        await bot.send_message(-55, "x")
    assert moved.value.new_chat_id == -1000055
    await bot.send_message(-1000055, "x")
    await bot.send_message(1002, "x")
    assert [(c.params["chat_id"], c.error) for c in api.sent()] == [
        (1001, "Forbidden: bot was blocked by the user"),
        (-55, "Bad Request: group chat was upgraded to a supergroup chat"),
        (-1000055, None),
        (1002, None),
    ]
    assert api.refused == []  # asked for by the test, not the bot's mistake


@pytest.mark.e2e
async def test_every_call_records_when_it_arrived(api: FakeBotApi, bot: Bot) -> None:
    before = time.monotonic()
    await bot.send_message(1001, "a")
    await asyncio.sleep(0.05)
    await bot.send_message(1001, "b")
    first, second = api.sent()
    assert before <= first.at < second.at <= time.monotonic()
    assert second.at - first.at >= 0.05


@pytest.mark.e2e
async def test_wrong_token_and_unknown_method(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with Bot("999:wrong", base_url=api.base_url):
            pass
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendFacts")
    assert [(c.method, d) for c, d in api.refused] == [
        ("getMe", "Unauthorized"), ("sendFacts", "Not Found"),
    ]  # fmt: skip
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{api.base_url}{api.token}/nope")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


@pytest.mark.e2e
async def test_a_revoked_token_is_refused_from_then_on(api: FakeBotApi, bot: Bot) -> None:
    await bot.get_updates(timeout=0)
    api.revoke_token()
    with pytest.raises(InvalidToken, match="Unauthorized"):
        await bot.get_updates(timeout=0)
    with pytest.raises(InvalidToken, match="Unauthorized"):
        await bot.send_message(1001, "still here?")
    assert [(c.method, d) for c, d in api.refused] == [
        ("getUpdates", "Unauthorized"), ("sendMessage", "Unauthorized"),
    ]  # fmt: skip


@pytest.mark.e2e
async def test_keyboards_callbacks_and_edits(api: FakeBotApi, bot: Bot) -> None:
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(1001, "pick", reply_markup=too_long)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("é", callback_data="é" * 32)]])
    sent = await bot.send_message(1001, "pick", reply_markup=keyboard)
    assert sent.reply_markup == keyboard
    api.callback_update("é" * 32, message=sent.to_dict())
    [update] = await bot.get_updates()
    assert update.callback_query is not None
    assert update.callback_query.data == "é" * 32
    assert await update.callback_query.answer("ok")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await update.callback_query.answer()
    edited = await bot.edit_message_text("<i>picked</i>", 1001, sent.message_id,
                                         parse_mode="HTML")  # fmt: skip
    assert not isinstance(edited, bool)
    assert edited.text == "picked"
    assert edited.edit_date is not None
    assert edited.reply_markup is None  # editing without a keyboard removes it
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("<i>picked</i>", 1001, sent.message_id, parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", 1001, 9999)
    await bot.edit_message_reply_markup(1001, sent.message_id, reply_markup=keyboard)
    assert await bot.delete_message(1001, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(1001, sent.message_id)


@pytest.mark.e2e
async def test_inline_queries_and_commands(api: FakeBotApi, bot: Bot) -> None:
    def articles(count: int, text: str = "t") -> list[InlineQueryResultArticle]:
        content = InputTextMessageContent(text, parse_mode="HTML")
        return [InlineQueryResultArticle(str(n), f"r{n}", content) for n in range(count)]

    api.inline_update("q")
    [update] = await bot.get_updates()
    assert update.inline_query is not None
    with pytest.raises(BadRequest, match=r"(?i)RESULTS_TOO_MUCH"):
        await update.inline_query.answer(articles(51))
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await update.inline_query.answer(articles(1, "<b>"))
    assert await update.inline_query.answer(articles(50))
    await bot.set_my_commands([("fact", "A random fact"), ("help", "Help")])
    assert [c.command for c in await bot.get_my_commands()] == ["fact", "help"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Fact!", "bad")])
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    assert await bot.send_chat_action(1001, "typing")
    assert await bot.set_webhook("https://example.com/hook")
    assert (await bot.get_webhook_info()).url == "https://example.com/hook"
    assert await bot.delete_webhook()


@pytest.mark.e2e
async def test_json_body_and_wait_for(api: FakeBotApi) -> None:
    async with httpx.AsyncClient() as client:
        url = f"{api.base_url}{api.token}/sendmessage"
        task = asyncio.create_task(api.wait_for("sendMessage", count=2, timeout=5))
        await client.post(url, json={"chat_id": 7, "text": "123"})
        await client.post(url, data={"chat_id": "7", "text": "123"})
        calls = await task
    expected = ("sendMessage", {"chat_id": 7, "text": "123"})  # "123" stays a string
    assert [(c.method, c.params) for c in calls] == [expected, expected]
    with pytest.raises(AssertionError, match=r"expected 1 getMe call.*seen: \['sendMessage'"):
        await api.wait_for("getMe", timeout=0.05)


@pytest.mark.e2e
async def test_stop_is_fast_while_a_long_poll_is_pending(api: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await api.stop()
    assert time.monotonic() - started < 0.9  # the poll is woken, not waited out
    assert await poll == ()
    await api.stop()  # idempotent
