"""Logging: structlog for our lines and for python-telegram-bot's and httpx's, one pipeline.

The bot token is in every Bot API URL, so it would reach logs through httpx's request lines
and exception messages. Every rendered line passes through :class:`Redactor` last, whatever
produced it.
"""

from __future__ import annotations

import contextvars
import logging
import re
import sys
import time
from collections.abc import Iterable
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

__all__ = [
    "REDACTED",
    "Redactor",
    "bind_update_context",
    "configure_logging",
    "log_update_handled",
    "note_results",
]

REDACTED = "[REDACTED]"

# When the update being handled arrived, for its latency.
_started: contextvars.ContextVar[float] = contextvars.ContextVar("update_started", default=0.0)

# Any bot token, even one we were not told about (a token from another bot in an error).
_ANY_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")


class Redactor:
    """Wraps the final renderer: removes secrets from the rendered line."""

    def __init__(self, renderer: Processor, secrets: Iterable[str]) -> None:
        self._renderer = renderer
        self._secrets = sorted((secret for secret in secrets if secret), key=len, reverse=True)

    def redact(self, text: str) -> str:
        """``text`` with every secret and anything shaped like a bot token replaced."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return _ANY_TOKEN.sub(REDACTED, text)

    def __call__(self, logger: WrappedLogger, name: str, event_dict: EventDict) -> str:
        rendered = self._renderer(logger, name, event_dict)
        return self.redact(rendered if isinstance(rendered, str) else str(rendered))


def configure_logging(
    *,
    level: str,
    log_format: str,
    secrets: Iterable[str] = (),
    stream: TextIO | None = None,
) -> None:
    """Send structlog's and the standard library's log records through one redacting renderer.

    Args:
        level: the least severe level written ("DEBUG", "INFO", ...).
        log_format: "json" for one JSON object a line, "console" for people.
        secrets: values that must never appear in a log line (the bot token).
        stream: where lines go; standard error by default, so ``factbot ask`` keeps stdout.
    """
    stream = stream or sys.stderr
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Processor
    if log_format == "json":
        shared.append(structlog.processors.dict_tracebacks)
        renderer = structlog.processors.JSONRenderer()
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=stream.isatty())
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            Redactor(renderer, secrets),
        ],
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and the URL holds the token; it stays redacted
    # either way, but a line per poll is noise.
    logging.getLogger("httpx").setLevel(max(logging.WARNING, root.level))
    logging.getLogger("httpcore").setLevel(max(logging.WARNING, root.level))
    # aiosqlite logs every statement at DEBUG: too much even for debugging the bot.
    logging.getLogger("aiosqlite").setLevel(max(logging.INFO, root.level))
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.processors.StackInfoRenderer(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )


async def bind_update_context(update: object, _context: Any) -> None:
    """Bind the update's ids to every log line written while it is handled."""
    # Imported here: the CLI's one-shot commands log too, and need no Telegram at start-up.
    from telegram import Update

    structlog.contextvars.clear_contextvars()
    if not isinstance(update, Update):
        return
    _started.set(time.monotonic())
    from bot.answers.catalog import command_names

    message = update.effective_message
    text = message.text if message and message.text else ""
    command = text.split(maxsplit=1)[0].partition("@")[0] if text.startswith("/") else None
    if command is not None and command.removeprefix("/") not in command_names():
        # An unknown command is something a reader typed: not for the log at INFO.
        command = "unknown"
    structlog.contextvars.bind_contextvars(
        update_id=update.update_id,
        chat_type=update.effective_chat.type if update.effective_chat else None,
        user_id=update.effective_user.id if update.effective_user else None,
        command=command,
    )


def note_results(count: int) -> None:
    """Record how many facts the answer to this update holds, for its canonical line."""
    structlog.contextvars.bind_contextvars(results=count)


def log_update_handled(outcome: str, **extra: Any) -> None:
    """The one canonical line of an update: its ids, outcome, results and latency in ms."""
    started = _started.get()
    latency = round((time.monotonic() - started) * 1000, 1) if started else None
    structlog.get_logger("bot.updates").info(
        "update_handled", outcome=outcome, latency_ms=latency, **extra
    )
