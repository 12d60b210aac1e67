"""Reading figures from news text: numbers with their qualifier, range, unit and rate, in
English, Russian, Ukrainian and Kazakh, each with the exact span it covers."""

from __future__ import annotations

import pytest

from bot.ingest.figures import FoundFigure, find_figures


def _only(text: str, language: str) -> FoundFigure:
    figures = find_figures(text, language)
    assert len(figures) == 1, [text[f.start : f.end] for f in figures]
    return figures[0]


# language, sentence with the text the figure covers in [brackets], value, high, qualifier, unit,
# per_day
FIGURES = [
    # digits as news writes them
    ("en", "[more than 200,000] Russians", 200_000, None, "more_than", "count", False),
    ("en", "[147,000] have left", 147_000, None, "exact", "count", False),
    ("ru", "въехали [200 000] человек", 200_000, None, "exact", "count", False),
    ("ru", "въехали [200\u00a0000] человек", 200_000, None, "exact", "count", False),
    ("uk", "в'їхали [200\u202f000] осіб", 200_000, None, "exact", "count", False),
    ("ru", "въехали [200.000] человек", 200_000, None, "exact", "count", False),
    ("en", "[1,200] people", 1_200, None, "exact", "count", False),
    ("en", "a total of [1,303,000] people", 1_303_000, None, "exact", "count", False),
    # multipliers
    ("ru", "въехали [1 млн 303 тыс.] человек", 1_303_000, None, "exact", "count", False),
    ("ru", "въехали [10,3 тысячи] человек", 10_300, None, "exact", "count", False),
    ("uk", "[3,099 мільйонів] українців", 3_099_000, None, "exact", "count", False),
    ("en", "[1.2 million] people", 1_200_000, None, "exact", "count", False),
    ("en", "[1,200 million]", 1_200_000_000, None, "exact", "count", False),
    ("en", "[1.5 mln] people", 1_500_000, None, "exact", "count", False),
    ("en", "[200k] people", 200_000, None, "exact", "count", False),
    ("ru", "[около 7 тыс.] человек", 7_000, None, "about", "count", False),
    ("kk", "[200 мың] адам", 200_000, None, "exact", "count", False),
    ("kk", "[1,2 миллион] адам", 1_200_000, None, "exact", "count", False),
    ("kk", "[1 млн 303 мың] адам", 1_303_000, None, "exact", "count", False),
    ("ru", "[полтора миллиона] беженцев", 1_500_000, None, "exact", "count", False),
    ("uk", "[понад півмільйона] біженців", 500_000, None, "more_than", "count", False),
    ("en", "[nearly half a million] people", 500_000, None, "almost", "count", False),
    ("kk", "[жарым миллион] адам", 500_000, None, "exact", "count", False),
    ("kk", "ал [400 мыңы] елден кетті", 400_000, None, "exact", "count", False),
    # numbers in words
    ("en", "[five] Russians were stopped", 5, None, "exact", "count", False),
    ("en", "[seven] people", 7, None, "exact", "count", False),
    ("en", "[twelve] people", 12, None, "exact", "count", False),
    ("en", "[twenty-five] people", 25, None, "exact", "count", False),
    ("en", "[two hundred] people", 200, None, "exact", "count", False),
    ("en", "[two hundred and fifty thousand] people", 250_000, None, "exact", "count", False),
    ("en", "[a dozen] people", 12, None, "exact", "count", False),
    ("en", "[half a dozen] people", 6, None, "exact", "count", False),
    ("en", "[a million] people", 1_000_000, None, "exact", "count", False),
    ("en", "[twelve hundred] people", 1_200, None, "exact", "count", False),
    ("ru", "[семь] человек", 7, None, "exact", "count", False),
    ("ru", "[пятерых] россиян не выпустили", 5, None, "exact", "count", False),
    ("ru", "[двое] граждан", 2, None, "exact", "count", False),
    ("ru", "из [пяти] человек", 5, None, "exact", "count", False),
    ("ru", "[сто двадцать пять тысяч] человек", 125_000, None, "exact", "count", False),
    ("ru", "[двухсот] человек", 200, None, "exact", "count", False),
    ("ru", "[тысяча двести] человек", 1_200, None, "exact", "count", False),
    ("ru", "[семь млн] человек", 7_000_000, None, "exact", "count", False),
    ("uk", "[троє] прикордонників", 3, None, "exact", "count", False),
    ("uk", "[п'ятьох] чоловіків", 5, None, "exact", "count", False),
    ("uk", "[п’ятьох] чоловіків", 5, None, "exact", "count", False),
    ("uk", "[шість тисяч] людей", 6_000, None, "exact", "count", False),
    ("uk", "[двісті тисяч]", 200_000, None, "exact", "count", False),
    ("kk", "[бес] ресейлік ұсталды", 5, None, "exact", "count", False),
    ("kk", "[жеті] адам", 7, None, "exact", "count", False),
    ("kk", "[екі жүз] адам", 200, None, "exact", "count", False),
    ("kk", "[екі жүз мың] адам", 200_000, None, "exact", "count", False),
    ("kk", "[он бес мың] адам", 15_000, None, "exact", "count", False),
    ("kk", "[бір жарым миллион] адам", 1_500_000, None, "exact", "count", False),
    ("kk", "ресейліктердің [бесеуі]", 5, None, "exact", "count", False),
    # qualifiers: English
    ("en", "[over 200,000] people", 200_000, None, "more_than", "count", False),
    ("en", "[above 5,000] people", 5_000, None, "more_than", "count", False),
    ("en", "[upwards of 5,000] people", 5_000, None, "more_than", "count", False),
    ("en", "[just over 5,000] people", 5_000, None, "more_than", "count", False),
    ("en", "[200,000+] people", 200_000, None, "more_than", "count", False),
    ("en", "[at least 300] people", 300, None, "at_least", "count", False),
    ("en", "[not less than 300] people", 300, None, "at_least", "count", False),
    ("en", "[200,000 people or more]", 200_000, None, "at_least", "count", False),
    ("en", "[about 11,000] people", 11_000, None, "about", "count", False),
    ("en", "[around 11,000] people", 11_000, None, "about", "count", False),
    ("en", "[approximately 11,000]", 11_000, None, "about", "count", False),
    ("en", "[some 11,000] people", 11_000, None, "about", "count", False),
    ("en", "[roughly 11,000] people", 11_000, None, "about", "count", False),
    ("en", "[an estimated 11,000] people", 11_000, None, "about", "count", False),
    ("en", "[20-odd] people", 20, None, "about", "count", False),
    ("en", "[almost 100,000] Russians", 100_000, None, "almost", "count", False),
    ("en", "[nearly 100,000] Russians", 100_000, None, "almost", "count", False),
    ("en", "[up to 5,000] people", 5_000, None, "up_to", "count", False),
    ("en", "[as many as 5,000] people", 5_000, None, "up_to", "count", False),
    ("en", "[no more than 30] people", 30, None, "up_to", "count", False),
    ("en", "[less than 100] people", 100, None, "less_than", "count", False),
    ("en", "[fewer than 100] people", 100, None, "less_than", "count", False),
    # "just under" is almost that many, as the article set's curators write it.
    ("en", "[just under 7,200] applications", 7_200, None, "almost", "count", False),
    ("en", "[just below 200] people", 200, None, "almost", "count", False),
    ("en", "[under 200] people", 200, None, "less_than", "count", False),
    ("en", "[well under 200] people", 200, None, "less_than", "count", False),
    ("en", "[under 50] people", 50, None, "less_than", "count", False),
    # qualifiers: Russian
    ("ru", "[более 200 тысяч]", 200_000, None, "more_than", "count", False),
    ("ru", "[больше 200 тысяч]", 200_000, None, "more_than", "count", False),
    ("ru", "[свыше 200 тысяч]", 200_000, None, "more_than", "count", False),
    ("ru", "[более чем 200 тысяч]", 200_000, None, "more_than", "count", False),
    ("ru", "[200 с лишним тысяч]", 200_000, None, "more_than", "count", False),
    ("ru", "[100 тысяч с лишним]", 100_000, None, "more_than", "count", False),
    ("ru", "[более тысячи] человек", 1_000, None, "more_than", "count", False),
    ("ru", "[около 11 тысяч]", 11_000, None, "about", "count", False),
    ("ru", "[примерно 11 тысяч]", 11_000, None, "about", "count", False),
    ("ru", "[порядка 2-х тысяч]", 2_000, None, "about", "count", False),
    ("ru", "[почти 100 тысяч]", 100_000, None, "almost", "count", False),
    ("ru", "[не менее 300] человек", 300, None, "at_least", "count", False),
    ("ru", "[не меньше 300] человек", 300, None, "at_least", "count", False),
    ("ru", "[как минимум 300] человек", 300, None, "at_least", "count", False),
    ("ru", "[по меньшей мере 300] человек", 300, None, "at_least", "count", False),
    ("ru", "[100 человек и более]", 100, None, "at_least", "count", False),
    ("ru", "[до 5 тысяч] человек", 5_000, None, "up_to", "count", False),
    # "до" after a verb of change is "to": the figure is what the flow came to.
    ("ru", "поток сократился до [5 тысяч] человек", 5_000, None, "exact", "count", False),
    ("ru", "число выросло до [5 тысяч] человек", 5_000, None, "exact", "count", False),
    ("ru", "[менее 1000] человек", 1_000, None, "less_than", "count", False),
    ("ru", "[меньше 1000] человек", 1_000, None, "less_than", "count", False),
    # qualifiers: Ukrainian
    ("uk", "[понад 3,099 мільйонів]", 3_099_000, None, "more_than", "count", False),
    ("uk", "[більше 200 тисяч]", 200_000, None, "more_than", "count", False),
    ("uk", "[більш ніж 200 тисяч]", 200_000, None, "more_than", "count", False),
    ("uk", "[близько 11 тисяч]", 11_000, None, "about", "count", False),
    ("uk", "[приблизно 11 тисяч]", 11_000, None, "about", "count", False),
    ("uk", "[майже 100 тисяч]", 100_000, None, "almost", "count", False),
    ("uk", "[щонайменше 200] осіб", 200, None, "at_least", "count", False),
    ("uk", "[принаймні 5 тисяч]", 5_000, None, "at_least", "count", False),
    ("uk", "[не менше 300] осіб", 300, None, "at_least", "count", False),
    ("uk", "[до 5 тисяч] осіб", 5_000, None, "up_to", "count", False),
    # A hundred as a multiplier, and half of one.
    ("uk", "[майже дві сотні] студентів", 200, None, "almost", "count", False),
    ("ru", "[две сотни] человек", 200, None, "exact", "count", False),
    ("ru", "[около сотни] человек", 100, None, "about", "count", False),
    ("uk", "[пів мільйона] українців", 500_000, None, "exact", "count", False),
    ("uk", "кількість скоротилася до [20 тисяч] осіб", 20_000, None, "exact", "count", False),
    ("uk", "[менше 1000] осіб", 1_000, None, "less_than", "count", False),
    # qualifiers: Kazakh, after the number in the ablative or dative
    ("kk", "[200 мыңнан астам] ресейлік", 200_000, None, "more_than", "count", False),
    ("kk", "[200 мыңнан аса] адам", 200_000, None, "more_than", "count", False),
    ("kk", "[200 мыңнан артық] адам", 200_000, None, "more_than", "count", False),
    ("kk", "[200 мың адамнан астам]", 200_000, None, "more_than", "count", False),
    ("kk", "[шамамен 11 мың] адам", 11_000, None, "about", "count", False),
    ("kk", "[200 мың шамасында]", 200_000, None, "about", "count", False),
    ("kk", "[мың шақты] адам", 1_000, None, "about", "count", False),
    ("kk", "[мыңдай] адам", 1_000, None, "about", "count", False),
    ("kk", "[100 мыңға жуық] ресейлік", 100_000, None, "almost", "count", False),
    ("kk", "олардың [бес мыңға жуығы] келді", 5_000, None, "almost", "count", False),
    ("kk", "[бес] жақын адам", 5, None, "exact", "count", False),  # close, not "almost"
    ("kk", "[100 000-ға жуық] адам", 100_000, None, "almost", "count", False),
    ("kk", "[кем дегенде 300] адам", 300, None, "at_least", "count", False),
    ("kk", "[1000-нан кем емес]", 1_000, None, "at_least", "count", False),
    ("kk", "[5 мыңға дейін] адам", 5_000, None, "up_to", "count", False),
    ("kk", "[1000-нан кем] адам", 1_000, None, "less_than", "count", False),
    ("kk", "[200 мыңнан] адам", 200_000, None, "exact", "count", False),
    ("kk", "[5 мыңға] адам", 5_000, None, "exact", "count", False),
    # ranges
    ("en", "[5,000–6,000] people", 5_000, 6_000, "range", "count", False),
    ("en", "[5-6 thousand] people", 5_000, 6_000, "range", "count", False),
    ("en", "[from 5,000 to 6,000] people", 5_000, 6_000, "range", "count", False),
    ("en", "[between 5,000 and 6,000] people", 5_000, 6_000, "range", "count", False),
    ("en", "[5,000 to 6,000] people", 5_000, 6_000, "range", "count", False),
    ("en", "[1.5-2 million] people", 1_500_000, 2_000_000, "range", "count", False),
    ("ru", "[5 000 — 6 000] человек", 5_000, 6_000, "range", "count", False),
    ("ru", "[от 5 до 6 тысяч]", 5_000, 6_000, "range", "count", False),
    ("ru", "[от 5 тысяч до 6 тысяч]", 5_000, 6_000, "range", "count", False),
    ("uk", "[від 5 до 6 тисяч]", 5_000, 6_000, "range", "count", False),
    ("uk", "[з 5 до 6 тисяч] осіб", 5_000, 6_000, "range", "count", False),
    ("kk", "[5–6 мың] адам", 5_000, 6_000, "range", "count", False),
    ("kk", "[5 мыңнан 6 мыңға дейін]", 5_000, 6_000, "range", "count", False),
    # per day
    ("en", "[5,000] a day", 5_000, None, "exact", "count", True),
    ("en", "[5,000] people per day", 5_000, None, "exact", "count", True),
    ("en", "[about 5,000] Russians daily", 5_000, None, "about", "count", True),
    ("en", "every day [some 5,000] cross", 5_000, None, "about", "count", True),
    ("en", "[5,000–6,000] a day", 5_000, 6_000, "range", "count", True),
    ("ru", "по [5 тысяч] в сутки", 5_000, None, "exact", "count", True),
    ("ru", "по [5 тысяч] человек в день.", 5_000, None, "exact", "count", True),
    # A verb after "в день" makes it a rate; a noun ("в день выборов") a day.
    ("ru", "[до 800] человек в день пересекают границу", 800, None, "up_to", "count", True),
    ("ru", "[около 5 тысяч] человек в день прибывали", 5_000, None, "about", "count", True),
    ("ru", "в день выборов границу пересекли [3 тысячи] человек", 3_000, None, "exact", "count",
     False),
    ("ru", "ежедневно въезжают [около 5 тысяч]", 5_000, None, "about", "count", True),
    ("uk", "по [5 тисяч] на добу", 5_000, None, "exact", "count", True),
    ("uk", "щодня кордон перетинають [5 тисяч] людей", 5_000, None, "exact", "count", True),
    ("kk", "тәулігіне [5 мың] адам", 5_000, None, "exact", "count", True),
    ("kk", "[5 мыңға жуық] адам тәулігіне өтеді", 5_000, None, "almost", "count", True),
    # units
    ("en", "[5%] of them", 5, None, "exact", "percent", False),
    ("en", "[12 per cent] of them", 12, None, "exact", "percent", False),
    ("en", "[12 percent] of them", 12, None, "exact", "percent", False),
    # a share as a fraction, or "one in five": no count of people
    ("en", "[Two-thirds] of them", 2, None, "exact", "percent", False),
    ("en", "[three quarters] of them", 3, None, "exact", "percent", False),
    ("en", "one in [five] of them", 5, None, "exact", "percent", False),
    ("ru", "[две трети] из них", 2, None, "exact", "percent", False),
    ("uk", "[дві третини] з них", 2, None, "exact", "percent", False),
    ("ru", "[12 процентов]", 12, None, "exact", "percent", False),
    ("uk", "[20 відсотків]", 20, None, "exact", "percent", False),
    ("kk", "[20 пайыз]", 20, None, "exact", "percent", False),
    ("en", "[$5 million]", 5_000_000, None, "exact", "money", False),
    ("en", "[€200]", 200, None, "exact", "money", False),
    ("en", "[US$1.2bn]", 1_200_000_000, None, "exact", "money", False),
    ("en", "[5 million dollars]", 5_000_000, None, "exact", "money", False),
    ("en", "[10,000 tenge]", 10_000, None, "exact", "money", False),
    ("ru", "[3,5 млн рублей]", 3_500_000, None, "exact", "money", False),
    ("ru", "[200 тыс. руб.]", 200_000, None, "exact", "money", False),
    ("uk", "[5 тисяч гривень]", 5_000, None, "exact", "money", False),
    ("uk", "[246 мільйонів євро]", 246_000_000, None, "exact", "money", False),
    ("uk", "[100 доларів]", 100, None, "exact", "money", False),
    ("kk", "[5 мың теңге]", 5_000, None, "exact", "money", False),
    ("en", "[300 km] from the border", 300, None, "exact", "measure", False),
    ("en", "[18 years old]", 18, None, "exact", "measure", False),
    ("en", "an [18-year-old] man", 18, None, "exact", "measure", False),
    ("en", "men aged [18] and over", 18, None, "exact", "measure", False),
    # An age after the people it describes: no count of them.
    ("en", "were men [under 30]", 30, None, "less_than", "measure", False),
    ("en", "children [under 14] made up a third", 14, None, "less_than", "measure", False),
    ("en", "women [over 50]", 50, None, "more_than", "measure", False),
    ("en", "people younger than [30]", 30, None, "exact", "measure", False),
    ("en", "[Over 30,000] people", 30000, None, "more_than", "count", False),
    ("en", "within [3 days]", 3, None, "exact", "measure", False),
    ("ru", "[300 километров]", 300, None, "exact", "measure", False),
    ("ru", "мужчины [18 лет]", 18, None, "exact", "measure", False),
    ("ru", "за [7 дней]", 7, None, "exact", "measure", False),
    ("ru", "[10-летний] срок", 10, None, "exact", "measure", False),
    ("uk", "[300 кілометрів]", 300, None, "exact", "measure", False),
    ("kk", "[300 шақырым]", 300, None, "exact", "measure", False),
    ("kk", "[18 жастағы] ер адамдар", 18, None, "exact", "measure", False),
    # Land, and how many times more.
    ("en", "set aside [2,000 acres] of land", 2000, None, "exact", "measure", False),
    ("ru", "выросло в [3 раза]", 3, None, "exact", "measure", False),
    ("kk", "[екі есе] өсті", 2, None, "exact", "measure", False),
    ("kk", "жарлықтың [7-тармағы]", 7, None, "exact", "ordinal", False),
    # "handed over" is a verb and its particle, no "over" qualifier.
    ("en", "officials handed over [4,812] Afghan nationals", 4812, None, "exact", "count", False),
    # Hundreds after thousands written as a word.
    ("kk", "бекет арқылы [41 мың 300] адам өткен", 41300, None, "exact", "count", False),
    ("ru", "пересекли [41 тысяча 300] человек", 41300, None, "exact", "count", False),
    ("uk", "перетнули [41 тисяча 300] людей", 41300, None, "exact", "count", False),
    ("en", "in [2022]", 2022, None, "exact", "year", False),
    ("ru", "в [2022] году", 2022, None, "exact", "year", False),
    ("ru", "[2022] года", 2022, None, "exact", "year", False),
    ("ru", "в [2022] г.", 2022, None, "exact", "year", False),
    ("ru", "[2022-го]", 2022, None, "exact", "year", False),
    ("uk", "у [2022] році", 2022, None, "exact", "year", False),
    ("kk", "[2022] жылы", 2022, None, "exact", "year", False),
    ("en", "in [2021-2022]", 2021, 2022, "range", "year", False),
    ("ru", "в [2014–2022] годах", 2014, 2022, "range", "year", False),
    ("en", "the [7th] paragraph", 7, None, "exact", "ordinal", False),
    ("en", "the [21st] of September", 21, None, "exact", "ordinal", False),
    ("ru", "[7-й] пункт", 7, None, "exact", "ordinal", False),
    ("ru", "[7-го] пункта", 7, None, "exact", "ordinal", False),
    ("uk", "[7-й] пункт", 7, None, "exact", "ordinal", False),
    ("kk", "[7-ші] тармақ", 7, None, "exact", "ordinal", False),
    ("kk", "[21-інші] бап", 21, None, "exact", "ordinal", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "marked", "value", "high", "qualifier", "unit", "per_day"), FIGURES
)
def test_figures_are_read_with_qualifier_unit_and_span(
    language, marked, value, high, qualifier, unit, per_day
):
    text = marked.replace("[", "").replace("]", "")
    covered = marked[marked.index("[") + 1 : marked.index("]")]
    figure = _only(text, language)
    assert (text[figure.start : figure.end], figure.start) == (covered, marked.index("["))
    read = (figure.value, figure.high, figure.qualifier, figure.unit, figure.per_day)
    assert read == (value, high, qualifier, unit, per_day)


# language, sentence, the figure's text, and whether it is written in words
IN_WORDS = [
    ("en", "five Russians", "five", True),
    ("en", "a million people", "a million", True),
    ("en", "5 million people", "5 million", False),
    ("ru", "пятерых россиян", "пятерых", True),
    ("ru", "семь млн", "семь млн", True),
    ("ru", "7 тыс.", "7 тыс.", False),
    ("uk", "троє прикордонників", "троє", True),
    ("kk", "бес адам", "бес", True),
    ("kk", "мың шақты", "мың шақты", True),
    ("kk", "200 мыңнан астам", "200 мыңнан астам", False),
]


@pytest.mark.parametrize(("language", "text", "covered", "in_words"), IN_WORDS)
def test_figures_say_whether_they_are_written_in_words(language, text, covered, in_words):
    figure = _only(text, language)
    assert (text[figure.start : figure.end], figure.in_words) == (covered, in_words)


# language, sentence, every figure's covered text and unit, in order
SENTENCES = [
    # Ukrainian collectives past ten, which the dictionary lacks.
    (
        "uk",
        "Ще дванадцятеро українців дісталися Джидди, а двадцятьох затримали.",
        [("дванадцятеро", "count"), ("двадцятьох", "count")],
    ),
    (
        "en",
        "Since 21 September, more than 200,000 Russian citizens have entered Kazakhstan, "
        "and 147,000 have left.",
        [("21", "count"), ("more than 200,000", "count"), ("147,000", "count")],
    ),
    (
        "en",
        "Tuesday, 4 October 2022, 10:23",
        [("4", "count"), ("2022", "year")],
    ),
    (
        "en",
        "the hidden 7th paragraph had allowed the mobilisation of 1 million people",
        [("7th", "ordinal"), ("1 million", "count")],
    ),
    (
        "en",
        "From 1 April to 27 September, 441 citizens applied, of which 117 are ethnic Kazakhs.",
        [("1", "count"), ("27", "count"), ("441", "count"), ("117", "count")],
    ),
    (
        "en",
        "The number rose from 5,000 to 6,000.",  # a change, not a range
        [("5,000", "count"), ("6,000", "count")],
    ),
    (
        "ru",
        "В 2022 году 300 человек, 3 октября 7 000 граждан.",
        [("2022", "year"), ("300", "count"), ("3", "count"), ("7 000", "count")],
    ),
    (
        "ru",
        "Число выросло с 5 до 6 тысяч.",  # "до" straight after a figure is "to"
        [("5", "count"), ("6 тысяч", "count")],
    ),
    (
        "uk",
        "З 21 вересня понад 200 тисяч росіян в'їхали до Казахстану, 147 тисяч виїхали.",
        [("21", "count"), ("понад 200 тисяч", "count"), ("147 тисяч", "count")],
    ),
    (
        "kk",
        "2022 жылғы 21 қыркүйектен бастап 200 мыңнан астам ресейлік Қазақстанға кірді.",
        [("2022", "year"), ("21", "count"), ("200 мыңнан астам", "count")],
    ),
    (
        "kk",
        "1 сәуірден 27 қыркүйекке дейін 441 адам өтініш берді.",  # a date, not "up to 27"
        [("1", "count"), ("27", "count"), ("441", "count")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES)
def test_every_figure_of_a_sentence_is_read_in_order(language, text, expected):
    found = [(text[f.start : f.end], f.unit) for f in find_figures(text, language)]
    assert found == expected


# language, sentence, every figure's covered text and whether a rate goes with it
RATES = [
    (
        "en",
        "About 35,000 people cross the bridge in both directions every day, and 1.2 million "
        "crossings were recorded in January.",
        [("About 35,000", True), ("1.2 million", False)],
    ),
    ("en", "Every day, some 5,000 people cross.", [("some 5,000", True)]),
    (
        "en",
        "Since 21 September, 5,000 people a day have crossed.",
        [("21", False), ("5,000", True)],
    ),
    ("ru", "За сутки въехали 7 тысяч человек.", [("7 тысяч", False)]),  # one day, no rate
    ("ru", "В день объявления въехали 7 тысяч.", [("7 тысяч", False)]),
    ("ru", "15 тыс. человек, то есть 500 в день.", [("15 тыс.", False), ("500", True)]),
    (
        "uk",
        "Щодня кордон перетинають до 30 тисяч осіб, а за тиждень — понад 200 тисяч.",
        [("до 30 тисяч", True), ("понад 200 тисяч", False)],
    ),
    ("kk", "Күн сайын, 5 мыңға жуық адам шекарадан өтеді.", [("5 мыңға жуық", True)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), RATES)
def test_a_rate_goes_with_the_nearest_figure_of_its_clause(language, text, expected):
    found = [(text[f.start : f.end], f.per_day) for f in find_figures(text, language)]
    assert found == expected


# language, text in which no figure is to be read
NOTHING = [
    ("en", "Call +7 701 123 45 67 or 8 (800) 555-35-35."),
    ("ru", "Звоните: 8 800 555 35 35."),
    ("en", "At 10:23 on 03.10.2022 (2022-10-04)."),
    ("en", "See https://example.com/2022/10/200000 and www.zakon.kz/123456."),
    ("en", "Source: zakon.kz/6023456-kazakhstan"),
    # a number that opens an outlet's web name
    ("ru", "рассказала в интервью агентству 24.kg"),
    ("en", "A COVID-19 test, an A320, a Su-25 and 5G."),
    ("en", "Open 24/7."),
    ("en", "No. 5 and № 7 and #12."),
    ("en", "A 3.5 km walk, 3.5 per cent."),  # fractions with no multiplier
    ("en", "One of them; no one; a few; one day."),
    ("en", "Thousands of people, tens of thousands, hundreds of thousands."),
    ("ru", "Тысячи людей, десятки тысяч, сотни тысяч, несколько тысяч, миллионы."),
    ("ru", "Один из пограничников помог семью."),
    ("uk", "Тисячі людей, кілька тисяч, сім'я."),
    ("kk", "Мыңдаған адам бірге барды, онда оны көрді."),
]


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_non_figures_are_not_read(language, text):
    found = [text[f.start : f.end] for f in find_figures(text, language)]
    assert found == []


def test_spans_are_offsets_into_the_text_as_given():
    """Capitals, curly apostrophes, dashes and "İ" (two code points lower-cased) do not shift
    the spans."""
    text = "İstanbul: ПОНАД 200\u00a0ТИСЯЧ осіб, а п’ятьох — ні; 5–6 ТИС. щодня."
    found = [(text[f.start : f.end], f.value, f.high) for f in find_figures(text, "uk")]
    assert found == [
        ("ПОНАД 200\u00a0ТИСЯЧ", 200_000, None),
        ("п’ятьох", 5, None),
        ("5–6 ТИС.", 5_000, 6_000),
    ]


def test_a_range_whose_ends_are_far_apart_is_two_figures():
    """ "3 — 7,000" with no "from" is a day and a figure, not a range."""
    found = [(f.value, f.high) for f in find_figures("On 3 October — 7,000 people.", "en")]
    assert found == [(3, None), (7_000, None)]
