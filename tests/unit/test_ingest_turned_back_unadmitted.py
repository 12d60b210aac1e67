"""People an English report says were turned back for want of what lets one in (a visa, a
passport, a border pass, a return ticket) or on their way in ("to enter Hungary") were refused
entry, into the country that turned them back; people turned back on their way out ("heading
for Hungary") or with no want said stay refused exit. Phrasings written for these tests
(thirtieth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("ACCRA, 9 June 2025 (Coast Wire) — Immigration officers at Kotoka airport turned back "
         "58 Nigerians last month because they could not show return tickets, the Ghana "
         "Immigration Service said.", "NGA", "GHA"),
        # "department" is no departure.
        ("LUSAKA, 9 June 2025 (Copperbelt Wire) — The Zambian immigration department said it "
         "had turned back 31 Congolese traders without valid passports at Kasumbalesa in May.",
         "COD", "ZMB"),
        ("BUDAPEST, 9 June 2025 (Danube Wire) — Hungarian police turned away 140 people at "
         "the Röszke crossing in May because they lacked the documents to enter Hungary, a "
         "police spokesman said.", None, "HUN"),
        # The way named, the place they were kept out of.
        ("In May officers at the Oiapoque bridge turned away 27 Brazilian traders into French "
         "Guiana who had no valid border pass, the prefecture said.", "BRA", "GUF"),
        # Kept out of the speaking body's state, coming from the place named.
        ("Migración Chile, the Chilean migration service, said it had turned back 64 "
         "Bolivians without visas on its side of the Colchane crossing in May.", None, "CHL"),
    ],
)  # fmt: skip
def test_turned_back_for_want_of_papers_is_refused_entry(
    text: str, origin: str | None, destination: str
) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "entry_refused"
    assert candidate.destination == destination
    if origin is not None:
        assert candidate.origin == origin


@pytest.mark.parametrize(
    "text",
    [
        ("BUDAPEST, 9 June 2025 (Danube Wire) — Serbian police turned back 140 Serbians "
         "heading for Hungary who had no valid passports in May, a police spokesman said."),
        ("KYIV, 9 June 2025 (Dnipro Wire) — Border guards turned back 40 men with forged "
         "medical certificates at the Moldovan border in May, a spokesman said."),
        ("Border guards turned back 35 Georgians without exit stamps who were trying to leave "
         "the country in May, the service said."),
    ],
)  # fmt: skip
def test_turned_back_on_the_way_out_stays_refused_exit(text: str) -> None:
    (candidate,) = read_candidates("en", DAY, text)
    assert candidate.metric == "exit_refused"


def test_entering_from_a_place_says_where_they_came_from() -> None:
    text = (
        "In May troops turned back 64 people trying to enter from Bolivia without visas, the "
        "Chilean army said."
    )
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.origin) == ("entry_refused", "BOL")


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        # The way in named: into the country.
        ("uk", "Керівник таїландського пункту пропуску Садао сказав, що за ці дні на в'їзд до "
         "королівства не пустили 58 іноземців з Малайзії, переважно через прострочені "
         "паспорти.", "MYS", "THA"),
        ("ru", "Руководитель таиландского пункта пропуска Садао сказал, что за эти дни на въезд "
         "в королевство не пустили 58 иностранцев из Малайзии из-за просроченных паспортов.",
         "MYS", "THA"),
        # Foreigners without papers.
        ("uk", "З 1 по 15 травня перуанські міграційні служби не пропустили з Еквадору 740 "
         "іноземців, у яких не було паспортів або віз.", "ECU", "PER"),
        # Another state's citizens with bad papers, where it was.
        ("uk", "Речник курдської прикордонної служби Іраку Мухаммад додав, що 260 іранців "
         "розвернули на кордоні через недійсні паспорти.", "IRN", "IRQ"),
        ("ru", "На прошлой неделе финские пограничники не пропустили 45 граждан России с "
         "поддельными визами, сообщила погранслужба Финляндии.", "RUS", "FIN"),
    ],
)  # fmt: skip
def test_kept_out_for_want_of_papers_in_russian_and_ukrainian(
    language: str, text: str, origin: str, destination: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        origin,
        destination,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A state's own men, kept in.
        ("uk", "Минулого тижня прикордонники не пропустили 37 чоловіків з підробленими "
         "документами, повідомив речник ДПСУ."),
        ("uk", "Минулого тижня ДПСУ не пропустила 37 громадян України з підробленими "
         "документами, повідомив речник."),
        ("ru", "На прошлой неделе пограничники не выпустили на выезд 40 россиян без "
         "загранпаспортов, сообщила погранслужба."),
    ],
)  # fmt: skip
def test_own_people_with_bad_papers_stay_refused_exit(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert candidate.metric == "exit_refused"


def test_kept_out_at_a_crossing_came_from_the_articles_other_side() -> None:
    text = (
        "Як інформує Управління з питань кордонів ПАР, минулого тижня Південно-Африканська "
        "Республіка вислала через пункт пропуску Бейтбридж 1 137 громадян Зімбабве. Ще 260 "
        "людей того ж тижня не пустили на цьому пункті до країни через підроблені документи."
    )
    _, kept_out = read_candidates("uk", DAY, text)
    assert (kept_out.metric, kept_out.origin, kept_out.destination) == (
        "entry_refused",
        "ZWE",
        "ZAF",
    )


def test_foreigners_kept_out_at_an_airport_came_from_anywhere() -> None:
    text = (
        "Як інформує Управління з питань кордонів ПАР, минулого тижня Південно-Африканська "
        "Республіка вислала через пункт пропуску Бейтбридж 1 137 громадян Зімбабве. В "
        "аеропорту Йоганнесбурга того ж тижня не пустили до країни 260 іноземців."
    )
    _, kept_out = read_candidates("uk", DAY, text)
    assert (kept_out.metric, kept_out.origin, kept_out.destination) == (
        "entry_refused",
        None,
        "ZAF",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Еще 1 380 иностранцам за тот же период закрыли въезд в страну прямо на пунктах "
         "пропуска, сообщило МВД Казахстана."),
        ("uk", "Ще 1 380 іноземцям за той самий період закрили в'їзд до країни на пунктах "
         "пропуску, повідомило МВС Казахстану."),
    ],
)  # fmt: skip
def test_entry_closed_to_them_is_refused_entry(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.destination) == ("entry_refused", "KAZ")
