"""Settings from the environment and .env: defaults, parsing, and errors that name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import Settings, describe_errors

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"


def _error(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as caught:
        Settings()
    return describe_errors(caught.value)


def test_defaults_need_no_environment():
    settings = Settings()
    assert settings.token is None
    assert settings.db_path == Path("data/facts.db")
    assert settings.admin_ids == frozenset()
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.api_base_file_url == "https://api.telegram.org/file/bot"
    assert (settings.log_level, settings.log_format) == ("INFO", "console")


def test_every_setting_is_read_with_its_prefix(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FACTBOT_TOKEN", TOKEN)
    monkeypatch.setenv("FACTBOT_DB_PATH", "/data/facts.db")
    monkeypatch.setenv("FACTBOT_ADMIN_IDS", " 42, 7 ,")
    monkeypatch.setenv("FACTBOT_API_BASE_URL", "http://127.0.0.1:8081/bot")
    monkeypatch.setenv("FACTBOT_API_BASE_FILE_URL", "http://127.0.0.1:8081/file/bot")
    monkeypatch.setenv("FACTBOT_LOG_LEVEL", "debug")
    monkeypatch.setenv("FACTBOT_LOG_FORMAT", "JSON")
    settings = Settings()
    assert settings.token is not None
    assert settings.token.get_secret_value() == TOKEN
    assert settings.db_path == Path("/data/facts.db")
    assert settings.admin_ids == {42, 7}
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert (settings.log_level, settings.log_format) == ("DEBUG", "json")
    assert TOKEN not in repr(settings)
    assert TOKEN not in str(settings.summary())


def test_env_file_is_read(tmp_path: Path):
    (tmp_path / ".env").write_text("FACTBOT_ADMIN_IDS=5\n", encoding="utf-8")
    assert Settings().admin_ids == {5}


def test_bad_admin_ids_name_the_variable(monkeypatch: pytest.MonkeyPatch):
    message = _error(monkeypatch, FACTBOT_ADMIN_IDS="12,abc")
    assert message == "FACTBOT_ADMIN_IDS: 'abc' is not a Telegram user id; give numbers like 12345"


def test_malformed_token_is_named_but_never_echoed(monkeypatch: pytest.MonkeyPatch):
    message = _error(monkeypatch, FACTBOT_TOKEN="not-a-token-secret")
    assert message.startswith("FACTBOT_TOKEN: does not look like a bot token")
    assert "not-a-token-secret" not in message


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("FACTBOT_LOG_LEVEL", "loud", "FACTBOT_LOG_LEVEL: must be one of"),
        ("FACTBOT_LOG_FORMAT", "xml", "FACTBOT_LOG_FORMAT: must be one of 'console' or 'json'"),
        ("FACTBOT_API_BASE_URL", "ftp://x", "FACTBOT_API_BASE_URL: 'ftp://x' is not an http(s)"),
    ],
)
def test_other_bad_settings_name_the_variable(monkeypatch, variable, value, expected):
    assert _error(monkeypatch, **{variable: value}).startswith(expected)


def test_misspelt_setting_in_env_file_is_named(tmp_path: Path):
    (tmp_path / ".env").write_text("FACTBOT_TOKN=x\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert describe_errors(caught.value) == (
        "FACTBOT_TOKN: is not a factbot setting (check the spelling)"
    )
