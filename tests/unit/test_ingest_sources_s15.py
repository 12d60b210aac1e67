"""Who said a figure and who carried it, in sentences of the short news items that read it
wrong before the fifteenth session (figures invented): reports and summaries named after the
figure, a Kazakh noun clause said before its speaker, an agency for a field of a state's work,
the office of a body, honours inside a name, a place in capitals before a colon, and people
turned back on their way in."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        # Russian and Ukrainian: a summary, a report's answer, a verb of reporting back.
        (
            "ru",
            date(2024, 7, 10),
            "С 1 по 7 июля Иран выслал в Афганистан 25 тыс. граждан этой страны, говорится в "
            "сводке Международной организации по миграции (МОМ).",
            ("Международная организация по миграции", None),
        ),
        (
            "ru",
            date(2024, 9, 5),
            "С 1 по 4 сентября на Лампедузу на лодках из Ливии прибыли свыше 3,1 тыс. "
            "мигрантов, следует из сводки МВД Италии.",
            ("МВД Италии", None),
        ),
        (
            "ru",
            date(2025, 1, 10),
            "С начала ее действия статус временной защиты в Молдове получили более 50 тыс. "
            "украинцев, отчитался Генеральный инспекторат по миграции.",
            ("Генеральный инспекторат по миграции", None),
        ),
        (
            "uk",
            date(2024, 7, 10),
            "З 1 по 7 липня Іран вислав до Афганістану 25 тис. громадян цієї країни, йдеться у "
            "зведенні Міжнародної організації з міграції.",
            ("Міжнародна організація з міграції", None),
        ),
        (
            "uk",
            date(2024, 9, 5),
            "З 1 по 4 вересня на Лампедузу прибули понад 3,1 тис. мігрантів, випливає зі "
            "зведення МВС Італії.",
            ("МВС Італії", None),
        ),
        # A time before the subject is no part of who did it.
        (
            "ru",
            date(2025, 3, 24),
            "В эти же дни пограничники не выпустили из Киргизии девятерых человек, находящихся "
            "в розыске.",
            ("пограничники", None),
        ),
        # English: quoted as saying by a paper; honours inside a name; a rank before it.
        (
            "en",
            date(2023, 7, 12),
            "Costa Rica received more than 8,000 asylum requests from Nicaraguans in June, the "
            "head of the General Directorate of Migration, Raquel Vargas, was quoted as saying "
            "by the newspaper La Nación.",
            ("Raquel Vargas", "La Nación"),
        ),
        (
            "en",
            date(2024, 2, 20),
            "Military spokesman Major General Zaw Min Tun said about 5,000 people fled to "
            "Thailand this year.",
            ("Zaw Min Tun", None),
        ),
        (
            "en",
            date(2023, 7, 12),
            "Chief Superintendent Kwame Asante, who heads the Ghana Immigration Service in the "
            "Upper East Region, said more than 3,000 Burkinabe nationals had crossed into Ghana "
            "since Friday.",
            ("Kwame Asante", None),
        ),
        # "KOTA KINABALU:": the story's place, no one who spoke.
        (
            "en",
            date(2023, 7, 12),
            "KOTA KINABALU: Sabah Immigration deported 156 Indonesian nationals to Nunukan "
            "yesterday, its director Datuk Rizal Hamzah said.",
            ("Rizal Hamzah", None),
        ),
        # The body its officers serve.
        (
            "en",
            date(2023, 7, 12),
            "Polish Border Guard officers turned back 214 people trying to cross from Belarus "
            "yesterday.",
            ("Polish Border Guard", None),
        ),
        # A body did it, an outlet carried it.
        (
            "uk",
            date(2024, 5, 10),
            "Від початку року Слідча поліція Чилі (PDI) відмовила у в'їзді 3 412 іноземцям на "
            "північному кордоні з Болівією, передає іспанське агентство EFE.",
            ("Слідча поліція Чилі", "EFE"),
        ),
        (
            "ru",
            date(2024, 5, 10),
            "С начала года МВД Турции депортировало 3 412 мигрантов, сообщает ТАСС.",
            ("МВД Турции", "ТАСС"),
        ),
        # Kazakh: what a body gave an agency; said, then carried; a report's words; a noun
        # clause said before its speaker; a state's agency for statistics; a body's office.
        (
            "kk",
            date(2024, 5, 10),
            "Польша шекара күзеті Reuters агенттігіне берген мәліметке сәйкес, 2023 жылғы 6 "
            "тамызда Украинадан Польшаға 27 мыңға жуық адам кірді.",
            ("Польша шекара күзеті", "Reuters"),
        ),
        (
            "kk",
            date(2024, 5, 10),
            "Польша шекара күзетінің баспасөз хатшысы Анна Михальска жыл басынан бері "
            "Беларусь шекарасында 15 мыңнан астам адамның елге кіргізілмегенін хабарлады, деп "
            "жазады PAP агенттігі.",
            ("Анна Михальска", "PAP"),
        ),
        (
            "kk",
            date(2024, 5, 10),
            "Панаманың Көші-қон ұлттық қызметінің есебінде 2023 жылы Колумбиядан елге 520 085 "
            "мигрант кіргені айтылған.",
            ("Панаманың Көші-қон ұлттық қызметі", None),
        ),
        (
            "kk",
            date(2025, 1, 10),
            "АҚШ-тың Иммиграциялық және кедендік бақылау қызметі (ICE) жыл сайынғы есебінде "
            "2024 жылы 271 484 адамды депортациялағанын жариялады.",
            ("АҚШ-тың Иммиграциялық және кедендік бақылау қызметі", None),
        ),
        (
            "kk",
            date(2024, 5, 10),
            "Торхамнан күн сайын 20 мыңға дейін адам Ауғанстанға өтіп жатқанын ХКҰ өкілі "
            "Мохаммад Рахими де растады.",
            ("Мохаммад Рахими", None),
        ),
        (
            "kk",
            date(2024, 5, 10),
            "Өзбекстан Статистика агенттігінің деректері бойынша, 2023 жылы Өзбекстанға "
            "Қазақстаннан 2,4 млн турист келген.",
            ("Өзбекстан Статистика агенттігі", None),
        ),
        (
            "kk",
            date(2024, 5, 10),
            "БҰҰ Босқындар ісі жөніндегі жоғарғы комиссарының Орталық Азиядағы өңірлік "
            "өкілдігінің мәліметінше, 2023 жылы Қазақстанда 38 адамға босқын мәртебесі берілді.",
            (
                "БҰҰ Босқындар ісі жөніндегі жоғарғы комиссарының Орталық Азиядағы өңірлік "
                "өкілдігі",
                None,
            ),
        ),
        (
            "kk",
            date(2024, 5, 10),
            "БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының басқармасы Молдовада уақытша "
            "қорғау мәртебесін алған 45 мыңнан астам украиндықты тіркеген.",
            ("БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының басқармасы", None),
        ),
    ],
)
def test_who_said_it_and_who_carried_it(
    language: str, published: date, text: str, expected: tuple[str | None, str | None]
) -> None:
    candidates = read_candidates(language, published, text)
    assert len(candidates) == 1, [c.figure for c in candidates]
    assert said_and_carried(candidates[0]) == expected


def test_an_agency_that_reports_news_is_still_an_outlet() -> None:
    text = (
        "Kazinform агенттігінің хабарлауынша, 2023 жылы Өзбекстанға Қазақстаннан 2,4 млн "
        "турист келген."
    )
    (candidate,) = read_candidates("kk", date(2024, 5, 10), text)
    assert said_and_carried(candidate) == (None, "Kazinform")


def test_declaring_a_mobilisation_is_no_report_of_it() -> None:
    """ "мобилизация жариялады" declares; only a clause said as a noun is announced."""
    text = (
        "21 қыркүйекте Ресей Президенті Владимир Путин ішінара мобилизация жариялады. Ресей "
        "300 мың резервисті әскерге шақыруды жоспарлап отырғаны хабарланды."
    )
    (candidate,) = read_candidates("kk", date(2022, 10, 4), text)
    assert candidate.metric == "mobilisation_target"
    assert candidate.citizenship == "RUS"
    assert candidate.attributed_to is None


def test_the_body_people_of_no_named_body_stand_for_is_the_one_named_before() -> None:
    """ "пограничники отказали ..., добавили в ведомстве": the office is the ministry the
    article named, not the guards."""
    text = (
        "В субботу через КПП «Верхний Ларс» прошли 8 870 человек, сообщает МВД Грузии. За эти "
        "же два дня пограничники отказали во въезде тридцати семи гражданам РФ, добавили в "
        "ведомстве."
    )
    found = read_candidates("ru", date(2025, 2, 3), text)
    refused = next(c for c in found if c.metric == "entry_refused")
    assert said_and_carried(refused) == ("МВД Грузии", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # On their way in from a place: refused entry, the place their origin.
        (
            "Border Guard officers turned back 214 people trying to cross from Belarus.",
            ("entry_refused", "BLR", None),
        ),
        # On their way into a place: refused entry to it.
        ("Guards turned back 35 people trying to enter Poland.", ("entry_refused", None, "POL")),
        (
            "Greek guards turned back 35 people trying to enter the country from Turkey.",
            ("entry_refused", "TUR", "GRC"),
        ),
    ],
)
def test_people_turned_back_on_their_way_in(text: str, expected: tuple[object, ...]) -> None:
    (candidate,) = read_candidates("en", date(2023, 7, 12), text)
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The person named before, their gender told by the verb beside their name, whatever
        # the dictionary guesses from a foreign first name.
        (
            "ru",
            "В Казахстан въехали 500 человек, сообщил Ахмадулла Вардак. По его словам, в "
            "Казахстан въехали ещё 300 человек.",
            "Ахмадулла Вардак",
        ),
        (
            "uk",
            "До Вірменії прибули 100 617 людей, заявила речниця уряду Вірменії Назелі Оганян. "
            "За її словами, до Вірменії прибули понад 71 тисяча людей.",
            "Назелі Оганян",
        ),
        # Of two, the one the verb beside their name shows is a woman.
        (
            "uk",
            "До Вірменії прибули 100 617 людей, заявила речниця уряду Вірменії Назелі Оганян. "
            "Ще 300 людей прибули до Грузії, повідомив посол Ахмадулла Вардак. За її словами, "
            "до Вірменії прибули понад 71 тисяча людей.",
            "Назелі Оганян",
        ),
        (
            "ru",
            "В Армению прибыли 100 617 человек, заявила представитель правительства Назели "
            "Оганян. Еще 300 человек прибыли в Грузию, сообщил посол Ахмадулла Вардак. По ее "
            "словам, в Армению прибыли более 71 тысячи человек.",
            "Назели Оганян",
        ),
    ],
)
def test_his_or_her_words_are_the_person_named_before(
    language: str, text: str, expected: str
) -> None:
    last = read_candidates(language, date(2023, 10, 3), text)[-1]
    assert last.attributed_to is not None
    assert last.attributed_to.name == expected
