"""The polling bot's heartbeat: a file it touches while Telegram answers its getUpdates.

``factbot healthcheck`` runs as another process (Docker's HEALTHCHECK), so the bot's liveness
has to reach it through something both can see: the file's modification time is the moment
the bot last heard from Telegram. One ``utime`` every couple of seconds at most costs nothing
beside the long polls themselves.
"""

from __future__ import annotations

import time
from pathlib import Path

import structlog

__all__ = ["BEAT_EVERY_S", "Heartbeat", "heartbeat_problem"]

log = structlog.get_logger(__name__)

# The least time between two writes: a busy bot finishes many getUpdates a second.
BEAT_EVERY_S = 2.0


class Heartbeat:
    """Touches ``path`` on :meth:`beat`, at most once every ``every`` seconds."""

    def __init__(self, path: Path, every: float = BEAT_EVERY_S) -> None:
        self.path = path
        self._every = every
        self._last = float("-inf")
        self._failing = False

    def beat(self) -> None:
        """Telegram answered: say so, unless the file was touched less than ``every`` ago."""
        now = time.monotonic()
        if now - self._last < self._every:
            return
        self._last = now
        try:
            # One utime once the file exists (pathlib tries that before creating it).
            self.path.touch()
        except OSError as error:
            # The bot serves on without it; the health check will say the heartbeat is missing.
            if not self._failing:
                log.warning("heartbeat_not_written", path=str(self.path), reason=str(error))
            self._failing = True
        else:
            self._failing = False

    def forget(self) -> None:
        """Remove the file: a bot starting or stopping has not heard from Telegram yet."""
        self._last = float("-inf")
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("heartbeat_not_removed", path=str(self.path), reason=str(error))


def heartbeat_problem(path: Path, max_age: float, now: float | None = None) -> str | None:
    """Why the heartbeat at ``path`` shows a bot that is not receiving updates; None if fresh.

    Args:
        path: the heartbeat file.
        max_age: seconds after which a heartbeat is stale.
        now: the wall-clock time to judge by (``time.time()`` by default), as the file's
            modification time is.
    """
    try:
        touched = path.stat().st_mtime
    except FileNotFoundError:
        return (
            f"no heartbeat at {path}: the bot is not running, or Telegram has not answered "
            "its getUpdates since it started"
        )
    except OSError as error:
        return f"cannot read the heartbeat {path}: {error}"
    age = (time.time() if now is None else now) - touched
    if age > max_age:
        return (
            f"the bot last heard from Telegram {age:.0f} s ago (more than "
            f"FACTBOT_HEARTBEAT_MAX_AGE={max_age:g} s): it is not receiving updates"
        )
    return None
