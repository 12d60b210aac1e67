"""A batch of hostile messages through the fake Bot API server to the real Application.

Every command, as a reader and as a curator, with SQL and FTS5 syntax, markup, control
characters, right-to-left text, emoji and 10,000 characters; inline queries; files that are
not facts. Each gets a reply Telegram accepts (the fake refuses bad HTML and long texts), none
reaches the error handler, and the store is exactly as it was: on SQLite, then on PostgreSQL.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.answers import COMMANDS
from bot.handlers.errors import APOLOGY, WRITE_FAILED
from bot.language.words import LANGUAGES
from tests.abuse import FAMILY
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.raw_database import RawDatabase

READER_ID = 1001
_REPLIES = ("sendMessage", "sendPhoto", "sendDocument", "answerInlineQuery")
# One of each kind of trouble, and the longest ones, rather than every piece: each costs a
# round trip through the fake server.
_PIECES = [
    "' OR 1=1 --", '"', "*", "NEAR(", 'countries : "KAZ"', "<b>", "<a href='javascript:x'>",
    "&amp;", "*bold*", "nul\x00byte", "\x1b[31m", "\u202eevil", "مرحبا", FAMILY, "²",
    "99999999999999999999", "Казахстан ' OR", "x" * 4096, ("😀<&" * 3334)[:10_000],
]  # fmt: skip
_FILES = {
    "facts.csv": b"metric," + b"x" * 10_000 + b"\nentered,1\n",
    "junk.csv": bytes(range(256)),
    "facts.json": b'[{"metric": "<b>", "figure": {"value": "\' OR 1=1 --"}}, 7, null]',
    "nested.json": b"[" * 5000 + b"]" * 5000,
}


def _replies(api: FakeBotApi) -> int:
    return sum(len(api.sent(method)) for method in _REPLIES)


async def _send(api: FakeBotApi, text: str, *, user_id: int) -> None:
    """Send a message and wait until the bot has answered it one way or another."""
    before = _replies(api)
    api.message_update(text, user_id=user_id, chat_id=user_id)
    for _ in range(1000):
        if _replies(api) > before:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"no reply within 10 s to {text[:60]!r}")


def _texts(piece: str, command: str) -> list[str]:
    texts = [f"/{command} {piece}", f"/{command}@FactBot {piece}"]
    if command in ("editfact", "retract"):
        # Never a valid write: no such fact, or arguments that are not field=value.
        texts = [f"/{command} {piece}", f"/{command} 999 {piece}"]
        if command == "editfact" and "=" not in piece:
            texts.append(f"/editfact 1 {piece}")
    return texts


@pytest.mark.both_backends
@pytest.mark.timeout(180)
async def test_hostile_messages_get_sendable_replies_and_change_nothing(
    api: FakeBotApi,
    bot_env: dict[str, str],
    database: RawDatabase,
    monkeypatch: pytest.MonkeyPatch,
):
    # Hundreds of messages from one reader: the flood gate would rightly pause them.
    monkeypatch.setenv("FACTBOT_FLOOD_LIMIT", "0")
    read = [command.name for command in COMMANDS]
    curate = ["editfact", "retract", "addfact", "import", "export"]
    async with polling_bot(api):
        before = database.state()
        for piece in _PIECES:
            for command in read:
                for text in _texts(piece, command):
                    await _send(api, text, user_id=READER_ID)
            for command in curate:
                for text in _texts(piece, command):
                    await _send(api, text, user_id=ADMIN_ID)
                    if command == "addfact":
                        await _send(api, "/cancel", user_id=ADMIN_ID)
            # The same piece as a question in the reader's own words, alone and in one.
            await _send(api, piece, user_id=READER_ID)
            await _send(api, f"сколько {piece} уехало из Казахстана?", user_id=READER_ID)
            count = len(api.sent("answerInlineQuery"))
            api.inline_update(piece[:256])
            await api.wait_for("answerInlineQuery", count=count + 1)
        # Messages with no text at all: a sticker and a photo.
        sticker = {"file_id": "CAAC-9", "file_unique_id": "s9", "type": "regular", "width": 9,
                   "height": 9, "is_animated": False, "is_video": False}  # fmt: skip
        photo = [{"file_id": "AgAC-9", "file_unique_id": "p9", "width": 9, "height": 9}]
        for extra in ({"sticker": sticker}, {"photo": photo}):
            count = len(api.sent("sendMessage"))
            api.message_update("", user_id=READER_ID, chat_id=READER_ID, extra=extra)
            await api.wait_for("sendMessage", count=count + 1)
        for name, content in _FILES.items():
            document = api.add_file(content, file_name=name, mime_type="text/plain")
            count = len(api.sent("sendMessage"))
            api.message_update("", user_id=ADMIN_ID, chat_id=ADMIN_ID, document=document)
            await api.wait_for("sendMessage", count=count + 1)
        # The last reply is in: the store is read before the bot stops.
        after = database.state()
    texts = [str(call.params.get("text")) for call in api.sent("sendMessage")]
    assert APOLOGY not in texts
    assert WRITE_FAILED not in texts
    # "/language <piece>" may rightly choose a language ("/language kz"); no fact changes.
    chosen = after.pop("chat_languages")
    assert {row[1] for row in chosen} <= set(LANGUAGES)
    before.pop("chat_languages")
    # "/follow Казахстан ' OR" rightly follows Kazakhstan: the reader's own follows may change.
    followed = after.pop("follows")
    assert {(row[0], row[1]) for row in followed} <= {(READER_ID, "KAZ")}
    assert {row[0] for row in after.pop("follower_chats")} <= {READER_ID}
    before.pop("follows")
    before.pop("follower_chats")
    assert after == before
