"""Speakers described beside their names: a person who speaks for no body ("Yael Morgenstern,
a lawyer,"), a description with a relative clause of its own ("a Tel Aviv lawyer who
specialises in citizenship claims", whose last noun is no verb), a body known by capitals and
a number ("Vienna's citizenship office, MA 35, said": the number is the name's, no figure),
and a body's name in quotation marks after a person's role ("волонтери ініціативи «Дорога
додому»"). Figures invented, sentences after the article set."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.ingest.speaker_names import nominative_phrase
from bot.ingest.speakers import read_phrase
from tests.ingest_reading import said_and_carried


def _said(text: str, language: str = "en") -> list[tuple[object, ...]]:
    candidates = read_article("Headline\n\n" + text, language, date(2021, 9, 2)).candidates
    return [(c.figure.value, *said_and_carried(c)) for c in candidates]


@pytest.mark.parametrize(
    "description",
    [
        "a lawyer",
        "a Tel Aviv lawyer",
        "a Tel Aviv lawyer who specialises in European citizenship claims",
        "an economist who studies migration",
        "a researcher at the university",
    ],
)
def test_a_person_described_by_their_work(description: str) -> None:
    text = (
        f"“Since January 212 Israelis have applied for Austrian citizenship,” Yael "
        f"Morgenstern, {description}, told Kan radio."
    )
    assert _said(text) == [(212, "Yael Morgenstern", "Kan")]


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Vienna's immigration and citizenship office, MA 35,", "MA 35"),
        ("MA 35", "MA 35"),
    ],
)
def test_a_body_known_by_capitals_and_a_number(speaker: str, name: str) -> None:
    text = (
        "Austria has received 21,473 applications for citizenship from descendants of people "
        f"persecuted by the Nazi regime since 1 September 2020, {speaker} said on Wednesday."
    )
    assert _said(text) == [(21_473, name, None)]


def test_a_bodys_quoted_name_after_a_persons_role_keeps_its_closing_mark() -> None:
    mention = read_phrase("волонтери ініціативи «Дорога додому»", "uk")
    assert mention.fallback is not None
    assert mention.fallback.speaker is not None
    assert mention.fallback.speaker.name == "ініціатива «Дорога додому»"


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "uk",
            "У липні кордон тут в обох напрямках перетнули 58 412 людей, повідомив речник "
            "Могилів-Подільського прикордонного загону Віталій Бондар. За даними загону, від 1 "
            "липня з Молдови в Україну повернулися близько 21 тисячі громадян України.",
            "Могилів-Подільський прикордонний загін",
        ),
        (
            "ru",
            "В июле границу в обоих направлениях пересекли 58 412 человек, сообщил "
            "представитель Южно-Сахалинского пограничного отряда Иван Петров. По данным "
            "отряда, с 1 июля из Японии вернулись около 2 100 граждан России.",
            "Южно-Сахалинский пограничный отряд",
        ),
        (
            "en",
            "About 58,000 people crossed in July, said Maria Lopez, a spokeswoman for the "
            "National Migration Service. According to the service, 2,100 Bolivians returned "
            "from Chile since 1 July.",
            "National Migration Service",
        ),
    ],
)
def test_a_body_named_only_in_a_persons_post_is_the_one_its_kind_means(
    language: str, text: str, body: str
) -> None:
    """ "За даними загону", "according to the service": the body of that kind the article
    named in its spokesperson's post, in the nominative and in full."""
    candidates = read_article("Headline\n\n" + text, language, date(2023, 8, 8)).candidates
    later = candidates[-1]
    assert later.attributed_to is not None
    assert later.attributed_to.name == body


def test_a_body_of_no_proper_name_in_a_post_is_none_of_its_kind() -> None:
    """ "речник загону" names no unit a later "загону" could mean: the post's other words
    ("кореспондентові агентства") make no body's name."""
    text = (
        "Як розповів кореспондентові агентства речник загону Сергій Мельник, у червні "
        "виїхали 5 тисяч осіб. За даними загону, з початку червня румунська поліція передала "
        "українській стороні 47 чоловіків."
    )
    candidates = read_article("Headline\n\n" + text, "uk", date(2025, 6, 12)).candidates
    later = candidates[-1]
    assert later.attributed_to is not None
    assert later.attributed_to.name == "загін"


@pytest.mark.parametrize(
    ("phrase", "language", "nominative"),
    [
        (
            "Могилів-Подільського прикордонного загону",
            "uk",
            "Могилів-Подільський прикордонний загін",
        ),
        ("Кам'янець-Подільської міської ради", "uk", "Кам'янець-Подільська міська рада"),
        ("Южно-Сахалинского погранотряда", "ru", "Южно-Сахалинский погранотряд"),
        ("Ростова-на-Дону", "ru", "Ростова-на-Дону"),
        ("РБК-Україна", "uk", "РБК-Україна"),
    ],
)
def test_a_towns_hyphened_adjective_declines_its_second_half(
    phrase: str, language: str, nominative: str
) -> None:
    assert nominative_phrase(phrase, "gent", language) == nominative


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Пресс-секретарь Дирекции иностранной полиции Чехии Катержина Рыбова сообщила, что "
            "за две недели на границе ещё 64 иностранцам отказали во въезде.",
        ),
        (
            "uk",
            "Речниця Дирекції іноземної поліції Чехії Катержина Рибова повідомила, що за два "
            "тижні на кордоні ще 64 іноземцям відмовили у в'їзді.",
        ),
    ],
)
def test_a_states_spokesperson_speaks_for_the_state(language: str, text: str) -> None:
    """Refused entry, told by the spokesperson of a state's body: into that state."""
    ((metric, _, destination, _, _),) = [
        (c.metric, c.origin, c.destination, c.citizenship, c.attributed_to)
        for c in read_article("Headline\n\n" + text, language, date(2025, 11, 3)).candidates
    ]
    assert (metric, destination) == ("entry_refused", "CZE")


def test_a_consul_speaks_for_no_state_its_people_left() -> None:
    """A consul of Ukraine tells of Ukrainians deported from Mexico: no spokesperson's state
    is filled in as where they were sent from or to."""
    text = (
        "Консул Украины в Мексике Андрей Ткачук сообщил, что за неделю из страны "
        "депортировали 64 гражданина Украины."
    )
    (candidate,) = read_article("Headline\n\n" + text, "ru", date(2025, 11, 3)).candidates
    assert candidate.origin != "UKR"


def test_a_post_with_a_quoted_name_inside_is_one_post() -> None:
    """ "Шухрат Каримов, заместитель начальника пункта пропуска «Яллама» на границе с
    Казахстаном, рассказал": the quotation marks part nothing of the post."""
    text = (
        "Шухрат Каримов, заместитель начальника пункта пропуска «Яллама» на границе с "
        "Казахстаном, рассказал нашему изданию, что во вторник через пункт въехали 1 870 "
        "граждан России."
    )
    assert _said(text, "ru") == [(1870, "Шухрат Каримов", None)]


@pytest.mark.parametrize(
    ("said", "outlet"),
    [
        ("заявил в интервью «Газете.uz»", "Газета.uz"),
        ("рассказал в интервью «Известиям»", "Известия"),
    ],
)
def test_an_interviews_outlet_after_the_verb(said: str, outlet: str) -> None:
    text = (
        "«Сейчас в Ташкент ежедневно прилетают от 2,5 до 3 тысяч граждан России», — "
        f"{said} пресс-секретарь АО «Uzbekistan Airports» Бехзод Рахимов."
    )
    assert _said(text, "ru") == [(2500, "Бехзод Рахимов", outlet)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Як зазначив речник ДПСУ Андрій Демченко в ефірі телемарафону, за минулу добу до "
            "Польщі виїхали 24 тисячі осіб.",
        ),
        (
            "ru",
            "Как отметил представитель погранслужбы Андрей Демченко в эфире телемарафона, за "
            "минувшие сутки в Польшу выехали 24 тысячи человек.",
        ),
    ],
)
def test_where_it_was_said_after_the_name_is_no_part_of_it(language: str, text: str) -> None:
    assert _said(text, language) == [
        (24_000, "Андрій Демченко" if language == "uk" else "Андрей Демченко", None)
    ]
