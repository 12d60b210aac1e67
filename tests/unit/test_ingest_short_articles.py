"""Short articles written here (figures invented). Kazakh: people listed before one verb,
ethnic Kazakhs moving in, asylum abroad, the head of one body after the chair of another.
Ukrainian: refugees in many countries, a border's other side."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import Candidate, read_article

PUBLISHED = date(2024, 5, 15)
ARTICLE = (
    "ҚР ІІМ Көші-қон қызметі комитетінің мәліметінше, 2024 жылдың басынан бері елге 12 "
    "мыңнан астам қандас көшіп келген.\n\n"
    "Бұл туралы комитет төрағасы Айбек Смадияров брифингте мәлімдеді.\n\n"
    "«Соңғы үш күнде Жаркент арқылы 600-ден аса адам өтті», – деді Алматы облысы бойынша "
    "Шекара басқармасының бастығы.\n\n"
    "Еуропалық одақ елдеріне былтыр 40 мыңдай қазақстандық баспана сұрап өтініш берген, деп "
    "хабарлайды Eurostat.\n\n"
    "Тамыз айында Түркиядан елге 318 азаматымыз эвакуацияланды.\n\n"
    "ҚР СІМ дерегінше, Ливаннан 54 қазақстандық пен 4 Қырғызстан азаматы эвакуацияланды.\n"
)


def _by_value() -> dict[int, Candidate]:
    return {c.figure.value: c for c in read_article(ARTICLE, "kk", PUBLISHED).candidates}


def test_people_listed_before_one_verb_share_it():
    found = _by_value()
    home, others = found[54], found[4]
    assert (home.metric, home.origin, home.destination) == ("returned", "LBN", "KAZ")
    assert (others.metric, others.origin, others.citizenship) == ("left", "LBN", "KGZ")


def test_ethnic_kazakhs_come_in_from_no_country_the_article_names():
    # An ethnic Kazakh (қандас) moving to Kazakhstan enters it, as the blind writers of the
    # short items take it, "елге" (home) or not; only "оралды" says returned.
    kandas = _by_value()[12000]
    assert (kandas.metric, kandas.origin, kandas.destination) == ("entered", None, "KAZ")


def test_asylum_asked_abroad_is_asked_of_no_country_of_their_own():
    asylum = _by_value()[40000]
    assert (asylum.metric, asylum.citizenship, asylum.destination) == (
        "asylum_applications",
        "KAZ",
        None,
    )


def test_the_head_of_another_body_is_not_the_chair_named_before():
    crossed = _by_value()[600]
    assert crossed.attributed_to is not None
    assert crossed.attributed_to.name != "Айбек Смадияров"
    assert "Шекара басқармасы" in crossed.attributed_to.name


UKRAINIAN = (
    "Українці повертаються з Польщі\n\n"
    "Як повідомили у Державній прикордонній службі, за минулу добу в'їзд до України здійснили "
    "28 тисяч осіб, виїзд — 24 тисячі.\n\n"
    "За словами речника ДПСУ Андрія Демченка, на кордоні з Польщею ситуація стабільна: в обох "
    "напрямках кордон щодня перетинають до 40 тисяч громадян.\n\n"
    "За інформацією ООН, на 1 березня у країнах Європи зареєстровано близько 5,9 млн біженців "
    "з України.\n"
)


def test_refugees_in_european_countries_are_in_no_one_country():
    """Not the country the article's arrivals went to, nor the one they came from."""
    candidates = read_article(UKRAINIAN, "uk", date(2023, 3, 10)).candidates
    registered = next(c for c in candidates if c.metric == "refugees_registered")
    assert (registered.origin, registered.destination) == ("UKR", None)


def test_crossings_of_a_border_with_one_side_named_have_the_articles_country_as_the_other():
    candidates = read_article(UKRAINIAN, "uk", date(2023, 3, 10)).candidates
    crossings = next(c for c in candidates if c.metric == "crossings")
    assert {crossings.origin, crossings.destination} == {"POL", "UKR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "кем" after a duration's ablative is the next figure's "кем дегенде", at least.
        ("Соңғы екі аптада елден кем дегенде бес мың адам кетті.",
         ("left", "at_least", 5000, "KAZ", None)),
        ("Өткен аптада елден бес мың адам шықты.", ("left", "exact", 5000, "KAZ", None)),
        # Kazakh news's "ел" is Kazakhstan.
        ("Өткен жылы елге 300 шетелдік кірді.", ("entered", "exact", 300, None, "KAZ")),
        ("Өткен жылы елге 1 млн 303 мың шетелдік келген.",
         ("entered", "exact", 1303000, None, "KAZ")),
    ],
)  # fmt: skip
def test_kazakh_the_country_and_at_least(text, expected):
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    found = (
        candidate.metric,
        candidate.figure.qualifier,
        candidate.figure.value,
        candidate.origin,
        candidate.destination,
    )
    assert found == expected


KHORGOS = (
    "«Өткен тәулікте Қорғас бекеті арқылы Қытайдан 1 200-ге жуық адам кірді. Оның 300-ден "
    "астамы – Қытай азаматтары», – деді ҰҚК Шекара қызметінің өкілі Асхат Бекмұханов.\n\n"
    "Оның айтуынша, кері бағытта 900 адам өткен.\n"
)


def test_a_part_of_arrivals_came_the_same_way_and_the_other_way_is_back():
    arrived, chinese, back = read_article(KHORGOS, "kk", PUBLISHED).candidates
    # Through Khorgos from China: into Kazakhstan, the post's other side.
    assert (arrived.metric, arrived.origin, arrived.destination) == ("entered", "CHN", "KAZ")
    assert (chinese.origin, chinese.destination, chinese.citizenship) == ("CHN", "KAZ", "CHN")
    # The other way over the same post; no one said they went home.
    assert (back.metric, back.origin, back.destination) == ("entered", "KAZ", "CHN")


HAITI = (
    "Ще 25 українців покинули Гаїті\n\n"
    "Вчора гелікоптером із Порт-о-Пренса до Домініканської Республіки вивезли 25 громадян "
    "України, повідомив речник МЗС Олег Ніколенко.\n\n"
    "За його словами, відколи 5 березня стартувала евакуація, з Гаїті до сусідньої країни "
    "виїхали понад 70 українців – через пункт пропуску Уанамент – Дахабон.\n\n"
    "«Щодня через Дахабон прибувають до шести наших громадян», – розповіла почесна консулка "
    "України в Санто-Домінго.\n\n"
    "З початку евакуації до України через Мадрид повернулися 30 евакуйованих.\n\n"
    "Тим часом за даними її Генеральної дирекції міграції, на які посилається агенція EFE, "
    "минулого тижня Домініканська Республіка депортувала до Гаїті понад 6 тис. гаїтян.\n"
)


def test_an_evacuation_read_across_its_paragraphs():
    flown, crossed, daily, home, deported = read_article(HAITI, "uk", date(2024, 3, 22)).candidates
    # A city of three hyphened words: Port-au-Prince is Haiti.
    assert (flown.origin, flown.destination) == ("HTI", "DOM")
    # "відколи 5 березня ...": since that day; "the neighbouring country": the one before.
    assert (crossed.period_start, crossed.as_of) == (date(2024, 3, 5), date(2024, 3, 22))
    assert (crossed.origin, crossed.destination) == ("HTI", "DOM")
    # Through the post the figure before went over: the same way.
    assert (daily.origin, daily.destination, daily.per_day) == ("HTI", "DOM", True)
    # "since the start of the evacuation": the day the article said it started.
    assert (home.metric, home.period_start) == ("returned", date(2024, 3, 5))
    # "її Генеральної дирекції міграції": the body, without whose it is.
    assert deported.attributed_to is not None
    assert deported.attributed_to.name == "Генеральна дирекція міграції"


CAICOS = (
    "Turks and Caicos sends 150 Haitians home\n\n"
    "By Maria Lopez, Turks and Caicos Weekly\n\n"
    "PROVIDENCIALES — Immigration officers repatriated 150 Haitian nationals to Cap-Haïtien on "
    "two charter flights over the weekend, the Ministry of Border Control and Labour said on "
    "Monday.\n\n"
    "A total of 2,100 people have been removed from the islands since the start of the year, "
    "according to the ministry's weekly bulletin.\n\n"
    "Source: Radio Télévision Caraïbes, citing Haiti's National Office of Migration (ONM)\n\n"
    "Details: The ONM received 1,900 Haitians deported from the Turks and Caicos Islands "
    "between January and June.\n"
)


def test_a_small_states_deportations_told_by_it_and_by_the_state_receiving_them():
    flights, removed, received = read_article(CAICOS, "en", date(2024, 7, 10)).candidates
    # A state's officers repatriating people deported them; "two charter flights" takes
    # no part of the sentence from them, so "over the weekend" is theirs.
    assert (flights.metric, flights.origin, flights.destination) == ("deported", "TCA", "HTI")
    assert (flights.period_start, flights.period_end) == (date(2024, 7, 6), date(2024, 7, 7))
    # "the ministry's weekly bulletin" is the ministry's.
    assert removed.attributed_to is not None
    assert removed.attributed_to.name == "Ministry of Border Control and Labour"
    # The body that received them is the state they were sent to.
    assert (received.metric, received.origin, received.destination) == ("deported", "TCA", "HTI")


LANGKAWI = (
    "Малайзія видворила 12 українців\n\n"
    "Імміграційний департамент Малайзії видворив з країни 12 громадян України. Про це передає "
    "Укрінформ з посиланням на директора департаменту.\n\n"
    "За даними департаменту, які наводить агентство, у січні до Малайзії в'їхали 1,1 тис. "
    "українців.\n\n"
    "Минулого тижня через пункт пропуску Букіт-Каю-Хітам до Таїланду виїхали щонайменше 200 "
    "українців.\n\n"
    "У посольстві України в Малайзії зазначили, що з початку року на батьківщину повернулися "
    "менше ніж 90 українців.\n"
)


def test_ukrainians_leaving_a_country_they_worked_in():
    candidates = read_article(LANGKAWI, "uk", date(2025, 2, 12)).candidates
    entered, crossed, home = candidates[1:]
    # "які наводить агентство": the agency the article named.
    assert entered.carried_by is not None
    assert entered.carried_by.name == "Укрінформ"
    # Bukit Kayu Hitam, as Ukrainian spells it: out of Malaysia.
    assert (crossed.origin, crossed.destination) == ("MYS", "THA")
    # "У посольстві України в Малайзії": in Malaysia, home to Ukraine.
    assert (home.metric, home.origin, home.destination) == ("returned", "MYS", "UKR")


SERAKHS = (
    "Министерство иностранных дел Узбекистана сообщило, что из Ирана вернулись 300 граждан.\n\n"
    "«Сейчас через пункт пропуска „Серахс“ в Туркменистан ежедневно въезжают от 80 до 100 "
    "наших граждан», — рассказал изданию Podrobno.uz директор агентства Бахтиёр Турсунов.\n\n"
    "За минувшую неделю Туркменистан пропустил транзитом из Ирана 2 340 иностранцев.\n\n"
    "Кроме того, с 13 по 20 июня из Ирана в Азербайджан выехали 64 гражданина Узбекистана, "
    "уточнили в МИД.\n"
)


def test_an_evacuation_through_a_third_country():
    _, daily, transit, azerbaijan = read_article(SERAKHS, "ru", date(2025, 6, 23)).candidates
    # Serakhs lies between Turkmenistan and Iran; "Бахтиёр" names a man, no crossing.
    assert (daily.origin, daily.destination) == ("IRN", "TKM")
    # "за минувшую неделю": last week, Monday to Sunday.
    assert (transit.period_start, transit.period_end) == (date(2025, 6, 16), date(2025, 6, 22))
    # "в МИД": the ministry named in full before.
    assert azerbaijan.attributed_to is not None
    assert azerbaijan.attributed_to.name == "Министерство иностранных дел Узбекистана"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # People denied asylum who went home returned.
        ("en", "Last month 40 Georgians who were denied asylum returned home from Germany.",
         ("returned", "DEU", "GEO")),
        ("kk", "Соңғы екі аптада Швейцарияда баспана алудан бас тартылған 15-тен астам "
               "қазақстандық өз еркімен елге оралды.", ("returned", "CHE", "KAZ")),
    ],
)  # fmt: skip
def test_people_denied_asylum_who_went_home_returned(language, text, expected):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


def test_citizens_home_told_by_their_minister_came_from_abroad():
    """ "вернулись домой", said by Tajikistan's deputy minister in an article about Turkey:
    home to Tajikistan, from Turkey, not from the country the article is about."""
    article = (
        "С начала года власти Турции депортировали порядка 1,5 тыс. граждан Таджикистана, "
        "сообщил заместитель министра иностранных дел Таджикистана Фирдавс Зиёев.\n\n"
        "«Ещё около 250 наших граждан добровольно вернулись домой за последние две недели», — "
        "сказал замминистра.\n"
    )
    _, home = read_article(article, "ru", date(2024, 9, 19)).candidates
    assert (home.metric, home.origin, home.destination) == ("returned", "TUR", "TJK")


def test_a_kazakh_secretariat_is_a_body():
    (candidate,) = read_article(
        "Швейцарияның Көші-қон жөніндегі мемлекеттік хатшылығының мәліметінше, наурызда "
        "қазақстандықтар 20-ға жуық баспана сұрап өтініш берген.",
        "kk",
        PUBLISHED,
    ).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.kind == "organisation"


def test_the_department_is_the_one_a_speakers_post_named():
    article = (
        "Anucha Srisombat, director-general of the Department of Employment, told reporters "
        "that 180 Thai workers flew home from Incheon on Tuesday.\n\n"
        "Police Colonel Chaiyaporn Thongdee, a spokesman for the Immigration Bureau, said 300 "
        "would-be workers were stopped from boarding flights to Seoul.\n\n"
        "The department said 7,000 Thais left for jobs in South Korea between January and "
        "October.\n"
    )
    left = read_article(article, "en", date(2024, 11, 14)).candidates[-1]
    assert left.attributed_to is not None
    assert left.attributed_to.name == "Department of Employment"


@pytest.mark.parametrize(
    ("text", "citizenship"),
    [
        ("Былтырғы наурызда Швейцарияға қазақстандықтардан 20-ға жуық баспана сұраған өтініш "
         "түскен.", "KAZ"),
        ("Былтыр Германияға ресейліктерден 300 баспана сұраған өтініш түсті.", "RUS"),
    ],
)  # fmt: skip
def test_a_kazakh_peoples_word_in_the_plural_and_a_case_is_the_people(text, citizenship):
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.citizenship) == ("asylum_applications", citizenship)


def test_an_outlet_citing_a_states_agency_in_kazakh():
    """ "X агенттігінің деректерін келтірген Y порталының мәліметінше": Y carried the data
    of X, Malta's agency (no news agency, for all its Latin name)."""
    (candidate,) = read_article(
        "Мальтаның Identità агенттігінің деректерін келтірген Tengrinews.kz порталының "
        "мәліметінше, жыл басынан бері аралға 2 мың 400 Қазақстан азаматы келген.",
        "kk",
        PUBLISHED,
    ).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.kind == "organisation"
    assert "Identità" in candidate.attributed_to.name
    assert candidate.carried_by is not None
    assert candidate.carried_by.name == "Tengrinews.kz"


@pytest.mark.parametrize(
    ("language", "headline", "body"),
    [
        ("kk", "Мальтаға жыл басынан бері 2 мыңнан астам қазақстандық жұмысқа барды",
         "Жыл басынан бері Мальтаға 2 мың 410 Қазақстан азаматы жұмысқа келген."),
        ("en", "Almost 5,000 Thais deported from South Korea",
         "South Korea has deported 4,480 Thai nationals since January, the ministry said."),
    ],
)  # fmt: skip
def test_a_headline_that_rounds_the_bodys_figure_is_that_figure(language, headline, body):
    reading = read_article(f"{headline}\n\n{body}\n", language, PUBLISHED)
    assert len(reading.candidates) == 1
    assert not reading.candidates[0].headline
    assert [left.reason for left in reading.left_out] == ["repeat"]


def test_people_brought_home_in_a_kazakh_evacuation_came_from_where_the_others_were():
    article = (
        "Бішкектегі толқулардан кейін Қырғызстаннан елге 2 мыңнан астам қазақстандық оралды, "
        "деп мәлімдеді Сыртқы істер министрлігінің ресми өкілі Айбек Смадияров.\n\n"
        "Тағы 600-ден астам адам Алматыға арнайы рейстермен жеткізілді.\n"
    )
    _, flown = read_article(article, "kk", PUBLISHED).candidates
    assert (flown.metric, flown.origin, flown.destination) == ("returned", "KGZ", "KAZ")


def test_from_the_island_is_the_island_the_article_is_about():
    article = (
        "З 1 січня до 28 лютого до Шрі-Ланки прибули 6 200 громадян України, свідчать дані "
        "Управління з розвитку туризму.\n\n"
        "Почесний консул України в Коломбо Ранджит Фернандо повідомив, що за останні п'ять днів "
        "з острова до Індії вилетіли 45 українців.\n"
    )
    _, flown = read_article(article, "uk", date(2024, 3, 5)).candidates
    assert (flown.metric, flown.origin, flown.destination) == ("left", "LKA", "IND")


def test_kazakh_from_the_country_holds_over_a_figure_with_a_comma():
    (candidate,) = read_article(
        "Сұхбатта Сәрсенбаева жыл басынан бері елден 1,2 мыңға жуық адам көшіп кеткенін айтты.",
        "kk",
        PUBLISHED,
    ).candidates
    assert (candidate.metric, candidate.origin) == ("left", "KAZ")


# A figure told after the one before, in another paragraph: "since then", "the country", and
# people the figure does not name again.
FOLLOW_UP = {
    "en": "Interior Minister Marat Akhmetzhanov spoke to reporters on Tuesday.\n\n"
    'Quote from Akhmetzhanov: "Since 21 September, more than 200,000 Russians have entered '
    'Kazakhstan."\n\nHe added that about 147,000 Russians had left the country since then.',
    "ru": "Во вторник министр внутренних дел Марат Ахметжанов выступил перед журналистами.\n\n"
    "Цитата Ахметжанова: «С 21 сентября в Казахстан въехали более 200 тысяч граждан России».\n\n"
    "Он добавил, что за это время из страны выехали около 147 тысяч россиян.",
    "uk": "Джерело: Zakon.kz з посиланням на МВС Казахстану\n\n"
    "З 21 вересня до Казахстану в'їхали понад 200 тисяч росіян. Виїхали близько 147 тисяч.",
    "kk": "Дереккөз: Zakon.kz, ҚР ІІМ-ге сілтеме жасап\n\n"
    "21 қыркүйектен бері Қазақстанға 200 мыңнан астам ресейлік кірді. Шамамен 147 мыңы елден "
    "кетті.",
}


@pytest.mark.parametrize("language", sorted(FOLLOW_UP))
def test_a_follow_up_figure_keeps_the_period_the_country_and_the_people(language):
    found = read_article(FOLLOW_UP[language], language, date(2022, 10, 4)).candidates
    left = next(c for c in found if c.metric == "left")
    assert (left.figure.value, left.origin, left.citizenship) == (147000, "KAZ", "RUS")
    assert (left.period_start, left.period_end) == (date(2022, 9, 21), None)


def test_people_named_by_what_happened_to_them_are_no_one_elses():
    text = (
        "В сентябре из Турции депортировали 500 граждан Таджикистана. "
        "В минувшие выходные рейсами из Стамбула в Душанбе были доставлены 146 депортированных."
    )
    found = read_article(text, "ru", date(2024, 10, 2)).candidates
    assert [c.citizenship for c in found if c.figure.value == 146] == [None]
