"""Pure functions for /language: which language a reader named, and the replies about it."""

from __future__ import annotations

import html

from bot.language.text import fold
from bot.language.words import Words

__all__ = [
    "LANGUAGE_DATA",
    "language_asked",
    "render_language_changed",
    "render_language_menu",
    "render_language_not_known",
    "render_language_refused",
]

# The callback data of a language button: this prefix and the language's code.
LANGUAGE_DATA = "lang:"

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


def render_language_menu(words: Words) -> str:
    """/language with nothing after it: the language in use, and buttons to change it."""
    return words.say(
        "I answer in <b>{language}</b>. Choose another language:", language=words.name
    )


def render_language_not_known(typed: str, words: Words) -> str:
    """/language with a language the bot does not write."""
    return words.say(
        "I don't write “{typed}”. Choose English, Russian, Ukrainian or Kazakh:",
        typed=html.escape(typed[:40]),
    )


def render_language_refused(words: Words) -> str:
    """A group member who is not its admin tried to change the group's language."""
    return words.say("Only this group's admins can change the language I answer in here.")


def render_language_changed(words: Words) -> str:
    """The confirmation, in the language just chosen."""
    return words.say("Done: I answer in {language} from now on.", language=words.name)
