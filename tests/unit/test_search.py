"""/search: SQLite FTS5 over claims, quotes, people, outlets and countries, on a real file."""

from __future__ import annotations

import pytest

from bot.answers import search_answer
from bot.language.words import words_for
from bot.render.formatting import MESSAGE_LIMIT, visible_length
from storage import FactStore
from storage.search import match_expression
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import draft_data, make_draft

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

EN = words_for("en")


async def _ids(store: FactStore, query: str, **countries: str) -> list[int]:
    hits = await store.search_facts(query.split(), countries=countries)
    return [fact.id for fact in hits.facts]


async def test_finds_the_citizenship_applications_and_the_reservists(seeded: FactStore):
    assert await _ids(seeded, "citizenship") == [6, 7]
    assert await _ids(seeded, "reservists") == [8]


async def test_every_word_is_a_prefix_and_all_words_must_match(seeded: FactStore):
    assert set(await _ids(seeded, "citizen")) >= {6, 7, 1}
    # Both facts quote the sentence about ethnic Kazakhs; fact 1 does not.
    assert set(await _ids(seeded, "ethnic citizen")) == {6, 7}
    assert await _ids(seeded, "ethnic reservists") == []


async def test_people_outlets_and_countries_are_searched(seeded: FactStore):
    assert set(await _ids(seeded, "mediazona")) == {10}
    assert set(await _ids(seeded, "Akhmetzhanov")) >= {1, 2, 3, 4, 6, 7, 13}
    assert await _ids(seeded, "belarus") == [10]
    assert set(await _ids(seeded, "grúzia tickets", **{"grúzia": "ARM"})) == {12}


async def test_cyrillic_text_is_searched_case_insensitively(store: FactStore):
    data = draft_data(claim="Около 50 тысяч россиян въехали в Грузию", counted="россиян")
    await store.add_fact(make_draft(**{k: data[k] for k in ("claim", "counted")}), by="t")
    assert await _ids(store, "ГРУЗИ") == [1]
    assert await _ids(store, "россиян") == [1]


async def test_diacritics_are_folded_both_ways_as_fts5_folds_them(store: FactStore):
    """Searching "munchen" finds "München" and "MÜNCHEN" finds "Munchen", on both backends (FTS5's
    remove_diacritics 2; PostgreSQL's migration 0008); Cyrillic letters are never folded."""
    for claim, counted in (
        ("Über 3.000 Menschen kamen nach München", "Menschen"),
        ("Des Ukrainiens arrivés à Sevran", "Ukrainiens"),
        ("Йошкар-Ола приняла 300 человек", "человек"),
    ):
        data = draft_data(claim=claim, counted=counted)
        await store.add_fact(make_draft(claim=data["claim"], counted=data["counted"]), by="t")
    assert await _ids(store, "munchen") == [1]
    assert await _ids(store, "MÜNCHEN uber") == [1]
    assert await _ids(store, "arrives sevrán") == [2]
    assert await _ids(store, "Йошкар") == [3]
    assert await _ids(store, "иошкар") == []


@pytest.mark.parametrize("typed", ["Ахметжанов", "Ахметжанова", "Ахметжанову citizenship"])
async def test_names_typed_in_cyrillic_are_searched_in_latin_letters_when_nothing_is_found(
    seeded: FactStore, typed: str
):
    """Names are stored as outlets print them; a reader types them in their own letters."""
    messages = await search_answer(seeded, typed, words_for("ru"))
    text = parse_telegram_html(messages[0])[0]
    expected = await _ids(seeded, "Akhmetzhanov " + " ".join(typed.split()[1:]))
    assert expected
    assert all(f"#{fact_id}\n" in text + "\n" for fact_id in expected)
    assert "akhmetzhanov" in text.splitlines()[0]


@pytest.mark.parametrize(
    ("typed", "claim"),
    [("беженец", "В Польшу прибыли 3 000 беженцев"),
     ("мобилизации", "После объявления мобилизация 700 человек уехали"),
     ("біженці", "До Польщі прибули 3 000 біженців"),
     ("deportations", "Mexico deported 21,912 migrants in May")],
)  # fmt: skip
async def test_an_inflected_word_that_finds_nothing_finds_its_other_forms(
    store: FactStore, typed: str, claim: str
):
    """Every word must be the start of a word; a form that is not ("беженец" of "беженцев")
    is searched again by the start its forms share ("бежен")."""
    data = draft_data(claim=claim, counted="people")
    await store.add_fact(make_draft(claim=data["claim"], counted=data["counted"]), by="t")
    text = parse_telegram_html((await search_answer(store, typed, EN))[0])[0]
    assert text.splitlines()[0].endswith("1 fact, best match first"), text


async def test_cyrillic_words_found_as_typed_are_not_romanised(store: FactStore):
    data = draft_data(claim="Ахметжанов сказал: 300 человек", counted="человек")
    await store.add_fact(make_draft(claim=data["claim"], counted=data["counted"]), by="t")
    text = parse_telegram_html((await search_answer(store, "Ахметжанов", EN))[0])[0]
    assert text.splitlines()[0].startswith("Search: Ахметжанов · 1 fact")


async def test_retracted_facts_are_not_found_and_edits_are_reindexed(seeded: FactStore):
    await seeded.retract_fact(8, "test", by="t")
    assert await _ids(seeded, "reservists") == []
    await seeded.edit_fact(9, {"claim": "A secret clause allowed a million conscripts."}, by="t")
    assert await _ids(seeded, "conscripts") == [9]
    assert await _ids(seeded, "villages") == [9]  # still in its quote


@pytest.mark.parametrize(
    "query",
    [
        "' OR 1=1 --", '"', "*", "NEAR(", "claim:x", "a OR b", "x" * 10_000, "AND", "^",
        # PostgreSQL's tsquery syntax, as that backend is fed the same words.
        "a' | 'b", "!x", "& |", "<->", "x:*", "kaz:A", "\\", "''", "(x", "x\x00y",
    ],
)  # fmt: skip
async def test_query_syntax_is_never_interpreted(seeded: FactStore, query: str):
    hits = await seeded.search_facts(query.split())
    assert all(fact.status.value == "published" for fact in hits.facts)


def test_match_expression_quotes_every_word():
    assert match_expression(['say "hi"', "OR", "ab"]) == '"say ""hi"""* AND "OR" AND "ab"'
    assert match_expression(["kz"], {"kz": "KAZ"}) == '("kz" OR countries : "KAZ")'
    assert match_expression(["--", "*"]) is None


async def test_search_answer_cites_every_hit_and_says_when_nothing_is_found(seeded: FactStore):
    (message,) = await search_answer(seeded, "citizenship", EN)
    text, _ = parse_telegram_html(message)
    assert text.startswith("Search: citizenship · 2 facts, best match first")
    assert "441 citizens of the Russian Federation" in text
    assert text.count("Said by Marat Akhmetzhanov") == 2
    (nothing,) = await search_answer(seeded, "<b>zzz</b> &", EN)
    text, _ = parse_telegram_html(nothing)
    assert text.startswith("Nothing found for “<b>zzz</b> &”.")
    assert "/flows" in text
    (usage,) = await search_answer(seeded, " ", EN)
    assert "/search citizenship" in usage


async def test_long_search_answers_are_split(store: FactStore):
    drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(200)]
    await store.add_facts(drafts, by="t")
    messages = await search_answer(store, "georgia", EN)
    assert len(messages) > 1
    assert all(visible_length(message) <= MESSAGE_LIMIT for message in messages)
