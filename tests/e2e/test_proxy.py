"""The round-robin proxy the replica tests stand in front of two bots (tests/e2e/proxy.py):
it alternates, forwards a request whole, and skips an upstream that is gone. On no backend:
the proxy holds no store."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.e2e.processes import free_port
from tests.e2e.proxy import RoundRobinProxy


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@contextlib.asynccontextmanager
async def _echo(name: str) -> AsyncIterator[str]:
    """An upstream on 127.0.0.1 that answers each request with what it received, and its name."""

    async def echo(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "upstream": name,
                "method": request.method,
                "path": request.url.path,
                "query": request.url.query,
                "secret": request.headers.get("x-telegram-bot-api-secret-token"),
                "content_type": request.headers.get("content-type"),
                "body": (await request.body()).decode(),
            },
            status_code=201,
        )

    app = Starlette(routes=[Route("/{path:path}", echo, methods=["GET", "POST"])])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, lifespan="off")
    server = _Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        assert not task.done(), "the echo server exited at start"
        await asyncio.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        await task


async def _post(proxy: RoundRobinProxy, path: str = "/hooks/factbot?x=1") -> dict[str, Any]:
    async with httpx.AsyncClient() as client:
        answer = await client.post(
            proxy.url + path,
            content=b'{"update_id": 7}',
            headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": "s3cret",
            },
        )
    assert answer.status_code == 201
    result: dict[str, Any] = answer.json()
    return result


async def test_requests_alternate_between_upstreams_and_arrive_whole():
    async with (
        _echo("a") as a,
        _echo("b") as b,
        RoundRobinProxy([a, b]) as proxy,
    ):
        seen = [await _post(proxy) for _ in range(4)]
    assert [answer["upstream"] for answer in seen] == ["a", "b", "a", "b"]
    assert seen[0] == {
        "upstream": "a", "method": "POST", "path": "/hooks/factbot", "query": "x=1",
        "secret": "s3cret", "content_type": "application/json", "body": '{"update_id": 7}',
    }  # fmt: skip
    assert (proxy.answered, proxy.failed) == ([2, 2], [0, 0])


async def test_an_upstream_that_refuses_the_connection_is_skipped():
    gone = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    async with _echo("b") as b, RoundRobinProxy([gone, b]) as proxy:
        seen = [await _post(proxy) for _ in range(3)]
    assert [answer["upstream"] for answer in seen] == ["b", "b", "b"]
    assert (proxy.answered, proxy.failed) == ([0, 3], [2, 0])


async def test_an_upstream_that_drops_the_connection_unanswered_is_skipped():
    """As a replica killed with the request in hand: the request goes to the next one."""

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1)
        writer.close()

    dropping = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = dropping.sockets[0].getsockname()[1]
    try:
        async with _echo("b") as b, RoundRobinProxy([f"http://127.0.0.1:{port}", b]) as proxy:
            seen = [await _post(proxy) for _ in range(2)]
    finally:
        dropping.close()
        await dropping.wait_closed()
    assert [answer["upstream"] for answer in seen] == ["b", "b"]
    assert (proxy.answered, proxy.failed) == ([0, 2], [1, 0])


async def test_no_upstream_answering_is_a_502():
    ports = [free_port(), free_port()]
    async with (
        RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports]) as proxy,
        httpx.AsyncClient() as client,
    ):
        answer = await client.post(proxy.url + "/hooks/factbot", json={"update_id": 1})
    assert answer.status_code == 502
    assert proxy.failed == [1, 1]


def test_a_proxy_needs_an_upstream():
    with pytest.raises(ValueError, match="at least one upstream"):
        RoundRobinProxy([])
