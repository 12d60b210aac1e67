"""A headline's fact told again in the body, in words no cue reads as a move ("передали владі
Шрі-Ланки 31 громадянина", "были отправлены 212 граждан Таджикистана"), is the headline's fact
with the body's day, citizenship and destination; a figure the headline does not give stays
out. From the short items' period misses (twenty-ninth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

DAY = date(2025, 6, 30)


def _facts(text: str, language: str) -> list[tuple[object, ...]]:
    reading = read_article(text, language, DAY)
    return [
        (c.metric, c.figure.value, c.destination, c.citizenship, c.period_start, c.period_end)
        for c in reading.candidates
    ]


@pytest.mark.parametrize(
    ("text", "language", "fact"),
    [
        (
            "Австралія повернула до Коломбо 31 шрі-ланкійця\n\nАвстралійські прикордонники в "
            "п'ятницю передали владі Шрі-Ланки в Коломбо 31 громадянина цієї країни, повідомив "
            "командувач операції Ендрю Ллойд.",
            "uk",
            ("deported", 31, "LKA", "LKA", date(2025, 6, 27), date(2025, 6, 27)),
        ),
        (
            "Турция депортировала 212 мигрантов из Таджикистана\n\nВо вторник из стамбульского "
            "аэропорта спецрейсом в Душанбе были отправлены 212 граждан Таджикистана, говорится "
            "в сообщении Управления миграции Турции.",
            "ru",
            ("deported", 212, "TJK", "TJK", date(2025, 6, 24), date(2025, 6, 24)),
        ),
    ],
)
def test_the_body_dates_the_headline_s_fact(
    text: str, language: str, fact: tuple[object, ...]
) -> None:
    assert _facts(text, language) == [fact]


def test_a_figure_the_headline_does_not_give_stays_out() -> None:
    text = (
        "Австралія повернула до Коломбо 31 шрі-ланкійця\n\nАвстралійські прикордонники в "
        "п'ятницю передали владі Шрі-Ланки в Коломбо 40 громадян цієї країни."
    )
    assert [fact[1] for fact in _facts(text, "uk")] == [31]


def test_a_headline_s_figure_with_another_qualifier_is_another_figure() -> None:
    text = (
        "Із Таїланду повернулися майже 40 тисяч заробітчан\n\nЗа тиждень через Пойпет "
        "повернулися майже 40 тисяч громадян Камбоджі. У Таїланді досі працюють 40 тисяч "
        "камбоджійців."
    )
    assert [fact[1] for fact in _facts(text, "uk")] == [40000]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russians fleeing call-up flood into Kazakhstan\n\nAbout 98,000 Russian citizens have "
            "entered the republic since September 21, Interior Minister Marat Akhmetzhanov said.",
            "en",
        ),
        (
            "Россияне, бегущие от мобилизации, едут в Казахстан\n\nС 21 сентября в республику "
            "въехали около 98 тысяч граждан России, сообщил министр Марат Ахметжанов.",
            "ru",
        ),
    ],
)
def test_the_republic_is_the_country_of_the_headline(text: str, language: str) -> None:
    reading = read_article(text, language, date(2022, 9, 28))
    assert [(c.origin, c.destination) for c in reading.candidates] == [("RUS", "KAZ")]
