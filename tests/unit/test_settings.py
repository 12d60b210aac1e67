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


def test_webhook_mode_names_what_it_lacks(monkeypatch: pytest.MonkeyPatch):
    message = _error(
        monkeypatch, FACTBOT_MODE="webhook", FACTBOT_WEBHOOK_URL="https://bot.example.org/hook"
    )
    assert message == "FACTBOT_MODE=webhook needs FACTBOT_WEBHOOK_SECRET"


def test_webhook_url_must_be_https_and_the_secret_telegram_shaped(monkeypatch: pytest.MonkeyPatch):
    message = _error(
        monkeypatch,
        FACTBOT_WEBHOOK_URL="http://bot.example.org/hook",
        FACTBOT_WEBHOOK_SECRET="has spaces and é",
    )
    assert "FACTBOT_WEBHOOK_URL: 'http://bot.example.org/hook' is not an https URL" in message
    assert "FACTBOT_WEBHOOK_SECRET: must be 1 to 256 of the characters" in message
    assert "has spaces" not in message


def test_webhook_settings_are_read_and_the_secret_is_masked(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FACTBOT_MODE", "webhook")
    monkeypatch.setenv("FACTBOT_WEBHOOK_URL", "https://bot.example.org/hooks/factbot/")
    monkeypatch.setenv("FACTBOT_WEBHOOK_SECRET", "s3cret-value_42")
    monkeypatch.setenv("FACTBOT_WEBHOOK_PORT", "9000")
    monkeypatch.setenv("FACTBOT_TOKEN", TOKEN)
    settings = Settings()
    assert settings.webhook_path == "hooks/factbot"
    assert settings.webhook_port == 9000
    assert set(settings.secrets()) == {TOKEN, "s3cret-value_42"}
    summary = str(settings.summary())
    assert "s3cret-value_42" not in summary
    assert "webhook_secret': 'set (hidden)" in summary


def test_bad_port_and_flood_settings_name_the_variable(monkeypatch: pytest.MonkeyPatch):
    message = _error(
        monkeypatch,
        FACTBOT_WEBHOOK_PORT="70000",
        FACTBOT_FLOOD_LIMIT="-1",
        FACTBOT_STOP_GRACE="0",
        FACTBOT_SEND_RATE="-5",
    )
    assert "FACTBOT_WEBHOOK_PORT: Input should be less than or equal to 65535" in message
    assert "FACTBOT_FLOOD_LIMIT: Input should be greater than or equal to 0" in message
    assert "FACTBOT_STOP_GRACE: Input should be greater than 0" in message
    assert "FACTBOT_SEND_RATE: Input should be greater than or equal to 0" in message


def test_admin_ids_refuse_digit_lookalikes(monkeypatch: pytest.MonkeyPatch):
    message = _error(monkeypatch, FACTBOT_ADMIN_IDS="12,3²")
    assert message == "FACTBOT_ADMIN_IDS: '3²' is not a Telegram user id; give numbers like 12345"


def test_the_heartbeat_is_beside_the_database_unless_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    monkeypatch.setenv("FACTBOT_DB_PATH", "/data/facts.db")
    assert Settings().heartbeat_file == Path("/data/facts.db.heartbeat")
    monkeypatch.setenv("FACTBOT_HEARTBEAT_PATH", "")
    assert Settings().heartbeat_file == Path("/data/facts.db.heartbeat")
    monkeypatch.setenv("FACTBOT_HEARTBEAT_PATH", str(tmp_path / "bot.alive"))
    settings = Settings()
    assert settings.heartbeat_file == tmp_path / "bot.alive"
    assert settings.summary()["heartbeat_path"] == str(tmp_path / "bot.alive")
    assert (settings.heartbeat_max_age, settings.conflict_give_up) == (45, 90)


def test_bad_liveness_settings_name_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    message = _error(
        monkeypatch,
        FACTBOT_HEARTBEAT_PATH=str(tmp_path),
        FACTBOT_HEARTBEAT_MAX_AGE="10",
        FACTBOT_CONFLICT_GIVE_UP="0",
    )
    assert f"FACTBOT_HEARTBEAT_PATH: {tmp_path} is a directory; give the path of a file" in message
    assert "FACTBOT_HEARTBEAT_MAX_AGE: must be at least 15 seconds" in message
    assert "FACTBOT_CONFLICT_GIVE_UP: Input should be greater than 0" in message
    assert "a finite number" in _error(monkeypatch, FACTBOT_CONFLICT_GIVE_UP="inf")


def test_backups_are_off_by_default_and_read_in_hours(monkeypatch: pytest.MonkeyPatch):
    settings = Settings()
    assert (settings.backup_dir, settings.backup_every, settings.backup_keep) == (None, 24, 7)
    assert settings.summary()["backups"] == "off"
    monkeypatch.setenv("FACTBOT_BACKUP_DIR", "/data/backups")
    monkeypatch.setenv("FACTBOT_BACKUP_EVERY", "0.5")
    monkeypatch.setenv("FACTBOT_BACKUP_KEEP", "3")
    settings = Settings()
    assert (settings.backup_dir, settings.backup_every, settings.backup_keep) == (
        Path("/data/backups"), 0.5, 3
    )  # fmt: skip
    assert settings.summary()["backups"] == "every 0.5 h into /data/backups, keeping 3"
    monkeypatch.setenv("FACTBOT_BACKUP_DIR", " ")
    assert Settings().backup_dir is None


_HOURS = (
    "must be more than 0 and at most 8784 hours (a year); fractions are fine, e.g. 0.5 for "
    "30 minutes"
)


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("FACTBOT_BACKUP_EVERY", "0", _HOURS),
        ("FACTBOT_BACKUP_EVERY", "-2", _HOURS),
        ("FACTBOT_BACKUP_EVERY", "inf", _HOURS),
        ("FACTBOT_BACKUP_EVERY", "nan", _HOURS),
        ("FACTBOT_BACKUP_EVERY", "10000", _HOURS),
        ("FACTBOT_BACKUP_EVERY", "daily", "Input should be a valid number"),
        ("FACTBOT_BACKUP_KEEP", "0", "must be 1 or more: the newest backup is always kept"),
        ("FACTBOT_BACKUP_KEEP", "-1", "must be 1 or more: the newest backup is always kept"),
        ("FACTBOT_BACKUP_KEEP", "2.5", "Input should be a valid integer"),
    ],
)
def test_bad_backup_settings_say_what_is_wanted(monkeypatch, variable, value, expected):
    assert _error(monkeypatch, **{variable: value}).startswith(f"{variable}: {expected}")


def test_a_backup_folder_that_is_a_file_is_refused(monkeypatch, tmp_path: Path):
    (tmp_path / "backups").write_text("", encoding="utf-8")
    assert _error(monkeypatch, FACTBOT_BACKUP_DIR="backups") == (
        "FACTBOT_BACKUP_DIR: 'backups' is a file, not a folder"
    )


def test_notices_per_second_is_25_unless_set(monkeypatch: pytest.MonkeyPatch):
    assert Settings().notices_per_second == 25
    monkeypatch.setenv("FACTBOT_NOTICES_PER_SECOND", "30")
    assert Settings().notices_per_second == 30
    assert Settings().summary()["notices_per_second"] == 30


@pytest.mark.parametrize("value", ["0", "31", "-3"])
def test_notices_per_second_beyond_telegrams_limit_is_refused(monkeypatch, value):
    assert _error(monkeypatch, FACTBOT_NOTICES_PER_SECOND=value) == (
        "FACTBOT_NOTICES_PER_SECOND: must be 1 to 30: Telegram allows a bot about 30 messages "
        "a second over all chats, and answers more with 429s"
    )


def test_notices_per_second_must_be_a_whole_number(monkeypatch: pytest.MonkeyPatch):
    message = _error(monkeypatch, FACTBOT_NOTICES_PER_SECOND="2.5")
    assert message.startswith("FACTBOT_NOTICES_PER_SECOND: Input should be a valid integer")
