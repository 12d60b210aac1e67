"""The ``factbot`` command: thin shells over the library, and the only place Settings is built."""

from bot.cli.main import main

__all__ = ["main"]
