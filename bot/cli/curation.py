"""``factbot import | export | facts retract``: the curators' chat commands, for operators.

Each command makes the same library call as its chat command in ``bot.handlers.admin`` and
prints the same report, as plain text: what went well on stdout (or, for an export, the data),
what went wrong on stderr. Exit codes follow ``bot.cli``: 0 done, 1 refused, 2 usage.
The terminal is spoken to in English: the chat's reports are rendered with ``words_for("en")``.
Heavy modules are imported inside the commands, so ``factbot ask`` does not pay for them.
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

import structlog

from bot.cli.exits import EXIT_FAILURE, EXIT_USAGE

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage import Store

__all__ = ["add_curation_commands", "run_curation"]

log = structlog.get_logger(__name__)

_STDIN = "-"

_IMPORT_EPILOG = """\
examples:
  factbot import facts.csv
  factbot export --all | FACTBOT_DB_PATH=copy.db factbot import -

The file is checked whole before anything is stored: one bad row and nothing is stored, and the
report names each bad row and field. Facts already in the store are skipped, so importing a file
twice adds nothing. An import into a new or empty store restores the file as it is: the shipped
facts are not added first (an export holds them, with their edits and retractions).
With --check, every row is validated as the import would (against the store's metrics) and the
same report is printed, but nothing is stored and the bot's writer is not held."""

_EXPORT_EPILOG = """\
examples:
  factbot export --output facts.csv
  factbot export --all --format json > backup.json

Each fact keeps its status, version and who changed it when, and `factbot import` reads the
file back unchanged. The format follows --output's name (.json, .csv) unless --format is given."""

_RETRACT_EPILOG = """\
example:
  factbot facts retract 7 --reason "duplicate of fact #3"

The fact stays in the store with its history and the reason; /fact ID still shows it."""


def _fact_id(text: str) -> int:
    digits = text.strip().removeprefix("#")
    # SQLite ids are 64-bit: 19 digits could overflow, and nothing has that many facts.
    if not digits.isdecimal() or len(digits) >= 19:
        raise argparse.ArgumentTypeError(f"{text!r} is not a fact number, e.g. 7")
    return int(digits)


def add_curation_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import``, ``export`` and ``facts retract`` to the ``factbot`` parser."""
    raw = argparse.RawDescriptionHelpFormatter
    importer = commands.add_parser(
        "import",
        help="import a CSV or JSON file of facts, all or nothing",
        description="Import a CSV or JSON file of facts, as a curator's /import does, "
        "with no size limit.",
        epilog=_IMPORT_EPILOG,
        formatter_class=raw,
    )
    importer.add_argument("file", metavar="FILE", help="a .csv or .json file; - for stdin")
    importer.add_argument(
        "--check",
        action="store_true",
        help="validate every row as the import would, and store nothing",
    )

    exporter = commands.add_parser(
        "export",
        help="write the facts as CSV or JSON, in a form import reads back",
        description="Write every published fact (with --all, retracted ones too) as CSV or "
        "JSON, as a curator's /export does.",
        epilog=_EXPORT_EPILOG,
        formatter_class=raw,
    )
    exporter.add_argument("--format", choices=("csv", "json"), help="default: csv")
    exporter.add_argument("--output", metavar="FILE", help="write here, not to stdout")
    exporter.add_argument("--all", action="store_true", help="include retracted facts")

    facts = commands.add_parser(
        "facts", help="change one fact (retract)", description="Change one fact."
    )
    actions = facts.add_subparsers(dest="action", required=True, metavar="ACTION")
    retract = actions.add_parser(
        "retract",
        help="hide a fact from every answer, keeping it and the reason",
        description="Hide a fact from every answer, keeping it, its history and the reason, "
        "as a curator's /retract does.",
        epilog=_RETRACT_EPILOG,
        formatter_class=raw,
    )
    retract.add_argument("id", type=_fact_id, metavar="ID", help="the fact's number")
    retract.add_argument("--reason", required=True, help="why, in 1 to 300 characters")


def _actor() -> str:
    """How the audit log names the operator: "cli:<login name>", or "cli" if it has none."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        # A container may run under a uid with no passwd entry and no USER variable.
        return "cli"


def _fail(text: str, code: int = EXIT_FAILURE) -> int:
    print(text, file=sys.stderr)
    return code


def _report(message: str) -> int:
    """Print a chat reply (HTML) to stderr as plain text; the command failed."""
    from bot.render.formatting import html_to_text

    return _fail(html_to_text(message))


async def _open_store(settings: Settings, *, seeded: bool) -> Store | int:
    """The store, or the exit code after saying why it cannot be opened."""
    from bot.language.search_lemmas import LEMMATISER
    from storage import StorageError
    from storage.backends import open_store

    try:
        return await open_store(
            settings.db_path, settings.store_url, seeded=seeded, lemmatiser=LEMMATISER
        )
    except StorageError as error:
        return _fail(f"factbot: {error}")


def _read_input(name: str) -> tuple[IO[bytes], str | None] | int:
    """The file to import, opened, and the name that tells CSV from JSON; or the exit code."""
    if name == _STDIN:
        # import_file measures the file and reads its start to tell CSV from JSON; a pipe
        # cannot rewind.
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - returned open, closed by the caller
        shutil.copyfileobj(sys.stdin.buffer, spool)
        return spool, None
    path = Path(name)
    try:
        return path.open("rb"), path.name
    except OSError as error:
        return _fail(f"factbot import: cannot read {name}: {error.strerror}", EXIT_USAGE)


async def _import(settings: Settings, name: str, *, check: bool = False) -> int:
    """Import the file ``name`` (``-``: standard input), or with ``check`` only validate it."""
    from bot.language.countries import country_code
    from bot.language.words import words_for
    from bot.render.formatting import html_to_text
    from bot.render.reports import render_import_failure, render_imported
    from storage import InvalidFact, StorageError
    from storage.transfer import ImportInvalid, ImportRefused, check_file, import_file

    opened = _read_input(name)
    if isinstance(opened, int):
        return opened
    stream, file_name = opened
    with stream:
        # Not seeded: into an empty store, an export must come back as it was, its retracted
        # and edited shipped facts included, not beside freshly seeded copies of them.
        store = await _open_store(settings, seeded=False)
        if isinstance(store, int):
            return store
        async with store:
            try:
                if check:
                    valid = await check_file(
                        store, stream, file_name=file_name, by=_actor(),
                        resolve_country=country_code,
                    )  # fmt: skip
                else:
                    result = await import_file(
                        store, stream, file_name=file_name, by=_actor(),
                        resolve_country=country_code,
                    )  # fmt: skip
            except (ImportInvalid, ImportRefused, InvalidFact) as error:
                return _report(render_import_failure(error, words_for("en")))
            except StorageError as error:
                return _fail(f"factbot: {error}")
    if check:
        rows = "row is" if valid == 1 else "rows are"
        print(f"Checked: {valid:,} {rows} valid. Nothing was stored.")
        return 0
    log.info("facts_imported", added=result.added, present=result.present)
    print(html_to_text(render_imported(result, words_for("en"))))
    return 0


def _export_format(requested: str | None, output: str | None) -> Literal["csv", "json"] | int:
    """The format to write, or the exit code after refusing a mismatch with the file's name."""
    suffix = Path(output).suffix.lower() if output else ""
    # import_file tells CSV from JSON by the file's name: a mismatch would not read back.
    if requested is not None and suffix in (".csv", ".json") and suffix != f".{requested}":
        return _fail(
            f"factbot export: --format {requested} does not match {output}; "
            f"name the file .{requested}",
            EXIT_USAGE,
        )
    return "json" if requested == "json" or (requested is None and suffix == ".json") else "csv"


@contextmanager
def _replacing(name: str) -> Iterator[IO[str]]:
    """A file to write the export in, which replaces ``name`` only once written whole."""
    partial = Path(f"{name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            yield out
        # A failed export leaves the previous file (yesterday's backup) as it was.
        partial.replace(name)
    finally:
        partial.unlink(missing_ok=True)


async def _write_export(
    store: Store, output: str | None, file_format: Literal["csv", "json"], everything: bool
) -> int:
    """Write the export to ``output`` (stdout if None); returns the exit code."""
    from storage.transfer import export_facts

    if output is None:
        # UTF-8 whatever the locale, as import reads it; detached after, so stdout stays open.
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            await export_facts(store, out, file_format=file_format, include_retracted=everything)
            out.flush()
        except BrokenPipeError:
            # The reader stopped early (`| head`): no traceback, and none at exit either.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_FAILURE
        finally:
            out.detach()
        return 0
    try:
        with _replacing(output) as target:
            count = await export_facts(
                store, target, file_format=file_format, include_retracted=everything
            )
    except OSError as error:
        return _fail(f"factbot export: cannot write {output}: {error.strerror}", EXIT_USAGE)
    log.info("facts_exported", count=count, include_retracted=everything)
    # stdout may be the data itself, so the count goes to stderr, and only beside a file.
    print(f"Exported {count} fact(s) to {output} ({file_format.upper()}).", file=sys.stderr)
    return 0


async def _export(
    settings: Settings, requested: str | None, output: str | None, everything: bool
) -> int:
    from storage import StorageError

    file_format = _export_format(requested, output)
    if isinstance(file_format, int):
        return file_format
    store = await _open_store(settings, seeded=True)
    if isinstance(store, int):
        return store
    async with store:
        try:
            return await _write_export(store, output, file_format, everything)
        except StorageError as error:
            return _fail(f"factbot: {error}")


async def _retract(settings: Settings, fact_id: int, reason: str) -> int:
    from bot.language.words import words_for
    from bot.render.formatting import html_to_text
    from bot.render.previews import render_notified
    from bot.render.reports import error_text, render_field_errors, render_retracted
    from storage import FactNotFound, InvalidFact, StorageError

    store = await _open_store(settings, seeded=True)
    if isinstance(store, int):
        return store
    async with store:
        try:
            fact = await store.retract_fact(fact_id, reason, by=_actor())
            owed = await store.notices_owed_for(fact.id, fact.version)
        except (FactNotFound, InvalidFact) as error:
            english = words_for("en")
            intro = english.say("Nothing changed: {reason}.", reason=error_text(error, english))
            return _report(render_field_errors(intro, [], english))
        except StorageError as error:
            return _fail(f"factbot: {error}")
    log.info("fact_retracted", fact_id=fact_id, version=fact.version, notified=owed)
    # The followers' notices wait in the store: the running bot sends them.
    english = words_for("en")
    notified = render_notified(owed, english)
    if owed:
        notified += " The bot sends them when it runs."
    print(html_to_text(f"{render_retracted(fact, english)}\n\n{notified}"))
    return 0


async def run_curation(settings: Settings, arguments: argparse.Namespace) -> int:
    """Run the curation command ``arguments`` names; returns the exit code."""
    if arguments.command == "import":
        return await _import(settings, arguments.file, check=arguments.check)
    if arguments.command == "export":
        return await _export(settings, arguments.format, arguments.output, arguments.all)
    return await _retract(settings, arguments.id, arguments.reason)
