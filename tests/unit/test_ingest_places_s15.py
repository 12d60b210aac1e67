"""Countries in lists and in where people were going, from sentences of the short news items
(figures invented): a comma inside a list of countries keeps the list in the figure's clause,
so several origins or destinations give none; "bound for" and "for jobs in" say where people
went, and where they were going is not where they set out from."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Several origins, listed with commas: no one origin.
        (
            "en",
            "Last year 5,000 migrants arrived in Italy from Libya, Tunisia and Egypt.",
            ("entered", None, "ITA"),
        ),
        (
            "en",
            "The agency had helped 1,104 Gambians come home from Niger, Libya and Mali so far "
            "this year.",
            ("returned", None, "GMB"),
        ),
        (
            "uk",
            "З початку року в Україну в'їхали 300 тис. людей з Польщі, Угорщини та Словаччини.",
            ("entered", None, "UKR"),
        ),
        # One origin, a comma after it: still the origin.
        (
            "en",
            "Last year 5,000 migrants arrived in Italy from Libya, the ministry said.",
            ("entered", "LBY", "ITA"),
        ),
        # Where they were bound for: the destination, several of them none.
        (
            "en",
            "Police at the airport stopped 43 passengers bound for Malaysia from boarding their "
            "flights on Thursday.",
            ("exit_refused", None, "MYS"),
        ),
        (
            "en",
            "Police at the airport stopped 43 passengers bound for Malaysia, Dubai and Oman "
            "from boarding their flights on Thursday.",
            ("exit_refused", None, None),
        ),
        (
            "en",
            "More than 2,000 Nepali workers leave the country every day for jobs in Malaysia.",
            ("left", "NPL", "MYS"),
        ),
        # Who they are says where they came from, when nothing else does.
        (
            "en",
            "The Ghana Refugee Board has registered 7,236 refugees from Burkina Faso since "
            "January.",
            ("refugees_registered", "BFA", "GHA"),
        ),
        # A region in two words, in the country it lies in.
        (
            "en",
            "Armenia has registered 98,750 refugees from Nagorno-Karabakh since September 24.",
            ("refugees_registered", "AZE", "ARM"),
        ),
        (
            "uk",
            "За період з 24 вересня по неділю до Вірменії з Нагірного Карабаху прибули 100 617 "
            "вимушених переселенців.",
            ("entered", "AZE", "ARM"),
        ),
        (
            "ru",
            "С 24 сентября в Армению из Нагорного Карабаха прибыли 100 617 человек.",
            ("entered", "AZE", "ARM"),
        ),
        # A border named by its other side, a side of the country's between.
        (
            "uk",
            "Від початку року поліція Чилі відмовила у в'їзді 3 412 іноземцям на північному "
            "кордоні з Болівією.",
            ("entry_refused", "BOL", "CHL"),
        ),
        # An aside of who said it between commas leaves the people before it the figure's.
        (
            "ru",
            "Граждан Монголии, по данным пограничников, въехало в Россию больше 71 тысячи.",
            ("entered", "MNG", "RUS"),
        ),
        # A country that does not decline, after a verb of moving people: where they went.
        (
            "ru",
            "Генеральное управление по миграции Доминиканской Республики депортировало в Гаити "
            "свыше 11 тыс. человек.",
            ("deported", "DOM", "HTI"),
        ),
        (
            "ru",
            "На прошлой неделе через аэропорт «Манас» в Киргизию вернулись семеро студентов, "
            "обучавшихся в Урумчи.",
            ("returned", "CHN", "KGZ"),
        ),
        # A state's body tells of those its state kept out.
        (
            "ru",
            "С начала месяца пограничная полиция не допустила въезда из Греции свыше 1 300 "
            "мигрантов, сообщило МВД Северной Македонии.",
            ("entry_refused", "GRC", "MKD"),
        ),
        # England for the United Kingdom; a coast and a side name where people came from.
        (
            "kk",
            "2024 жылы Франция жағалауынан шағын қайықтармен Англияға 36 816 адам жеткен.",
            ("entered", "FRA", "GBR"),
        ),
        (
            "ru",
            "В прошлом году в Англию прибыли 300 человек из Франции.",
            ("entered", "FRA", "GBR"),
        ),
        # People who came from a country asked another for asylum.
        (
            "kk",
            "Биылғы қаңтар-мамырда Ауғанстаннан келген кемінде 40 адам Қазақстанда баспана сұрап "
            "жүгінді.",
            ("asylum_applications", "AFG", "KAZ"),
        ),
        # Kazakh names a border by the country on its other side, and its own by its own.
        (
            "kk",
            "Жыл басынан бері Беларусь шекарасында 15 мыңнан астам адам Польшаға кіргізілмеді.",
            ("entry_refused", "BLR", "POL"),
        ),
        (
            "kk",
            "Жыл басынан бері Қазақстан шекарасында 300 шетелдік елге кіргізілмеді, деп "
            "хабарлады ҰҚК Шекара қызметі.",
            ("entry_refused", None, "KAZ"),
        ),
        # A people's adjective before an enclave names the country it belongs to.
        (
            "uk",
            "Упродовж вихідних до іспанського анклаву Сеута з Марокко вплав дісталися "
            "щонайменше 450 мігрантів.",
            ("entered", "MAR", "ESP"),
        ),
    ],
)
def test_the_countries_of_a_figure(language: str, text: str, expected: tuple[object, ...]) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2023, 7, 12)).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


def test_a_kazakh_people_named_beside_where_they_went_is_no_list() -> None:
    """ "Эстонияға Қазақстанның 643 азаматы": the citizens' country, next to the place they
    entered, is no second place in a list."""
    text = (
        "Тамыз айында Ресеймен шекарадағы Нарва өткізу пункті арқылы Эстонияға Қазақстанның "
        "643 азаматы кірген."
    )
    (candidate,) = read_article("Headline\n\n" + text, "kk", date(2023, 9, 5)).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "RUS",
        "EST",
        "KAZ",
    )


def test_of_that_same_day_is_no_togo() -> None:
    text = (
        "У суботу через пункт пропуску Рафах до Єгипту переправили 50 поранених. Того ж дня "
        "додому повернулися 37 громадян Єгипту, які застрягли в секторі."
    )
    candidates = read_article("Headline\n\n" + text, "uk", date(2023, 10, 16)).candidates
    came_home = candidates[-1]
    assert came_home.figure.value == 37
    assert "TGO" not in {came_home.origin, came_home.destination}


def test_each_country_of_an_elliptical_list_takes_its_figure() -> None:
    text = (
        "За девять месяцев 2024 года на заработки за рубеж выехали 398 тыс. граждан "
        "Таджикистана. Из них в Россию направились 372 тысячи, в ОАЭ — около 2,4 тысячи."
    )
    candidates = read_article("Headline\n\n" + text, "ru", date(2024, 11, 1)).candidates
    assert [(c.figure.value, c.origin, c.destination) for c in candidates] == [
        (398000, "TJK", None),
        (372000, "TJK", "RUS"),
        (2400, "TJK", "ARE"),
    ]


def test_a_word_that_is_an_abbreviation_only_in_capitals() -> None:
    """ "Цагаан Сара" is a festival; "граждан САР" are Syria's."""
    festival = (
        "С 9 по 13 февраля, в дни празднования Цагаан Сара, через пункт пропуска «Замын-Ууд» "
        "на монгольско-китайской границе в обоих направлениях проследовали 48 тыс. 760 человек."
    )
    (crossing,) = read_article("Headline\n\n" + festival, "ru", date(2024, 2, 14)).candidates
    assert {crossing.origin, crossing.destination} == {"MNG", "CHN"}
    syrians = "В Турцию выехали 300 граждан САР."
    (left,) = read_article("Headline\n\n" + syrians, "ru", date(2024, 2, 14)).candidates
    assert left.citizenship == "SYR"
