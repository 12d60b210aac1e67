"""People arriving in Armenia from Karabakh, as a curator reads the counts: a time of day ("as
of 10 a.m.", "на 10 утра", "станом на 10 ранку") is no figure; "since the offensive last week",
"с прошлой недели", "з минулого тижня", "өткен аптадан бері" open a period that runs up to the
report, not last week's days; "The day before", "Накануне", "Напередодні", "Бір күн бұрын"
after one day's count is the day before that day. Phrasings written for these tests
(twenty-seventh session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.figures import find_figures
from bot.ingest.reading import read_article

SATURDAY = date(2023, 9, 30)
LAST_MONDAY = date(2023, 9, 18)


@pytest.mark.parametrize(
    ("language", "text", "time"),
    [
        ("en", "As of 10 a.m., 100,417 displaced people had entered Armenia.", 10),
        ("en", "By 8pm on Friday, 100,417 people had entered Armenia.", 8),
        ("en", "As of 6 p.m. local time, 100,417 people had entered Armenia.", 6),
        ("ru", "По состоянию на 10 утра в Армению въехали 100 417 человек.", 10),
        ("ru", "К 9 вечера в Армению въехали 100 417 человек.", 9),
        ("uk", "Станом на 10 ранку до Вірменії в'їхали 100 417 осіб.", 10),
        ("uk", "До 9 вечора до Вірменії в'їхали 100 417 осіб.", 9),
        ("kk", "Таңғы сағат 10-дағы жағдай бойынша Арменияға 100 417 адам кірді.", 10),
    ],
)  # fmt: skip
def test_a_time_of_day_is_no_figure(language: str, text: str, time: int) -> None:
    written = {found.value: found.unit for found in find_figures(text, language)}
    assert written[time] != "count"
    (candidate,) = read_article(text, language, SATURDAY).candidates
    assert candidate.figure.value == 100417


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 100,000 people have crossed into Armenia from Nagorno-Karabakh since "
         "Azerbaijan's offensive last week, the government said."),
        ("en", "More than 100,000 people have crossed into Armenia since last week."),
        ("ru", "Более 100 тысяч человек въехали в Армению из Карабаха с начала наступления "
         "Азербайджана на прошлой неделе, сообщило правительство."),
        ("ru", "С прошлой недели в Армению въехали более 100 тысяч человек."),
        ("uk", "Понад 100 тисяч осіб в'їхали до Вірменії від початку наступу Азербайджану "
         "минулого тижня, повідомив уряд."),
        ("uk", "З минулого тижня до Вірменії в'їхали понад 100 тисяч осіб."),
        ("kk", "Өткен аптадағы Әзірбайжан шабуылынан бері Арменияға 100 мыңнан астам адам кірді."),
        ("kk", "Өткен аптадан бері Арменияға 100 мыңнан астам адам кірді."),
    ],
)  # fmt: skip
def test_since_a_week_named_runs_up_to_the_report(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, SATURDAY).candidates
    assert candidate.figure.value == 100000
    assert (candidate.period_start, candidate.period_end) == (LAST_MONDAY, None)
    assert candidate.as_of == SATURDAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Last week, 5,000 people crossed into Armenia."),
        ("ru", "На прошлой неделе в Армению въехали 5 тысяч человек."),
        ("uk", "Минулого тижня до Вірменії в'їхали 5 тисяч осіб."),
        ("kk", "Өткен аптада Арменияға 5 мың адам кірді."),
    ],
)
def test_last_week_alone_is_still_its_days(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, SATURDAY).candidates
    assert (candidate.period_start, candidate.period_end) == (LAST_MONDAY, date(2023, 9, 24))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Friday alone, 12,700 people arrived in Armenia through the Kornidzor "
         "checkpoint, the ministry said. The day before, the ministry counted almost 15,000 "
         "arrivals."),
        ("en", "On Friday alone, 12,700 people arrived in Armenia, the ministry said. On the "
         "previous day, almost 15,000 people arrived."),
        ("ru", "Только в пятницу в Армению прибыли 12 700 человек, сообщило МВД. Накануне "
         "ведомство насчитало почти 15 тысяч прибывших."),
        ("uk", "Лише у п'ятницю до Вірменії прибули 12 700 осіб, повідомило МВС. Напередодні "
         "відомство нарахувало майже 15 тисяч прибулих."),
        ("kk", "Тек жұма күні Арменияға 12 700 адам келді, деп хабарлады ІІМ. Бір күн бұрын "
         "министрлік 15 мыңға жуық келген адамды санаған."),
    ],
)  # fmt: skip
def test_the_day_before_a_days_count_is_the_day_before_it(language: str, text: str) -> None:
    friday, thursday = read_article(text, language, SATURDAY).candidates
    assert (friday.figure.value, friday.period_start, friday.period_end) == (
        12700, date(2023, 9, 29), date(2023, 9, 29)
    )  # fmt: skip
    assert (thursday.figure.value, thursday.period_start, thursday.period_end) == (
        15000, date(2023, 9, 28), date(2023, 9, 28)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "С 21 сентября в Армению въехали более 100 тысяч человек. Накануне через КПП "
         "прошли 15 тысяч человек."),
        ("uk", "З 21 вересня до Вірменії в'їхали понад 100 тисяч осіб. Напередодні через пункт "
         "пропуску пройшли 15 тисяч осіб."),
    ],
)  # fmt: skip
def test_the_day_before_after_a_long_count_is_the_day_before_the_report(
    language: str, text: str
) -> None:
    _, day = read_article(text, language, SATURDAY).candidates
    assert (day.period_start, day.period_end) == (date(2023, 9, 29), date(2023, 9, 29))
