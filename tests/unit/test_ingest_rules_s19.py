"""Readings found in the eighteenth session in a sixth batch of short items (figures and
names invented here): who was kept out of where, attempts stopped, people stopped on their
way somewhere, the last weekend, and who carried a statement."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried

# A Tuesday: the weekend before it is 5–6 April.
TUESDAY = date(2025, 4, 8)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The speaking body's own state kept foreigners out of it.
        (
            "uk",
            "Минулого тижня прикордонники не пустили в Україну 120 іноземців, йдеться у "
            "повідомленні ДПСУ.",
            ("entry_refused", "UKR"),
        ),
        # No body, no one's citizens: "не пустили до" keeps people out of the place.
        (
            "uk",
            "У березні понад 900 людей не пустили до Румунії через відсутність віз.",
            ("entry_refused", "ROU"),
        ),
        # Foreigners kept from a place were kept out of it.
        (
            "uk",
            "Ще 30 іноземців не пропустили до Грузії через недійсні документи.",
            ("entry_refused", "GEO"),
        ),
        (
            "ru",
            "Ещё 45 иностранцев не пропустили в Армению из-за поддельных документов.",
            ("entry_refused", "ARM"),
        ),
        # "Не пропустили до Польщі" with no one said is as often men kept in.
        (
            "uk",
            "Прикордонники не пропустили до Польщі 300 чоловіків.",
            ("exit_refused", "POL"),
        ),
    ],
)
def test_who_was_kept_out_of_where(
    language: str, text: str, expected: tuple[str, str | None]
) -> None:
    (candidate,) = read_candidates(language, TUESDAY, text)
    assert (candidate.metric, candidate.destination) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Since Jan 1, 4,500 attempts to cross from Belarus have been stopped, the State "
            "Border Guard said.",
            ("entry_refused", "BLR"),
        ),
        (
            "ru",
            "Пограничники предотвратили 150 попыток незаконного пересечения границы.",
            ("entry_refused", None),
        ),
        (
            "uk",
            "Минулого тижня прикордонники запобігли 80 спробам незаконного перетину кордону.",
            ("entry_refused", None),
        ),
        # Attempts to get out, stopped, kept people in.
        (
            "en",
            "Guards foiled 75 attempts to leave the country by boat, the navy said.",
            ("exit_refused", None),
        ),
    ],
)
def test_attempts_stopped_are_refusals(
    language: str, text: str, expected: tuple[str, str | None]
) -> None:
    (candidate,) = read_candidates(language, TUESDAY, text)
    assert (candidate.metric, candidate.origin) == expected


def test_people_stopped_on_their_way_somewhere_were_kept_in() -> None:
    (candidate,) = read_candidates(
        "en",
        TUESDAY,
        "Turkish gendarmes stopped more than 500 people heading for Bulgaria last week, the "
        "governor's office said.",
    )
    assert (candidate.metric, candidate.destination) == ("exit_refused", "BGR")
    # Whose the gendarmes were says nothing of whose the people were.
    assert candidate.citizenship is None


def test_people_on_their_way_somewhere_who_got_there_arrived() -> None:
    (candidate,) = read_candidates(
        "en", TUESDAY, "Some 2,000 people heading for Greece arrived on Lesbos last week."
    )
    assert (candidate.metric, candidate.destination) == ("entered", "GRC")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "На вихідних через пункт пропуску Садахло пройшли 12 300 осіб, повідомила речниця "
            "прикордонної служби Ніно Беридзе.",
        ),
        ("ru", "На выходных в Грузию въехали 30 тысяч человек, сообщили в МВД."),
    ],
)
def test_the_weekend_a_report_means(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, TUESDAY, text)
    assert (candidate.period_start, candidate.period_end) == (date(2025, 4, 5), date(2025, 4, 6))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A post at an agency no reader knows as an outlet: the person said it.
        (
            "uk",
            "«Щодня до Кенії прибуває 400 людей», — розповів керівник польового офісу агенції в "
            "Лодварі Петер Окелло.",
            ("Петер Окелло", None),
        ),
        (
            "uk",
            "Минулого тижня до Польщі виїхали 30 тисяч осіб, повідомив в ефірі телемарафону "
            "«Єдині новини» речник ДПСУ Андрій Демченко.",
            ("Андрій Демченко", "Єдині новини"),
        ),
        # A name in Latin letters with accents runs on over its words.
        (
            "uk",
            "Понад 2 тисячі українців подали заяви про надання громадянства, повідомляє "
            "телеканал Nova Televízia з посиланням на Міністерство внутрішніх справ.",
            ("Міністерство внутрішніх справ", "Nova Televízia"),
        ),
        # Where it was posted, and whose request it answered, are no part of who said it.
        (
            "uk",
            "Минулого тижня прикордонники не пустили в Україну 120 іноземців, йдеться у "
            "повідомленні ДПСУ на сайті відомства.",
            ("ДПСУ", None),
        ),
        (
            "uk",
            "З січня по жовтень в аеропорту Інчхон відмовили у в'їзді 5 200 громадянам "
            "Таїланду, повідомило Міністерство юстиції на запит депутата Лі Мін Хо.",
            ("Міністерство юстиції", None),
        ),
    ],
)
def test_who_said_it_and_who_carried_it(
    language: str, text: str, expected: tuple[str, str | None]
) -> None:
    (candidate,) = read_candidates(language, TUESDAY, text)
    assert said_and_carried(candidate) == expected
