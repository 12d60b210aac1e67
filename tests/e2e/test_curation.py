"""Curators edit, retract, import and export through the chat; everyone else is refused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from storage import row_from_draft
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.harness import bot_store
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import csv_bytes, make_draft

READER_ID = 1001


def _text(call: Call) -> str:
    text, _ = parse_telegram_html(str(call.params["text"]))
    return text


async def _ask(api: FakeBotApi, text: str, *, user_id: int = ADMIN_ID, **kwargs) -> str:
    """Send a message, wait for the bot's next reply, return its visible text."""
    before = len(api.sent("sendMessage"))
    api.message_update(text, user_id=user_id, chat_id=user_id, **kwargs)
    replies = await api.wait_for("sendMessage", count=before + 1)
    return _text(replies[before])


async def _upload(api: FakeBotApi, data: bytes, name: str, *, user_id: int = ADMIN_ID) -> str:
    document = api.add_file(data, file_name=name, mime_type="text/csv")
    before = len(api.sent("sendMessage"))
    api.message_update("", user_id=user_id, chat_id=user_id, document=document, caption="/import")
    replies = await api.wait_for("sendMessage", count=before + 1)
    return _text(replies[before])


async def _snapshot(bot_env: dict[str, str]) -> list[object]:
    async with await bot_store(bot_env) as store:
        return [fact async for fact in store.iter_facts(include_retracted=True)]


@pytest.mark.both_backends
async def test_readers_cannot_change_facts(
    api: FakeBotApi, running_bot: object, bot_env: dict[str, str]
):
    before = await _snapshot(bot_env)
    for command in ("/editfact 1 value=1", "/retract 1 spam", "/import", "/export"):
        assert await _ask(api, command, user_id=READER_ID) == "Only curators can change facts."
    data = csv_bytes([row_from_draft(make_draft())])
    assert await _upload(api, data, "facts.csv", user_id=READER_ID) == (
        "Only curators can change facts."
    )
    assert api.sent("getFile") == []
    assert api.sent("sendDocument") == []
    assert await _snapshot(bot_env) == before


@pytest.mark.both_backends
async def test_upload_with_a_bad_row_stores_nothing_then_the_fixed_file_is_stored(
    api: FakeBotApi, running_bot: object
):
    rows = [row_from_draft(make_draft(figure={"qualifier": "exact", "value": v})) for v in (1, 2)]
    bad = [rows[0], rows[1] | {"published_at": "2022-02-30"}]
    report = await _upload(api, csv_bytes(bad), "facts.csv")
    assert report.startswith("Nothing was imported: 1 problem in a file of 2 rows.")
    assert "row 3, published_at: day is out of range for month" in report
    assert len(api.sent("getFile")) == 1
    assert "No flows into or out of Georgia" in await _ask(api, "/flows georgia")

    assert await _upload(api, csv_bytes(rows), "facts.csv") == (
        "Imported: 2 facts added, 0 already present."
    )
    flows = await _ask(api, "/flows georgia")
    assert "Into Georgia (2)" in flows
    assert "Said by Vakhtang Gomelauri" in flows
    assert await _upload(api, csv_bytes(rows), "facts.csv") == (
        "Imported: 0 facts added, 2 already present."
    )


@pytest.mark.both_backends
async def test_files_that_are_not_facts_get_a_clear_message(api: FakeBotApi, running_bot: object):
    assert "the file is empty" in await _upload(api, b"", "facts.csv")
    assert "not UTF-8" in await _upload(api, b"metric\n\xff\n", "facts.csv")
    assert "is not a CSV or JSON file" in await _upload(api, b"hello", "notes.txt")
    too_large = await _upload(api, b"metric\n" + b"x" * (5 * 1_048_576), "facts.csv")
    assert too_large == "The file is larger than 5 MB; use factbot import."
    assert len(api.sent("getFile")) == 3  # the large file was never downloaded


@pytest.mark.both_backends
async def test_edit_and_retract_change_what_flows_shows_and_history_keeps_every_version(
    api: FakeBotApi, running_bot: object
):
    edited = await _ask(api, '/editfact 1 value=210000 counted="Russian nationals"')
    assert edited.startswith("Fact #1 is now version 2.")
    assert "• value: 200000 → 210000" in edited
    flows = await _ask(api, "/flows kazakhstan")
    assert "more than 210,000 Russian nationals entered Kazakhstan" in flows
    assert "more than 200,000" not in flows

    retracted = await _ask(api, "/retract 3 counted twice")
    assert retracted.startswith("Fact #3 is retracted and no longer appears in answers.")
    flows = await _ask(api, "/flows kazakhstan")
    assert "▪️ 7,000 Russian citizens" not in flows
    assert "Into Kazakhstan (2)" in flows
    fact = await _ask(api, "/fact 3", user_id=READER_ID)
    assert "Fact #3 · retracted · version 2" in fact
    assert "Retracted: counted twice" in fact

    history = await _ask(api, "/history 1")
    assert "v1 · " in history
    assert "imported by seed" in history
    assert f"edited by telegram:{ADMIN_ID}" in history
    assert "value: 200000 → 210000" in history
    assert "counted: Russian citizens → Russian nationals" in history
    public = await _ask(api, "/history 3", user_id=READER_ID)
    assert "retracted by a curator: counted twice" in public
    assert f"telegram:{ADMIN_ID}" not in public


@pytest.mark.both_backends
async def test_bad_edits_name_the_field_and_change_nothing(api: FakeBotApi, running_bot: object):
    for arguments, expected in [
        ("value=-5", "value: Input should be greater than or equal to 0"),
        ("value=lots", "value: Input should be a valid integer"),
        ("published_at=2022-02-30", "published_at: day is out of range for month"),
        ("period_end=2020-01-01", "period_end: ends before period_start"),
        ("destination=Atlantis", "destination: 'Atlantis' is not a country I know"),
        ("publisher=", "publisher: is required"),
        ("claim=" + "x" * 301, "claim: String should have at most 300 characters"),
        ('claim="unclosed', "a quoted value is not closed"),
    ]:
        reply = await _ask(api, f"/editfact 1 {arguments}")
        assert expected in reply, (arguments, reply)
    assert "Nothing changed: no fact has id #99" in await _ask(api, "/editfact 99 value=1")
    assert "Usage: /editfact ID field=value" in await _ask(api, "/editfact")
    assert "Fact #1 · published · version 1" in await _ask(api, "/fact 1")


@pytest.mark.both_backends
async def test_export_sends_csv_and_json_that_import_reads_back(
    api: FakeBotApi, running_bot: object, tmp_path: Path
):
    await _ask(api, "/retract 2 test")
    api.message_update("/export all", user_id=ADMIN_ID, chat_id=ADMIN_ID)
    csv_call, json_call = await api.wait_for("sendDocument", count=2)
    assert csv_call.file_names["document"].endswith(".csv")
    assert json_call.file_names["document"].endswith(".json")
    assert csv_call.params["caption"] == "15 facts, CSV"
    exported = csv_call.params["document"]
    assert isinstance(exported, bytes)
    rows = list(csv.DictReader(io.StringIO(exported.decode("utf-8"))))
    assert [row["status"] for row in rows].count("retracted") == 1
    api.message_update("/export", user_id=ADMIN_ID, chat_id=ADMIN_ID)
    published, _ = (await api.wait_for("sendDocument", count=4))[2:]
    assert published.params["caption"] == "14 facts, CSV"
