"""Readings found in the seventeenth session by reading texts as a reader would send them
(figures invented): the N days since an event, a hyphenated agency after a dateline, and
Russian and Ukrainian "не пустили в" as a refusal of entry."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.header import read_header
from tests.ingest_reading import read_candidates, under_a_headline


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        (
            "en",
            "In the five days since the mobilisation was announced, about 53,000 Russian "
            "citizens arrived in Georgia, the interior minister said.",
            (date(2022, 9, 22), date(2022, 9, 26)),
        ),
        (
            "en",
            "In the two weeks since the border reopened, some 4,000 Afghans have crossed into "
            "Iran, officials said.",
            (date(2022, 9, 13), date(2022, 9, 26)),
        ),
        # "the three days of the festival" is no span up to the day of the report.
        (
            "en",
            "Over the three days of the festival, 5,000 people crossed into Georgia, officials "
            "said.",
            (None, None),
        ),
    ],
)
def test_the_days_since_an_event_up_to_the_report(
    language: str, text: str, period: tuple[date | None, date | None]
) -> None:
    (candidate,) = read_candidates(language, date(2022, 9, 26), text)
    assert (candidate.period_start, candidate.period_end) == period


@pytest.mark.parametrize(
    ("language", "line", "publisher"),
    [
        ("ru", "Астана, 28 сентября 2022 года. Интерфакс-Казахстан", "Интерфакс-Казахстан"),
        ("uk", "Астана, 28 вересня 2022 року. Інтерфакс-Україна", "Інтерфакс-Україна"),
        ("ru", "Астана, 28 сентября 2022 года. Интерфакс", "Интерфакс"),
        ("ru", "АЛМАТЫ, 28 сентября 2022 года — Интерфакс-Казахстан.", "Интерфакс-Казахстан"),
    ],
)
def test_a_hyphenated_agency_after_a_dateline(language: str, line: str, publisher: str) -> None:
    story = {
        "ru": "С 21 сентября в Казахстан въехали более 98 тысяч граждан России.",
        "uk": "З 21 вересня до Казахстану в'їхали понад 98 тисяч громадян Росії.",
    }[language]
    header = read_header(f"Заголовок\n{line}\n{story}", language)
    assert (header.publisher, header.published_at) == (publisher, date(2022, 9, 28))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "В Казахстан не пустили 12 граждан России, сообщили в КНБ.",
            ("entry_refused", "RUS", "KAZ"),
        ),
        (
            "uk",
            "До Польщі не впустили 40 громадян Білорусі, повідомила польська прикордонна служба.",
            ("entry_refused", "BLR", "POL"),
        ),
        # Their own state's guards kept them in.
        (
            "ru",
            "Российские пограничники не пропустили в Грузию 300 граждан России, сообщили в ФСБ.",
            ("exit_refused", "RUS", "GEO"),
        ),
        # A flight they were kept off went out.
        (
            "ru",
            "Пограничники не пропустили на рейс до Кишинёва 12 граждан Молдовы.",
            ("exit_refused", None, "MDA"),
        ),
    ],
)
def test_not_let_into_a_country(
    language: str, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (candidate,) = read_candidates(language, date(2022, 9, 28), text)
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Nearly 8,600 Russians entered Finland on Friday, up from 4,200 a week earlier, the "
            "Finnish Border Guard said. Around 4,800 Russians left Finland on the same day, it "
            "said.",
        ),
        (
            "ru",
            "В пятницу в Финляндию въехали почти 8 600 россиян против 4 200 неделей ранее, "
            "сообщила погранслужба. В тот же день Финляндию покинули около 4 800 россиян.",
        ),
    ],
)
def test_the_same_day_is_not_the_day_compared_with(language: str, text: str) -> None:
    *_, same_day = read_candidates(language, date(2022, 9, 24), text)
    assert (same_day.period_start, same_day.period_end) == (date(2022, 9, 23), date(2022, 9, 23))


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 Russians have crossed into Mongolia since Sept. 21, border officials said, "
        "citing data from the General Authority for Border Protection.",
        "About 3,000 Russians have crossed into Mongolia since Sept. 21, the Montsame agency "
        "reported, citing figures released by the General Authority for Border Protection.",
    ],
)
def test_citing_data_from_a_body_cites_the_body(text: str) -> None:
    (candidate,) = read_candidates("en", date(2022, 9, 27), text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "General Authority for Border Protection"


def test_a_kazakh_weekday_alone() -> None:
    """A weekday alone, "Дүйсенбі күнінің өзінде": on Monday itself."""
    (candidate,) = read_candidates(
        "kk",
        date(2022, 9, 27),
        "Дүйсенбі күнінің өзінде 1 200 адам келген, деп хабарлады Батболд Дорж.",
    )
    assert (candidate.period_start, candidate.period_end) == (date(2022, 9, 26), date(2022, 9, 26))


def test_a_kazakh_call_up_told_as_what_will_be() -> None:
    """A call-up told as what will be: "300 мың резервист шақырылатынын мәлімдеді"."""
    (candidate,) = read_candidates(
        "kk",
        date(2022, 9, 27),
        "Ресей қорғаныс министрлігі 300 мың резервист шақырылатынын мәлімдеді.",
    )
    assert (candidate.metric, candidate.figure.value) == ("mobilisation_target", 300000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian English counts in lakhs; "travelled to" a country is going into it.
        (
            "More than 1.2 lakh Indian pilgrims have travelled to Pakistan through the "
            "Kartarpur corridor since January 1, officials said.",
            ("entered", 120000, "IND", "PAK"),
        ),
        # A conscription summons is a call-up.
        (
            "Myanmar's military government will summon 5,000 men and women for military "
            "service every month, the junta's spokesman said.",
            ("mobilisation_target", 5000, None, None),
        ),
        # Crossing "between" two countries is crossing both ways.
        (
            "More than 510,000 travellers crossed between Singapore and Malaysia through the "
            "Woodlands and Tuas checkpoints on Friday, the authority said.",
            ("crossings", 510000, "SGP", "MYS"),
        ),
    ],
)
def test_english_moves_told_other_ways(
    text: str, expected: tuple[str, int, str | None, str | None]
) -> None:
    (candidate,) = read_candidates("en", date(2025, 1, 11), text)
    found = (candidate.metric, candidate.figure.value, candidate.origin, candidate.destination)
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "figure", "reason"),
    [
        ("en", "Each returnee receives 3,000 birr in pocket money, the ministry said.",
         "3,000 birr", "money"),
        ("en", "Crossings between the two countries keep growing, the ministry said.",
         "two countries", "measure"),
        ("ru", "Переходы между двумя странами растут, сообщили в министерстве.", "двумя странами",
         "measure"),
    ],
)  # fmt: skip
def test_no_people_counted(language: str, text: str, figure: str, reason: str) -> None:
    reading = under_a_headline(language, date(2025, 1, 11), text)
    assert reading.candidates == ()
    assert [(left.figure_text, left.reason) for left in reading.left_out] == [(figure, reason)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ten in a case ("оннан аса"), two hundred of them ("екі жүзі").
        (
            "Демалыс күндері Мядининкай бекетінде оннан аса адам баспана сұрап өтініш берді.",
            ("asylum_applications", "more_than", 10),
        ),
        (
            "Әкімшілік өкілінің айтуынша, олардың кем дегенде екі жүзі Мароккоға қайтарылды.",
            ("returned", "at_least", 200),
        ),
        # Not let into a country; pushed back at its border.
        (
            "Министрлік шілде айында 1,2 мыңнан астам адамның Грекияға кіруіне жол "
            "берілмегенін айтты.",
            ("entry_refused", "more_than", 1200),
        ),
    ],
)
def test_kazakh_figures_and_refusals(text: str, expected: tuple[str, str, int]) -> None:
    (candidate,) = read_candidates("kk", date(2024, 8, 8), text)
    assert (candidate.metric, candidate.figure.qualifier, candidate.figure.value) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # "тіркеусіз" is unregistered: people who live there, no registration.
        ("Пәкістанда тағы 1,7 млн тіркеусіз ауғандық тұрады деп есептеледі.", "stock"),
        # An age range, "between 18 and 35".
        ("Бұған дейін билік 18 бен 35 жас аралығындағы азаматтардың Түркияға шығуын шектеген.",
         "measure"),
    ],
)  # fmt: skip
def test_kazakh_figures_of_no_flow(text: str, reason: str) -> None:
    reading = under_a_headline("kk", date(2024, 8, 8), text)
    assert reading.candidates == ()
    assert [left.reason for left in reading.left_out] == [reason]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A word of a longer name is no city of its own.
        (
            "Доминикан Республикасы қазан айында 27 мың 800 гаитилікті депортациялады, деп "
            "хабарлады көші-қон басқармасы.",
            ("DOM", "HTI"),
        ),
        # A name's declined last word in lower case: "Кот-д'Ивуарға".
        ("Тунистен 450-ден астам мигрант Кот-д'Ивуарға қайтты.", ("TUN", "CIV")),
    ],
)
def test_kazakh_names_of_several_words(text: str, places: tuple[str, str]) -> None:
    (candidate,) = read_candidates("kk", date(2024, 11, 8), text)
    assert (candidate.origin, candidate.destination) == places


def test_citizens_of_the_country_with_no_country_in_the_speakers_words() -> None:
    """ "громадян країни" after "за словами посадовця": the citizens counted just before."""
    *_, candidate = read_candidates(
        "uk",
        date(2024, 11, 20),
        "Торік на роботу за кордон виїхали понад 700 тисяч громадян Непалу, повідомив "
        "департамент. За словами посадовця, з 17 липня по 15 листопада на заробітки за кордон "
        "виїхали 287 тисяч громадян країни.",
    )
    assert (candidate.figure.value, candidate.citizenship) == (287000, "NPL")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Щодня через міжнародний аеропорт Трібгуван у Катманду на роботу за кордон "
            "вилітають близько 2 100 непальців, йдеться в заяві департаменту.",
        ),
        (
            "ru",
            "Ежедневно через аэропорт Трибхуван в Катманду на работу за границу вылетают около "
            "2 100 непальцев, говорится в заявлении департамента.",
        ),
    ],
)
def test_leaving_from_a_city_of_their_own_country(language: str, text: str) -> None:
    (candidate,) = read_candidates(language, date(2024, 11, 20), text)
    assert (candidate.metric, candidate.origin, candidate.destination) == ("left", "NPL", None)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "uk",
            "Із 1 по 15 березня на кордоні з Чилі перуанські прикордонники відмовили у в'їзді "
            "312 громадянам Венесуели.",
            "перуанські прикордонники",
        ),
        (
            "ru",
            "На границе с Чили перуанские пограничники отказали во въезде 312 гражданам "
            "Венесуэлы.",
            "перуанские пограничники",
        ),
    ],
)
def test_where_it_happened_is_no_part_of_who_did_it(
    language: str, text: str, speaker: str
) -> None:
    (candidate,) = read_candidates(language, date(2024, 3, 20), text)
    assert candidate.attributed_to is not None
    assert (candidate.attributed_to.name, candidate.destination) == (speaker, "PER")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Tens and a dozen in the dative.
        (
            "ru",
            "За последние сутки пограничники отказали в выезде из Беларуси более чем двум "
            "десяткам человек, сообщили в Госпогранкомитете.",
            ("exit_refused", "more_than", 20),
        ),
        (
            "ru",
            "Еще дюжине граждан Беларуси во въезде отказали на пункте «Патерниеки».",
            ("entry_refused", "exact", 12),
        ),
        # Kept out on their way in: "пытавшихся въехать".
        (
            "ru",
            "На прошлой неделе венгерская полиция не пропустила на территорию страны 587 "
            "человек, пытавшихся въехать из Сербии, сообщил представитель полиции.",
            ("entry_refused", "exact", 587),
        ),
        (
            "uk",
            "Угорська поліція не пропустила 587 осіб, які намагалися в'їхати із Сербії.",
            ("entry_refused", "exact", 587),
        ),
    ],
)
def test_russian_and_ukrainian_refusals(
    language: str, text: str, expected: tuple[str, str, int]
) -> None:
    (candidate,) = read_candidates(language, date(2024, 9, 10), text)
    assert (candidate.metric, candidate.figure.qualifier, candidate.figure.value) == expected


def test_a_figure_called_speculation_is_denied() -> None:
    reading = under_a_headline(
        "ru",
        date(2024, 9, 10),
        "Сообщения о призыве «ста тысяч человек» Шахар назвал «спекуляциями».",
    )
    assert reading.candidates == ()
    assert [left.reason for left in reading.left_out] == ["denied"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "refugees from Mali" says who they are; the country they were registered in is the
        # one named bare.
        (
            "More than 12,400 refugees from Mali have been registered in Mauritania since "
            "January 1, UNHCR said.",
            ("refugees_registered", "MLI", "MRT", None),
        ),
        # A country's official name with a possessive.
        (
            "About 18 thousand citizens of the People's Republic of China entered Mongolia "
            "through the Zamyn-Uud border port.",
            ("entered", "CHN", "MNG", "CHN"),
        ),
    ],
)
def test_who_the_people_are_and_where_they_went(
    text: str, places: tuple[str, str, str, str | None]
) -> None:
    (candidate,) = read_candidates("en", date(2024, 5, 15), text)
    found = (candidate.metric, candidate.origin, candidate.destination, candidate.citizenship)
    assert found == places


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A form of address between the role and the name.
        (
            "Талибан үкіметінің Торхамдағы өкілі Молла Мұхаммед Хасан тәулігіне 10–12 мың адам "
            "елге оралып жатқанын айтты.",
            "Мұхаммед Хасан",
        ),
        # An outlet's acronym after the name is whom it was told to.
        (
            "Хунта өкілі генерал-майор Зау Мин Тун MRTV мемлекеттік телеарнасына сәуірде 5 мың "
            "адам әскерге шақырылатынын айтты.",
            "Зау Мин Тун",
        ),
    ],
)
def test_kazakh_speakers_named_with_their_role(text: str, speaker: str) -> None:
    (candidate,) = read_candidates("kk", date(2024, 4, 15), text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == speaker


def test_a_channels_number_counts_no_one() -> None:
    (candidate,) = read_candidates(
        "kk", date(2024, 4, 15), "Министр Хабар 24 телеарнасына 5 мың адам елге оралғанын айтты."
    )
    assert candidate.figure.value == 5000


@pytest.mark.parametrize(
    ("published", "text", "period"),
    [
        # Two weekdays' "days".
        (
            date(2024, 5, 6),
            "Сенбі мен жексенбі күндері Садахло бекеті арқылы 14 мың 200 адам шекарадан өтті.",
            (date(2024, 5, 4), date(2024, 5, 5), None),
        ),
        # Between two months, not only two running.
        (
            date(2023, 11, 21),
            "Қаңтар мен қазан аралығында Тунистен 2 мың 250 мигрант еліне оралды.",
            (date(2023, 1, 1), date(2023, 10, 31), None),
        ),
        # Since the war the article says began on a day, as of the report.
        (
            date(2024, 6, 11),
            "Соғыс 2023 жылғы 15 сәуірде басталды. Соғыс басталғаннан бері Суданнан Египетке "
            "500 мыңнан астам адам кірді.",
            (date(2023, 4, 15), None, date(2024, 6, 11)),
        ),
    ],
)
def test_kazakh_periods(
    published: date, text: str, period: tuple[date | None, date | None, date | None]
) -> None:
    *_, candidate = read_candidates("kk", published, text)
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == period


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Загалом торік країну примусово залишили понад 7 тисяч іноземців.", "deported"),
        (
            "ru",
            "Всего за год страну принудительно покинули более 7 тысяч иностранцев.",
            "deported",
        ),
        (
            "uk",
            "Військова влада М'янми планує щомісяця призивати на службу 5 000 чоловіків і жінок.",
            "mobilisation_target",
        ),
    ],
)
def test_made_to_leave_and_called_up(language: str, text: str, expected: str) -> None:
    (candidate,) = read_candidates(language, date(2025, 3, 5), text)
    assert candidate.metric == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Станом на кінець лютого чинний захист мали близько 390 тисяч людей."),
        (
            "uk",
            "Під дію закону про призов, за оцінками хунти, підпадають близько 14 мільйонів людей.",
        ),
        ("uk", "«Ми вже приймаємо понад 1,8 мільйона біженців», — наголосив міністр."),
        ("ru", "«Мы уже принимаем более 1,8 миллиона беженцев», — подчеркнул министр."),
    ],
)
def test_people_who_are_there_already(language: str, text: str) -> None:
    reading = under_a_headline(language, date(2025, 3, 5), text)
    assert reading.candidates == ()
    assert [left.reason for left in reading.left_out] == ["stock"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Applications for a nationality are for citizenship, of the country named with it.
        (
            "Brazilians filed almost 95,000 applications for Portuguese nationality in 2024, the "
            "registry said.",
            ("citizenship_applications", "BRA", "PRT", "BRA"),
        ),
        # The word alone describes people: "of Afghan nationality".
        (
            "About 2,000 people of Afghan nationality entered Iran, the ministry said.",
            ("entered", "AFG", "IRN", "AFG"),
        ),
        # Stopped at the departure hall: kept from flying out.
        (
            "The spokesman told reporters that 19 women had been intercepted at the departure "
            "hall last week alone.",
            ("exit_refused", None, None, None),
        ),
        # An intake that reports for duty is a call-up.
        (
            "The first intake of about 700 will report for duty in July, the Defence Ministry "
            "said.",
            ("mobilisation_target", None, None, None),
        ),
    ],
)
def test_english_kinds_told_by_their_words(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    (candidate,) = read_candidates("en", date(2025, 1, 11), text)
    found = (candidate.metric, candidate.origin, candidate.destination, candidate.citizenship)
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        (
            "en",
            "In the week to Sunday, 4,200 Russians entered Georgia, the ministry said.",
            (date(2022, 9, 26), date(2022, 10, 2)),
        ),
        (
            "en",
            "In the week to 2 October, 4,200 Russians entered Georgia, the ministry said.",
            (date(2022, 9, 26), date(2022, 10, 2)),
        ),
        (
            "kk",
            "Алдыңғы күні Грузияға 4 200 ресейлік кірді, деп хабарлады министрлік.",
            (date(2022, 10, 3), date(2022, 10, 3)),
        ),
    ],
)
def test_a_week_to_a_day_and_the_day_before_yesterday(
    language: str, text: str, period: tuple[date, date]
) -> None:
    (candidate,) = read_candidates(language, date(2022, 10, 5), text)
    assert (candidate.period_start, candidate.period_end) == period


def test_allowed_in_and_the_same_month() -> None:
    """ "allowed in" is a way in; "over the same month" is the month named, not the half year
    the figure just before counts."""
    text = (
        "Lithuanian border guards turned back 1,100 migrants who tried to cross from Belarus in "
        "June, the service said. He added that 27 people had been allowed in on humanitarian "
        "grounds. Figures from the interior ministry show that 4,300 asylum applications were "
        "lodged in the first half of the year. Latvia's border guard said 900 attempts were "
        "prevented over the same month."
    )
    _, allowed, _, prevented = read_candidates("en", date(2024, 7, 2), text)
    assert allowed.metric == "entered"
    june = (date(2024, 6, 1), date(2024, 6, 30))
    assert (prevented.period_start, prevented.period_end) == june


def test_a_year_of_background_figures_dates_nothing_after_it() -> None:
    text = (
        "Польські прикордонники минулого тижня зафіксували 640 спроб незаконного перетину "
        "кордону з Білоруссю, повідомила речниця. У 2023 році прикордонники зафіксували майже "
        "26 тисяч спроб. Водночас до Польщі через пункт пропуску «Тересполь» легально в'їхали "
        "3,5 тисячі громадян Білорусі."
    )
    *_, entered = read_candidates("uk", date(2024, 9, 10), text)
    assert entered.figure.value == 3500
    assert (entered.period_start, entered.period_end) == (date(2024, 9, 2), date(2024, 9, 8))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Whose citizens they are is said first; "израильских ударов" are strikes.
        (
            "Представитель УВКБ ООН сообщила, что на сирийской стороне были зарегистрированы "
            "около 95 тысяч граждан Ливана, бежавших от израильских ударов.",
            ("LBN", "SYR", "LBN"),
        ),
        # "из них около 70% — сирийцы": a share of them, not who all of them are.
        (
            "С 23 сентября в Сирию ушли уже более 300 тыс. человек, из них около 70% — сирийцы.",
            (None, "SYR", None),
        ),
    ],
)
def test_whose_people_they_are_and_a_share_of_them(
    text: str, places: tuple[str | None, str, str | None]
) -> None:
    (candidate,) = read_candidates("ru", date(2024, 10, 7), text)
    assert (candidate.origin, candidate.destination, candidate.citizenship) == places


def test_a_kazakh_statement_made_before() -> None:
    """ "мәлімдеген болатын" (had said): the ministry, not the speaker of the sentence before."""
    *_, target = read_candidates(
        "kk",
        date(2022, 9, 27),
        "Дүйсенбі күнінің өзінде 1 200 адам келген, деп хабарлады Батболд Дорж. Ресей қорғаныс "
        "министрлігі 300 мың резервист шақырылатынын мәлімдеген болатын.",
    )
    assert target.attributed_to is not None
    assert target.attributed_to.name == "Ресей қорғаныс министрлігі"


def test_kazakh_one_is_no_currency() -> None:
    """ "бір" folds to "бир": no birr, whatever number stands before it."""
    candidates = read_candidates("kk", date(2024, 5, 1), "Шекарадан 17 мың бір жүз адам өтті.")
    assert [c.figure.value for c in candidates][:1] == [17000]
