"""Replies in Russian, Ukrainian and Kazakh hold no English word of the bot's own.

Every kind of reply is rendered in each language over the shipped facts: each read command
with good, missing and bad arguments, questions and misses, inline results, a chart caption,
/start, /help, /language, the menus and descriptions, errors, and the curators' previews,
details, histories and refusals. What is left once the source's own words are taken out (the
facts' claims, what they count, quotes, names, outlets, titles) and the commands and codes a
reader types, must hold no Latin word.
"""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from bot.answers import COMMANDS, CURATOR_COMMANDS, answer_text, chart_answer
from bot.answers.catalog import (
    command_description,
    render_description,
    render_short_description,
)
from bot.answers.inline import inline_answers
from bot.handlers.errors import APOLOGY, WRITE_FAILED, WRITE_STOPPED
from bot.handlers.flood import slow_down_text
from bot.language.words import Words, words_for
from bot.render.charts import Chart
from bot.render.languages import (
    render_language_changed,
    render_language_menu,
    render_language_not_known,
    render_language_refused,
)
from bot.render.questions import EXAMPLE_QUESTIONS
from bot.render.reports import (
    render_changed,
    render_fact_detail,
    render_field_errors,
    render_import_failure,
    render_imported,
    render_preview,
    render_retracted,
)
from storage import (
    CONTENT_FIELDS,
    AddResult,
    Fact,
    FactStore,
    FieldError,
    HistoryEntry,
    RowInvalid,
)
from storage.history import Change
from storage.transfer import ImportInvalid, RowProblem
from storage.words import say

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

# What readers type: each reply of these is rendered.
TYPED = [
    "/flows kazakhstan", "/flows russia", "/flows", "/flows korea", "/flows peru",
    "/flows <b>x</b>", "/facts kazakhstan", "/facts", "/facts peru", "/timeline kazakhstan",
    "/timeline korea", "/search citizenship", "/search", "/search zzzzqx", "/sources",
    "/source Zakon.kz", "/source", "/source nobody at all", "/source ministry", "/fact 1",
    "/fact", "/fact abc", "/fact 999", "/history 1", "/history 999", "/help", "/start",
    "/flow kz", "/nonsense", "/", "how many people left kazakhstan",
    "How many Russians entered Mongolia?", "what did Putin say", "hello", "???",
    "Сколько россиян въехало в Казахстан 3 октября?", "how many left kazakhstan in 1999",
    "kazakhstan citizenship applications",
]  # fmt: skip
# Words a reply may hold in Latin letters whatever its language: codes, formats, our name.
# Field names are the syntax curators type (value=…), not words; "kazakhstan" is shown as
# something to type.
ALLOWED = {
    "UTC", "factbot", "CSV", "JSON", "URL", "ISO", "KZ", "KAZ", "http", "https", "kazakhstan",
} | set(CONTENT_FIELDS)  # fmt: skip


async def _source_words(store: FactStore) -> list[str]:
    """Every text the facts themselves carry: kept as the source gave it."""
    texts: list[str] = []
    async for fact in store.iter_facts(include_retracted=True):
        citation = fact.citation
        texts += [fact.claim, fact.quote, fact.counted, citation.document.publisher]
        texts += [citation.document.title, citation.document.author or ""]
        for source in (citation.attributed_to, citation.carried_by):
            if source is not None:
                texts += [source.name, source.description or ""]
        texts += [fact.created_by, fact.updated_by]  # who changed it: "seed", "telegram:1"
    # The example questions are shown in their own languages, to say any of them works.
    texts += list(EXAMPLE_QUESTIONS.values())
    # Longest first, so "Ministry of Internal Affairs of Kazakhstan" goes before "Kazakhstan".
    return sorted({text for text in texts if text}, key=len, reverse=True)


def _leftover_english(reply: str, own: list[str], typed: str = "") -> set[str]:
    text = re.sub(r"<code>.*?</code>", " ", reply, flags=re.DOTALL)
    text = re.sub(r'href="[^"]*"', " ", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for words in (*own, *(part for part in typed.split() if len(part) > 1)):
        text = text.replace(words, " ")
    text = re.sub(r"/\w+(@\w+)?( [a-z]+\b)?", " ", text)  # commands, with their argument
    text = re.sub(r"\w+=", " ", text)  # field names curators type: value=, period_start=
    return {word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in ALLOWED}


async def _replies(store: FactStore, words: Words) -> list[tuple[str, str]]:
    """Every reply kind rendered in ``words``' language, each with what the reader typed."""
    replies: list[tuple[str, str]] = []
    for typed in TYPED:
        replies += [(message, typed) for message in await answer_text(store, typed, words)]
    for query in ("kazakhstan", "", "гражданство", "zzzz"):
        for inline in await inline_answers(store, query, words):
            # A fact's title is its headline, cut inside the source's words; the message
            # holds the whole headline.
            title = inline.title if inline.id == "help" else ""
            replies.append((f"{title}\n{inline.description}\n{inline.message}", query))
    chart = await chart_answer(store, "kazakhstan", words)
    assert isinstance(chart, Chart)
    replies.append((chart.caption, ""))
    too_little = await chart_answer(store, "mongolia", words)
    assert isinstance(too_little, list)
    replies += [(message, "") for message in too_little]
    fact: Fact = await store.get_fact(1)
    entry = HistoryEntry(
        2, fact.updated_at, "telegram:1", "edit", None, (Change("value", "1", "2"),)
    )
    problems = [RowProblem(2, "value", say("only a range has a high value"))]
    replies += [
        (render_preview(fact, words), ""),
        *[(block, "") for block in render_fact_detail(fact, words)],
        (render_changed(fact, entry, words), ""),
        (render_retracted(fact, words), ""),
        (render_imported(AddResult(added=3, present=1), words), ""),
        (render_import_failure(ImportInvalid(problems, total=1, rows=5), words), ""),
        (
            render_field_errors(
                "", RowInvalid([FieldError("value", say("is required"))]).errors, words
            ),
            "",
        ),
        (render_language_menu(words), ""),
        (render_language_not_known("klingon", words), "klingon"),
        (render_language_refused(words), ""),
        (render_language_changed(words), ""),
        (render_description(words), ""),
        (render_short_description(words), ""),
        (slow_down_text(60, words), ""),
        *[(words.say(message), "") for message in (APOLOGY, WRITE_FAILED, WRITE_STOPPED)],
        *[(command_description(command, words), "") for command in (*COMMANDS, *CURATOR_COMMANDS)],
    ]
    return replies


@pytest.mark.parametrize("language", ["ru", "uk", "kk"])
async def test_no_reply_holds_an_english_word_of_the_bots_own(seeded: FactStore, language: str):
    own = await _source_words(seeded)
    words = words_for(language)
    found = {}
    for reply, typed in await _replies(seeded, words):
        leftover = _leftover_english(reply, own, typed)
        if leftover:
            found[reply[:120]] = leftover
    assert found == {}


async def test_the_check_finds_english_left_in_a_reply(seeded: FactStore):
    """The English replies themselves fail the check: it is no check that cannot fail."""
    own = await _source_words(seeded)
    (help_text,) = await answer_text(seeded, "/help", words_for("en"))
    assert "Every" in _leftover_english(help_text, own)
    (flows,) = await answer_text(seeded, "/flows kazakhstan", words_for("en"))
    assert {"entered", "left", "since"} <= _leftover_english(flows, own)


async def test_dates_and_numbers_follow_the_language(seeded: FactStore):
    (russian,) = await answer_text(seeded, "/flows kazakhstan", words_for("ru"))
    assert "более 200\xa0000" in russian
    assert "4 окт. 2022\u202fг." in russian
    assert words_for("uk").span(date(2022, 9, 21), date(2022, 9, 27)) == "21–27 вер. 2022\u202fр."
    (kazakh,) = await answer_text(seeded, "/flows kazakhstan", words_for("kk"))
    assert "200\xa0000-нан" in kazakh  # the qualifier after the number, in the ablative
