"""Logging: one pipeline for structlog and the standard library, never showing the token."""

from __future__ import annotations

import io
import json
import logging

import pytest
import structlog

from bot.logs import REDACTED, configure_logging

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"
OTHER_TOKEN = "987654:ZYXwvuTSRqpoNMLkjiHGFedcBA9876543210"


@pytest.fixture(name="output")
def _output():
    stream = io.StringIO()
    yield stream
    logging.getLogger().handlers.clear()
    structlog.reset_defaults()


def _fail() -> None:
    raise RuntimeError(f"failed https://api.telegram.org/bot{TOKEN}/sendMessage")


def _log_everywhere() -> None:
    log = structlog.get_logger("test")
    log.info("settings_loaded", token=TOKEN)
    logging.getLogger("httpx").warning(
        "HTTP Request: POST https://api.telegram.org/bot%s/getUpdates", TOKEN
    )
    logging.getLogger("telegram.ext.Updater").error("other bot: %s", OTHER_TOKEN)
    try:
        _fail()
    except RuntimeError:
        log.exception("update_failed")
        logging.getLogger("telegram.ext.Application").exception("stdlib failure")


@pytest.mark.parametrize("log_format", ["json", "console"])
def test_token_never_reaches_a_log_line(output: io.StringIO, log_format: str):
    configure_logging(level="DEBUG", log_format=log_format, secrets=[TOKEN], stream=output)
    _log_everywhere()
    text = output.getvalue()
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text
    assert OTHER_TOKEN not in text
    assert text.count(REDACTED) >= 5
    assert "Traceback" in text or '"exception"' in text


def test_json_lines_parse_and_carry_the_event(output: io.StringIO):
    configure_logging(level="INFO", log_format="json", secrets=[TOKEN], stream=output)
    _log_everywhere()
    lines = [json.loads(line) for line in output.getvalue().splitlines()]
    assert lines[0]["event"] == "settings_loaded"
    assert all({"level", "timestamp", "event"} <= line.keys() for line in lines)
    failed = next(line for line in lines if line["event"] == "update_failed")
    assert failed["exception"][0]["exc_type"] == "RuntimeError"
    stdlib = next(line for line in lines if line["event"] == "stdlib failure")
    assert "exception" in stdlib


def test_level_filters_our_lines_and_the_libraries(output: io.StringIO):
    configure_logging(level="WARNING", log_format="json", stream=output)
    structlog.get_logger("test").info("hidden")
    logging.getLogger("telegram").info("hidden too")
    structlog.get_logger("test").warning("shown")
    assert [json.loads(line)["event"] for line in output.getvalue().splitlines()] == ["shown"]
