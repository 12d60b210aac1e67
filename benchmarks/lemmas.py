"""What lemmas in the search index cost: an import with them beside the same import without,
and the fill of a store's facts stored without them (the bot's first start after the upgrade).

python -m benchmarks.lemmas [--facts 100000] [--postgresql]

The facts are the import benchmark's generated CSV (``benchmarks.scale``), imported as
``factbot import`` imports a file (``storage.transfer.import_file``: a file this large is
validated, and lemmatised, by a child process) into a new store opened with the bot's
lemmatiser, and into one opened without (its facts' lemmas are left NULL: the baseline, and the
store the fill then runs on, as the bot runs it at start). The shipped facts' fill is timed too.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from benchmarks.scale import write_csv
from bot.language.countries import country_code
from bot.language.search_lemmas import LEMMATISER
from storage import Store
from storage.backends import open_store
from storage.lemmas import Lemmatiser
from storage.seed import seed_store
from storage.transfer import import_file

# A store to open: the SQLite file at this path, or the PostgreSQL database at this URL.
_Opener = Callable[[Lemmatiser | None], Awaitable[Store]]


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.lemmas", description=__doc__)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--postgresql", action="store_true", help="also on a private server")
    return parser.parse_args()


async def _import(open_one: _Opener, lemmatiser: Lemmatiser | None, csv_file: Path) -> float:
    async with await open_one(lemmatiser) as store:
        started = time.perf_counter()
        with csv_file.open("rb") as stream:
            await import_file(
                store, stream, file_name=csv_file.name, by="benchmark",
                resolve_country=country_code,
            )  # fmt: skip
        return time.perf_counter() - started


async def _fill(open_one: _Opener) -> tuple[float, float, int]:
    """Opening the store with the lemmatiser (its migrations, the first time), and the fill."""
    started = time.perf_counter()
    async with await open_one(LEMMATISER) as store:
        opened = time.perf_counter() - started
        started = time.perf_counter()
        filled = await store.fill_lemmas()
        return opened, time.perf_counter() - started, filled


async def _seeded(open_one: _Opener) -> None:
    async with await open_one(None) as store:
        await seed_store(store)


async def _measure(name: str, opener: Callable[[str], _Opener], csv_file: Path) -> None:
    without = await _import(opener("without"), None, csv_file)
    with_lemmas = await _import(opener("with"), LEMMATISER, csv_file)
    ratio = with_lemmas / without
    print(
        f"{name}: import {with_lemmas:.1f} s with lemmas, {without:.1f} s without ({ratio:.2f}x)"
    )
    opened, filled_s, filled = await _fill(opener("without"))
    rate = filled / filled_s
    print(f"{name}: start after the upgrade: opened (migrated) in {opened:.1f} s")
    print(f"{name}: {filled:,} facts' lemmas filled in {filled_s:.1f} s ({rate:,.0f} a second)")
    await _seeded(opener("shipped"))
    opened, filled_s, filled = await _fill(opener("shipped"))
    print(f"{name}: the shipped store's {filled} facts filled in {filled_s * 1000:.0f} ms")


def _sqlite(work: Path) -> Callable[[str], _Opener]:
    def opener(name: str) -> _Opener:
        return lambda lemmatiser: open_store(work / f"{name}.db", lemmatiser=lemmatiser)

    return opener


async def _main(arguments: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="factbot-lemmas-") as folder:
        work = Path(folder)
        csv_file = work / "facts.csv"
        write_csv(csv_file, arguments.facts, seed=arguments.seed)
        print(f"{arguments.facts:,} generated facts")
        await _measure("SQLite", _sqlite(work), csv_file)
        if arguments.postgresql:
            from benchmarks.postgresql import database, private_server

            with private_server() as server:
                urls: dict[str, str] = {}

                def opener(name: str) -> _Opener:
                    if name not in urls:
                        urls[name] = database(server, name)
                    url = urls[name]
                    return lambda lemmatiser: open_store(work, url, lemmatiser=lemmatiser)

                await _measure("PostgreSQL", opener, csv_file)


if __name__ == "__main__":
    # Each figure as soon as it is measured, even into a pipe.
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    asyncio.run(_main(_arguments()))
