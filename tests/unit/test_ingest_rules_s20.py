"""Readings found in the nineteenth session in a seventh batch of short items (figures and
names invented here): whose data were published when, a body known by its initials, people
turned back at a country's own borders, parts of the papers counted before, the countries
that took a part of those who left, and a news site told."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.words import words_for
from bot.render.ingest import render_left_out
from tests.ingest_reading import read_candidates, said_and_carried, under_a_headline

# A Thursday.
THURSDAY = date(2025, 3, 13)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # When the data came out stands between their verb and whose they are.
        (
            "Some 3,400 asylum claims were lodged at Lisbon airport in February, according to "
            "data published on Tuesday by the Immigration and Borders Agency.",
            "Immigration and Borders Agency",
        ),
        (
            "More than 52,000 Sri Lankan workers left the country in February, data released "
            "last Friday by the Bureau of Foreign Employment show.",
            "Bureau of Foreign Employment",
        ),
        (
            "Nearly 9,000 Filipino workers left for jobs abroad in February, figures issued "
            "yesterday by the Department of Migrant Workers show.",
            "Department of Migrant Workers",
        ),
    ],
)
def test_data_published_on_a_day_by_a_body(text: str, speaker: str) -> None:
    (candidate,) = read_candidates("en", THURSDAY, text)
    assert said_and_carried(candidate)[0] == speaker


def test_a_body_known_by_its_initials_is_its_initials() -> None:
    # Not "Dutch initials IND": the initials are the body's name.
    (candidate,) = read_candidates(
        "en",
        THURSDAY,
        "Eritreans filed 1,150 asylum applications in the Netherlands in February, the "
        "service, known by its Dutch initials IND, said.",
    )
    assert said_and_carried(candidate)[0] == "IND"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turned back at a country's own borders: kept out of it.
        (
            "Police turned back 2,310 people at Austria's land borders in February, the "
            "interior ministry said.",
            ("entry_refused", None, "AUT"),
        ),
        (
            "Officers turned back 64 Albanians at Britain's airports last week, the Home "
            "Office said.",
            ("entry_refused", "ALB", "GBR"),
        ),
        # Men kept from leaving are kept in, whatever border they were stopped at; the
        # border's other side is where they were headed (since the thirty-second session,
        # "Ukraine's border with Moldova" names both sides).
        (
            "Guards turned back 300 men at Ukraine's border with Moldova as they tried to "
            "leave the country, the service said.",
            ("exit_refused", "UKR", "MDA"),
        ),
        # "Leave to land" refused is entry refused.
        (
            "Immigration officers refused leave to land to 870 passengers at Dublin Airport "
            "in February, the bureau said.",
            ("entry_refused", None, "IRL"),
        ),
    ],
)
def test_turned_back_at_a_countrys_own_borders(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (candidate,) = read_candidates("en", THURSDAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


@pytest.mark.parametrize(
    "part",
    [
        "Afghan nationals lodged 1,020 of the claims, the ministry said.",
        "Afghan nationals lodged 1,020 of the February applications, the ministry said.",
    ],
)
def test_a_part_of_the_papers_counted_before_takes_their_period(part: str) -> None:
    whole = (
        "Austria received 6,480 asylum applications in February, according to the interior "
        "ministry."
    )
    candidates = read_candidates("en", THURSDAY, f"{whole} {part}")
    part_read = next(c for c in candidates if c.figure.value == 1020)
    assert (part_read.citizenship, part_read.destination) == ("AFG", "AUT")
    assert (part_read.period_start, part_read.period_end) == (
        date(2025, 2, 1),
        date(2025, 2, 28),
    )


@pytest.mark.parametrize(
    ("part", "value", "destination"),
    [
        ("Saudi Arabia took 21,300 of them, the bureau said.", 21300, "SAU"),
        (
            "Qatar remained the main destination, taking 18,400 of them, the bureau said.",
            18400,
            "QAT",
        ),
    ],
)
def test_the_country_that_took_a_part_of_those_who_left(
    part: str, value: int, destination: str
) -> None:
    whole = "More than 61,000 Nepali workers left the country in February, the bureau said."
    candidates = read_candidates("en", THURSDAY, f"{whole} {part}")
    part_read = next(c for c in candidates if c.figure.value == value)
    assert (part_read.metric, part_read.origin, part_read.destination) == (
        "left",
        "NPL",
        destination,
    )


def test_a_news_site_told_carried_the_figure() -> None:
    (candidate,) = read_candidates(
        "en",
        THURSDAY,
        "Russian border officers refused entry to 640 Kyrgyz nationals at Moscow airports in "
        "February, the ministry's spokesman, Azamat Bekov, told the news site Bishkek Daily.",
    )
    assert said_and_carried(candidate) == ("Azamat Bekov", "Bishkek Daily")


def test_the_turks_and_caicos_are_not_turks() -> None:
    (candidate,) = read_candidates(
        "en",
        THURSDAY,
        "The migration office said it received 2,040 people from the Turks and Caicos this year.",
    )
    assert candidate.origin == "TCA"
    assert candidate.citizenship is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "В феврале в Австрии подали 6 480 ходатайств об убежище, сообщило министерство. "
            "Больше всего заявлений подали граждане Сирии — 2 100, Афганистана — 1 020 и "
            "Ирака — 640, уточнили в министерстве.",
        ),
        (
            "uk",
            "У лютому в Австрії подали 6 480 заяв про притулок, повідомило міністерство. "
            "Найчастіше заяви подавали громадяни Сирії (2 100), Афганістану (1 020) та Іраку "
            "(640).",
        ),
    ],
)
def test_each_figure_of_a_list_is_of_the_country_before_it(language: str, text: str) -> None:
    candidates = read_candidates(language, THURSDAY, text)
    read = {c.figure.value: (c.citizenship, c.destination) for c in candidates}
    assert read[2100] == ("SYR", "AUT")
    assert read[1020] == ("AFG", "AUT")
    assert read[640] == ("IRQ", "AUT")


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        # A state or its body returning people to another country sent them there.
        ("uk", "У лютому Австралія повернула до Коломбо 85 людей.", "deported"),
        ("ru", "В феврале Турция вернула в Сирию 300 беженцев.", "deported"),
        ("uk", "Інститут міграції в лютому повернув до Гватемали 870 іноземців.", "deported"),
        # Its own people fetched back from somewhere came home.
        ("uk", "У лютому Україна повернула з Росії ще 20 дітей.", "returned"),
        ("ru", "В феврале Казахстан вернул из Ливана 120 своих граждан.", "returned"),
    ],
)
def test_a_state_returning_people_elsewhere_sent_them(
    language: str, text: str, metric: str
) -> None:
    (candidate,) = read_candidates(language, THURSDAY, text)
    assert candidate.metric == metric


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "У лютому з країни депортували 212 осіб, повідомили в Міністерстві юстиції країни.",
            "Міністерство юстиції",
        ),
        (
            "ru",
            "В феврале из страны выслали 212 человек, сообщили в Министерстве юстиции страны.",
            "Министерство юстиции",
        ),
    ],
)
def test_the_country_after_a_bodys_name_is_no_part_of_it(
    language: str, text: str, speaker: str
) -> None:
    (candidate,) = read_candidates(language, THURSDAY, text)
    assert said_and_carried(candidate)[0] == speaker


def test_kazakh_more_than_of_them() -> None:
    # "асы": more than that many of those counted.
    (candidate,) = read_candidates(
        "kk", THURSDAY, "Шекарадан өткендердің 200 мыңнан асы Сирия азаматтары."
    )
    assert (candidate.figure.qualifier, candidate.figure.value) == ("more_than", 200_000)


def test_a_figure_of_countries_is_no_flow() -> None:
    candidates = read_candidates(
        "en",
        THURSDAY,
        "Algeria expelled 2,300 migrants to Niger in February, and they came from 14 other "
        "African countries, the network said.",
    )
    assert [c.figure.value for c in candidates] == [2300]


@pytest.mark.parametrize(
    "text",
    [
        "З 6 по 12 березня прикордонники не пропустили до Польщі 37 чоловіків, повідомив "
        "речник Державної прикордонної служби України Ярослав Білик.",
        "З 6 по 12 березня прикордонники не пропустили до Польщі 37 чоловіків, повідомив "
        "речник ДПСУ Олег Білик.",
    ],
)
def test_a_states_own_service_kept_its_men_in(text: str) -> None:
    # A surname that folds to a Kazakh word for "authority" ("Білик", "билік") is a name.
    (candidate,) = read_candidates("uk", THURSDAY, text)
    assert (candidate.metric, candidate.destination) == ("exit_refused", "POL")
    assert (said_and_carried(candidate)[0] or "").endswith("Білик")


def test_each_deported_item_of_a_list_went_home() -> None:
    candidates = read_candidates(
        "uk",
        THURSDAY,
        "У лютому з України примусово видворили 640 іноземців, повідомили в ДМС. Найбільше "
        "видворених були громадянами Молдови — 210, Узбекистану — 90 та Азербайджану — 40.",
    )
    read = {c.figure.value: (c.citizenship, c.destination) for c in candidates}
    assert read[90] == ("UZB", "UZB")
    assert read[40] == ("AZE", "AZE")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "У лютому польські прикордонники зупинили 1 380 спроб незаконного перетину "
            "кордону з Білоруссю.",
        ),
        ("en", "Polish border guards refused entry to 30 people at the border with Belarus."),
    ],
)
def test_guards_refuse_entry_into_their_own_state(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, THURSDAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "BLR",
        "POL",
    )


def test_kazakh_came_ashore_entered() -> None:
    # "жағаға шықты": came ashore, though "шықты" alone is "left".
    (candidate,) = read_candidates(
        "kk", THURSDAY, "Ақпан айында Йемен жағалауына 500-ден астам адам жағаға шықты."
    )
    assert candidate.metric == "entered"


def test_stopped_on_the_way_into_the_speaking_bodys_state() -> None:
    (candidate,) = read_candidates(
        "kk",
        THURSDAY,
        "АҚШ Кеден және шекара қорғау қызметінің мәліметінше, ақпан айында Мексикадан АҚШ-қа "
        "заңсыз өтпек болған 41 мыңнан аса адам ұсталды.",
    )
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "MEX",
        "USA",
    )


@pytest.mark.parametrize(
    "text",
    [
        "За праздники из Армении выехали 48,2 тыс. человек, как заявил в интервью ТАСС "
        "начальник пограничных войск Армении Арман Гаспарян.",
        "За праздники из Армении выехали 48,2 тыс. человек, заявил в интервью ТАСС начальник "
        "пограничных войск Армении Арман Гаспарян.",
    ],
)
def test_an_interview_given_to_an_agency_before_the_speaker(text: str) -> None:
    (candidate,) = read_candidates("ru", THURSDAY, text)
    assert said_and_carried(candidate) == ("Арман Гаспарян", "ТАСС")


def test_the_agencys_interlocutor_is_no_one_named() -> None:
    (candidate,) = read_candidates(
        "ru",
        THURSDAY,
        "В феврале 97 должников, по словам собеседника агентства, вылетели в Стамбул.",
    )
    assert said_and_carried(candidate)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "По данным ведомства, в реестре лиц с запретом на въезд в РФ сейчас остаются около "
        "71 тыс. граждан республики.",
        "У базі обмежень на виїзд зараз перебувають близько 8 млн осіб.",
    ],
)
def test_people_in_a_register_are_no_flow(text: str) -> None:
    language = "uk" if "У базі" in text else "ru"
    assert read_candidates(language, THURSDAY, text) == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Some 120 migrants drowned after leaving Libya in February."),
        ("kk", "Ақпанда бұл жолда кемінде 58 адам қаза тапты немесе хабарсыз кетті."),
        ("kk", "Ақпанда Гавдос маңында қайық аударылып, 9 адам хабарсыз кетті."),
    ],
)
def test_the_dead_and_the_missing_are_no_flow(language: str, text: str) -> None:
    assert read_candidates(language, THURSDAY, text) == ()


def test_a_shooting_that_died_down_killed_no_one() -> None:
    (candidate,) = read_candidates(
        "en",
        THURSDAY,
        "Some 1,200 people went back across the river to Myanmar on Friday once the shooting "
        "died down, the governor said.",
    )
    assert candidate.figure.value == 1200


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Australia deported 1,021 New Zealand citizens in the year to June 30, the ministry "
            "said.",
            # The latest June begun by the report: 2024's.
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
        (
            "The Home Office removed 5,212 Albanian nationals to Albania in the 12 months to the "
            "end of January, the department said.",
            (date(2024, 2, 1), date(2025, 1, 31)),
        ),
        (
            "The Home Office removed 5,212 Albanian nationals in the year to 15 February, the "
            "department said.",
            (date(2024, 2, 16), date(2025, 2, 15)),
        ),
    ],
)
def test_the_year_to_a_day(text: str, period: tuple[date, date]) -> None:
    (candidate,) = read_candidates("en", THURSDAY, text)
    assert (candidate.period_start, candidate.period_end) == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb's particle a relative clause away: "pushed ... back".
        (
            "Assam police pushed 303 people they described as illegal immigrants back across "
            "the border into Bangladesh in February, the chief minister said.",
            ("deported", None, "BGD", None),
        ),
        # Taken back to a state's sea: pushed back; "Turkish" names the sea, not the people.
        (
            "A further 640 people were intercepted at sea and returned to Turkish waters in "
            "February, the ministry said.",
            ("deported", None, "TUR", None),
        ),
        # People arriving, counted: they arrived; no one registered as a refugee.
        (
            "In February, 1,950 people arriving on Samos from the Turkish coast were recorded "
            "by the Hellenic Coast Guard.",
            ("entered", "TUR", "GRC", None),
        ),
    ],
)
def test_moves_told_around_their_people(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    (candidate,) = read_candidates("en", THURSDAY, text)
    assert (
        candidate.metric,
        candidate.origin,
        candidate.destination,
        candidate.citizenship,
    ) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "outlet"),
    [
        (
            "Foreign Minister Aroha Tane's office said in a statement that 70 of those sent "
            "back to New Zealand in February had lived in Australia since childhood.",
            "Aroha Tane",
            None,
        ),
        (
            "Some 5,870 people arrived on the islands by the Algerian route in February, "
            "according to the Interior Ministry's fortnightly bulletin.",
            "Ministry of Internal Affairs",
            None,
        ),
        (
            "Government delegate Alfonso Ferrer told the radio station Onda Balear that 410 "
            "Algerian nationals were returned to Algeria in February.",
            "Alfonso Ferrer",
            "Onda Balear",
        ),
    ],
)
def test_whose_office_bulletin_and_station(text: str, speaker: str, outlet: str | None) -> None:
    (candidate,) = read_candidates("en", THURSDAY, text)
    assert said_and_carried(candidate) == (speaker, outlet)


def test_people_still_missing_are_no_flow() -> None:
    text = "Red Cross workers said 11 people were still missing after a boat that left Annaba."
    assert read_candidates("en", THURSDAY, text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Foreigners "қайтарылды" to where they came from were sent back.
        (
            "Кипр Ішкі істер министрі Никос Павлидис ақпанда Ливаннан аралға бет алған бес "
            "қайық кері бұрылып, оларда болған 270-ке жуық адам Ливанға қайтарылғанын "
            "хабарлады.",
            ("deported", "CYP", "LBN"),
        ),
        # Brought back from where they were: home.
        (
            "Комитеттің мәліметінше, ақпан айында Сириядан 47 адам қайтарылған.",
            ("returned", "SYR", None),
        ),
        # "Күштеп өткізді": forced across.
        (
            "Бангладеш шекара күзеті ақпанда Үндістан шекарашылары Бангладеш аумағына 1 200-ден "
            "астам адамды күштеп өткізгенін мәлімдеді.",
            ("deported", "IND", "BGD"),
        ),
    ],
)
def test_kazakh_sent_back_and_brought_back(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (candidate,) = read_candidates("kk", THURSDAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "В феврале во въезде отказали 612 гражданам Таиланда, сообщил директор службы Ли "
            "Сон Хо.",
            "Ли Сон Хо",
        ),
        (
            "В феврале из Ирана вернулись 41 230 афганцев, сообщил глава департамента Мавлави "
            "Абдул Бари Хакими.",
            "Мавлави Абдул Бари Хакими",
        ),
        (
            "В феврале за границу выехали 15 тыс. граждан Вьетнама, сообщил директор "
            "департамента Ле Тхань Бинь.",
            "Ле Тхань Бинь",
        ),
    ],
)
def test_a_foreign_name_is_whole(text: str, speaker: str) -> None:
    (candidate,) = read_candidates("ru", THURSDAY, text)
    assert said_and_carried(candidate)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # Another state's guards sending people to their own country sent them back.
        "У лютому австралійські прикордонники повернули на Шрі-Ланку 41 громадянина цієї "
        "країни, чий човен перехопили біля Кокосових островів.",
        # A readmission is a sending back.
        "Ще 1 115 людей, затриманих після перетину кордону, у лютому за угодою про реадмісію "
        "повернули до Польщі.",
    ],
)
def test_ukrainian_sent_back(text: str) -> None:
    (candidate,) = read_candidates("uk", THURSDAY, text)
    assert candidate.metric == "deported"


@pytest.mark.parametrize(
    ("language", "text", "shown"),
    [
        ("en", "Some 120 migrants drowned after leaving Libya in February.", "dead or missing"),
        (
            "uk",
            "За його словами, у лютому ще 12 чоловіків загинули або зникли безвісти.",
            "загиблі або зниклі безвісти",
        ),
    ],
)
def test_the_curator_is_told_the_dead_are_left_out(language: str, text: str, shown: str) -> None:
    reading = under_a_headline(language, THURSDAY, text)
    assert [item.reason for item in reading.left_out] == ["dead"]
    assert shown in render_left_out(list(reading.left_out), words_for(language))
