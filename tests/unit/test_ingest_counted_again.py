"""A count told again for another time, by a pronoun or by "such" ("В прошлом году их было 4
тыс. 200", "Минулого року їх було 4 200", "Last year there were 4,200", "Былтыр олардың саны 4
200 болды", "В апреле таких отказов было 191") counts what the figure before counted,
between the same countries, over its own time; "торік за той самий період" is the same days a
year back; a figure given "for comparison" dates nothing after it. And passengers taken off
their flights ("сняли с рейсов", "зняли з рейсів", "рейстен түсірілді") were refused exit.
Phrasings written for these tests (thirtieth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2025, 6, 10)
LAST_YEAR = (date(2024, 1, 1), date(2024, 12, 31))
APRIL = (date(2025, 4, 1), date(2025, 4, 30))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В мае из Кении в Уганду депортировали 5 100 детей. В прошлом году их было "
         "4 тыс. 200."),
        ("uk", "У травні з Кенії до Уганди депортували 5 100 дітей. Минулого року їх було "
         "4 тис. 200."),
        ("en", "In May Kenya deported 5,100 children to Uganda. Last year there were 4,200."),
        ("kk", "Мамырда Кения Угандаға 5 100 баланы депортациялады. Былтыр олардың саны 4 200 "
         "болды."),
    ],
)  # fmt: skip
def test_their_number_last_year_is_the_same_count(language: str, text: str) -> None:
    first, second = read_candidates(language, DAY, text)
    assert (second.metric, second.figure.value) == ("deported", 4200)
    assert (second.origin, second.destination) == (first.origin, first.destination)
    assert (second.period_start, second.period_end) == LAST_YEAR


def test_people_there_are_no_count_told_again() -> None:
    text = (
        "In May Kenya deported 5,100 children to Uganda. Last year there were 4,200 children "
        "in the camp."
    )
    assert [c.figure.value for c in read_candidates("en", DAY, text)] == [5100]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В мае пограничники Уругвая не пустили в страну 212 бразильцев. В апреле таких "
         "отказов было 191."),
        ("uk", "У травні прикордонники Уругваю не пустили в країну 212 бразильців. У квітні "
         "таких відмов було 191."),
        ("en", "In May Uruguayan border guards refused entry to 212 Brazilians. In April there "
         "were 191 such refusals."),
        ("kk", "Мамырда Уругвай шекарашылары 212 бразилиялықты елге кіргізбеді. Сәуірде мұндай "
         "бас тартулар 191 болды."),
    ],
)  # fmt: skip
def test_such_refusals_are_the_refusals_before(language: str, text: str) -> None:
    _, second = read_candidates(language, DAY, text)
    assert (second.metric, second.figure.value) == ("entry_refused", 191)
    assert (second.origin, second.destination) == ("BRA", "URY")
    assert (second.period_start, second.period_end) == APRIL


def test_the_same_period_last_year_is_a_year_back() -> None:
    text = (
        "Від 1 січня до 31 травня Дарьєнську сельву між Колумбією та Панамою перетнули 4 215 "
        "мігрантів, повідомила міграційна служба. Торік за той самий період їх було понад 90 "
        "тисяч."
    )
    _, second = read_candidates("uk", DAY, text)
    assert second.figure.value == 90000
    assert (second.period_start, second.period_end) == (date(2024, 1, 1), date(2024, 5, 31))


def test_a_figure_for_comparison_dates_nothing_after_it() -> None:
    text = (
        "У травні прикордонники США відмовили у в'їзді 1 240 громадянам Канади. Для "
        "порівняння, у травні 2024 року таких відмов було 790.\n\nЗа місяць до Канади в'їхали "
        "312 тис. мандрівників зі США, повідомило канадське агентство."
    )
    *_, last = read_candidates("uk", DAY, text)
    assert last.figure.value == 312000
    assert (last.period_start, last.period_end) == (date(2025, 5, 1), date(2025, 5, 31))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В мае сотрудники агентства сняли с международных рейсов 420 пассажиров, "
         "сообщило ведомство."),
        ("ru", "В мае с рейсов было снято 420 пассажиров, сообщило ведомство."),
        ("uk", "У травні прикордонники зняли з рейсів 420 пасажирів, повідомило відомство."),
        ("uk", "У травні з міжнародних рейсів було знято 420 пасажирів, повідомило відомство."),
        ("kk", "Мамыр айында әуежайда 420 жолаушы рейстен түсірілді, деп хабарлады агенттік."),
    ],
)  # fmt: skip
def test_taken_off_their_flights_is_refused_exit(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("exit_refused", 420)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Загалом кордон у двох напрямках перетнули 64 530 осіб, уточнили в департаменті."),
        ("ru", "Всего границу в двух направлениях пересекли 64 530 человек, уточнили в "
         "департаменте."),
    ],
)  # fmt: skip
def test_in_two_directions_is_both_ways(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("crossings", 64530)


def test_people_through_this_post_after_a_refusal_crossed_it() -> None:
    text = (
        "У жовтні на пункті пропуску Семе не випустили з Нігерії 64 нігерійок, яких "
        "вербувальники везли через Бенін до Малі. Щодня через цей пункт пропуску проходять у "
        "середньому 25 тисяч людей, додав контролер."
    )
    _, passing = read_candidates("uk", DAY, text)
    assert (passing.metric, passing.figure.value) == ("crossings", 25000)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "Өткен жылдың алғашқы үш айында бекеттен 35 мың 900 адам өтті."),
        ("ru", "За первые три месяца прошлого года через пункт пропуска прошли 35 900 человек."),
        ("uk", "За перші три місяці минулого року через пункт пропуску пройшли 35 900 осіб."),
        ("en", "In the first three months of last year, 35,900 people crossed at the post."),
    ],
)  # fmt: skip
def test_the_first_months_of_last_year_are_last_years(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.period_start, candidate.period_end) == (date(2024, 1, 1), date(2024, 3, 31))


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # Status given is a registration; asked for, an application.
        ("2025 жылдың басынан бері 63 мозамбиктік Танзанияда босқын мәртебесін алды.",
         "refugees_registered"),
        ("2025 жылдың басынан бері Танзанияда 63 мозамбиктік босқын ретінде танылды.",
         "refugees_registered"),
        ("2025 жылдың басынан бері Танзанияда 63 мозамбиктік босқын мәртебесін сұрады.",
         "asylum_applications"),
        # Not let out, said in the passive.
        ("Ақпан айында әуежайда 1 300-ге жуық Эфиопия азаматының елден шығуына жол берілмеді.",
         "exit_refused"),
    ],
)  # fmt: skip
def test_kazakh_status_given_and_exit_barred(text: str, metric: str) -> None:
    (candidate,) = read_candidates("kk", DAY, text)
    assert candidate.metric == metric


@pytest.mark.parametrize(
    "text",
    [
        # A count's noun, then its change: no count (nor a headline's "more than" one).
        "Былтыр Германияда 1 200 қазақстандық баспана сұрады. Биыл өтініштер саны 118-ге азайды.",
        "Былтыр Германияда 1 200 қазақстандық баспана сұрады. Биыл өтініштер саны 500-ден "
        "астамға көбейді.",
        # What is likely is no count.
        "Былтыр Германияда 1 200 қазақстандық баспана сұрады. Оның болжауынша, биыл 2 мыңға "
        "дейін адам баспана сұрауы ықтимал.",
    ],
)
def test_kazakh_changes_and_likelihoods_are_no_counts(text: str) -> None:
    assert [c.figure.value for c in read_candidates("kk", DAY, text)] == [1200]
