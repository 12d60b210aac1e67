"""People made citizens are no flow and no application: "громадянство отримали 27 тисяч осіб",
"were granted citizenship", "азаматтығын алды" are left out as background, as the blind
writers annotate them; applications for citizenship stay facts. Figures invented."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Міністерство повідомило, що того ж року громадянство отримали 27 тисяч осіб."),
        ("ru", "По данным МВД, в прошлом году российское гражданство получили 27 тысяч человек."),
        ("ru", "В прошлом году гражданство было предоставлено 27 тысячам человек."),
        ("en", "Some 300 applicants were granted citizenship at a ceremony in December."),
        ("en", "Citizenship was granted to 400 people in February, the service said."),
        ("en", "Last year 27,000 people received Norwegian citizenship, the ministry said."),
        ("kk", "Комиссия дерегінше, өткен жылы 3 мың 100 адам Қырғызстан азаматтығын алды."),
    ],
)
def test_citizenship_granted_is_no_fact(language: str, text: str) -> None:
    read = read_article("Headline\n\n" + text, language, date(2025, 3, 1))
    assert read.candidates == ()
    assert [item.reason for item in read.left_out] == ["background"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Того ж року заяви на громадянство подали 27 тисяч осіб."),
        ("en", "Some 300 people applied for citizenship in December, she said."),
    ],
)
def test_applications_for_citizenship_stay_facts(language: str, text: str) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    assert candidate.metric == "citizenship_applications"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "В прошлом году миграционная служба получила заявления на гражданство от 27 тысяч "
            "человек.",
        ),
        ("en", "The ministry received applications for citizenship from 1,200 Afghans last year."),
    ],
)
def test_applications_received_for_citizenship_are_no_grant(language: str, text: str) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    assert candidate.metric == "citizenship_applications"
