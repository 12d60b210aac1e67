"""What the store keeps about chats rather than facts: the language each chat chose."""

from __future__ import annotations

import sqlite3

__all__ = ["CHAT_LANGUAGES", "GET_CHAT_LANGUAGE", "set_chat_language"]

# The languages a chat can choose; the schema holds the same list (migration 0008).
CHAT_LANGUAGES = ("en", "ru", "uk", "kk")

GET_CHAT_LANGUAGE = "SELECT language FROM chat_languages WHERE chat_id = ?"

_SET_CHAT_LANGUAGE = """
INSERT INTO chat_languages (chat_id, language, set_by, set_at)
VALUES (:chat_id, :language, :set_by, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
ON CONFLICT (chat_id) DO UPDATE SET
    language = excluded.language, set_by = excluded.set_by, set_at = excluded.set_at
"""


def set_chat_language(conn: sqlite3.Connection, chat_id: int, language: str, by: int) -> None:
    """Record ``language`` as ``chat_id``'s choice, replacing any earlier one."""
    conn.execute(_SET_CHAT_LANGUAGE, {"chat_id": chat_id, "language": language, "set_by": by})
