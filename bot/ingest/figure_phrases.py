"""The words around a figure, per language: qualifiers, units, rates and range words.

"more than", "не менее", "понад", "астам" (after the number, in Kazakh), "per cent", "рублей",
"km", "на добу", "from ... to": one table per kind of phrase and language, compiled once into
the patterns ``bot.ingest.figures`` reads text with. A space in a phrase stands for any run of
whitespace; Kazakh phrases are matched as ``kazakh_fold`` types them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from bot.language.text import kazakh_fold
from storage.models import Qualifier

__all__ = ["WINDOW", "Phrases", "phrases"]

Q = Qualifier

# Qualifiers before the number. A space stands for any run of whitespace. "as many as" is
# read as up to: it gives the top of what the source reckons, as "up to" does.
_BEFORE = {
    "en": {
        # "handed over 4,812", "took over 300": a verb's particle, no qualifier.
        Q.MORE_THAN: r"(?:just |slightly |well |far |a little )?(?:more than|(?<!handed\s)"
        r"(?<!hand\s)(?<!hands\s)(?<!turned\s)(?<!took\s)(?<!taken\s)(?<!passed\s)over"
        r"|above|upwards "
        r"of|in excess of|greater than|exceed(?:ed|ing|s)?|surpass(?:ed|ing)?|topped"
        # "The number deported has passed 500,000", "had crossed the 1 million mark".
        r"|(?:has|have|had) (?:now |already )?(?:passed|crossed)(?: the)?)",
        Q.AT_LEAST: r"at least|no fewer than|not fewer than|no less than|not less than"
        r"|a minimum of",
        Q.ABOUT: r"about|around|approximately|approx\.|roughly|some|an estimated|estimated|circa",
        # "just under 7,200": almost that many, as a curator writes it.
        Q.ALMOST: r"almost|nearly|close to|just shy of|just short of|just under|just below",
        Q.UP_TO: r"up to|as many as|no more than|not more than|at most|a maximum of",
        Q.LESS_THAN: r"(?:just |slightly |well )?(?:less than|fewer than|lower than)"
        r"|(?:slightly |well )?(?:under|below)",
    },
    "ru": {
        Q.MORE_THAN: r"(?:чуть |немногим |немного |несколько |значительно |намного |гораздо "
        r"|уже )?(?:более чем|больше чем|более|больше|свыше|превысил\w*|превышает)",
        Q.AT_LEAST: r"не менее чем|не меньше чем|не менее|не меньше|как минимум|по меньшей мере|"
        r"по крайней мере|минимум",
        Q.ABOUT: r"около|примерно|приблизительно|порядка|ориентировочно|где-то|в районе",
        Q.ALMOST: r"почти|практически|без малого|чуть ли не|едва ли не|едва не",
        Q.UP_TO: r"до|вплоть до|не более чем|не больше чем|не более|не больше|максимум"
        r"|как максимум",
        Q.LESS_THAN: r"(?:чуть |немногим |немного |несколько |значительно )?"
        r"(?:менее чем|меньше чем|менее|меньше|ниже)",
    },
    "uk": {
        Q.MORE_THAN: r"(?:трохи |дещо |значно |набагато |вже )?"
        r"(?:більш ніж|більше ніж|більш як|більше як|понад|більше|перевищ\w*)",
        Q.AT_LEAST: r"щонайменше|принаймні|не менш ніж|не менше ніж|не менш як|не менше як|"
        r"не менше|як мінімум|мінімум",
        Q.ABOUT: r"близько|приблизно|орієнтовно|десь|порядку|в районі",
        Q.ALMOST: r"майже|практично|без малого|мало не|ледь не|ледве не",
        Q.UP_TO: r"до|аж до|не більш ніж|не більше ніж|не більше|максимум|як максимум",
        Q.LESS_THAN: r"(?:трохи |дещо |значно )?"
        r"(?:менш ніж|менше ніж|менш як|менше як|менше|нижче)",
    },
    "kk": {
        Q.AT_LEAST: r"кем дегенде|ең кемі|ең аз дегенде|кемінде",
        Q.ABOUT: r"шамамен|шамалап|мөлшермен|жуықтап",
        Q.UP_TO: r"ең көп дегенде|әрі кеткенде|көп дегенде",
    },
}
# Qualifiers after the number, longest first where one begins another ("кем емес", "кем").
# Kazakh puts them after the number in the ablative or dative, or after its noun so declined.
_AFTER = {
    "en": {"+": Q.MORE_THAN, "-plus": Q.MORE_THAN, "plus": Q.MORE_THAN, "or more": Q.AT_LEAST,
           "and more": Q.AT_LEAST, "or above": Q.AT_LEAST, "-odd": Q.ABOUT, "or so": Q.ABOUT,
           "or fewer": Q.UP_TO, "or less": Q.UP_TO},
    "ru": {"+": Q.MORE_THAN, "с лишним": Q.MORE_THAN, "с небольшим": Q.MORE_THAN,
           "с гаком": Q.MORE_THAN, "и более": Q.AT_LEAST, "и больше": Q.AT_LEAST,
           "и выше": Q.AT_LEAST, "и менее": Q.UP_TO, "и меньше": Q.UP_TO},
    "uk": {"+": Q.MORE_THAN, "з лишком": Q.MORE_THAN, "з гаком": Q.MORE_THAN,
           "і більше": Q.AT_LEAST, "й більше": Q.AT_LEAST, "та більше": Q.AT_LEAST,
           "і менше": Q.UP_TO, "й менше": Q.UP_TO},
    "kk": {"астам": Q.MORE_THAN, "аса": Q.MORE_THAN, "артық": Q.MORE_THAN, "асты": Q.MORE_THAN,
           "асып": Q.MORE_THAN, "асқан": Q.MORE_THAN, "асқанын": Q.MORE_THAN,
           "асқаны": Q.MORE_THAN, "асады": Q.MORE_THAN, "асатын": Q.MORE_THAN,
           "кем емес": Q.AT_LEAST, "кем болмайды": Q.AT_LEAST,
           "аз емес": Q.AT_LEAST, "кем": Q.LESS_THAN, "аз": Q.LESS_THAN, "төмен": Q.LESS_THAN,
           "жуығы": Q.ALMOST, "астамы": Q.MORE_THAN, "артығы": Q.MORE_THAN, "жуық": Q.ALMOST,
           # "өткендердің 200 мыңнан асы": more than 200,000 of them; "5 мыңнан астамға
           # көбейді" (by more than 5,000), "астамын", "астамнан": the case endings.
           "асы": Q.MORE_THAN, "астамға": Q.MORE_THAN, "астамын": Q.MORE_THAN,
           "астамнан": Q.MORE_THAN, "астамда": Q.MORE_THAN, "жуығын": Q.ALMOST,
           "таяу": Q.ALMOST, "тарта": Q.ALMOST, "жақын": Q.ALMOST,
           "шамасында": Q.ABOUT, "шақты": Q.ABOUT, "қаралы": Q.ABOUT, "төңірегінде": Q.ABOUT,
           "мөлшерінде": Q.ABOUT, "дейінгі": Q.UP_TO, "дейін": Q.UP_TO, "шейін": Q.UP_TO},
}  # fmt: skip
# The noun may be any but a month: "27 қыркүйекке дейін" is a date, not "up to 27".
# "1,2 млн-нан астам": an abbreviation takes its case ending after a hyphen.
_KAZAKH_DECLINED = (
    r"(?:\s+(?!қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша"
    r"|желтоқсан)"
    # Not another number's word: "екі бағытта жүзге жуық" is almost a hundred, not two.
    r"(?!(?:жүз|мың|миллион|миллиард|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма"
    r"|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан)(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)\b)"
    r"\w+(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)"
    r"|-(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке))?"
)
_PERCENT = (
    r"%|per\s?cent\b|percent\b|pct\b|процент\w*|проц\.|відсот\w*|відс\.|пайыз\w*"
    # A share as a fraction: "two-thirds of", "три четверти", "дві третини".
    r"|thirds?\b|quarters?\b|fifths?\b|tenths?\b|трет(?:и|ей|ь)\b|четверт(?:и|ей|ь)\b"
    r"|третин\w*|чверт(?:і|ей|ь)\b"
    # "nine in ten", "девять из десяти", "дев'ять із десяти": the part, its whole after it.
    r"|(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?![.,]?\d|\s*(?:days?|weeks?|months?|years?|hours?|minutes?|[-–]))"
    r"|(?:из|із|з)\s+(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|двох|"
    r"трьох|чотирьох|п'яти|дев'яти)(?!\w)"
    # Kazakh's "оннан тоғызы" (nine of ten): the whole, then the part of it.
    r"|(?:(?<=нан)|(?<=нен)|(?<=дан)|(?<=ден)|(?<=тан)|(?<=тен)|нан|нен|дан|ден|тан|тен)\s+"
    r"(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)\w*"
)
# Every currency sign ("₱150,000", "₦2m", "₺500"): Unicode's currency block, and the older ones.
_CURRENCY_SIGNS = "$£¥\u20a0-\u20cf"
_MONEY = (
    rf"[{_CURRENCY_SIGNS}]|(?:us )?dollars?\b|euros?\b|pounds?\b|r(?:o)?ubles?\b|tenge\b"
    r"|hryvni?as?\b"
    r"|(?:usd|eur|kzt|rub|uah|gbp)\b|доллар\w*|долар\w*|долл\.|евро\b|євро\b|еуро\w*|фунт\w*"
    r"|рубл\w*|руб\.|гривн\w*|гривен\w*|грн\b\.?|тенге\w*|теңге\w*|тг\b\.?|сом(?:а|ов)?\b"
    # Other countries' money an article about them names: "500 тыс. рупий", "200,000 riel".
    r"|rupees?\b|rs\b\.?|₹|rupiah\b|riels?\b|rials?\b|riyals?\b|lira\b|liras\b|pesos?\b|reais\b"
    r"|reals?\b|yuan\b|yen\b|won\b|zlotys?\b|forints?\b|lari\b|drams?\b|manats?\b"
    r"|somoni\b|sums?\b|dinars?\b|dirhams?\b|shillings?\b|rand\b|nairas?\b|cedis?\b"
    r"|рупи\w*|рупі\w*|риал\w*|ріал\w*|риял\w*|лир[аыу]?\b|лір[аиу]?\b|песо\b|реал\w*"
    r"|юан\w*|иен\b|йен\w*|єн\b|вон\b|злот\w*|форинт\w*|лари\b|драм\w*|манат\w*"
    r"|сомони\b|сум(?:а|ов|ів)?\b|сум(?:нан|ға|га|ды|ы|ын)\b|сом(?:нан|ға|га|ды)\b|динар\w*|дирхам\w*|шиллинг\w*|шилінг\w*|рэнд\w*|ранд\w*"
    r"|kron(?:a|e|er|or|ur)\b|shekels?\b|lei\b|leva?\b|крон\w*|шекел\w*|лей\b|лев(?:а|ов)?\b"
    r"|birr\b|kwacha\b|leones?\b|(?:cfa\s+)?francs?\b|taka\b|kyats?\b|baht\b|ringgits?\b"
    # "бирр", not "бир": Kazakh "бір" (one) folds to it.
    r"|afghanis?\b|pula\b|dalasis?\b|kip\b|dong\b|tugriks?\b|франк\w*|бирр\w*|така\b"
    r"|бат(?:ов)?\b|ринггит\w*|афгани\b|тугрик\w*|төгрөг\w*"
)
# The English names of every currency in use, singular and plural (CLDR's, through Babel's
# get_currency_name for each territory's currencies; a test keeps the two in step), and the
# Spanish plurals English news borrows. Not "mark": "passed the 100,000 mark".
CURRENCY_WORDS = frozenset(
    (
        "afghani", "afghanis", "ariaries", "ariary", "baht", "balboa", "balboas", "birr", "birrs",
        "boliviano", "bolivianos", "bolívar", "bolívars", "cedi", "cedis", "colón", "colóns",
        "córdoba", "córdobas", "dalasi", "dalasis", "denar", "denari", "dinar", "dinars",
        "dirham", "dirhams", "dobra", "dobras", "dollar", "dollars", "dong", "dram", "drams",
        "emalangeni", "escudo", "escudos", "euro", "euros", "florin", "forint", "forints",
        "franc", "francs", "gourde", "gourdes", "guarani", "guaranis", "guilder", "guilders",
        "hryvnia", "hryvnias", "kina", "kip", "kips", "koruna", "korunas", "krona", "krone",
        "kroner", "kronor", "króna", "krónur", "kwacha", "kwachas", "kwanza", "kwanzas", "kyat",
        "kyats", "lari", "laris", "lei", "lek", "lekë", "lempira", "lempiras", "leone", "leones",
        "leu", "lev", "leva", "lilangeni", "lira", "loti", "lotis", "manat", "manats", "metical",
        "meticals", "naira", "nairas", "nakfa", "nakfas", "ngultrum", "ngultrums", "ouguiya",
        "ouguiyas", "pataca", "patacas", "paʻanga", "peso", "pesos", "pound", "pounds", "pula",
        "pulas", "quetzal", "quetzals", "rand", "real", "reals", "rial", "rials", "riel", "riels",
        "ringgit", "ringgits", "riyal", "riyals", "ruble", "rubles", "rufiyaa", "rufiyaas",
        "rupee", "rupees", "rupiah", "rupiahs", "shekel", "shekels", "shilling", "shillings",
        "sol", "soles", "som", "somoni", "somonis", "soms", "taka", "takas", "tala", "tenge",
        "tenges", "tugrik", "tugriks", "vatu", "vatus", "won", "yen", "yuan", "zloty", "zlotys",
        "quetzales", "colones", "bolívares"
    )
)  # fmt: skip


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_MONEY += (
    "|(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(CURRENCY_WORDS | {_unaccented(w) for w in CURRENCY_WORDS}, key=len)[
            ::-1
        ]
    )
    + r")(?![\w'])"
)
# A money's country before it: "160 данських крон", "500 шведских крон", "200 Danish kroner".
_MONEY_OF = r"(?:[^\W\d_]+(?:ских|ських|ск(?:ие|і)|ish|ian|ese)\s+)?"
_MEASURE = (
    r"km\b|m\b|м\b|kilomet(?:re|er)s?\b|miles?\b|met(?:re|er)s?\b|kg\b|kilo(?:gram)?s?\b|tonnes?\b"
    r"|tons?\b|hectares?\b|lit(?:re|er)s?\b|sq\.?\s?km\b|km²|years?(?: old|-old)?\b|months?\b"
    r"|weeks?\b|days?\b|hours?\b|minutes?\b|o['’]clock\b|percentage points?\b|directions?\b"
    # A time of day: "as of 10 a.m.", "на 10 утра", "станом на 10 ранку".
    r"|[ap]\.\s?m\.|[ap]m\b|утра\b|вечера\b|ночи\b|ранку\b|вечора\b|ночі\b"
    r"|ways\b"
    r"|направлени\w*|напрям\w*|бағыт\w*"
    r"|км\b|километр\w*|миль?\b|метр\w*|кг\b|килограмм\w*|тонн\w*|гектар\w*|литр\w*|лет\b"
    r"|летн\w*|год(?:а|у|ом|ами|ах)?\b|месяц\w*|месячн\w*|недел\w*|дн(?:ей|я|ям|ями|ях)\b"
    r"|день\b|дневн\w*|сут(?:ок|ки|кам|ках)\b|суточн\w*|час(?:а|ов|ам)?\b|минут\w*"
    r"|кілометр\w*|кілограм\w*|літр\w*|рок(?:и|ів|ами|ах|ам)\b|рік\b|річн\w*|місяц\w*"
    r"|місячн\w*|тиж(?:день|ня|ні|нів|нях|нями)\b|дн(?:і|ів)\b|денн\w*|доб(?:а|и|у|ою)\b|діб\b"
    r"|годин\w*|хвилин\w*"
    r"|шақырым\w*|тонна\w*|жыл\w*|жас\w*|ай(?:да|дан|ға|лық\w*)?\b|апта\w*"
    r"|күн(?!іне|\s+сайын)\w*|сағат\w*"
    # Land, and how many times more: "2,000 acres", "в 3 раза", "екі есе". Things counted
    # (vehicles, flights, beds) are the "not_people" cue's (bot.ingest.cues).
    r"|acres?\b|square (?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b|sq\.? ?mi\b|times\b"
    # "crossed between the two countries": places counted, not people.
    r"|countries\b|islands\b|nations\b|стран(?:ы|ами|ах|ам)?\b|країн(?:и|ами|ах|ам)?\b"
    r"|раза?\b|разів\b|рази\b|есе(?:ден|дей|ге|лік)?\b"
    # A stretch of time with a word for which before its unit: "the four Easter days", "four
    # consecutive days", "за три літні місяці", "за чотири великодні дні", "три праздничных
    # дня" (an adjective's ending, or a word of which days in English).
    r"|(?:easter|christmas|eid|ramadan|nowruz|passover|sukkot|diwali|holiday|festive|summer|"
    r"winter|spring|autumn|working|school|consecutive|straight|peak|busiest)\s+"
    r"(?:days|weeks|months|nights|weekends)\b"
    r"|[а-яёіїєґ]+(?:ні|ні|ие|ые|их|іх|ых|ого|ього)\s+(?:дн(?:і|ів|ей|я)|місяц(?:і|ів)|"
    r"месяц(?:а|ев)|тиж(?:ні|нів)|недел(?:и|ь)|вихідн\w*|выходн\w*|сут(?:ок|ки)|діб|доби)\b"
)
# "five and a half weeks", "полтора"-like halves between the number and its unit.
_HALF = r"(?:\s+(?:and a half|с половиной|з половиною|із половиною|жарым))?"
# "10 тысяч неделей ранее" is 10,000 a week earlier ("2 700 годом ранее" a year earlier): a
# week's instrumental then "earlier" measures no figure.
_EARLIER_BY = (
    r"(?!(?:неделей|месяцем|дн[её]м|тижнем|місяцем|днем|годом|роком)\s+"
    r"(?:ранее|раньше|раніше|пізніше|позже|спустя))"
)
_UNIT = (
    rf"{_HALF}[\s-]*(?:(?P<percent>{_PERCENT})|(?P<money>{_MONEY_OF}(?:{_MONEY}))|"
    rf"{_EARLIER_BY}(?P<measure>{_MEASURE}))"
)
# "one in five", "каждый пятый": a share, the number after "in" its whole.
_SHARE_BEFORE = (
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out of)\s*|"
    # "девять из десяти", "дев'ять із десяти": a part in words, then its whole.
    r"(?<!\w)(?:один|одна|два|две|дві|три|четыре|чотири|пять|п'ять|шесть|шість|семь|сім|"
    r"восемь|вісім|девять|дев'ять)\s+(?:из|з|із)\s*)\Z"
)
_MEASURE_BEFORE = (
    # "(?<!\w)": not the "age of" in "an average of 15,600 people a day".
    r"(?:(?<!\w)aged|(?<!\w)ages|(?<!\w)age of|в возрасте(?: от)?|возрастом(?: от)?"
    r"|у віці(?: від)?|в віці(?: від)?"
    r"|віком(?: від)?|сағат"
    # "men under 30", "children under 14", "women over 50": an age, no count (other languages
    # write the years after it: "младше 30 лет", "до 35 років", "35 жасқа дейінгі").
    r"|\b(?:men|women|children|boys|girls|people|adults|males|females|minors|teenagers|those"
    r"|travellers|travelers|migrants|refugees|applicants)\s+(?:aged\s+)?(?:under|over|below"
    r"|above|younger\s+than|older\s+than))\s*\Z"
)
_YEAR_AFTER = {
    # "2024 финансовом году", "2024 фінансового року", "2024 қаржы жылында": a fiscal year.
    "ru": r"[\s-]*(?:(?:финансов\w*|бюджетн\w*|учебн\w*)\s+)?(?:год(?:а|у|ом|ах|ами)?\b|гг?\.)",
    "uk": r"[\s-]*(?:(?:фінансов\w*|бюджетн\w*|навчальн\w*)\s+)?"
    r"(?:р(?:ік|оку|оці|оком|оках|оками|оки)\b|рр?\.)",
    "kk": r"[\s-]*(?:(?:каржы|оку)\s+)?(?:жыл\w*|ж\.)",
}
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*|січ\w*|лют\w*|берез\w*|квіт\w*|трав\w*|черв\w*|лип\w*"
    r"|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*|қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*"
    r"|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|қараша\w*|желтоқсан\w*)"
    r"\.?,?\s*\Z"
)
# A rate: the figure it goes with is found by ``bot.ingest.figures`` (the nearest in its clause).
_PER_DAY = {
    "en": r"(?<!in\s)(?:a|per|each|every) day(?! later| after| before| earlier| of| when| that"
    r"| or two)|daily|on an? (?:ordinary|normal|typical|average|usual|busy|peak) day"
    r"|on (?:ordinary|normal|typical|busy|peak) days",
    # "в день выборов" is a day; "в день пересекают", "в день прибывали" a rate.
    "ru": r"в сутки|в день(?=\s*(?:[,.;:!?)]|\Z|в среднем|и |а |\w+(?:ют|ят|ут|ёт|ет|ит|ли|ло|ла"
    r"|ются|ятся|утся|ется|ится|лся|лась|лись)(?!\w)))|ежедневно|ежесуточно"
    r"|каждый день|каждые сутки|в обычный день|в обычные дни|в пиковые дни|в пиковый день"
    # "в среднем за сутки пересекали 350": on an average day, not over the last one.
    r"|в среднем за сутки|за сутки в среднем",
    "uk": r"на добу|на день|щодня|щодоби|щоденно|кожного дня|кожен день|кожної доби"
    r"|(?:в|у) середньому за добу|за добу (?:в|у) середньому"
    r"|у звичайний день|у звичайні дні|у пікові дні|в пікові дні|у піковий день",
    "kk": r"тәулігіне|күніне|күн сайын|тәулік сайын|әдеттегі күні|қарбалас күндері",
}
# A range opens with "from", "between", "от", "від", "з"; "rose from 5,000 to 6,000" is a
# change between two figures, not a range.
_OPENER = r"(?<![\w'])(from|between|от|від|з|із)\s*\Z"
# Russian and Ukrainian verbs of a flow's change.
_SLAVIC_CHANGE = (
    r"вырос\w*|увеличил\w*|возрос\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*|зросл\w*"
    r"|зріс|збільшил\w*|зменшил\w*|скоротил\w*|знизил\w*|впал\w*"
)
_CHANGE = (
    r"(?<![\w'])(?:rose|risen|rising|increased|grew|grown|fell|fallen|dropped|declined|decreased"
    r"|jumped|climbed|soared|plunged|surged|went up|went down|up|down|" + _SLAVIC_CHANGE + r")"
    r"(?:\s+[\w']+)?\s+\S+\s*\Z"
)
# A verb of change right before "до": "сократилось до 5 тыс." fell to 5,000, not "up to".
_CHANGED_TO = (
    r"(?<![\w'])(?:" + _SLAVIC_CHANGE + r"|выросл\w*|опустил\w*|поднял\w*|піднял\w*|підвищил\w*"
    r"|повысил\w*)\s+\Z"
)
# The word joining a range's ends, and the openers it needs ("" for none).
RANGE_WORDS = {"to": {"from", ""}, "and": {"between"}, "до": {"от", "від", "з", "із"}}
# How far before a number a qualifier or a range's opener may start.
WINDOW = 48


@dataclass(frozen=True, slots=True)
class Phrases:
    """The compiled phrases of one language; ``after_words`` maps a phrase after a number to
    its qualifier."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    after_words: dict[str, Qualifier]
    unit: re.Pattern[str]
    money_before: re.Pattern[str]
    measure_before: re.Pattern[str]
    share_before: re.Pattern[str]
    year_after: re.Pattern[str] | None
    month_before: re.Pattern[str]
    per_day: re.Pattern[str]
    opener: re.Pattern[str]
    change: re.Pattern[str]
    changed_to: re.Pattern[str]


def _fold_kk(pattern: str, language: str) -> str:
    return kazakh_fold(pattern) if language == "kk" else pattern


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word).replace("\\ ", " ") for word in words)


@cache
def phrases(language: str) -> Phrases:
    """The phrases of ``language`` ("en", "ru", "uk" or "kk"), compiled once."""

    def compiled(pattern: str) -> re.Pattern[str]:
        return re.compile(_fold_kk(pattern, language).replace(" ", r"\s+"))

    before = "|".join(f"(?P<{q.value}>{words})" for q, words in _BEFORE[language].items())
    after_words = {_fold_kk(word, language): q for word, q in _AFTER[language].items()}
    after = _alternatives(sorted(after_words, key=len, reverse=True))
    # "200,000 people or more", "100 человек и более": a noun may come between.
    joined = _alternatives(
        [word for word in after_words if word.startswith(("or ", "and ", "и ", "і ", "й ", "та "))]
    )
    declined = _KAZAKH_DECLINED if language == "kk" else rf"(?:\s+[\w']+(?=\s+(?:{joined})))?"
    return Phrases(
        before=compiled(rf"(?<![\w'])(?:{before})\s*\Z"),
        after=compiled(rf"{declined}\s*({after})(?![\w'])"),
        after_words=after_words,
        unit=compiled(_UNIT),
        money_before=re.compile(rf"(?:us\$|[{_CURRENCY_SIGNS}]|usd|eur|kzt|rub|uah|\brs\.?)\s?\Z"),
        measure_before=compiled(_MEASURE_BEFORE),
        share_before=compiled(_SHARE_BEFORE),
        year_after=compiled(_YEAR_AFTER[language]) if language in _YEAR_AFTER else None,
        month_before=compiled(rf"(?<!\w){_MONTHS}"),
        per_day=compiled(rf"(?<![\w'])(?:{_PER_DAY[language]})(?![\w'])"),
        opener=compiled(_OPENER),
        change=compiled(_CHANGE),
        changed_to=compiled(_CHANGED_TO),
    )
