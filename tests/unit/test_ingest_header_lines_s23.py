"""Header lines as readers write them beyond the batches (twenty-first session; outlets and
names invented here): a place with a full stop before its date, a by-line after a dateline,
a weekday before the date, an outlet in Latin letters beside a Cyrillic dateline, a quoted
outlet with its kind and abbreviation, a masthead over a by-line or under its date line, a
label before a dash, and a "Source:" line on the dateline's own line."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.header import dateline_end
from tests.ingest_reading import header_fields, read_candidates, said_and_carried

DAY = date(2024, 11, 20)


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        # A place, its full stop, then the date: the date is the document's.
        ("en", "Lisbon. 20 November 2024"),
        ("en", "Lisbon. November 20, 2024"),
        ("en", "Lisbon. Nov. 20, 2024"),
        ("en", "Lisbon. 2024-11-20"),
        ("en", "Lisbon. Wednesday, November 20, 2024"),
        ("ru", "Лиссабон. 20 ноября 2024 г."),
        ("ru", "Лиссабон. 20.11.2024"),
        ("uk", "Лісабон. 20 листопада 2024 року"),
        ("kk", "Лиссабон. 20 қараша 2024 ж."),
        ("kk", "Лиссабон. 2024 жылғы 20 қараша"),
        ("kk", "Лиссабон. 20.11.2024"),
        # A weekday before the date is no masthead.
        ("en", "Lisbon, Wednesday, November 20, 2024"),
    ],
)
def test_a_place_and_its_stop_before_the_date(language: str, lines: str) -> None:
    assert header_fields(language, lines) == (None, DAY, None)


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "author"),
    [
        # The place's stop, the date, then a labelled line on the same line.
        ("ru", "Лиссабон. 20 ноября 2024 г. Автор: Инна Гордеева", None, "Инна Гордеева"),
        ("uk", "Лісабон. 20.11.2024 — Автор: Олена Ткачук", None, "Олена Ткачук"),
        ("kk", "Лиссабон. 20 қараша 2024 ж. | Авторы: Дана Ермекова", None, "Дана Ермекова"),
        # A by-line after the dateline, however it is set apart: the reporter, no masthead.
        ("en", "Lisbon, 20 November 2024 — By Rui Carvalho", None, "Rui Carvalho"),
        ("en", "Lisbon. November 20, 2024 | By Rui Carvalho", None, "Rui Carvalho"),
        ("en", "Lisbon, 20.11.2024. By Rui Carvalho", None, "Rui Carvalho"),
        # A signed story's dateline may open with its paper's name, not a place.
        (
            "en",
            "Atlantic Ledger Review, 20 November 2024 — By Rui Carvalho",
            "Atlantic Ledger Review",
            "Rui Carvalho",
        ),
        # A label before a dash reads as before a colon.
        ("ru", "20.11.2024\nАвтор — Инна Гордеева", None, "Инна Гордеева"),
        # A first name Russian's dictionary knows makes a Kazakh line's name a person's.
        ("kk", "20 қараша 2024 · Анна Вебер", None, "Анна Вебер"),
        # A reporter named after the verb of writing, no label's colon.
        ("ru", "Подготовила Инна Гордеева, 20.11.2024", None, "Инна Гордеева"),
        ("uk", "Підготувала Олена Ткачук | 20.11.2024", None, "Олена Ткачук"),
        # The name before a paper's name ("Herald") is the author's, the paper the masthead.
        (
            "en",
            "Rui Carvalho | Atlantic Herald | Published 20 November 2024",
            "Atlantic Herald",
            "Rui Carvalho",
        ),
    ],
)
def test_reporters_after_a_dateline(
    language: str, lines: str, publisher: str | None, author: str
) -> None:
    assert header_fields(language, lines) == (publisher, DAY, author)


@pytest.mark.parametrize(
    ("language", "lines", "publisher"),
    [
        # An outlet in Latin letters beside a Cyrillic dateline is no person.
        ("ru", "Лиссабон, 20.11.2024, Iberia Wire", "Iberia Wire"),
        ("ru", "Лиссабон. 20 ноября 2024 г. | Iberia Wire", "Iberia Wire"),
        ("uk", "Лісабон, 20 листопада 2024 р. · Iberia Wire", "Iberia Wire"),
        # A quoted outlet, its kind and its abbreviation, after a dash.
        (
            "kk",
            "Лиссабон, 20 қараша 2024 ж. – «Мұхит жаңалығы» ақпарат агенттігі (МЖ)",
            "Мұхит жаңалығы",
        ),
        # A masthead under its date line.
        ("ru", "20 ноября 2024 года\nАтлантический курьер", "Атлантический курьер"),
        ("uk", "20.11.2024\nАтлантичний кур'єр", "Атлантичний кур'єр"),
        ("kk", "20.11.2024\nМұхит хабары", "Мұхит хабары"),
    ],
)
def test_mastheads_beside_a_dateline(language: str, lines: str, publisher: str) -> None:
    assert header_fields(language, lines)[:2] == (publisher, DAY)


@pytest.mark.parametrize(
    ("language", "lines", "publisher"),
    [
        # How long the story takes to read is no masthead.
        ("en", "Nov 20, 2024 · 5 min read", None),
        ("ru", "«Атлантический курьер» | 20.11.2024 | Читать 3 мин", "Атлантический курьер"),
        # A place no list holds before the date, a paper's name after it: the paper.
        ("en", "Mbarara | 20.11.2024 | Lake Herald", "Lake Herald"),
        # A staff credit before the paper's name is no author.
        ("en", "Staff Correspondent | Lake Times | 20 November 2024", "Lake Times"),
    ],
)
def test_what_is_no_author_beside_a_date(language: str, lines: str, publisher: str) -> None:
    assert header_fields(language, lines) == (publisher, DAY, None)


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "author"),
    [
        # A quoted masthead alone on its line, over a by-line and the date.
        (
            "ru",
            "«Атлантический курьер»\nАвтор: Инна Гордеева\n20 ноября 2024",
            "Атлантический курьер",
            "Инна Гордеева",
        ),
        (
            "uk",
            "«Атлантичний кур'єр»\nАвтор: Олена Ткачук\n20.11.2024",
            "Атлантичний кур'єр",
            "Олена Ткачук",
        ),
        (
            "kk",
            "«Мұхит хабары»\nАвторы: Дана Ермекова\n20 қараша 2024",
            "Мұхит хабары",
            "Дана Ермекова",
        ),
        (
            "en",
            '"Atlantic Ledger"\nBy Rui Carvalho\n20 November 2024',
            "Atlantic Ledger",
            "Rui Carvalho",
        ),
    ],
)
def test_a_masthead_over_its_by_line(
    language: str, lines: str, publisher: str, author: str
) -> None:
    assert header_fields(language, lines) == (publisher, DAY, author)


@pytest.mark.parametrize(
    ("comma", "stop"),
    [
        ("Лиссабон, 20 ноября 2024 г. За неделю", "Лиссабон. 20 ноября 2024 г. За неделю"),
        ("Lisbon, 20 November 2024. Police", "Lisbon. 20 November 2024. Police"),
        ("Лиссабон, 2024 жылғы 20 қараша. Бір", "Лиссабон. 2024 жылғы 20 қараша. Бір"),
    ],
)
def test_a_story_opening_with_a_place_and_its_stop(comma: str, stop: str) -> None:
    # The story's dateline ends where it would with a comma: its date is no figure's.
    assert dateline_end(stop) == dateline_end(comma) > 0


def test_a_kazakh_period_after_a_comma_is_no_dateline() -> None:
    text = "Комитет мәліметінше, 2024 жылғы 1 қаңтар мен 30 маусым аралығында 4 318 өтініш түсті."
    assert dateline_end(text) == 0


BODY = "Жаңа заң күшіне енгеннен бері Берлинде азаматтық алуға 33 мыңнан астам өтініш түсті."


@pytest.mark.parametrize(
    "header",
    [
        "Мюнхен. 20 қараша 2024 ж. Дереккөз: Deutsche Welle",
        "Мюнхен, 20 қараша 2024 ж. Дереккөз: Deutsche Welle",
        "Мюнхен, 20 қараша 2024 ж.\nДереккөз: Deutsche Welle",
    ],
)
def test_a_source_on_the_datelines_line_carries_the_figures(header: str) -> None:
    # The "Source:" line after the dateline on the same line reads as on a line of its own.
    (candidate,) = read_candidates("kk", DAY, f"{header}\n\n{BODY}")
    assert said_and_carried(candidate) == (None, "Deutsche Welle")


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "author"),
    [
        # A by-line, then "Published" and the date after a full stop.
        ("en", "By Rui Carvalho, Atlantic Herald. Published 20 November 2024.",
         "Atlantic Herald", "Rui Carvalho"),
        ("en", "By Rui Carvalho. Published 20 November 2024.", None, "Rui Carvalho"),
        ("ru", "Автор: Инна Гордеева. Опубликовано 20.11.2024", None, "Инна Гордеева"),
        # A reporter and the paper, one piece of a line beside the date.
        ("kk", "Дана ЕРМЕКОВА, «Мұхит хабары» · 20.11.2024", "Мұхит хабары", "Дана Ермекова"),
        ("ru", "Инна Гордеева, «Атлантический курьер» · 20.11.2024", "Атлантический курьер",
         "Инна Гордеева"),
        ("kk", "20.11.2024 | Дана Ермекова, «Мұхит хабары» тілшісі", "Мұхит хабары",
         "Дана Ермекова"),
        # The author's label before the reporter and the paper.
        ("ru", "Текст: Инна Гордеева, «Атлантический курьер»\n20.11.2024",
         "Атлантический курьер", "Инна Гордеева"),
        # A symbol or a flag before the masthead is none of its name.
        ("kk", "⚡️ Мұхит хабары | 20.11.2024", "Мұхит хабары", None),
        ("kk", "© Мұхит хабары | 2024 жылғы 20 қараша", "Мұхит хабары", None),
        ("kk", "🔴 ШҰҒЫЛ | 20.11.2024", None, None),
        # A place or a section before a quoted paper is no reporter.
        ("ru", "Алматы, «Атлантический курьер» · 20.11.2024", "Атлантический курьер", None),
        ("ru", "Новости, «Атлантический курьер» | 20.11.2024", "Атлантический курьер", None),
        # The story's kind over the by-line is no masthead.
        ("en", "Analysis\nBy Rui Carvalho\n20 November 2024", None, "Rui Carvalho"),
        ("en", "Atlantic Herald\n📍 Porto | 20.11.2024", "Atlantic Herald", None),
    ],
)  # fmt: skip
def test_more_header_lines(
    language: str, lines: str, publisher: str | None, author: str | None
) -> None:
    assert header_fields(language, lines) == (publisher, DAY, author)


@pytest.mark.parametrize(
    ("language", "line"),
    [("en", "Source: AFP"), ("kk", "Дереккөз: Anadolu"), ("ru", "Источник: EFE")],
)
def test_a_source_line_under_the_headline_is_no_masthead(language: str, line: str) -> None:
    # Whose figures the story carries, per the set's conventions: the publisher is asked for.
    assert header_fields(language, line)[0] is None
