"""Hostile input for the fuzz tests: query syntax, markup, control characters, scripts, length.

Shared by the fast in-process fuzz (tests/unit/test_abuse.py) and the end-to-end batch
(tests/e2e/test_abuse.py).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from bot.render.formatting import MESSAGE_LIMIT, visible_length
from tests.e2e.telegram_html import parse_telegram_html
from tests.raw_database import RawDatabase

# An emoji of five code points joined by zero-width joiners.
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
NASTY = [
    # SQL and FTS5 query syntax.
    "' OR 1=1 --", "'; DROP TABLE facts; --", '"', '""', "*", "NEAR(", "NEAR(a b, 2)",
    "a OR b", "AND", "NOT x", "^start", "claim:", 'countries : "KAZ"', "%", "_", "\\", "-1",
    # HTML and Telegram markup.
    "<b>", "</b>", "<a href='javascript:alert(1)'>x</a>", "&amp;", "&", "<", ">", "&#0;",
    "<tg-spoiler>x", "<pre><code class=x>", "*bold*", "_it_", "`code`", "[x](http://e.org)",
    "||spoiler||", "@FactBot", "/flows", "#1",
    # Control characters, bidirectional text, scripts and emoji.
    "\x00", "nul\x00byte", "\x1b[31m", "\x7f", "\t", "\r\n", "\u2028", "\ufeff", "\u200b",
    "\u202eevil", "\u200f", "مرحبا", "עברית", "Казахстан", "Қазақстан", "😀", FAMILY,
    "\U0001f1fa\U0001f1e6",
    "\U0010ffff",
    # A letter Python's Unicode data gives no name (a Tangut ideograph).
    "\U00017000",
    # Numbers that are not quite fact ids.
    "0", "1", "99999999999999999999", "1e9", "²", "١", "１", "½", "Ⅷ",
]  # fmt: skip

_piece = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=12),
)


@st.composite
def _long(draw: st.DrawFn) -> str:
    """A 10,000-character argument built of hostile pieces."""
    piece = draw(st.sampled_from(NASTY).filter(bool))
    return (piece * (10_000 // len(piece) + 1))[:10_000]


# What a user might type after a command: hostile pieces joined by spaces, or a huge one.
arguments = st.one_of(
    st.lists(_piece, max_size=6).map(" ".join),
    _long(),
)


def assert_sendable(message: str, limit: int = MESSAGE_LIMIT) -> None:
    """Telegram accepts ``message`` as HTML: well formed, not blank, within ``limit``."""
    text, _ = parse_telegram_html(message)
    assert text.strip(), f"an empty message: {message!r}"
    assert visible_length(message) <= limit, f"{visible_length(message)} > {limit}"


def store_state(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a SQLite store, read without writing anything."""
    return RawDatabase("sqlite", str(db_path)).state()
