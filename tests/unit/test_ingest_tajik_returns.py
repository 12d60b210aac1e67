"""What a curator met in a report of Tajiks leaving Russia after the Crocus attack, in four
languages: lawyers, relatives or witnesses quoted for a figure are nobody to cite, not the
official quoted before them; "за три тижні до аеропорту Душанбе" is a span of days up to the
report, "до" the way people went; "arrived at Dushanbe airport" arrived in Tajikistan; people
"registered as working in Russia" at a year's end are a stock. Phrasings written for these tests
(twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

APRIL_12 = date(2024, 4, 12)

_OFFICIAL_FIRST = {
    "en": "Over the past three weeks, 11,800 Tajiks arrived in Dushanbe on flights from Moscow, "
    "the service's deputy head Nurullo Saidov told reporters.",
    "ru": "За последние три недели в Душанбе прибыли 11 800 таджиков, сообщил замглавы службы "
    "Нурулло Саидов.",
    "uk": "За останні три тижні до Душанбе прибули 11 800 таджиків, повідомив заступник голови "
    "служби Нурулло Саїдов.",
    "kk": "Соңғы үш аптада Душанбеге 11 800 тәжік келді, деді қызмет басшысының орынбасары "
    "Нурулло Саидов.",
}


@pytest.mark.parametrize(
    ("language", "then"),
    [
        ("en", "Russian border guards turned away at least 1,500 Tajiks at Vnukovo airport in "
         "the same period, according to lawyers who represent the migrants."),
        ("en", "Russian border guards turned away at least 1,500 Tajiks at Vnukovo airport in "
         "the same period, according to relatives of the migrants."),
        ("en", "Russian border guards turned away at least 1,500 Tajiks at Vnukovo airport in "
         "the same period, witnesses said."),
        ("ru", "Российские пограничники не пустили в страну не менее 1500 таджиков в аэропорту "
         "Внуково за тот же период, по словам адвокатов мигрантов."),
        ("ru", "Российские пограничники не пустили в страну не менее 1500 таджиков в аэропорту "
         "Внуково за тот же период, по словам адвокатов, представляющих мигрантов."),
        ("uk", "Російські прикордонники не пустили до країни щонайменше 1500 таджиків в "
         "аеропорту Внуково за той самий період, за словами родичів затриманих."),
        ("kk", "Ресей шекарашылары сол кезеңде Внуково әуежайында кемінде 1500 тәжікті елге "
         "кіргізбеді, деп хабарлады мигранттардың адвокаттары."),
        ("kk", "Құқық қорғаушылардың айтуынша, Ресей шекарашылары сол кезеңде Внуково "
         "әуежайында кемінде 1500 тәжікті елге кіргізбеді."),
    ],
)  # fmt: skip
def test_people_quoted_for_a_figure_are_not_the_official_before(language: str, then: str) -> None:
    reading = read_article(f"{_OFFICIAL_FIRST[language]}\n{then}", language, APRIL_12)
    official, refused = reading.candidates
    assert official.attributed_to is not None
    assert official.attributed_to.name in {"Nurullo Saidov", "Нурулло Саидов", "Нурулло Саїдов"}
    assert (refused.figure.value, refused.metric) == (1500, "entry_refused")
    assert refused.attributed_to is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "За останні три тижні до аеропорту Душанбе прибули 11 800 таджиків."),
        ("uk", "За останні три тижні до Душанбе прибули 11 800 таджиків."),
        ("ru", "За последние три недели до Душанбе прибыли 11 800 таджиков."),
        ("ru", "За последние три недели до аэропорта Душанбе прибыли 11 800 таджиков."),
    ],
)
def test_weeks_up_to_the_report_before_a_place_they_went_to(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, APRIL_12).candidates
    assert (candidate.period_start, candidate.period_end) == (date(2024, 3, 23), APRIL_12)
    assert candidate.destination == "TJK"


def test_weeks_before_an_event_are_not_a_span_up_to_the_report() -> None:
    text = "За три недели до выборов в Душанбе прибыли 11 800 таджиков."
    (candidate,) = read_article(text, "ru", APRIL_12).candidates
    assert (candidate.period_start, candidate.period_end) == (None, None)


def test_arrived_at_a_cities_airport_arrived_in_its_country() -> None:
    text = "Over the past three weeks, 11,800 Tajiks arrived at Dushanbe airport on flights from "
    text += "Moscow."
    (candidate,) = read_article(text, "en", APRIL_12).candidates
    assert (candidate.origin, candidate.destination) == ("RUS", "TJK")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 1.1 million Tajiks were registered as working in Russia at the end of 2023, "
         "according to Russia's interior ministry."),
        ("ru", "На конец 2023 года в России были зарегистрированы как работающие около 1,1 млн "
         "таджиков, сообщило МВД России."),
        ("uk", "На кінець 2023 року в Росії були зареєстровані як працюючі близько 1,1 млн "
         "таджиків, повідомило МВС Росії."),
    ],
)  # fmt: skip
def test_people_registered_as_working_are_a_stock(language: str, text: str) -> None:
    reading = read_article(text, language, APRIL_12)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["stock"]


def test_people_registered_on_arrival_are_still_registered() -> None:
    text = "Polish authorities registered 12,000 Ukrainians last week."
    (candidate,) = read_article(text, "en", APRIL_12).candidates
    assert candidate.metric == "refugees_registered"
