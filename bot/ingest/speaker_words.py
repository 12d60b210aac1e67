"""The words that tell who speaks in news text, in English, Russian, Ukrainian and Kazakh: titles
and roles of people, the nouns bodies and outlets are named with, pronouns, and outlets known by
name.

Entries are written as the languages spell them and compared as ``plain`` leaves a word
(case-folded, Kazakh letters as a Russian keyboard types them, so Ukrainian "і" becomes "и"
too). Most are stems matched at a word's start, so one entry serves every case form:
"министерств" is "министерство", "министерства" and Ukrainian "міністерства" alike.
"""

from __future__ import annotations

import re

from bot.language.text import fold, kazakh_fold

__all__ = [
    "CAPITALISED_NAME",
    "DEPUTIES",
    "EN_FIELDS",
    "HEAD_ROLES",
    "KNOWN_BODIES",
    "KNOWN_OUTLETS",
    "MASTHEAD_WORDS",
    "NEWS_AGENCY",
    "NOT_NAMES",
    "ORG_HEADS",
    "ORG_ROLES",
    "OUTLET_NOUNS",
    "OUTLET_SPELLING",
    "PERSON_ROLES",
    "PLURAL_PRONOUNS",
    "PRONOUNS",
    "SLAVIC_ORG_HEADS",
    "UNNAMED_SOURCE",
    "plain",
]

# Two to eight capitalised English words joined by commas, "and", "of" or "the": a proper name
# whatever its words are ("Immigration, Refugees and Citizenship Canada").
CAPITALISED_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:(?:,\s+|\s+and\s+|\s+of\s+(?:the\s+)?|\s+)[A-Z][\w'’-]*)"
    r"{1,7}"
)


def plain(text: str) -> str:
    """``text`` as the lexicons compare it: folded, Kazakh letters as on a Russian keyboard."""
    return kazakh_fold(fold(text))


def _plain(*words: str) -> tuple[str, ...]:
    return tuple(plain(word) for word in words)


# A person's pronoun, in any case, and its gender: the person last named (of that gender).
PRONOUNS: dict[str, str | None] = {
    **dict.fromkeys(_plain("he", "him", "his", "он", "его", "него", "ему", "він", "його",
                           "нього", "йому"), "masc"),
    **dict.fromkeys(_plain("she", "her", "она", "её", "неё", "ей", "вона", "її", "неї", "їй"),
                    "femn"),
    **dict.fromkeys(_plain("ол", "оның", "оған", "оны"), None),
}  # fmt: skip
# Several people: left unresolved, as the sources "they" means are too often unnamed.
PLURAL_PRONOUNS = frozenset(_plain("they", "them", "their", "они", "их", "вони", "їх", "їхніми",
                                   "олар", "олардың"))  # fmt: skip

# Roles that head a body: "the head of the Ministry", "глава ведомства", "очільник відомства"
# mean whoever the article named as its minister, head, director or chair.
HEAD_ROLES = _plain("minister", "head", "chief", "director", "chair", "министр", "глава",
                    "руковод", "директор", "председат", "начальник", "міністр", "очільн",
                    "керівн", "голов", "төраға", "басшы", "бастығ", "бастық")  # fmt: skip
# A deputy is not whom "the minister" or "the head" means.
DEPUTIES = _plain("deputy", "vice", "замест", "замглав", "замминистр", "заступ", "вице", "віце",
                  "орынбасар")  # fmt: skip
_SPOKES = _plain("spokes", "представ", "пресс-секрет", "прес-секрет", "речни", "спикер",
                 "спікер", "өкіл", "хатшы")  # fmt: skip


def _roles() -> dict[str, tuple[str, ...]]:
    roles: dict[str, tuple[str, ...]] = {}
    # A minister heads a ministry: "the minister" and "the head of the Ministry" are one.
    for stem in ("head", "chief", "глав", "руковод", "начальник", "очільн", "керівн", "голов",
                 "басшы", "бастығ", "бастық", "minister", "министр", "міністр"):  # fmt: skip
        roles[plain(stem)] = HEAD_ROLES
    for stem in _SPOKES:
        roles[stem] = _SPOKES
    for group in (
        (
            "вице-министр",
            "віце-міністр",
            "deputy minister",
            "замминистр",
            "заместитель министра",
            "заступник міністра",
        ),
        ("deputy", "замест", "заступ", "вице", "віце", "орынбасар"),
        ("director", "директор"),
        ("official", "чиновник", "посадов"),
        ("coordinator", "координатор", "үйлестіруші"),
        ("chair", "председат", "төраға", "голов"),
        ("president", "президент"),
        ("governor", "губернатор", "әкім"),
        # Not Ukrainian "мер": it starts "мережа" (a network) too.
        ("mayor", "мэр"),
        # "Дипломатка" is the consul or the ambassador the article named.
        ("ambassador", "посол", "елші", "diplomat", "дипломат", "consul", "консул"),
        ("commander", "командующ", "командувач", "командирі"),
        ("secretary", "секретар"),
        # People who speak for no body: "Yael Morgenstern, a lawyer", "експерт Олена Коваль".
        ("lawyer", "attorney", "адвокат", "юрист", "заңгер"),
        (
            "researcher",
            "analyst",
            "expert",
            "economist",
            "professor",
            "исследовател",
            "аналитик",
            "эксперт",
            "экономист",
            "профессор",
            "дослідни",
            "аналітик",
            "експерт",
            "економіст",
            "професор",
            "сарапшы",
            "зерттеуші",
        ),
        ("activist", "активист", "активіст", "правозащитни", "правозахисни"),
        ("doctor", "врач", "лікар", "дәрігер"),
        ("volunteer", "волонтер", "волонтёр"),
        (
            "superintendent",
            "commissioner",
            "inspector",
            "комиссар",
            "комісар",
            "инспектор",
            "інспектор",
        ),
    ):
        for stem in group:
            roles.setdefault(plain(stem), _plain(*group))
    return roles


# The role a reference to a person starts with → stems to find in the description of the
# person it means.
PERSON_ROLES: dict[str, tuple[str, ...]] = _roles()

# Nouns that name a body ("the Ministry of ...", "Прикордонна служба", "Көші-қон комитеті").
ORG_HEADS = _plain(
    "ministry", "ministries", "agency", "service", "committee", "department", "office",
    # "the central government's delegation in the Balearic Islands".
    "delegation",
    "guard", "police", "governorate", "government", "authorit", "commission", "organisation",
    "organization", "administration", "bureau", "directorate", "council", "secretariat",
    "superintendenc", "суперинтендантур", "суперінтендантур", "суперінтенданс",
    "inspectorate",
    "минобороны", "минтруд", "минздрав", "минюст", "минфин", "минцифры", "мининдел", "мвс",
    "міноборони", "мінцифри", "мінсоцполітики", "мінфін", "мзс", "мид",
    "министерств", "ведомств", "служб", "погранслужб", "комитет", "агентств", "агенці",
    "управлени",
    "департамент", "полици", "правительств", "администрац", "пограничник", "организац",
    "погранполици", "погрануправлени",
    "комисси", "прокуратур", "міністерств", "відомств", "управлінн", "поліці", "уряд",
    "адміністрац", "прикордонник", "прикордонслужб", "організац", "коміс", "комітет",
    "министрлі", "қызмет", "агенттіг", "агенттік", "басқарма", "үкімет", "ұйым", "шекарашы",
    "хатшылы",
    # "Тунис ұлттық гвардиясы", "Марамуреш бөлімі", "Тыграйдың уақытша әкімшілігі".
    "гвардия", "гвардиі", "бөлім", "әкімшілі",
    # "за даними Національної гвардії"; "йдеться в річному звіті установи" (institution).
    "гвард", "установ", "учреждени",
    # A body's office, not its spokesperson ("өкілі", "представитель"): "өңірлік өкілдігі".
    "өкілдіг", "өкілдік", "представительств", "представництв",
    "centre", "center", "fund", "foundation", "institute", "центр", "фонд", "институт", "бюро",
    "інститут", "інспекторат", "инспекц", "орталы", "қоры", "embass", "consul", "посольств",
    "prefect", "префектур", "муниципалитет", "муніципалітет", "мэри", "мері", "әкімдік",
    "консульств", "елшілі", "консулдығ", "пресс-служб", "прес-служб", "airport", "аэропорт",
    "охорон", "охран", "погранохран", "загін", "загон", "отряд", "initiative", "инициатив",
    "ініціатив", "бастама", "компани", "компані", "company", "force", "society",
    "association", "alliance", "network", "union", "coalition", "mission", "programme",
    "group", "charity", "watchdog", "ngo", "monitor", "collective", "navy", "crescent",
    "station", "inspection",
    "аеропорт", "әуежай", "army", "armed forces", "арми", "армі", "войск", "військ",
    "airline", "авиакомпани", "авіакомпані", "әуекомпани", "штаб", "headquarters",
    "municipalit", "акимат", "погрануправлени", "кабмин", "кабмін", "cabinet",
    "директорат", "дирекци", "дирекці", "инспекторат", "секретариат", "секретаріат",
    "генконсульств",
    "трибунал", "court", "tribunal",
    "дипмисси", "диппредставительств", "дипмісі", "диппредставництв",
    # "Червоний Хрест", "Красный Полумесяц", "Қызыл Кресі", "Red Crescent" count arrivals
    # (English "cross" is a verb too).
    "crescent", "крест", "хрест", "полумесяц", "півмісяц", "кресі",
    # "Көші-қон кеңсесі" (the Immigration Office), "бас комиссариаты".
    "кеңсе", "офис", "офіс", "commissariat", "комиссариат", "комісаріат",
    "суперінтенденц", "суперинтенденц",
    # Customs counts who crosses too: "сообщила Благовещенская таможня".
    "customs", "таможн", "митниц", "кеден",
    # "представитель Госпогранслужбы Андрей Демченко": the body, no part of his name.
    "госпогранслужб", "держприкордонслужб", "госмиграц", "госслужб",
    # "Австралия шекара күзеті (ABF)": a guard, in Kazakh; "Чад билігі": its authorities.
    "күзет", "билиг", "билик",
    # "the Ramey Sector of the U.S. Border Patrol": a patrol's district is a body of it.
    "sector",
    # "the Presidency of Migration Management", Turkey's migration body.
    "presidency", "президентств", "президенттіг",
    # "повідомила влада провінції Так", "сообщили власти провинции": the authorities.
    "влада", "влади", "владі", "власти", "властей", "властям",
    # Bodies English news names in their own Spanish, Portuguese or French: "Dirección
    # Nacional de Migración", "Migración Colombia", "Polícia Federal", "Ministère de".
    "dirección", "direção", "ministerio", "ministério", "ministère", "secretaría",
    "secretaria", "instituto", "servicio", "serviço", "policía", "polícia", "guardia",
    "prefectura", "comisión", "gendarmería", "gendarmerie", "migración", "migraciones",
    "migração",
)  # fmt: skip
# The heads above in Kazakh only, which Russian and Ukrainian surnames fold to as well
# ("Білик" is "билік", authority, with a Russian keyboard's letters): no body's head there.
_KAZAKH_ONLY_HEADS = _plain(
    "билиг", "билик", "күзет", "кеңсе", "кеден", "қоры", "бастама", "бөлім", "әкімшілі", "гвардиі"
)
SLAVIC_ORG_HEADS = tuple(head for head in ORG_HEADS if head not in _KAZAKH_ONLY_HEADS)


def _org_roles() -> dict[str, tuple[str, ...]]:
    roles: dict[str, tuple[str, ...]] = {plain("ведомств"): ("",), plain("відомств"): ("",)}
    for group in (
        ("ministry", "министерств", "міністерств", "министрлі"),
        ("department", "департамент", "бөлім", "отдел", "відділ"),
        ("agency", "агентств", "агенттіг", "агенттік"),
        ("service", "служб", "қызмет"),
        ("committee", "комитет", "комітет"),
        ("police", "полици", "поліці", "полиция"),
        ("office", "офис", "офіс", "кеңсе"),
        ("commission", "комисси", "коміс"),
        ("government", "правительств", "уряд", "үкімет"),
        ("organisation", "organization", "организац", "організац", "ұйым"),
        ("управлени", "управлінн", "басқарма"),
        ("bureau", "бюро"),
        ("delegation", "делегаци", "делегаці"),
        # "the aid group X", "the charity X": a body named after what it is.
        ("group",),
        ("charity",),
        ("alliance",),
        ("watchdog",),
        ("ngo",),
        ("centre", "center", "центр", "орталы"),
        # "Дипмиссия также сообщила": the embassy named before.
        (
            "embass",
            "посольств",
            "елшілі",
            "дипмисси",
            "диппредставительств",
            "дипмісі",
            "диппредставництв",
            "mission",
        ),
        ("consul", "консульств", "консулдығ", "консулдық"),
        ("institute", "институт", "інститут"),
        ("fund", "foundation", "фонд", "қоры"),
        ("administration", "администрац", "адміністрац", "әкімдік", "әкімшілі"),
        ("council", "совет", "рада", "кеңес"),
        ("inspectorate", "инспекц", "інспекц", "інспекторат", "инспекторат"),
        ("directorate", "дирекц", "директорат"),
        # "the superintendency" after "the National Superintendency of Migration".
        ("superintendenc", "суперинтендантур", "суперінтендантур", "суперінтенданс"),
        ("prefect", "префектур"),
        ("municipal", "муниципалитет", "муніципалітет"),
        ("secretariat", "секретариат", "секретаріат"),
        ("authorit",),
        ("prosecutor", "прокуратур"),
        # "додали в загоні": the border detachment named before.
        ("detachment", "загін", "загон", "отряд"),
    ):
        for stem in group:
            roles[plain(stem)] = _plain(*group)
    for people, body in (
        ("guard", ("guard", "border", "погранич", "прикордон")),
        ("border", ("guard", "border", "погранич", "прикордон")),
        ("пограничник", ("погранич", "погранслужб")),
        ("прикордонник", ("прикордон",)),
        ("шекарашы", ("шекара",)),
    ):
        roles[plain(people)] = _plain(*body)
    return roles


# A body referred to by its kind ("the agency", "ведомства", "Комитет", "прикордонників"):
# the stem the reference starts with → stems to find in a named body's name ("" is any body).
ORG_ROLES: dict[str, tuple[str, ...]] = _org_roles()

# Nouns that name an outlet ("Kazakh outlet Zakon.kz", "словацьке видання", "агентство").
OUTLET_NOUNS = _plain(
    "outlet", "broadcaster", "newspaper", "daily", "website", "portal", "channel", "magazine",
    "radio", "tv", "издани", "газет", "телеканал", "сайт", "портал", "радио", "журнал",
    "информагентств", "интернет-издани", "видання", "радіо", "інформагенц", "агенці",
    "басылым", "телеарна", "ақпарат", "мовник", "вещател", "телерадіокомпані",
    "телерадиокомпани", "вестник", "вісник", "хабаршы",
)  # fmt: skip
# Outlets known by name alone.
_KNOWN_OUTLET_NAMES = (
    "Reuters", "AP", "AFP", "Bloomberg", "BBC", "CNN", "Yle", "TASS", "ТАСС", "Interfax",
           "Интерфакс", "Интерфакс-Украина", "Інтерфакс-Україна", "Interfax-Ukraine",
           "Interfax-Kazakhstan", "Интерфакс-Казахстан", "Укрінформ", "Ukrinform", "УНІАН",
           "UNIAN", "Суспільне", "Meduza", "Медуза", "Mediazona", "Медиазона", "Kazinform",
           "Казинформ", "ҚазАқпарат", "Tengrinews", "Zakon.kz", "Kursiv", "Azattyq", "Азаттық",
           "Anadolu", "Анадолу", "Анадолу Ажансы", "Эхо Кавказа", "Ехо Кавказу",
           "SANA", "Kommersant", "Коммерсантъ", "Ведомости", "РБК", "RBC", "Фонтанка",
           "Fontanka", "Хабар", "Khabar", "Informburo", "Известия", "Euronews", "DW",
           "РИА Новости", "RIA Novosti", "Radio Liberty", "Радио Свобода", "Радіо Свобода",
           "Ukrainska Pravda", "Українська правда", "Украинская правда", "Al Jazeera",
           "Associated Press", "Kun.uz", "Gazeta.uz", "24.kg", "Akipress",
           # Agencies and papers news in the four languages cites as carriers.
           "АКИpress", "Xinhua", "Синьхуа", "Kyodo", "NHK", "Yonhap", "Bernama", "Antara",
           "Rappler", "Hürriyet", "Daily Sabah", "IRNA", "ISNA", "Tasnim", "TOLOnews",
           "Pajhwok", "Khaama Press", "Asia-Plus", "Азия-Плюс", "Ховар", "Khovar", "Kabar",
           "Кабар", "Armenpress", "Арменпресс", "Sputnik", "Eurasianet", "Kloop", "Клооп",
           "Азаттык", "Громадське", "Hromadske", "Європейська правда", "Европейская правда",
           "БелТА", "Belta", "Delfi", "Казахстанская правда", "Егемен Қазақстан", "UzDaily",
           "Daryo", "dpa", "Spiegel", "Le Monde", "El País", "Europa Press", "EFE", "ANSA",
           "Sky News", "Al Arabiya", "Arab News", "Gulf News", "Naharnet", "Новая газета",
           "Коммерсант", "Лента.ру", "Газета.ру", "Deutsche Welle", "Голос Америки",
           "Voice of America", "Настоящее время", "Current Time",
           # Outlets of the region that news in every language cites by name.
           "RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe", "Civil.ge",
           "OC Media", "JAMnews", "News.am", "Report.az", "Montsame", "Монцамэ",
           "Ikon.mn", "Helsingin Sanomat", "Gazeta Wyborcza", "Notes from Poland", "Vlast.kz",
           "Orda.kz", "Kaktus.media", "Moscow Times", "Kyiv Independent", "Kyiv Post",
           "Interpressnews", "Novaya Gazeta Europe", "Новая газета Европа", "KazTAG", "КазТАГ",
           "Vesti.kz", "Nur.kz", "LRT", "PAP", "Azatutyun", "Азатутюн", "Hetq",
           "Eurasianet.org", "Тенгриньюс", "Закон.кз", "PTI", "Press Trust of India", "ANI",
           "IANS", "South China Morning Post", "VnExpress", "Kringvarp Føroya", "Times of Israel",
           "Haaretz", "Jerusalem Post",
           # The world's wire agencies as Russian, Ukrainian and Kazakh write their names.
           "Рейтер", "Рейтерс", "Франс Пресс", "Франс-Пресс", "France-Presse",
           "Agence France-Presse", "Ассошиэйтед Пресс", "Асошіейтед Прес",
           "Ёнхап", "Йонхап", "Сіньхуа", "Киодо", "Кіодо", "Блумберг", "Бернама",
           "Антара", "ЭФЕ", "ЕФЕ", "АНСА", "Франс Пресс агенттігі",
           # A known outlet's national editions, each a name of its own.
           "Sputnik Грузия", "Sputnik Казахстан", "Sputnik Армения", "Sputnik Кыргызстан",
           "Sputnik Азербайджан", "Sputnik Беларусь", "Sputnik Молдова", "Sputnik Узбекистан",
           "Sputnik Таджикистан", "Sputnik Georgia", "Sputnik Kazakhstan", "Sputnik Armenia",
           # Channels whose number is part of the name.
           "Хабар 24", "Khabar 24", "France 24", "Rustavi 2", "Рустави 2", "Ukraine 24",
)  # fmt: skip
# Outlets that are news agencies, which "the agency" may mean: wires by name, or so called.
NEWS_AGENCY = re.compile(
    r"(?i)(?<!\w)(?:reuters|ap|associated\s+press|afp|agence|dpa|efe|ansa|xinhua|anadolu|"
    r"interfax|интерфакс|інтерфакс|tass|тасс|ria|риа|kazinform|казинформ|ukrinform|укрінформ|"
    r"unian|уніан|kabar|кабар|trend|apa|yonhap|kyodo|bernama|antara|pap|pti|ani|agency|"
    r"агентств\w*|агенція|агенттігі)(?!\w)"
)
# The words an English paper's masthead ends with: "The New Times", "the Bangkok Post".
MASTHEAD_WORDS = (
    r"(?:Times|Post|Herald|Tribune|Guardian|Independent|Telegraph|Gazette|Journal|Observer|"
    r"Chronicle|Mirror|Express|Standard|Monitor|Courier|Inquirer|Dispatch|Ledger|Record|"
    r"Bulletin|Register|Hindu|Globe|Examiner|Sentinel|Nation|"
    # "Ahram Online", "Arab News", "USA Today", "Kyiv Independent", "Balkan Insight".
    r"Online|News|Today|Daily|Weekly|Review|Insider|Insight|Wire)"
)
# How each known outlet spells its own name: "KAZINFORM" in a dateline is Kazinform.
OUTLET_SPELLING = {plain(name): name for name in _KNOWN_OUTLET_NAMES}
KNOWN_OUTLETS = frozenset(OUTLET_SPELLING)

# Bodies known by one word, which reads like a surname: "Frontex said", "the Taliban said".
KNOWN_BODIES = frozenset(
    _plain("Frontex", "Europol", "Interpol", "Taliban", "Hamas", "Hezbollah", "Kremlin",
           "UNICEF", "Unicef", "Rosstat", "Eurostat", "Destatis", "Geostat", "Turkstat",
           "Belstat", "Migri", "Migrationsverket", "Fedasil", "Ofpra", "Ofii", "Coa",
           "Фронтекс", "Талибан", "Кремль", "Кремля", "Росстат", "Росстата", "Євростат",
           "Евростат", "Евростата", "Євростату", "Грузстат", "Геостат", "Геостату")
)  # fmt: skip

# Capitalised words that are no part of a person's name: titles, furniture, time words.
NOT_NAMES = frozenset(
    _plain("the", "a", "an", "on", "in", "at", "since", "from", "to", "by", "for", "of", "and",
           "yesterday", "today", "meanwhile", "however", "also", "last", "this", "according",
           "separately", "moreover", "additionally", "furthermore", "elsewhere", "similarly",
           "likewise", "nevertheless", "overall", "altogether", "instead", "officially",
           "details", "quote", "previously", "background", "source", "after", "before",
           "during", "when", "while", "as", "but", "so", "then", "later", "earlier", "cross",
           "president", "minister", "prime", "deputy", "director", "chief", "head", "mr", "mrs",
           "ms", "dr", "general", "colonel", "ambassador", "spokesman", "spokeswoman",
           "spokesperson", "governor", "mayor", "senator", "secretary", "commissioner",
           "undersecretary", "lieutenant", "captain", "major", "sergeant", "inspector",
           "coordinator", "adviser", "advisor", "envoy", "consul", "ombudsman", "lord",
           "refugees", "migration", "immigration", "emergency", "relief", "office",
           "chairman", "chairwoman", "representative", "official", "officer", "commander",
           "foreign", "interior", "defence", "defense", "acting", "interim", "vice", "border",
           "guard", "police", "state", "affairs", "internal", "public", "national", "federal",
           "republic", "news", "he", "she", "they", "it", "we", "monday", "tuesday",
           "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
           "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "министр", "глава", "президент", "вице-министр",
           "замминистра", "премьер-министр", "міністр", "очільник", "ішкі", "сыртқы",
           "бұл", "сондай-ақ", "биыл", "қазір",
           # Malaysian and Gulf honours before a name: "Datuk Sh Sitti Saleha Habib Yussof".
           "datuk", "datin", "dato", "tun", "haji", "hajjah",
           # Titles as news abbreviates them: "Col. Ibrahim Musa", "Gen Ali Hassan".
           "col", "gen", "lt", "maj", "capt", "sgt", "prof", "gov", "sen", "rep", "brig", "cmdr",
           "insp", "supt", "superintendent", "brigadier", "admiral", "marshal", "commodore",
           # Customs and immigration ranks: "Comptroller Aminu Garba Bello"; "Professor".
           "comptroller", "controller", "professor", "bishop", "sheikh")
)  # fmt: skip
# Honours that stand before a name but are a name's word after it: "Datuk Rizal", "Zaw Min Tun".
HONOURS_BEFORE = frozenset(_plain("datuk", "datin", "dato", "tun", "haji", "hajjah"))

# English ministries by the word news puts before "Ministry": the name the seed's facts use.
EN_FIELDS = {
    "interior": "Internal Affairs",
    "defence": "Defence",
    "defense": "Defence",
    "foreign": "Foreign Affairs",
    "health": "Health",
    "justice": "Justice",
    "labour": "Labour",
    "labor": "Labour",
    "emergencies": "Emergency Situations",
    "emergency": "Emergency Situations",
}


# A source the article does not name: "источник в погранслужбе", "sources at the ministry",
# "джерело в ДПСУ".
UNNAMED_SOURCE = re.compile(
    r"(?i)(?:an?\s+|the\s+)?(?:(?:unnamed|anonymous|senior|informed|official|diplomatic|"
    r"security)\s+)*sources?\b(?!\s*:)|(?:осведомленн\w+\s+|информированн\w+\s+|"
    r"анонимн\w+\s+)?источник\w*\b|(?:поінформован\w+\s+|анонімн\w+\s+)?джерел\w*\b"
    # "по словам собеседника агентства": the agency's unnamed interlocutor.
    r"|собеседник\w*\s+(?:агентства|издания|газеты|телеканала|редакции)\b"
    r"|співрозмовник\w*\s+(?:агентства|агенції|видання|газети|телеканалу|редакції)\b"
    # "за даними правозахисників", "according to rights groups": groups the article does
    # not name.
    r"|(?:місцев\w+\s+|местн\w+\s+)?(?:правозахисник\w*|правозащитник\w*|активіст\w*|"
    r"активист\w*|волонтер\w*|волонтёр\w*)$|(?:local\s+|human\s+)?(?:rights\s+groups|"
    r"rights\s+activists|activists|aid\s+workers|volunteers)$"
    # "according to lawyers who represent the migrants", "по словам адвокатов мигрантов",
    # "за словами родичів затриманих": people, not a source a reader could look up.
    r"|(?:(?:the\s+)?(?:migrants['’]|their|local|immigration|defen[cs]e|human\s+rights)\s+)?"
    r"(?:lawyers|attorneys|relatives|families|witnesses|eyewitnesses|residents|locals|"
    r"drivers|truck\s+drivers|travell?ers)(?:,?\s+(?:for|of|representing|who|working)\s.*)?$"
    r"|(?:местн\w+\s+|місцев\w+\s+)?(?:адвокат\w*|юрист\w*|очевидц\w*|"
    r"родственник\w*|родич\w*|жител\w*|мешканц\w*|водител\w*|водії\w*)"
    r"(?:\s+(?:мигрант\w*|мігрант\w*|задержанн\w*|затриман\w*|семей|сімей)|,\s.*)?$"
    # "құқық қорғаушылардың айтуынша", "мигранттардың адвокаттары": the same in Kazakh.
    r"|(?:\w+(?:дың|дің|тың|тің|ның|нің)\s+|жергілікті\s+)?(?:құқық\s+қорғаушы\w*|"
    r"белсенді\w*|ерікті\w*|туыс\w*|куәгер\w*|тұрғын\w*|жүргізуші\w*|заңгер\w*|"
    r"адвокат\w*|дереккөз\w*)$"
    # "citing airport staff": people of a place, no one the reader could cite.
    r"|(?:airport|border|camp|hospital|port|local|ground)\s+(?:staff|workers|employees)$"
)
