"""Days a figure takes from the one before: "over the same weekend" in the next paragraph,
"за те же выходные", "за ті ж вихідні"; "up from about 9,000 a week earlier" told after the
speaker; "годом ранее за те же праздники" (those days, a year before); and "Of the 17,000,
1,800 ..." (the whole's days, not the last date the paragraph gave). Phrasings written for
these tests (twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

MONDAY = date(2022, 9, 26)
WEEKEND = (date(2022, 9, 24), date(2022, 9, 25))


def _read(text: str, language: str, day: date = MONDAY) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination, c.period_start, c.period_end)
        for c in read_article(text, language, day).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Headline\n\nMore than 17,000 Russians crossed into Finland over the weekend, the "
         "Border Guard said on Monday.\n\nHe said about 6,400 Russians had left Finland for "
         "Russia over the same weekend."),
        ("ru", "Заголовок\n\nЗа выходные в Финляндию въехали более 17 тысяч россиян, сообщила "
         "погранслужба в понедельник.\n\nПо его словам, за те же выходные из Финляндии в Россию "
         "выехали около 6 400 россиян."),
        ("uk", "Заголовок\n\nЗа вихідні до Фінляндії в’їхали понад 17 тисяч росіян, повідомила "
         "прикордонна служба в понеділок.\n\nЗа його словами, за ті ж вихідні з Фінляндії до "
         "Росії виїхали близько 6 400 росіян."),
    ],
)  # fmt: skip
def test_the_same_weekend_in_the_next_paragraph(language: str, text: str) -> None:
    assert _read(text, language) == [
        (17000, "entered", "RUS", "FIN", *WEEKEND),
        (6400, "left", "FIN", "RUS", *WEEKEND),
    ]


def test_a_week_earlier_told_after_the_speaker() -> None:
    text = (
        "More than 17,000 Russians crossed into Finland over the weekend, the Finnish Border "
        "Guard said on Monday, up from about 9,000 a week earlier."
    )
    assert _read(text, "en") == [
        (17000, "entered", "RUS", "FIN", *WEEKEND),
        (9000, "entered", "RUS", "FIN", date(2022, 9, 17), date(2022, 9, 18)),
    ]


def test_the_same_holidays_a_year_earlier() -> None:
    text = (
        "В Приморье за праздники с 1 по 8 октября приехали 12 тысяч туристов из Китая. Годом "
        "ранее за те же праздники в край приехали около 9 тысяч граждан Китая."
    )
    found = _read(text, "ru", date(2025, 10, 9))
    value, _metric, _origin, _destination, *days = found[-1]
    assert (value, *days) == (9000, date(2024, 10, 1), date(2024, 10, 8))


def test_a_part_of_the_whole_said_again_takes_the_whole_s_days() -> None:
    text = (
        "Headline\n\nMore than 17,000 Russians crossed into Finland over the weekend, the Border "
        "Guard said on Monday. Finland will close its border to Russian tourists from Friday, "
        "the government announced on Wednesday. Of the 17,000, 1,800 arrived at the Vaalimaa "
        "checkpoint alone, the Border Guard said."
    )
    assert _read(text, "en", date(2022, 9, 29))[-1] == (1800, "entered", "RUS", "FIN", *WEEKEND)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Per-day rates fell to about 1,800 in late November, the ministry said.\n\nIn "
         "total, some 700,000 Russian citizens entered Georgia between September 21 and "
         "November 30, while about 650,000 left over the same period."),
        ("ru", "Ежедневно въезжают около 1 800 человек, сообщило МВД.\n\nС 21 сентября по 30 "
         "ноября в Грузию въехали около 700 тысяч граждан России, а выехали за тот же период "
         "около 650 тысяч."),
    ],
)  # fmt: skip
def test_the_same_period_in_the_same_sentence_is_its_own(language: str, text: str) -> None:
    # Twenty-fifth session: the days of the count before in the sentence, not of the
    # paragraph before.
    *_, entered, left = read_article(text, language, date(2022, 12, 5)).candidates
    days = (date(2022, 9, 21), date(2022, 11, 30))
    assert (entered.figure.value, entered.period_start, entered.period_end) == (700000, *days)
    assert (left.figure.value, left.period_start, left.period_end) == (650000, *days)
