"""A status lost is no move ("втратили — 38 тисяч, переважно через виїзд за межі Польщі", "while
38,000 lost it", "утратили — 38 тысяч", "38 мыңы мәртебесінен айырылды"), whatever made people
lose it; a status received is a registration ("21,400 Ukrainians received the status"), not an
arrival. Phrasings written for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

APRIL_2 = date(2025, 4, 2)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "За перший квартал 2025 року статус отримали 21,4 тисячі українців, тоді як "
         "втратили — 38 тисяч, переважно через виїзд за межі Польщі понад 30 днів."),
        ("ru", "За первый квартал статус получили 21,4 тысячи украинцев, а утратили — 38 тысяч, "
         "в основном из-за выезда из Польши."),
        ("en", "In the first quarter 21,400 Ukrainians received the status in Poland, while "
         "38,000 lost it, mostly because they left the country for more than 30 days."),
        ("en", "In the first quarter 21,400 Ukrainians received protection status in Poland, "
         "while 38,000 lost their status."),
        ("kk", "Бірінші тоқсанда Польшада 21,4 мың украиндық мәртебе алды, ал 38 мыңы "
         "мәртебесінен айырылды."),
    ],
)  # fmt: skip
def test_a_status_lost_is_no_move(language: str, text: str) -> None:
    reading = read_article(text, language, APRIL_2)
    (received,) = reading.candidates
    assert (received.metric, received.figure.value) == ("refugees_registered", 21400)
    assert "background" in {item.reason for item in reading.left_out}


def test_people_received_by_a_country_entered_it() -> None:
    text = "Poland received 21,400 Ukrainians in the first quarter."
    (candidate,) = read_article(text, "en", APRIL_2).candidates
    assert (candidate.metric, candidate.destination) == ("entered", "POL")
