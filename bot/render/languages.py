"""Pure functions for /language: the replies about the language the bot answers in."""

from __future__ import annotations

import html

from bot.language.words import Words

__all__ = [
    "LANGUAGE_DATA",
    "render_language_changed",
    "render_language_menu",
    "render_language_not_known",
    "render_language_refused",
]

# The callback data of a language button: this prefix and the language's code.
LANGUAGE_DATA = "lang:"


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
