"""Running ``factbot`` as a separate process, as a container does, and finding a free port."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

__all__ = ["FACTBOT", "factbot_env", "free_port"]

FACTBOT = Path(sys.executable).parent / "factbot"


def factbot_env(env: dict[str, str]) -> dict[str, str]:
    """This process's environment without its FACTBOT_* variables, then ``env`` on top."""
    clean = {name: value for name, value in os.environ.items() if not name.startswith("FACTBOT_")}
    return {**clean, **env}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on just now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
