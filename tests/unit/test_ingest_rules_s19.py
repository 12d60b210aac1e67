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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # On a channel's air, the channel in the genitive, then the speaker.
        (
            "ru",
            # (A grant of citizenship is no fact since the thirty-second session: an
            # application is.)
            "С начала года гражданство Сербии запросили 900 граждан России, сообщил в эфире "
            "телеканала N1 советник министра Драган Петрович.",
            ("Драган Петрович", "N1"),
        ),
        # A few words of when between "в" and the report.
        (
            "ru",
            "В январе—марте в Ирландии было подано 3 900 ходатайств об убежище, говорится в "
            "опубликованном во вторник отчёте Министерства юстиции.",
            ("Министерство юстиции", None),
        ),
        # Data someone got out is theirs to give; data a body handed over, the body's.
        (
            "en",
            "Only 52 people were deported from Ireland in 2023, according to data obtained by "
            "the Irish Refugee Council.",
            ("Irish Refugee Council", None),
        ),
        (
            "en",
            "Officers refused entry to 1,300 Thai nationals in May, according to data the "
            "Ministry of Justice submitted to a lawmaker.",
            ("Ministry of Justice", None),
        ),
        # A place before a body set off by a comma is where the flight came from.
        (
            "en",
            "A total of 310 workers arrived in Manila on Monday aboard a chartered flight from "
            "Beirut, the Department of Migrant Workers said.",
            ("Department of Migrant Workers", None),
        ),
    ],
)
def test_who_said_it_second_round(
    language: str, text: str, expected: tuple[str, str | None]
) -> None:
    (candidate,) = read_candidates(language, TUESDAY, text)
    assert said_and_carried(candidate) == expected


def test_the_paper_that_adds_a_figure_is_the_one_named_before() -> None:
    *_, added = read_candidates(
        "ru",
        TUESDAY,
        "В 2025 году институт принял не менее 50 тыс. заявлений о приобретении гражданства "
        "Португалии, пишет газета Expresso со ссылкой на данные института. Ещё 3 тыс. 900 "
        "заявлений о гражданстве поступило от израильтян, уточняет издание.",
    )
    assert said_and_carried(added) == (None, "Expresso")


def test_the_un_agency_is_the_one_named_before() -> None:
    (candidate,) = read_candidates(
        "en",
        TUESDAY,
        "UNHCR registered 2,100 new refugees from Mali at the Mbera camp last week, the UN "
        "agency said.",
    )
    assert said_and_carried(candidate) == ("UNHCR", None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "За праздники 14 несовершеннолетним гражданам Молдовы не разрешили выезд.",
            ("exit_refused", "exact", 14),
        ),
        (
            "uk",
            "За свята 14 неповнолітнім громадянам Молдови не дозволили виїзд.",
            ("exit_refused", "exact", 14),
        ),
        (
            "en",
            "Officials said 41 travellers were refused permission to land at the airport.",
            ("entry_refused", "exact", 41),
        ),
        # Tens counted as "десятки" are round.
        (
            "ru",
            "С начала года Норвегия отказала во въезде двум десяткам граждан России.",
            ("entry_refused", "about", 20),
        ),
        (
            "ru",
            "За тот же период из страны были выдворены почти полсотни человек.",
            ("deported", "almost", 50),
        ),
        (
            "uk",
            "За той самий період з країни видворили майже півсотні людей.",
            ("deported", "almost", 50),
        ),
        # The particle after the people: "pushed ... into", "sent ... back", "turned ... away".
        (
            "en",
            "India has pushed 1,480 people into Bangladesh since May 7, the border guard said.",
            ("deported", "exact", 1480),
        ),
        ("en", "Spain sent 300 migrants home last week.", ("deported", "exact", 300)),
        (
            "en",
            "Officers turned 40 travellers away at the airport on Monday.",
            ("entry_refused", "exact", 40),
        ),
        (
            "en",
            "Mainland visitors made 1.2 million trips into Hong Kong over the holiday.",
            ("entered", "exact", 1200000),
        ),
        # A checkpoint's daily flow, no way told: both ways.
        (
            "kk",
            "Оның айтуынша, бекеттен тәулігіне 6-8 мың адам өтетінін айтты.",
            ("crossings", "range", 6000),
        ),
    ],
)
def test_what_moved_and_how_many(language: str, text: str, expected: tuple[str, str, int]) -> None:
    (candidate,) = read_candidates(language, TUESDAY, text)
    figure = candidate.figure
    assert (candidate.metric, figure.qualifier.value, figure.value) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Money after any currency sign, and Kazakh-declined sums.
        ("en", "Each of the 287 workers who returned home on Monday gets ₱150,000 in aid."),
        ("kk", "Бюро дерегінше, кеше елге 200 адам оралды, олардың қарызы 45 млрд сумнан асады."),
        # Papers and flights, not people.
        (
            "en",
            "Only 48 people were deported from Ireland in 2023, although 1,200 deportation "
            "orders were signed.",
        ),
        (
            "ru",
            "В среду в аэропорту встретили 300 репатриантов, прилетевших двумя спецрейсами.",
        ),
    ],
)
def test_one_figure_of_people_among_other_figures(language: str, text: str) -> None:
    assert len(read_candidates(language, TUESDAY, text)) == 1


def test_who_work_somewhere_moved_nowhere() -> None:
    assert not read_candidates(
        "kk", TUESDAY, "Министрліктің дерегінше, Ресейде 350 мыңдай қырғызстандық жұмыс істейді."
    )


def test_people_turned_back_trying_to_enter_from_a_country() -> None:
    (candidate,) = read_candidates(
        "en",
        TUESDAY,
        "Chilean troops turned back 64 people trying to enter from Bolivia over the weekend.",
    )
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "BOL",
        "CHL",
    )


@pytest.mark.parametrize(
    ("language", "text", "periods"),
    [
        (
            "en",
            "Costa Rica received 9,100 asylum requests between January and August, down from "
            "13,900 in the same months of 2023.",
            [(date(2025, 1, 1), date(2025, 8, 31)), (date(2023, 1, 1), date(2023, 8, 31))],
        ),
        (
            "ru",
            "С января по август в Коста-Рике подали 9 100 ходатайств об убежище против 13 900 "
            "за аналогичный период 2023 года.",
            [(date(2025, 1, 1), date(2025, 8, 31)), (date(2023, 1, 1), date(2023, 8, 31))],
        ),
        # "The year before" is the year before the one the first figure is of.
        (
            "en",
            "Officers handed 1,870 migrants back to Croatia last year, against 3,100 the year "
            "before.",
            [(date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))],
        ),
    ],
)
def test_a_figure_compared_with_another_year(
    language: str, text: str, periods: list[tuple[date, date]]
) -> None:
    candidates = read_candidates(language, date(2025, 9, 10), text)
    assert [(c.period_start, c.period_end) for c in candidates] == periods


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Речник хунти Чжо Тхет Аунг заявив, що призов почнеться у квітні. За даними "
            "правозахисників, після оголошення призову 10 лютого до Таїланду виїхали "
            "щонайменше десять тисяч молодих м'янманців.",
        ),
        (
            "en",
            "A junta spokesman, Zaw Min Tun, said the call-up would start in April. After the "
            "conscription law was announced on February 10, at least 10,000 young men left "
            "for Thailand, according to rights groups.",
        ),
    ],
)
def test_unnamed_groups_are_no_one_and_after_an_event_is_since(language: str, text: str) -> None:
    *_, candidate = read_candidates(language, date(2025, 2, 27), text)
    assert said_and_carried(candidate) == (None, None)
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == (
        date(2025, 2, 10),
        None,
        date(2025, 2, 27),
    )


def test_a_short_name_is_the_body_whose_name_holds_it() -> None:
    *_, candidate = read_candidates(
        "en",
        TUESDAY,
        "Nearly 900 people have applied for asylum at Finland's eastern border since August, "
        "the Finnish Border Guard said. Russia's FSB border service said it saw no crowds. In "
        "2024, only 14 people claimed asylum at the eastern border, according to the Border "
        "Guard.",
    )
    assert said_and_carried(candidate) == ("Finnish Border Guard", None)


def test_what_a_post_is_for_is_no_part_of_its_holders_name() -> None:
    (candidate,) = read_candidates(
        "en",
        TUESDAY,
        "Secretary for Security Edwin Chan wrote on his blog that 231,000 mainland visitors "
        "arrived on Saturday.",
    )
    assert said_and_carried(candidate) == ("Edwin Chan", None)


def test_a_kazakh_source_speaks_on_a_day_before_its_figures_own_period() -> None:
    # 2025-08-25 is a Monday: "бейсенбіде" is the Thursday before, the day the office spoke.
    (candidate,) = read_candidates(
        "kk",
        date(2025, 8, 25),
        "Көші-қон қызметі бейсенбіде жыл басынан бері 3 мыңнан астам шетелдіктің Нидерландыдан "
        "шығарылғанын мәлімдеді.",
    )
    assert (candidate.period_start, candidate.as_of) == (date(2025, 1, 1), date(2025, 8, 21))


def test_the_united_states_in_kazakh_without_america() -> None:
    (candidate,) = read_candidates(
        "kk", TUESDAY, "Қаңтар айында Құрама Штаттардан 5 400 гватемалалық депортацияланды."
    )
    assert candidate.origin == "USA"


def test_a_kazakh_year_that_ended_in_a_month() -> None:
    (candidate,) = read_candidates(
        "kk",
        date(2025, 5, 20),
        "Статистика басқармасы наурызда аяқталған жылы Жаңа Зеландиядан Австралияға 80 мың "
        "адам көшіп кеткенін хабарлады.",
    )
    assert (candidate.period_start, candidate.period_end) == (date(2024, 4, 1), date(2025, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body that kept people from going knows how many it kept.
        (
            "Comptroller Amos Ade said the women were handed over to police. The Nigeria "
            "Immigration Service (NIS) has prevented 52 women from boarding flights to Muscat "
            "since the beginning of October.",
            ("Nigeria Immigration Service", None),
        ),
        # Whose figures, however the report is described.
        (
            "Nearly 21,000 refugees from Sudan have been registered in the settlement this year, "
            "according to OPM figures shared with the Nile Refugee Council.",
            ("OPM", None),
        ),
        (
            "A total of 3,900 migrants reached the Canary Islands by sea in the first half of "
            "the month, according to the latest fortnightly report by Spain's Interior "
            "Ministry, published on Monday.",
            ("Ministry of Internal Affairs of Spain", None),
        ),
        (
            "A record 80,100 New Zealand citizens departed for Australia in the year ended June "
            "2024, according to provisional figures released by Stats NZ on Tuesday.",
            ("Stats NZ", None),
        ),
        # Staff of a place are no one to cite; the outlet carried it.
        (
            "Officers at Yangon airport have stopped at least 1,100 men from boarding flights "
            "abroad in the past five days, the outlet Myanmar Now reported, citing airport "
            "staff.",
            (None, "Myanmar Now"),
        ),
    ],
)
def test_who_said_it_fourth_round(text: str, expected: tuple[str | None, str | None]) -> None:
    *_, candidate = read_candidates("en", TUESDAY, text)
    assert said_and_carried(candidate) == expected


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    *_, candidate = read_candidates(
        "en",
        TUESDAY,
        "The Canada Border Services Agency said 3,200 claims were made at Lacolle. Nationally, "
        "the agency removed 17,900 people from Canada last year, it said.",
    )
    assert said_and_carried(candidate) == ("Canada Border Services Agency", None)
