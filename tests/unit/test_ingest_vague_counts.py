"""Counts a text gives no number for ("tens of thousands", "несколько тысяч", "кілька сотень",
"ондаған мың", "бірнеше жүз") propose no figure: a figure the text does not contain is never
proposed. Phrasings written for these tests; the figures beside them are still read."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tens of thousands of Russians crossed into Kazakhstan last week, officials said."),
        ("en", "Several hundred Afghans were deported from Iran on Monday, the UNHCR said."),
        ("en", "Hundreds of thousands of Syrians returned from Turkey last year, the ministry "
         "said."),
        ("ru", "Десятки тысяч россиян въехали в Казахстан за неделю, сообщили пограничники."),
        ("ru", "Несколько сотен афганцев выслали из Ирана в понедельник, сообщили в УВКБ ООН."),
        ("ru", "Несколько миллионов венесуэльцев покинули страну с 2015 года, сообщили в ООН."),
        ("uk", "Кілька тисяч афганців вислали з Ірану в лютому, повідомили в УВКБ ООН."),
        ("uk", "Сотні тисяч сирійців повернулися з Туреччини торік, повідомили в міністерстві."),
        ("kk", "Бір аптада Қазақстанға ондаған мың ресейлік кірді, деп хабарлады шекарашылар."),
        ("kk", "Ақпанда Ираннан бірнеше мың ауғандық депортацияланды, деп хабарлады БҰҰ."),
        ("kk", "Дүйсенбіде Ираннан бірнеше жүз ауғандық депортацияланды, деп хабарлады БҰҰ."),
        ("kk", "Өткен жылы Түркиядан жүздеген мың сириялық оралды, деп хабарлады министрлік."),
        ("kk", "2015 жылдан бері елден бірнеше миллион венесуэлалық кетті, деп хабарлады БҰҰ."),
        ("kk", "Бір аптада Грузияға көптеген мың ресейлік кірді, деп хабарлады билік."),
        ("kk", "Бір аптада Грузияға бірқанша мың ресейлік кірді, деп хабарлады билік."),
    ],
)  # fmt: skip
def test_a_count_without_a_number_proposes_no_figure(language: str, text: str) -> None:
    assert read_candidates(language, DAY, text) == ()


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("Бір аптада Грузияға мың ресейлік кірді, деп хабарлады билік.", "exact", 1000),
        ("Бір аптада Грузияға мыңнан астам ресейлік кірді, деп хабарлады билік.",
         "more_than", 1000),
        ("Бір аптада Грузияға он мыңдай ресейлік кірді, деп хабарлады билік.", "about", 10000),
        ("Бір аптада Грузияға бес жүз ресейлік кірді, деп хабарлады билік.", "exact", 500),
    ],
)  # fmt: skip
def test_a_kazakh_number_word_alone_is_still_a_figure(
    text: str, qualifier: str, value: int
) -> None:
    (candidate,) = read_candidates("kk", DAY, text)
    assert (candidate.figure.qualifier, candidate.figure.value) == (qualifier, value)
