"""Protection applied for or granted, people put on a register, and registered people who are
only there: what each figure counts, read from short texts written here (figures invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2024, 5, 15)

COUNTED = [
    ("temporary protection applied for is a registration", "uk",
     "Понад 4 тисячі українців подали заяви на отримання тимчасового захисту в Ірландії у "
     "березні, заявив міністр юстиції.",
     ("refugees_registered", 4000, "IRL")),
    ("temporary protection applied for, Russian", "ru",
     "Более 3 тысяч украинцев подали заявления на временную защиту в Чехии в марте, сообщило "
     "МВС Чехии.",
     ("refugees_registered", 3000, "CZE")),
    ("temporary protection applied for, English", "en",
     "More than 3,000 Ukrainians applied for temporary protection in Ireland in March, the "
     "Department of Justice said.",
     ("refugees_registered", 3000, "IRL")),
    ("refugee status granted is a registration, not an application", "uk",
     "Статус біженця в Німеччині з початку року отримали 540 громадян України, повідомило BAMF.",
     ("refugees_registered", 540, "DEU")),
    ("asylum granted, English", "en",
     "Germany granted asylum to 1,200 Russians in the first half of the year, BAMF said.",
     ("refugees_registered", 1200, "DEU")),
    ("asylum asked for stays an application", "ru",
     "Убежища в Армении с 21 марта попросили девять граждан России, сообщили в Миграционной "
     "службе Армении.",
     ("asylum_applications", 9, "ARM")),
    ("put on the register, the words in either order", "uk",
     "У березні на облік у Данії взяли 1 300 українських біженців, повідомило DIS.",
     ("refugees_registered", 1300, "DNK")),
    ("put on the register, Russian", "ru",
     "В марте на учёт в Грузии встали 4 500 граждан России, сообщили в МВД Грузии.",
     ("refugees_registered", 4500, "GEO")),
    ("a Ukrainian participle of registering counts the registered", "uk",
     "Кількість зареєстрованих у Чехії біженців з України минулого тижня зросла на 2 300, "
     "повідомило МВС.",
     ("refugees_registered", 2300, "CZE")),
    ("protection received, every day, the imperfective verb", "uk",
     "Щодня тимчасовий захист у Словаччині отримують від 40 до 60 українців.",
     ("refugees_registered", 40, "SVK")),
    ("residence permits issued to people", "uk",
     "З 1 січня міграційна служба Португалії видала 1 870 громадянам України посвідки на "
     "проживання.",
     ("refugees_registered", 1870, "PRT")),
    ("residence permits received, Russian", "ru",
     "В марте вид на жительство в Сербии получили 640 граждан России.",
     ("refugees_registered", 640, "SRB")),
    ("an English verb of registering is no description", "en",
     "Czechia registered 2,300 refugees from Ukraine last week who now live in Prague.",
     ("refugees_registered", 2300, "CZE")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [row[1:] for row in COUNTED],
    ids=[row[0] for row in COUNTED],
)
def test_what_a_registration_counts(
    language: str, text: str, expected: tuple[str, int, str]
) -> None:
    candidates = read_article(text, language, PUBLISHED).candidates
    assert [(c.metric, c.figure.value, c.destination) for c in candidates] == [expected]


STAYING = [
    ("uk", "Загалом у Чехії зараз перебуває 350 тисяч зареєстрованих біженців з України."),
    ("ru", "Сейчас в Чехии находятся 350 тысяч зарегистрированных беженцев с Украины."),
    ("en", "Some 350,000 registered refugees from Ukraine now live in Czechia."),
    ("ru", "В Сербии сейчас проживают около 30 тысяч граждан России с видом на жительство."),
    ("uk", "У Португалії зараз мешкають 58 тисяч українців з посвідкою на проживання."),
]


@pytest.mark.parametrize(("language", "text"), STAYING, ids=[row[0] for row in STAYING])
def test_registered_people_who_are_there_are_a_stock(language: str, text: str) -> None:
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["stock"]
