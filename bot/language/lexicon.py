"""The words a question is read by, in English, Russian, Ukrainian and Kazakh.

Each concept lists phrases per language. English words are matched by their Snowball stem,
Russian and Ukrainian by their lemma (write the dictionary form: "въехать"), Kazakh by the stem
``bot.language.kazakh`` leaves (folded to a Russian keyboard: "кир" for "кірді"). A phrase of
several words matches those words in a row.

The topics' words are in ``bot.language.topics``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from bot.language.lemmas import stem
from bot.language.text import fold, kazakh_fold
from bot.language.topics import TOPIC_PHRASES, Phrases

__all__ = ["DIRECTIONS", "MARKERS", "Entry", "lexicon_index", "phrase_entries"]


@dataclass(frozen=True)
class Entry:
    """One phrase of the lexicon: its words' keys in order, and the concept it names."""

    concept: str
    keys: tuple[str, ...]
    phrase: str = field(compare=False)


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
               "exits", "departures",
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
        "ru": ("бежать", "сбежать", "убежать", "утечь", "свалить", "удрать", "перебраться",
               "переехать", "пересечь", "уйти", "поехать", "ехать", "сваливать", "понаехать",
               "ломануться", "рвануть", "драпать", "слинять"),
        "uk": ("бігти", "втекти", "утекти", "тікати", "утікати", "дременути", "перебратися",
               "переїхати", "перетнути", "їхати", "понаїхати", "понаїжджати", "рвонути",
               "чкурнути"),
        "kk": ("кач", "каш", "отти", "откен", "отип", "ауыс", "коныс"),
    },
    # Both ways at once.
    "both": {
        "en": ("in and out", "out and in", "came and went", "come and go",
               "arrivals and departures", "both ways", "each way"),
        "ru": ("туда и обратно", "въезд и выезд", "в обе стороны", "прибыло и убыло"),
        "uk": ("в обидва боки", "в'їзд і виїзд", "туди й назад", "туди і назад"),
        "kk": ("келип кеткен", "кириу мен шыгу", "кирген мен шыккан"),
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
               "statement", "announce", "announced", "think", "thinks", "opinion", "report",
               "reported", "reports", "mention", "mentioned"),
        "ru": ("сказать", "говорить", "заявить", "заявлять", "считать", "думать", "мнение",
               "сообщить", "сообщать", "утверждать", "назвать"),
        "uk": ("сказати", "казати", "говорити", "заявити", "заявляти", "вважати", "думати",
               "думка", "повідомити", "повідомляти", "стверджувати", "назвати"),
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


def _keys(word: str, language: str, *, surface: bool = False) -> str:
    folded = fold(word)
    if surface:
        return folded
    if language == "en":
        return stem(folded, "english")
    if language == "kk":
        return kazakh_fold(folded)
    return folded


def phrase_entries(concept: str, phrases: Phrases, *, surface: bool = False) -> list[Entry]:
    """The lexicon's entries for ``phrases`` of ``concept``: each word as its key (its stem or
    lemma, or as written with ``surface``)."""
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
    entries = [
        entry for name, phrases in DIRECTIONS.items() for entry in phrase_entries(name, phrases)
    ]
    entries += [
        entry for name, phrases in MARKERS.items() for entry in phrase_entries(name, phrases)
    ]
    # Stop words are matched as written (a word's own form is always among its keys): no
    # stemming of a hundred and fifty English words at start-up.
    entries += phrase_entries("stop", _STOPWORDS, surface=True)
    for topic, phrases in TOPIC_PHRASES:
        entries += phrase_entries(f"topic:{topic.name}", phrases)
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        index.setdefault(entry.keys[0], []).append(entry)
    for listed in index.values():
        listed.sort(key=lambda entry: -len(entry.keys))
    return index
