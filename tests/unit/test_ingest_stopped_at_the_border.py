"""People a state's guards stopped at a border, no way said ("Polish guards stopped 300
migrants at the border with Belarus", "на границе с Беларусью латвийские пограничники
остановили", "прикордонники зупинили на кордоні з Білоруссю", "Польша шекарашылары Беларусь
шекарасында тоқтатты"), are refused entry into the guards' state from the border's other
side; people stopped on their way somewhere ("trying to reach Moldova") keep that way.
Phrasings written for these tests (twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.clauses import read_words
from bot.language.places import Place
from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "value", "guards", "side"),
    [
        ("en", "Polish guards stopped 300 migrants at the border with Belarus on Tuesday.",
         300, "POL", "BLR"),
        ("en", "At the border with Belarus, Lithuanian guards stopped 85 migrants on Sunday.",
         85, "LTU", "BLR"),
        ("en", "Over the weekend, 120 people were stopped at the border with Belarus, the "
         "Latvian State Border Guard said.", 120, "LVA", "BLR"),
        ("en", "Latvian border guards said on Monday they had stopped 120 people at the "
         "Belarusian border over the weekend.", 120, "LVA", "BLR"),
        ("en", "Latvian border guards turned back 120 people at the border with Belarus over "
         "the weekend.", 120, "LVA", "BLR"),
        ("ru", "В выходные литовские пограничники остановили 85 мигрантов на границе с "
         "Беларусью.", 85, "LTU", "BLR"),
        ("ru", "За выходные на границе с Беларусью латвийские пограничники остановили 120 "
         "человек.", 120, "LVA", "BLR"),
        ("ru", "На границе с Беларусью латвийские пограничники за выходные остановили 120 "
         "человек.", 120, "LVA", "BLR"),
        ("uk", "Учора польські прикордонники зупинили на кордоні з Білоруссю 300 мігрантів.",
         300, "POL", "BLR"),
        ("uk", "На кордоні з Білоруссю литовські прикордонники в неділю зупинили 85 мігрантів.",
         85, "LTU", "BLR"),
        ("uk", "120 мігрантів були зупинені на кордоні з Білоруссю, повідомила Державна "
         "прикордонна служба Латвії.", 120, "LVA", "BLR"),
        ("kk", "Кеше Польша шекарашылары Беларусь шекарасында 300 мигрантты тоқтатты.",
         300, "POL", "BLR"),
        ("kk", "Демалыс күндері Латвия шекарашылары Беларусь шекарасында 120 адамды тоқтатты.",
         120, "LVA", "BLR"),
    ],
)  # fmt: skip
def test_stopped_at_a_border_is_refused_entry_into_the_guards_state(
    language: str, text: str, value: int, guards: str, side: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    found = (candidate.metric, candidate.figure.value, candidate.origin, candidate.destination)
    assert found == ("entry_refused", value, side, guards)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ukrainian border guards stopped 37 men trying to reach Moldova over the "
         "weekend."),
        ("en", "The Ukrainian border guards stopped 37 men bound for Moldova over the weekend."),
    ],
)  # fmt: skip
def test_stopped_on_their_way_out_is_refused_exit_towards_where_they_went(
    language: str, text: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "exit_refused",
        "UKR",
        "MDA",
    )


def test_a_state_stopping_its_own_men_at_a_border_keeps_them_in() -> None:
    text = "12 тысяч мужчин были остановлены на российско-казахстанской границе, сообщила ФСБ."
    (candidate,) = read_candidates("ru", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "exit_refused",
        "RUS",
        "KAZ",
    )


def test_detained_at_a_border_is_no_refusal() -> None:
    # Caught, perhaps after crossing: no one says they were kept out.
    text = "Polish guards detained 30 migrants at the border with Belarus."
    assert [c.metric for c in read_candidates("en", DAY, text)] != ["entry_refused"]


def test_a_border_named_at_the_start_keeps_its_side_before_a_peoples_adjective() -> None:
    text = "На границе с Беларусью латвийские пограничники не пропустили 120 человек."
    places, _ = read_words(text, "ru").places(0, len(text), "ru")
    assert Place("BLR", "border") in places


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Минулого місяця прикордонники в аеропорту Пірсон не пустили до Канади щонайменше "
         "25 українців, у яких були недійсні візи, сказала речниця агентства Ребекка Міллс."),
        ("ru", "В прошлом месяце пограничники в аэропорту Пирсон не пустили в Канаду не менее 25 "
         "украинцев, сказала представитель агентства Ребекка Миллс."),
    ],
)  # fmt: skip
def test_not_let_into_a_country_at_its_airport_is_refused_entry(language: str, text: str) -> None:
    # Where it happened (the airport, in Canada) and then the way (into Canada): the way.
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "UKR",
        "CAN",
    )
