"""Running ``factbot`` as an operator does: a real process, its own store, no FACTBOT_* leaks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

FACTBOT = Path(sys.executable).parent / "factbot"


def run_factbot(
    *args: str,
    cwd: Path,
    db: Path | None = None,
    stdin: bytes | None = None,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``factbot ARGS`` with FACTBOT_DB_PATH=db (if given) and the FACTBOT_* settings ``env``
    names, none of the caller's; its exit code and decoded output."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    env = {**({"FACTBOT_DB_PATH": str(db)} if db is not None else {}), **(env or {})}
    result = subprocess.run(
        [str(FACTBOT), *args],
        cwd=cwd,
        env={**clean, **env},
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
