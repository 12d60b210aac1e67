"""What a curator met in an evacuation from Israel told in Kazakh, and its kin in the other
languages: people who "asked to be repatriated" ("попросили об эвакуации", "звернулися з
проханням про евакуацію", "елге оралуға өтініш берген") have not gone; "Израильде әлі де 2
мыңға жуық қазақстандық бар" is a stock; "Израильден 500-ден астам азамат эвакуацияланған",
citizens with no country named, were brought home. Phrasings written for these tests
(twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

JUNE_16 = date(2025, 6, 16)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 11,000 Filipinos remain in Lebanon, and 1,400 of them have asked to be "
         "repatriated."),
        ("ru", "В Ливане остаются около 11 тысяч филиппинцев, из них 1 400 попросили об "
         "эвакуации."),
        ("uk", "У Лівані залишаються близько 11 тисяч філіппінців, з них 1 400 звернулися з "
         "проханням про евакуацію."),
        ("kk", "Министрлік өкілінің айтуынша, Израильде әлі де 2 мыңға жуық қазақстандық бар, "
         "олардың 300-ге жуығы елге оралуға өтініш берген."),
    ],
)  # fmt: skip
def test_people_who_asked_to_go_home_have_not_gone(language: str, text: str) -> None:
    reading = read_article(text, language, JUNE_16)
    assert reading.candidates == ()
    assert len(reading.left_out) == 2


def test_citizens_with_no_country_named_were_brought_home() -> None:
    text = (
        "Сыртқы істер министрлігінің мәліметінше, 15 маусымда Израильден 120 қазақстандық "
        "эвакуацияланды. Бұған дейін 2023 жылдың қазан айында Израильден 500-ден астам азамат "
        "эвакуацияланған болатын."
    )
    _, before = read_article(text, "kk", JUNE_16).candidates
    assert (before.metric, before.origin, before.destination) == ("returned", "ISR", "KAZ")
    assert (before.period_start, before.period_end) == (date(2023, 10, 1), date(2023, 10, 31))


def test_another_states_citizens_evacuated_left() -> None:
    text = "Израильден 500-ден астам Ресей азаматы эвакуацияланды."
    (candidate,) = read_article(text, "kk", JUNE_16).candidates
    assert (candidate.metric, candidate.citizenship) == ("left", "RUS")


def test_people_who_asked_and_were_taken_home_went_home() -> None:
    text = (
        "Another 1,150 Hondurans asked to be taken home and were driven by bus to the Corinto "
        "border post, Pacay said."
    )
    (candidate,) = read_article(text, "en", date(2021, 1, 18)).candidates
    assert (candidate.metric, candidate.destination) == ("returned", "HND")
