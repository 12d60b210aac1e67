"""A body that "registered" or "recorded" moves counts the moves, no one registered as
anything ("registered almost 53,000 entries of Russian citizens"); and residence permits
given are a registration, held ones a stock. Phrasings written for these tests
(twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "metric", "qualifier", "value"),
    [
        ("en", "Since 21 September the border service has registered almost 53,000 entries of "
         "Russian citizens, the ministry said.", "entered", "almost", 53_000),
        ("en", "Guards recorded 3,100 exits of Georgians to Turkey last week, the ministry "
         "said.", "left", "exact", 3_100),
        ("ru", "Пограничная служба зарегистрировала почти 53 тысячи въездов граждан России с "
         "21 сентября, сообщили в МВД.", "entered", "almost", 53_000),
        ("ru", "Пограничники зарегистрировали 3100 выездов граждан Грузии в Турцию на прошлой "
         "неделе, сообщили в МВД.", "left", "exact", 3_100),
        ("uk", "Прикордонна служба зареєструвала майже 53 тисячі в'їздів громадян Росії з 21 "
         "вересня, повідомили в МВС.", "entered", "almost", 53_000),
        ("uk", "Прикордонники зареєстрували 3100 виїздів громадян Грузії до Туреччини минулого "
         "тижня, повідомили в МВС.", "left", "exact", 3_100),
        ("kk", "Шекара қызметі 21 қыркүйектен бері Ресей азаматтарының 53 мыңға жуық кіруін "
         "тіркеді, деп хабарлады ІІМ.", "entered", "almost", 53_000),
        ("kk", "Шекара қызметі өткен аптада Грузия азаматтарының Түркияға 3100 шығуын тіркеді, "
         "деп хабарлады ІІМ.", "left", "exact", 3_100),
    ],
)  # fmt: skip
def test_registered_moves_are_the_moves(
    language: str, text: str, metric: str, qualifier: str, value: int
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert candidate.metric == metric
    assert (candidate.figure.qualifier, candidate.figure.value) == (qualifier, value)


def test_people_who_registered_on_arrival_are_still_registered() -> None:
    # The verbs, not a noun of moves, after the figure: a registration, as before.
    text = "Since Monday, 2,000 Russians arrived and registered with the police, officials said."
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "refugees_registered"


@pytest.mark.parametrize(
    "text",
    [
        "From 1 April to 27 September, 41,200 Russians received residence permits in Armenia, "
        "according to the State Migration Service.",
        "Armenia has issued 12,500 residence permits to Russians this year, the service said.",
    ],
)
def test_residence_permits_given_are_a_registration(text: str) -> None:
    # As "вид на жительство" and "посвідка" are in Russian and Ukrainian; "received" is no
    # arrival here.
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "refugees_registered"


@pytest.mark.parametrize(
    "text",
    [
        "Some 8,000 Iranian citizens hold residence permits in Armenia, according to the "
        "Migration and Citizenship Service.",
        "Police estimate that about 30,000 Russians now hold temporary residence permits in "
        "Serbia.",
        "Around 130,000 Belarusians hold Polish residence permits.",
        "About 4,000 Russians have permanent residence permits in Yerevan, the service said.",
        "About 4,000 Russians with residence permits live in Yerevan, the service said.",
    ],
)
def test_people_holding_residence_permits_are_a_stock(text: str) -> None:
    reading = read_candidates("en", DAY, text)
    assert reading == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Poland has issued 350,000 PESEL numbers to Ukrainian citizens since 1 April, "
         "the Polish interior ministry said."),
        ("ru", "С 1 апреля Польша выдала 350 тысяч номеров PESEL гражданам Украины, сообщило "
         "МВД Польши."),
        ("uk", "З 1 квітня по 27 вересня Польща видала 350 тисяч номерів PESEL громадянам "
         "України, повідомило МВС Польщі."),
        ("kk", "1 сәуірден бері Польша Украина азаматтарына 350 мың PESEL нөмірін берді, деп "
         "хабарлады Польша ІІМ."),
    ],
)  # fmt: skip
def test_pesel_numbers_given_are_refugees_registered(language: str, text: str) -> None:
    # Poland registers Ukrainian refugees by giving them a PESEL number.
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("refugees_registered", 350_000)
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "UKR",
        "POL",
        "UKR",
    )


@pytest.mark.parametrize(
    "text",
    [
        "About 950,000 Ukrainians hold an active PESEL number in Poland, the ministry said.",
        "About 950,000 Ukrainians have temporary protection in Poland, the ministry said.",
    ],
)
def test_people_holding_a_status_now_are_a_stock(text: str) -> None:
    assert read_candidates("en", DAY, text) == ()


def test_people_who_received_protection_were_registered() -> None:
    text = (
        "Since March, 1.2 million Ukrainians have received temporary protection in Poland, "
        "the ministry said."
    )
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("refugees_registered", 1_200_000)
