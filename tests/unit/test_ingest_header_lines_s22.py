"""Header lines the ninth and tenth batches of short items taught (twentieth session; outlets
and names invented here): a reporter named after her paper's correspondent, a reporter's
credit after a dateline, whose reports a story draws on, a date between two dashes after a
bracketed agency, a date and an agency after the place's country, a masthead alone over its
date line, and a reporter writing "specially for" a paper."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import header_between, header_fields


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "published_at", "author"),
    [
        # The paper's correspondent, by name, after the dateline.
        ("kk", "Тараз, 2024 жылғы 3 шілде. «Тараз таңы» тілшісі Әлия Сейітова", "Тараз таңы",
         date(2024, 7, 3), "Әлия Сейітова"),
        ("kk", "Ақтау – Баку, 12.05.2024. «Каспий хабары» тілшісі Нұржан Әлиев",
         "Каспий хабары", date(2024, 5, 12), "Нұржан Әлиев"),
        # A reporter's credit after a place and a date: no masthead in the place.
        ("ru", "Кариба, 4 июня 2025 года. Корреспондент: Тендаи Мойо", None, date(2025, 6, 4),
         "Тендаи Мойо"),
        ("ru", "«Замбези сегодня», 4 июня 2025 года. Автор: Тендаи Мойо", "Замбези сегодня",
         date(2025, 6, 4), "Тендаи Мойо"),
        # A paper's name of two words, unquoted, before the credit is still its masthead.
        ("ru", "Рижский курьер, 14 ноября 2025 г. Автор: Дмитрий Лапиньш", "Рижский курьер",
         date(2025, 11, 14), "Дмитрий Лапиньш"),
        # Whose reports the story draws on is no masthead.
        ("kk", "Астана, 3 наурыз 2025. ҚазАқпарат материалдары бойынша", None,
         date(2025, 3, 3), None),
        ("ru", "Москва, 9 октября 2025 года. По материалам ТАСС", None, date(2025, 10, 9),
         None),
        ("en", "LONDON, 9 October 2025. Based on reports by Reuters", None, date(2025, 10, 9),
         None),
        # A date between two dashes after a bracketed agency, the story after them.
        ("en", "GORIZIA (Isonzo Press) – 3 March 2025 – Police returned 212 migrants to "
         "Slovenia in February, the prefect said.", "Isonzo Press", date(2025, 3, 3), None),
        # The date after the agency; the place's country, then the date and the agency.
        ("ru", "МИРИ (Саравак Ньюс), 23.02.2026 — За шесть дней через пункт пропуска прошли "
         "48 тыс. человек.", "Саравак Ньюс", date(2026, 2, 23), None),
        ("uk", "ТАПАЧУЛА (Мексика), 8 вересня 2025 (агенція «Південь-Інфо») – За тиждень "
         "інститут міграції передав Гватемалі 4 тисячі людей.", "Південь-Інфо",
         date(2025, 9, 8), None),
        # A masthead alone over its date line, then the author.
        ("ru", "Карибское обозрение\n12 сентября 2025 г.\nАвтор: Ана Кроес",
         "Карибское обозрение", date(2025, 9, 12), "Ана Кроес"),
        # A news service is a publication, no body's service.
        ("uk", "Джерело: Південноафриканська служба новин, 17.03.2025",
         "Південноафриканська служба новин", date(2025, 3, 17), None),
        # "Written by", then the date, on one line; a masthead, then labelled lines.
        ("kk", "Жазған: Сәуле Омарова. 28 желтоқсан 2024 ж.", None, date(2024, 12, 28),
         "Сәуле Омарова"),
        ("kk", "Арал хабары. Авторы: Айдана Мұқанова. 08.07.2025", "Арал хабары",
         date(2025, 7, 8), "Айдана Мұқанова"),
        # Written "specially for" a paper, named in the genitive.
        ("uk", "Олег Марченко, спеціально для «Азійського дайджесту»", "Азійський дайджест",
         None, "Олег Марченко"),
        ("ru", "Ольга Петрова, специально для «Новой газеты»", "Новая газета", None,
         "Ольга Петрова"),
    ],
)  # fmt: skip
def test_a_header_line(
    language: str,
    lines: str,
    publisher: str | None,
    published_at: date | None,
    author: str | None,
) -> None:
    assert header_fields(language, lines) == (publisher, published_at, author)


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        # A byline, then a date: no masthead above the date.
        ("en", "By Daniela Ortega\n12 September 2025"),
        # A place, then a date.
        ("ru", "Москва\n12 сентября 2025 г."),
        # A body's service is no publication.
        ("uk", "Джерело: Державна прикордонна служба України"),
    ],
)
def test_no_masthead_over_a_date_line(language: str, lines: str) -> None:
    assert header_between(language, lines).publisher is None
