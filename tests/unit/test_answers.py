"""What /flows, /start and /help answer, through the code path shared by Telegram and the CLI."""

from __future__ import annotations

import pytest

from bot.answers import COMMANDS, FLOWS_SHOWN, answer_text, flows_answer, help_answer
from bot.answers.catalog import command_names
from bot.language.words import words_for
from bot.render.formatting import MESSAGE_LIMIT, visible_length
from storage import FactStore
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

EN = words_for("en")


def _accepted_by_telegram(messages: list[str]) -> list[str]:
    texts = []
    for message in messages:
        text, _ = parse_telegram_html(message)
        assert visible_length(message) <= MESSAGE_LIMIT
        texts.append(text)
    return texts


async def test_flows_kazakhstan_from_the_shipped_facts(seeded: FactStore):
    messages = await flows_answer(seeded, "kazakhstan", EN)
    assert len(messages) == 1
    text = _accepted_by_telegram(messages)[0]
    assert text.startswith("Flows of people: Kazakhstan\n\nInto Kazakhstan (3)\n")
    assert "Out of Kazakhstan (2)" in text
    inbound, outbound = text.split("Out of Kazakhstan (2)")
    # Newest first, qualifiers kept, each with its citation.
    assert inbound.index("more than 200,000") < inbound.index("7,000") < inbound.index("almost")
    assert outbound.index("147,000") < outbound.index("about 11,000")
    assert text.count("Ukrainska Pravda (Iryna Balachuk), 4 Oct 2022, 10:23 UTC+03:00") == 5
    assert text.count("Said by Marat Akhmetzhanov, Minister of Internal Affairs") == 4
    assert text.count("via Zakon.kz") == 4


@pytest.mark.parametrize("query", ["KZ", "Казахстан", "Қазақстан", "kazakstan", "KAZ"])
async def test_flows_accepts_every_name_of_the_country(seeded: FactStore, query: str):
    assert await flows_answer(seeded, query, EN) == await flows_answer(seeded, "kazakhstan", EN)


@pytest.mark.parametrize(
    "query", ["Казахстана", "в Казахстане", "Казахстані", "Қазақстанға", "Қазақстаннан"]
)
async def test_flows_accepts_a_name_in_the_case_a_sentence_wants(seeded: FactStore, query: str):
    """Readers of Russian, Ukrainian and Kazakh type the form their sentence wants."""
    assert await flows_answer(seeded, query, EN) == await flows_answer(seeded, "kazakhstan", EN)


async def test_flows_of_two_countries_in_other_cases_is_not_guessed(seeded: FactStore):
    (text,) = _accepted_by_telegram(await flows_answer(seeded, "россии и грузии", EN))
    assert text.startswith("I don't know a country called “россии и грузии”")


async def test_flows_without_a_country_explains_usage(seeded: FactStore):
    (text,) = _accepted_by_telegram(await flows_answer(seeded, "  ", EN))
    assert "/flows kazakhstan" in text


async def test_flows_of_a_close_misspelling_asks_did_you_mean(seeded: FactStore):
    (text,) = _accepted_by_telegram(await flows_answer(seeded, "korea", EN))
    assert "Did you mean" in text
    assert "/flows south korea" in text


async def test_flows_of_no_country_escapes_what_was_typed(seeded: FactStore):
    messages = await flows_answer(seeded, "<b>x</b> & <script>", EN)
    (text,) = _accepted_by_telegram(messages)
    assert "“<b>x</b> & <script>”" in text
    assert "&lt;script&gt;" in messages[0]


async def test_country_with_other_facts_but_no_flows_says_so_and_shows_them(seeded: FactStore):
    (text,) = _accepted_by_telegram(await flows_answer(seeded, "georgia", EN))
    assert text.startswith("No flows into or out of Georgia are recorded. Other facts name")
    assert "conscription notices" in text
    assert "Reported by Ukrainska Pravda" in text


async def test_country_with_no_facts_says_so_plainly(seeded: FactStore):
    (text,) = _accepted_by_telegram(await flows_answer(seeded, "peru", EN))
    assert text == "No facts are recorded for Peru yet."


async def test_flows_shows_the_newest_flows_however_many_are_stored(store: FactStore):
    """A country with hundreds of flows gets the newest few, and is told they are the newest."""
    drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(1, 301)]
    await store.add_facts(drafts, by="t")
    messages = await flows_answer(store, "georgia", EN)
    texts = _accepted_by_telegram(messages)
    assert sum(text.count("▪️") for text in texts) == FLOWS_SHOWN
    assert all(text.count("▪️") == text.count("Said by") for text in texts)
    assert f"(the newest {FLOWS_SHOWN} of 300)" in texts[0]
    # Same dates: the last stored are the newest.
    assert "300" in texts[0]
    assert not any(f" {n} " in text for text in texts for n in (1, 2, 3))


def test_help_lists_every_command_with_an_example():
    (text,) = _accepted_by_telegram(help_answer(EN))
    for command in COMMANDS:
        assert f"/{command.name} — " in text
        assert command.example in text


async def test_answer_text_routes_like_the_bot(seeded: FactStore):
    flows = await flows_answer(seeded, "kz", EN)
    assert await answer_text(seeded, "/flows kz", EN) == flows
    assert await answer_text(seeded, "/flows@FactBot kz", EN) == flows
    assert await answer_text(seeded, "/FLOWS kz", EN) == flows
    assert await answer_text(seeded, "/help", EN) == help_answer(EN)
    (unknown,) = await answer_text(seeded, "/nonsense", EN)
    assert "I don't know the command <code>/nonsense</code>" in unknown
    assert "/help" in unknown
    (plain,) = await answer_text(seeded, "hello", EN)
    assert "Ask me about the recorded facts in your own words" in plain
    question = await answer_text(seeded, "how many people left kazakhstan", EN)
    assert "<b>147,000</b> Russian citizens left Kazakhstan" in question[0]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("/follow georgia", "factbot followers"),
        ("/following", "factbot followers"),
        ("/editfact 1 value=2", "factbot facts retract"),
        ("/addfact", "factbot import"),
        ("/chart <b>georgia", "/flows &lt;b&gt;georgia"),
    ],
)
async def test_chat_only_commands_say_what_the_terminal_offers_instead(
    seeded: FactStore, text: str, says: str
):
    """Every command the bot knows gets an answer on the terminal too, never "I don't know
    the command"; one that needs a chat says what the terminal offers instead."""
    (answer,) = _accepted_by_telegram(await answer_text(seeded, text, EN))
    assert "I don't know the command" not in answer
    (raw,) = await answer_text(seeded, text, EN)
    assert says in raw


async def test_every_command_in_the_catalog_has_a_terminal_answer(seeded: FactStore):
    for name in sorted(command_names()):
        for answer in await answer_text(seeded, f"/{name}", EN):
            assert "I don't know the command" not in answer, name
