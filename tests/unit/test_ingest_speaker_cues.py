"""Who said it, where the cue or its speaker is written another way: a name with where its
bearer works ("said Colonel Diana Paredes of the national police migration unit"), a name and
a relative clause with commas of its own, a body that stopped or counted people itself ("The
Red Cross ... counted"), an office of a post named by its place ("the Edirne governor's
office"); "повідомила на своєму сайті поліція X", "Компанія «X» повідомила", a state's agency
("Федеральна слідча агенція Пакистану", "Бенінська агенція захисту дітей"), "нагадує
префектура", a post's holder after a body's short name; Kazakh subjects after a quoted name, a
place's name read as a person's, "әл-" names, a commander, "деп жоққа шығарды", "деп
көрсетті", and guards and departments ("гвардиясы", "бөлімі"). Phrasings from the short
items' attribution misses (twenty-ninth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.ingest.reporting import find_cue
from bot.ingest.speakers import read_phrase
from tests.ingest_reading import said_and_carried

DAY = date(2025, 3, 3)


def _chains(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [said_and_carried(c) for c in read_article(text, language, DAY).candidates]


def _speakers(text: str, language: str) -> list[str | None]:
    return [who for who, _ in _chains(text, language)]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("said Colonel Diana Paredes of the national police migration unit", "Diana Paredes"),
        ("said Inspector Tomas Berg of the regional border police", "Tomas Berg"),
        ("said Amina Yusuf of the state refugee commission", "Amina Yusuf"),
    ],
)
def test_a_name_then_where_its_bearer_works_says_it(said: str, name: str) -> None:
    text = f"Police stopped 58 people from boarding flights to Cancún last week, {said}."
    assert _speakers(text, "en") == [name]


def test_a_relative_clause_with_commas_describes_the_name_before_it() -> None:
    text = (
        "Aviaja Lynge, who heads the labour market department of Naalakkersuisut, the "
        "Greenlandic government, told the Danish news agency Ritzau that almost 400 people "
        "left for Denmark in 2025."
    )
    assert _chains(text, "en") == [("Aviaja Lynge", "Ritzau")]
    cue = find_cue(
        "Marta Ruiz, who runs the shelter in Tapachula, a city on the border, said 300 people "
        "arrived on Monday.",
        "en",
    )
    assert cue is not None
    assert cue.phrase == "Marta Ruiz"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Bureau of Immigration (BI)", "Bureau of Immigration"),
        ("The Border Service", "Border Service"),
    ],
)
def test_the_body_that_stopped_people_is_the_one_the_body_said_means(
    body: str, speaker: str
) -> None:
    text = (
        f"{body} stopped 3,104 Filipinos from boarding international flights in July, the "
        f"{body.split()[-1 if '(' not in body else -3].lower()} said on Monday."
    )
    assert _speakers(text, "en") == [speaker]


def test_the_red_cross_that_counted_arrivals_is_their_source() -> None:
    text = (
        "Rescue crews brought 1,412 migrants ashore last week, the Spanish government's "
        "delegation in the Canary Islands said. The Red Cross, which meets every boat at the "
        "quay, counted 1,447 arrivals over the same days."
    )
    assert _speakers(text, "en")[-1] == "Red Cross"


def test_officers_at_an_airport_are_no_body_that_counted() -> None:
    text = (
        "Source: Philippine News Agency, citing the Bureau of Immigration. Immigration officers "
        "at Ninoy Aquino International Airport stopped 64 passengers bound for Kuwait from "
        "leaving the country in January."
    )
    assert _speakers(text, "en") == ["Bureau of Immigration"]


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("the Edirne governor's office", "Edirne governor's office", "organisation"),
        (
            "the Tak provincial governor's office",
            "Tak provincial governor's office",
            "organisation",
        ),
        ("Foreign Minister Aroha Tane's office", "Aroha Tane", "person"),
        ("Migrant Workers Secretary Ramon Dela Paz's office", "Ramon Dela Paz", "person"),
        ("Migrant Workers Secretary Ramon Dela Paz", "Ramon Dela Paz", "person"),
    ],
)
def test_an_office_is_a_post_s_body_or_its_holder_s(phrase: str, name: str, kind: str) -> None:
    speaker = read_phrase(phrase, "en").speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


def test_a_post_of_no_place_stays_a_reference() -> None:
    assert read_phrase("the governor's office", "en").speaker is None


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        (
            "З 1 березня до Словаччини в'їхали 61,4 тис. людей, повідомила на своєму сайті "
            "поліція Словацької Республіки.",
            "uk",
            "поліція Словацької Республіки",
        ),
        (
            "С 1 марта в Словакию въехали 61,4 тыс. человек, сообщила на своем сайте полиция "
            "Словакии.",
            "ru",
            "полиция Словакии",
        ),
        (
            "Пароплавна компанія «Пусан Кросс» повідомила, що з початку року перевезла між "
            "Пусаном і Цусімою 412 тисяч пасажирів.",
            "uk",
            "Пусан Кросс",
        ),
        (
            "Авіакомпанія «Небо» повідомила, що за тиждень перевезла 9 тисяч пасажирів.",
            "uk",
            "Небо",
        ),
    ],
)
def test_where_it_was_posted_and_a_company_s_quoted_name(
    sentence: str, language: str, speaker: str
) -> None:
    assert _speakers(sentence, language) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "З 1 серпня через пункт пропуску Тафтан виїхали 82 340 паломників з Пакистану, "
            "повідомила Федеральна слідча агенція Пакистану (FIA).",
            "Федеральна слідча агенція Пакистану",
        ),
        (
            "Бенінська агенція захисту дітей повідомила, що з початку року з Нігерії додому "
            "повернули щонайменше 240 бенінських дітей.",
            "Бенінська агенція захисту дітей",
        ),
        (
            "Державна міграційна агенція повідомила, що з початку року депортувала 310 осіб.",
            "Державна міграційна агенція",
        ),
    ],
)
def test_a_state_s_agency_is_a_body_not_an_outlet(sentence: str, speaker: str) -> None:
    assert _chains(sentence, "uk") == [(speaker, None)]


def test_a_news_agency_still_carries_news() -> None:
    text = (
        "Торік до Польщі в'їхали 1,2 млн українців, повідомляє агенція новин «Світ». "
        "Ще 300 тисяч виїхали до Німеччини, повідомила агенція Reuters."
    )
    assert [via for _, via in _chains(text, "uk")] == ["Світ", "Reuters"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Торік, нагадує префектура, з Майотти вислали 22 460 осіб.", "uk"),
        ("Торік з Майотти вислали 22 460 осіб, додає префектура.", "uk"),
        ("В прошлом году, напоминает префектура, с Майотты выслали 22 460 человек.", "ru"),
        ("В прошлом году с Майотты выслали 22 460 человек, добавляет префектура.", "ru"),
    ],
)
def test_a_present_tense_aside_names_the_speaker(sentence: str, language: str) -> None:
    cue = find_cue(sentence, language)
    assert cue is not None
    assert cue.phrase.casefold() == "префектура"


def test_an_agency_reminding_is_the_news_agency_named_before() -> None:
    text = (
        "Президент підписав указ про призов 135 тисяч громадян, повідомляє російське "
        "агентство «РосІнфо». Весняний призов передбачав 160 тисяч осіб, нагадує агентство."
    )
    assert [via for _, via in _chains(text, "uk")] == ["РосІнфо", "РосІнфо"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "За словами координатора Міжнародної організації з міграції (МОМ) у регіоні Амхара "
            "Ахмеда Юсуфа, у січні з Судану повернулися 1 260 громадян Ефіопії.",
            "Ахмед Юсуф",
        ),
        (
            "Як повідомив голова Агентства захисту трудових мігрантів (BP2MI) Карна "
            "Вірахадіпутра, від початку року з Камбоджі повернули 1 248 індонезійців.",
            "Карна Вірахадіпутра",
        ),
    ],
)
def test_a_post_s_holder_after_the_body_s_short_name(sentence: str, speaker: str) -> None:
    assert _speakers(sentence, "uk") == [speaker]


def test_a_dash_ends_the_body_an_estimate_is_by() -> None:
    cue = find_cue(
        "До Єгипту в'їхали 21,6 тис. осіб, а за оцінкою УВКБ ООН — близько 24 тисяч.", "uk"
    )
    assert cue is not None
    assert cue.phrase == "УВКБ ООН"


def test_a_checkpoint_s_name_is_no_part_of_the_guards() -> None:
    text = (
        "Із 1 по 15 березня на пункті пропуску Санта-Роса на кордоні з Чилі перуанські "
        "прикордонники відмовили у в'їзді 312 громадянам Венесуели."
    )
    assert _speakers(text, "uk") == ["перуанські прикордонники"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Тыграйдың уақытша әкімшілігі соңғы он күнде Эритреядан 420 эфиопиялық отанына "
            "оралғанын хабарлады.",
            "Тыграйдың уақытша әкімшілігі",
        ),
        (
            "Тунис ұлттық гвардиясы сейсенбі күні бекетте жалған құжатпен кірмек болған 47 "
            "шетелдікті шекарадан өткізбеді.",
            "Тунис ұлттық гвардиясы",
        ),
        (
            "Румыния Шекара полициясының Марамуреш бөлімі жыл басынан бері Украинадан заңсыз "
            "өткен 2 300 адамды анықтағанын хабарлады.",
            "Румыния Шекара полициясының Марамуреш бөлімі",
        ),
        (
            "Халықаралық көші-қон ұйымы (ХКҰ) осы кезеңде Италияға жеткендердің санын 44 мың "
            "100 деп көрсетті.",
            "Халықаралық көші-қон ұйымы",
        ),
    ],
)
def test_kazakh_bodies_that_said_or_counted(sentence: str, speaker: str) -> None:
    assert _speakers(sentence, "kk") == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Бұл туралы «Алматы-әуежай» шекара бақылау бөлімінің бастығы, подполковник Дәурен "
            "Сейітжанов мәлім етті: былтыр 412 шетел азаматы Қазақстанға кіргізілмеді.",
            "Дәурен Сейітжанов",
        ),
        (
            "Сирияның өтпелі үкіметінің Бап әл-Һауа бекетіндегі өкілі Мазен Хамуд «Шам» "
            "агенттігіне соңғы бір аптада Түркиядан 13 мың 640 адам кіргенін хабарлады.",
            "Мазен Хамуд",
        ),
        (
            "Ливияның шығысындағы билік өкілі Салем әл-Обейди «Әл-Уасат» газетіне былтыр 4 "
            "мыңнан астам заңсыз мигрантты депортациялағандарын айтты.",
            "Салем әл-Обейди",
        ),
        (
            "Иранның Шекара полициясының командирі, генерал Мәжид Рахими соңғы он күнде Ираннан "
            "Иракқа 2,8 млн-нан астам зиярат етуші шыққанын айтты.",
            "Мәжид Рахими",
        ),
    ],
)
def test_kazakh_people_named_with_their_posts(sentence: str, speaker: str) -> None:
    assert _speakers(sentence, "kk") == [speaker]


def test_a_kazakh_denial_names_who_he_is_later() -> None:
    text = (
        "Сенегал армиясының өкілі полковник Абду Ндиай AFP агенттігіне өңірден 10 мыңға жуық "
        "адам қашты деген ақпаратты «шындыққа сәйкес келмейді» деп жоққа шығарды. Ол "
        "сондай-ақ өткен аптада Гамбиядан Сенегалға 300-ге жуық адам оралғанын айтты."
    )
    assert _speakers(text, "kk") == ["Абду Ндиай"]


def test_a_kazakh_clause_after_the_verb_is_no_speaker() -> None:
    cue = find_cue(
        "Түркия Көші-қон басқармасының бастығы Ахмет Карагөз 52 мың 622 сириялық оралғанын "
        "айтты, бірақ Сириядағы шекара басқармасы бұл санды 60 мың деп бағалайды.",
        "kk",
    )
    assert cue is not None
    assert read_phrase(cue.phrase, "kk").speaker is not None
    assert "Карагөз" in cue.phrase
    assert "бірақ" not in cue.phrase


def test_a_list_of_fields_after_a_dateline_agency_is_one_ministry() -> None:
    text = (
        "Душанбе, 2020 жылғы 12 ақпан (Kazinform) – Тәжікстан Еңбек, көші-қон және халықты "
        "жұмыспен қамту министрлігінің мәліметінше, 2019 жылы 530 мыңға жуық Тәжікстан "
        "азаматы шетелге кеткен."
    )
    assert _speakers(text, "kk") == [
        "Тәжікстан Еңбек, көші-қон және халықты жұмыспен қамту министрлігі"
    ]


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        (
            "Речник ДПСУ Максим Бережний розповів в ефірі телемарафону «Єдині новини», що за "
            "вихідні з Польщі в'їхали понад 98 тисяч осіб.",
            ("Максим Бережний", "Єдині новини"),
        ),
        (
            "Речник ДПСУ Андрій Демченко сказав в ефірі програми «Ранок», що за вихідні з "
            "Польщі в'їхали понад 98 тисяч осіб.",
            ("Андрій Демченко", "Ранок"),
        ),
        (
            "З 10 по 13 квітня в Україну в'їхали 187 тисяч осіб, повідомляє «Укрновини» з "
            "посиланням на Державну прикордонну службу України.",
            ("Державна прикордонна служба України", "Укрновини"),
        ),
        (
            "За тиждень до Польщі виїхали 30 тисяч осіб, пише «Вектор» з посиланням на "
            "Державну прикордонну службу.",
            ("Державна прикордонна служба", "Вектор"),
        ),
    ],
)
def test_a_programme_or_a_quoted_outlet_carries_the_words(
    sentence: str, chain: tuple[str, str]
) -> None:
    assert _chains(sentence, "uk") == [chain]


def test_a_body_named_in_quotation_marks_that_counted_is_the_second_source() -> None:
    text = (
        "В июле на остров Лесбос с турецкого побережья прибыли 1 912 мигрантов, сообщило "
        "министерство миграции Греции, а правозащитная организация «Эгейский дозор» "
        "насчитала за месяц почти 2,3 тыс. прибывших."
    )
    assert _speakers(text, "ru") == ["министерство миграции Греции", "Эгейский дозор"]


@pytest.mark.parametrize(
    "where", ["в аэропорту «Трибхуван»", "в международном аэропорту «Трибхуван»"]
)
def test_an_airport_named_in_quotation_marks_is_where_not_who(where: str) -> None:
    text = (
        "Департамент иммиграции Непала сообщил о новых мерах. На прошлой неделе "
        f"{where} не выпустили в Россию 38 граждан Непала."
    )
    assert _speakers(text, "ru") == ["Департамент иммиграции Непала"]


def test_figures_it_published_are_the_opening_body_s() -> None:
    text = (
        "The Immigration and Naturalisation Service (IND) received 14,870 applications for Dutch "
        "citizenship in the first quarter, according to figures it published on Wednesday."
    )
    assert _speakers(text, "en") == ["Immigration and Naturalisation Service"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        (
            "the central government's delegation in the Balearic Islands",
            "central government's delegation in the Balearic Islands",
        ),
        ("the Government Delegation in Melilla", "Government Delegation in Melilla"),
    ],
)
def test_a_delegation_in_a_place_is_a_body(phrase: str, name: str) -> None:
    speaker = read_phrase(phrase, "en").speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "organisation")


def test_the_delegation_is_the_one_named_before() -> None:
    text = (
        "About 650 people entered Melilla from Morocco last week, the Government Delegation in "
        "Melilla said. Another 41 were sent back to Morocco, the delegation said."
    )
    assert _speakers(text, "en") == ["Government Delegation in Melilla"] * 2


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # A guard is a body; a platform's quoted name is its name, whatever its words read as
        # ("війни" may be a verb's form). Thirtieth session.
        ("uk", "Водночас, за даними Національної гвардії, з початку року на кордоні не пустили "
         "до Тунісу 1 380 іноземців.", "Національна гвардія"),
        ("ru", "По данным Национальной гвардии, с начала года в Тунис не пустили 1 380 "
         "иностранцев.", "Национальная гвардия"),
        ("uk", "Водночас, за даними платформи «Діти війни», Росія за цей час депортувала "
         "щонайменше 19 546 українських дітей.", "Діти війни"),
        ("ru", "По данным платформы «Дети войны», Россия депортировала не менее 19 546 "
         "украинских детей.", "Дети войны"),
    ],
)  # fmt: skip
def test_according_to_a_guard_or_a_platform(language: str, text: str, speaker: str) -> None:
    (candidate,) = read_article(text, language, date(2025, 6, 10)).candidates
    assert said_and_carried(candidate)[0] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "LIMA - Officers turned back 318 Venezuelans in November, the National "
         "Superintendency of Migration said on Wednesday.\n\nAbout 2,400 people crossed from "
         "Ecuador into Peru at Tumbes in November, the superintendency said.",
         "National Superintendency of Migration"),
        ("ru", "ЛИМА. Перуанские пограничники не пустили 318 венесуэльцев в ноябре, сообщила "
         "Национальная суперинтендантура по миграции.\n\nОколо 2 400 человек пересекли границу "
         "из Эквадора в Перу в ноябре, уточнили в суперинтендантуре.",
         "Национальная суперинтендантура по миграции"),
        ("uk", "ЛІМА. Перуанські прикордонники не пустили 318 венесуельців у листопаді, "
         "повідомила Національна суперінтендантура з питань міграції.\n\nБлизько 2 400 осіб "
         "перетнули кордон з Еквадору до Перу в листопаді, уточнили в суперінтендантурі.",
         "Національна суперінтендантура з питань міграції"),
    ],
)  # fmt: skip
def test_a_superintendency_named_then_referred_to(language: str, text: str, speaker: str) -> None:
    """Peru's migration superintendency, named, then "the superintendency" (thirtieth
    session)."""
    first, second = read_article(text, language, date(2026, 12, 4)).candidates
    assert said_and_carried(first)[0] == speaker
    assert said_and_carried(second)[0] == speaker
