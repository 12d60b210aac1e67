"""Issue 14 as people use it, through the chat alone: a reader follows Georgia with /follow, a
curator adds a Georgia flow with /addfact, corrects it with /editfact and retracts it with
/retract (each previewed with the followers it will notify), then imports 50 Georgia facts;
the reader is told each, cited as /flows cites it, and a reader following Kazakhstan hears
nothing of any of it."""

from __future__ import annotations

import asyncio

import pytest

from storage import FactDraft, row_from_draft
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.notices import calls_to, delivered_to, text_of, wait_delivered
from tests.e2e.test_addfact import ONE_MESSAGE, Chat
from tests.factories import csv_bytes, draft_data

# Through the bot on SQLite, then on PostgreSQL.
pytestmark = pytest.mark.both_backends

GEORGIA_READER, KAZAKHSTAN_READER = 701, 702


def _entry(text: str, fact_id: int) -> str:
    """The lines of one cited fact in a message: from its bullet to its citation."""
    for block in text.split("\n\n"):
        if f"fact #{fact_id}" in block and "▪️" in block:
            return block[block.index("▪️") :]
    raise AssertionError(f"no entry of fact #{fact_id} in {text!r}")


async def test_a_follower_hears_of_a_fact_its_correction_its_retraction_and_an_import(
    api: FakeBotApi, running_bot: object
):
    georgian, kazakh, curator = Chat(api, GEORGIA_READER), Chat(api, KAZAKHSTAN_READER), Chat(api)
    assert "Georgia" in (await georgian.send("/follow Georgia")).text
    assert "Kazakhstan" in (await kazakh.send("/follow Казахстан")).text

    preview = await curator.send(ONE_MESSAGE)
    answer, _ = await curator.press_and_edit("Save", preview)
    fact_id = int(answer.params["text"].removeprefix("Saved as fact #").rstrip("."))
    added = (await wait_delivered(api, GEORGIA_READER, 2))[1]  # after the /follow reply
    flows = await curator.send("/flows georgia")
    # Cited exactly as /flows cites it.
    assert _entry(text_of(added), fact_id) == _entry(flows.text, fact_id)
    assert "/flows georgia" in text_of(added)

    preview = await curator.send(f"/editfact {fact_id} value=52000")
    assert "This will notify 1 follower" in preview.text
    await curator.press_and_edit("Save", preview)
    corrected = (await wait_delivered(api, GEORGIA_READER, 3))[2]
    text = text_of(corrected)
    assert "about 52,000 Russian citizens entered Georgia" in text
    assert "was: about 50,000" in text
    assert "Said by Vakhtang Gomelauri" in text

    preview = await curator.send(f"/retract {fact_id} the ministry withdrew the figure")
    assert "This will notify 1 follower" in preview.text
    await curator.press_and_edit("Save", preview)
    retracted = (await wait_delivered(api, GEORGIA_READER, 4))[3]
    text = text_of(retracted)
    assert f"#{fact_id}" in text
    assert "about 52,000" in text
    assert "the ministry withdrew the figure" in text

    rows = [
        row_from_draft(
            FactDraft.model_validate(
                draft_data(figure={"qualifier": "exact", "value": 900 + n}, claim=f"Report {n}.")
            )
        )
        for n in range(50)
    ]
    document = api.add_file(csv_bytes(rows), file_name="georgia.csv", mime_type="text/csv")
    api.message_update("", user_id=curator.user_id, chat_id=curator.chat_id, document=document,
                       caption="/import")  # fmt: skip
    digest = (await wait_delivered(api, GEORGIA_READER, 5))[4]
    assert "50 new facts on Georgia" in text_of(digest)
    assert "/flows georgia" in text_of(digest)
    await asyncio.sleep(1.5)  # room for anything more, which must not come

    assert len(delivered_to(api, GEORGIA_READER)) == 5  # the /follow reply, then four notices
    assert len(calls_to(api, KAZAKHSTAN_READER)) == 1  # its /follow reply alone
