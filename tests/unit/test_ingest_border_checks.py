"""Border posts' counts, as a curator reads them: people "checked" or "processed" at a post
("оформили" at the border) crossed it, whichever way; "Entry into Romania was refused to 64"
and "illegal crossings from Belarus" prevented are entries refused; people stopped "on their
way to Iraq" were kept from leaving; a coast guard that stops people "trying to reach" its
own state's territory kept them out of it; "... and denied that" denies what follows it, not
the count before it. Phrasings from the short items' tuning misses (twenty-eighth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.language.countries import sovereign

DAY = date(2026, 1, 9)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Border police officers at the Moravița checkpoint on the border with Serbia "
         "checked more than 46,000 people in the last ten days, the inspectorate said."),
        ("en", "Officers at the Kapitan Andreevo checkpoint processed 31,000 travellers on "
         "Sunday, the border police said."),
        ("ru", "За сутки пограничники оформили более 40 тысяч человек на границе с Польшей, "
         "сообщили в ГПСУ."),
        ("uk", "За добу прикордонники оформили понад 40 тисяч осіб на кордоні з Польщею, "
         "повідомили в ДПСУ."),
    ],
)  # fmt: skip
def test_people_put_through_a_border_post_crossed_it(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert candidate.metric == "crossings"


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        # Let through by a state's guards, with the state named: let in.
        ("uk", "Прикордонники пропустили в Україну 12 тисяч людей, повідомила ДПСУ.", "entered"),
        # Papers processed are no crossing.
        ("en", "Officers at the border post processed 3,000 asylum applications last month.",
         "asylum_applications"),
    ],
)  # fmt: skip
def test_what_is_not_put_through_a_post(language: str, text: str, metric: str) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert candidate.metric == metric


def test_the_noun_of_processing_is_no_crossing() -> None:
    # "вікна для оформлення": windows for processing, in a quotation beside a count let in.
    (candidate,) = read_article(
        "«Ми відкрили додаткові вікна для оформлення на кордоні. Зараз ми пропускаємо від 500 "
        "до 700 людей щодня», – сказав речник прикордонної служби США.",
        "uk",
        DAY,
    ).candidates
    assert candidate.metric == "entered"


def test_a_part_that_left_the_country_left_the_one_the_article_is_about() -> None:
    text = (
        "Border police officers at the Moravița checkpoint on the border with Serbia checked "
        "more than 46,000 people in the last ten days, the inspectorate said. Of these, "
        "27,350 entered Romania, most of them Serbian citizens, and 18,900 left the country."
    )
    whole, came, went = read_article(text, "en", DAY).candidates
    assert whole.metric == "crossings"
    assert (came.metric, came.origin, came.destination) == ("entered", "SRB", "ROU")
    assert (went.metric, went.origin) == ("left", "ROU")
    # The parts are the whole's ten days.
    assert (went.period_start, went.period_end) == (date(2025, 12, 31), DAY)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Entry into Romania was refused to 64 foreign citizens, the police said.",
         "entry_refused"),
        ("Exit from Ukraine was denied to 12 men at the Porubne checkpoint, the guards said.",
         "exit_refused"),
        ("Since the start of the year, guards have prevented roughly 13,500 illegal "
         "crossings from Belarus, a spokeswoman said.", "entry_refused"),
        ("Kuwait's Interior Ministry said 1,460 travellers were stopped at the Abdali post on "
         "their way to Iraq because of unpaid fines or travel bans.", "exit_refused"),
    ],
)  # fmt: skip
def test_the_way_people_were_refused(text: str, metric: str) -> None:
    (candidate,) = read_article(text, "en", DAY).candidates
    assert candidate.metric == metric


def test_crossings_prevented_from_a_country_came_from_it() -> None:
    (candidate,) = read_article(
        "Guards have prevented roughly 13,500 illegal crossings from Belarus this year.",
        "en",
        DAY,
    ).candidates
    assert (candidate.metric, candidate.origin) == ("entry_refused", "BLR")


def test_a_coast_guard_keeps_people_out_of_its_states_territory() -> None:
    (candidate,) = read_article(
        "SAN JUAN, Puerto Rico, Feb 3 (Caribbean Newswire) - The U.S. Coast Guard stopped "
        "1,146 Dominican nationals at sea as they tried to reach Puerto Rico in January, a "
        "spokesman, Petty Officer Luis Rentas, said on Monday.",
        "en",
        date(2026, 2, 3),
    ).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused", "DOM", "PRI"
    )  # fmt: skip


def test_a_territory_is_kept_by_its_state() -> None:
    assert (sovereign("PRI"), sovereign("GUF"), sovereign("HKG")) == ("USA", "FRA", "CHN")
    assert sovereign("KAZ") == "KAZ"


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "Djibouti's interior minister told the state daily La Nation that the country "
         "had expelled 4,700 undocumented foreigners since May 1 and denied that any had "
         "been mistreated.", 4700),
        ("en", "Police had expelled 87 migrants and denied that 5,000 had been rounded up.", 87),
        ("ru", "Полиция выслала 87 мигрантов и опровергла сообщения о том, что задержаны 5 "
         "тысяч человек.", 87),
    ],
)  # fmt: skip
def test_a_denial_joined_after_a_count_denies_what_follows_it(
    language: str, text: str, kept: int
) -> None:
    reading = read_article(text, language, DAY)
    assert [c.figure.value for c in reading.candidates] == [kept]
    assert all(left.reason == "denied" for left in reading.left_out)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # The denial's clause ends where the speaker goes on to say what did happen.
        ("ru", "Министр Биджой Бора отверг данные о «тысячах депортированных» и заявил, что "
         "из штата за май были высланы лишь 303 незаконных мигранта.", 303),
        ("ru", "Вальехо назвал ложными сообщения о том, что эквадорские пограничники "
         "развернули 2 тыс. человек, вместе с тем он подтвердил, что в июне во въезде было "
         "отказано 164 колумбийцам.", 164),
        ("en", "The minister dismissed reports of 'thousands deported' and said that only 303 "
         "migrants had been expelled in May.", 303),
    ],
)  # fmt: skip
def test_what_the_speaker_goes_on_to_say_is_not_denied(
    language: str, text: str, kept: int
) -> None:
    reading = read_article(text, language, DAY)
    assert [c.figure.value for c in reading.candidates] == [kept]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("ru", "Еще 12 человек были остановлены на пунктах пропуска «Паланка» и «Рени» с "
         "поддельными документами, сообщили пограничники.", "exit_refused"),
        ("en", "Another 40 people were stopped at the Kazungula checkpoint with forged "
         "papers, the police said.", "exit_refused"),
        ("ru", "Министр заявил, что за тот же период словацкие пограничники не пропустили из "
         "Венгрии почти 400 человек.", "entry_refused"),
    ],
)  # fmt: skip
def test_people_stopped_at_a_post(language: str, text: str, metric: str) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert candidate.metric == metric


def test_guards_turning_away_people_from_another_state_kept_them_out() -> None:
    (candidate,) = read_article(
        "Министр заявил, что словацкие пограничники не пропустили из Венгрии почти 400 человек.",
        "ru",
        DAY,
    ).candidates
    assert (candidate.origin, candidate.destination) == ("HUN", "SVK")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Во вторник из аэропорта Кеблавик в Каракас вылетел чартерный рейс со 180 "
         "гражданами Венесуэлы, чьи заявления о защите были отклонены, сообщила полиция."),
        ("ru", "Во вторник из аэропорта Арланда в Эрбиль вылетел чартерный рейс с 38 "
         "гражданами Ирака, которым было отказано в убежище, передаёт SVT."),
        ("en", "A charter flight carrying 52 Iraqis whose asylum claims had been rejected left "
         "Stockholm for Erbil on Tuesday, the Migration Agency said."),
    ],
)  # fmt: skip
def test_people_turned_down_for_asylum_and_flown_out_were_deported(
    language: str, text: str
) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert candidate.metric == "deported"


def test_turned_down_people_who_chose_to_go_returned() -> None:
    (candidate,) = read_article(
        "Some 300 failed asylum seekers returned voluntarily to Georgia last month, the "
        "agency said.",
        "en",
        DAY,
    ).candidates
    assert candidate.metric == "returned"


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("ru", "Румынская пограничная полиция с начала года зарегистрировала 4 812 граждан "
         "Украины, незаконно пересекших границу.", "entered"),
        ("uk", "Румунська прикордонна поліція з початку року зафіксувала 4 812 громадян "
         "України, які незаконно перетнули кордон.", "entered"),
        # Newly arrived people registered in camps were registered as refugees.
        ("ru", "С 1 января в лагерях округа Кокс-Базар зарегистрированы 14 230 вновь "
         "прибывших беженцев из Мьянмы, сообщил уполномоченный.", "refugees_registered"),
    ],
)  # fmt: skip
def test_people_counted_as_they_crossed(language: str, text: str, metric: str) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert candidate.metric == metric


@pytest.mark.parametrize(
    ("language", "text", "origin"),
    [
        ("ru", "Пограничники не пропустили 300 человек, пытавшихся въехать с казахстанской "
         "стороны, сообщила служба.", "KAZ"),
        ("uk", "Речник зазначив, що ще 1 140 осіб, які намагалися в'їхати із сенегальського "
         "боку без документів, розвернули на пункті пропуску.", "SEN"),
    ],
)  # fmt: skip
def test_people_turned_back_from_a_side_came_from_it(
    language: str, text: str, origin: str
) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert (candidate.metric, candidate.origin) == ("entry_refused", origin)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Between 80 and 120 people cross from South Sudan every day at the Nadapal "
         "post, the commissioner said."),
        ("ru", "Через пункт Нападал из Южного Судана ежедневно переходят от 80 до 120 человек."),
        ("uk", "Через пункт пропуску Нападал з Південного Судану щодня переходять від 80 до 120 "
         "людей."),
    ],
)  # fmt: skip
def test_people_crossing_from_a_country_arrived_from_it(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, DAY).candidates
    assert (candidate.metric, candidate.origin) == ("entered", "SSD")


def test_people_fleeing_a_country_left_it() -> None:
    (candidate,) = read_article("About 3,000 people fled Sudan last week.", "en", DAY).candidates
    assert (candidate.metric, candidate.origin) == ("left", "SDN")


def test_a_headlines_two_sides_are_crossed_both_ways() -> None:
    (candidate,) = read_article(
        "⚡️ Приморье — Китай: за «золотую неделю» границу пересекли почти 60 тысяч человек",
        "ru",
        DAY,
    ).candidates
    assert candidate.metric == "crossings"


def test_a_kazakh_side_is_where_people_came_from() -> None:
    (candidate,) = read_article(
        "Губернатордың сөзінше, 5 сәуірден бері Мьянма тарапынан кемінде 8 мың адам шекарадан "
        "өткен.",
        "kk",
        DAY,
    ).candidates
    assert (candidate.metric, candidate.origin) == ("entered", "MMR")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Департамент дерегінше, шекарашылар қазір тәулігіне 4 мыңнан астам жолаушыны "
         "рәсімдеп жатыр.", "crossings"),
        ("Ирактың Шекара порттары басқармасы Зурбатия бекеті арқылы сейсенбі күні ғана 318 мың "
         "адам елге енгенін хабарлады.", "entered"),
        ("Тунис Ұлттық гвардиясының өкілі жыл басынан бері Сфакс жағалауында Италияға өтпек "
         "болған 21 мыңнан астам мигранттың жолы кесілгенін хабарлады.", "exit_refused"),
        ("Жексенбі күні Ашхабад әуежайында БАӘ-ге ұшпақ болған 70-тен астам түрікменстандық "
         "жігіт рейске жіберілмеді, деп хабарлады «Азатлык».", "exit_refused"),
        ("Министрліктің хатшысы Маркус Хаслингер өткен аптада Венгрия шекарасында жарамды "
         "құжаты жоқ 86 адамның Австрияға кіруіне тыйым салынып, олар Венгрияға "
         "қайтарылғанын айтты.", "entry_refused"),
        ("Хаслингердің айтуынша, жыл басынан бері реадмиссия келісімі бойынша Венгрияға 640 "
         "адам тапсырылды.", "deported"),
    ],
)  # fmt: skip
def test_kazakh_border_words(text: str, metric: str) -> None:
    (candidate,) = read_article(text, "kk", DAY).candidates
    assert candidate.metric == metric


def test_kazakh_people_stopped_on_their_way_into_the_country_were_refused_entry() -> None:
    (candidate,) = read_article(
        "Түркия Ішкі істер министрлігінің Көші-қон басқармасы тамыз айында Иран шекарасынан "
        "елге заңсыз өтпек болған 5 мың 400 адамның жолы кесіліп, кері қайтарылғанын хабарлады.",
        "kk",
        DAY,
    ).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused", "IRN", "TUR"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Гондурастың Ұлттық көші-қон институты қаңтар айында Никарагуамен шекарадағы "
            "Гуасауле бекеті арқылы елге 14 мың 200 мигрант кіргенін хабарлады.",
            [("entered", "NIC", "HND")],
        ),
        (
            "Польша шекара күзеті Беларусьпен шекарада өткен аптада 300 мигранттың елге "
            "кіруіне жол бермеді.",
            [("entry_refused", "BLR", "POL")],
        ),
    ],
)
def test_a_kazakh_border_with_a_country_is_its_other_side(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    reading = read_article(text, "kk", date(2024, 2, 9))
    assert [(c.metric, c.origin, c.destination) for c in reading.candidates] == expected
