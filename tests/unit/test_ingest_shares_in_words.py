"""A share told in words is no count: "nine in ten of them", "two out of three", "девять из
десяти", "дев'ять із десяти", "оннан тоғызы". Nor is what a state says it can take: "cannot
cope with more than 100,000 new arrivals", "не справится с более чем 100 тысячами", "able to
take in up to 5,000". Phrasings written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

NOVEMBER_8 = date(2024, 11, 8)


def _figures(text: str, language: str) -> list[int]:
    return [c.figure.value for c in read_article(text, language, NOVEMBER_8).candidates]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 600,000 people have fled to Chad, nine in ten of them women and children."),
        ("en", "Some 600,000 people have fled to Chad, two out of three of them women."),
        ("ru", "В Чад бежали около 600 тысяч человек, девять из десяти из них — женщины и дети."),
        ("uk", "До Чаду втекли близько 600 тисяч людей, дев'ять із десяти з них — жінки й діти."),
        ("kk", "Чадқа 600 мыңға жуық адам қашты, олардың оннан тоғызы – әйелдер мен балалар."),
    ],
)  # fmt: skip
def test_a_share_in_words_is_no_count(language: str, text: str) -> None:
    assert _figures(text, language) == [600000]


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("en", "About 1,200 people crossed into Chad in two days.", [1200]),
        ("en", "More than 73,000 migrants reached Yemen in 2022.", [73000]),
        ("ru", "300 из 5 000 прибывших в Польшу мигрантов подали заявления на убежище.",
         [300, 5000]),
    ],
)  # fmt: skip
def test_in_and_from_before_other_numbers_are_no_share(
    language: str, text: str, figures: list[int]
) -> None:
    assert _figures(text, language) == figures


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Chad's government says it cannot cope with more than 100,000 new arrivals this "
         "year."),
        ("en", "Poland says it is able to take in up to 5,000 refugees from Gaza."),
        ("ru", "Правительство Чада заявляет, что не справится с более чем 100 тысячами новых "
         "беженцев в этом году."),
        ("uk", "Уряд Чаду заявляє, що не впорається з понад 100 тисячами нових біженців цього "
         "року."),
    ],
)  # fmt: skip
def test_what_a_state_can_take_is_no_count(language: str, text: str) -> None:
    assert _figures(text, language) == []
