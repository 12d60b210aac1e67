"""Numbers that are no count of people: a stretch of time with a word between the number and
its unit ("over the four Easter days", "за три літні місяці", "за чотири великодні дні", "За
два выходных дня"), by how much a flow changed ("щоденний потік зріс приблизно на 440 осіб"),
people waiting to be registered; and "в країну не пустили", the country told first, refused
entry. Phrasings from the short items' extras (twenty-eighth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

DAY = date(2025, 9, 10)


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "Over the four Easter days, 58,740 travellers passed through the Oshoek post in "
         "both directions, the department said.", 58740),
        ("en", "Some 400 Ukrainians arrived over four consecutive days, the police said.", 400),
        ("uk", "Данська поліція за три літні місяці не пропустила з Німеччини 1 126 іноземців, "
         "повідомила поліція.", 1126),
        ("uk", "За чотири великодні дні через пункт пройшли 58 740 мандрівників в обох "
         "напрямках.", 58740),
        ("ru", "За два выходных дня 19 гражданам России было отказано в выезде из-за долгов.",
         19),
    ],
)  # fmt: skip
def test_a_stretch_of_time_is_no_count(language: str, text: str, count: int) -> None:
    reading = read_article(text, language, DAY)
    assert [c.figure.value for c in reading.candidates] == [count]


def test_people_of_a_place_are_still_counted() -> None:
    reading = read_article("About 300 Syrian refugees crossed every day.", "en", DAY)
    assert [c.figure.value for c in reading.candidates] == [300]


def test_by_how_much_a_flow_changed_is_no_count() -> None:
    reading = read_article(
        "У жовтні через Аргін прибули 30,2 тис. людей, тож щоденний потік зріс приблизно на "
        "440 осіб.",
        "uk",
        DAY,
    )
    assert [c.figure.value for c in reading.candidates] == [30200]
    assert [left.reason for left in reading.left_out] == ["difference"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Джерело в міграційній службі Туреччини повідомило, що тільки на кордоні з "
         "Іраном у липні в країну не пустили ще 2 600 осіб."),
        ("ru", "На границе с Ираном в июле в страну не пустили еще 2 600 человек, сообщил "
         "источник."),
    ],
)  # fmt: skip
def test_the_country_named_before_not_let_in_is_a_refused_entry(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert (candidate.metric, candidate.origin) == ("entry_refused", "IRN")


def test_people_waiting_to_be_registered_are_a_stock() -> None:
    reading = read_article(
        "У Того зареєстрували 38 тисяч біженців з Буркіна-Фасо, а ще близько 10 тисяч осіб "
        "чекають на реєстрацію, додав він.",
        "uk",
        DAY,
    )
    assert [c.figure.value for c in reading.candidates] == [38000]
    assert [left.reason for left in reading.left_out] == ["stock"]
