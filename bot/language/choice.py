"""Which language to answer in: the chat's choice, a client's language code, a language named.

Pure: the handlers hand in what the chat chose (from the store) and what Telegram says of the
reader's client.
"""

from __future__ import annotations

from bot.language.text import fold
from bot.language.words import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["choose_language", "language_asked", "language_from_code"]


def language_from_code(code: str | None) -> str | None:
    """One of ``LANGUAGES`` for a Telegram client's language code ("ru", "uk-UA", "kk"), or
    None for any other (the caller falls back to English)."""
    if not code:
        return None
    language = code.replace("_", "-").split("-")[0].casefold()
    # Some clients give the country ("ua", "kz") where the language ("uk", "kk") is meant.
    language = {"ua": "uk", "kz": "kk"}.get(language, language)
    return language if language in LANGUAGES else None


def choose_language(*, chosen: str | None, client: str | None, private: bool = True) -> str:
    """The language to answer in: the chat's own choice, else the reader's client language,
    else English.

    Args:
        chosen: the chat's choice by /language (or ``factbot ask --lang``): it always wins.
        client: the Telegram client's language code ("ru", "uk-UA"; any other language means
            English). A group has no client language of its own: unless its admins chose, it
            is answered in English.
        private: a private chat (or an inline query) rather than a group.
    """
    if chosen in LANGUAGES:
        return chosen
    own = language_from_code(client) if private else None
    return own or DEFAULT_LANGUAGE


_CODES = {
    "en": "en", "ru": "ru", "uk": "uk", "ua": "uk", "kk": "kk", "kz": "kk",
    "ру": "ru", "укр": "uk", "каз": "kk", "қаз": "kk", "англ": "en",
    # Flags, as readers tap them on a phone.
    "🇬🇧": "en", "🇺🇸": "en", "🇷🇺": "ru", "🇺🇦": "uk", "🇰🇿": "kk",
}  # fmt: skip
# How a language's name starts, in our four languages (and Kazakh typed without its letters).
_NAME_STARTS = {
    "en": ("engl", "англ", "ағылш", "агылш"),
    "ru": ("russ", "рус", "рос", "орыс"),
    "uk": ("ukr", "укр"),
    "kk": ("kaz", "kazak", "каз", "қаз"),
}


def language_asked(typed: str) -> str | None:
    """The language "/language …" names: a code ("uk", "ua"), or its name in any of our
    languages ("Ukrainian", "українська", "украинский", "қазақша"); None for anything else."""
    parts = fold(typed).split()
    if not parts:
        return None
    first = parts[0].strip(".,!?«»\"'")
    if first in _CODES:
        return _CODES[first]
    for language, starts in _NAME_STARTS.items():
        if first.startswith(starts):
            return language
    return None
