"""The heartbeat file: written at most every few seconds, removed at will, judged by its age."""

from __future__ import annotations

import os
from pathlib import Path

from structlog.testing import capture_logs

from bot.heartbeat import BEAT_EVERY_S, Heartbeat, heartbeat_problem
from bot.runner import _POLL_TIMEOUT
from bot.settings import _LEAST_HEARTBEAT_AGE_S

# A moment in the past, as a file's modification time.
THEN = 1_700_000_000.0


def _age_back(path: Path) -> None:
    os.utime(path, (THEN, THEN))


def test_a_beat_creates_the_file_and_the_next_within_the_interval_leaves_it(tmp_path: Path):
    path = tmp_path / "facts.db.heartbeat"
    heartbeat = Heartbeat(path, every=60)
    heartbeat.beat()
    assert path.is_file()
    _age_back(path)
    heartbeat.beat()
    assert path.stat().st_mtime == THEN


def test_a_beat_after_the_interval_touches_the_file(tmp_path: Path):
    path = tmp_path / "facts.db.heartbeat"
    heartbeat = Heartbeat(path, every=0)
    heartbeat.beat()
    _age_back(path)
    heartbeat.beat()
    assert path.stat().st_mtime > THEN


def test_forget_removes_the_file_and_the_next_beat_writes_it_at_once(tmp_path: Path):
    path = tmp_path / "facts.db.heartbeat"
    heartbeat = Heartbeat(path, every=60)
    heartbeat.beat()
    heartbeat.forget()
    assert not path.exists()
    heartbeat.forget()  # nothing to remove is no error
    heartbeat.beat()
    assert path.is_file()


def test_a_heartbeat_that_cannot_be_written_is_logged_once_and_raises_nothing(tmp_path: Path):
    path = tmp_path / "no such folder" / "facts.db.heartbeat"
    heartbeat = Heartbeat(path, every=0)
    with capture_logs() as logs:
        heartbeat.beat()
        heartbeat.beat()
    (line,) = logs
    assert line["event"] == "heartbeat_not_written"
    assert line["path"] == str(path)
    assert "No such file or directory" in line["reason"]


def test_a_fresh_heartbeat_is_no_problem(tmp_path: Path):
    path = tmp_path / "hb"
    path.touch()
    _age_back(path)
    assert heartbeat_problem(path, max_age=45, now=THEN + 45) is None
    path.touch()
    assert heartbeat_problem(path, max_age=45) is None


def test_a_stale_heartbeat_says_how_old_it_is(tmp_path: Path):
    path = tmp_path / "hb"
    path.touch()
    _age_back(path)
    assert heartbeat_problem(path, max_age=45, now=THEN + 46) == (
        "the bot last heard from Telegram 46 s ago (more than FACTBOT_HEARTBEAT_MAX_AGE=45 s): "
        "it is not receiving updates"
    )


def test_a_missing_heartbeat_is_a_problem(tmp_path: Path):
    path = tmp_path / "hb"
    problem = heartbeat_problem(path, max_age=45)
    assert problem is not None
    assert problem.startswith(f"no heartbeat at {path}: the bot is not running")


def test_the_least_max_age_exceeds_a_healthy_bots_longest_silence():
    """A healthy idle bot touches the file once per long poll, plus the time between writes."""
    assert _POLL_TIMEOUT.total_seconds() + BEAT_EVERY_S < _LEAST_HEARTBEAT_AGE_S
