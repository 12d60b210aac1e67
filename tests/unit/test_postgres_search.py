"""Full-text search on PostgreSQL (migration 0003): a fact is found by a word of anything the
SQLite FTS5 index is fed (its claim, quote, what it counts, who said and carried it, where it
was published), its countries by their codes alone, and an edit is found as it now reads."""

from __future__ import annotations

from typing import Any

import psycopg

from tests.postgres_rows import add_fact, add_source, insert

Connection = psycopg.AsyncConnection[Any]

# A query the way the store will ask it: every word required, 'simple' words, prefixes as ':*'.
_FIND = """
SELECT fact_id FROM facts_search WHERE document @@ to_tsquery('simple', %s) ORDER BY fact_id
"""


async def _found(conn: Connection, query: str) -> list[int]:
    cursor = await conn.execute(_FIND, (query,))
    return [row[0] for row in await cursor.fetchall()]


async def _georgia_and_kazakhstan(conn: Connection) -> tuple[int, int]:
    minister = await add_source(
        conn, "Vakhtang Gomelauri", "person", description="Interior Minister of Georgia"
    )
    carrier = await add_source(conn, "Interpressnews")
    publisher = await add_source(conn, "Example Times")
    document = await insert(
        conn,
        "documents",
        {
            "publisher_id": publisher,
            "title": "Russians cross into Georgia",
            "author": "A. Reporter",
            "published_at": "2022-09-28",
        },
    )
    georgia = await add_fact(conn, document, attributed_to_id=minister, carried_by_id=carrier)
    kazakh_publisher = await add_source(conn, "Tengrinews")
    kazakh_document = await insert(
        conn,
        "documents",
        {"publisher_id": kazakh_publisher, "title": "Россияне едут", "published_at": "2022-10-01"},
    )
    kazakhstan = await add_fact(
        conn,
        kazakh_document,
        destination="KAZ",
        claim="Казахстан: въехали около 200 000 россиян.",
        quote="Около 200 000 граждан России въехали в Казахстан.",
        counted="граждане России",
    )
    return georgia, kazakhstan


async def test_a_fact_is_found_by_a_word_of_each_text_it_is_fed(pg: Connection):
    georgia, kazakhstan = await _georgia_and_kazakhstan(pg)
    for word in (
        "week",  # its claim
        "crossed",  # its quote
        "citizens",  # what it counts
        "gomelauri",  # who said it
        "interior",  # ...and what they are
        "interpressnews",  # who carried it
        "example",  # who published it
        "cross",  # the document's title
        "reporter",  # its author
    ):
        assert await _found(pg, word) == [georgia], word
    assert await _found(pg, "россии") == [kazakhstan]  # Cyrillic, lower-cased
    assert await _found(pg, "КАЗАХСТАН") == [kazakhstan]
    assert await _found(pg, "russians & georgia") == [georgia]
    assert await _found(pg, "tengrinews & едут") == [kazakhstan]  # its publisher and title
    assert await _found(pg, "citiz:*") == [georgia]  # a prefix, as FTS5's "citiz"*
    assert await _found(pg, "nowhere") == []


async def test_countries_are_found_by_their_codes_alone(pg: Connection):
    """'kaz:A' asks for the code among the countries, as FTS5's countries : "KAZ" does; a
    word of the text that happens to read so is not a country."""
    georgia, kazakhstan = await _georgia_and_kazakhstan(pg)
    assert await _found(pg, "kaz:A") == [kazakhstan]
    assert await _found(pg, "rus:A") == [georgia, kazakhstan]
    assert await _found(pg, "week:A") == []
    await pg.execute(
        "UPDATE facts SET claim = 'Geo is short for Georgia.' WHERE id = %s", (kazakhstan,)
    )
    assert await _found(pg, "geo:A") == [georgia]
    assert await _found(pg, "geo") == [georgia, kazakhstan]


async def test_an_edit_is_found_as_it_reads_now_and_a_retraction_stays_indexed(pg: Connection):
    georgia, _ = await _georgia_and_kazakhstan(pg)
    await pg.execute(
        "UPDATE facts SET claim = 'Tens of thousands crossed the Upper Lars checkpoint.' "
        "WHERE id = %s",
        (georgia,),
    )
    assert await _found(pg, "lars") == [georgia]
    assert await _found(pg, "week") == []
    await pg.execute(
        "UPDATE facts SET status = 'retracted', retraction_reason = 'wrong' WHERE id = %s",
        (georgia,),
    )
    # Filtered when a search is answered, as on SQLite: the index keeps it.
    assert await _found(pg, "lars") == [georgia]
