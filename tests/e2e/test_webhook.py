"""Webhook mode: Telegram's role is played by the test, posting updates to the bot's server."""

from __future__ import annotations

import asyncio
import gc
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from structlog.testing import capture_logs

from bot.runner import serve
from bot.settings import Settings
from storage import open_seeded_store
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.harness import polling_bot
from tests.e2e.processes import FACTBOT, factbot_env, free_port
from tests.e2e.telegram_html import parse_telegram_html

SECRET = "a-webhook-secret_0123456789"
WEBHOOK_URL = "https://bot.example.org/hooks/factbot"


@pytest.fixture(name="webhook_env")
def _webhook_env(bot_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {
        **bot_env,
        "FACTBOT_MODE": "webhook",
        "FACTBOT_WEBHOOK_URL": WEBHOOK_URL,
        "FACTBOT_WEBHOOK_SECRET": SECRET,
        "FACTBOT_WEBHOOK_LISTEN": "127.0.0.1",
        "FACTBOT_WEBHOOK_PORT": str(free_port()),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def _message(update_id: int, text: str, *, user_id: int = 1001) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private", "first_name": "Reader"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Reader"},
        "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
    }
    return {"update_id": update_id, "message": message}


async def _post(env: dict[str, str], update: dict[str, Any], secret: str | None) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    url = f"http://127.0.0.1:{env['FACTBOT_WEBHOOK_PORT']}/hooks/factbot"
    async with httpx.AsyncClient() as client:
        response = await client.post(url, json=update, headers=headers, timeout=10)
    return response.status_code


async def _healthcheck(env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT),
        "healthcheck",
        env=factbot_env(env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, output.decode().strip()


async def test_webhook_is_registered_with_its_secret_and_answers_updates_posted_with_it(
    api: FakeBotApi, webhook_env: dict[str, str]
):
    async with polling_bot(api):
        (registered,) = api.sent("setWebhook")
        assert registered.params["url"] == WEBHOOK_URL
        assert registered.params["secret_token"] == SECRET
        assert api.sent("getUpdates") == []

        assert await _post(webhook_env, _message(1, "/flows kazakhstan"), SECRET) == 200
        (reply,) = await api.wait_for("sendMessage")
        text, _ = parse_telegram_html(str(reply.params["text"]))
        assert "more than 200,000 Russian citizens entered Kazakhstan" in text
        assert "Ukrainska Pravda" in text


@pytest.mark.both_backends
async def test_an_update_posted_twice_is_answered_once(
    api: FakeBotApi, webhook_env: dict[str, str]
):
    """Telegram posts an update again when its post got no answer, and a proxy may pass a
    dropped post on: the second post of the same update is taken (200) and not answered."""
    async with polling_bot(api):
        assert await _post(webhook_env, _message(41, "/flows kazakhstan"), SECRET) == 200
        await api.wait_for("sendMessage")
        assert await _post(webhook_env, _message(41, "/flows kazakhstan"), SECRET) == 200
        assert await _post(webhook_env, _message(42, "/fact 1"), SECRET) == 200
        await api.wait_for("sendMessage", count=2)
        await asyncio.sleep(0.3)  # room for a second answer to 41, which must not come
    texts = [str(call.params["text"]) for call in api.sent()]
    assert len(texts) == 2
    assert "Flows of people" in texts[0]
    assert "Fact #1" in parse_telegram_html(texts[1])[0]


@pytest.mark.parametrize("secret", ["a-wrong-secret", "", None], ids=["wrong", "empty", "none"])
async def test_a_request_without_the_secret_is_refused_with_403_and_changes_nothing(
    api: FakeBotApi, webhook_env: dict[str, str], db_path: Path, secret: str | None
):
    async with polling_bot(api):
        retraction = _message(
            7, "/retract 1 forged by someone who is not Telegram", user_id=ADMIN_ID
        )
        assert await _post(webhook_env, retraction, secret) == 403
        assert await _post(webhook_env, _message(8, "/flows kazakhstan"), secret) == 403
        # The right secret still works afterwards, and shows the fact untouched.
        assert await _post(webhook_env, _message(9, "/fact 1"), SECRET) == 200
        (reply,) = await api.wait_for("sendMessage")
    assert "retracted" not in str(reply.params["text"]).lower()
    async with await open_seeded_store(db_path) as store:
        fact = await store.get_fact(1)
        history = await store.history(1)
    assert fact.status == "published"
    assert fact.version == 1
    assert len(history) == 1


async def test_healthcheck_in_webhook_mode_asks_the_web_server(
    api: FakeBotApi, webhook_env: dict[str, str]
):
    async with polling_bot(api):
        assert await _healthcheck(webhook_env) == (0, "ok")
    code, output = await _healthcheck(webhook_env)
    assert code == 1
    port = webhook_env["FACTBOT_WEBHOOK_PORT"]
    assert output.startswith(f"unhealthy: the webhook server on 127.0.0.1:{port} does not answer")


def test_webhook_mode_needs_its_url_and_secret(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FACTBOT_MODE", "webhook")
    with pytest.raises(ValueError, match="FACTBOT_WEBHOOK_URL and FACTBOT_WEBHOOK_SECRET"):
        Settings()


# tornado leaves the socket it failed to bind for the garbage collector; the process exits
# there, so it is no leak of factbot's, but pytest would see it in a later test.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
async def test_a_webhook_port_already_taken_exits_1_with_a_clear_line(
    api: FakeBotApi, webhook_env: dict[str, str]
):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", int(webhook_env["FACTBOT_WEBHOOK_PORT"])))
        taken.listen()
        with capture_logs() as logs:
            code = await serve(Settings(), asyncio.Event())
        gc.collect()
    assert code == 1
    (failed,) = [line for line in logs if line["event"] == "webhook_server_failed"]
    assert failed["listen"] == f"127.0.0.1:{webhook_env['FACTBOT_WEBHOOK_PORT']}"
    assert "in use" in failed["reason"]
