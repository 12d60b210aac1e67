"""The notices' rate limits: over all chats, per private chat, per group, and a 429's pause."""

from __future__ import annotations

import pytest

from bot.notices.limits import GROUP_PER_MINUTE, NoticeLimits


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(name="clock")
def _clock() -> Clock:
    return Clock()


def _send(limits: NoticeLimits, chat_id: int, clock: Clock, took: float = 0.0) -> None:
    assert limits.delay(chat_id) == 0.0
    limits.start(chat_id)
    clock.now += took
    limits.finish(chat_id)


def test_a_private_chat_gets_one_a_second_counted_from_the_end_of_the_last(clock: Clock):
    limits = NoticeLimits(25, clock=clock)
    _send(limits, 7, clock, took=0.3)
    assert limits.delay(7) == pytest.approx(1.0)
    assert limits.delay(8) == 0.0  # another chat is not held up
    clock.now += 0.6
    assert limits.delay(7) == pytest.approx(0.4)
    clock.now += 0.4
    assert limits.delay(7) == 0.0


def test_a_chat_with_a_send_in_flight_waits(clock: Clock):
    limits = NoticeLimits(25, clock=clock)
    limits.start(7)
    assert limits.delay(7) > 0
    limits.start(-5)
    assert limits.delay(-5) == 0.0  # a group may have several in flight, within its 20


def test_all_chats_together_get_per_second_a_second(clock: Clock):
    limits = NoticeLimits(3, clock=clock)
    for chat_id in (1, 2, 3):
        _send(limits, chat_id, clock, took=0.1)
    # The first ended at 1000.1: the fourth may start a second after that.
    assert limits.delay(4) == pytest.approx(1000.1 + 1 - clock.now)
    clock.now = 1001.1
    assert limits.delay(4) == 0.0


def test_sends_in_flight_count_against_the_limit_over_all_chats(clock: Clock):
    limits = NoticeLimits(2, clock=clock)
    limits.start(1)
    limits.start(2)
    assert limits.delay(3) > 0
    limits.finish(1)
    limits.finish(2)
    assert limits.delay(3) == pytest.approx(1.0)


def test_a_group_gets_twenty_a_minute(clock: Clock):
    limits = NoticeLimits(30, clock=clock)
    first_end = clock.now + 0.05
    for _ in range(GROUP_PER_MINUTE):
        _send(limits, -100, clock, took=0.05)
        clock.now += 1  # keeps within the limit over all chats
    assert limits.delay(-100) == pytest.approx(first_end + 60 - clock.now)
    assert limits.delay(-200) == 0.0
    assert limits.delay(5) == 0.0
    clock.now = first_end + 60
    assert limits.delay(-100) == 0.0


def test_a_pause_holds_every_chat(clock: Clock):
    limits = NoticeLimits(25, clock=clock)
    limits.pause(3)
    assert limits.delay(1) == pytest.approx(3)
    assert limits.delay(-1) == pytest.approx(3)
    limits.pause(1)  # a shorter pause does not cut the longer one
    clock.now += 3
    assert limits.delay(1) == 0.0


def test_quiet_chats_are_forgotten(clock: Clock):
    limits = NoticeLimits(30, clock=clock)
    for chat_id in range(5000):
        limits.start(chat_id)
        limits.finish(chat_id)
        clock.now += 0.04
    assert len(limits._chat_ends) < 4096


def test_per_second_must_be_positive():
    with pytest.raises(ValueError, match="1 or more"):
        NoticeLimits(0)
