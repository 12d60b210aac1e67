"""What questions answer from the shipped facts: the leading facts, the notes between groups,
the honest misses and their reasons, all as HTML Telegram accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.answers.questions import question_answer, question_facts
from bot.language.words import LANGUAGES, words_for
from bot.render.formatting import MESSAGE_LIMIT, visible_length
from bot.render.questions import EXAMPLE_QUESTIONS, examples, render_pointer
from storage import FactStore
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import draft_data, make_draft


async def _text(store: FactStore, question: str) -> str:
    (message,) = await question_answer(store, question, words_for("en"))
    assert visible_length(message) <= MESSAGE_LIMIT
    text, _ = parse_telegram_html(message)
    return text


def _stated(text: str) -> list[int]:
    return [int(number) for number in re.findall(r"fact #(\d+)", text)]


@pytest.mark.both_backends
async def test_a_day_leads_with_that_days_figure_then_the_longer_period_under_a_note(
    seeded: FactStore,
):
    text = await _text(seeded, "Сколько россиян въехало в Казахстан 3 октября?")
    assert _stated(text) == [3, 1]
    assert text.index("fact #3") < text.index("longer periods") < text.index("fact #1")


@pytest.mark.parametrize(
    ("question", "stated"),
    [("who said 200,000?", [1]), ("Кто сказал про 147 тысяч?", [2]),
     ("Хто казав про 300 тисяч?", [8]), ("who said 441?", [6])],
)  # fmt: skip
async def test_a_figure_alone_is_answered_by_the_facts_that_hold_it(
    seeded: FactStore, question: str, stated: list[int]
):
    assert sorted(_stated(await _text(seeded, question))) == stated


async def test_a_figure_and_a_place_are_answered_with_every_flow_there_that_figure_first(
    seeded: FactStore,
):
    stated = _stated(await _text(seeded, "is it true over 200k russians ran to kazakhstan"))
    assert stated[0] == 1
    assert set(stated) == {1, 3, 5}


async def test_another_stores_fact_under_the_same_id_does_not_answer_for_this_one(
    seeded: FactStore, tmp_path: Path
):
    """Facts' words are remembered between questions; another store's fact #11 (a test's, a
    restored backup's) must not stand in for this store's fact #11 about tickets."""
    other = await FactStore.open(tmp_path / "other.db")
    try:
        for value in range(1, 13):
            figure = {"qualifier": "exact", "value": value * 10}
            data = draft_data(destination="KAZ", figure=figure, claim=f"{value} came.")
            await other.add_fact(make_draft(**data), by="t")
        # Its twelve facts' words are read (for "plane"), and none of them is about planes.
        assert _stated(await _text(other, "How many Russians came to Kazakhstan by plane?")) == []
    finally:
        await other.close()
    assert _stated(await _text(seeded, "Russians bought all the tickets to Istanbul"))[:1] == [11]


@pytest.mark.both_backends
async def test_a_day_no_figure_is_for_gets_no_figure(seeded: FactStore):
    """1 October lies within fact #1's period, but its figure is not that day's."""
    found = await question_facts(seeded, "how many russians entered kazakhstan on 1 october")
    assert found.facts == []
    assert found.reason == "period"
    text = await _text(seeded, "how many russians entered kazakhstan on 1 october")
    assert "200,000" not in text
    assert "No recorded figure is for that day or period." in text


@pytest.mark.both_backends
async def test_figures_of_unknown_citizenship_come_after_under_a_note(seeded: FactStore):
    text = await _text(seeded, "how many russians left kazakhstan")
    assert _stated(text) == [2, 4]
    assert "do not say whose citizens" in text


@pytest.mark.both_backends
async def test_a_named_source_answers_with_its_own_facts(seeded: FactStore):
    text = await _text(seeded, "Что говорил Марат Ахметжанов?")
    stated = _stated(text)
    assert stated
    assert set(stated) <= {1, 2, 3, 4, 6, 7, 13}
    assert 5 not in stated  # said by the ministry, not by him


@pytest.mark.parametrize(
    "question",
    ["what did tokayev say about the russians coming in", "нужна ли россиянам виза в Казахстан?",
     "How many Ukrainians entered Kazakhstan?", "курс тенге к рублю",
     "how many russians went to mongolia"],
)  # fmt: skip
@pytest.mark.both_backends
async def test_nothing_unrelated_is_given_as_an_answer(seeded: FactStore, question: str):
    text = await _text(seeded, question)
    assert _stated(text) == []
    assert "Facts are recorded for" in text
    assert "Қазақстанға қанша ресейлік кірді?" in text  # how to ask, in every language


@pytest.mark.both_backends
async def test_a_figure_asked_about_leads(seeded: FactStore):
    text = await _text(seeded, "the 441 - what's that number about?")
    assert _stated(text)[0] == 6


@pytest.mark.both_backends
async def test_a_greeting_gets_how_to_ask(seeded: FactStore):
    text = await _text(seeded, "Привет!")
    assert text.startswith("Hello!")
    assert _stated(text) == []


def _readme_examples() -> list[tuple[str, int]]:
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Ask in your own words")[1].split("`factbot ask")[0]
    rows = re.findall(r"^\| \w+ \| `([^`]+)` \| .*\(fact #(\d+)\) \|$", section, re.MULTILINE)
    return [(question, int(fact)) for question, fact in rows]


@pytest.mark.both_backends
async def test_the_readmes_examples_lead_with_the_facts_it_says(seeded: FactStore):
    examples = _readme_examples()
    assert len(examples) >= 6
    assert {question.isascii() for question, _ in examples} == {True, False}
    for question, fact in examples:
        found = await question_facts(seeded, question)
        assert found.facts[0].id == fact, question


@pytest.mark.both_backends
async def test_a_movement_nobody_counted_says_so_and_where_to_look(seeded: FactStore):
    """Georgia has facts, but no flows: the reply says so and points at /facts georgia."""
    text = await _text(seeded, "how many Russians went to Georgia?")
    assert _stated(text) == []
    assert "No recorded figure counts people moving that way." in text
    assert "/facts georgia" in text


async def test_the_heading_counts_in_the_readers_words(seeded: FactStore):
    text = await _text(seeded, "how many people left kazakhstan")
    assert text.startswith("2 facts answer your question · best match first")
    assert text.rstrip().endswith("Everything recorded: /flows kazakhstan")


@pytest.mark.parametrize("language", LANGUAGES)
def test_examples_lead_with_the_readers_language_and_keep_every_language(language: str):
    shown = examples(language)
    assert shown[0] == EXAMPLE_QUESTIONS[language]
    assert sorted(shown) == sorted(EXAMPLE_QUESTIONS.values())
    text, _ = parse_telegram_html(render_pointer(words_for(language), greeting=False))
    bullets = [line.removeprefix("• ") for line in text.splitlines() if line.startswith("• ")]
    assert bullets == list(shown)


def test_english_examples_keep_their_order():
    assert examples("en") == tuple(EXAMPLE_QUESTIONS[language] for language in LANGUAGES)
