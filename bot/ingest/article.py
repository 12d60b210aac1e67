"""What a curator sent, made into an article's clean text, or refused with the reason why.

Text is tidied once (line ends, invisible characters, no-break spaces), so the offsets candidate
facts point at hold. A PDF, image or archive is refused by its first bytes; a document is UTF-8,
UTF-16 with its byte order mark, or Windows-1251 that reads as Cyrillic. An .html page is parsed
by ``html.parser``, never run: scripts, styles, frames, head and menus dropped, blocks made lines
and paragraphs, entities decoded; its meta tags give a :class:`~bot.ingest.header.Header`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from html.parser import HTMLParser

from bot.ingest.header import Header, read_date
from storage.words import Phrase, say

__all__ = ["MAX_ARTICLE_BYTES", "MAX_FILE_BYTES", "ArticleRefused", "article_text", "clean_text",
           "html_article", "read_article"]  # fmt: skip

MAX_ARTICLE_BYTES = 200_000  # a long feature is ~60 KB of text; refuse above this
MAX_FILE_BYTES = 2_000_000  # a saved page carries scripts, styles and menus besides its text


class ArticleRefused(ValueError):
    """What the curator sent cannot be read as an article; ``phrase`` says why."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


_MAGIC = (
    ((b"%PDF-",), say("that is a PDF, not text: paste the article, or send a .txt or .html file")),
    ((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*"),
     say("that is an image, not text: paste the article, or send a .txt or .html file")),
    ((b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\xfd7zXZ",
      b"\xd0\xcf\x11\xe0"),
     say("that is an archive or an office document, not text: paste the article, or send a "
         ".txt or .html file")),
)  # fmt: skip
_BINARY = say("that file is binary, not text: paste the article, or send a .txt or .html file")
_EMPTY = say("the article is empty: paste its text, or send it as a .txt or .html file")
_NO_TEXT = say("the page holds no article text once its scripts, styles and menus are dropped")
_ENCODING = say("the file is not UTF-8, UTF-16 or Windows-1251 text: save it as UTF-8 and resend")

_NEWLINES = str.maketrans(dict.fromkeys("\r\x85\v\f\u2028\u2029", "\n"))
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")  # no-break, thin, figure spaces
# Control characters, zero-width and direction marks, soft hyphens and byte order marks: unseen,
# they would split a word or a number the curator sees whole, or hide text.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
    "\ud800-\udfff]"
)


def clean_text(text: str, *, tidy: bool = False) -> str:
    """Pasted or forwarded text, tidied: line ends, control characters, zero-width and no-break
    spaces normalised so offsets into the result are stable; refused if empty or too long.

    Raises:
        ArticleRefused: the text is empty, or longer than ``MAX_ARTICLE_BYTES`` in UTF-8.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_NEWLINES))
    # Spaces stay where they are, one for one, so a candidate's offsets point into the text as
    # the curator has it (a .txt file with \n line ends, character for character); only what
    # no one sees, and would cut a word or a number in two, is taken out.
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    if tidy:
        # Text taken out of a page: its offsets are the extracted text's anyway, and the
        # markup's indents and empty blocks are no part of the article.
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.split("\n")))
        text = text.strip()
    if not text.strip():
        raise ArticleRefused(_EMPTY)
    if (size := len(text.encode("utf-8"))) > MAX_ARTICLE_BYTES:
        kb = {"size": (size + 999) // 1000, "limit": MAX_ARTICLE_BYTES // 1000}
        raise ArticleRefused(say("the article is {size} KB; the limit is {limit} KB", **kb))
    return text


def _decode(data: bytes) -> str:
    """The text of a document's bytes, or the reason it has none."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    elif b"\x00" in data:
        raise ArticleRefused(_BINARY)
    else:
        # A page that is not UTF-8 says its encoding in a meta tag; else Windows-1251, the
        # Cyrillic encoding older Russian, Ukrainian and Kazakh sites and editors still save in.
        declared = re.search(rb"<meta[^>]{0,200}charset=[\"']?([\w-]{2,20})", data[:4096], re.I)
        encodings = ["utf-8-sig", *([declared[1].decode("ascii")] if declared else []), "cp1251"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        # Windows-1251 decodes any bytes: Cyrillic words say it was the encoding, Latin words
        # garbled by it ("cafй") that it was not.
        runs = len(re.findall("[Ѐ-ӿ]{3,}", text))
        garbled = len(re.findall("[A-Za-z][Ѐ-ӿ]|[Ѐ-ӿ][A-Za-z]", text))
        if encoding != "cp1251" or garbled <= runs // 20 < runs:
            break
    else:
        raise ArticleRefused(_ENCODING)
    controls = sum(1 for char in text if char < " " and char not in "\t\n\r\f\v")
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise ArticleRefused(_BINARY)
    return text


# Elements whose content is not the article's; that end a paragraph; a line; with no end tag.
# fmt: off
_DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "frame",
                      "object", "embed", "canvas", "head", "nav", "form", "button", "select"})
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
                         "ul", "ol", "dl", "figure", "hr", "section", "article", "header",
                         "footer", "aside", "main"})
_LINES = frozenset({"br", "div", "li", "tr", "dt", "dd", "figcaption", "address", "caption",
                    "details", "summary"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
# fmt: on


# html.parser rescans an unterminated tag to the end of the page at each "<" that follows (a
# page of "<a b <a b ..." takes minutes): a "<" that opens no whole tag is text, said beforehand.
_LONE_LT = re.compile(r"<(?![A-Za-z/!?][^<>]*>)")


class _Page(HTMLParser):
    """An HTML page's text, title and meta tags; its scripts are never run, only skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.breaks = 0  # line breaks owed before the next text: 1 a line, 2 a paragraph
        self.bullet = False  # a list item's bullet owed before its text
        self.dropped: list[str] = []  # open elements whose content is not the article's
        self.title: list[str] | None = None  # collecting the <title>
        self.titles: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        key = values.get("property") or values.get("name") or values.get("itemprop") or ""
        if tag == "meta" and key and values.get("content", "").strip():
            self.meta.setdefault(key.casefold(), values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").casefold().split():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        elif tag == "title" and "svg" not in self.dropped:
            self.title = []
        if tag == "body" and "head" in self.dropped:  # a head left open ends where the body starts
            self.dropped = []
        if self.dropped or tag in _DROPPED:
            self.dropped += [] if tag in _VOID else [tag]
            return
        self.breaks = max(self.breaks, 2 if tag in _PARAGRAPHS else int(tag in _LINES))
        self.bullet |= tag == "li"
        if tag in {"td", "th"}:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self.titles.append("".join(self.title))
            self.title = None
        if tag in self.dropped:
            while self.dropped.pop() != tag:  # children left open end with their parent
                pass
        elif not self.dropped:
            self.breaks = max(self.breaks, 2 if tag in _PARAGRAPHS else int(tag in _LINES))

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        elif not self.dropped:
            self._write(re.sub(r"\s+", " ", data))

    def _write(self, text: str) -> None:
        if not text.strip() and (self.breaks or self.bullet):
            return  # white space between blocks
        if self.parts and self.breaks:
            self.parts.append("\n" * self.breaks)
        self.parts.append("• " + text.lstrip() if self.bullet else text)
        self.breaks, self.bullet = 0, False

    def text(self) -> str:
        return "\n".join(line.strip() for line in "".join(self.parts).split("\n"))

    def header(self) -> Header:
        """What the page's meta tags say about it; a title falls back on <title>."""

        def first(*keys: str) -> str | None:
            values = (" ".join(self.meta.get(key, "").split()) for key in keys)
            return next((value for value in values if 0 < len(value) <= 300), None)

        web = ("http://", "https://")
        urls = [" ".join(self.meta.get(key, "").split()) for key in ("canonical", "og:url")]
        author = first("author", "article:author", "dc.creator")
        published = first("article:published_time", "datepublished", "dc.date", "date")
        title = " ".join(" ".join(self.titles[:1]).split()) or None
        return Header(
            publisher=first("og:site_name", "application-name"),
            title=first("og:title", "twitter:title") or title,
            author=None if (author or "").startswith(web) else author,  # a profile's address
            published_at=read_date(published) if published else None,
            url=next((url for url in urls if url.startswith(web) and len(url) <= 2000), None),
        )


def _is_html(text: str, file_name: str | None, mime_type: str | None) -> bool:
    """An .html document by its name or type, or, when neither says, by how it begins."""
    name, kind = (file_name or "").casefold(), (mime_type or "").casefold().split(";")[0].strip()
    if name.endswith((".html", ".htm", ".xhtml")) or kind.endswith(("/html", "/xhtml+xml")):
        return True
    if name.endswith((".txt", ".text")) or kind == "text/plain":
        return False
    return re.match(r"\s*<(?:!doctype\s+html|html|head)[\s>]", text, re.IGNORECASE) is not None


def read_article(
    data: bytes, *, file_name: str | None = None, mime_type: str | None = None
) -> tuple[str, Header]:
    """A document's article text and what its HTML meta tags say (an empty Header for text).

    Raises:
        ArticleRefused: the file is too big, binary, in an encoding not read, or has no text.
    """
    if len(data) > MAX_FILE_BYTES:
        kb = {"size": (len(data) + 999) // 1000, "limit": MAX_FILE_BYTES // 1000}
        raise ArticleRefused(say("the file is {size} KB; the limit is {limit} KB", **kb))
    for magics, phrase in _MAGIC:
        if data.startswith(magics):
            raise ArticleRefused(phrase)
    text = _decode(data)
    if not _is_html(text, file_name, mime_type):
        return clean_text(text), Header()
    (page := _Page()).feed(_LONE_LT.sub("&lt;", text))
    page.close()
    if not page.text().strip():
        raise ArticleRefused(_NO_TEXT)
    return clean_text(page.text(), tidy=True), page.header()


def html_article(data: bytes) -> tuple[str, Header]:
    """An .html document's article text and the header its meta tags give."""
    return read_article(data, mime_type="text/html")


def article_text(
    data: bytes, *, file_name: str | None = None, mime_type: str | None = None
) -> str:
    """The article's text from a document's bytes (.txt or .html, by name, type or content)."""
    return read_article(data, file_name=file_name, mime_type=mime_type)[0]
