"""Pure functions for /follow, /unfollow and /following: what a chat is told about the countries
it follows, and the data of the buttons that stop following one.

A private chat is spoken to as "you"; a group as "this group", since what it follows is the
group's, changed by its admins.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from bot.language.words import Words

__all__ = [
    "UNFOLLOW_DATA",
    "by_name",
    "render_already_following",
    "render_followed",
    "render_following",
    "render_follows_refused",
    "render_not_following",
    "render_unfollowed",
    "stop_label",
    "unfollow_data",
    "unfollowed_country",
]

# A stop button's callback data: this prefix and the country's alpha-3 code ("unf:GEO").
UNFOLLOW_DATA = "unf:"
_CODE = re.compile(r"[A-Z]{3}")


def unfollow_data(code: str) -> str:
    """The data of the button that stops following the country ``code``."""
    return f"{UNFOLLOW_DATA}{code}"


def unfollowed_country(data: str) -> str | None:
    """The country code a stop button's data names; None for anything else."""
    code = data.removeprefix(UNFOLLOW_DATA)
    return code if data.startswith(UNFOLLOW_DATA) and _CODE.fullmatch(code) else None


def by_name(codes: Sequence[str], words: Words) -> list[str]:
    """Country codes in the order of their names in the reader's language, as listed."""
    return sorted(codes, key=lambda code: words.country(code).casefold())


def _name(code: str, words: Words) -> str:
    return html.escape(words.country(code))


def render_followed(code: str, words: Words, *, group: bool) -> str:
    """The chat now follows the country."""
    country = _name(code, words)
    if group:
        return words.say(
            "This group now follows {country}: new facts, corrections and retractions on "
            "{country} will be sent here. /following lists what it follows.",
            country=country,
        )
    return words.say(
        "You now follow {country}: new facts, corrections and retractions on {country} will "
        "be sent here. /following lists what you follow.",
        country=country,
    )


def render_already_following(code: str, words: Words, *, group: bool) -> str:
    """/follow of a country the chat follows already."""
    country = _name(code, words)
    if group:
        return words.say(
            "This group already follows {country}. /following lists what it follows.",
            country=country,
        )
    return words.say(
        "You already follow {country}. /following lists what you follow.", country=country
    )


def render_unfollowed(code: str, words: Words, *, group: bool) -> str:
    """The chat no longer follows the country."""
    country = _name(code, words)
    if group:
        return words.say(
            "This group no longer follows {country}: nothing more on it will be sent here.",
            country=country,
        )
    return words.say(
        "You no longer follow {country}: nothing more on it will be sent here.",
        country=country,
    )


def render_not_following(code: str, words: Words, *, group: bool) -> str:
    """/unfollow of a country the chat does not follow."""
    country = _name(code, words)
    if group:
        return words.say(
            "This group does not follow {country}. /following lists what it follows.",
            country=country,
        )
    return words.say(
        "You do not follow {country}. /following lists what you follow.", country=country
    )


def render_following(codes: Sequence[str], words: Words, *, group: bool) -> str:
    """/following: the countries the chat follows (its buttons stop each), or how to start."""
    if not codes:
        if group:
            return words.say(
                "This group follows no country yet. Its admins can send "
                "<code>/follow georgia</code> to get new facts, corrections and retractions "
                "on Georgia here."
            )
        return words.say(
            "You follow no country yet. Send <code>/follow georgia</code> to get new facts, "
            "corrections and retractions on Georgia here."
        )
    lines = "\n".join(f"• {_name(code, words)}" for code in by_name(codes, words))
    if group:
        head = words.say("<b>This group follows</b>")
        tail = words.say(
            "New facts, corrections and retractions on these countries are sent here. "
            "The group's admins can stop one with its button."
        )
    else:
        head = words.say("<b>You follow</b>")
        tail = words.say(
            "New facts, corrections and retractions on these countries are sent here. "
            "Press a button to stop following one."
        )
    return f"{head}\n{lines}\n\n{tail}"


def stop_label(code: str, words: Words) -> str:
    """The label of the button that stops following a country (plain text)."""
    return words.say("Stop following {country}", country=words.country(code))


def render_follows_refused(words: Words) -> str:
    """A group member who is not its admin tried to change what the group follows."""
    return words.say("Only this group's admins can change what it follows.")
