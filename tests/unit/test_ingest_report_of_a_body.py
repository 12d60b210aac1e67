"""A body's report is the body's: "сообщает Yle со ссылкой на отчёт ведомства", "з посиланням на
звіт відомства", "со ссылкой на годовой отчёт Пограничной службы" name the body as the source,
the outlet as its carrier; and "«Это почти вдвое больше, чем годом ранее, когда были выдворены
23 человека»" opening a paragraph is the year before the article's main count. Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

APRIL_3 = date(2024, 4, 3)
YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("ru", "Пограничная служба Финляндии в 2023 году выдворила из страны 45 граждан России, "
         "сообщает Yle со ссылкой на отчёт ведомства.", "Пограничная служба Финляндии"),
        ("uk", "Прикордонна служба Фінляндії у 2023 році видворила з країни 45 громадян Росії, "
         "повідомляє Yle з посиланням на звіт відомства.", "Прикордонна служба Фінляндії"),
        ("ru", "В 2023 году из Финляндии выдворили 45 граждан России, сообщает Yle со ссылкой на "
         "годовой отчёт Пограничной службы Финляндии.", "Пограничная служба Финляндии"),
    ],
)  # fmt: skip
def test_a_report_cited_is_its_bodys(language: str, text: str, body: str) -> None:
    (candidate,) = read_article(text, language, APRIL_3).candidates
    assert candidate.attributed_to is not None
    assert candidate.carried_by is not None
    assert (candidate.attributed_to.name, candidate.carried_by.name) == (body, "Yle")
    assert (candidate.period_start, candidate.period_end) == YEAR_2023


def test_a_year_earlier_when_opening_a_paragraph() -> None:
    text = (
        "Пограничная служба Финляндии в 2023 году выдворила из страны 45 граждан России, "
        "сообщает Yle.\n\n«Это почти вдвое больше, чем годом ранее, когда были выдворены 23 "
        "человека», — заявил изданию начальник отдела Микко Лехтонен."
    )
    _, before = read_article(text, "ru", APRIL_3).candidates
    assert (before.figure.value, before.period_start, before.period_end) == (
        23,
        date(2022, 1, 1),
        date(2022, 12, 31),
    )
