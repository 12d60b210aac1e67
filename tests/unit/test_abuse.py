"""Fuzzing what users type, in process: many examples, no network.

Every read command and inline query, the curators' ``field=value`` arguments, page buttons and
the import parsers get hostile input (tests/abuse.py). Nothing raises but the documented
refusals, every reply is HTML Telegram accepts within its limits, and no stored fact changes
unless the input was a valid write, which is then stored whole.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import shlex
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answers import COMMANDS, answer_text, chart_answer
from bot.answers.inline import inline_answers
from bot.answers.pages import answer_page
from bot.curation.fieldargs import FieldArgsError, parse_field_args
from bot.handlers.admin import IMPORT_MAX_BYTES
from bot.language.countries import country_code
from bot.language.words import LANGUAGES, words_for
from bot.paging import page_data, parse_page_data
from bot.render.charts import CAPTION_LIMIT
from bot.render.reports import (
    render_changed,
    render_field_errors,
    render_import_failure,
    render_imported,
    render_preview,
)
from storage import (
    CONTENT_FIELDS,
    FactNotFound,
    FactStore,
    InvalidFact,
    RowInvalid,
    draft_from_row,
    open_seeded_store,
    row_from_draft,
)
from storage.transfer import ImportInvalid, ImportRefused, import_file
from tests.abuse import NASTY, arguments, assert_sendable, store_state
from tests.factories import draft_data, make_draft

EN = words_for("en")

ENGLISH = words_for("en")


def _fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(name="runner")
def _runner() -> Iterator[asyncio.Runner]:
    """One event loop for a whole fuzz run, so each example reuses the open store."""
    with asyncio.Runner() as runner:
        yield runner


@pytest.fixture(name="fuzzed")
def _fuzzed(runner: asyncio.Runner, db_path: Path) -> Iterator[FactStore]:
    """The shipped facts, in a store opened in ``runner``'s loop."""
    store = runner.run(open_seeded_store(db_path))
    yield store
    runner.run(store.close())


async def _answer_everything(store: FactStore, args: str, *, chart: bool = True) -> None:
    """Every read command, an inline query and (drawing is slow) a chart, each given ``args``,
    in one of the four languages (chosen by the input, so a failure replays)."""
    words = words_for(LANGUAGES[len(args) % len(LANGUAGES)])
    for number, command in enumerate(COMMANDS):
        mention = "@FactBot" if number % 2 else ""
        for message in await answer_text(store, f"/{command.name}{mention} {args}", words):
            assert_sendable(message)
    # Free text: read as a question, in the chat as in `factbot ask`.
    for message in await answer_text(store, args, words):
        assert_sendable(message)
    for message in await answer_text(store, f"how many {args} left kazakhstan", words):
        assert_sendable(message)
    for inline in await inline_answers(store, args, words):
        assert_sendable(inline.message)
        assert inline.title.strip()
    drawn = await chart_answer(store, args, words) if chart else []
    if isinstance(drawn, list):
        for message in drawn:
            assert_sendable(message)
    else:
        assert_sendable(drawn.caption, CAPTION_LIMIT)


def test_every_hostile_piece_given_to_every_read_command(
    runner: asyncio.Runner, fuzzed: FactStore, db_path: Path
):
    before = store_state(db_path)
    for piece in NASTY:
        runner.run(_answer_everything(fuzzed, piece))
        runner.run(_answer_everything(fuzzed, (piece * 10_000)[:10_000]))
        # Beside a word that finds facts, and in the place of a fact number.
        runner.run(_answer_everything(fuzzed, f"{piece} kazakhstan", chart=False))
        runner.run(_answer_everything(fuzzed, f"#{piece}", chart=False))
    assert store_state(db_path) == before


def test_no_read_command_or_inline_query_breaks_on_hostile_arguments(
    runner: asyncio.Runner, fuzzed: FactStore, db_path: Path
):
    before = store_state(db_path)

    @_fuzz(150)
    @given(args=arguments)
    def check(args: str) -> None:
        runner.run(_answer_everything(fuzzed, args))

    check()
    assert store_state(db_path) == before


def test_page_buttons_with_any_data_answer_or_say_nothing(
    runner: asyncio.Runner, fuzzed: FactStore, db_path: Path
):
    """Buttons' data comes back from Telegram as the bot made it, unless the bot changed since."""
    before = store_state(db_path)

    @_fuzz(150)
    @given(
        data=st.one_of(
            st.text(max_size=64),
            st.builds(
                "pg:{}:{}:{}".format,
                st.integers(0, 9999),
                st.sampled_from(["flows", "facts", "search", "source", "fact", "chart", "zz"]),
                arguments,
            ),
            st.builds(
                "pg:{}:{}:{}:{}:{}".format,
                st.sampled_from(["f", "a", "t", "s", "o", "d", "l", "q", "z"]),
                st.from_regex(r"[0-9a-z]{1,6}", fullmatch=True),
                st.sampled_from(["0", "1", "-1", "999"]),
                st.from_regex(r"[0-9a-z.+,]{0,40}", fullmatch=True),
                arguments,
            ),
        )
    )
    def check(data: str) -> None:
        request = parse_page_data(data)
        if request is None or request.query is None:
            return  # the counter, junk, or a token: the handler says the list has expired
        page = runner.run(answer_page(fuzzed, request, EN, cached=False))
        assert_sendable(page.text)
        for way in (page.back, page.forward):
            # Every button fits, its query kept by the bot under a token if too long.
            assert way is None or page_data(replace(way, query=None, token="Xy12ab-_")) is not None

    check()
    assert store_state(db_path) == before


_VALID_ROW = row_from_draft(make_draft())
_field_names = st.one_of(st.sampled_from(CONTENT_FIELDS), st.sampled_from(NASTY))


def _as_arguments(fields: dict[str, str]) -> str:
    return " ".join(f"{shlex.quote(name)}={shlex.quote(value)}" for name, value in fields.items())


@_fuzz(400)
@given(
    text=st.one_of(
        arguments,
        st.dictionaries(_field_names, arguments, max_size=4).map(
            lambda changes: _as_arguments(_VALID_ROW | changes)
        ),
    )
)
def test_field_arguments_are_parsed_or_refused_with_a_sendable_reply(text: str):
    """/addfact's one-message form: the arguments parse, then make a fact or name what is wrong."""
    try:
        fields = parse_field_args(text)
    except FieldArgsError as error:
        assert_sendable(render_field_errors(f"Not added: {error}.", [], ENGLISH))
        return
    row = {name: value for name, value in fields.items() if name in CONTENT_FIELDS}
    try:
        draft = draft_from_row(row, resolve_country=country_code)
    except RowInvalid as error:
        assert_sendable(render_field_errors("Not added:", error.errors, ENGLISH))
        return
    assert_sendable(render_preview(draft, ENGLISH))


def test_edits_with_hostile_values_are_stored_whole_or_change_nothing(
    runner: asyncio.Runner, fuzzed: FactStore, db_path: Path
):
    """/editfact's store call: a refused edit changes nothing; an accepted one is one version
    more, with its history entry, and its reply is sendable."""
    editable = [name for name in CONTENT_FIELDS if name != "metric"]

    @_fuzz(150)
    @given(
        fact_id=st.sampled_from([1, 2, 6, 99]),
        changes=st.dictionaries(st.sampled_from(editable), arguments, min_size=1, max_size=3),
    )
    # Past SQLite's INTEGER: refused with a message, not an OverflowError (found by this test).
    @example(fact_id=1, changes={"value": "99999999999999999999"})
    def check(fact_id: int, changes: dict[str, str]) -> None:
        before = store_state(db_path)
        version = None
        try:
            version = runner.run(fuzzed.get_fact(fact_id)).version
            fact = runner.run(
                fuzzed.edit_fact(fact_id, changes, by="fuzz", resolve_country=country_code)
            )
        except (FactNotFound, InvalidFact, RowInvalid) as error:
            errors = error.errors if isinstance(error, RowInvalid) else []
            assert_sendable(
                render_field_errors(f"Fact #{fact_id} was not changed:", errors, ENGLISH)
            )
            assert store_state(db_path) == before
            return
        assert fact.version == version + 1
        history = runner.run(fuzzed.history(fact_id))
        assert history[-1].version == fact.version
        assert_sendable(render_changed(fact, history[-1], ENGLISH))

    check()


def _csv(header: list[str], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.sampled_from(NASTY) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from([*NASTY, "figure", "citation"]), children, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def _files(draw: st.DrawFn) -> bytes:
    """A file a curator might send: junk, or CSV or JSON of facts with hostile values."""
    kind = draw(st.sampled_from(["bytes", "csv", "json", "json-junk", "json-deep"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "json-deep":
        depth = draw(st.integers(1, 100_000))
        return b"[" * depth + b"]" * depth
    changes = draw(st.dictionaries(_field_names, arguments, max_size=3))
    if kind == "csv":
        extra = draw(st.lists(st.one_of(st.sampled_from(NASTY), arguments), max_size=2))
        header = list(dict.fromkeys([*_VALID_ROW, *changes, *extra]))
        return _csv(header, [_VALID_ROW | changes, _VALID_ROW])
    if kind == "json":
        item: dict[str, Any] = draft_data(**changes)
        return json.dumps([item], ensure_ascii=draw(st.booleans())).encode("utf-8")
    return json.dumps(draw(_json_values)).encode("utf-8")


def test_import_parsers_refuse_hostile_files_with_a_sendable_report_and_store_nothing(
    runner: asyncio.Runner, fuzzed: FactStore, db_path: Path
):
    shipped = store_state(db_path)["facts"]

    @_fuzz(300)
    @given(
        data=_files(),
        name=st.sampled_from(["facts.csv", "facts.json", None, "notes.txt", "<b>&.csv"]),
    )
    def check(data: bytes, name: str | None) -> None:
        before = store_state(db_path)
        try:
            result = runner.run(
                import_file(
                    fuzzed,
                    io.BytesIO(data),
                    file_name=name,
                    by="fuzz",
                    resolve_country=country_code,
                    max_bytes=IMPORT_MAX_BYTES,
                )
            )
        except (ImportRefused, ImportInvalid, InvalidFact) as error:
            assert_sendable(render_import_failure(error, ENGLISH))
            assert store_state(db_path) == before
            return
        assert_sendable(render_imported(result, ENGLISH))

    check()
    # Valid files of hostile facts may add facts; none changes one already stored.
    assert set(shipped) <= set(store_state(db_path)["facts"])
