"""Strict validator of the Telegram Bot API "HTML" parse mode.

Responsibility: decide whether a string sent with ``parse_mode="HTML"`` would be accepted by
Telegram, and if so compute what the user would see: the plain text (HTML entities decoded)
and the message entities, with offsets and lengths in UTF-16 code units as the Bot API reports
them.  Error messages mimic Telegram's ("can't parse entities: Unsupported start tag ...",
byte offsets in UTF-8).

Where Telegram is lenient (unknown ``&name;`` entities, a bare ``&`` or ``>``, unquoted or
unknown attributes, links inside links, tags inside ``code``/``pre``) this validator rejects the
input on purpose: factbot must always escape user-supplied text, and a lenient check would hide
exactly the bugs the end-to-end tests are meant to catch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Entity", "TelegramHtmlError", "parse_telegram_html", "utf16_len"]


class TelegramHtmlError(ValueError):
    """Raised for text Telegram (or our stricter reading of its rules) would refuse."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"can't parse entities: {detail}")
        self.detail = detail


@dataclass(frozen=True)
class Entity:
    """A MessageEntity as the Bot API reports it (offset/length in UTF-16 code units)."""

    type: str
    offset: int
    length: int
    url: str | None = None
    language: str | None = None
    custom_emoji_id: str | None = None

    def to_api(self) -> dict[str, Any]:
        """Return the Bot API JSON form, omitting unset optional fields."""
        result: dict[str, Any] = {"type": self.type, "offset": self.offset, "length": self.length}
        for key in ("url", "language", "custom_emoji_id"):
            value = getattr(self, key)
            if value is not None:
                result[key] = value
        return result


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (astral characters such as most emoji count 2)."""
    # Counting by code point (instead of encoding) also copes with lone surrogates.
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in s)


# Tag name -> entity type.  Telegram lower-cases tag names, so matching is case-insensitive.
_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "span": "spoiler", "tg-spoiler": "spoiler", "a": "text_link", "tg-emoji": "custom_emoji",
    "code": "code", "pre": "pre", "blockquote": "blockquote",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href"}, "span": {"class"}, "tg-emoji": {"emoji-id"},
    "code": {"class"}, "blockquote": {"expandable"},
}  # fmt: skip
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

_PLAIN_RUN = re.compile(r"[^<>&]+")
_TAG_NAME = re.compile(r"[^\s>]*")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z0-9_:-]+")
_SPACES = re.compile(r"\s*")
_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]*));")


@dataclass
class _OpenTag:
    name: str
    attributes: dict[str, str | None]
    start: int  # UTF-16 offset in the plain text where the tag's content begins
    order: int  # position among start tags; keeps outer-before-inner for equal ranges
    language: str | None = None  # set on <pre> by a nested <code class="language-x">


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.plain: list[str] = []
        self.utf16 = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[tuple[int, Entity]] = []
        self.opened = 0

    def error(self, detail: str) -> TelegramHtmlError:
        return TelegramHtmlError(detail)

    def byte_offset(self, index: int) -> int:
        # Telegram reports positions in bytes of the UTF-8 encoded request text.
        return len(self.text[:index].encode("utf-8", "surrogatepass"))

    def emit(self, chunk: str) -> None:
        self.plain.append(chunk)
        self.utf16 += utf16_len(chunk)

    def skip_spaces(self, index: int) -> int:
        match = _SPACES.match(self.text, index)
        assert match is not None  # \s* always matches
        return match.end()

    def parse(self) -> tuple[str, list[Entity]]:
        text = self.text
        while self.pos < len(text):
            char = text[self.pos]
            if char == "<":
                if text.startswith("</", self.pos):
                    self.end_tag()
                else:
                    self.start_tag()
            elif char == "&":
                self.emit(self.entity())
            elif char == ">":
                raise self.error(f'Unescaped ">" at byte offset {self.byte_offset(self.pos)}')
            else:
                run = _PLAIN_RUN.match(text, self.pos)
                assert run is not None
                self.emit(run.group())
                self.pos = run.end()
        if self.stack:
            name = self.stack[-1].name
            raise self.error(f'Can\'t find end tag corresponding to start tag "{name}"')
        # Telegram orders entities by offset, longer (outer) first.
        self.entities.sort(key=lambda item: (item[1].offset, -item[1].length, item[0]))
        return "".join(self.plain), [entity for _, entity in self.entities]

    def entity(self) -> str:
        """Decode the HTML entity at ``self.pos`` and advance past it."""
        start = self.pos
        match = _ENTITY.match(self.text, start)
        if match is None:
            offset = self.byte_offset(start)
            raise self.error(f'Unescaped "&" at byte offset {offset}; it must be written "&amp;"')
        self.pos = match.end()
        decimal, hexadecimal, name = match.groups()
        if name is not None:
            if name not in _NAMED_ENTITIES:
                offset = self.byte_offset(start)
                raise self.error(f'Unsupported HTML entity "&{name};" at byte offset {offset}')
            return _NAMED_ENTITIES[name]
        code = int(decimal) if decimal is not None else int(hexadecimal, 16)
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            offset = self.byte_offset(start)
            raise self.error(f'Invalid character reference "{match[0]}" at byte offset {offset}')
        return chr(code)

    def attribute_value(self, start: int, end: int) -> str:
        """Decode a quoted attribute value; it obeys the same escaping rules as text."""
        saved, pieces = self.pos, []
        self.pos = start
        while self.pos < end:
            char = self.text[self.pos]
            if char == "&":
                pieces.append(self.entity())
            elif char in "<>":
                offset = self.byte_offset(self.pos)
                raise self.error(f'Unescaped "{char}" in attribute value at byte offset {offset}')
            else:
                run = _PLAIN_RUN.match(self.text, self.pos, end)
                assert run is not None
                pieces.append(run.group())
                self.pos = run.end()
        self.pos = saved
        return "".join(pieces)

    def attributes(self, tag: str, index: int, begin: int) -> dict[str, str | None]:
        """Parse attributes from ``index`` up to and including ``>``; updates ``self.pos``."""
        text, where = self.text, f'the tag "{tag}" at byte offset {self.byte_offset(begin)}'
        unclosed = f"Unclosed start tag at byte offset {self.byte_offset(begin)}"
        found: dict[str, str | None] = {}
        while True:
            index = self.skip_spaces(index)
            if index >= len(text):
                raise self.error(unclosed)
            if text[index] == ">":
                self.pos = index + 1
                return found
            name_match = _ATTRIBUTE_NAME.match(text, index)
            if name_match is None:
                raise self.error(f"Empty attribute name in {where}")
            name = name_match.group().lower()
            index = self.skip_spaces(name_match.end())
            value: str | None = None
            if index < len(text) and text[index] == "=":
                index = self.skip_spaces(index + 1)
                if index >= len(text):
                    raise self.error(unclosed)
                quote = text[index]
                if quote not in "\"'":
                    raise self.error(f'Unquoted value of attribute "{name}" in {where}')
                close = text.find(quote, index + 1)
                if close < 0:
                    raise self.error(unclosed)
                value = self.attribute_value(index + 1, close)
                index = close + 1
                if index < len(text) and text[index] not in " \t\r\n>":
                    raise self.error(f'Expected a space after attribute "{name}" in {where}')
            elif name != "expandable":
                raise self.error(f"Expected equal sign in declaration of an attribute of {where}")
            if name in found:
                raise self.error(f'Duplicate attribute "{name}" in {where}')
            if name not in _ALLOWED_ATTRIBUTES.get(tag, set()):
                raise self.error(f'Unsupported attribute "{name}" in {where}')
            found[name] = value

    def start_tag(self) -> None:
        begin, text = self.pos, self.text
        name_match = _TAG_NAME.match(text, begin + 1)
        assert name_match is not None
        offset = self.byte_offset(begin)
        if name_match.end() >= len(text):
            raise self.error(f"Unclosed start tag at byte offset {offset}")
        tag = name_match.group().lower()
        if tag not in _TAGS:
            raise self.error(f'Unsupported start tag "{tag}" at byte offset {offset}')
        attributes = self.attributes(tag, name_match.end(), begin)
        self.check_nesting(tag, offset)
        self.check_attributes(tag, attributes)
        self.stack.append(_OpenTag(tag, attributes, self.utf16, self.opened))
        self.opened += 1

    def check_nesting(self, tag: str, offset: int) -> None:
        open_names = [entry.name for entry in self.stack]
        at = f"at byte offset {offset}"
        if "code" in open_names:
            raise self.error(f'Tag "{tag}" is not allowed inside "code" {at}')
        if "pre" in open_names and not (tag == "code" and open_names[-1] == "pre"):
            raise self.error(f'Tag "{tag}" is not allowed inside "pre" {at}')
        if tag in ("a", "blockquote") and tag in open_names:
            raise self.error(f'Nested "{tag}" tags are not allowed {at}')

    def check_attributes(self, tag: str, attributes: dict[str, str | None]) -> None:
        if tag == "a" and not attributes.get("href"):
            raise self.error('Tag "a" must have a non-empty "href" attribute')
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            raise self.error('Tag "span" must have class "tg-spoiler"')
        if tag == "tg-emoji" and not (attributes.get("emoji-id") or "").isdigit():
            raise self.error("Invalid custom emoji identifier specified")
        css_class = attributes.get("class")
        if tag == "code" and css_class is not None and not css_class.startswith("language-"):
            raise self.error(f'Unsupported class "{css_class}" of the tag "code"')

    def end_tag(self) -> None:
        begin, text = self.pos, self.text
        offset = self.byte_offset(begin)
        if not self.stack:
            raise self.error(f"Unexpected end tag at byte offset {offset}")
        name_match = _TAG_NAME.match(text, begin + 2)
        assert name_match is not None
        index = self.skip_spaces(name_match.end())
        if index >= len(text) or text[index] != ">":
            raise self.error(f"Unclosed end tag at byte offset {offset}")
        name, expected = name_match.group().lower(), self.stack[-1].name
        if name != expected:
            # Telegram lets "</>" close anything; we insist on the name (strict mode).
            raise self.error(
                f'Unmatched end tag at byte offset {offset}, expected "</{expected}>", '
                f'found "</{name}>"'
            )
        self.pos = index + 1
        self.close(self.stack.pop())

    def close(self, tag: _OpenTag) -> None:
        attributes = tag.attributes
        if tag.name == "code" and self.stack and self.stack[-1].name == "pre":
            # <pre><code class="language-x"> is a single "pre" entity with a language.
            css_class = attributes.get("class")
            if css_class:
                self.stack[-1].language = css_class.removeprefix("language-")
            return
        length = self.utf16 - tag.start
        if length == 0:  # Telegram silently drops empty entities
            return
        kind = _TAGS[tag.name]
        if kind == "blockquote" and "expandable" in attributes:
            kind = "expandable_blockquote"
        entity = Entity(
            kind,
            tag.start,
            length,
            url=attributes.get("href"),
            language=tag.language,
            custom_emoji_id=attributes.get("emoji-id"),
        )
        self.entities.append((tag.order, entity))


def parse_telegram_html(text: str) -> tuple[str, list[Entity]]:
    """Parse ``text`` as Telegram HTML; return (visible text, entities sorted by offset).

    Raises TelegramHtmlError with a Telegram-like message when the markup would be refused.
    """
    return _Parser(text).parse()
