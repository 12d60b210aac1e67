"""A curator's conversation lives in the store: two bots in webhook mode over one PostgreSQL
database take turns at a curator's updates, as two replicas behind a proxy would, and a bot on
SQLite picks a conversation up after a restart.

The test plays the proxy: each update the fake Bot API queues is posted to the replica the test
chose. Both replicas send through the one fake Bot API, so a message either sent can be edited
by the other, as on Telegram.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from structlog.testing import capture_logs

from bot.settings import Settings
from storage import load_seed
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import bot_store, polling_bot
from tests.e2e.processes import free_port
from tests.e2e.test_addfact import CLAIM, EXPIRED, GEORGIA, ONE_MESSAGE, Chat, Press, Reply, _saved
from tests.e2e.test_ingest import ARTICLE, Curator, _buttons, _text

SECRET = "a-webhook-secret_0123456789"
TIME_UP = (
    "Time is up: the fact you were adding was dropped and nothing was saved. "
    "Send /addfact to start again."
)


class Proxy:
    """Posts each update to the replica chosen by ``to`` (0 or 1), as a proxy in front of two
    webhook replicas would."""

    def __init__(self, api: FakeBotApi, ports: tuple[int, int]) -> None:
        self.ports = ports
        self.to = 0
        self.delivered = [0, 0]
        self._posts: list[asyncio.Task[None]] = []
        self._client = httpx.AsyncClient(timeout=10)
        api.webhook_sink = self._deliver

    def _deliver(self, update: dict[str, Any]) -> None:
        self.delivered[self.to] += 1
        self._posts.append(asyncio.create_task(self._post(self.ports[self.to], update)))

    async def _post(self, port: int, update: dict[str, Any]) -> None:
        response = await self._client.post(
            f"http://127.0.0.1:{port}/hooks/factbot",
            json=update,
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        assert response.status_code == 200

    async def close(self) -> None:
        await asyncio.gather(*self._posts)
        await self._client.aclose()


def _replica(port: int) -> Settings:
    """One replica's settings: the environment's (token, store, curators), its own port."""
    return Settings(
        mode="webhook",
        webhook_url="https://bot.example.org/hooks/factbot",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
    )


@pytest.fixture(name="proxy")
async def _proxy(api: FakeBotApi, bot_env: dict[str, str]) -> AsyncIterator[Proxy]:
    """Two bots in webhook mode over the store of ``bot_env``, and the proxy before them."""
    proxy = Proxy(api, (free_port(), free_port()))
    async with AsyncExitStack() as replicas:
        for port in proxy.ports:
            await replicas.enter_async_context(polling_bot(api, _replica(port)))
        try:
            yield proxy
        finally:
            await proxy.close()


async def _audit_rows(bot_env: dict[str, str], fact_id: int) -> list[str]:
    async with await bot_store(bot_env) as store:
        return [entry.action for entry in await store.history(fact_id)]


async def _count_facts(bot_env: dict[str, str]) -> int:
    async with await bot_store(bot_env) as store:
        return await store.count_facts()


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_a_guided_addfact_goes_on_whichever_replica_takes_the_next_answer(
    api: FakeBotApi, proxy: Proxy, bot_env: dict[str, str]
):
    """Every answer reaches the other replica than the one before; Save, the first again."""
    curator = Chat(api)
    question = await curator.send("/addfact")
    for answer in GEORGIA:
        proxy.to = 1 - proxy.to
        if isinstance(answer, Press):
            question = await curator.choose(answer.label, question)
        else:
            question = await curator.send(answer)
    assert question.text.startswith("Preview")
    assert CLAIM in question.text
    proxy.to = 0
    fact_id = await _saved(curator, question)
    assert proxy.delivered[0] > 10
    assert proxy.delivered[1] > 10
    assert await _count_facts(bot_env) == len(load_seed()) + 1
    assert await _audit_rows(bot_env, fact_id) == ["add"]


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_an_ingest_reviews_save_works_on_the_other_replica(
    api: FakeBotApi, proxy: Proxy, bot_env: dict[str, str]
):
    curator = Curator(api)
    await curator.send("/ingest")
    proxy.to = 1
    (question,) = await curator.send(ARTICLE)
    assert "Who did?" in _text(question)
    proxy.to = 0
    summary, first = await curator.send("Example Times", count=2)
    assert "I found 3 candidate facts." in _text(summary)
    assert "Candidate 1 of 3" in _text(first)
    proxy.to = 1
    saved, second = await curator.press("Save", first)
    assert _text(saved).startswith("Saved as fact #16.")
    assert "Candidate 2 of 3" in _text(second)
    proxy.to = 0
    skipped, third = await curator.press("Skip", second)
    assert _text(skipped) == "Skipped."
    proxy.to = 1
    saved_again, done = await curator.press("Save", third)
    assert _text(saved_again).startswith("Saved as fact #17.")
    assert _text(done) == "Review done. Saved: #16, #17."
    # The first candidate's Save, pressed again on the replica that saved it, has expired.
    answered = len(api.sent("answerCallbackQuery"))
    api.callback_update(_buttons(first)["Save"], message=first.result, user_id=ADMIN_ID)
    expired = (await api.wait_for("answerCallbackQuery", count=answered + 1))[answered]
    assert expired.params["text"] == "This review has ended: send /ingest again."
    assert await _count_facts(bot_env) == len(load_seed()) + 2
    assert await _audit_rows(bot_env, 16) == ["add"]
    assert await _audit_rows(bot_env, 17) == ["add"]


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_a_timeout_on_one_replica_spares_a_conversation_continued_on_the_other(
    api: FakeBotApi, bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    """Replica A's timer, set by /addfact, fires after the curator answered on replica B:
    it finds B's later expiry in the store and does nothing; B's own timer then ends it."""
    monkeypatch.setenv("FACTBOT_ADDFACT_TIMEOUT", "2")
    proxy = Proxy(api, (free_port(), free_port()))
    async with AsyncExitStack() as replicas:
        for port in proxy.ports:
            await replicas.enter_async_context(polling_bot(api, _replica(port)))
        curator = Chat(api)
        first = await curator.send("/addfact")
        started = asyncio.get_running_loop().time()
        await asyncio.sleep(1.2)
        proxy.to = 1
        question = await curator.choose("Entered", first)
        assert question.text.startswith("What is counted?")
        # A's timer fires at 2 s, B's at 3.2 s.
        await asyncio.sleep(2.6 - (asyncio.get_running_loop().time() - started))
        assert TIME_UP not in [_visible(call) for call in api.sent("sendMessage")]
        seen = len(api.sent("sendMessage"))
        (timed_out,) = (await api.wait_for("sendMessage", count=seen + 1, timeout=10))[seen:]
        assert _visible(timed_out) == TIME_UP
        assert asyncio.get_running_loop().time() - started > 3
        await asyncio.sleep(0.5)
        assert [_visible(call) for call in api.sent("sendMessage")].count(TIME_UP) == 1
        # The conversation is over on both: the answer is read as a question.
        proxy.to = 0
        answered = await curator.send("Russian citizens")
        assert not answered.text.startswith("Origin")
        await proxy.close()


async def test_a_guided_addfact_survives_a_restart_on_sqlite(
    api: FakeBotApi, bot_env: dict[str, str]
):
    curator = Chat(api)
    async with polling_bot(api):
        question = await curator.answer_all(GEORGIA[:5], await curator.send("/addfact"))
        assert question.text.startswith("How did the source qualify")
    async with polling_bot(api):
        preview = await curator.answer_all(GEORGIA[5:], question)
        assert preview.text.startswith("Preview")
    async with polling_bot(api):
        fact_id = await _saved(curator, preview)
    assert await _audit_rows(bot_env, fact_id) == ["add"]


async def test_a_conversation_whose_timer_went_with_its_process_expires_when_next_loaded(
    api: FakeBotApi, bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
):
    """The bot restarts mid-/addfact and the curator comes back after the timeout: no timer
    was left to end it, so loading the session does, and the draft's preview is gone."""
    monkeypatch.setenv("FACTBOT_ADDFACT_TIMEOUT", "3")
    curator = Chat(api)
    async with polling_bot(api):
        preview = await curator.answer_all(GEORGIA, await curator.send("/addfact"))
        assert preview.text.startswith("Preview")
    await asyncio.sleep(3.5)
    async with polling_bot(api):
        answer = await curator.press("Save", preview)
        assert answer.params["text"].startswith("This preview has expired")
    assert await _count_facts(bot_env) == len(load_seed())


def _visible(call: Any) -> str:
    return Reply(call, call.result).text


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_one_save_pressed_on_both_replicas_at_once_saves_once(
    api: FakeBotApi, proxy: Proxy, bot_env: dict[str, str]
):
    """The two presses take turns: the first saves and forgets the preview, the second finds
    it gone. (Without the turn, both would load the preview and the second add the fact
    again, refused only as a duplicate.)"""
    curator = Chat(api)
    preview = await curator.send(ONE_MESSAGE)
    answered = len(api.sent("answerCallbackQuery"))
    for replica in (0, 1):
        proxy.to = replica
        api.callback_update(preview.buttons["Save"], message=preview.message, user_id=ADMIN_ID)
    calls = await api.wait_for("answerCallbackQuery", count=answered + 2)
    answers = sorted(str(call.params["text"]) for call in calls[answered:])
    assert answers[0].startswith("Saved as fact #")
    assert answers[1] == EXPIRED
    assert await _count_facts(bot_env) == len(load_seed()) + 1


async def test_a_session_this_version_cannot_read_is_forgotten_not_fatal(
    api: FakeBotApi, bot_env: dict[str, str]
):
    """A row from another version of the bot: the curator starts afresh, and the row is
    replaced, instead of every update of theirs failing."""
    async with await bot_store(bot_env) as store:
        await store.save_session(
            ADMIN_ID,
            '{"v": 1, "parts": {"addfact": {"drafts of": "another shape"}}, "conversations": {}}',
            expires_at=datetime.now(UTC) + timedelta(hours=1),
        )
    curator = Chat(api)
    async with polling_bot(api):
        first = await curator.send("/addfact")
        assert "Adding a fact" in first.text
        question = await curator.choose("Entered", first)
        assert question.text.startswith("What is counted?")
    async with await bot_store(bot_env) as store:
        kept = json.loads(await store.load_session(ADMIN_ID) or "{}")
    assert kept["parts"]["addfact"]["guided"][str(ADMIN_ID)]["row"] == {"metric": "entered"}


async def test_readers_never_touch_sessions_and_curators_are_answered_without_them(
    api: FakeBotApi, bot_env: dict[str, str], db_path: Path
):
    """With the sessions table gone, a reader's update is answered with no word of it (it
    never asks the store for a session), and a curator's is answered from the process."""
    async with polling_bot(api):
        with sqlite3.connect(db_path) as raw:
            raw.execute("DROP TABLE sessions")
        with capture_logs() as logs:
            reader = await Chat(api, user_id=1001).send("/flows kazakhstan")
            assert "Kazakhstan" in reader.text
            assert [line for line in logs if line["event"].startswith("session")] == []
            first = await Chat(api).send("/addfact")
            assert "Adding a fact" in first.text
        assert {line["event"] for line in logs if line["log_level"] == "warning"} == {
            "session_unavailable"
        }
