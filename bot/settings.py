"""Settings from the environment or ``.env``, every variable prefixed ``FACTBOT_``.

Only the CLI builds :class:`Settings`; everything else is handed the values it needs.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import unquote, urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

__all__ = ["ENV_PREFIX", "Settings", "describe_errors"]

ENV_PREFIX = "FACTBOT_"

# BotFather's tokens: the bot's numeric id, a colon, and a 35-character secret.
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")

# The least FACTBOT_HEARTBEAT_MAX_AGE: a healthy polling bot's heartbeat can be 12 s old (a
# 10 s long poll, then up to 2 s before the next write), and a check must not call it deaf.
_LEAST_HEARTBEAT_AGE_S = 15

# The longest FACTBOT_BACKUP_EVERY: a year of hours (a leap year's).
_MOST_HOURS = 366 * 24

# The most FACTBOT_NOTICES_PER_SECOND: Telegram's limit for a bot over all chats.
_MOST_NOTICES_PER_SECOND = 30

# Telegram's rule for a webhook's secret_token.
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class Settings(BaseSettings):
    """Everything factbot reads from its environment."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="forbid",
        validate_default=True,
    )

    token: SecretStr | None = Field(
        default=None, description="The bot's token from @BotFather; needed by `factbot run`."
    )
    db_path: Path = Field(
        default=Path("data/facts.db"), description="The SQLite fact store; created if missing."
    )
    database_url: SecretStr | None = Field(
        default=None,
        description="A postgresql:// URL: the fact store on PostgreSQL instead of SQLite at "
        "FACTBOT_DB_PATH. Secret: it may hold a password.",
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), description="Comma-separated Telegram user ids of the curators."
    )
    api_base_url: str = Field(
        default="https://api.telegram.org/bot",
        description="Bot API base URL; point it at a local Bot API server or a test fake.",
    )
    api_base_file_url: str = Field(
        default="https://api.telegram.org/file/bot", description="Bot API base URL for files."
    )
    addfact_timeout: float = Field(
        default=900,
        gt=0,
        description="Seconds of silence after which a guided /addfact is dropped, unsaved.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="The least severe log level written."
    )
    log_format: Literal["console", "json"] = Field(
        default="console", description="console: readable lines; json: one JSON object a line."
    )
    mode: Literal["polling", "webhook"] = Field(
        default="polling", description="polling: ask Telegram for updates; webhook: be told."
    )
    webhook_url: str | None = Field(
        default=None, description="webhook mode: the public https URL Telegram posts updates to."
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="webhook mode: the secret Telegram sends with every update (1-256 of "
        "A-Z a-z 0-9 _ -); requests without it are refused.",
    )
    webhook_listen: str = Field(
        default="0.0.0.0",  # noqa: S104 - a container's server must listen beyond loopback
        description="webhook mode: the address the bot's web server listens on.",
    )
    webhook_port: int = Field(
        default=8443, ge=1, le=65535, description="webhook mode: the port it listens on."
    )
    flood_limit: int = Field(
        default=20,
        ge=0,
        description="Updates a user may send within FACTBOT_FLOOD_WINDOW; 0 turns throttling off.",
    )
    flood_window: float = Field(
        default=30, gt=0, description="Seconds over which FACTBOT_FLOOD_LIMIT is counted."
    )
    flood_pause: float = Field(
        default=60, gt=0, description="Seconds a user who went over the limit is ignored for."
    )
    send_rate: float = Field(
        default=30,
        ge=0,
        description="Messages a second the bot sends at most, over all chats (Telegram's limit "
        "for a bot); 0 sends as fast as it can. A 429 is waited out either way.",
    )
    notices_per_second: int = Field(
        default=25,
        description="Notices to followers sent a second at most, over all chats (1 to 30; "
        "Telegram allows a bot about 30, and replies need some of them).",
    )
    stop_grace: float = Field(
        default=7,
        gt=0,
        le=60,
        description="Seconds a stopping bot waits for updates in hand before it rolls back "
        "the writes still running; keep it under the container's stop timeout (10 s).",
    )
    heartbeat_path: Path | None = Field(
        default=None,
        description="polling mode: the file the bot touches after each getUpdates Telegram "
        "answers (at most every 2 s), which `factbot healthcheck` reads; default: beside the "
        "database, FACTBOT_DB_PATH with .heartbeat added.",
    )
    heartbeat_max_age: float = Field(
        default=45,
        allow_inf_nan=False,
        description="polling mode: seconds after which `factbot healthcheck` calls the bot "
        "deaf; at least 15, as a healthy bot's heartbeat can be 12 s old (a 10 s long poll).",
    )
    conflict_give_up: float = Field(
        default=90,
        gt=0,
        allow_inf_nan=False,
        description="polling mode: seconds Telegram may answer getUpdates with Conflict (another "
        "instance polls with this token, or a webhook is set) before the bot exits 1.",
    )

    backup_dir: Path | None = Field(
        default=None,
        description="A folder the running bot writes backups of the store to (created if "
        "missing); unset, the bot takes none.",
    )
    backup_every: float = Field(
        default=24,
        description="Hours between the running bot's backups (fractions too: 0.5 is 30 minutes).",
    )
    backup_keep: int = Field(
        default=7,
        description="How many of the newest backups the running bot keeps in "
        "FACTBOT_BACKUP_DIR; it removes older ones.",
    )

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        # The message must not echo the value: it is a secret even when malformed.
        if not _TOKEN.match(value.get_secret_value().strip()):
            raise ValueError("does not look like a bot token (digits, a colon, then the secret)")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if not _WEBHOOK_SECRET.match(value.get_secret_value()):
            raise ValueError("must be 1 to 256 of the characters A-Z, a-z, 0-9, _ and -")
        return value

    @field_validator("heartbeat_path", mode="before")
    @classmethod
    def _heartbeat_file(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None  # set but empty: the default, beside the database
        if value is not None and Path(value).is_dir():
            raise ValueError(f"{value} is a directory; give the path of a file in it")
        return value

    @field_validator("heartbeat_max_age")
    @classmethod
    def _not_below_a_long_poll(cls, value: float) -> float:
        if value < _LEAST_HEARTBEAT_AGE_S:
            raise ValueError(
                f"must be at least {_LEAST_HEARTBEAT_AGE_S} seconds: a healthy bot's heartbeat "
                "can be 12 s old, as it long-polls Telegram for 10 s"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _postgresql_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        # Imported here: the storage package is loaded only by those who use PostgreSQL.
        from storage.postgres.urls import url_problem

        # The message must not echo the value: it may hold a password.
        problem = url_problem(value.get_secret_value())
        if problem is not None:
            raise ValueError(problem)
        return SecretStr(value.get_secret_value().strip())

    @field_validator("webhook_url")
    @classmethod
    def _https_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if urlsplit(value).scheme != "https" or not urlsplit(value).hostname:
            raise ValueError(f"{value!r} is not an https URL; Telegram posts only to https")
        return value

    @model_validator(mode="after")
    def _webhook_needs_url_and_secret(self) -> Settings:
        if self.mode == "webhook":
            missing = [
                name
                for name, value in (
                    ("FACTBOT_WEBHOOK_URL", self.webhook_url),
                    ("FACTBOT_WEBHOOK_SECRET", self.webhook_secret),
                )
                if value is None
            ]
            if missing:
                raise ValueError(f"FACTBOT_MODE=webhook needs {' and '.join(missing)}")
        return self

    @property
    def heartbeat_file(self) -> Path:
        """Where the polling bot's heartbeat is: FACTBOT_HEARTBEAT_PATH, or beside the store."""
        return self.heartbeat_path or self.db_path.with_name(self.db_path.name + ".heartbeat")

    @property
    def webhook_path(self) -> str:
        """The path of the webhook URL, which the bot's web server answers on."""
        return urlsplit(self.webhook_url or "").path.strip("/")

    @field_validator("notices_per_second")
    @classmethod
    def _within_telegrams_limit(cls, value: int) -> int:
        if not 1 <= value <= _MOST_NOTICES_PER_SECOND:
            raise ValueError(
                f"must be 1 to {_MOST_NOTICES_PER_SECOND}: Telegram allows a bot about 30 "
                "messages a second over all chats, and answers more with 429s"
            )
        return value

    @field_validator("backup_dir", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("backup_dir")
    @classmethod
    def _a_folder(cls, value: Path | None) -> Path | None:
        if value is not None and value.exists() and not value.is_dir():
            raise ValueError(f"{str(value)!r} is a file, not a folder")
        return value

    @field_validator("backup_every")
    @classmethod
    def _hours(cls, value: float) -> float:
        if not (math.isfinite(value) and 0 < value <= _MOST_HOURS):
            raise ValueError(
                f"must be more than 0 and at most {_MOST_HOURS} hours (a year); "
                "fractions are fine, e.g. 0.5 for 30 minutes"
            )
        return value

    @field_validator("backup_keep")
    @classmethod
    def _at_least_one(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be 1 or more: the newest backup is always kept")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        ids = []
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdecimal():
                raise ValueError(f"{part!r} is not a Telegram user id; give numbers like 12345")
            ids.append(int(part))
        return frozenset(ids)

    @field_validator("api_base_url", "api_base_file_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    def secrets(self) -> list[str]:
        """Every secret value set, for the log redactor."""
        return [
            secret.get_secret_value()
            for secret in (self.token, self.webhook_secret, self.database_url)
            if secret is not None
        ] + self._database_password()

    def _database_password(self) -> list[str]:
        """The password in FACTBOT_DATABASE_URL, as written and as decoded, for the redactor
        (libpq may quote either)."""
        if self.database_url is None:
            return []
        written = urlsplit(self.database_url.get_secret_value()).password
        return [] if not written else [written, unquote(written)]

    @property
    def store_url(self) -> str | None:
        """FACTBOT_DATABASE_URL's value (None: the SQLite store at FACTBOT_DB_PATH)."""
        return None if self.database_url is None else self.database_url.get_secret_value()

    @property
    def store_name(self) -> str:
        """The store as a log line or a message names it: never with a password."""
        if self.store_url is None:
            return str(self.db_path)
        from storage.postgres.urls import shown

        return shown(self.store_url)

    def summary(self) -> dict[str, Any]:
        """The settings for a log line, secrets masked."""
        return {
            "token": "set (hidden)" if self.token else "not set",
            "db_path": str(self.db_path),
            "database": "sqlite" if self.store_url is None else self.store_name,
            "admin_count": len(self.admin_ids),
            "api_base_url": self.api_base_url,
            "log_level": self.log_level,
            "log_format": self.log_format,
            "mode": self.mode,
            **(
                {
                    "webhook_url": self.webhook_url,
                    "webhook_secret": "set (hidden)",
                    "webhook_listen": f"{self.webhook_listen}:{self.webhook_port}",
                }
                if self.mode == "webhook"
                else {
                    "heartbeat_path": str(self.heartbeat_file),
                    "conflict_give_up_s": self.conflict_give_up,
                }
            ),
            "flood_limit": f"{self.flood_limit} per {self.flood_window:g} s",
            "send_rate": self.send_rate,
            "notices_per_second": self.notices_per_second,
            "stop_grace_s": self.stop_grace,
            "backups": (
                f"every {self.backup_every:g} h into {self.backup_dir}, keeping {self.backup_keep}"
                if self.backup_dir is not None
                else "off"
            ),
        }


def describe_errors(error: ValidationError) -> str:
    """One line naming each bad variable and what is wrong with it, never echoing a secret."""
    problems = []
    for item in error.errors():
        message = item["msg"].removeprefix("Value error, ")
        if not item["loc"]:
            # A rule across settings names its variables itself.
            problems.append(message)
            continue
        field = str(item["loc"][0])
        variable = (
            field.upper() if field.upper().startswith(ENV_PREFIX) else ENV_PREFIX + field.upper()
        )
        if item["type"] == "extra_forbidden":
            message = "is not a factbot setting (check the spelling)"
        elif item["type"] == "literal_error":
            message = f"must be one of {item['ctx']['expected']}"
        problems.append(f"{variable}: {message}")
    return "; ".join(problems)
