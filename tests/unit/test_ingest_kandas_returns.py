"""Ethnic Kazakhs coming home from China, as a curator reads the counts: "Былтыр осы кезеңде
2 300 қандас келген" (last year, in the same period) is the same days a year before, as "за
тот же период прошлого года" and "in the same period last year" are; "Былтыр" alone is the
whole of last year. Phrasings written for these tests (twenty-seventh session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

JUNE_12 = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "Жыл басынан бері Қазақстанға Қытайдан 1 800-ге жуық қандас көшіп келді. Былтыр "
         "осы кезеңде Қытайдан 2 300 қандас келген."),
        ("kk", "Жыл басынан бері Қазақстанға Қытайдан 1 800-ге жуық қандас көшіп келді. Былтырғы "
         "осы кезеңде 2 300 қандас келген."),
        ("ru", "С начала года в Казахстан из Китая переехали около 1 800 кандасов. За тот же "
         "период прошлого года из Китая приехали 2 300 кандасов."),
        ("en", "Since the start of the year, about 1,800 ethnic Kazakhs have moved to Kazakhstan "
         "from China. In the same period last year, 2,300 arrived."),
    ],
)  # fmt: skip
def test_the_same_period_last_year_is_the_same_days_a_year_before(
    language: str, text: str
) -> None:
    this_year, last_year = read_article(text, language, JUNE_12).candidates
    assert (this_year.period_start, this_year.as_of) == (date(2024, 1, 1), JUNE_12)
    assert last_year.figure.value == 2300
    assert (last_year.period_start, last_year.as_of) == (date(2023, 1, 1), date(2023, 6, 12))


def test_last_year_alone_is_all_of_it() -> None:
    text = (
        "Жыл басынан бері Қазақстанға Қытайдан 1 800-ге жуық қандас көшіп келді. Былтыр 2 300 "
        "қандас келген."
    )
    _, last_year = read_article(text, "kk", JUNE_12).candidates
    assert (last_year.period_start, last_year.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_compared_with_the_same_period_last_year_is_this_years_count() -> None:
    text = (
        "Италия ІІМ дерегінше, жыл басынан бері елге теңіз арқылы 127 207 мигрант келген, бұл "
        "былтырғы осы кезеңмен салыстырғанда екі есеге жуық көп."
    )
    (candidate,) = read_article(text, "kk", date(2023, 9, 15)).candidates
    assert (candidate.period_start, candidate.as_of) == (date(2023, 1, 1), date(2023, 9, 15))


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        # Moving in is entering, as the short items' blind writers take it ("елге" too) ...
        ("kk", "Жыл басынан бері Моңғолиядан елге 1 800 қандас көшіп келді, деп хабарлады "
         "министрлік.", "entered"),
        ("ru", "С начала года в Казахстан из Монголии переехали 1 800 кандасов, сообщило "
         "министерство.", "entered"),
        ("uk", "З початку року до Казахстану з Монголії переїхали 1 800 кандасів, повідомило "
         "міністерство.", "entered"),
        ("en", "Since January 1,800 ethnic Kazakhs have moved to Kazakhstan from Mongolia, the "
         "ministry said.", "entered"),
        # ... returning is what the verb says so.
        ("kk", "Жыл басынан бері Моңғолиядан 1 800 қандас тарихи отанына оралды, деп хабарлады "
         "министрлік.", "returned"),
        ("ru", "С начала года на историческую родину из Монголии вернулись 1 800 этнических "
         "казахов, сообщило министерство.", "returned"),
        ("uk", "З початку року на історичну батьківщину з Монголії повернулися 1 800 етнічних "
         "казахів, повідомило міністерство.", "returned"),
    ],
)  # fmt: skip
def test_ethnic_kazakhs_enter_unless_the_verb_says_they_returned(
    language: str, text: str, metric: str
) -> None:
    (candidate,) = read_article(text, language, JUNE_12).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (metric, "MNG", "KAZ")
