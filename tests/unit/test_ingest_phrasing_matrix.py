"""The issue's phrasings combined: sentences built from a qualifier and number, the people,
what they did between which countries, when, and who said it, in each language. Each part
decides some fields of the candidate, whatever the other parts are; a rule that reads one
part only beside certain others ("за последние две недели до 7 000") fails here.

The combinations are drawn with a fixed seed, so a failure names one sentence to read again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2022, 10, 4)  # a Tuesday
PER_LANGUAGE = 300

# The people's own country stands in for the origin of an application or a refusal of entry;
# the speaker's for the destination of a refusal of exit a border service reports.
CITIZENS, SPEAKERS = "citizens", "speakers"


@dataclass(frozen=True)
class Part:
    """One slot's words and the fields they decide."""

    text: str
    fields: tuple[object, ...]


def _parts(*rows: tuple[object, ...]) -> tuple[Part, ...]:
    return tuple(Part(str(row[0]), tuple(row[1:])) for row in rows)


_SINCE = (date(2022, 9, 21), None, PUBLISHED, False)
_YESTERDAY = (date(2022, 10, 3), date(2022, 10, 3), None, False)
_LAST_WEEK = (date(2022, 9, 26), date(2022, 10, 2), None, False)
_TWO_WEEKS = (date(2022, 9, 21), PUBLISHED, PUBLISHED, False)
_APRIL_TO = (date(2022, 4, 1), date(2022, 9, 27), None, False)
_SEPTEMBER = (date(2022, 9, 1), date(2022, 9, 30), None, False)
_WEEK_SPAN = (date(2022, 9, 21), date(2022, 9, 27), None, False)
_A_DAY = (None, None, PUBLISHED, True)
_THIS_YEAR = (date(2022, 1, 1), None, PUBLISHED, False)
_WEEKEND = (date(2022, 10, 1), date(2022, 10, 2), None, False)
_FIRST_HALF = (date(2022, 1, 1), date(2022, 6, 30), None, False)
_THIRD_QUARTER = (date(2022, 7, 1), date(2022, 9, 30), None, False)

PARTS: dict[str, dict[str, tuple[Part, ...]]] = {
    "en": {
        "figure": _parts(
            ("more than 7,000", "more_than", 7000, None),
            ("over 7,000", "more_than", 7000, None),
            ("about 7,000", "about", 7000, None),
            ("around 7,000", "about", 7000, None),
            ("some 7,000", "about", 7000, None),
            ("almost 7,000", "almost", 7000, None),
            ("nearly 7,000", "almost", 7000, None),
            ("at least 7,000", "at_least", 7000, None),
            ("up to 7,000", "up_to", 7000, None),
            ("less than 7,000", "less_than", 7000, None),
            ("fewer than 7,000", "less_than", 7000, None),
            ("7,000", "exact", 7000, None),
            ("7 000", "exact", 7000, None),
            ("about 7 thousand", "about", 7000, None),
            ("between 5,000 and 6,000", "range", 5000, 6000),
            ("5,000–6,000", "range", 5000, 6000),
            ("seven", "exact", 7, None),
            ("1.2 million", "exact", 1200000, None),
        ),
        "people": _parts(
            ("Russians", "RUS"),
            ("Russian citizens", "RUS"),
            ("citizens of Russia", "RUS"),
            ("Russian nationals", "RUS"),
            ("people", None),
        ),
        "move": _parts(
            ("entered Kazakhstan from Russia", "entered", "RUS", "KAZ"),
            ("arrived in Kazakhstan from Russia", "entered", "RUS", "KAZ"),
            ("crossed the border from Russia into Kazakhstan", "entered", "RUS", "KAZ"),
            ("fled Russia to Kazakhstan", "entered", "RUS", "KAZ"),
            ("left Kazakhstan", "left", "KAZ", None),
            ("left Russia for Kazakhstan", "left", "RUS", "KAZ"),
            ("applied for asylum in Kazakhstan", "asylum_applications", CITIZENS, "KAZ"),
            ("were deported from Kazakhstan to Russia", "deported", "KAZ", "RUS"),
            ("were refused entry to Kazakhstan", "entry_refused", CITIZENS, "KAZ"),
            ("were denied exit from Russia", "exit_refused", "RUS", SPEAKERS),
        ),
        "when": _parts(
            ("since 21 September", *_SINCE),
            ("yesterday", *_YESTERDAY),
            ("on 3 October", *_YESTERDAY),
            ("on Monday", *_YESTERDAY),
            ("last week", *_LAST_WEEK),
            ("over the past two weeks", *_TWO_WEEKS),
            ("from 1 April to 27 September", *_APRIL_TO),
            ("in September", *_SEPTEMBER),
            ("between 21 and 27 September", *_WEEK_SPAN),
            ("a day", *_A_DAY),
            ("this year", *_THIS_YEAR),
            ("since the start of the year", *_THIS_YEAR),
            ("over the weekend", *_WEEKEND),
            ("in the first half of the year", *_FIRST_HALF),
            ("in the third quarter", *_THIRD_QUARTER),
        ),
        "said": _parts(
            ("{}, the interior ministry said.", "Ministry of Internal Affairs", None, None),
            ("According to the Kazakh border service, {}.", "Kazakh border service", None, "KAZ"),
            (
                "{}, Interior Minister Marat Akhmetzhanov told reporters.",
                "Marat Akhmetzhanov",
                None,
                None,
            ),
            (
                "{}, Zakon.kz reported, citing the interior ministry.",
                "Ministry of Internal Affairs",
                "Zakon.kz",
                None,
            ),
            ("{}.", None, None, None),
            ("“{}”, Interior Minister Marat Akhmetzhanov said.", "Marat Akhmetzhanov", None, None),
            ("{}, according to the UN refugee agency.", "UN refugee agency", None, None),
            ("The interior ministry said that {}.", "Ministry of Internal Affairs", None, None),
        ),
    },
    "ru": {
        "figure": _parts(
            ("более 7 000", "more_than", 7000, None),
            ("свыше 7 000", "more_than", 7000, None),
            ("около 7 000", "about", 7000, None),
            ("примерно 7 000", "about", 7000, None),
            ("порядка 7 000", "about", 7000, None),
            ("почти 7 000", "almost", 7000, None),
            ("не менее 7 000", "at_least", 7000, None),
            ("по меньшей мере 7 000", "at_least", 7000, None),
            ("до 7 000", "up_to", 7000, None),
            ("менее 7 000", "less_than", 7000, None),
            ("7 000", "exact", 7000, None),
            ("более 7 тыс.", "more_than", 7000, None),
            ("около 7 тысяч", "about", 7000, None),
            ("от 5 до 6 тысяч", "range", 5000, 6000),
            ("5–6 тыс.", "range", 5000, 6000),
            ("1,2 млн", "exact", 1200000, None),
            ("1 млн 303 тыс.", "exact", 1303000, None),
            ("около 10,3 тысячи", "about", 10300, None),
            ("семь тысяч", "exact", 7000, None),
        ),
        "people": _parts(
            ("россиян", "RUS"),
            ("граждан России", "RUS"),
            ("граждан РФ", "RUS"),
            ("российских граждан", "RUS"),
            ("граждан Российской Федерации", "RUS"),
            ("человек", None),
        ),
        "move": _parts(
            ("въехали в Казахстан из России", "entered", "RUS", "KAZ"),
            ("прибыли в Казахстан из России", "entered", "RUS", "KAZ"),
            ("пересекли границу из России в Казахстан", "entered", "RUS", "KAZ"),
            ("бежали из России в Казахстан", "entered", "RUS", "KAZ"),
            ("покинули Казахстан", "left", "KAZ", None),
            ("выехали из России в Казахстан", "left", "RUS", "KAZ"),
            ("подали заявления на убежище в Казахстане", "asylum_applications", CITIZENS, "KAZ"),
            ("были депортированы из Казахстана в Россию", "deported", "KAZ", "RUS"),
            ("получили отказ во въезде в Казахстан", "entry_refused", CITIZENS, "KAZ"),
            ("получили отказ в выезде из России", "exit_refused", "RUS", SPEAKERS),
        ),
        "when": _parts(
            ("с 21 сентября", *_SINCE),
            ("вчера", *_YESTERDAY),
            ("3 октября", *_YESTERDAY),
            ("в понедельник", *_YESTERDAY),
            ("на прошлой неделе", *_LAST_WEEK),
            ("за последние две недели", *_TWO_WEEKS),
            ("с 1 апреля по 27 сентября", *_APRIL_TO),
            ("в сентябре", *_SEPTEMBER),
            ("с 21 по 27 сентября", *_WEEK_SPAN),
            ("ежедневно", *_A_DAY),
            ("в этом году", *_THIS_YEAR),
            ("с начала года", *_THIS_YEAR),
            ("в минувшие выходные", *_WEEKEND),
            ("в первом полугодии", *_FIRST_HALF),
            ("в третьем квартале", *_THIRD_QUARTER),
        ),
        "said": _parts(
            ("{}, сообщили в МВД.", "МВД", None, None),
            (
                "По данным пограничной службы Казахстана, {}.",
                "пограничная служба Казахстана",
                None,
                "KAZ",
            ),
            (
                "{}, заявил журналистам министр внутренних дел Марат Ахметжанов.",
                "Марат Ахметжанов",
                None,
                None,
            ),
            ("{}, сообщает Zakon.kz со ссылкой на МВД.", "МВД", "Zakon.kz", None),
            ("{}.", None, None, None),
            (
                "«{}», — сказал министр внутренних дел Марат Ахметжанов.",
                "Марат Ахметжанов",
                None,
                None,
            ),
            ("{}, по данным УВКБ ООН.", "УВКБ ООН", None, None),
            ("В МВД сообщили, что {}.", "МВД", None, None),
        ),
    },
    "uk": {
        "figure": _parts(
            ("понад 7 000", "more_than", 7000, None),
            ("більше ніж 7 000", "more_than", 7000, None),
            ("більш як 7000", "more_than", 7000, None),
            ("близько 7 000", "about", 7000, None),
            ("приблизно 7 000", "about", 7000, None),
            ("майже 7 000", "almost", 7000, None),
            ("щонайменше 7 000", "at_least", 7000, None),
            ("не менше ніж 7 000", "at_least", 7000, None),
            ("до 7 000", "up_to", 7000, None),
            ("менш ніж 7 000", "less_than", 7000, None),
            ("7 000", "exact", 7000, None),
            ("понад 7 тис.", "more_than", 7000, None),
            ("близько 7 тисяч", "about", 7000, None),
            ("від 5 до 6 тисяч", "range", 5000, 6000),
            ("5–6 тис.", "range", 5000, 6000),
            ("3,099 мільйона", "exact", 3099000, None),
            ("1 млн 303 тис.", "exact", 1303000, None),
            ("сім тисяч", "exact", 7000, None),
        ),
        "people": _parts(
            ("росіян", "RUS"),
            ("громадян Росії", "RUS"),
            ("громадян РФ", "RUS"),
            ("російських громадян", "RUS"),
            ("людей", None),
        ),
        "move": _parts(
            ("в'їхали до Казахстану з Росії", "entered", "RUS", "KAZ"),
            ("прибули до Казахстану з Росії", "entered", "RUS", "KAZ"),
            ("перетнули кордон з Росії до Казахстану", "entered", "RUS", "KAZ"),
            ("втекли з Росії до Казахстану", "entered", "RUS", "KAZ"),
            ("виїхали з Казахстану", "left", "KAZ", None),
            ("виїхали з Росії до Казахстану", "left", "RUS", "KAZ"),
            ("подали заяви про притулок у Казахстані", "asylum_applications", CITIZENS, "KAZ"),
            ("були депортовані з Казахстану до Росії", "deported", "KAZ", "RUS"),
            ("отримали відмову у в'їзді до Казахстану", "entry_refused", CITIZENS, "KAZ"),
            ("отримали відмову у виїзді з Росії", "exit_refused", "RUS", SPEAKERS),
        ),
        "when": _parts(
            ("з 21 вересня", *_SINCE),
            ("вчора", *_YESTERDAY),
            ("3 жовтня", *_YESTERDAY),
            ("у понеділок", *_YESTERDAY),
            ("минулого тижня", *_LAST_WEEK),
            ("за останні два тижні", *_TWO_WEEKS),
            ("з 1 квітня по 27 вересня", *_APRIL_TO),
            ("у вересні", *_SEPTEMBER),
            ("з 21 по 27 вересня", *_WEEK_SPAN),
            ("щодня", *_A_DAY),
            ("цього року", *_THIS_YEAR),
            ("з початку року", *_THIS_YEAR),
            ("минулих вихідних", *_WEEKEND),
            ("у першому півріччі", *_FIRST_HALF),
            ("у третьому кварталі", *_THIRD_QUARTER),
        ),
        "said": _parts(
            ("{}, повідомили в МВС.", "МВС", None, None),
            (
                "За даними прикордонної служби Казахстану, {}.",
                "прикордонна служба Казахстану",
                None,
                "KAZ",
            ),
            (
                "{}, заявив журналістам міністр внутрішніх справ Марат Ахметжанов.",
                "Марат Ахметжанов",
                None,
                None,
            ),
            ("{}, повідомляє Zakon.kz з посиланням на МВС.", "МВС", "Zakon.kz", None),
            ("{}.", None, None, None),
            (
                "«{}», — сказав міністр внутрішніх справ Марат Ахметжанов.",
                "Марат Ахметжанов",
                None,
                None,
            ),
            ("{}, за даними УВКБ ООН.", "УВКБ ООН", None, None),
            ("У МВС повідомили, що {}.", "МВС", None, None),
        ),
    },
    "kk": {
        "figure": _parts(
            ("7 000-нан астам", "more_than", 7000, None),
            ("7 мыңнан астам", "more_than", 7000, None),
            ("7 мыңнан аса", "more_than", 7000, None),
            ("шамамен 7 000", "about", 7000, None),
            ("7 мыңдай", "about", 7000, None),
            ("шамамен 7 мың", "about", 7000, None),
            ("7 мыңға жуық", "almost", 7000, None),
            ("кемінде 7 000", "at_least", 7000, None),
            ("7 000-ға дейін", "up_to", 7000, None),
            ("7 мыңнан аз", "less_than", 7000, None),
            ("7 000", "exact", 7000, None),
            ("7 мың", "exact", 7000, None),
            ("жеті мың", "exact", 7000, None),
            ("5–6 мың", "range", 5000, 6000),
            ("1,2 млн", "exact", 1200000, None),
        ),
        "people": _parts(
            ("ресейлік", "RUS"),
            ("Ресей азаматы", "RUS"),
            ("Ресей Федерациясының азаматы", "RUS"),
            ("адам", None),
        ),
        "move": _parts(
            ("Ресейден Қазақстанға кірді", "entered", "RUS", "KAZ"),
            ("Ресейден Қазақстанға келді", "entered", "RUS", "KAZ"),
            ("Ресейден Қазақстанға қашып келді", "entered", "RUS", "KAZ"),
            ("Қазақстаннан кетті", "left", "KAZ", None),
            ("Қазақстанда баспана сұрады", "asylum_applications", CITIZENS, "KAZ"),
            ("Қазақстаннан Ресейге депортацияланды", "deported", "KAZ", "RUS"),
            ("Қазақстанға кіргізілмеді", "entry_refused", CITIZENS, "KAZ"),
            ("Ресейден шығарылмады", "exit_refused", "RUS", SPEAKERS),
        ),
        "when": _parts(
            ("21 қыркүйектен бері", *_SINCE),
            ("кеше", *_YESTERDAY),
            ("3 қазанда", *_YESTERDAY),
            ("дүйсенбіде", *_YESTERDAY),
            ("өткен аптада", *_LAST_WEEK),
            ("соңғы екі аптада", *_TWO_WEEKS),
            ("1 сәуірден 27 қыркүйекке дейін", *_APRIL_TO),
            ("қыркүйекте", *_SEPTEMBER),
            ("21-27 қыркүйек аралығында", *_WEEK_SPAN),
            ("күн сайын", *_A_DAY),
            ("биыл", *_THIS_YEAR),
            ("жыл басынан бері", *_THIS_YEAR),
            ("өткен демалыста", *_WEEKEND),
            ("жылдың бірінші жартысында", *_FIRST_HALF),
            ("үшінші тоқсанда", *_THIRD_QUARTER),
        ),
        "said": _parts(
            ("{}, деп хабарлады ІІМ.", "ІІМ", None, None),
            (
                "Қазақстан Шекара қызметінің мәліметінше, {}.",
                "Қазақстан Шекара қызметі",
                None,
                "KAZ",
            ),
            (
                "{}, деді ішкі істер министрі Марат Ахметжанов журналистерге.",
                "Марат Ахметжанов",
                None,
                None,
            ),
            ("{}, деп хабарлайды Zakon.kz ІІМ-ге сілтеме жасап.", "ІІМ", "Zakon.kz", None),
            ("{}.", None, None, None),
            ("«{}», – деді ішкі істер министрі Марат Ахметжанов.", "Марат Ахметжанов", None, None),
            ("ІІМ хабарлауынша, {}.", "ІІМ", None, None),
        ),
    },
}


def _sentence(
    language: str, figure: Part, people: Part, move: Part, when: Part, said: Part
) -> str:
    if language == "en":
        core = f"{figure.text} {people.text} {move.text} {when.text}"
    elif language == "kk":
        core = f"{when.text} {figure.text} {people.text} {move.text}"
    elif when.fields[3]:  # a rate reads after the people: "7 000 человек ежедневно ..."
        core = f"{figure.text} {people.text} {when.text} {move.text}"
    else:
        core = f"{when.text} {figure.text} {people.text} {move.text}"
    text = said.text.format(core)
    # The sentence, or the quote, opens with a capital.
    at = next(i for i, char in enumerate(text) if char.isalnum())
    return text[:at] + text[at].upper() + text[at + 1 :]


def _combinations() -> list[tuple[str, tuple[Part, ...]]]:
    drawn = []
    for language, slots in PARTS.items():
        chance = random.Random(f"matrix-{language}")
        for _ in range(PER_LANGUAGE):
            drawn.append((language, tuple(chance.choice(parts) for parts in slots.values())))
    return drawn


@pytest.mark.parametrize(("language", "parts"), _combinations())
def test_each_part_decides_its_fields(language: str, parts: tuple[Part, ...]) -> None:
    figure, people, move, when, said = parts
    text = _sentence(language, figure, people, move, when, said)
    reading = read_article(text, language, PUBLISHED)
    assert len(reading.candidates) == 1, text
    found = reading.candidates[0]
    citizenship = people.fields[0]
    metric, origin, destination = move.fields
    speaker, outlet, speakers_country = said.fields
    origin = citizenship if origin == CITIZENS else origin
    destination = speakers_country if destination == SPEAKERS else destination
    assert (found.figure.qualifier, found.figure.value, found.figure.high) == figure.fields, text
    assert found.citizenship == citizenship, text
    assert (found.metric, found.origin, found.destination) == (metric, origin, destination), text
    period = (found.period_start, found.period_end, found.as_of, found.per_day)
    assert period == when.fields, text
    said_by = found.attributed_to.name if found.attributed_to else None
    carried_by = found.carried_by.name if found.carried_by else None
    assert (said_by, carried_by) == (speaker, outlet), text


# Countries as each language declines them after its prepositions of where to and where from:
# English's name; Russian's "в"/"во" + accusative and genitive (after "из"); Ukrainian's
# genitive (after "до" and "з"); Kazakh's dative and ablative (abbreviations hyphenated).
COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "KAZ": ("Kazakhstan", "в Казахстан", "Казахстана", "Казахстану", "Қазақстанға",
            "Қазақстаннан"),
    "RUS": ("Russia", "в Россию", "России", "Росії", "Ресейге", "Ресейден"),
    "GEO": ("Georgia", "в Грузию", "Грузии", "Грузії", "Грузияға", "Грузиядан"),
    "MNG": ("Mongolia", "в Монголию", "Монголии", "Монголії", "Моңғолияға", "Моңғолиядан"),
    "FIN": ("Finland", "в Финляндию", "Финляндии", "Фінляндії", "Финляндияға", "Финляндиядан"),
    "POL": ("Poland", "в Польшу", "Польши", "Польщі", "Польшаға", "Польшадан"),
    "ARM": ("Armenia", "в Армению", "Армении", "Вірменії", "Арменияға", "Армениядан"),
    "TUR": ("Turkey", "в Турцию", "Турции", "Туреччини", "Түркияға", "Түркиядан"),
    "KGZ": ("Kyrgyzstan", "в Кыргызстан", "Кыргызстана", "Киргизстану", "Қырғызстанға",
            "Қырғызстаннан"),
    "UZB": ("Uzbekistan", "в Узбекистан", "Узбекистана", "Узбекистану", "Өзбекстанға",
            "Өзбекстаннан"),
    "DEU": ("Germany", "в Германию", "Германии", "Німеччини", "Германияға", "Германиядан"),
    "ARE": ("the UAE", "в ОАЭ", "ОАЭ", "ОАЕ", "БАӘ-ге", "БАӘ-ден"),
    "USA": ("the United States", "в США", "США", "США", "АҚШ-қа", "АҚШ-тан"),
    "ISR": ("Israel", "в Израиль", "Израиля", "Ізраїлю", "Израильге", "Израильден"),
    "FRA": ("France", "во Францию", "Франции", "Франції", "Францияға", "Франциядан"),
    "CHN": ("China", "в Китай", "Китая", "Китаю", "Қытайға", "Қытайдан"),
    "TJK": ("Tajikistan", "в Таджикистан", "Таджикистана", "Таджикистану", "Тәжікстанға",
            "Тәжікстаннан"),
    "BLR": ("Belarus", "в Беларусь", "Беларуси", "Білорусі", "Беларусьқа", "Беларусьтен"),
    "UKR": ("Ukraine", "в Украину", "Украины", "України", "Украинаға", "Украинадан"),
    "LVA": ("Latvia", "в Латвию", "Латвии", "Латвії", "Латвияға", "Латвиядан"),
    "AZE": ("Azerbaijan", "в Азербайджан", "Азербайджана", "Азербайджану", "Әзербайжанға",
            "Әзербайжаннан"),
}  # fmt: skip
# Peoples as a count names them (Russian and Ukrainian in the genitive plural).
PEOPLES: dict[str | None, tuple[str, str, str, str]] = {
    "GEO": ("Georgians", "грузин", "грузинів", "грузиялық"),
    "UKR": ("Ukrainians", "украинцев", "українців", "украиналық"),
    "BLR": ("Belarusians", "белорусов", "білорусів", "беларусьтық"),
    "KAZ": ("Kazakhstanis", "казахстанцев", "казахстанців", "қазақстандық"),
    "UZB": ("Uzbeks", "узбеков", "узбеків", "өзбекстандық"),
    "TJK": ("Tajiks", "таджиков", "таджиків", "тәжікстандық"),
    "KGZ": ("Kyrgyz citizens", "кыргызстанцев", "киргизстанців", "қырғызстандық"),
    "ARM": ("Armenians", "армян", "вірмен", "армениялық"),
    "MNG": ("Mongolians", "монголов", "монголів", "моңғолиялық"),
    "IRN": ("Iranians", "иранцев", "іранців", "ирандық"),
    "AFG": ("Afghans", "афганцев", "афганців", "ауғанстандық"),
    "SYR": ("Syrians", "сирийцев", "сирійців", "сириялық"),
    "IND": ("Indians", "индийцев", "індійців", "үнділік"),
    "CHN": ("Chinese citizens", "китайцев", "китайців", "қытайлық"),
    "TUR": ("Turkish citizens", "турецких граждан", "громадян Туреччини", "түркиялық"),
    "RUS": ("Russians", "россиян", "росіян", "ресейлік"),
    None: ("people", "человек", "людей", "адам"),
}  # fmt: skip
ROUTES_PER_LANGUAGE = 200


def _route_sentence(language: str, origin: str, destination: str, people: str, came: bool) -> str:
    o, d = COUNTRIES[origin], COUNTRIES[destination]
    if language == "en":
        move = f"entered {d[0]} from {o[0]}" if came else f"left {o[0]} for {d[0]}"
        return f"Last week more than 5,000 {people} {move}, officials said."
    if language == "ru":
        move = f"въехали {d[1]} из {o[2]}" if came else f"выехали из {o[2]} {d[1]}"
        return f"На прошлой неделе более 5 тысяч {people} {move}, сообщили власти."
    if language == "uk":
        move = f"в'їхали до {d[3]} з {o[3]}" if came else f"виїхали з {o[3]} до {d[3]}"
        return f"Минулого тижня понад 5 тисяч {people} {move}, повідомила влада."
    verb = "келді" if came else "кетті"
    return f"Өткен аптада {o[5]} {d[4]} 5 мыңнан астам {people} {verb}, деп хабарлады билік."


def _routes() -> list[tuple[str, str, str, str | None, bool]]:
    drawn = []
    for language in PARTS:
        chance = random.Random(f"routes-{language}")
        for _ in range(ROUTES_PER_LANGUAGE):
            origin, destination = chance.sample(sorted(COUNTRIES), 2)
            whose = [code for code in PEOPLES if code not in {origin, destination}]
            citizenship = chance.choice(whose)
            drawn.append((language, origin, destination, citizenship, chance.random() < 0.5))
    return drawn


@pytest.mark.parametrize(("language", "origin", "destination", "citizenship", "came"), _routes())
def test_countries_in_their_cases_and_peoples_by_name(
    language: str, origin: str, destination: str, citizenship: str | None, came: bool
) -> None:
    people = PEOPLES[citizenship][["en", "ru", "uk", "kk"].index(language)]
    text = _route_sentence(language, origin, destination, people, came)
    (found,) = read_article(text, language, PUBLISHED).candidates
    assert (found.origin, found.destination, found.citizenship) == (
        origin,
        destination,
        citizenship,
    ), text
    assert found.metric == ("entered" if came else "left"), text


# What people did, each way news says it, between Russia and Georgia: (words, metric, origin,
# destination); "C" is the people's own country (Russia), the origin of an application or a
# refusal.
MOVES: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [
        ("arrived in Georgia from Russia", "entered", "RUS", "GEO"),
        ("flew into Georgia from Russia", "entered", "RUS", "GEO"),
        ("crossed into Georgia from Russia", "entered", "RUS", "GEO"),
        ("came to Georgia from Russia", "entered", "RUS", "GEO"),
        ("fled to Georgia from Russia", "entered", "RUS", "GEO"),
        ("left Russia for Georgia", "left", "RUS", "GEO"),
        ("departed from Russia to Georgia", "left", "RUS", "GEO"),
        ("flew out of Russia to Georgia", "left", "RUS", "GEO"),
        ("returned to Russia from Georgia", "returned", "GEO", "RUS"),
        ("went back to Russia from Georgia", "returned", "GEO", "RUS"),
        ("were deported from Georgia to Russia", "deported", "GEO", "RUS"),
        ("were expelled from Georgia to Russia", "deported", "GEO", "RUS"),
        ("were refused entry to Georgia", "entry_refused", "C", "GEO"),
        ("were denied entry into Georgia", "entry_refused", "C", "GEO"),
        ("applied for asylum in Georgia", "asylum_applications", "C", "GEO"),
        ("sought asylum in Georgia", "asylum_applications", "C", "GEO"),
        ("were granted refugee status in Georgia", "refugees_registered", "C", "GEO"),
        ("registered as refugees in Georgia", "refugees_registered", "C", "GEO"),
    ],
    "ru": [
        ("прибыли в Грузию из России", "entered", "RUS", "GEO"),
        ("прилетели в Грузию из России", "entered", "RUS", "GEO"),
        ("пересекли границу Грузии со стороны России", "entered", "RUS", "GEO"),
        ("приехали в Грузию из России", "entered", "RUS", "GEO"),
        ("бежали в Грузию из России", "entered", "RUS", "GEO"),
        ("выехали из России в Грузию", "left", "RUS", "GEO"),
        ("покинули Россию, направившись в Грузию", "left", "RUS", "GEO"),
        ("улетели из России в Грузию", "left", "RUS", "GEO"),
        ("вернулись в Россию из Грузии", "returned", "GEO", "RUS"),
        ("возвратились на родину из Грузии", "returned", "GEO", "RUS"),
        ("были депортированы из Грузии в Россию", "deported", "GEO", "RUS"),
        ("были выдворены из Грузии в Россию", "deported", "GEO", "RUS"),
        ("получили отказ во въезде в Грузию", "entry_refused", "C", "GEO"),
        ("не были допущены в Грузию", "entry_refused", "C", "GEO"),
        ("попросили убежища в Грузии", "asylum_applications", "C", "GEO"),
        (
            "подали ходатайства о предоставлении убежища в Грузии",
            "asylum_applications",
            "C",
            "GEO",
        ),
        ("получили статус беженца в Грузии", "refugees_registered", "C", "GEO"),
    ],
    "uk": [
        ("прибули до Грузії з Росії", "entered", "RUS", "GEO"),
        ("прилетіли до Грузії з Росії", "entered", "RUS", "GEO"),
        ("перетнули кордон Грузії з боку Росії", "entered", "RUS", "GEO"),
        ("приїхали до Грузії з Росії", "entered", "RUS", "GEO"),
        ("втекли до Грузії з Росії", "entered", "RUS", "GEO"),
        ("виїхали з Росії до Грузії", "left", "RUS", "GEO"),
        ("залишили Росію, вирушивши до Грузії", "left", "RUS", "GEO"),
        ("вилетіли з Росії до Грузії", "left", "RUS", "GEO"),
        ("повернулися до Росії з Грузії", "returned", "GEO", "RUS"),
        ("повернулися на батьківщину з Грузії", "returned", "GEO", "RUS"),
        ("були депортовані з Грузії до Росії", "deported", "GEO", "RUS"),
        ("були видворені з Грузії до Росії", "deported", "GEO", "RUS"),
        ("отримали відмову у в'їзді до Грузії", "entry_refused", "C", "GEO"),
        ("не були допущені до Грузії", "entry_refused", "C", "GEO"),
        ("попросили притулку в Грузії", "asylum_applications", "C", "GEO"),
        ("подали заяви на отримання притулку в Грузії", "asylum_applications", "C", "GEO"),
        ("отримали статус біженця в Грузії", "refugees_registered", "C", "GEO"),
    ],
    "kk": [
        ("Ресейден Грузияға келді", "entered", "RUS", "GEO"),
        ("Ресейден Грузияға ұшып келді", "entered", "RUS", "GEO"),
        ("Ресейден Грузия шекарасын кесіп өтті", "entered", "RUS", "GEO"),
        ("Ресейден Грузияға кетті", "left", "RUS", "GEO"),
        ("Ресейден Грузияға ұшып кетті", "left", "RUS", "GEO"),
        ("Грузиядан Ресейге оралды", "returned", "GEO", "RUS"),
        ("Грузиядан елге қайтты", "returned", "GEO", "RUS"),
        ("Грузиядан Ресейге депортацияланды", "deported", "GEO", "RUS"),
        ("Грузиядан Ресейге шығарылды", "deported", "GEO", "RUS"),
        ("Грузияға кіргізілмеді", "entry_refused", "C", "GEO"),
        ("Грузияда баспана сұрады", "asylum_applications", "C", "GEO"),
        ("Грузияда босқын мәртебесін алды", "refugees_registered", "C", "GEO"),
    ],
}
_SAID = {
    "en": ("More than 5,000 Russians {} last week, officials said."),
    "ru": ("На прошлой неделе более 5 тысяч россиян {}, сообщили власти."),
    "uk": ("Минулого тижня понад 5 тисяч росіян {}, повідомила влада."),
    "kk": ("Өткен аптада 5 мыңнан астам ресейлік {}, деп хабарлады билік."),
}


@pytest.mark.parametrize(
    ("language", "move"), [(language, move) for language, moves in MOVES.items() for move in moves]
)
def test_each_way_of_moving(language: str, move: tuple[str, str, str, str]) -> None:
    words, metric, origin, destination = move
    text = _SAID[language].format(words)
    (found,) = read_article(text, language, PUBLISHED).candidates
    origin = "RUS" if origin == "C" else origin
    assert (found.metric, found.origin, found.destination) == (metric, origin, destination), text


# Who said it and who carried it, in the ways Russian, Ukrainian and Kazakh news say so: each
# body in the cases its frames put it in (nominative, genitive, locative, accusative).
_RU_BODIES = [
    ("МВД Грузии", "МВД Грузии", "МВД Грузии", "МВД Грузии"),
    ("пограничная служба Казахстана", "пограничной службы Казахстана",
     "пограничной службе Казахстана", "пограничную службу Казахстана"),
    ("Госпогранслужба Украины", "Госпогранслужбы Украины", "Госпогранслужбе Украины",
     "Госпогранслужбу Украины"),
    ("КНБ", "КНБ", "КНБ", "КНБ"),
    ("Миграционная служба Армении", "Миграционной службы Армении",
     "Миграционной службе Армении", "Миграционную службу Армении"),
]  # fmt: skip
_RU_OUTLETS = [("Интерфакс", "«Интерфаксу»"), ("ТАСС", "ТАСС"), ("РИА Новости", "РИА Новости"),
               ("Sputnik Грузия", "Sputnik Грузия"), ("Эхо Кавказа", "«Эху Кавказа»")]  # fmt: skip
_RU_PEOPLE = [
    ("Вахтанг Гомелаури", "глава МВД Грузии", "главу МВД Грузии Вахтанга Гомелаури"),
    ("Андрей Демченко", "представитель Госпогранслужбы",
     "представителя Госпогранслужбы Андрея Демченко"),
    ("Айгуль Серикова", "пресс-секретарь ведомства", "пресс-секретаря ведомства Айгуль Серикову"),
]  # fmt: skip
_UK_BODIES = [
    ("МВС Грузії", "МВС Грузії", "МВС Грузії", "МВС Грузії"),
    ("Державна прикордонна служба України", "Державної прикордонної служби України",
     "Державній прикордонній службі України", "Державну прикордонну службу України"),
    ("ДПСУ", "ДПСУ", "ДПСУ", "ДПСУ"),
    ("Міграційна служба Вірменії", "Міграційної служби Вірменії",
     "Міграційній службі Вірменії", "Міграційну службу Вірменії"),
]  # fmt: skip
_UK_OUTLETS = [("Інтерфакс-Україна", "«Інтерфакс-Україна»"), ("Укрінформ", "Укрінформу"),
               ("Суспільне", "«Суспільному»"), ("РБК-Україна", "«РБК-Україна»")]  # fmt: skip
_UK_PEOPLE = [
    ("Андрій Демченко", "речник ДПСУ", "речника ДПСУ Андрія Демченка"),
    ("Вахтанг Гомелаурі", "глава МВС Грузії", "главу МВС Грузії Вахтанга Гомелаурі"),
]  # fmt: skip
_KK_BODIES = [  # nominative, genitive, dative
    ("Грузия ІІМ-і", "Грузия ІІМ-інің", "Грузия ІІМ-іне"),
    ("ҰҚК Шекара қызметі", "ҰҚК Шекара қызметінің", "ҰҚК Шекара қызметіне"),
    ("Қазақстан Республикасы Ішкі істер министрлігі",
     "Қазақстан Республикасы Ішкі істер министрлігінің",
     "Қазақстан Республикасы Ішкі істер министрлігіне"),
]  # fmt: skip
_KK_OUTLETS = ["Kazinform", "Tengrinews", "Sputnik Казахстан", "Zakon.kz"]


def _attributions() -> list[tuple[str, str, str | None, str | None]]:
    rows: list[tuple[str, str, str | None, str | None]] = []
    core = "в понедельник более 5 тысяч россиян въехали в Грузию"
    opened = core[0].upper() + core[1:]
    for nom, gen, loc, acc in _RU_BODIES:
        rows += [("ru", f"{opened}, сообщили в {loc}.", nom, None),
                 ("ru", f"По данным {gen}, {core}.", nom, None)]  # fmt: skip
        for outlet, dative in _RU_OUTLETS:
            rows += [
                ("ru", f"{opened}, сообщает {outlet} со ссылкой на {acc}.", nom, outlet),
                ("ru", f"Как сообщили {dative if dative != outlet else outlet} в {loc}, {core}.",
                 nom, outlet),
            ]  # fmt: skip
    for name, title, accusative in _RU_PEOPLE:
        rows += [("ru", f"«{opened}», — сказал {title} {name}.", name, None),
                 ("ru", f"Как сообщил {title} {name}, {core}.", name, None)]  # fmt: skip
        for outlet, dative in _RU_OUTLETS:
            rows += [
                ("ru", f"{opened}, заявил {title} {name} в интервью {dative}.", name, outlet),
                ("ru", f"{opened}, передает {outlet} со ссылкой на {accusative}.", name, outlet),
            ]
    core = "у понеділок понад 5 тисяч росіян в'їхали до Грузії"
    opened = core[0].upper() + core[1:]
    for nom, gen, loc, acc in _UK_BODIES:
        rows += [("uk", f"{opened}, повідомили в {loc}.", nom, None),
                 ("uk", f"За даними {gen}, {core}.", nom, None)]  # fmt: skip
        for outlet, _ in _UK_OUTLETS:
            rows.append(
                ("uk", f"{opened}, повідомляє {outlet} з посиланням на {acc}.", nom, outlet)
            )
    for name, title, accusative in _UK_PEOPLE:
        rows += [("uk", f"«{opened}», – сказав {title} {name}.", name, None),
                 ("uk", f"Як повідомив {title} {name}, {core}.", name, None)]  # fmt: skip
        for outlet, dative in _UK_OUTLETS:
            rows += [
                ("uk", f"{opened}, заявив {title} {name} в інтерв'ю {dative}.", name, outlet),
                ("uk", f"{opened}, передає {outlet} з посиланням на {accusative}.", name, outlet),
            ]
    core = "Дүйсенбіде Грузияға 5 мыңнан астам ресейлік кірді"
    for nom, gen, dat in _KK_BODIES:
        # An acronym read from its other cases loses its ending: "ІІМ-інің" is ІІМ.
        base = nom.removesuffix("-і")
        lowered = f"{core[0].lower()}{core[1:]}"
        rows += [("kk", f"{core}, деп хабарлады {nom}.", nom, None),
                 ("kk", f"{gen} мәліметінше, {lowered}.", base, None)]  # fmt: skip
        for outlet in _KK_OUTLETS:
            rows.append(
                ("kk", f"{core}, деп хабарлайды {outlet} {dat} сілтеме жасап.", base, outlet)
            )
    return rows


@pytest.mark.parametrize(("language", "text", "said", "carried"), _attributions())
def test_who_said_it_and_who_carried_it(
    language: str, text: str, said: str | None, carried: str | None
) -> None:
    (found,) = read_article(text, language, PUBLISHED).candidates
    said_by = found.attributed_to.name if found.attributed_to else None
    carried_by = found.carried_by.name if found.carried_by else None
    assert (said_by, carried_by) == (said, carried), text
