"""What bot.sessions relies on in python-telegram-bot, and the session parts' JSON.

bot.sessions sets and reads a ConversationHandler's states per (chat, user) through PTB's
private ``_conversations`` dict, and sees a reset timer in ``timeout_jobs``; these tests fail
if PTB renames them or stops deciding by them.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from typing import Any

from telegram import Update
from telegram.ext import CommandHandler, ConversationHandler, MessageHandler, filters

from bot.handlers import SESSION_PARTS
from bot.handlers.addfact import ADDFACT_SESSION, _Drafts, _Guided
from bot.handlers.changes import CHANGES_SESSION, PendingChange
from bot.handlers.ingest import INGEST_SESSION, _Review
from bot.ingest.drafts import DocumentFields
from storage import load_seed

CHAT, USER = -100123, 4242
ASKING = 7


async def _noop(_update: Update, _context: Any) -> int:
    return ASKING


def _text_update(text: str) -> Update:
    return Update.de_json(
        {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": CHAT, "type": "supergroup", "title": "Curators"},
                "from": {"id": USER, "is_bot": False, "first_name": "Curator"},
                "text": text,
            },
        },
        None,
    )


def test_ptb_decides_a_conversations_step_by_its_private_states_dict():
    handler: ConversationHandler[Any] = ConversationHandler(
        entry_points=[CommandHandler("start", _noop)],
        states={ASKING: [MessageHandler(filters.TEXT, _noop)]},
        fallbacks=[],
        name="probe",
    )
    update = _text_update("an answer")
    assert isinstance(handler._conversations, dict)
    assert isinstance(handler.timeout_jobs, dict)
    assert handler.check_update(update) is None  # no conversation: not an entry point
    handler._conversations[(CHAT, USER)] = ASKING
    checked = handler.check_update(update)
    assert checked is not None
    state, key, *_ = checked
    assert (state, key) == (ASKING, (CHAT, USER))


def _round_trip(part: Any, value: Any) -> Any:
    return part.load(json.loads(json.dumps(part.dump(value))), None)


def test_every_part_has_its_own_key():
    keys = [part.key for part in SESSION_PARTS]
    assert len(set(keys)) == len(keys) == 3


def test_addfact_drafts_come_back_from_json_as_they_were():
    draft = load_seed()[0]
    drafts = _Drafts(
        guided={CHAT: _Guided({"metric": "entered", "counted": "Russians"}, "origin", "tok")},
        previews={"tok": draft, "other": draft},
    )
    assert _round_trip(ADDFACT_SESSION, drafts) == drafts
    assert ADDFACT_SESSION.dump(_Drafts()) == {}


def test_an_ingest_review_comes_back_from_json_without_its_proposal():
    for published in (date(2022, 9, 28), datetime(2022, 9, 28, 18, tzinfo=UTC), None):
        review = _Review(
            "text",
            DocumentFields(publisher="Example Times", title="T", published_at=published),
            token="tok",
            position=2,
            asking=None,
            saved=[16, 17],
        )
        back = _round_trip(INGEST_SESSION, {CHAT: review})
        assert back == {CHAT: review}


def test_pending_changes_come_back_from_json_as_they_were():
    kept = {
        "a": PendingChange(1, 3, (("value", "60000"), ("claim", "x")), None),
        "b": PendingChange(2, 1, (), "a duplicate"),
    }
    assert _round_trip(CHANGES_SESSION, kept) == kept
