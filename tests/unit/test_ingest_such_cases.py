"""What a curator met in a Kazakh border service's week, in four languages: "37 шетелдікті елге
кіргізбеді" kept them out of Kazakhstan, the service's state; "Былтыр ақпанда мұндай жағдайлар
25 болған", "таких случаев было 25", "25 such cases" count what the count before counted, a year
back; "Торік у лютому" of a leap year ends on 29 February; "за перші одинадцять днів травня"
and the other numbers from eleven to nineteen count days. Phrasings written for these tests
(twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

FEBRUARY_12 = date(2025, 2, 12)
FEBRUARY_2024 = (date(2024, 2, 1), date(2024, 2, 29))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "ҰҚК Шекара қызметінің мәліметінше, шекарашылар құжаттары жарамсыз 37 шетелдікті "
         "елге кіргізбеді."),
        ("ru", "Пограничники не пустили в страну 37 иностранцев с недействительными документами, "
         "сообщили в погранслужбе КНБ Казахстана."),
    ],
)  # fmt: skip
def test_kept_out_of_the_country_is_kept_out_of_the_services_state(
    language: str, text: str
) -> None:
    (candidate,) = read_article(text, language, FEBRUARY_12).candidates
    assert (candidate.metric, candidate.figure.value) == ("entry_refused", 37)
    assert candidate.destination == "KAZ"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "Шекарашылар құжаттары жарамсыз 37 шетелдікті елге кіргізбеді. Былтыр ақпанда "
         "мұндай жағдайлар 25 болған."),
        ("ru", "Пограничники не пустили в страну 37 иностранцев с недействительными документами. "
         "В феврале прошлого года таких случаев было 25."),
        ("uk", "Прикордонники не пустили до країни 37 іноземців з недійсними документами. У "
         "лютому минулого року таких випадків було 25."),
        ("en", "Border guards refused entry to 37 foreigners with invalid documents last week. "
         "In February last year there were 25 such cases."),
    ],
)  # fmt: skip
def test_such_cases_count_what_the_count_before_counted(language: str, text: str) -> None:
    now, then = read_article(text, language, FEBRUARY_12).candidates
    assert (now.metric, now.figure.value) == ("entry_refused", 37)
    assert (then.metric, then.figure.value) == ("entry_refused", 25)
    assert (then.period_start, then.period_end) == FEBRUARY_2024
    assert then.attributed_to == now.attributed_to


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "Былтыр ақпанда елге 25 шетелдік кірді."),
        ("uk", "Торік у лютому до країни в'їхали 25 іноземців."),
        ("ru", "В феврале прошлого года в страну въехали 25 иностранцев."),
    ],
)
def test_last_years_february_of_a_leap_year(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, FEBRUARY_12).candidates
    assert (candidate.period_start, candidate.period_end) == FEBRUARY_2024


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Це на 58 менше, ніж за перші одинадцять днів травня, коли прикордонники не "
         "пропустили 370 чоловіків."),
        ("ru", "За первые одиннадцать дней мая пограничники не пропустили 370 мужчин."),
        ("en", "In the first eleven days of May, border guards stopped 370 men trying to leave "
         "the country."),
        ("kk", "Мамыр айының алғашқы он бір күнінде шекарашылар 370 ер адамды өткізбеді."),
    ],
)  # fmt: skip
def test_a_months_first_eleven_days(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, date(2025, 6, 12)).candidates
    assert (candidate.period_start, candidate.period_end) == (date(2025, 5, 1), date(2025, 5, 11))


@pytest.mark.parametrize(
    ("language", "text", "first_day"),
    [
        ("ru", "За последние тринадцать дней в страну въехали 370 человек.", date(2025, 5, 31)),
        ("uk", "За останні шістнадцять днів до країни в'їхали 370 людей.", date(2025, 5, 28)),
    ],
)
def test_the_last_teen_days(language: str, text: str, first_day: date) -> None:
    (candidate,) = read_article(text, language, date(2025, 6, 12)).candidates
    assert (candidate.period_start, candidate.period_end) == (first_day, date(2025, 6, 12))
