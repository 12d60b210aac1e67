"""Import and export files: all-or-nothing validation, refusals, and the round trip."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.answers import fact_answer, flows_answer
from bot.language.countries import country_code
from bot.language.words import words_for
from storage import FactStore, load_seed, row_from_draft
from storage.transfer import (
    MAX_PROBLEMS_SHOWN,
    FileFormat,
    ImportInvalid,
    ImportRefused,
    export_facts,
    import_file,
)
from tests.factories import csv_bytes, make_draft
from tests.unit.test_rows import _unmarked

ENGLISH = words_for("en")
ROOT = Path(__file__).parents[2]


async def _import(store: FactStore, data: bytes, name: str = "facts.csv", **kwargs):
    return await import_file(
        store, io.BytesIO(data), file_name=name, by="test", resolve_country=country_code, **kwargs
    )


def _rows(n: int) -> list[dict[str, str]]:
    return [
        row_from_draft(make_draft(figure={"qualifier": "exact", "value": v})) for v in range(n)
    ]


@pytest.mark.both_backends
async def test_one_bad_row_rejects_the_whole_file_then_the_fixed_file_is_stored(store: FactStore):
    rows = _rows(3)
    rows[1] = rows[1] | {"published_at": "2022-02-30", "destination": "Atlantis"}
    with pytest.raises(ImportInvalid) as caught:
        await _import(store, csv_bytes(rows))
    problems = {(p.row, p.field) for p in caught.value.problems}
    assert problems == {(3, "published_at"), (3, "destination")}  # line 3: header is line 1
    assert await store.count_facts() == 0

    rows[1] = _rows(3)[1]
    result = await _import(store, csv_bytes(rows))
    assert (result.added, result.present) == (3, 0)
    again = await _import(store, csv_bytes(rows))
    assert (again.added, again.present) == (0, 3)


@pytest.mark.both_backends
async def test_problems_are_listed_up_to_twenty_then_counted(store: FactStore):
    rows = [row | {"value": "-1"} for row in _rows(30)]
    with pytest.raises(ImportInvalid) as caught:
        await _import(store, csv_bytes(rows))
    assert len(caught.value.problems) == MAX_PROBLEMS_SHOWN
    assert (caught.value.total, caught.value.rows) == (30, 30)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "facts.csv", "the file is empty"),
        (b"metric,value\n\xff\xfe,1\n", "facts.csv", "not UTF-8"),
        (b"just some words", "notes.txt", "not a CSV or JSON file"),
        (b'[{"metric": ', "facts.json", "not valid JSON"),
        (b'{"metric": "entered"}', "facts.json", "a JSON import is a list of facts"),
        (b"metric,colour\nentered,red\n", "facts.csv", "unknown columns: colour"),
        (b"metric,counted\n", "facts.csv", "holds no facts"),
        (b"[]", "facts.json", "holds no facts"),
        (b"just some words", None, "^the file is not a CSV or JSON file"),
        (b"metric," + b",".join(b"c%d" % i for i in range(9)) + b"\n", "facts.csv", "and 4 more"),
        (b"[" * 100_000 + b"]" * 100_000, "facts.json", "nested too deeply"),
    ],
)
@pytest.mark.both_backends
async def test_unusable_files_are_refused_clearly(store: FactStore, data, name, message):
    with pytest.raises(ImportRefused, match=message) as caught:
        await _import(store, data, name)
    assert await store.count_facts() == 0
    # Said to the curator in their language: a phrase of the catalogs.
    assert caught.value.phrase is not None
    assert _unmarked(caught.value.phrase) == []


@pytest.mark.both_backends
async def test_ragged_csv_rows_and_non_objects_are_named(store: FactStore):
    data = csv_bytes(_rows(1)) + b"entered,only two\n"
    with pytest.raises(ImportInvalid) as caught:
        await _import(store, data)
    assert [(p.row, p.field) for p in caught.value.problems] == [(3, "row")]
    with pytest.raises(ImportInvalid) as caught:
        await _import(store, b"[1]", "facts.json")
    assert caught.value.problems[0].reason == "is not a JSON object"


@pytest.mark.both_backends
async def test_size_limit_is_enforced(store: FactStore):
    with pytest.raises(ImportRefused, match="the limit is 1 MB"):
        await _import(store, csv_bytes(_rows(1)) + b" " * 1_048_576, max_bytes=1_048_576)


@pytest.mark.both_backends
async def test_format_is_sniffed_when_the_name_does_not_tell(store: FactStore):
    result = await _import(store, csv_bytes(_rows(2)), name="upload")
    assert result.added == 2


@pytest.mark.parametrize("file_format", ["csv", "json"])
async def test_export_then_import_into_an_empty_store_gives_identical_answers(
    tmp_path: Path, file_format: FileFormat
):
    async with await FactStore.open(tmp_path / "source.db") as source:
        await source.add_facts(load_seed(), by="seed")
        await source.add_fact(make_draft(), by="telegram:1")
        await source.edit_fact(1, {"value": "200001"}, by="telegram:1")
        await source.retract_fact(3, "duplicate report", by="telegram:1")
        out = io.StringIO()
        count = await export_facts(source, out, file_format=file_format, include_retracted=True)
        assert count == await source.count_facts()
        async with await FactStore.open(tmp_path / "target.db") as target:
            result = await _import(target, out.getvalue().encode(), f"export.{file_format}")
            assert result.added == count
            for country in ("kazakhstan", "georgia", "russia"):
                assert await flows_answer(target, country, ENGLISH) == await flows_answer(
                    source, country, ENGLISH
                )
            for fact_id in range(1, count + 1):
                assert await fact_answer(target, str(fact_id), ENGLISH) == await fact_answer(
                    source, str(fact_id), ENGLISH
                )


@pytest.mark.both_backends
async def test_export_of_published_facts_leaves_retracted_ones_out(store: FactStore):
    await store.add_facts(load_seed(), by="seed")
    await store.retract_fact(2, "test", by="t")
    out = io.StringIO()
    assert await export_facts(store, out, file_format="csv") == len(load_seed()) - 1


@pytest.mark.both_backends
@pytest.mark.parametrize("name", ["facts.csv", "facts.json"])
async def test_the_example_files_in_the_repository_import_cleanly(store: FactStore, name: str):
    data = (ROOT / "examples" / name).read_bytes()
    result = await _import(store, data, name)
    assert result.added >= 1
    assert (await flows_answer(store, "georgia", ENGLISH))[0].startswith(
        "<b>Flows of people: Georgia"
    )
