"""Readings a third batch of short news items, written by four more writers, showed wrong
(figures invented): traffic either way, people still living where they moved, parts of a
figure before that are refusals or homecomings, people counted entering, a denial told with
"denied that", a minister whose ministry lists its fields, and sources nobody is named as."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import Candidate, read_article


def _read(language: str, text: str) -> tuple[Candidate, ...]:
    return read_article("Headline\n\n" + text, language, date(2023, 10, 3)).candidates


def test_people_passing_in_either_direction_crossed() -> None:
    (candidate,) = _read(
        "en", "On Saturday alone, 21,400 people passed through the post in either direction."
    )
    assert candidate.metric == "crossings"


@pytest.mark.parametrize(
    "text",
    [
        "Around 80,000 Russians who moved to Georgia after 2022 are still living there, "
        "Georgian officials estimate.",
        "Around 80,000 Russians who moved to Georgia after 2022 still live there.",
    ],
)
def test_people_still_living_where_they_moved_are_no_flow(text: str) -> None:
    reading = read_article("Headline\n\n" + text, "en", date(2023, 10, 3))
    assert reading.candidates == ()
    assert [left.reason for left in reading.left_out] == ["stock"]


def test_a_move_told_in_the_relative_clause_of_a_flow_is_still_the_flow() -> None:
    (candidate,) = _read("en", "Around 80,000 Russians who fled the draft entered Georgia.")
    assert (candidate.metric, candidate.destination) == ("entered", "GEO")


def test_a_part_of_refusals_turned_back_is_refused_the_same_way() -> None:
    text = (
        "Fiji refused entry to 19 foreigners at Nadi airport last month. Twelve of those "
        "turned back were Chinese nationals, the minister said."
    )
    assert [c.metric for c in _read("en", text)] == ["entry_refused", "entry_refused"]


def test_a_part_coming_home_came_the_same_way_as_the_whole() -> None:
    text = (
        "Some 9,000 people crossed from Sudan into Ethiopia last week. About 4,300 of them "
        "were Ethiopians coming home."
    )
    whole, part = _read("en", text)
    assert (part.metric, part.origin, part.destination) == ("returned", "SDN", "ETH")
    assert (whole.origin, whole.destination) == ("SDN", "ETH")


def test_people_registered_entering_entered_refugees_registered_are_registered() -> None:
    (entering,) = _read(
        "en",
        "The institute said it had registered more than 11,300 Cubans entering Honduras "
        "irregularly from Nicaragua since 1 August.",
    )
    (refugees,) = _read("en", "The agency registered 5,000 refugees arriving from Sudan in Chad.")
    assert (entering.metric, entering.origin, entering.destination) == ("entered", "NIC", "HND")
    assert refugees.metric == "refugees_registered"


def test_a_figure_someone_denied_that_is_left_out() -> None:
    reading = read_article(
        "Headline\n\nMauritania expelled 300 migrants to Senegal. Nouakchott denied that 40 "
        "children had been among those expelled.",
        "en",
        date(2023, 10, 3),
    )
    assert [c.figure.value for c in reading.candidates] == [300]
    assert [(left.figure_text, left.reason) for left in reading.left_out] == [("40", "denied")]


def test_a_deputy_minister_whose_ministry_lists_its_fields() -> None:
    (candidate,) = _read(
        "ru",
        "Как сообщил заместитель министра труда, миграции и занятости населения Таджикистана "
        "Шамсиддин Рахимзода, с начала года в Россию на заработки выехали порядка 318 тыс. "
        "таджикистанцев.",
    )
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Шамсиддин Рахимзода"


@pytest.mark.parametrize(
    ("language", "text", "carried_by"),
    [
        (
            "ru",
            "В понедельник на пункте пропуска «Фарап» не выпустили из Туркменистана семерых "
            "граждан страны, сообщил «Хронике Туркестана» источник в погранслужбе.",
            "Хроника Туркестана",
        ),
        (
            "ru",
            "В воскресенье в Египет въехали почти 3 тыс. суданцев, сообщает Telegram-канал "
            "«Нил Инфо» со ссылкой на источник в египетской пограничной службе.",
            "Нил Инфо",
        ),
        (
            "en",
            "More than 300 people crossed into Chad on Monday, a source at the ministry told "
            "Reuters.",
            "Reuters",
        ),
    ],
)
def test_a_source_nobody_is_named_as_is_no_one_the_outlet_carried_it(
    language: str, text: str, carried_by: str
) -> None:
    (candidate,) = _read(language, text)
    assert candidate.attributed_to is None
    assert candidate.carried_by is not None
    assert candidate.carried_by.name == carried_by


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name in the dative loses only its ending.
        (
            "Медыка өткізу пунктінде екі бағытта тәулігіне 12 мыңға жуық адам шекарадан өтеді, "
            "деп хабарлады PAP агенттігі шекара күзетінің өкілі Анна Михальскаға сілтеме жасап.",
            "Анна Михальска",
        ),
        # Capitalised words before a body's head word are the body's name, no person's.
        (
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің "
            "мәліметінше, 2021 жылы Моңғолиядан 1 200-ге жуық этникалық қазақ оралды.",
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
        ),
    ],
)
def test_kazakh_names_of_people_and_bodies(text: str, expected: str) -> None:
    (candidate,) = _read("kk", text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == expected


def test_his_figures_are_the_man_whose_surname_says_he_is_one() -> None:
    """ "Айбек" reads to the dictionary as a woman's name; "Осмонов" is a man's surname."""
    text = (
        "За словами начальника КПП Айбека Осмонова, щодня кордон на «Ак-Жолі» в обох напрямках "
        "перетинають 15–18 тис. людей. У вівторок, за його даними, до Казахстану виїхали понад "
        "9 тис. осіб."
    )
    last = _read("uk", text)[-1]
    assert last.attributed_to is not None
    assert last.attributed_to.name == "Айбек Осмонов"


def test_kazakh_people_not_let_in_and_sent_back_were_refused_entry() -> None:
    text = (
        "Бейсенбіде Эсейса әуежайында 33 ресейлік елге кірді, тағы алтауы кіргізілмей, кері "
        "қайтарылды."
    )
    metrics = [c.metric for c in _read("kk", text)]
    assert metrics == ["entered", "entry_refused"]


def test_kazakh_people_there_are_in_deportation_centres_are_a_stock() -> None:
    reading = read_article(
        "Headline\n\nОл Сауд Арабиясындағы депортациялық орталықтарда тағы 30 мыңға жуық "
        "эфиопиялық бар екенін қосты.",
        "kk",
        date(2024, 1, 17),
    )
    assert reading.candidates == ()
    assert [left.reason for left in reading.left_out] == ["stock"]
