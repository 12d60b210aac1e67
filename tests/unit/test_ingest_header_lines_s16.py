"""Header lines the fourth batch of short items taught (sixteenth session): a press office's
own lines, a masthead after a place and a date with no dash (after a full stop, a slash or in
brackets, with its kind after it), a place in capitals with an accent, and a hyphenated or
capitalised agency's name closing a dateline before the story."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.header import dateline_end, read_header
from bot.ingest.reading import read_article
from bot.ingest.sentences import split_sentences
from tests.ingest_reading import HEADLINE, header_between


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "published_at"),
    [
        # A press office's own lines: the body publishes.
        (
            "en",
            "Ministry of Defence of the Republic of Serbia — Press Release\nBelgrade, 2 June 2025",
            "Ministry of Defence of the Republic of Serbia",
            date(2025, 6, 2),
        ),
        (
            "en",
            "Press release — Senate Department for the Interior and Sport, Berlin\n"
            "Berlin, 14 January 2025",
            "Senate Department for the Interior and Sport",
            date(2025, 1, 14),
        ),
        (
            "en",
            "Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia\n"
            "Press Statement | Addis Ababa, March 3, 2025",
            "Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia",
            date(2025, 3, 3),
        ),
        (
            "ru",
            "Пресс-служба Миграционной и гражданской службы МВД Республики Армения\n"
            "Ереван, 15 апреля 2026 г.",
            "Миграционная и гражданская служба МВД Республики Армения",
            date(2026, 4, 15),
        ),
        (
            "kk",
            "ҚР Ішкі істер министрлігі Көші-қон қызметі комитетінің баспасөз қызметі | 03.07.2024",
            "ҚР Ішкі істер министрлігі Көші-қон қызметі комитеті",
            date(2024, 7, 3),
        ),
        # The masthead after the place and the date, with no dash.
        ("uk", "Київ, 14 жовтня 2024. Новини.Столиця", "Новини.Столиця", date(2024, 10, 14)),
        ("kk", "Өлгий, 15.01.2024. «Алтай тынысы» газеті.", "Алтай тынысы", date(2024, 1, 15)),
        (
            "kk",
            "ЕРЕВАН, 2023 жылғы 3 қазан. «Кавказ-Ақпарат».",
            "Кавказ-Ақпарат",
            date(2023, 10, 3),
        ),
        ("ru", "СЕУЛ, 10 июля 2025 г. (Корея Сегодня)", "Корея Сегодня", date(2025, 7, 10)),
        ("ru", "Улан-Батор, 18.04.2026 / «Степной вестник»", "Степной вестник", date(2026, 4, 18)),
        (
            "ru",
            "КАТМАНДУ, 27 января 2026 года. Гималайский вестник",
            "Гималайский вестник",
            date(2026, 1, 27),
        ),
        # Not a masthead: a sentence after the place and the date; a time zone in brackets.
        ("ru", "Алматы, 5 октября 2022. Пограничники сообщили.", None, date(2022, 10, 5)),
        ("en", "Wednesday, 5 October 2022 (Kyiv time)", None, date(2022, 10, 5)),
        # The author, then the masthead, over a slash; a place there is no masthead.
        ("uk", "Ольга Дячук / Африка.Ньюз UA", "Африка.Ньюз UA", None),
        ("ru", "Иван Петров / Алматы", None, None),
    ],
)
def test_a_header_line_gives_the_document(
    language: str, lines: str, publisher: str | None, published_at: date | None
) -> None:
    header = header_between(language, lines)
    assert (header.publisher, header.published_at) == (publisher, published_at)


@pytest.mark.parametrize(
    ("language", "story", "publisher", "opening"),
    [
        (
            "en",
            'CÚCUTA, Colombia (Andes Report) — "More than 3,000 Venezuelans have gone back home '
            'across the bridge," a spokesman said.',
            "Andes Report",
            "CÚCUTA, Colombia (Andes Report) —",
        ),
        (
            "kk",
            "НЖАМЕНА. 2 қазан. Дала-Ақпарат – БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының "
            "басқармасы қыркүйек айында 5 мың адамды тіркеді.",
            "Дала-Ақпарат",
            "НЖАМЕНА. 2 қазан. Дала-Ақпарат – ",
        ),
        (
            "kk",
            "РИМ, 2 шілде. «Бүгін» ақпарат агенттігі. Италия Ішкі істер министрлігінің деректері "
            "бойынша, ел жағалауына 25 мың адам келді.",
            "Бүгін",
            "РИМ, 2 шілде. «Бүгін» ақпарат агенттігі. ",
        ),
        (
            "uk",
            "Герат. 6 травня. СХІД-ЗАХІД. У квітні Іран депортував до Афганістану близько 58 "
            "тисяч афганців, повідомила МОМ.",
            "СХІД-ЗАХІД",
            "Герат. 6 травня. СХІД-ЗАХІД. ",
        ),
    ],
)
def test_a_dateline_opening_the_story(
    language: str, story: str, publisher: str, opening: str
) -> None:
    text = f"{HEADLINE[language]}\n\n{story}"
    assert read_header(text, language).publisher == publisher
    # The dateline is nobody's words: the story's cues start after it.
    assert story[: dateline_end(story)].strip() == opening.strip()


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("kk", "Жарияланған уақыты: 19.09.2024, 14:30 | Авторы: Ерболат Сапарұлы"),
        ("ru", "Время публикации: 19.09.2024, 14:30"),
    ],
)
def test_the_time_of_publication_labelled(language: str, line: str) -> None:
    assert header_between(language, line).published_at == date(2024, 9, 19)


def test_a_datelines_full_stops_end_no_sentence() -> None:
    """ "НЖАМЕНА. 2 қазан. Дала-Ақпарат – ...": the story's first sentence keeps its dateline,
    so the agency before the dash is nobody's words."""
    story = (
        "НЖАМЕНА. 2 қазан. Дала-Ақпарат – БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының "
        "басқармасы қыркүйек айында Чадқа келген 14 мың 200 суданды босқын ретінде тіркеді. "
        "Қазір шекарадан күн сайын 600-ге жуық адам өтіп жатыр."
    )
    sentences = [s.text for s in split_sentences(f"{HEADLINE['kk']}\n\n{story}", "kk")]
    assert sentences[1].startswith("НЖАМЕНА. 2 қазан. Дала-Ақпарат – БҰҰ")
    assert sentences[2].startswith("Қазір")
    reading = read_article(f"{HEADLINE['kk']}\n\n{story}", "kk", date(2024, 10, 2))
    speaker = reading.candidates[0].attributed_to
    assert speaker is not None
    assert speaker.name.startswith("БҰҰ")


def test_a_dateline_alone_on_its_line_splits_without_error() -> None:
    """A dateline with nothing after its dash leaves no story sentence to open: the line is
    cut as before (this once raised IndexError)."""
    text = f"{HEADLINE['kk']}\n\nНЖАМЕНА. 2 қазан. Дала-Ақпарат – \nБҰҰ 14 мың адамды тіркеді."
    sentences = [s.text for s in split_sentences(text, "kk")]
    assert sentences[-1] == "БҰҰ 14 мың адамды тіркеді."
    assert "НЖАМЕНА." in sentences
