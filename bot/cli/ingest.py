"""``factbot ingest FILE|-``: an article's candidate facts for an operator to read, stored nowhere.

With ``--format json`` it prints a JSON list in exactly the shape ``factbot export --format
json`` writes, each item with its ``evidence`` (the sentence and its offsets in the text), so a
reviewed file goes straight into ``factbot import``. Figures the store already holds (when
FACTBOT_DB_PATH names one) are listed as such and left out of the JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

from bot.cli.exits import EXIT_FAILURE, EXIT_USAGE
from bot.settings import Settings

__all__ = ["add_ingest_command", "run_ingest"]

_EPILOG = """examples:
  factbot ingest article.txt --publisher "Ukrainska Pravda" --published-at 2022-10-04
  curl -s https://example.org/news.html | factbot ingest - --format json > candidates.json
  factbot import candidates.json      (after a person has read and trimmed it)"""


def _moment(text: str) -> date | datetime:
    try:
        if "T" in text or " " in text.strip():
            moment = datetime.fromisoformat(text.strip())
            if moment.tzinfo is None:
                raise argparse.ArgumentTypeError(
                    f"{text!r} has a time but no UTC offset, e.g. 2022-10-04T10:23+03:00"
                )
            return moment
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date like 2022-10-04 or 2022-10-04T10:23+03:00"
        ) from None


def add_ingest_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``ingest`` to the ``factbot`` parser."""
    ingest = commands.add_parser(
        "ingest",
        help="read an article and print the facts it proposes; stores nothing",
        description="Read a news article (.txt or .html; - for stdin) and print the candidate "
        "facts it holds, each with the sentence it came from. Stores nothing.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ingest.add_argument("file", metavar="FILE", help="the article; - for stdin")
    ingest.add_argument("--publisher", help="who published it, if the text does not say")
    ingest.add_argument("--title", help="its title, if the text does not say")
    ingest.add_argument(
        "--published-at", type=_moment, help="when: 2022-10-04 or 2022-10-04T10:23+03:00"
    )
    ingest.add_argument("--url", help="its address")
    ingest.add_argument("--author", help="its author")
    ingest.add_argument("--lang", choices=("en", "ru", "uk", "kk"), help="default: detected")
    ingest.add_argument("--format", choices=("text", "json"), default="text")


def _read(name: str) -> tuple[bytes, str | None] | int:
    if name == "-":
        return sys.stdin.buffer.read(), None
    try:
        return Path(name).read_bytes(), Path(name).name
    except OSError as error:
        print(f"factbot ingest: cannot read {name}: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE


async def run_ingest(settings: Settings, arguments: argparse.Namespace) -> int:
    """Print the candidates of the article ``arguments.file`` names."""
    from bot.answers.ingest import mark_duplicates
    from bot.ingest.article import ArticleRefused, read_article
    from bot.ingest.drafts import DocumentFields, MissingFields
    from bot.ingest.proposals import propose
    from bot.language.search_lemmas import LEMMATISER
    from bot.render.ingest import render_proposal_text
    from storage import StorageError
    from storage.backends import open_store

    read = _read(arguments.file)
    if isinstance(read, int):
        return read
    data, file_name = read
    try:
        text, meta = read_article(data, file_name=file_name)
    except ArticleRefused as refused:
        print(f"factbot ingest: {refused}", file=sys.stderr)
        return EXIT_USAGE
    given = DocumentFields.of(meta).merged(
        DocumentFields(
            publisher=arguments.publisher,
            title=arguments.title,
            author=arguments.author,
            published_at=arguments.published_at,
            url=arguments.url,
        )
    )
    store = None
    if settings.store_url is not None or settings.db_path.exists():
        try:
            store = await open_store(settings.db_path, settings.store_url, lemmatiser=LEMMATISER)
        except StorageError as error:
            print(f"factbot: {error}", file=sys.stderr)
            return EXIT_FAILURE
    try:
        try:
            proposal = propose(
                text,
                given=given,
                language=arguments.lang,
                metrics=store.metrics if store else None,
            )
        except MissingFields as missing:
            options = " and ".join(f"--{name.replace('_', '-')}" for name in missing.names)
            pronoun = "it" if len(missing.names) == 1 else "them"
            fields = ", ".join(
                n.replace("published_at", "publication date") for n in missing.names
            )
            print(
                f"factbot ingest: the text does not say its {fields}; give {pronoun} with "
                f"{options}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if store is not None:
            proposal = await mark_duplicates(store, proposal)
    finally:
        if store is not None:
            await store.close()
    if arguments.format == "json":
        items = [item.data for item in proposal.new()]
        output = json.dumps(items, ensure_ascii=False, indent=1)
    else:
        output = render_proposal_text(proposal)
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # `factbot ingest ... | head`: the reader stopped reading, which is no error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
