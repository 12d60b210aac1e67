"""Denials readers meet beyond "not true": an aside on the figure before ("3,000 had been
'escorted out', a figure the spokesman later said was 'wildly exaggerated'", "цифру, которую
... назвали преувеличенной"), a title's full stop inside it ("Col. Amer Sartawi") that ends
no sentence, and "propaganda"; and people escorted or sent back by someone, the people
between the verb and "back". Phrasings written for these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.sentences import split_sentences
from tests.ingest_reading import read_candidates, under_a_headline

DAY = date(2023, 7, 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A ministry official told the Amman daily Al-Sabah that 3,000 Egyptian workers had "
         "been \"escorted out\" in June alone, a figure the ministry's spokesman, Col. Amer "
         "Sartawi, later said was \"wildly exaggerated.\""),
        ("ru", "Чиновник министерства сообщил, что в июне были выдворены 3 тысячи египтян, "
         "цифру, которую представитель ведомства позже назвал преувеличенной."),
        ("uk", "Посадовець міністерства повідомив, що в червні були видворені 3 тисячі єгиптян, "
         "цифру, яку речник відомства згодом назвав перебільшеною."),
    ],
)  # fmt: skip
def test_an_aside_denying_the_figure_before(language: str, text: str) -> None:
    reading = under_a_headline(language, DAY, text)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["denied"]


def test_an_aside_denies_only_the_figure_it_follows() -> None:
    text = (
        "Police said 3,000 people crossed in June, which was a record, and 400 more were "
        "stopped, a figure the ministry called exaggerated."
    )
    reading = under_a_headline("en", DAY, text)
    assert [c.figure.value for c in reading.candidates] == [3_000]
    assert [(item.figure_text, item.reason) for item in reading.left_out] == [("400", "denied")]


def test_a_title_before_a_name_ends_no_sentence() -> None:
    text = "The spokesman, Col. Amer Sartawi, said 300 left. Lt. Gen. Omar Saleh agreed."
    assert [s.text for s in split_sentences(text, "en")] == [
        "The spokesman, Col. Amer Sartawi, said 300 left.",
        "Lt. Gen. Omar Saleh agreed.",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Reports that 5,000 migrants were massing at the border were \"pure "
         "propaganda\", the spokesman said."),
        ("ru", "Сообщения о том, что у границы скопились 5 тысяч мигрантов, в погранслужбе "
         "назвали пропагандой."),
        ("uk", "Повідомлення про те, що біля кордону скупчилися 5 тисяч мігрантів, у "
         "прикордонній службі назвали пропагандою."),
        ("kk", "Шекарада 5 мың мигрант жиналды деген ақпаратты шекара қызметі пропаганда деп "
         "атады."),
    ],
)  # fmt: skip
def test_propaganda_is_a_denial(language: str, text: str) -> None:
    reading = under_a_headline(language, DAY, text)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["denied"]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("Hungarian police escorted 240 migrants back to the Serbian border on Sunday.",
         "HUN", "SRB"),
        ("Greece sent 300 Afghans back to Turkey last week, the ministry said.", "GRC", "TUR"),
    ],
)  # fmt: skip
def test_people_sent_back_by_someone_were_deported(
    text: str, origin: str, destination: str
) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "deported",
        origin,
        destination,
    )
    assert "back" not in candidate.counted


def test_people_flown_back_home_by_their_state_came_home() -> None:
    text = "The Philippines flew 52 workers back home from Lebanon on Monday."
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "returned"
