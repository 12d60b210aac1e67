"""The translation catalogs: complete, consistent with the code, and right for each language.

The message ids are extracted from the code itself, as ``pybabel extract`` does with babel.cfg,
so a phrase added to the code without its translations fails here, not in a reader's chat.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from bot.language.words import DOMAIN, LANGUAGES, LOCALES_DIR, words_for

ROOT = Path(__file__).parents[2]
TRANSLATED = [language for language in LANGUAGES if language != "en"]
KEYWORDS = {"say": None, "say_in": ((1, "c"), 2), "plural": (1, 2), "N_": None}

MessageId = str | tuple[str, ...]


@cache
def _code_messages() -> dict[tuple[str | None, MessageId], str]:
    """Every message id the code asks for, keyed by (context, id), with where it is."""
    found: dict[tuple[str | None, MessageId], str] = {}
    for folder in ("bot", "storage"):
        method_map = [("**.py", "python")]
        for path, line, message, _comments, context in extract_from_dir(
            ROOT / folder, method_map=method_map, keywords=KEYWORDS
        ):
            assert message, f"{folder}/{path}:{line}: an empty or non-literal message id"
            key = message if isinstance(message, str) else tuple(message[:2])
            found[(context, key)] = f"{folder}/{path}:{line}"
    return found


@cache
def _catalog(language: str) -> Catalog:
    path = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[a-z]+>", text))


def test_the_code_asks_for_many_phrases():
    assert len(_code_messages()) > 150


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_id_has_a_translation(language: str):
    catalog = _catalog(language)
    missing = []
    for (context, message_id), where in _code_messages().items():
        key = message_id if isinstance(message_id, str) else message_id[0]
        entry = catalog.get(key, context=context)
        strings = entry.string if entry is not None else None
        translated = [strings] if isinstance(strings, str) else list(strings or [])
        if entry is None or entry.fuzzy or not all(translated) or not translated:
            missing.append(f"{where}: {key!r}")
    assert missing == [], f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_and_tags(language: str):
    wrong = []
    for message in _catalog(language):
        if not message.id or not message.string:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        fields = _fields(ids[-1])
        for translated in strings:
            # A plural's singular form may spell "one" out instead of using {count}.
            optional = {"count"} if len(ids) > 1 else set()
            if not (fields - optional <= _fields(translated) <= fields):
                wrong.append(f"{ids[0]!r}: placeholders {_fields(translated)} != {fields}")
            if _tags(translated) != _tags(ids[0]):
                wrong.append(f"{ids[0]!r}: tags {_tags(translated)} != {_tags(ids[0])}")
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_hold_no_stray_markup(language: str):
    """Replies are Telegram HTML: a bare "<" or "&" in a translation would break the message."""
    stray = []
    for message in _catalog(language):
        if not message.id:
            continue  # the header
        strings = (
            [message.string] if isinstance(message.string, str) else list(message.string or [])
        )
        for translated in strings:
            bare = re.sub(r'</?[a-z]+>|<a href="\{\w+\}">|\{\w+\}', "", translated or "")
            if re.search(r"[<>&]", bare):
                stray.append(translated)
    assert stray == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_plural_forms_header_is_cldrs(language: str):
    expected = get_plural(language)
    header = _catalog(language).plural_forms
    assert header == f"nplurals={expected.num_plurals}; plural={expected.plural_expr};"
    assert words_for(language).catalog.ngettext("x", "y", 1)  # the compiled header parses


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_is_left_over_from_removed_code(language: str):
    """Obsolete entries are kept by pybabel as #~ comments, never as live messages."""
    asked = {
        (context, key if isinstance(key, str) else key[0]) for context, key in _code_messages()
    }
    stale = [
        message.id
        for message in _catalog(language)
        if message.id
        and (message.context, message.id if isinstance(message.id, str) else message.id[0])
        not in asked
    ]
    assert stale == []


def test_plurals_follow_each_language():
    """1 факт, 3 факта, 5 фактов: three forms in Russian and Ukrainian, one noun in Kazakh."""
    forms = {
        language: [
            words_for(language).plural(
                "<b>Search: {query}</b> · {count} fact, best match first",
                "<b>Search: {query}</b> · {count} facts, best match first",
                count,
                query="x",
            )
            for count in (1, 3, 5, 21)
        ]
        for language in LANGUAGES
    }
    expected = {
        "en": ("1 fact,", "3 facts,", "5 facts,", "21 facts,"),
        "ru": ("1 факт,", "3 факта,", "5 фактов,", "21 факт,"),
        "uk": ("1 факт,", "3 факти,", "5 фактів,", "21 факт,"),
        "kk": ("1 факт", "3 факт", "5 факт", "21 факт"),
    }
    for language, texts in forms.items():
        for text, form in zip(texts, expected[language], strict=True):
            assert form in text, (language, text)
