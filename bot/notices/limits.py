"""How fast notices may go out: Telegram's limits for a bot, counted the way Telegram sees them.

Telegram allows a bot about 30 messages a second over all chats, one a second in a private
chat and 20 a minute in a group; above them it answers 429. The notices keep below those
(``per_second`` over all chats, 25 by default, leaving room for the bot's replies).

A send is counted from the moment it starts until a window after it *ended*: Telegram takes a
message somewhere between the two, so counting from the end is what keeps any window of
Telegram's arrival times within the limit, however long a request takes (a send that started
at 0.0 s and was answered at 0.3 s may have arrived at 0.3 s; the next in a private chat
starts at 1.3 s). Pure: the clock is injected, nothing here sleeps.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

__all__ = ["GROUP_PER_MINUTE", "NoticeLimits"]

# Telegram's limits per chat: one message a second in a private chat, 20 a minute in a group.
PRIVATE_GAP_S = 1.0
GROUP_PER_MINUTE = 20
GROUP_WINDOW_S = 60.0
# The window of the limit over all chats.
SECOND = 1.0

# Ends of sends kept for chats that are quiet now are forgotten once there are this many chats.
_SWEEP_AT = 4096


class NoticeLimits:
    """Says how long to wait before the next notice to a chat may start.

    Use: ``delay(chat_id)``; when it is 0, ``start(chat_id)``, send, then ``finish(chat_id)``
    whatever the outcome (a refused request was still a request). A chat id below zero is a
    group, a supergroup or a channel.
    """

    def __init__(self, per_second: int = 25, *, clock: Callable[[], float] = time.monotonic):
        if per_second < 1:
            raise ValueError("per_second must be 1 or more")
        self.per_second = per_second
        self._clock = clock
        self._in_flight: dict[int, int] = {}  # chat -> sends started, not yet finished
        self._ended: deque[float] = deque()  # when the sends of the last second ended
        self._chat_ends: dict[int, deque[float]] = {}  # per chat, within its own window
        self._paused_until = 0.0

    def delay(self, chat_id: int) -> float:
        """Seconds until a send to ``chat_id`` may start; 0.0: now."""
        now = self._clock()
        waits = [self._paused_until - now]
        self._forget(self._ended, now - SECOND)
        if len(self._ended) + sum(self._in_flight.values()) >= self.per_second:
            # Full with sends in flight only: wait a little and ask again.
            waits.append(self._ended[0] + SECOND - now if self._ended else SECOND / 10)
        ends = self._chat_ends.get(chat_id)
        in_flight = self._in_flight.get(chat_id, 0)
        if chat_id < 0:
            if ends is not None:
                self._forget(ends, now - GROUP_WINDOW_S)
            if (len(ends or ()) + in_flight) >= GROUP_PER_MINUTE:
                waits.append(ends[0] + GROUP_WINDOW_S - now if ends else SECOND / 10)
        elif in_flight:
            waits.append(SECOND / 10)
        elif ends:
            waits.append(ends[-1] + PRIVATE_GAP_S - now)
        return max(0.0, *waits)

    def start(self, chat_id: int) -> None:
        """A send to ``chat_id`` starts now."""
        self._in_flight[chat_id] = self._in_flight.get(chat_id, 0) + 1

    def finish(self, chat_id: int) -> None:
        """The send to ``chat_id`` started last has ended (answered or failed)."""
        now = self._clock()
        left = self._in_flight.get(chat_id, 0) - 1
        if left > 0:
            self._in_flight[chat_id] = left
        else:
            self._in_flight.pop(chat_id, None)
        self._ended.append(now)
        ends = self._chat_ends.setdefault(chat_id, deque())
        ends.append(now)
        if chat_id >= 0:
            while len(ends) > 1:  # a private chat's rule needs only its last send
                ends.popleft()
        if len(self._chat_ends) >= _SWEEP_AT:
            self._sweep(now)

    def pause(self, seconds: float) -> None:
        """Telegram said to wait (a 429): nothing starts for ``seconds`` from now."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def _sweep(self, now: float) -> None:
        for chat_id, ends in list(self._chat_ends.items()):
            if not ends or ends[-1] <= now - GROUP_WINDOW_S:
                del self._chat_ends[chat_id]

    @staticmethod
    def _forget(ends: deque[float], before: float) -> None:
        while ends and ends[0] <= before:
            ends.popleft()
