"""The per-user flood gate, on a clock the test moves."""

from __future__ import annotations

from bot.flood import FloodGate, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _gate(clock: Clock, limit: int = 3) -> FloodGate:
    return FloodGate(limit=limit, window=10, pause=60, clock=clock)


def test_a_user_within_the_limit_is_answered_and_one_over_it_is_warned_once_then_ignored():
    clock = Clock()
    gate = _gate(clock)
    verdicts = [gate.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ANSWER] * 3 + [Verdict.WARN] + [Verdict.IGNORE] * 2


def test_other_users_are_not_affected_by_a_flooding_one():
    clock = Clock()
    gate = _gate(clock)
    for _ in range(10):
        gate.check(1)
    assert gate.check(2) is Verdict.ANSWER


def test_the_window_slides_so_a_steady_user_is_never_paused():
    clock = Clock()
    gate = _gate(clock)
    for _ in range(30):
        assert gate.check(1) is Verdict.ANSWER
        clock.now += 4  # three updates per 12 s: under 3 per 10 s


def test_a_paused_user_is_answered_again_after_the_pause():
    clock = Clock()
    gate = _gate(clock)
    for _ in range(4):
        gate.check(1)
    clock.now += 59.9
    assert gate.check(1) is Verdict.IGNORE
    clock.now += 0.2
    assert gate.check(1) is Verdict.ANSWER


def test_a_limit_of_zero_turns_the_gate_off():
    gate = _gate(Clock(), limit=0)
    assert {gate.check(1) for _ in range(1000)} == {Verdict.ANSWER}


def test_quiet_users_are_forgotten_so_memory_stays_bounded():
    clock = Clock()
    gate = _gate(clock)
    for user in range(5000):
        gate.check(user)
        clock.now += 0.01  # 50 s in all: most users are long quiet by the end
    assert gate.tracked_users() < 2100
