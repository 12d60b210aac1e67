"""Sentences of the fourteenth session's short news items (written by helpers who never read
the rules; figures invented), each read wrong before: a people in the plural before "for", the
way back across a border, crossings prevented, "the same force", an outlet quoting someone
after naming them, and an outlet told between the verb and the speaker or after the speaker."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import Candidate, read_article


def _only(language: str, published: date, text: str) -> Candidate:
    candidates = read_article("Headline\n\n" + text, language, published).candidates
    assert len(candidates) == 1, [c.figure for c in candidates]
    return candidates[0]


def _fields(candidate: Candidate) -> tuple[object, ...]:
    return (
        candidate.metric,
        candidate.figure.qualifier,
        candidate.figure.value,
        candidate.origin,
        candidate.destination,
        candidate.citizenship,
    )


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        (
            "en",
            date(2023, 6, 12),
            "Kuwait deported around 400 Filipinos for visa violations in May, the department "
            "said.",
            ("deported", "about", 400, "KWT", "PHL", "PHL"),
        ),
        (
            "en",
            date(2024, 12, 25),
            "On Tuesday alone, 1,957 people crossed back into Syria at the Cilvegözü gate, "
            "Interior Minister Ali Yerlikaya wrote on X.",
            ("returned", "exact", 1957, "TUR", "SYR", None),
        ),
        (
            "en",
            date(2023, 7, 11),
            "Since the start of the year, Polish guards have prevented roughly 13,500 illegal "
            "crossings from Belarus, spokeswoman Anna Michalska said.",
            ("entry_refused", "about", 13500, "BLR", "POL", None),
        ),
        (
            "en",
            date(2023, 7, 11),
            "Greek police prevented 900 migrants from crossing from Turkey.",
            ("entry_refused", "exact", 900, "TUR", "GRC", None),
        ),
        (
            "en",
            date(2023, 10, 3),
            "Tunisia's National Guard said it had prevented more than two thousand migrants "
            "from setting off for Italy last week.",
            ("exit_refused", "more_than", 2000, "TUN", "ITA", None),
        ),
        (
            "en",
            date(2022, 8, 23),
            "A Home Office spokesperson said French officers had stopped 17,000 people from "
            "making the journey this year.",
            ("exit_refused", "exact", 17000, "FRA", None, None),
        ),
        (
            "ru",
            date(2024, 8, 29),
            "В прошлом месяце греческие пограничники предотвратили незаконный въезд в страну "
            "со стороны Турции более 4 тыс. мигрантов, заявил министр Никос Пападопулос.",
            ("entry_refused", "more_than", 4000, "TUR", "GRC", None),
        ),
        (
            "ru",
            date(2025, 3, 31),
            "«За эти дни к нам въехали едва ли не 60 тысяч иранцев», — заявил губернатор "
            "провинции Агры Мехмет Четин.",
            ("entered", "almost", 60000, "IRN", None, "IRN"),
        ),
        (
            "en",
            date(2023, 6, 12),
            "The U.S. removed 8,412 Guatemalans last month, the Guatemalan Migration Institute "
            "said.",
            ("deported", "exact", 8412, "USA", "GTM", "GTM"),
        ),
        (
            "en",
            date(2023, 1, 18),
            "More than 74,000 people fleeing the war in Ukraine have been granted temporary "
            "protection in Ireland since March 2022, according to the Central Statistics Office.",
            ("refugees_registered", "more_than", 74000, "UKR", "IRL", None),
        ),
        (
            "en",
            date(2023, 10, 9),
            "Over 400,000 migrants have walked through the Darién Gap from Colombia into Panama "
            "since January, the National Migration Service said on Sunday.",
            ("entered", "more_than", 400000, "COL", "PAN", None),
        ),
        (
            "ru",
            date(2024, 9, 25),
            "Во вторник литовские пограничники не пустили в страну с территории Беларуси 57 "
            "мигрантов.",
            ("entry_refused", "exact", 57, "BLR", "LTU", None),
        ),
        (
            "ru",
            date(2024, 3, 1),
            "Заявления о признании беженцем в 2023 году в Японии подали 13 823 иностранца.",
            ("asylum_applications", "exact", 13823, None, "JPN", None),
        ),
        (
            "uk",
            date(2024, 3, 1),
            "Заяви про визнання біженцем у 2023 році в Японії подали 13 823 іноземці.",
            ("asylum_applications", "exact", 13823, None, "JPN", None),
        ),
        (
            "uk",
            date(2024, 3, 1),
            "З початку листопада на пунктах пропуску на кордоні з Росією притулку у Фінляндії "
            "попросили майже тисячу людей.",
            ("asylum_applications", "almost", 1000, None, "FIN", None),
        ),
        (
            "uk",
            date(2024, 3, 1),
            "З 1 січня литовські прикордонники розвернули на кордоні з Білоруссю 1 718 "
            "нелегальних мігрантів.",
            ("entry_refused", "exact", 1718, "BLR", "LTU", None),
        ),
        (
            "uk",
            date(2024, 3, 1),
            "Українські прикордонники розвернули на кордоні з Польщею 30 чоловіків, які "
            "намагалися виїхати.",
            ("exit_refused", "exact", 30, "UKR", "POL", None),
        ),
    ],
)
def test_the_figure_counts_what_the_sentence_says(
    language: str, published: date, text: str, expected: tuple[object, ...]
) -> None:
    assert _fields(_only(language, published, text)) == expected


def test_a_kazakh_refusal_of_entry_told_in_the_passive() -> None:
    text = (
        "Бірінші тоқсанда елге 1,2 млн шетелдік кірді. Сонымен қатар 3 мыңға жуық "
        "шетелдікке елге кіруден бас тартылды."
    )
    candidates = read_article("Headline\n\n" + text, "kk", date(2024, 4, 10)).candidates
    assert [(c.metric, c.figure.value) for c in candidates] == [
        ("entered", 1200000),
        ("entry_refused", 3000),
    ]


def test_people_sent_among_those_who_came_home_came_the_same_way() -> None:
    text = (
        "Минулого тижня через Торхам з Пакистану до Афганістану повернулися понад 10 тисяч "
        "людей, повідомили в Міжнародній організації з міграції. Серед них 3 412 людей "
        "пакистанська влада депортувала примусово, решта виїхали самі, уточнили в агенції."
    )
    candidates = read_article("Headline\n\n" + text, "uk", date(2023, 11, 6)).candidates
    deported = next(c for c in candidates if c.metric == "deported")
    assert (deported.origin, deported.destination) == ("PAK", "AFG")
    # "в агенції": in the agency named before, no outlet.
    assert deported.carried_by is None
    assert deported.attributed_to is not None
    assert "з міграції" in deported.attributed_to.name


@pytest.mark.parametrize(
    ("language", "published", "text", "period"),
    [
        (
            "en",
            date(2023, 1, 18),
            "Some 1,050 were granted protection in Ireland in the two weeks to 8 January, the "
            "CSO said.",
            (date(2022, 12, 26), date(2023, 1, 8), None),
        ),
        (
            "en",
            date(2023, 1, 18),
            "About 600 people crossed into Poland over the 10 days to March 3, the guards said.",
            (date(2022, 2, 22), date(2022, 3, 3), None),
        ),
        (
            "uk",
            date(2024, 9, 25),
            "Минулої доби з боку Польщі в Україну в'їхали 20 тисяч людей.",
            (date(2024, 9, 24), date(2024, 9, 24), None),
        ),
        (
            "ru",
            date(2024, 8, 29),
            "В воскресенье из Узбекистана в Казахстан въехали 12 тыс. человек. Из Казахстана в "
            "республику за тот же день вернулись около 9 тыс. граждан Узбекистана.",
            (date(2024, 8, 25), date(2024, 8, 25), None),
        ),
    ],
)
def test_the_period_the_words_name(
    language: str, published: date, text: str, period: tuple[object, ...]
) -> None:
    last = read_article("Headline\n\n" + text, language, published).candidates[-1]
    assert (last.period_start, last.period_end, last.as_of) == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ақпанда Кореядан 3 мыңнан астам қазақстандық елге оралды.",
            ("returned", "more_than", 3000, "KOR", "KAZ", "KAZ"),
        ),
        (
            "2023 жылы Жибутиден Аден шығанағы арқылы Йеменге ең кемі 97 мың мигрант жетті.",
            ("entered", "at_least", 97000, "DJI", "YEM", None),
        ),
    ],
)
def test_kazakh_spellings_of_countries(text: str, expected: tuple[object, ...]) -> None:
    assert _fields(_only("kk", date(2024, 3, 5), text)) == expected


def test_a_fiscal_year_is_no_figure_and_data_looked_at_are_a_source() -> None:
    candidate = _only(
        "kk",
        date(2025, 1, 20),
        "АҚШ Иммиграция және кеден бақылау қызметінің (ICE) деректеріне қарағанда, 2024 қаржы "
        "жылында АҚШ-тан 96 Қазақстан азаматы депортацияланған.",
    )
    assert candidate.figure.value == 96
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name.startswith("АҚШ Иммиграция")


def test_the_places_of_a_quotations_later_sentence_are_not_the_figures() -> None:
    candidate = _only(
        "ru",
        date(2024, 7, 22),
        "«С начала года из Российской Федерации на родину вернулись 148 тысяч трудовых "
        "мигрантов. Многие из них хотят уехать снова, но уже легально — в Европу или Корею», — "
        "рассказал журналистам заместитель директора агентства Бехзод Тураев.",
    )
    assert (candidate.metric, candidate.origin) == ("returned", "RUS")
    assert candidate.destination != "KOR"


def test_the_syrian_arab_republic_by_its_russian_initials() -> None:
    candidate = _only(
        "ru", date(2024, 7, 22), "С начала года на родину вернулись 5 тысяч граждан САР."
    )
    assert (candidate.destination, candidate.citizenship) == ("SYR", "SYR")


def test_an_airport_named_after_a_person_or_place_elsewhere_is_its_countrys() -> None:
    """Bole is a city in China, and Addis Ababa's airport."""
    candidate = _only(
        "en",
        date(2023, 5, 16),
        "Up to 1,400 Ethiopians a day are being flown back from the kingdom to Bole "
        "International Airport, foreign ministry spokesman Meles Alem said.",
    )
    assert candidate.destination == "ETH"


def test_people_stopped_as_they_tried_to_swim_across() -> None:
    candidate = _only(
        "en",
        date(2023, 4, 12),
        "A dozen men were stopped on Tuesday as they tried to swim across the Tisa river into "
        "Romania, Ukraine's State Border Guard Service said.",
    )
    assert _fields(candidate) == ("exit_refused", "exact", 12, "UKR", "ROU", None)


def test_a_part_gone_back_by_a_day_went_back_where_it_came_from() -> None:
    text = (
        "About 3,000 people fled from Myanmar into Thailand since Saturday. About 1,200 of them "
        "had already gone back across the Moei river by Monday evening, he said."
    )
    back = read_article("Headline\n\n" + text, "en", date(2024, 4, 22)).candidates[-1]
    assert (back.metric, back.origin, back.destination) == ("returned", "THA", "MMR")
    assert (back.period_start, back.period_end, back.as_of) == (
        date(2024, 4, 20),
        None,
        date(2024, 4, 22),
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Fighting between Sudan's army and the Rapid Support Forces broke out on 15 April "
            "2023. Since the start of the war, more than 570,000 Sudanese refugees have crossed "
            "into eastern Chad, the UNHCR said.",
        ),
        (
            "uk",
            "Війна в Судані почалася 15 квітня 2023 року. Від початку війни до Єгипту перетнули "
            "кордон близько 1,2 млн людей, сказав речник УВКБ ООН Томас Ліндгрен.",
        ),
        (
            "ru",
            "Война в Судане началась 15 апреля 2023 года. С начала войны в Египет въехали около "
            "1,2 млн человек.",
        ),
    ],
)
def test_since_the_start_of_the_war_the_article_says_broke_out(language: str, text: str) -> None:
    candidate = read_article("Headline\n\n" + text, language, date(2024, 4, 15)).candidates[-1]
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == (
        date(2023, 4, 15),
        None,
        date(2024, 4, 15),
    )


def test_the_same_month_in_the_next_paragraph_and_a_war_that_flared_up() -> None:
    text = (
        "В прошлом месяце греческие пограничники предотвратили незаконный въезд в страну со "
        "стороны Турции более 4 тыс. мигрантов, заявил министр Никос Пападопулос.\n\n"
        "По словам министра, еще около 1 100 человек за тот же месяц добрались из Турции на "
        "лодках до Лесбоса."
    )
    last = read_article("Headline\n\n" + text, "ru", date(2024, 8, 29)).candidates[-1]
    assert (last.period_start, last.period_end) == (date(2024, 7, 1), date(2024, 7, 31))
    text = (
        "Рівно рік тому, 15 квітня 2023 року, у Хартумі спалахнули бої між армією та Силами "
        "швидкого реагування.\n\n«Від початку війни до Єгипту перетнули кордон близько 1,2 "
        "млн людей», — сказав речник УВКБ ООН Томас Ліндгрен."
    )
    last = read_article("Headline\n\n" + text, "uk", date(2024, 4, 15)).candidates[-1]
    assert last.period_start == date(2023, 4, 15)


def test_her_citizens_are_the_country_just_named() -> None:
    candidate = _only(
        "uk",
        date(2024, 7, 15),
        "Сполучені Штати з 1 січня депортували до Гватемали трохи менше ніж 29 тисяч її "
        "громадян, повідомило Міністерство закордонних справ Гватемали.",
    )
    assert _fields(candidate) == ("deported", "less_than", 29000, "USA", "GTM", "GTM")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "uk",
            "За словами міністра внутрішніх справ Казахстану Єрлана Сарсенбаєва, з 21 вересня до "
            "країни в'їхали понад 200 тисяч громадян РФ.",
            "Єрлан Сарсенбаєв",
        ),
        (
            "ru",
            "По словам министра Ерлана Сарсенбаева, с 21 сентября в страну въехали более 200 "
            "тысяч граждан РФ.",
            "Ерлан Сарсенбаев",
        ),
        (
            "uk",
            "За словами міністерки Ганни Петрової, вчора до Польщі виїхали 40 тисяч людей.",
            "Ганна Петрова",
        ),
    ],
)
def test_a_first_name_the_dictionary_lacks_in_the_genitive(
    language: str, text: str, name: str
) -> None:
    candidate = _only(language, date(2022, 10, 5), text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == name


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Вчера через КПП «Верхний Ларс» в обоих направлениях прошли 9 тыс. человек. В сторону "
            "Грузии границу пересекли 5,3 тыс. из них.",
            ("entered", "exact", 5300, "RUS", "GEO", None),
        ),
        (
            "ru",
            "С начала года молдавско-украинскую границу в обоих направлениях пересекли 1,2 млн "
            "человек. Из них граждан Украины, въехавших в Молдову, — около 380 тыс.",
            ("entered", "about", 380000, "UKR", "MDA", "UKR"),
        ),
        (
            "kk",
            "2023 жылғы 6 тамызда Украинамен шекарада екі бағытта 52 мыңға жуық адам өтті. "
            "Олардың 27 мыңы Украинадан Польшаға кірген.",
            ("entered", "exact", 27000, "UKR", "POL", None),
        ),
    ],
)
def test_a_part_of_crossings_both_ways_that_went_one_way(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    last = read_article("Headline\n\n" + text, language, date(2025, 2, 4)).candidates[-1]
    assert _fields(last) == expected


def test_arrived_by_sea_in_ukrainian() -> None:
    candidate = _only(
        "uk",
        date(2024, 4, 5),
        "З січня по березень на Канарські острови з узбережжя Мавританії припливли майже 12 "
        "тисяч мігрантів.",
    )
    assert _fields(candidate) == ("entered", "almost", 12000, "MRT", "ESP", None)


def test_citizens_applying_among_more_came_from_their_country_and_the_body_by_its_seat() -> None:
    text = (
        "Germany received 65,000 first-time asylum applications in the first quarter, the "
        "Federal Office for Migration and Refugees said. Syrians lodged around 23,000 of them, "
        "according to the Nuremberg-based office."
    )
    last = read_article("Headline\n\n" + text, "en", date(2024, 4, 10)).candidates[-1]
    assert _fields(last) == ("asylum_applications", "about", 23000, "SYR", "DEU", "SYR")
    assert last.attributed_to is not None
    assert last.attributed_to.name == "Federal Office for Migration and Refugees"


def test_a_department_spokesperson_speaks_for_the_department_the_sentence_names() -> None:
    candidate = _only(
        "en",
        date(2024, 2, 10),
        "Immigration, Refugees and Citizenship Canada (IRCC) received 374,800 citizenship "
        "applications in 2023, a department spokesperson said in an emailed statement.",
    )
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Immigration, Refugees and Citizenship Canada"


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("en", "Moldova logs heavy two-way traffic at Palanca crossing", None),
        (
            "en",
            "President Luis Abinader has ordered the expulsion of up to 10,000 undocumented "
            "migrants a week.",
            "forecast",
        ),
        ("en", "The ministry said it was ready to take in 5,000 refugees.", "forecast"),
        ("ru", "Таджикистан готов принять до 100 тысяч беженцев из Афганистана.", "forecast"),
        ("kk", "Душанбе 100 мың ауған босқынын қабылдауға дайын екенін мәлімдеді.", "forecast"),
        (
            "uk",
            "Нині активний статус мають близько 950 тисяч осіб, решта виїхали з країни.",
            "stock",
        ),
    ],
)
def test_no_one_moved(language: str, text: str, reason: str | None) -> None:
    """A word made with a number ("two-way"), what someone means or is ready to do, and the
    holders of a status now are no flow."""
    reading = read_article("Headline\n\n" + text, language, date(2024, 2, 16))
    assert reading.candidates == ()
    assert [left.reason for left in reading.left_out] == ([reason] if reason else [])


def test_those_still_in_the_country_are_a_stock() -> None:
    text = (
        "More than 230,000 Ukrainians have entered Moldova since 24 February, and about "
        "100,000 of them are still in the country, border police spokeswoman Raisa Novitchi "
        "said."
    )
    reading = read_article("Headline\n\n" + text, "en", date(2022, 3, 14))
    assert [c.figure.value for c in reading.candidates] == [230000]
    assert [(left.reason, left.figure_text) for left in reading.left_out] == [
        ("stock", "about 100,000")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "У суботу через пункт пропуску Рафах на територію Єгипту переправили 50 поранених.",
        ),
        ("ru", "В субботу через КПП Рафах в Египет переправили 50 раненых."),
    ],
)
def test_people_brought_over_into_a_country_entered_it(language: str, text: str) -> None:
    candidate = _only(language, date(2025, 2, 3), text)
    assert (candidate.metric, candidate.figure.value, candidate.destination) == (
        "entered",
        50,
        "EGY",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Түркия Көші-қон басқармасының (Göç İdaresi) есебіне сәйкес, 2024 жылдың қаңтар-мамыр "
            "айларында Түркиядан шамамен 560 Қазақстан азаматы депортацияланды.",
            "Түркия Көші-қон басқармасы",
        ),
        (
            "Италия Қызыл Кресі аралға соңғы үш күнде 7 мыңға жуық мигрант жеткенін хабарлады.",
            "Италия Қызыл Кресі",
        ),
    ],
)
def test_a_kazakh_report_and_a_red_cross_are_sources(text: str, name: str) -> None:
    candidate = _only("kk", date(2024, 9, 15), text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == name


def test_a_long_name_after_an_honour() -> None:
    candidate = _only(
        "en",
        date(2023, 3, 10),
        "Its director, Datuk Sh Sitti Saleha Habib Yussof, said the department had deported "
        "2,387 Indonesians in the first two months of the year.",
    )
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Sh Sitti Saleha Habib Yussof"


def _speaker_and_outlet(candidate: Candidate) -> tuple[str | None, str | None]:
    said = candidate.attributed_to.name if candidate.attributed_to else None
    carried = candidate.carried_by.name if candidate.carried_by else None
    return said, carried


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        (
            "ru",
            date(2025, 3, 31),
            "«За эти дни к нам въехали едва ли не 60 тысяч иранцев, отели переполнены», — "
            "цитирует губернатора провинции Агры Мехмета Четина агентство ДХА.",
            ("Мехмет Четин", "ДХА"),
        ),
        (
            "uk",
            date(2025, 3, 31),
            "«Вчора до Грузії в'їхали 5 тисяч росіян», — цитує речника прикордонної служби "
            "Левана Беридзе агентство Інтерпресньюз.",
            ("Леван Беридзе", "Інтерпресньюз"),
        ),
        (
            "ru",
            date(2024, 11, 29),
            "В четверг через КПП «Дждейдет-Ябус» из Ливана в Сирию перешли больше 6 тысяч "
            "человек, сообщил агентству САНА директор пограничного пункта Хусам Мансур.",
            ("Хусам Мансур", "САНА"),
        ),
        (
            "ru",
            date(2025, 12, 2),
            "За ноябрь ЮАР выслала через КПП «Бейтбридж» 2 400 зимбабвийцев, сообщил изданию "
            "News24 представитель Министерства внутренних дел Сипо Мабаса.",
            ("Сипо Мабаса", "News24"),
        ),
        (
            "uk",
            date(2024, 7, 9),
            "З початку року Державна міграційна служба примусово видворила з України 312 "
            "іноземців, розповіла голова ДМС Наталія Гриценко «Укрінформу».",
            ("Наталія Гриценко", "Укрінформ"),
        ),
        (
            "uk",
            date(2024, 3, 1),
            "З початку листопада на кордоні з Росією притулку у Фінляндії попросили майже "
            "тисячу людей, розповіла в інтерв'ю фінському мовнику Yle міністерка внутрішніх "
            "справ Марі Лехтонен.",
            ("Марі Лехтонен", "Yle"),
        ),
        (
            "en",
            date(2023, 9, 11),
            "The Federal Police counted 61,500 crossings at Pacaraima in July, the police said. "
            "The same force recorded 58,000 crossings in both directions there in August.",
            ("Federal Police", None),
        ),
        (
            "ru",
            date(2025, 5, 20),
            "С 1 по 15 мая из Ливии вывезены более тысячи нигерийцев, сообщила Международная "
            "организация по миграции (МОМ). По данным той же организации, за эти две недели "
            "власти Западной Ливии выслали не менее 300 нигерийцев.",
            ("Международная организация по миграции", None),
        ),
    ],
)
def test_the_speaker_and_the_outlet_that_carried_them(
    language: str, published: date, text: str, expected: tuple[str | None, str | None]
) -> None:
    candidates = read_article("Headline\n\n" + text, language, published).candidates
    assert _speaker_and_outlet(candidates[-1]) == expected
