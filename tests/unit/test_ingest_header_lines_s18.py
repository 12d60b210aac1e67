"""Header lines the fifth batch of short items taught (seventeenth session): a masthead on its
own line over a place and date, a press line over a body's name in capitals, a masthead among
a dateline's pieces (quoted, hyphenated, with its kind or an abbreviation), a two-digit year
and a slash before the year, and what among a line's pieces is no masthead."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.header import dateline_end
from bot.ingest.reading import read_article
from tests.ingest_reading import header_between


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "published_at"),
    [
        # A masthead alone over its place and date; lower-case words in a Slavic one.
        ("en", "Highland Valley News Service\nNakuru, March 3, 2025",
         "Highland Valley News Service", date(2025, 3, 3)),
        ("ru", "Ферганский вестник\nАндижан, 4 марта 2025 г.", "Ферганский вестник",
         date(2025, 3, 4)),
        ("uk", "Подільський кур'єр\n5 березня 2025", "Подільський кур'єр", date(2025, 3, 5)),
        # A press line, then the body's name in capitals.
        ("en", "PRESS STATEMENT\nDEPARTMENT OF IMMIGRATION OF THE KINGDOM OF TONGA\n"
         "Nuku'alofa, 6 March 2025", "Department of Immigration of the Kingdom of Tonga",
         date(2025, 3, 6)),
        ("ru", "ПРЕСС-РЕЛИЗ | Пограничная служба Республики Молдова | Кишинёв, 7 марта 2025 г.",
         "Пограничная служба Республики Молдова", date(2025, 3, 7)),
        ("ru", "Пресс-релиз | 8 марта 2025 года", None, date(2025, 3, 8)),
        # A masthead among a dateline's pieces.
        ("kk", "Душанбе, 9 наурыз 2025. «Памир ақпарат» (ПА)", "Памир ақпарат", date(2025, 3, 9)),
        ("kk", "Бішкек. 10 наурыз 2025 ж. – «Ала-Тау» ақпарат агенттігі (АТА)", "Ала-Тау",
         date(2025, 3, 10)),
        ("kk", "📢 «Ауыл хабары» | Telegram-арна", "Ауыл хабары", None),
        ("ru", "Бакинский курьер. Баку, 11 марта 2025 года.", "Бакинский курьер",
         date(2025, 3, 11)),
        ("ru", "Ташкент, 12 марта 2025 года. Деловой обозреватель Азии.",
         "Деловой обозреватель Азии", date(2025, 3, 12)),
        ("uk", "Варшава. Схід.Інфо, 13 березня 2025", "Схід.Інфо", date(2025, 3, 13)),
        ("ru", "КИШИНЁВ, 14 марта 2025 г. — Агентство «Днестр».", "Днестр", date(2025, 3, 14)),
        # A two-digit year; a slash before the year.
        ("kk", "Алматы, 15.03.25. «Жетісу ақпарат» – Дүйсенбі күні шекарадан 5 мыңнан астам "
         "адам өтті.", "Жетісу ақпарат", date(2025, 3, 15)),
        ("en", "Nairobi, March 16/2025 (KNA) - Border guards said 5,000 people crossed the "
         "border on Monday.", "KNA", date(2025, 3, 16)),
        # No masthead: a by-line beside the date; a story opening with its day.
        ("en", "By Mary Wanjiru | 17 March 2025", None, date(2025, 3, 17)),
        ("uk", "У вівторок, 18 березня, на пунктах пропуску «Рені» та «Табаки» інспектори "
         "відмовили у виїзді 43 чоловікам, які намагалися виїхати до Молдови.", None, None),
    ],
)  # fmt: skip
def test_a_header_line_gives_the_document(
    language: str, lines: str, publisher: str | None, published_at: date | None
) -> None:
    header = header_between(language, lines)
    assert (header.publisher, header.published_at) == (publisher, published_at)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (
            "Ташкент. 15.04.2024. «Туран-Ақпарат» – Өзбекстанның Сыртқы еңбек көші-қоны "
            "агенттігінің директоры Бехзод Мусаев айтты.",
            "Ташкент. 15.04.2024. «Туран-Ақпарат» – ",
        ),
        (
            "Бішкек, 15.10.24. «Ала-Тоо ақпарат» – Қырғызстан Президенті жанындағы комиссия "
            "хабарлады.",
            "Бішкек, 15.10.24. «Ала-Тоо ақпарат» – ",
        ),
        (
            "БЕЙРУТ, 7 октября 2024 г., «Левант-пресс». За последние сутки выехали 5 380 человек.",
            "БЕЙРУТ, 7 октября 2024 г., «Левант-пресс». ",
        ),
        # A story that opens with its day has no dateline.
        ("У вівторок, 18 березня, на пунктах пропуску «Рені» та «Табаки» інспектори відмовили.",
         ""),
    ],
)  # fmt: skip
def test_a_masthead_among_the_pieces_ends_the_dateline(line: str, opening: str) -> None:
    assert line[: dateline_end(line)] == opening


def test_the_speaker_after_a_dateline_of_pieces() -> None:
    """With the dateline cut off, the sentence's speaker is the director, not nobody."""
    text = (
        "Өзбекстанға 47 мың адам оралды\n\nТашкент. 15.04.2024. «Туран-Ақпарат» – "
        "Өзбекстанның Сыртқы еңбек көші-қоны агенттігінің директоры Бехзод Мусаев 2024 жылдың "
        "бірінші тоқсанында Ресейден 47 мыңнан аса өзбекстандық елге оралғанын мәлімдеді."
    )
    (candidate,) = read_article(text, "kk", date(2024, 4, 15)).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name.endswith("Бехзод Мусаев")
