"""Is the bot's webhook server answering? For ``factbot healthcheck`` in webhook mode."""

from __future__ import annotations

import http.client
import ipaddress

__all__ = ["webhook_server_problem"]

# Well under the image's HEALTHCHECK timeout (10 s), which also covers the database check.
_TIMEOUT_S = 3.0


def webhook_server_problem(listen: str, port: int, path: str) -> str | None:
    """Why the web server on ``listen:port`` does not answer, in one line; None when it does.

    Any HTTP answer counts, even 405 or 403: the check asks whether the server is up, and
    it has no secret to send (the bot's server answers a GET with 405).
    """
    host = _reachable(listen)
    connection = http.client.HTTPConnection(host, port, timeout=_TIMEOUT_S)
    try:
        connection.request("GET", "/" + path.strip("/"))
        connection.getresponse().read()
    except (OSError, http.client.HTTPException) as error:
        return f"the webhook server on {host}:{port} does not answer: {error}"
    finally:
        connection.close()
    return None


def _reachable(listen: str) -> str:
    """Where to reach a server listening on ``listen``: on loopback if it listens everywhere."""
    try:
        address = ipaddress.ip_address(listen)
    except ValueError:
        return listen  # a host name
    if address.is_unspecified:
        return "::1" if address.version == 6 else "127.0.0.1"
    return listen
