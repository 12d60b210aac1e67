"""Running ``factbot`` as an operator does: a real process, its own store, no FACTBOT_* leaks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FACTBOT = Path(sys.executable).parent / "factbot"


def run_factbot(
    *args: str, cwd: Path, db: Path, stdin: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``factbot ARGS`` with FACTBOT_DB_PATH=db; its exit code and decoded output."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    result = subprocess.run(
        [str(FACTBOT), *args],
        cwd=cwd,
        env={**clean, "FACTBOT_DB_PATH": str(db)},
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
