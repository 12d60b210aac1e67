"""Whole commands as child processes: ``factbot import`` beside the sqlite3 shell's ``.import``,
and a cold ``factbot ask`` beside a bare Python start.

Wall time is measured around the child; its peak RSS is the kernel's account of it
(``os.wait4``), the same figure ``/usr/bin/time -v`` prints.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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


def run(
    command: list[str], *, env: dict[str, str] | None = None, stdin: Path | None = None
) -> Run:
    """Run ``command`` to its end, measuring it."""
    start = time.perf_counter()
    with (stdin or Path(os.devnull)).open("rb") as given:
        process = subprocess.Popen(
            command,
            stdin=given,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert process.stderr is not None  # noqa: S101 - asked for above
        stderr = process.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    # ru_maxrss is in kilobytes on Linux.
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, stderr[-2000:])


def factbot_env(db: Path, **more: str) -> dict[str, str]:
    """The environment a user gives factbot: this database, no .env, quiet logs."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("FACTBOT_")}
    return clean | {"FACTBOT_DB_PATH": str(db), "FACTBOT_LOG_LEVEL": "WARNING"} | more


def factbot_import(csv_file: Path, db: Path) -> Run:
    """``factbot import FILE`` into a new database at ``db``."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return run([factbot(), "import", str(csv_file)], env=factbot_env(db))


def sqlite_import(csv_file: Path, db: Path) -> Run:
    """The sqlite3 shell's ``.import`` of the same file into a bare table (no checks, no index)."""
    db.unlink(missing_ok=True)
    script = db.with_suffix(".sql")
    script.write_text(f".mode csv\n.import '{csv_file}' facts\n", encoding="utf-8")
    return run([SQLITE3, str(db)], stdin=script)
