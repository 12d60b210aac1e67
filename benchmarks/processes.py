"""Whole commands as child processes: ``factbot import`` beside the sqlite3 shell's ``.import``,
and a cold ``factbot ask`` beside a bare Python start.

Wall time is measured around the child. Its peak RSS is the kernel's account of it
(``os.wait4``, the same figure ``/usr/bin/time -v`` prints), plus the peak of each process it
starts (``factbot import`` validates a large file in a child process): the kernel reports the
largest of those, not their sum, so they are read from /proc while the command runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Run", "factbot", "run", "sqlite_import"]

SQLITE3 = shutil.which("sqlite3") or "/usr/bin/sqlite3"


@dataclass(frozen=True)
class Run:
    """One finished child process: wall seconds, peak RSS in MB, exit code and its stderr."""

    seconds: float
    peak_mb: float
    code: int
    stderr: str


def factbot() -> str:
    """The ``factbot`` console script of this Python's environment."""
    return str(Path(sys.executable).parent / "factbot")


_SAMPLE_S = 0.05


def _descendants(pid: int) -> list[int]:
    """The processes ``pid`` started, and theirs, as /proc lists them now."""
    found: list[int] = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in map(int, children):
        found += [child, *_descendants(child)]
    return found


def _peak_kb(pid: int) -> int:
    """The process's peak resident set so far (VmHWM), in kB; 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class _DescendantPeaks:
    """The peak RSS of each process ``pid`` starts, sampled until ``stop``."""

    def __init__(self, pid: int) -> None:
        self.peaks: dict[int, int] = {}
        self._pid = pid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(_SAMPLE_S):
            for child in _descendants(self._pid):
                self.peaks[child] = max(self.peaks.get(child, 0), _peak_kb(child))

    def stop(self) -> int:
        """The sum of their peaks, in kB."""
        self._stop.set()
        self._thread.join()
        return sum(self.peaks.values())


def run(
    command: list[str], *, env: dict[str, str] | None = None, stdin: Path | None = None
) -> Run:
    """Run ``command`` to its end, measuring it (and the processes it starts)."""
    start = time.perf_counter()
    with (stdin or Path(os.devnull)).open("rb") as given:
        process = subprocess.Popen(
            command,
            stdin=given,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        children = _DescendantPeaks(process.pid)
        assert process.stderr is not None  # noqa: S101 - asked for above
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        _, status, usage = os.wait4(process.pid, 0)
        children_kb = children.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    # ru_maxrss is in kilobytes on Linux.
    return Run(seconds, (usage.ru_maxrss + children_kb) / 1024, process.returncode, stderr[-2000:])


def factbot_env(db: Path, **more: str) -> dict[str, str]:
    """The environment a user gives factbot: this database, no .env, quiet logs."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("FACTBOT_")}
    return clean | {"FACTBOT_DB_PATH": str(db), "FACTBOT_LOG_LEVEL": "WARNING"} | more


def factbot_import(csv_file: Path, db: Path) -> Run:
    """``factbot import FILE`` into a new database at ``db``."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return run([factbot(), "import", str(csv_file)], env=factbot_env(db))


def factbot_check(csv_file: Path, db: Path) -> Run:
    """``factbot import --check FILE`` against the store at ``db``: every row validated as the
    import validates it (its lemmas aside), nothing stored."""
    return run([factbot(), "import", "--check", str(csv_file)], env=factbot_env(db))


def sqlite_import(csv_file: Path, db: Path) -> Run:
    """The sqlite3 shell's ``.import`` of the same file into a bare table (no checks, no index)."""
    db.unlink(missing_ok=True)
    script = db.with_suffix(".sql")
    script.write_text(f".mode csv\n.import '{csv_file}' facts\n", encoding="utf-8")
    return run([SQLITE3, str(db)], stdin=script)
