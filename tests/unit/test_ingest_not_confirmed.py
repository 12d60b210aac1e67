"""A figure the body it is put to would not confirm is not proposed: "однако в ведомстве эту
цифру не подтвердили", "у відомстві цю цифру не підтвердили", "ақпаратты департамент
растамады". A figure confirmed stays. Phrasings written for these tests (twenty-fifth
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

FEBRUARY_5 = date(2024, 2, 5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Ранее в СМИ появлялась информация о 20 тысячах заявлений от россиян, однако в "
         "ведомстве эту цифру не подтвердили."),
        ("uk", "Раніше в ЗМІ з'являлася інформація про 20 тисяч заяв від росіян, однак у "
         "відомстві цю цифру не підтвердили."),
        ("kk", "Әлеуметтік желіде тараған «облыстан бір айда 20 мың өзбек шығарылды» деген "
         "ақпаратты департамент растамады."),
    ],
)  # fmt: skip
def test_a_figure_not_confirmed_is_left_out(language: str, text: str) -> None:
    reading = read_article(text, language, FEBRUARY_5)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["denied"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Погранслужба подтвердила, что за неделю в Казахстан въехали 20 тысяч россиян."),
        ("kk", "Департамент қаңтарда облыстан 118 Өзбекстан азаматының Өзбекстанға "
         "депортацияланғанын растады."),
    ],
)  # fmt: skip
def test_a_figure_confirmed_stays(language: str, text: str) -> None:
    assert len(read_article(text, language, FEBRUARY_5).candidates) == 1
