"""The words a question is read by, in English, Russian, Ukrainian and Kazakh.

Each concept lists phrases per language. English words are matched by their Snowball stem,
Russian and Ukrainian by their lemma (write the dictionary form: "въехать"), Kazakh by the stem
``bot.language.kazakh`` leaves (folded to a Russian keyboard: "кир" for "кірді"). A phrase of
several words matches those words in a row.

Topics carry what they look for in a fact: metrics, and English word stems searched in the
fact's own text (claims are written in English), so a question in any language reaches them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from bot.language.kazakh import kazakh_stems
from bot.language.lemmas import stem
from bot.language.text import fold, kazakh_fold

__all__ = [
    "DIRECTIONS",
    "MARKERS",
    "TOPICS",
    "Entry",
    "Topic",
    "lexicon_index",
]


@dataclass(frozen=True)
class Topic:
    """A subject a question can be about, and what a fact on it holds."""

    name: str
    metrics: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    # A context topic ("after mobilisation") narrows nothing when a flow is asked about.
    context: bool = False


@dataclass(frozen=True)
class Entry:
    """One phrase of the lexicon: its words' keys in order, and the concept it names."""

    concept: str
    keys: tuple[str, ...]
    phrase: str = field(compare=False)


Phrases = dict[str, tuple[str, ...]]

# Movement into a country and out of it. "fled", "went" name no direction: prepositions and
# case endings do ("fled to", "уехали в", "Қазақстанға").
DIRECTIONS: dict[str, Phrases] = {
    "into": {
        "en": ("enter", "entered", "entry", "arrive", "arrived", "arrival", "come", "came",
               "cross into", "immigrate", "moved to", "came in", "get in", "got in"),
        "ru": ("въехать", "въезд", "прибыть", "прибытие", "приехать", "заехать", "прилететь",
               "прийти", "пересечь в", "въезжать", "приезжать", "прибывать", "прибывший"),
        "uk": ("в'їхати", "в'їзд", "прибути", "приїхати", "заїхати", "прилетіти", "прийти",
               "в'їжджати", "приїжджати", "прибувати"),
        "kk": ("кир", "кел", "кирген", "келген", "келу", "кириу"),
    },
    "out": {
        "en": ("leave", "left", "depart", "departed", "departure", "exit", "exited",
               "went back", "go back", "gone back", "return", "returned", "went home",
               "out of", "emigrate", "went", "gone"),
        "ru": ("уехать", "выехать", "покинуть", "выезд", "убыть", "отъезд", "уезжать",
               "выезжать", "покидать", "вернуться", "уехавший", "выехавший", "убывать"),
        "uk": ("виїхати", "поїхати", "покинути", "виїзд", "залишити", "від'їзд", "виїжджати",
               "повернутися", "поїхавши"),
        "kk": ("шык", "кет", "шыккан", "кеткен", "шыгу", "кету"),
    },
}  # fmt: skip

# Other words that shape the reading (each list per language, as above).
MARKERS: dict[str, Phrases] = {
    # Moving with no direction of its own.
    "flow": {
        "en": ("flee", "fled", "run", "ran", "escape", "escaped", "went", "go", "cross",
               "crossed", "move", "moved", "relocate", "relocated", "flew", "rush", "rushed"),
        "ru": ("бежать", "сбежать", "убежать", "свалить", "удрать", "перебраться",
               "переехать", "пересечь", "уйти", "поехать", "ехать", "сваливать", "понаехать",
               "ломануться", "рвануть", "драпать", "слинять"),
        "uk": ("бігти", "втекти", "тікати", "дременути", "перебратися", "переїхати",
               "перетнути", "їхати", "понаїхати", "понаїжджати", "рвонути", "чкурнути"),
        "kk": ("кач", "каш", "отти", "откен", "отип", "ауыс", "коныс"),
    },
    # Nouns of moving people: a flow, but not a question of who moved where on their own
    # ("what did Tokayev say about refugees").
    "flow_noun": {
        "en": ("exodus", "refugee", "refugees", "flow", "migrant", "migrants", "emigrant",
               "emigrants", "people moving"),
        "ru": ("беженец", "эмигрант", "релокант", "поток", "исход"),
        "uk": ("біженець", "емігрант", "релокант", "потік", "втеча", "вихід"),
        "kk": ("боскын", "эмигрант"),
    },
    # Asking what someone said: the someone must be among the facts' sources.
    "speech": {
        "en": ("say", "said", "says", "tell", "told", "claim", "claimed", "state", "stated",
               "statement", "announce", "announced", "think", "thinks", "opinion"),
        "ru": ("сказать", "говорить", "заявить", "заявлять", "считать", "думать", "мнение"),
        "uk": ("сказати", "говорити", "заявити", "заявляти", "вважати", "думати", "думка"),
        "kk": ("айт", "айтты", "айткан", "малимде", "малимдеме", "деди"),
    },
    "how_many": {
        "en": ("how many", "how much", "number of", "count", "total", "figure", "figures",
               "stats", "statistics"),
        "ru": ("сколько", "скока", "скольких", "количество", "число", "кол во", "цифра",
               "статистика"),
        "uk": ("скільки", "скількох", "кількість", "число", "цифра", "статистика"),
        "kk": ("канша", "неше", "саны"),
    },
    # "citizens of Russia", "граждан РФ", "Ресей азаматы": the country is the citizenship.
    "citizen": {
        "en": ("citizen", "citizens", "national", "nationals", "passport holders"),
        "ru": ("гражданин", "граждане", "подданный"),
        "uk": ("громадянин", "громадяни"),
        "kk": ("азамат",),
    },
    # "ethnic Kazakhs": a people, not a citizenship.
    "ethnic": {
        "en": ("ethnic",),
        "ru": ("этнический",),
        "uk": ("етнічний",),
        "kk": ("этникалык",),
    },
    "into_preposition": {
        "en": ("to", "into", "for", "towards"),
        "ru": ("в", "во", "на"),
        "uk": ("до", "в", "у", "на"),
        "kk": (),
    },
    "from_preposition": {
        "en": ("from", "out of"),
        "ru": ("из", "изо"),
        "uk": ("з", "із", "зі", "від"),
        "kk": (),
    },
    # "regardless of citizenship": the next word names no topic of the question.
    "regardless": {
        "en": ("regardless of", "irrespective of", "whatever their"),
        "ru": ("независимо от", "вне зависимости от"),
        "uk": ("незалежно від",),
        "kk": ("карамастан",),
    },
    "greeting": {
        "en": ("hi", "hello", "hey", "thanks", "thank", "thank you", "thx", "ty", "ok", "okay",
               "bye", "good morning", "good evening", "cool", "great", "nice", "yo", "test"),
        "ru": ("привет", "здравствуйте", "здравствуй", "спасибо", "пока", "добрый", "ок",
               "окей", "благодарить", "хорошо", "понятно", "ясно", "тест", "здорово"),
        "uk": ("привіт", "вітаю", "дякую", "дякувати", "добрий", "бувай", "гаразд", "зрозуміло",
               "тест"),
        "kk": ("салем", "салеметсиз", "рахмет", "ракмет", "сау бол", "жаксы", "кайырлы"),
    },
}  # fmt: skip

_STOPWORDS: Phrases = {
    "en": ("how", "many", "much", "what", "who", "whom", "which", "when", "where", "why",
           "did", "do", "does", "is", "are", "was", "were", "will", "would", "can", "could",
           "should", "be", "been", "being", "has", "have", "had", "the", "a", "an", "of", "in",
           "on", "at", "by", "with", "and", "or", "it", "its", "that", "this", "those", "these",
           "there", "true", "really", "about", "after", "since", "before", "during", "all",
           "any", "some", "me", "tell", "please", "pls", "plz", "know", "want", "wanted",
           "people", "ppl", "person", "persons", "gonna", "so", "than", "then", "over", "more",
           "less", "almost", "nearly", "around", "just", "still", "also", "there", "they",
           "them", "their", "guys", "folks", "number", "did", "i", "i'm", "im", "i've", "you",
           "heard", "hear",
           "we", "us", "he", "she", "his", "her", "if", "not", "no", "yes", "up", "out", "back",
           "get", "got", "happen", "happened", "already", "now", "total", "overall",
           "altogether", "whole", "exactly", "approximately", "roughly", "an", "s", "t", "off",
           "anyone", "somebody", "someone", "kind", "okay", "apparently", "reportedly",
           "regardless",
           "many", "much", "per", "day", "week", "month", "year", "first", "last", "today",
           "yesterday", "time", "times", "actually", "really", "like", "other", "another",
           "each", "every", "because", "due", "announce", "announced", "announcement",
           "country"),
    "ru": ("как", "что", "кто", "где", "когда", "почему", "зачем", "ли", "и", "или", "а", "но",
           "в", "во", "на", "из", "с", "со", "к", "ко", "по", "за", "от", "до", "о", "об", "про",
           "после", "перед", "это", "этот", "тот", "все", "весь", "всего", "быть", "был",
           "правда", "человек", "люди", "народ", "прям", "прямо", "можно", "мочь", "хотеть",
           "же", "бы", "уже", "еще", "не", "да", "нет", "тот", "который", "он", "они", "их",
           "мы", "вы", "я", "ты", "там", "тут", "здесь", "так", "вот", "подсказать",
           "пожалуйста", "слышать", "интересно", "знать", "году", "года", "независимо",
           "всё", "около", "почти", "более", "больше", "менее", "меньше", "примерно", "вообще",
           "итого", "всех", "день", "неделя", "месяц", "год", "первый", "последний", "сегодня",
           "вчера", "раз", "время", "какой", "сам", "свой", "для", "при", "между", "через",
           "объявление", "объявить", "страна", "собираться", "получить", "подать",
           "хотят", "будет", "могут", "собирались", "же", "то", "уж"),
    "uk": ("як", "що", "хто", "де", "коли", "чому", "навіщо", "чи", "і", "й", "та", "або", "а",
           "але", "в", "у", "на", "з", "із", "зі", "до", "від", "за", "по", "про", "після",
           "перед", "це", "цей", "той", "всі", "весь", "усі", "всього", "бути", "був", "правда",
           "людина", "люди", "народ", "можна", "могти", "хотіти", "вже", "ще", "не", "так",
           "ні", "який", "він", "вони", "їх", "ми", "ви", "я", "ти", "підказати", "будь",
           "ласка", "чути", "цікаво", "знати", "особа", "року", "рік", "незалежно",
           "там", "тут", "близько", "майже", "понад", "більше", "менше", "приблизно", "взагалі",
           "день", "тиждень", "місяць", "рік", "перший", "останній", "сьогодні", "вчора", "раз",
           "час", "сам", "свій", "для", "при", "між", "через", "оголошення", "оголосити",
           "країна", "планувати", "подати", "серед", "просити", "лишитися",
           "залишитися", "отримати", "буде", "можуть", "ж", "же", "б", "би"),
    "kk": ("кандай", "калай", "не", "ким", "кайда", "кашан", "неге", "ма", "ме", "ба", "бе",
           "па", "пе", "жане", "мен", "бен", "пен", "туралы", "бар", "жок", "адам", "ишинде",
           "кейин", "кейинги", "кун", "кени", "жыл", "жылы", "апта", "ай", "бир", "осы", "сол",
           "ол", "олар", "биз", "сиз", "мен", "сен", "деген", "рас", "шамамен", "айтыныз",
           "артык", "астам", "жуык", "дейин", "бери", "бойынша", "ушин", "арасында", "жарияла",
           "жарияланган", "жатыр", "болды", "бол", "бер", "бергендер", "кайсы", "ел",
           "мак", "мек", "так", "тек", "карамастан"),
}  # fmt: skip

_E = ("en",)


def _topic(
    name: str,
    phrases: Phrases,
    *,
    metrics: tuple[str, ...] = (),
    stems: tuple[str, ...] = (),
    context: bool = False,
) -> tuple[Topic, Phrases]:
    return Topic(name, frozenset(metrics), stems, context), phrases


# What questions are about, beyond who moved where. ``stems`` are searched, as word starts, in
# a fact's claim, what it counts, its quote and its sources.
_TOPICS = (
    _topic(
        "citizenship",
        {
            "en": ("citizenship", "naturalisation", "naturalization", "naturalise", "apply",
                   "applied", "application", "passport"),
            "ru": ("гражданство", "подданство", "натурализация", "паспорт", "заявление"),
            "uk": ("громадянство", "натуралізація", "паспорт", "заява"),
            "kk": ("азаматтык", "отиниш", "паспорт"),
        },
        metrics=("citizenship_applications",),
        stems=("citizenship",),
    ),
    _topic(
        "ethnic",
        {
            "en": ("ethnic",), "ru": ("этнический",), "uk": ("етнічний",),
            "kk": ("этникалык",),
        },
        stems=("ethnic",),
    ),
    _topic(
        "reservists",
        {
            "en": ("reservist", "reserve", "reserves", "call up", "called up", "conscript",
                   "conscripted", "draftee"),
            "ru": ("резервист", "запас", "призвать", "призыв", "запасник", "мобилизованный"),
            "uk": ("резервіст", "запас", "призвати", "призов", "мобілізований"),
            "kk": ("резервист", "запас", "шакыр", "шакырмак", "запастагы аскери"),
        },
        metrics=("mobilisation_target",),
        stems=("reservist",),
    ),
    _topic(
        "decree",
        {
            "en": ("decree", "paragraph", "clause", "hidden", "secret", "classified",
                   "1 million", "million"),
            "ru": ("указ", "пункт", "секретный", "тайный", "скрытый", "засекреченный",
                   "миллион"),
            "uk": ("указ", "пункт", "прихований", "таємний", "секретний", "мільйон"),
            "kk": ("жарлык", "тармак", "жасырын", "купия", "миллион"),
        },
        metrics=("mobilisation_ceiling",),
        stems=("decree", "paragraph", "hidden"),
    ),
    _topic(
        "villages",
        {
            "en": ("village", "villages", "rural"), "ru": ("деревня", "село", "деревенский"),
            "uk": ("село", "сільський"), "kk": ("ауыл",),
        },
        stems=("village",),
    ),
    _topic(
        "mobilisation",
        {
            "en": ("mobilisation", "mobilization", "mobilise", "mobilize", "mobilised",
                   "mobilized", "draft"),
            "ru": ("мобилизация", "мобилизовать", "мобилизационный", "мобилизовывать"),
            "uk": ("мобілізація", "мобілізувати", "мобілізаційний"),
            "kk": ("жумылдыру", "мобилизация", "жумылдыр"),
        },
        metrics=("mobilisation_target", "mobilisation_ceiling"),
        stems=("mobilis", "mobiliz"),
        context=True,
    ),
    _topic(
        "extradition",
        {
            "en": ("extradite", "extradition", "extradited", "hand over", "handed over",
                   "deport", "deported", "deportation", "send back", "sent back",
                   "hand back", "hand them back", "give back", "handover"),
            "ru": ("экстрадировать", "экстрадиция", "выдать", "выдавать", "депортировать",
                   "депортация", "вернуть", "выдача"),
            "uk": ("екстрадувати", "екстрадиція", "видати", "видавати", "депортувати",
                   "депортація", "видача"),
            "kk": ("экстрадиция", "устап бер", "устап", "депортация", "кайтар"),
        },
        stems=("extradit",),
    ),
    _topic(
        "draft_evasion",
        {
            "en": ("draft dodger", "dodger", "dodgers", "evade", "evader", "evading", "dodge",
                   "deserter", "avoid the draft", "draft evasion"),
            "ru": ("уклонист", "уклоняться", "уклонение", "дезертир", "откосить", "косить"),
            "uk": ("ухилянт", "ухилятися", "ухилення", "дезертир", "втікач"),
            "kk": ("жалтар", "каш", "кашкан", "дезертир"),
        },
        stems=("evad", "draft", "fled"),
    ),
    _topic(
        "defence_ministry",
        {
            "en": ("defence ministry", "defense ministry", "ministry of defence",
                   "ministry of defense", "mod", "catch", "caught"),
            "ru": ("минобороны", "министерство обороны", "мо", "ловить", "поймать",
                   "оборона"),
            "uk": ("міноборони", "міністерство оборони", "ловити", "ловитиме", "спіймати",
                   "оборона"),
            "kk": ("корганыс", "устай", "устау", "корганыс министрлиги"),
        },
        stems=("defence", "defense", "catch"),
    ),
    _topic(
        "conscription_notices",
        {
            "en": ("conscription notice", "draft notice", "draft notices", "summons",
                   "call up papers", "notice", "notices", "enlistment", "conscription"),
            "ru": ("повестка", "военкомат", "призывной пункт", "военкоматы"),
            "uk": ("повістка", "військкомат", "тцк"),
            "kk": ("повестка", "шакыру кагаз", "аскери комиссариат"),
        },
        stems=("conscription",),
    ),
    _topic(
        "border",
        {
            "en": ("border", "checkpoint", "checkpoints", "frontier"),
            "ru": ("граница", "кпп", "пограничный", "погранпереход"),
            "uk": ("кордон", "кпп", "прикордонний"),
            "kk": ("шекара", "бекет"),
        },
        stems=("border", "checkpoint"),
        context=True,
    ),
    _topic(
        "tickets",
        {
            "en": ("ticket", "tickets", "flight", "flights", "plane", "airfare", "sold out",
                   "fly"),
            "ru": ("билет", "авиабилет", "рейс", "самолет", "улететь", "раскупить",
                   "распродать", "лететь"),
            "uk": ("квиток", "авіаквиток", "рейс", "літак", "полетіти", "розкупити",
                   "летіти"),
            "kk": ("билет", "билеттер", "ушак", "рейс", "таусыл"),
        },
        stems=("ticket",),
    ),
    _topic(
        "exit_refused",
        {
            "en": ("not let out", "not allowed to leave", "stopped", "turned back", "refused",
                   "denied", "banned from leaving", "not let", "blocked", "held"),
            "ru": ("не выпустить", "не пустить", "развернуть", "остановить", "запрет",
                   "не выпускать", "снять с поезда", "задержать"),
            "uk": ("не випустити", "не пустити", "розвернути", "зупинити", "заборона",
                   "не випускати", "зняти з потяга", "затримати"),
            "kk": ("жиберме", "шыгарма", "токтат", "тыйым"),
        },
        metrics=("exit_refused",),
        stems=("let out",),
    ),
    _topic(
        "train",
        {
            "en": ("train", "rail", "railway"), "ru": ("поезд", "электричка"),
            "uk": ("потяг", "поїзд", "електричка"), "kk": ("пойыз", "пойыз"),
        },
        stems=("train",),
        context=True,
    ),
)  # fmt: skip

TOPICS: dict[str, Topic] = {topic.name: topic for topic, _ in _TOPICS}


def _keys(word: str, language: str, *, surface: bool = False) -> str:
    folded = fold(word)
    if surface:
        return folded
    if language == "en":
        return stem(folded, "english")
    if language == "kk":
        return kazakh_fold(folded)
    return folded


def _entries(concept: str, phrases: Phrases, *, surface: bool = False) -> list[Entry]:
    return [
        Entry(
            concept,
            tuple(_keys(word, language, surface=surface) for word in phrase.split()),
            phrase,
        )
        for language, listed in phrases.items()
        for phrase in listed
    ]


@cache
def lexicon_index() -> dict[str, list[Entry]]:
    """First key of each phrase → the phrases starting with it, longest first."""
    entries = [entry for name, phrases in DIRECTIONS.items() for entry in _entries(name, phrases)]
    entries += [entry for name, phrases in MARKERS.items() for entry in _entries(name, phrases)]
    # Stop words are matched as written (a word's own form is always among its keys): no
    # stemming of a hundred and fifty English words at start-up.
    entries += _entries("stop", _STOPWORDS, surface=True)
    for topic, phrases in _TOPICS:
        entries += _entries(f"topic:{topic.name}", phrases)
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        index.setdefault(entry.keys[0], []).append(entry)
    for listed in index.values():
        listed.sort(key=lambda entry: -len(entry.keys))
    return index


def kazakh_keys(folded: str) -> tuple[str, ...]:
    """A Kazakh word's stems as the lexicon writes them."""
    return kazakh_stems(kazakh_fold(folded))
