"""Settings from the environment or ``.env``, every variable prefixed ``FACTBOT_``.

Only the CLI builds :class:`Settings`; everything else is handed the values it needs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

__all__ = ["ENV_PREFIX", "Settings", "describe_errors"]

ENV_PREFIX = "FACTBOT_"

# BotFather's tokens: the bot's numeric id, a colon, and a 35-character secret.
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")


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

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        # The message must not echo the value: it is a secret even when malformed.
        if not _TOKEN.match(value.get_secret_value().strip()):
            raise ValueError("does not look like a bot token (digits, a colon, then the secret)")
        return SecretStr(value.get_secret_value().strip())

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
            if not part.isdigit():
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
        return [self.token.get_secret_value()] if self.token else []

    def summary(self) -> dict[str, Any]:
        """The settings for a log line, secrets masked."""
        return {
            "token": "set (hidden)" if self.token else "not set",
            "db_path": str(self.db_path),
            "admin_count": len(self.admin_ids),
            "api_base_url": self.api_base_url,
            "log_level": self.log_level,
            "log_format": self.log_format,
        }


def describe_errors(error: ValidationError) -> str:
    """One line naming each bad variable and what is wrong with it, never echoing a secret."""
    problems = []
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "settings"
        variable = (
            field.upper() if field.upper().startswith(ENV_PREFIX) else ENV_PREFIX + field.upper()
        )
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "is not a factbot setting (check the spelling)"
        elif item["type"] == "literal_error":
            message = f"must be one of {item['ctx']['expected']}"
        problems.append(f"{variable}: {message}")
    return "; ".join(problems)
