"""Who said it and via whom, in ways news introduces speakers that the first rules missed.

Each row is a short piece written here (figures invented): the sentence a fragment opens, whom
its figures are attributed to and which outlet carried them. Speakers set off by commas, told
outlets, interviews that go on, relays in a relative clause, bodies that counted the figure
themselves, reports the next sentence points back to, and paragraphs in the writer's own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.attribution import Attribution, Speaker, attribute
from bot.ingest.drafts import DocumentFields
from bot.ingest.hearers import kazakh_hearer
from bot.ingest.proposals import propose
from bot.ingest.reporting import find_cue
from bot.ingest.sentences import split_sentences
from bot.ingest.speech_flow import goes_on


def _read(text: str, language: str) -> list[tuple[str, Attribution]]:
    sentences = split_sentences(text, language)
    return list(zip((s.text for s in sentences), attribute(sentences, language), strict=True))


def _name(speaker: Speaker | None) -> str | None:
    return speaker.name if speaker else None


def _who(text: str, language: str, fragment: str) -> tuple[str | None, str | None]:
    found = [a for sentence, a in _read(text, language) if fragment in sentence]
    assert found, f"no sentence has {fragment!r}"
    return _name(found[0].attributed_to), _name(found[0].carried_by)


TOLD = """Venezuela's consul in Boa Vista, Marisol Peña, told state broadcaster VTV that 287 \
Venezuelans had gone home since Sunday.

The mayor of Tacna, Luis Torres Robledo, told the newspaper La República that 300 people \
arrived. In the same interview he said police had expelled 87 foreigners.

"We see 50 people a day," he added.

Interior Minister John Smith told the BBC that 1,500 people left. The minister said 800 \
returned."""

ENGLISH = [
    (TOLD, "287 Venezuelans", "Marisol Peña", "VTV"),
    (TOLD, "In the same interview", "Luis Torres Robledo", "La República"),
    (TOLD, "We see 50", "Luis Torres Robledo", "La República"),
    # A new statement by role is not the interview's.
    (TOLD, "The minister said 800", "John Smith", None),
    (
        "The Federal Office for Migration and Refugees (BAMF) received 1,746 applications in "
        "March, it said in its monthly report.",
        "1,746",
        "Federal Office for Migration and Refugees",
        None,
    ),
    (
        "The figure of 1,200 deportations was confirmed by the Interior Ministry.",
        "1,200",
        "Ministry of Internal Affairs",
        None,
    ),
    ("Data published by Eurostat show that 2,000 people applied.", "2,000", "Eurostat", None),
    ("As reported by Anadolu Agency, 300 Syrians crossed.", "300", None, "Anadolu Agency"),
    (
        "Police spokesman Ahmed Ali was quoted by the Daily Star as saying that 200 people "
        "were detained.",
        "200",
        "Ahmed Ali",
        "Daily Star",
    ),
    (
        "In an interview with the BBC, Interior Minister Anna Berg said 3,000 people had "
        "left. She added that 500 had returned.",
        "500",
        "Anna Berg",
        "BBC",
    ),
    (
        'Andriy Demchenko, a spokesman for the border service, told AFP: "We registered '
        '5,000 crossings."',
        "5,000",
        "Andriy Demchenko",
        "AFP",
    ),
    (
        "Poland's Border Guard has recorded 30,000 arrivals.",
        "30,000",
        "Poland's Border Guard",
        None,
    ),
    ("Per the ministry's figures, 900 people left.", "900", "the ministry", None),
    ("According to the latest UNHCR figures, 5,000 people crossed.", "5,000", "UNHCR", None),
    (
        "Data from Jordan's interior ministry showed that 4,000 Syrians returned.",
        "4,000",
        "Ministry of Internal Affairs of Jordan",
        None,
    ),
    (
        '"About 300 people arrive every day," said Col. Ibrahim Musa, who commands the post.',
        "About 300",
        "Ibrahim Musa",
        None,
    ),
    (
        "Around 500 people crossed on Sunday, Niger's interior minister told state television.",
        "500",
        "Niger's interior minister",
        None,
    ),
    ("The minister said 300 people crossed.", "300", None, None),
    (
        "Officials at the Interior Ministry put the number at 4,000.",
        "4,000",
        "Ministry of Internal Affairs",
        None,
    ),
    (
        "The head of the Red Cross in Nunukan, Budi Santoso, quoted by Antara, said 300 "
        "workers were deported.",
        "300",
        "Budi Santoso",
        "Antara",
    ),
    (
        "A total of 800 people had been sent back, according to the Malaysian Immigration "
        "Department's director-general, Ruslin Jusoh.",
        "800",
        "Ruslin Jusoh",
        None,
    ),
    (
        "The Croatian interior ministry said that police had returned 1,100 migrants.",
        "1,100",
        "Ministry of Internal Affairs of Croatia",
        None,
    ),
    (
        "IND spokesman Jan de Vries said 186 people were returned.",
        "186",
        "Jan de Vries",
        None,
    ),
]

RUSSIAN = [
    (
        "Авиакомпания «Аэрофлот» сообщила, что за неделю вылетели 8 412 пассажиров.",
        "8 412",
        "Аэрофлот",
        None,
    ),
    (
        "Пограничное управление ФСБ России по Мурманской области, слова которого приводит "
        "ТАСС, сообщило, что выехали 212 иностранцев.",
        "212",
        "Пограничное управление ФСБ России по Мурманской области",
        "ТАСС",
    ),
    (
        "В январе выдворены 1 240 граждан, сообщило Министерство труда, социального "
        "обеспечения и миграции КР (Минтруда).\n\nИсточник: АКИpress со ссылкой на Минтруда"
        "\n\n«Каждый день прилетают 40 депортированных», — сказала пресс-секретарь "
        "министерства Айпери Джумабаева.",
        "1 240",
        "Министерство труда, социального обеспечения и миграции КР",
        "АКИpress",
    ),
    (
        "«Каждый день прилетают 40 депортированных», — сказала пресс-секретарь министерства "
        "Айпери Джумабаева.",
        "40",
        "Айпери Джумабаева",
        None,
    ),
    (
        "Сабина Хадад, пресс-секретарь управления, сообщила, что 300 человек уехали.",
        "300",
        "Сабина Хадад",
        None,
    ),
    (
        "С 1 января на острова прибыли 32 436 мигрантов. Об этом говорится в докладе "
        "Министерства внутренних дел Испании.",
        "32 436",
        "Министерство внутренних дел Испании",
        None,
    ),
    (
        "Об этом ТАСС рассказал глава МЧС Дагестана Николай Пантелеев. По его словам, ещё "
        "500 человек вернулись.",
        "500",
        "Николай Пантелеев",
        "ТАСС",
    ),
    (
        "«В понедельник границу пересекли 800 человек», — цитирует РИА Новости "
        "пресс-секретаря ведомства Анну Иванову.",
        "800",
        "Анна Иванова",
        "РИА Новости",
    ),
    (
        "В Пограничной службе ФСБ России «Известиям» сообщили, что 10 тыс. человек въехали.",
        "10 тыс.",
        "Пограничная служба ФСБ России",
        "Известия",
    ),
    (
        "Представитель МВД Германии Майя Шмидт в интервью агентству dpa сообщила, что 900 "
        "россиян попросили убежища.",
        "900",
        "Майя Шмидт",
        "dpa",
    ),
    (
        "Замминистра Алмаз Иманкулов заявил журналистам, что 400 граждан вернулись.",
        "400",
        "Алмаз Иманкулов",
        None,
    ),
    (
        "Согласно статистике Евростата, 2 тыс. россиян получили убежище.",
        "2 тыс.",
        "Евростат",
        None,
    ),
    ("МВД Казахстана зарегистрировало 3 тыс. заявлений.", "3 тыс.", "МВД Казахстана", None),
    (
        "«Большинство возвращается», — уточнил представитель УВКБ ООН Иван Смирнов.\n\n"
        "Пограничники Таджикистана, в свою очередь, сообщают о 300 задержанных.",
        "300",
        "Пограничники Таджикистана",
        None,
    ),
    (
        "По данным ТАСС, глава МЧС Дагестана Николай Пантелеев заявил, что 500 человек вернулись.",
        "500",
        "Николай Пантелеев",
        "ТАСС",
    ),
    (
        "В январе заявления подали 146 граждан России, рассказал нашему порталу глава УДГМ "
        "Янис Озолс.",
        "146",
        "Янис Озолс",
        None,
    ),
]

UKRAINIAN = [
    (
        "Андрій Левчишин, посол України у Франції, розповів, що більшість прямує до Парижа. "
        "За його словами, минулого тижня додому повернулися 2,5 тис. громадян.",
        "2,5 тис.",
        "Андрій Левчишин",
        None,
    ),
    (
        "Про це «Укрінформу» розповів голова ОВА Іван Петренко.",
        "Про це",
        "Іван Петренко",
        "Укрінформ",
    ),
    (
        "«Щодня кордон перетинають 5 тисяч людей», — цитує «Суспільне» речника ДПСУ Андрія "
        "Демченка.",
        "5 тисяч",
        "Андрій Демченко",
        "Суспільне",
    ),
    (
        "З початку року до Польщі прибули 30 тисяч українців. Про це йдеться у звіті "
        "Управління у справах іноземців Польщі.",
        "30 тисяч",
        "Управління у справах іноземців Польщі",
        None,
    ),
    ("Як випливає з даних МВС, 300 людей виїхали.", "300", "МВС", None),
    (
        "Речник ДПСУ Андрій Демченко повідомив, що кордон перетнули 30 тисяч людей. Про це на "
        "своїй сторінці у Facebook написав також голова ОВА Олег Синєгубов.",
        "Про це",
        "Олег Синєгубов",
        None,
    ),
    (
        "Про це в коментарі «Радіо Свобода» сказав речник ДПСУ Андрій Демченко.",
        "Про це",
        "Андрій Демченко",
        "Радіо Свобода",
    ),
    # The paper told, named only in quotation marks, may be the publisher: no carrier.
    (
        "Консулка Ольга Стасюк розповіла «Новому світу», що 900 співвітчизників повернулися.",
        "900",
        "Ольга Стасюк",
        None,
    ),
    (
        "До Великої Британії прибули 104 300 українців, повідомило Міністерство внутрішніх "
        "справ Великої Британії.\n\nДжерело: BBC News Україна з посиланням на Home Office",
        "104 300",
        "Міністерство внутрішніх справ Великої Британії",
        "BBC News Україна",
    ),
    (
        "Про це повідомляє «Європейська правда» з посиланням на Управління у справах іноземців.",
        "Про це",
        "Управління у справах іноземців",
        "Європейська правда",
    ),
    (
        "Посол Марія Мендес повідомила «Укрінформу», що 58 тисяч українців отримали захист. "
        "За словами дипломатки, ще 3 тисячі чекають рішення.",
        "3 тисячі",
        "Марія Мендес",
        "Укрінформ",
    ),
    (
        "Дані Державної міграційної служби свідчать, що 4 тисячі українців отримали захист.",
        "4 тисячі",
        "Державна міграційна служба",
        None,
    ),
]

KAZAKH = [
    (
        "Шекара қызметінің баспасөз хатшысы Асқар Бекұлы брифингте былай деді: «Тәулігіне 5 "
        "мың адам өтеді».",
        "5 мың",
        "Асқар Бекұлы",
        None,
    ),
    (
        "ТЖМ ресми өкілі Дәурен Сейітқали рейстер өзгеруі мүмкін екенін ескертті. «Кеше тағы "
        "58 азамат жетті», – деді ол.",
        "58",
        "Дәурен Сейітқали",
        None,
    ),
    (
        "IND баспасөз хатшысы Ян де Врис Zheli.kz-тің сұрауына жауап берді. Оның сөзінше, 186 "
        "қазақстандық елге қайтарылды.",
        "186",
        "Ян де Врис",
        None,
    ),
    (
        "Көші-қон комитетінің төрағасы Ержан Нұрқасымов Tengrinews тілшісіне берген "
        "сұхбатында 400 қандас келгенін айтты.",
        "400",
        "Ержан Нұрқасымов",
        "Tengrinews",
    ),
    (
        "Бұл туралы Azattyq Radio тілшісіне Еңбек министрлігінің өкілі Сәуле Жақсылықова айтты.",
        "Бұл туралы",
        "Сәуле Жақсылықова",
        "Azattyq Radio",
    ),
    (
        "Гүлмира Сәрсенбаева Kazinform агенттігіне берген сұхбатында көшу азайғанын атап "
        "өтті.\n\nСұхбатта Сәрсенбаева 1,2 мың адам көшіп кеткенін де айтты.",
        "1,2 мың",
        "Гүлмира Сәрсенбаева",
        "Kazinform",
    ),
    (
        "ТАСС агенттігінің хабарлауынша, Ресей Қорғаныс министрлігі Алматыдан 1 500 Ресей "
        "азаматын елге қайтарды.",
        "1 500",
        "Ресей Қорғаныс министрлігі",
        "ТАСС",
    ),
    (
        "Биыл Қазақстанға 3 мың қандас оралды. Бұл туралы Еңбек министрлігінің хабарламасында "
        "айтылған.",
        "3 мың",
        "Еңбек министрлігі",
        None,
    ),
    (
        "Дереккөз: Kazinform, СІМ-ге сілтеме жасап\n\n«Газада тағы 20 азаматымыз бар», – деді "
        "СІМ ресми өкілі Дәурен Әбілқасымов. Әбілқасымовтың айтуынша, 600 қазақстандық оралды.",
        "600",
        "Дәурен Әбілқасымов",
        "Kazinform",
    ),
    (
        "MENA агенттігінің хабарлауынша, Египеттің Мемлекеттік ақпарат қызметінің басшысы "
        "Мұстафа Хамди Египетке 1 700 адам өткенін айтты.",
        "1 700",
        "Мұстафа Хамди",
        "MENA",
    ),
    (
        "ҚР Ішкі істер министрі Марат Ахметжанов 300 адам келгенін айтты.\n\nІшкі істер "
        "министрлігінің басшысы 7 мың азамат келгенін айтты.",
        "7 мың",
        "Марат Ахметжанов",
        None,
    ),
]

ROWS = [
    *(("en", *row) for row in ENGLISH),
    *(("ru", *row) for row in RUSSIAN),
    *(("uk", *row) for row in UKRAINIAN),
    *(("kk", *row) for row in KAZAKH),
]


@pytest.mark.parametrize(
    ("language", "text", "fragment", "attributed", "carried"),
    ROWS,
    ids=[f"{row[0]}: {row[2][:24]}" for row in ROWS],
)
def test_the_speaker_and_the_outlet(
    language: str, text: str, fragment: str, attributed: str | None, carried: str | None
) -> None:
    """Each piece's figures go to the speaker and the outlet a reader would name."""
    assert _who(text, language, fragment) == (attributed, carried)


WRITERS_OWN = """Venezuelans crowd the border town

About 1,200 Venezuelans returned home on Saturday, according to Colonel Ricardo Mendes of \
the Roraima military police. Brazil's Federal Police said 500 more had crossed on Friday.

Between January and July, more than 100,000 Venezuelans crossed into Brazil at Pacaraima.

Also, 300 people applied for asylum in Boa Vista."""

ONE_SOURCE = """Over 200,000 people have arrived

The Interior Ministry said 200,000 people had arrived since 21 September.

Between 1 April and 27 September, 441 people applied for citizenship."""


QUOTED_ON = """Thousands flee

The UNHCR said 5,000 people crossed on Monday. Police said 300 were detained.

Local mayor Ana Ruiz described the scene at the crossing.

"We had 700 people arriving in one night. Nobody was ready."

In total, 1,200 people reached the town this week."""


def test_a_quotation_or_a_total_goes_on_with_the_speaker_before() -> None:
    """A paragraph that is only a quotation is the words of whoever was named last; "In
    total" sums up their figures."""
    assert _who(QUOTED_ON, "en", "We had 700")[0] == "Ana Ruiz"
    assert _who(QUOTED_ON, "en", "In total")[0] == "Ana Ruiz"


def test_a_paragraph_in_the_writers_own_words_is_the_publishers() -> None:
    """After several sources, a paragraph with no cue is the publisher's own, unless it goes
    on with the speaker before; with one source so far it is that source's."""
    assert _who(WRITERS_OWN, "en", "Between January") == (None, None)
    assert _who(WRITERS_OWN, "en", "Also, 300")[0] == "Brazil's Federal Police"
    assert _who(ONE_SOURCE, "en", "Between 1 April")[0] == "Ministry of Internal Affairs"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Как стало известно редакции, на прошлой неделе 62 человека пересекли границу."),
        ("kk", "Редакцияға белгілі болғандай, өткен аптада 62 қазақ Қазақстанға келген."),
    ],
)
def test_the_newsrooms_own_finding_has_no_source(language: str, text: str) -> None:
    """What the newsroom learned itself takes no speaker named elsewhere in the story."""
    story = {
        "ru": "Погранслужба сообщила, что 300 человек въехали.\n\n",
        "kk": "Шекара қызметі 300 адам келгенін хабарлады.\n\n",
    }[language]
    assert _who(story + text, language, "62") == (None, None)


@pytest.mark.parametrize(
    ("language", "line"),
    [("kk", "Ертіс ақпарат | Авторы: Ирина Балачук"), ("en", "Photo: Reuters / Olga Ivanova")],
)
def test_a_by_line_names_no_speaker(language: str, line: str) -> None:
    """ "Outlet | Авторы: Name" and a photo credit are furniture, not a speaker's line."""
    assert find_cue(line, language) is None


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (
            "Бұл туралы Azattyq Radio тілшісіне Еңбек министрлігінің өкілі",
            ("Azattyq Radio", "Бұл туралы Еңбек министрлігінің өкілі"),
        ),
        (
            "Press Trust of India агенттігіне ведомство өкілі",
            ("Press Trust of India", "ведомство өкілі"),
        ),
        ("Әкім «Егемен Қазақстан» газетіне", ("Егемен Қазақстан", "Әкім")),
        ("Комитет төрағасы Ержан Нұрқасымов", None),
    ],
)
def test_the_outlet_a_kazakh_speaker_told(left: str, expected: tuple[str, str] | None) -> None:
    """The outlet in the dative before a Kazakh verb, and the words left for the speaker."""
    assert kazakh_hearer(left) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Also, 300 people applied for asylum.", True),
        ("«Мы принимаем по 500 человек в сутки».", True),
        ("Сонымен қатар 12 мың адам көшіп келген.", True),
        ("Загалом від початку року повернулися 47 дітей.", True),
        ("Between January and July, 100,000 people crossed.", False),
        ("С учётом автобусных рейсов вернулись 23 тысячи человек.", False),
    ],
)
def test_a_paragraph_that_goes_on(text: str, expected: bool) -> None:
    """Connectives, quotations and totals go on with the speaker before; a new topic does not."""
    assert goes_on(text) is expected


def test_the_articles_own_outlet_carries_no_statement():
    text = (
        "Kazakhstan registers more arrivals\n\n"
        "More than 5,000 Russians entered Kazakhstan last week, the Interior Ministry told "
        "Kursiv on Monday."
    )
    kursiv = DocumentFields(publisher="Kursiv", published_at=date(2022, 10, 4))
    (item,) = propose(text, given=kursiv, language="en").proposed
    assert "carried_by" not in item.data["citation"]
    other = DocumentFields(publisher="Vlast.kz", published_at=date(2022, 10, 4))
    (item,) = propose(text, given=other, language="en").proposed
    assert item.data["citation"]["carried_by"]["name"] == "Kursiv"


def test_the_publisher_told_in_another_case_carries_nothing() -> None:
    """ "«Балканському віснику» розповіли" in «Балканський вісник»: told to this paper; in
    another paper, told to that one."""
    text = (
        "У Посольстві України в Чорногорії «Балканському віснику» розповіли, що з початку "
        "літа додому повернулися понад 300 наших громадян."
    )
    own = DocumentFields(publisher="Балканський вісник", title="T", published_at=date(2024, 8, 14))
    (item,) = propose(text, given=own, language="uk").proposed
    assert "carried_by" not in item.data["citation"]
    other = DocumentFields(
        publisher="Українська правда", title="T", published_at=date(2024, 8, 14)
    )
    (item,) = propose(text, given=other, language="uk").proposed
    assert item.data["citation"]["carried_by"]["name"].startswith("Балканськ")


def test_an_outlet_named_news_agency_of_somewhere_keeps_its_name() -> None:
    """The word for the outlet comes off a name only before a capital: "the News Agency of
    Nigeria" is no agency called "of Nigeria"; "the state news agency NAN" is NAN."""
    given = DocumentFields(publisher="Lagos Ledger", title="T", published_at=date(2024, 5, 15))
    for told, name in (
        ("the News Agency of Nigeria (NAN)", "News Agency of Nigeria"),
        ("the state news agency NAN", "NAN"),
    ):
        text = f'"We received 150 returnees from Libya on Tuesday," Manzo told {told}.'
        (item,) = propose(text, given=given, language="en").proposed
        assert item.data["citation"]["carried_by"]["name"] == name


NINTH = [
    # A name whose particles run on: "van der", and "дер", which the dictionary reads as a verb.
    (
        "Elena van der Merwe, the consul, said 38 Ukrainians returned to Ukraine in March.",
        "en",
        "38 Ukrainians",
        ("Elena van der Merwe", None),
    ),
    (
        "Елена ван дер Мерве, почетный консул Украины в Кейптауне, рассказала, что с начала "
        "марта на Украину вернулись 38 украинцев.",
        "ru",
        "38 украинцев",
        ("Елена ван дер Мерве", None),
    ),
    (
        "Олена ван дер Мерве, почесна консулка України в Кейптауні, розповіла, що від початку "
        "березня в Україну повернулися 38 українців.",
        "uk",
        "38 українців",
        ("Олена ван дер Мерве", None),
    ),
    # A description opened by a country's possessive is the named person's, not a speaker.
    (
        "Elena Merwe, Ukraine's honorary consul in Cape Town, said that 38 Ukrainians returned "
        "to Ukraine since early March.",
        "en",
        "38 Ukrainians",
        ("Elena Merwe", None),
    ),
    # The outlet told by its kind alone is the outlet named before; none named, none carried.
    (
        "The Guardian reported that 300 Afghans crossed into Iran. Spokesman Ali Rezai told the "
        "newspaper that 212 Afghans were deported from Iran last month.",
        "en",
        "212 Afghans",
        ("Ali Rezai", "Guardian"),
    ),
    (
        "Spokesman Ali Rezai told the newspaper that 212 Afghans were deported from Iran.",
        "en",
        "212 Afghans",
        ("Ali Rezai", None),
    ),
    (
        "Об этом сообщает «Коммерсантъ». Представитель МВД Али Резаи рассказал изданию, что в "
        "прошлом месяце из Ирана депортировали 212 афганцев.",
        "ru",
        "212 афганцев",
        ("Али Резаи", "Коммерсантъ"),
    ),
    (
        "Про це пише «Європейська правда». Речник МВС Алі Резаї розповів виданню, що минулого "
        "місяця з Ірану депортували 212 афганців.",
        "uk",
        "212 афганців",
        ("Алі Резаї", "Європейська правда"),
    ),
    # "уточнив виданню X": told it more exactly, to the outlet.
    (
        "Речник міністерства Сіфо Нкосі уточнив виданню News24, що минулого місяця до ПАР "
        "прибули 212 українців.",
        "uk",
        "212 українців",
        ("Сіфо Нкосі", "News24"),
    ),
    # A capitalised name told is an outlet, whatever its length and the day it was told; a
    # legislature told is none.
    (
        "The ministry told Prensa Libre on Monday that 1,240 Guatemalans returned from Belize.",
        "en",
        "1,240",
        ("The ministry", "Prensa Libre"),
    ),
    (
        "Interior Minister Jan Novak told Parliament that 1,240 Guatemalans returned from Belize.",
        "en",
        "1,240",
        ("Jan Novak", None),
    ),
    # A body's people, unnamed, speak for it.
    (
        "Some 4,500 Egyptians returned from Libya in the past week, officials in Matrouh "
        "governorate said on Sunday.",
        "en",
        "4,500",
        ("Matrouh governorate", None),
    ),
    (
        "Officials from the Ministry of Labour said 300 workers left for Qatar in May.",
        "en",
        "300 workers",
        ("Ministry of Labour", None),
    ),
    # A quoted Kazakh agency, then the word for it, then whom it cites: the agency carried
    # the body's figures, in the sentence before too.
    (
        "Беларусь Ішкі істер министрлігінің Көші-қон департаменті жыл басынан бері "
        "Қазақстанның 19 азаматын елден шығарды. Бұл туралы «Белта» агенттігі ведомствоға "
        "сілтеме жасап хабарлады.",
        "kk",
        "19 азаматын",
        ("Беларусь Ішкі істер министрлігінің Көші-қон департаменті", "Белта"),
    ),
    (
        "Жыл басынан бері Қазақстанның 19 азаматы Беларусьтан шығарылды. Бұл туралы «Белта» "
        "агенттігі Ішкі істер министрлігіне сілтеме жасап хабарлады.",
        "kk",
        "19 азаматы",
        ("Ішкі істер министрлігі", "Белта"),
    ),
    # "Source: outlet, citing X" vouches for the body last named above it under another
    # name, whatever unattributed sentence stands between.
    (
        "С 1 августа по 30 сентября выехали около 9 тысяч граждан Туркменистана, сообщило "
        "Министерство образования Туркменистана. Почти 70% из них — первокурсники.\n\n"
        "Источник: «Туркменпортал» со ссылкой на Минобразования",
        "ru",
        "9 тысяч",
        ("Министерство образования Туркменистана", "Туркменпортал"),
    ),
    # An agency by a Latin name that cites someone is a news agency, and "відомство" is the
    # body named before, never the agency; when it counted is no part of who counted.
    (
        "Державна міграційна служба Азербайджану (ДМС) за перші п'ять місяців року видворила "
        "з країни 46 громадян України. Про це повідомило агентство APA з посиланням на "
        "відомство.",
        "uk",
        "46 громадян",
        ("Державна міграційна служба Азербайджану", "APA"),
    ),
    # The body that counted by the verb gives way to the spokesman "Про це" names.
    (
        "Імміграційне бюро Таїланду минулого тижня депортувало дев'ятьох громадян України. Про "
        "це в понеділок повідомив речник бюро полковник Чайвут Сомбун.",
        "uk",
        "дев'ятьох",
        ("Чайвут Сомбун", None),
    ),
    # A quoted outlet told, in the dative: before a web domain, or a known name's dative.
    (
        "В Минтруде Узбекистана «Газете.uz» сообщили, что в 2023 году на заработки в Россию "
        "выехали 1,2 млн граждан.",
        "ru",
        "1,2 млн",
        ("Минтруд Узбекистана", "Газета.uz"),
    ),
    (
        "В МВД сообщили «Медузе», что за неделю из России выехали 1,2 тыс. человек.",
        "ru",
        "1,2 тыс",
        ("МВД", "Медуза"),
    ),
    # A body of one capitalised word, named where it spoke, in the nominative.
    (
        "У Держприкордонслужбі повідомили, що за добу до України в'їхали 70 тис. людей.",
        "uk",
        "70 тис",
        ("Держприкордонслужба", None),
    ),
    (
        "В Росгвардии сообщили, что за сутки в Казахстан въехали 7 тыс. человек.",
        "ru",
        "7 тыс",
        ("Росгвардия", None),
    ),
    # A Kazakh body's press service speaks for the body.
    (
        "ҰҚК Шекара қызметінің баспасөз қызметі хабарлағандай, бір аптада Қазақстанға 12 мың "
        "Ресей азаматы кірді.",
        "kk",
        "12 мың",
        ("ҰҚК Шекара қызметі", None),
    ),
    # An outlet called "News Agency of ..." keeps its name; an Arabic name's "al-" is a name.
    (
        '"We received 150 returnees from Libya on Tuesday," Manzo told the News Agency of '
        "Nigeria (NAN).",
        "en",
        "150",
        ("Manzo", "News Agency of Nigeria"),
    ),
    (
        "Jordan's interior minister, Mazen al-Farrayeh, said 5,000 Syrians had returned home "
        "this year.",
        "en",
        "5,000",
        ("Mazen al-Farrayeh", None),
    ),
    # A body that helped people move counted them.
    (
        "The International Organization for Migration (IOM) helped 150 Nigerians return home "
        "from Libya last week.",
        "en",
        "150",
        ("International Organization for Migration", None),
    ),
    # Kazakh "қайтты" (went back) holds "айтты" (said) but says nothing.
    (
        "Өткен аптада 120-дан астам непалдық Алматы әуежайы арқылы еліне қайтты, деп хабарлады "
        "комитет.",
        "kk",
        "120-дан",
        ("комитет", None),
    ),
    # A superintendency is a body.
    (
        "In February, 21,800 people left Peru for Bolivia, the National Superintendency of "
        "Migration said.",
        "en",
        "21,800",
        ("National Superintendency of Migration", None),
    ),
    # A body that counted, with its short name in brackets, is named in full.
    (
        "Национальный институт миграции Мексики (INM) в первом квартале 2023 года депортировал "
        "1,2 тыс. граждан России.",
        "ru",
        "1,2 тыс",
        ("Национальный институт миграции Мексики", None),
    ),
    # A name after "в Сан-Диего" is the person's, and the dative on a quoted outlet's first word.
    (
        "Представитель погранслужбы США в Сан-Диего Марк Эллисон сообщил «Голосу Америки», что в "
        "марте в США въехали 2 150 граждан России.",
        "ru",
        "2 150",
        ("Марк Эллисон", "Голос Америки"),
    ),
    # "..., следует из данных X": X's data, after what they say.
    (
        "С начала года на работу в Польшу выехали 4 312 граждан Узбекистана, следует из данных "
        "Агентства внешней трудовой миграции.",
        "ru",
        "4 312",
        ("Агентство внешней трудовой миграции", None),
    ),
    (
        "З початку року на роботу до Польщі виїхали 4 312 громадян Узбекистану, випливає з даних "
        "Агентства зовнішньої трудової міграції.",
        "uk",
        "4 312",
        ("Агентство зовнішньої трудової міграції", None),
    ),
    (
        "За І квартал 2025 року до В'єтнаму в'їхали майже 5 тис. громадян України, свідчать "
        "дані Національного управління туризму В'єтнаму.",
        "uk",
        "5 тис",
        ("Національне управління туризму В'єтнаму", None),
    ),
    # A quoted outlet in the dative after the verb, then the speaker: the outlet in the
    # nominative, the speaker named.
    (
        "Около 600 человек в сентябре вернулись из Польши домой, рассказал «Турану» "
        "пресс-секретарь агентства Дилшод Рахимов.",
        "ru",
        "600",
        ("Дилшод Рахимов", "Туран"),
    ),
    # An outlet alone pointing back only carried what the counting body counted.
    (
        "МВД России в прошлом месяце выдворило 48 граждан Индии. Об этом сообщает ТАСС.",
        "ru",
        "48",
        ("МВД России", "ТАСС"),
    ),
    # "Сіфо" read as a vocative of some woman's noun is no woman: "додав він" is him.
    (
        "Речник Сіфо Нкосі заявив, що до ПАР прибули 212 українців. З ПАР депортували сімох "
        "українців, додав він.",
        "uk",
        "сімох",
        ("Сіфо Нкосі", None),
    ),
]


@pytest.mark.parametrize(("text", "language", "fragment", "expected"), NINTH)
def test_speakers_and_outlets_found_by_probing(
    text: str, language: str, fragment: str, expected: tuple[str | None, str | None]
) -> None:
    assert _who(text, language, fragment) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 3,000 people left Ukraine for Poland yesterday, Interior Minister Vakhtang "
         "Gomelauri said, according to Civil.ge.", ("Vakhtang Gomelauri", "Civil.ge")),
        ("About 3,000 people left Ukraine for Poland yesterday, border guard spokesman Andriy "
         "Demchenko told RFE/RL.", ("Andriy Demchenko", "RFE/RL")),
        ("About 3,000 people left Ukraine for Poland yesterday, Radio Free Europe/Radio Liberty "
         "reported, citing the border guard.",
         ("the border guard", "Radio Free Europe/Radio Liberty")),
        ("About 3,000 people left Ukraine for Poland yesterday, OC Media reported, citing the "
         "border guard.", ("the border guard", "OC Media")),
        ("About 3,000 people left Ukraine for Poland yesterday, the border guard told OC Media.",
         ("the border guard", "OC Media")),
    ],
)  # fmt: skip
def test_outlets_of_the_region_by_name(text: str, expected: tuple[str, str]) -> None:
    assert _who(text, "en", "3,000") == expected


def test_a_family_name_the_dictionary_lacks_is_read_in_the_nominative() -> None:
    text = (
        "Пряма мова Ахметжанова: «З 21 вересня до Казахстану в'їхали понад 200 тисяч громадян "
        "Росії»."
    )
    assert _who(text, "uk", "200 тисяч") == ("Ахметжанов", None)


@pytest.mark.parametrize(
    ("language", "text", "fragment", "expected"),
    [
        ("en", "Interior Minister Marat Akhmetzhanov spoke to reporters on Tuesday.\n\nQuote "
               "from Akhmetzhanov: \"Since 21 September, more than 200,000 Russians have "
               "entered Kazakhstan.\"", "200,000", "Marat Akhmetzhanov"),
        ("ru", "Во вторник министр внутренних дел Марат Ахметжанов выступил перед "
               "журналистами.\n\nЦитата Ахметжанова: «С 21 сентября в Казахстан въехали более "
               "200 тысяч граждан России».", "200 тысяч", "Марат Ахметжанов"),
        ("uk", "У вівторок журналісти розпитували Марата Ахметжанова.\n\nПряма мова "
               "Ахметжанова: «З 21 вересня до Казахстану в'їхали понад 200 тисяч громадян "
               "Росії».", "200 тисяч", "Марат Ахметжанов"),
    ],
)  # fmt: skip
def test_a_surname_alone_is_the_person_the_article_names_in_full(
    language: str, text: str, fragment: str, expected: str
) -> None:
    """Named in full in a sentence that gives no figure, then quoted by the surname alone."""
    assert _who(text, language, fragment)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Как сообщили Sputnik Грузия в МВД Грузии, в понедельник более 5 тысяч россиян въехали "
         "в Грузию.", ("МВД Грузии", "Sputnik Грузия")),
        ("В понедельник более 5 тысяч россиян въехали в Грузию, заявил представитель "
         "Госпогранслужбы Андрей Демченко в интервью «Эху Кавказа».",
         ("Андрей Демченко", "Эхо Кавказа")),
        ("«В понедельник более 5 тысяч россиян въехали в Грузию», — сказал представитель "
         "Госпогранслужбы Андрей Демченко.", ("Андрей Демченко", None)),
    ],
)  # fmt: skip
def test_an_edition_a_body_before_a_name_and_an_interview_in_the_dative(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert _who(text, "ru", "5 тысяч") == expected


@pytest.mark.parametrize(
    ("language", "text", "fragment", "expected"),
    [
        ("uk", "У понеділок понад 5 тисяч росіян в'їхали до Грузії, заявив речник ДПСУ Андрій "
               "Демченко в інтерв'ю «РБК-Україна».", "5 тисяч",
         ("Андрій Демченко", "РБК-Україна")),
        ("kk", "Дүйсенбіде Грузияға 5 мыңнан астам ресейлік кірді, деп хабарлайды Sputnik "
               "Казахстан ҰҚК Шекара қызметіне сілтеме жасап.", "5 мыңнан",
         ("ҰҚК Шекара қызметі", "Sputnik Казахстан")),
    ],
)  # fmt: skip
def test_a_name_keeps_its_capitals_and_an_edition_relays(
    language: str, text: str, fragment: str, expected: tuple[str, str]
) -> None:
    assert _who(text, language, fragment) == expected


def test_a_bodys_paper_is_the_body_named_before() -> None:
    text = (
        "The Royal Oman Police said 300 Yemenis entered Oman in February. According to the "
        "police statement, 4,150 Yemenis left Oman through Shahan in February."
    )
    assert _who(text, "en", "4,150") == ("Royal Oman Police", None)


def test_a_capitalised_time_word_is_part_of_an_outlets_name() -> None:
    text = (
        "Баспасөз хатшысы Рита Мендеш «Еуразия Today» порталына берген сұхбатында тамыз айында "
        "39 қазақстандықты депортациялағанын айтты."
    )
    assert _who(text, "kk", "39") == ("Рита Мендеш", "Еуразия Today")


@pytest.mark.parametrize(
    ("language", "text", "fragment", "expected"),
    [
        ("uk", "\"Лише минулого тижня ми повернули до Стамбула 19 громадян України\", – розповів "
               "речник INM у штаті Кінтана-Роо Рохеліо Арана Пенья.", "19", "Рохеліо Арана Пенья"),
        ("kk", "Ал Австралия шекара күзеті (ABF) 1 шілдеден бері виза шарттарын бұзған төрт "
               "қазақстандықты елден шығарғанын хабарлады.", "төрт", "Австралия шекара күзеті"),
    ],
)  # fmt: skip
def test_a_states_name_before_a_name_and_a_kazakh_guard(
    language: str, text: str, fragment: str, expected: str
) -> None:
    assert _who(text, language, fragment)[0] == expected


def test_a_kazakh_agency_named_first_carries_whom_it_cites_across_a_dash() -> None:
    text = (
        "Press Trust of India агенттігі Үндістанның шекара күзеті – «Сашастра Сима Бал» өкілі "
        "Раджеш Кумарға сілтеме жасап, 26-27 сәуірде Непалдан Үндістанға 10 мыңнан астам адам "
        "өткенін хабарлады."
    )
    assert _who(text, "kk", "10 мыңнан") == ("Раджеш Кумар", "Press Trust of India")


def test_an_outlet_after_a_bodys_words_and_then_by_its_kind() -> None:
    text = (
        "Від 1 січня до 31 серпня 2023 року на Фарерські острови в'їхали 167 громадян України. "
        "Такі дані оприлюднило Управління у справах іноземців Фарерських островів "
        "(Útlendingastovan), повідомляє громадський мовник Kringvarp Føroya.\n\n"
        "За даними відомства, які наводить мовник, у серпні 31 українець подав заяву про надання "
        "притулку на архіпелазі."
    )
    body = "Управління у справах іноземців Фарерських островів"
    assert _who(text, "uk", "167") == (body, "Kringvarp Føroya")
    assert _who(text, "uk", "31 українець") == (body, "Kringvarp Føroya")


def test_a_kazakh_outlet_about_this_citing_a_body() -> None:
    text = (
        "Гонконг билігі 2023 жылдың қаңтар–қыркүйек айларында 26 Қазақстан азаматын "
        "депортациялады. Бұл туралы South China Morning Post басылымы Гонконгтың Иммиграция "
        "департаментіне сілтеме жасап хабарлады."
    )
    assert _who(text, "kk", "26") == (
        "Гонконгтың Иммиграция департаменті",
        "South China Morning Post",
    )


def test_a_kazakh_source_line_with_its_outlet_and_kind_and_no_comma() -> None:
    text = (
        "Аргентинаның Ұлттық көші-қон дирекциясы (DNM) биыл әуежайда 63 Қазақстан азаматын елге "
        "кіргізбеген. Бұл туралы дирекцияның баспасөз қызметі хабарлады.\n\n"
        "Дереккөз: Infobae басылымы DNM-ге сілтеме жасап\n\n"
        "Дирекция мәліметінше, биыл Аргентинаға Қазақстанның 1 400-ге жуық азаматы кірген."
    )
    assert _who(text, "kk", "1 400")[1] == "Infobae"


def test_on_an_outlets_air_before_the_speaker() -> None:
    text = (
        "В эфире телеканала «Россия 24» представитель УВКБ ООН Ольга Сарадо сообщила, что за "
        "последнюю неделю в восточный Чад из Судана перешли более 15 тысяч беженцев.\n\n"
        "«Ежедневно в Адре мы регистрируем около 2 тысяч новых прибывших», — сказала она."
    )
    assert _who(text, "ru", "15 тысяч") == ("Ольга Сарадо", "Россия 24")
    assert _who(text, "ru", "2 тысяч")[0] == "Ольга Сарадо"


def test_a_kazakh_source_line_by_whose_report_and_words_before_a_colon() -> None:
    text = (
        "Бір аптада 30 мыңға жуық украиналық Молдоваға кетті\n\n"
        "Өткен аптада 29 мыңнан астам Украина азаматы Молдова шекарасынан өтті.\n\n"
        "Дереккөз: Молдова шекара полициясы, NewsMaker хабарлауынша\n\n"
        "Шекара полициясының баспасөз хатшысы Раду Стойканың сөзінше: «Күн сайын екі бағытта "
        "8 мыңнан астам адамды өткіземіз»."
    )
    assert _who(text, "kk", "29 мыңнан") == ("Молдова шекара полициясы", "NewsMaker")
    assert _who(text, "kk", "8 мыңнан")[0] == "Раду Стойка"
