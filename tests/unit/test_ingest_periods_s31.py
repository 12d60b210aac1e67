"""Lengths of time the short items wrote in the thirty-first session (figures invented): the
first days of the year, as the first days of a month are read; the last days "до Камако",
to a place by name, not before an event ("за последние две недели до выборов"); Kazakh's
"сол айда" (that month) and "өткен жылдың сәйкес кезеңінде" (the same period last year); a
year's results a body published, then "за год" (that year, the body's figures)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.periods import find_dates
from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "За перші п'ять днів року до Румунії не пустили 30 іноземців.", (1, 5)),
        ("ru", "За первые пять дней года в Румынию не пустили 30 иностранцев.", (1, 5)),
        ("en", "In the first five days of the year, 30 foreigners were refused entry.", (1, 5)),
        ("en", "In the first week of the year, 30 foreigners were refused entry.", (1, 7)),
        ("kk", "Жылдың алғашқы бес күнінде Румынияға 30 шетелдік кіргізілмеді.", (1, 5)),
    ],
)
def test_the_first_days_of_the_year(language: str, text: str, expected: tuple[int, int]) -> None:
    (found,) = find_dates(text, language, date(2025, 1, 6))
    first, last = expected
    assert (found.period_start, found.period_end) == (date(2025, 1, first), date(2025, 1, last))


def test_the_last_days_of_the_year_before() -> None:
    text = "За последние пять дней года в Румынию не пустили 30 иностранцев."
    (found,) = find_dates(text, "ru", date(2025, 1, 6))
    assert (found.period_start, found.period_end) == (date(2024, 12, 27), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Мутомбо розповів, що за останні десять днів до Камако з Анголи прибули 2 750 "
            "висланих.",
        ),
        ("ru", "За последние десять дней до Камако из Анголы прибыли 2 750 высланных."),
    ],
)
def test_the_last_days_to_a_place_by_name(language: str, text: str) -> None:
    (found,) = find_dates(text, language, date(2024, 11, 19))
    assert (found.period_start, found.period_end, found.as_of) == (
        date(2024, 11, 10),
        date(2024, 11, 19),
        date(2024, 11, 19),
    )


def test_the_last_days_before_an_event_are_no_period_up_to_the_report() -> None:
    text = "За последние две недели до выборов прибыли 2 750 человек."
    assert find_dates(text, "ru", date(2024, 11, 19)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "сол айда", "сол аптада", "сол күндері": the month, week or days just named.
        (
            "Шілдеде Грекия аралдарына Түркиядан 1 100-ден астам мигрант келді. Сол айда "
            "жағалау күзеті 400 адамды Түркияға қайтарды.",
            (date(2024, 7, 1), date(2024, 7, 31)),
        ),
        (
            "24–26 маусымда Торнио арқылы Швециядан Финляндияға 40 мыңдай адам кірді. Сол "
            "күндері Финляндиядан Швецияға 22 мың 600 адам шықты.",
            (date(2024, 6, 24), date(2024, 6, 26)),
        ),
        # The same period, a year before.
        (
            "Биылғы қаңтар-маусымда Германияда 410 қазақстандық баспана сұрап өтініш берді. "
            "Өткен жылдың сәйкес кезеңінде қазақстандықтар 530 өтініш тапсырған еді.",
            (date(2023, 1, 1), date(2023, 6, 30)),
        ),
    ],
)
def test_kazakh_words_for_the_time_just_named(text: str, expected: tuple[date, date]) -> None:
    candidates = read_article("Headline\n\n" + text, "kk", date(2024, 8, 5)).candidates
    assert (candidates[-1].period_start, candidates[-1].period_end) == expected


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Агентство иммиграционной службы Японии опубликовало итоги 2025 года. Ходатайства "
            "о признании статуса беженца за год подали 12 тыс. 374 иностранца.",
            "Агентство иммиграционной службы Японии",
        ),
        (
            "uk",
            "Державна міграційна служба оприлюднила звіт за 2025 рік. Протягом року притулку "
            "попросили 1 374 іноземці.",
            "Державна міграційна служба",
        ),
    ],
)
def test_a_body_that_published_its_results_gives_the_year_after_it(
    language: str, text: str, speaker: str
) -> None:
    """A body that published its year's results, in a sentence with no figure, is the source
    of the figures after it, and "за год" is that year (not the last twelve months)."""
    (candidate,) = read_article("Headline\n\n" + text, language, date(2026, 3, 27)).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == speaker
    assert (candidate.period_start, candidate.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
