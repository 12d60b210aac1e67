"""A minimal round-robin HTTP proxy on 127.0.0.1, for two ``factbot run`` replicas behind one
webhook address, as nginx would stand in front of them.

It reads each request (a header block, then Content-Length bytes), hands it as it is to the
next replica in turn over a kept-alive connection of its own, and hands the answer back the
same way. It knows only what a webhook needs (no chunked bodies, no upstream retries), and is
plain asyncio streams rather than a web framework, so that in the benchmark's own process it
costs the updates as little as it can. tests/e2e/proxy.py is the tests' fuller one; the
interface is the same (``RoundRobinProxy(upstreams)``, ``url``, ``answered``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from types import TracebackType
from urllib.parse import urlsplit

__all__ = ["RoundRobinProxy"]

_END_OF_HEAD = b"\r\n\r\n"


async def _message(reader: asyncio.StreamReader) -> bytes:
    """One HTTP/1.1 message, head and body; IncompleteReadError at the connection's end."""
    head = await reader.readuntil(_END_OF_HEAD)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return head + (await reader.readexactly(length) if length else b"")


class RoundRobinProxy:
    """Alternates requests between ``upstreams`` (``http://127.0.0.1:PORT``); ``answered[i]``
    counts the requests upstream ``i`` answered."""

    def __init__(self, upstreams: Sequence[str]) -> None:
        if not upstreams:
            raise ValueError("a proxy needs at least one upstream")
        self._upstreams = [(urlsplit(u).hostname or "", urlsplit(u).port or 80) for u in upstreams]
        self.answered = [0] * len(upstreams)
        self.url = ""
        self._turn = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> RoundRobinProxy:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # One connection to each upstream per client connection: a request and its answer
        # have that connection to themselves, as HTTP/1.1 without pipelining needs.
        upstream: dict[int, tuple[asyncio.StreamReader, asyncio.StreamWriter]] = {}
        try:
            while True:
                request = await _message(reader)
                index = self._turn
                self._turn = (self._turn + 1) % len(self._upstreams)
                if index not in upstream:
                    upstream[index] = await asyncio.open_connection(*self._upstreams[index])
                up_reader, up_writer = upstream[index]
                up_writer.write(request)
                await up_writer.drain()
                writer.write(await _message(up_reader))
                await writer.drain()
                self.answered[index] += 1
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client or an upstream closed its connection: so does the proxy
        finally:
            for _, up_writer in upstream.values():
                up_writer.close()
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
