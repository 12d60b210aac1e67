"""The bot under faults: Telegram's servers failing or hanging, and the database turning read-only.

Telegram's faults come from the fake Bot API server's ``fail_next`` switches. The read-only
database is made by the kernel: ``chattr +i`` on the database and its WAL, which refuses writes
even to root and even through files already open, as a read-only remount does. (``chmod``
would not do: it stops neither root nor a process that opened the file before the change.)
On PostgreSQL the same test turns the server read-only under the bot (``ALTER SYSTEM SET
default_transaction_read_only``, as a primary demoted to a standby refuses writes). Telegram's
faults touch no store: those tests run on SQLite only.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.handlers.errors import APOLOGY, WRITE_FAILED
from storage import row_from_draft
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.harness import polling_bot
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import csv_bytes, make_draft
from tests.raw_database import RawDatabase


def _text(call: Call) -> str:
    return parse_telegram_html(str(call.params["text"]))[0]


async def _ask(api: FakeBotApi, text: str, *, user_id: int = 1001, within: float = 10.0) -> str:
    """Send a message, wait for the bot's next reply, return its visible text."""
    before = len(api.sent("sendMessage"))
    api.message_update(text, user_id=user_id, chat_id=user_id)
    replies = await api.wait_for("sendMessage", count=before + 1, timeout=within)
    return _text(replies[before])


async def test_the_fault_switches_fail_as_telegram_does(
    api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
):
    """429 carries retry_after, 502 is a network error, a hang outlasts the client's timeout;
    each switch fails only the next N calls of its method, and the calls after it work."""
    # Without it, PTB 22 warns of retry_after's coming type on every RetryAfter it makes.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    request = HTTPXRequest(read_timeout=0.3)
    async with Bot(api.token, base_url=api.base_url, request=request) as bot:
        api.fail_next("getMe", status=429, retry_after=7)
        api.fail_next("getMe", 2, status=502)
        with pytest.raises(RetryAfter) as too_many:
            await bot.get_me()
        assert too_many.value.retry_after == timedelta(seconds=7)
        for _ in range(2):
            with pytest.raises(NetworkError, match="Bad Gateway"):
                await bot.get_me()
        assert (await bot.get_me()).username == "FactBot"

        api.fail_next("getMe", hang=1.0)
        with pytest.raises(TimedOut):
            await bot.get_me()
        assert (await bot.get_me()).username == "FactBot"
    # The first getMe is the Bot's own, at initialisation.
    assert [call.error for call in api.sent("getMe")[1:]] == [
        "Too Many Requests: retry after 7", "Bad Gateway", "Bad Gateway", None, None, None,
    ]  # fmt: skip


async def _failed_calls(api: FakeBotApi, method: str, count: int, within: float) -> None:
    """Wait until ``count`` calls of ``method`` failed through ``fail_next``."""
    for _ in range(int(within / 0.05)):
        if len([call for call in api.sent(method) if call.error]) >= count:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{method} did not fail {count} times within {within}s")


@pytest.mark.timeout(60)
async def test_polling_survives_three_bad_gateways_and_answers_the_next_command(
    api: FakeBotApi, running_bot: object
):
    """Telegram's getUpdates fails with 502 three times in a row while the bot runs; the bot
    keeps polling (PTB backs off 1, 1.5 and 2.25 s) and answers the command sent after."""
    api.fail_next("getUpdates", 3, status=502)
    await _failed_calls(api, "getUpdates", 3, within=20)
    reply = await _ask(api, "/flows kazakhstan", within=20)
    assert reply.startswith("Flows of people: Kazakhstan")
    assert [call.error for call in api.sent("getUpdates") if call.error] == ["Bad Gateway"] * 3


@pytest.mark.timeout(60)
async def test_a_send_that_hangs_is_given_up_and_later_commands_are_answered(
    api: FakeBotApi, running_bot: object
):
    """sendMessage hangs past PTB's 5 s read timeout once: the user gets an apology, and the
    bot goes on answering."""
    api.fail_next("sendMessage", hang=6.0)
    api.message_update("/flows kazakhstan")
    sent = await api.wait_for("sendMessage", count=2, timeout=20)
    # The hung reply may still reach the user once Telegram recovers; the apology comes first.
    assert _text(sent[1]) == APOLOGY
    assert (await _ask(api, "/fact 1", within=20)).startswith("Fact #1 · published")
    assert (await _ask(api, "/search citizenship")).startswith("Search: citizenship")


@contextmanager
def _read_only(database: RawDatabase) -> Iterator[None]:
    """Make the store's database refuse writes under the running bot, and take them again
    afterwards."""
    if database.backend == "postgresql":
        with _server_read_only(database):
            yield
        return
    db_path = Path(database.where)
    with _files_read_only(db_path, db_path.with_name(db_path.name + "-wal")):
        yield


# A server setting, so that the connections the bot's pool holds open take it on reload.
_READ_ONLY = "ALTER SYSTEM SET default_transaction_read_only = {}"


@contextmanager
def _server_read_only(database: RawDatabase) -> Iterator[None]:
    """Every transaction on the server read-only, as on a standby, until the block ends."""
    database.execute(_READ_ONLY.format("on"))
    try:
        database.execute("SELECT pg_reload_conf()")
        # Each session rereads the configuration when its server process next takes the
        # signal; a new one proves the reload is done, the pause lets the idle ones catch up.
        assert database.execute("SHOW default_transaction_read_only") == [("on",)]
        time.sleep(0.5)
        yield
    finally:
        database.execute("ALTER SYSTEM RESET default_transaction_read_only")
        database.execute("SELECT pg_reload_conf()")
        time.sleep(0.5)


@contextmanager
def _files_read_only(*paths: Path) -> Iterator[None]:
    """Make files immutable (as a read-only mount would), and writable again afterwards."""
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is not installed: cannot make a file read-only for root")
    done: list[Path] = []
    try:
        for path in paths:
            result = subprocess.run(
                [chattr, "+i", str(path)], capture_output=True, text=True, check=False
            )
            if result.returncode != 0:
                # Needs CAP_LINUX_IMMUTABLE (root) and a file system with the flag (ext4, xfs).
                pytest.skip(f"cannot make {path.name} immutable: {result.stderr.strip()}")
            done.append(path)
        yield
    finally:
        for path in done:
            subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.mark.both_backends
@pytest.mark.timeout(60)
async def test_a_read_only_database_still_answers_readers_and_refuses_writes_whole(
    api: FakeBotApi, bot_env: dict[str, str], database: RawDatabase
):
    """With the database and its WAL made read-only under the running bot, readers are
    answered, curators' writes are refused with a clear message and leave no trace; once the
    files are writable again, the same write works."""
    upload = csv_bytes([row_from_draft(make_draft())])
    async with polling_bot(api):
        assert (await _ask(api, "/flows kazakhstan")).startswith("Flows of people: Kazakhstan")
        before = database.state()
        with _read_only(database):
            assert (await _ask(api, "/flows kazakhstan")).startswith("Flows of people: Kazakhstan")
            edit = await _ask(api, "/editfact 1 value=210000", user_id=ADMIN_ID)
            assert edit == WRITE_FAILED
            assert await _ask(api, "/retract 2 duplicate", user_id=ADMIN_ID) == WRITE_FAILED
            document = api.add_file(upload, file_name="facts.csv", mime_type="text/csv")
            count = len(api.sent("sendMessage"))
            api.message_update("", user_id=ADMIN_ID, chat_id=ADMIN_ID, document=document)
            replies = await api.wait_for("sendMessage", count=count + 1)
            assert _text(replies[count]) == WRITE_FAILED
            assert (await _ask(api, "/fact 1")).startswith("Fact #1 · published · version 1")
        assert database.state() == before
        if database.backend == "sqlite":
            assert database.execute("PRAGMA integrity_check") == [("ok",)]
        edited = await _ask(api, "/editfact 1 value=210000", user_id=ADMIN_ID)
        assert edited.startswith("Fact #1 is now version 2.")
    assert APOLOGY not in [_text(call) for call in api.sent("sendMessage")]
