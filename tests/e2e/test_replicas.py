"""Two ``factbot run`` replicas in webhook mode over one PostgreSQL database, behind a proxy on
127.0.0.1 that alternates between them (tests/e2e/proxy.py); the test plays Telegram and posts
every update to the proxy.

The replicas start at the same moment on an empty database, so both migrate and seed it at
once. Then: a thousand readers' updates get a thousand replies, each once and to its chat; one
replica killed with SIGKILL while a curator's import runs on it leaves the other answering and
the database whole; one stopped with SIGTERM while updates flow loses none; a follower's
notice is sent once although both replicas send notices.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from storage import load_seed, row_from_draft
from storage.postgres.migrate import available_migrations
from storage.postgres.writes import FACT_WRITES_LOCK
from tests.e2e.fake_bot_api import Call, FakeBotApi
from tests.e2e.notices import delivered_to, wait_delivered
from tests.e2e.proxy import RoundRobinProxy
from tests.e2e.replicas import Replica, Telegram, replica_env, running_replicas
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import crossings_csv, csv_bytes, make_draft

CURATORS = list(range(4300, 4310))
_ids = itertools.count(1)

# What readers send, each with the client language it comes from: commands and questions in
# the bot's four languages. Each gets a reply of its own (checked below).
ASKED = [
    ("/flows kazakhstan", "en"),
    ("/flows Казахстан", "ru"),
    ("/flows kazakhstan", "uk"),
    ("/flows kazakhstan", "kk"),
    ("/flows georgia", "en"),
    ("/search citizenship", "en"),
    ("/search reservists", "ru"),
    ("How many Russians entered Kazakhstan?", "en"),
    ("Сколько россиян въехало в Казахстан 3 октября?", "ru"),
    ("Скільки людей виїхало з Казахстану 3 жовтня?", "uk"),
    ("Қазақстанға қанша ресейлік кірді?", "kk"),
    ("/help", "en"),
]


def _message(
    chat_id: int, text: str = "", *, language: str = "en", **extra: Any
) -> dict[str, Any]:
    """An update as Telegram posts it: a private message, a command's entity included."""
    update_id = next(_ids)
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private", "first_name": "Reader"},
        "from": {
            "id": chat_id,
            "is_bot": False,
            "first_name": "Reader",
            "language_code": language,
        },
        **extra,
    }
    if text:
        message["text"] = text
    if text.startswith("/"):
        command = text.split()[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return {"update_id": update_id, "message": message}


def _import(api: FakeBotApi, curator: int, content: bytes, name: str) -> dict[str, Any]:
    """A curator's CSV file sent to the bot in private: an import."""
    document = api.add_file(content, file_name=name, mime_type="text/csv")
    return _message(curator, document=document, caption="/import")


def _text(call: Call) -> str:
    return parse_telegram_html(str(call.params["text"]))[0]


def _replies(api: FakeBotApi) -> dict[int, list[str]]:
    """The texts each chat was sent, in order."""
    got: dict[int, list[str]] = {}
    for call in api.sent("sendMessage"):
        got.setdefault(int(call.params["chat_id"]), []).append(_text(call))
    return got


@pytest.fixture(name="replicas")
async def _replicas(api: FakeBotApi, pg_url: str, tmp_path: Path) -> AsyncIterator[list[Replica]]:
    env = replica_env(
        api, pg_url, tmp_path,
        FACTBOT_ADMIN_IDS=",".join(map(str, CURATORS)),
        # Telegram's 30 a second is not what is tested here; the test must fit CI's minute.
        FACTBOT_SEND_RATE="0",
    )  # fmt: skip
    async with running_replicas(api, env, tmp_path / "logs") as replicas:
        yield replicas
    assert api.refused == [], f"Telegram would have refused: {api.refused}"


@pytest.fixture(name="proxy")
async def _proxy(replicas: list[Replica]) -> AsyncIterator[RoundRobinProxy]:
    async with RoundRobinProxy([replica.url for replica in replicas]) as proxy:
        yield proxy


@pytest.fixture(name="telegram")
async def _telegram(proxy: RoundRobinProxy) -> AsyncIterator[Telegram]:
    telegram = Telegram(proxy.url)
    try:
        yield telegram
    finally:
        await telegram.aclose()


def _rows(pg_url: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(sql, params).fetchall()


def _one(pg_url: str, sql: str, params: tuple[Any, ...] = ()) -> Any:
    ((value,),) = _rows(pg_url, sql, params)
    return value


async def test_two_replicas_started_at_once_migrate_and_seed_the_database_once(
    replicas: list[Replica], pg_url: str
):
    """Both start on an empty database at the same moment: each migration is applied once,
    and the shipped facts are stored once, by one seeding logged once."""
    assert all(replica.process.returncode is None for replica in replicas)
    versions = _rows(pg_url, "SELECT version FROM schema_migrations ORDER BY version")
    assert [version for (version,) in versions] == [m.version for m in available_migrations()]
    assert _one(pg_url, "SELECT count(*) FROM facts") == len(load_seed())
    seeded = _rows(pg_url, "SELECT after FROM audit_log WHERE actor = 'seed'")
    assert len(seeded) == 1


async def _ask_each(api: FakeBotApi, telegram: Telegram) -> dict[tuple[str, str], str]:
    """What the bot answers each of ASKED, asked once from a chat of its own."""
    first = len(api.sent("sendMessage"))
    for n, (text, language) in enumerate(ASKED):
        assert await telegram.post(_message(900_000 + n, text, language=language)) == 200
    await api.wait_for("sendMessage", count=first + len(ASKED), timeout=30)
    replies = _replies(api)
    return {asked: replies[900_000 + n][0] for n, asked in enumerate(ASKED)}


async def test_a_thousand_updates_get_a_thousand_replies_each_once_to_its_chat(
    api: FakeBotApi, telegram: Telegram, proxy: RoundRobinProxy
):
    """250 readers ask four things each, in four languages, posted 16 at a time through the
    proxy: every chat gets exactly the answers to what it asked, none twice, and both
    replicas answered some."""
    answers = await _ask_each(api, telegram)
    assert len(set(answers.values())) == len(ASKED)  # each reply tells which question it is
    assert "more than 200,000 Russian citizens entered" in answers[ASKED[0]]
    before = len(api.sent("sendMessage"))
    asked: dict[int, list[tuple[str, str]]] = {}
    updates = []
    for n in range(1000):
        chat, question = 100_000 + n % 250, ASKED[n % len(ASKED)]
        asked.setdefault(chat, []).append(question)
        updates.append(_message(chat, question[0], language=question[1]))
    answered = proxy.answered.copy()

    statuses = await asyncio.gather(*(telegram.post(update) for update in updates))

    assert Counter(statuses) == {200: 1000}
    await api.wait_for("sendMessage", count=before + 1000, timeout=45)
    await asyncio.sleep(0.5)  # room for a reply sent twice, which must not come
    assert len(api.sent("sendMessage")) == before + 1000
    replies = _replies(api)
    for chat, questions in asked.items():
        assert Counter(replies[chat]) == Counter(answers[q] for q in questions), chat
    posted = [now - then for now, then in zip(proxy.answered, answered, strict=True)]
    assert sum(posted) == 1000
    assert min(posted) >= 400, posted  # round robin: about half each


# A curator's import of this many rows (some 4.8 MB, under the bot's 5 MB for a file sent in
# chat) holds the facts' write lock for seconds on PostgreSQL: long enough to be killed in.
CRASH_ROWS = 24_000
CRASH_PUBLISHER = "Replica Crash Daily"
# Whether some connection holds the facts' write lock (an advisory lock on a bigint key,
# which pg_locks shows as two 32-bit halves).
_WRITE_LOCK_HELD = """
SELECT count(*) FROM pg_locks
WHERE locktype = 'advisory' AND granted AND objsubid = 1
  AND (classid::bigint << 32 | objid::bigint) = %s
"""
# (country, role, metric) whose kept count is not what the published facts say.
_COUNTS_WRONG = """
SELECT count(*) FROM fact_counts kept
FULL JOIN (
    SELECT country, role, metric, count(*) AS n FROM fact_roles WHERE status = 'published'
    GROUP BY country, role, metric
) counted USING (country, role, metric)
WHERE coalesce(kept.n, 0) <> coalesce(counted.n, 0)
"""


async def _write_lock_taken(pg_url: str, timeout: float = 30.0) -> None:  # noqa: ASYNC109
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await asyncio.to_thread(_one, pg_url, _WRITE_LOCK_HELD, (FACT_WRITES_LOCK,)):
        assert loop.time() < deadline, "the import never took the facts' write lock"
        await asyncio.sleep(0.02)


def _small_import(api: FakeBotApi, curator: int) -> dict[str, Any]:
    """One new fact of the curator's own (its publisher names them), as a file."""
    content = crossings_csv(1, publisher=f"Curator {curator} Weekly")
    return _import(api, curator, content, f"curator-{curator}.csv")


async def test_a_replica_killed_mid_import_leaves_the_other_answering_and_the_data_whole(
    api: FakeBotApi,
    telegram: Telegram,
    proxy: RoundRobinProxy,
    replicas: list[Replica],
    pg_url: str,
):
    """A curator's large import runs on one replica; readers and other curators keep
    posting; that replica is killed with SIGKILL. Every update posted after the kill is
    answered by the other, every import the bot confirmed is stored once with its audit
    row, the killed import is whole or absent, and the counts agree with the facts."""
    big = _import(
        api, CURATORS[0], crossings_csv(CRASH_ROWS, publisher=CRASH_PUBLISHER), "crash.csv"
    )
    answered = proxy.answered.copy()
    assert await telegram.post(big) == 200
    (victim,) = [n for n, count in enumerate(proxy.answered) if count > answered[n]]
    survivor = replicas[1 - victim]
    await _write_lock_taken(pg_url)

    def readers(first: int, count: int) -> list[dict[str, Any]]:
        return [
            _message(200_000 + n, ASKED[n % len(ASKED)][0], language=ASKED[n % len(ASKED)][1])
            for n in range(first, first + count)
        ]

    # Readers and four curators before the kill, so that some are queued on the victim.
    before = [*readers(0, 60), *(_small_import(api, c) for c in CURATORS[1:5])]
    assert set(await asyncio.gather(*map(telegram.post, before))) == {200}
    accepted = proxy.answered[victim] - answered[victim] - 1  # besides the big import
    await replicas[victim].kill()
    after = [*readers(60, 200), *(_small_import(api, c) for c in CURATORS[5:])]
    assert set(await asyncio.gather(*map(telegram.post, after))) == {200}

    assert proxy.failed[victim] > 0  # the proxy found it gone and went to the survivor
    assert survivor.process.returncode is None
    # Every update posted after the kill is answered, once.
    wanted = {200_000 + n for n in range(60, 260)} | set(CURATORS[5:])
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    while not wanted <= _replies(api).keys():
        assert loop.time() < deadline, sorted(wanted - _replies(api).keys())[:10]
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)  # room for anything sent twice, and for the survivor's last writes
    replies = _replies(api)
    assert all(len(replies[chat]) == 1 for chat in wanted)
    assert all(len(texts) == 1 for texts in replies.values())
    # What SIGKILL loses: updates the victim had accepted (Telegram got its 200, and will
    # not post them again) but not yet answered; never one the survivor accepted.
    lost = [200_000 + n for n in range(60) if 200_000 + n not in replies]
    assert len(lost) <= accepted

    # Every import the bot confirmed is stored once, with its audit row.
    confirmed = [c for c in CURATORS[1:] if c in replies]
    assert set(CURATORS[5:]) <= set(confirmed)
    for curator in CURATORS:
        publisher = CRASH_PUBLISHER if curator == CURATORS[0] else f"Curator {curator} Weekly"
        stored = _one(
            pg_url,
            "SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id"
            " JOIN sources s ON s.id = d.publisher_id WHERE s.name = %s",
            (publisher,),
        )
        logged = _rows(
            pg_url,
            "SELECT after->>'added' FROM audit_log WHERE actor = %s AND action = 'import'",
            (f"telegram:{curator}",),
        )
        if curator in confirmed:
            assert replies[curator] == ["Imported: 1 fact added, 0 already present."]
            assert (stored, logged) == (1, [("1",)])
        else:  # killed with it: whole or absent, and logged if whole
            rows = CRASH_ROWS if curator == CURATORS[0] else 1
            assert (stored, logged) in ((0, []), (rows, [(str(rows),)])), curator
    assert CURATORS[0] not in replies  # the kill came while it was under way
    # The counts agree with the facts: every fact came by a logged import, none twice.
    added = _one(
        pg_url, "SELECT sum((after->>'added')::int) FROM audit_log WHERE action = 'import'"
    )
    assert _one(pg_url, "SELECT count(*) FROM facts") == added
    assert _one(pg_url, _COUNTS_WRONG) == 0


async def test_a_replica_stopped_with_sigterm_mid_run_loses_no_update(
    api: FakeBotApi, telegram: Telegram, proxy: RoundRobinProxy, replicas: list[Replica]
):
    """A replica stopped as a container is stopped, while updates flow: it finishes those it
    accepted and stops listening, the proxy sends the rest to the other, and every update is
    answered once."""
    chats = range(400_000, 400_400)
    updates = [
        _message(chat, ASKED[n % len(ASKED)][0], language=ASKED[n % len(ASKED)][1])
        for n, chat in enumerate(chats)
    ]
    posted = asyncio.gather(*map(telegram.post, updates))
    deadline = asyncio.get_running_loop().time() + 30
    while sum(proxy.answered) < 150:
        assert asyncio.get_running_loop().time() < deadline, proxy.answered
        await asyncio.sleep(0.005)
    stopped = asyncio.create_task(replicas[0].stop())
    assert set(await posted) == {200}
    assert await stopped == 0
    await api.wait_for("sendMessage", count=len(updates), timeout=30)
    await asyncio.sleep(0.5)  # room for a reply sent twice, which must not come
    replies = _replies(api)
    assert [len(replies.get(chat, [])) for chat in chats] == [1] * len(updates)
    assert proxy.answered[1] > len(updates) // 2  # the survivor took over


async def test_a_followers_notice_is_sent_once_though_both_replicas_send_notices(
    api: FakeBotApi, telegram: Telegram, proxy: RoundRobinProxy, pg_url: str
):
    """150 readers follow Georgia through the proxy (so on both replicas); a curator's import
    adds a Georgia fact on one of them. A sender takes at most 100 notices at a time, so both
    replicas' senders take some from the one outbox; each reader is told once."""
    followers = range(300_000, 300_150)
    follows = [_message(chat, "/follow Georgia") for chat in followers]
    assert set(await asyncio.gather(*map(telegram.post, follows))) == {200}
    for chat in followers:
        (followed,) = await wait_delivered(api, chat)
        assert "Georgia" in _text(followed)
    content = csv_bytes([row_from_draft(make_draft(claim="A Georgia fact for followers."))])
    assert await telegram.post(_import(api, CURATORS[0], content, "georgia.csv")) == 200
    (imported,) = await wait_delivered(api, CURATORS[0])
    assert _text(imported) == "Imported: 1 fact added, 0 already present."

    for chat in followers:
        notice = (await wait_delivered(api, chat, 2, timeout=30))[1]
        assert "Georgia" in _text(notice)
    # Both senders look for notices every second: room for either to send one again.
    await asyncio.sleep(2.5)
    assert all(len(delivered_to(api, chat)) == 2 for chat in followers)
    senders = _rows(
        pg_url,
        "SELECT taken_by, count(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 1"
        " GROUP BY taken_by",
    )
    assert len(senders) == 2, senders  # each replica sent some
    assert sum(count for _, count in senders) == len(followers)
