"""Per-user flood control of incoming updates: who may be answered now, who is paused."""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable

__all__ = ["FloodGate", "Verdict"]

# Forgetting quiet users is a sweep over all of them, so it runs only when the table has grown.
_FIRST_SWEEP_AT = 1024


class Verdict(enum.Enum):
    """What to do with a user's update."""

    ANSWER = "answer"
    # The update that went over the limit: tell the user once, then pause them.
    WARN = "warn"
    # The user is paused: ignore the update, say nothing.
    IGNORE = "ignore"


class FloodGate:
    """Lets each user send ``limit`` updates per ``window`` seconds; pauses those who send more.

    A paused user is ignored for ``pause`` seconds, then starts afresh. Other users are never
    affected. A ``limit`` of 0 lets everything pass.
    """

    def __init__(
        self,
        *,
        limit: int,
        window: float,
        pause: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self.pause = pause
        self._clock = clock
        self._recent: dict[int, deque[float]] = {}
        self._paused_until: dict[int, float] = {}
        self._sweep_at = _FIRST_SWEEP_AT

    def check(self, user_id: int) -> Verdict:
        """Count one update from ``user_id`` and say whether to answer it."""
        if self.limit == 0:
            return Verdict.ANSWER
        now = self._clock()
        until = self._paused_until.get(user_id)
        if until is not None:
            if now < until:
                return Verdict.IGNORE
            del self._paused_until[user_id]
        recent = self._recent.setdefault(user_id, deque())
        while recent and recent[0] <= now - self.window:
            recent.popleft()
        recent.append(now)
        if len(recent) > self.limit:
            del self._recent[user_id]
            self._paused_until[user_id] = now + self.pause
            return Verdict.WARN
        if len(self._recent) + len(self._paused_until) > self._sweep_at:
            self._forget_quiet_users(now)
        return Verdict.ANSWER

    def tracked_users(self) -> int:
        """How many users the gate remembers (recently active or paused)."""
        return len(self._recent) + len(self._paused_until)

    def _forget_quiet_users(self, now: float) -> None:
        self._recent = {
            user: times
            for user, times in self._recent.items()
            if times and times[-1] > now - self.window
        }
        self._paused_until = {
            user: until for user, until in self._paused_until.items() if until > now
        }
        self._sweep_at = max(_FIRST_SWEEP_AT, 2 * self.tracked_users())
