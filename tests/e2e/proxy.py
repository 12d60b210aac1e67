"""A small HTTP reverse proxy on 127.0.0.1 that alternates requests between upstreams.

Responsibility: stand where nginx stands in front of two bot replicas. Each request goes to the
next upstream in turn (round robin) with its path, query, headers (the webhook's
``X-Telegram-Bot-Api-Secret-Token`` among them) and body; an upstream that refuses the
connection or drops it before answering is skipped and the request goes to the next one, as
nginx's ``proxy_next_upstream error non_idempotent`` does (without ``non_idempotent`` nginx
answers a POST dropped after it was sent with 502, and Telegram would post it again later),
and only when every upstream failed does the client get a 502. ``answered[i]`` counts the
requests upstream ``i`` answered, ``failed[i]`` those it refused or dropped.

Self-contained (Starlette, uvicorn and httpx, as the fake Bot API): a benchmark may run it.
Like the fake Bot API, it runs as a task in the current event loop::

    async with RoundRobinProxy(["http://127.0.0.1:8441", "http://127.0.0.1:8442"]) as proxy:
        httpx.post(f"{proxy.url}/hooks/factbot", ...)
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator, Sequence
from types import TracebackType

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

__all__ = ["RoundRobinProxy"]

# Hop-by-hop headers (RFC 9110, 7.6.1) and those httpx sets again for the new request.
_NOT_FORWARDED = frozenset({
    "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding",
    "upgrade", "host", "content-length",
})  # fmt: skip
# What nginx's "error" covers: the connection refused, or lost before the answer's header.
# A timeout is not among them (nginx's "timeout" is a choice of its own): an upstream that is
# slow may still be handling the request, and sending it again would handle it twice.
_NEXT_UPSTREAM = (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class _EmbeddedServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn would take over SIGINT/SIGTERM; the process that runs the proxy keeps them.
        yield


class RoundRobinProxy:
    """Alternates requests between ``upstreams`` (base URLs such as ``http://127.0.0.1:8441``);
    see the module docstring."""

    def __init__(self, upstreams: Sequence[str], *, timeout: float = 30.0) -> None:
        if not upstreams:
            raise ValueError("a proxy needs at least one upstream")
        self.upstreams = [upstream.rstrip("/") for upstream in upstreams]
        self.answered = [0] * len(self.upstreams)
        self.failed = [0] * len(self.upstreams)
        self.url = ""
        self._timeout = timeout
        self._turn = 0
        self._client: httpx.AsyncClient | None = None
        self._server: _EmbeddedServer | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1; ``url`` is then its base URL."""
        if self._task is not None:
            raise RuntimeError("the proxy is already started")
        self._client = httpx.AsyncClient(
            timeout=self._timeout, limits=httpx.Limits(max_connections=None)
        )
        app = Starlette(routes=[Route("/{path:path}", self._forward, methods=_METHODS)])
        # log_config=None: uvicorn must not dictConfig() the process that runs it.
        # timeout_keep_alive: nginx's own 75 s. uvicorn's 5 s closes an idle connection just
        # as a client on a loaded machine reuses it from its pool (httpx.ReadError).
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan="off",
            log_config=None, access_log=False, timeout_graceful_shutdown=1,
            timeout_keep_alive=75,
        )  # fmt: skip
        self._server = _EmbeddedServer(config)
        self._task = asyncio.create_task(self._server.serve(), name="round-robin-proxy")
        while not self._server.started:
            if self._task.done():
                await self._task  # re-raises the startup failure, if any
                raise RuntimeError("the proxy exited during startup")
            await asyncio.sleep(0.005)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        """Stop listening and close the connections to the upstreams."""
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            await self._task
        if self._client is not None:
            await self._client.aclose()
        self._server = self._task = self._client = None

    async def __aenter__(self) -> RoundRobinProxy:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        await self.stop()

    def _order(self) -> list[int]:
        """The upstreams to try for one request: the next in turn first, then the others."""
        first = self._turn
        self._turn = (self._turn + 1) % len(self.upstreams)
        return [(first + step) % len(self.upstreams) for step in range(len(self.upstreams))]

    async def _forward(self, request: Request) -> Response:
        assert self._client is not None
        body = await request.body()
        headers = [
            (name, value)
            for name, value in request.headers.items()
            if name.lower() not in _NOT_FORWARDED
        ]
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        for index in self._order():
            try:
                answer = await self._client.request(
                    request.method, self.upstreams[index] + target, headers=headers, content=body
                )
            except _NEXT_UPSTREAM:
                self.failed[index] += 1
                continue
            self.answered[index] += 1
            kept = {
                name: value
                for name, value in answer.headers.items()
                if name.lower() not in _NOT_FORWARDED | {"content-encoding"}
            }
            return Response(answer.content, status_code=answer.status_code, headers=kept)
        return Response(b"no upstream answered", status_code=502)
