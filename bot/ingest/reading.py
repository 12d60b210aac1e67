"""An article's text → the figures a curator would take from it, each with the sentence it is in.

Sentence by sentence: the figures (``figures``), the dates (``periods``), who said it
(``attribution``) and the words around each figure (``clauses``) decide what a figure counts,
between which countries, over which period. A figure the text denies, a share, a sum of money,
a stock of people or a number nothing counts is left out, with the reason, never proposed. A
figure that is not in the text cannot be proposed: every candidate is read from its sentence.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Protocol

from bot.ingest.added_metrics import added_metric
from bot.ingest.article_context import ArticleContext
from bot.ingest.attribution import Attribution, attribute
from bot.ingest.border_posts import put_through_a_post
from bot.ingest.candidates import Candidate, Evidence, LeftOut, Reading
from bot.ingest.clauses import MOVE_CUES, SentenceWords, read_words
from bot.ingest.compared_periods import compared_period
from bot.ingest.corridor import HOMEWARD_WORDS, along_the_corridor
from bot.ingest.counted import PEOPLE, counted_words
from bot.ingest.denied_before import back_reference
from bot.ingest.differences import a_difference
from bot.ingest.figure_scope import aside_before, clause, nearest_date, said_aside, scope
from bot.ingest.figures import FoundFigure, find_figures
from bot.ingest.fiscal_candidates import in_its_fiscal_year
from bot.ingest.flow_places import (
    from_abroad,
    holds_a_place,
    into_the_country,
    left_the_country,
    own_country_origin,
    roles_of,
    settle_places,
)
from bot.ingest.forecasts import foreseen
from bot.ingest.header import dateline_end
from bot.ingest.metrics import choose_metric
from bot.ingest.periods import FoundDate, find_dates
from bot.ingest.refusals import (
    STOPPED,
    TRYING_TO_GO,
    attempted,
    foreigners_said,
    guards_of,
    kept_from_leaving,
    kept_out,
    kept_out_for_papers,
    let_in_said,
    not_let_into,
    out_said,
    refusal,
    trying_into,
    turned_away_at,
    turned_away_by,
    turned_back_unadmitted,
)
from bot.ingest.repeats import without_repeats
from bot.ingest.report_days import from_report_day, kazakh_report_day, report_day, said_over
from bot.ingest.reporting import relay_clause_at
from bot.ingest.respectively import each_its_own
from bot.ingest.restatements import (
    counted_again,
    kind_said_again,
    restates,
    same_kind,
    tells_exactly,
)
from bot.ingest.running_totals import running_total
from bot.ingest.second_sources import second_source
from bot.ingest.sentences import Sentence, body_start, split_sentences
from bot.ingest.speaker_names import is_org_word, words_of
from bot.ingest.turned_down import claims_turned_down, turned_down_after
from bot.language.countries import country_code, sovereign
from bot.language.lemmas import morph
from bot.language.places import Place
from bot.language.text import kazakh_fold
from bot.language.tokens import Token
from storage.metrics import Direction, Vocabulary, vocabulary
from storage.models import Figure, Qualifier

__all__ = ["Candidate", "Evidence", "LeftOut", "Reading", "read_article"]

# A war or crisis beginning, told with its day: "Fighting broke out on 15 April 2023".
_BROKE_OUT = re.compile(
    r"(?i)"
    # "у Хартумі спалахнули бої", "вспыхнули бои": fighting flared up.
    r"(?:спалахнул[аи]|вспыхнул[аи])\s+(?:\S+\s+){0,2}?(?:бої|війна|бои|война)"
    r"|(?:бої|війна|бои|война)(?:\s+\S+){0,4}?\s+(?:спалахнул[аи]|вспыхнул[аи])"
    # "Fighting between ... broke out on", "the war began on".
    r"|\b(?:war|fighting|conflict|clashes|invasion|crisis|escalation|offensive|operation|"
    r"strikes|airstrikes|bombardment)\b[^.]{0,80}?"
    r"\b(?:broke\s+out|began|started|erupted)\b"
    r"|\b(?:broke\s+out|began|started|erupted)\b[^.]{0,20}?\b(?:war|fighting|conflict|clashes)\b"
    # "Война в Судане началась", "Війна в Судані почалася", "соғыс ... басталды".
    r"|(?:война|боевые\s+действия|конфликт|вторжение|эскалация|наступление|операция|"
    r"удары|обстрелы|бомбардировки)(?:\s+\S+){0,3}?\s+(?:на|раз)?чал(?:ась|ись|ся|ось)"
    r"|(?:на|раз)?чал(?:ась|ись|ся|ось)\s+(?:война|боевые|конфликт|вторжение)"
    r"|(?:війна|бойові\s+дії|конфлікт|вторгнення|ескалація|наступ|операція|удари|обстріли)"
    r"(?:\s+\S+){0,3}?\s+(?:по|роз)?чал(?:ася|ися|ося|ся)"
    r"|(?:по|роз)?чал(?:ася|ися|ося)\s+(?:війна|бойові|конфлікт|вторгнення)"
    # "Соғыс 2023 жылғы 15 сәуірде басталды": the day's four words between.
    r"|(?:соғыс|қақтығыс|операция|шабуыл)\w*\s+(?:\S+\s+){0,5}?басталды"
    # "Azerbaijan launched a military operation", "розпочав воєнну операцію": someone began it.
    r"|\b(?:launched|began|started|розпочав|розпочала|розпочали|почав|почала|почали|"
    r"начал|начала|начали)\s+(?:\S+\s+){0,2}?(?:(?:military\s+)?(?:operation|offensive|"
    r"invasion|war)\b|операці[юї]|наступ\b|війну|вторгнення|операци[юи]|наступление|войну|"
    r"вторжение)"
    r"|(?:операция|шабуыл|соғыс)\w*\s+(?:\S+\s+){0,2}?бастады"
    # "де з 15 квітня 2023 року тривають бої", "fighting has raged since": still going on.
    r"|\b(?:тривають|тривали|триває|йдуть|идут|продолжаются|продолжается|идёт|идет)\s+"
    r"(?:\S+\s+){0,1}?(?:бої|війна|бойові|бои|война|боевые)"
    r"|\b(?:fighting|war|clashes)\s+(?:has|have)\s+(?:raged|continued|gone\s+on)"
)
# Stretches of the calendar, whose start is no event: "since the start of the year".
_CALENDAR = (
    r"(?:year|month|week|quarter|season|summer|winter|spring|autumn|decade|day|school|"
    r"academic|fiscal|financial|holiday|holidays)\b"
)
# "Since the start of the war", with no day: the day the article says it began.
_SINCE_THE_START = re.compile(
    r"\b(?:since the (?:start|beginning|outbreak) of the (?:full-scale |russian )?(?:war|"
    r"conflict|fighting|invasion|"
    r"mobilisation|mobilization|crisis|evacuation|airlift|escalation|offensive|operation)|"
    r"since the (?:\w+ )?(?:war|conflict|"
    r"fighting|invasion|evacuation) (?:began|started|broke out)|since the (?:full-scale |"
    r"russian )?invasion\b|"
    # "since the start of the tournament": any event the article dated before, not a stretch
    # of the calendar.
    r"since the (?:start|beginning|opening|launch) of the (?!" + _CALENDAR + r")[a-z-]+\b|"
    r"с начала (?:полномасштабного |полномасштабной )?(?:войны|конфликта|боевых действий|"
    r"вторжения|мобилизации|эвакуации|эскалации|операции|наступления|ударов|обстрелов)|"
    r"(?:від|з) початку (?:повномасштабного )?(?:війни|вторгнення|конфлікту|мобілізації|"
    r"евакуації|ескалації|операції|наступу|ударів|обстрілів)|"
    r"(?:соғыс|жұмылдыру|қақтығыс|эвакуация|операция|шабуыл)\w* "
    r"(?:басталғаннан|басталғалы) бер(?:і|гі)|"
    # "Відтоді як почалася війна", "с тех пор как началась война": since it began.
    r"(?:відтоді,? як|відколи) (?:по|роз)?чал(?:ася|ися|ось) (?:повномасштабна |велика )?"
    r"(?:війна|вторгнення|бойові дії)|"
    r"с тех пор,? как (?:на|раз)?чал(?:ась|ись|ось) (?:полномасштабная )?(?:война|вторжение|"
    r"боевые действия))",
    re.IGNORECASE,
)
# Russia's full-scale invasion of Ukraine, which articles name without its day.
_FULL_SCALE = re.compile(
    r"(?i)(?:повномасштабного вторгнення|повномасштабної війни|повномасштабної агресії|"
    r"полномасштабного вторжения|полномасштабной войны|full-scale invasion|"
    r"(?:russia['’]s|russian) invasion of ukraine|толық ауқымды басып кіру"
    # Ukrainian news since 2022 says "the war" for the full-scale one.
    r"|(?:з|від) початку (?:великої )?війни"
    # "від початку вторгнення", "с начала вторжения": the invasion, in Ukrainian news.
    r"|(?:з|від) початку (?:російського )?вторгнення|с начала (?:российского )?вторжения"
    r"|(?:відтоді,? як|відколи) (?:по|роз)?чалася (?:повномасштабна |велика )?війна)"
)
_FULL_SCALE_BEGAN = date(2022, 2, 24)
_INVASION_DAYS = frozenset({None, _FULL_SCALE_BEGAN, _FULL_SCALE_BEGAN.replace(day=1)})
# "since fighting between M23 and the army resumed on": a day after it opens a period.
_SINCE_AN_EVENT = re.compile(
    r"\b(?:since|с тех пор как|с момента|відколи|з моменту)\s+(?:[^\W\d][\w'’-]*\s+){1,16}"
    # "since fighting resumed on 28 March", "Since Brazil began issuing visas in September".
    r"(?:on|in|в|у|во)?\s*$",
    re.IGNORECASE,
)
# "Since Russia's full-scale invasion (in February 2022)", "since the full-scale invasion".
_SINCE_THE_INVASION = re.compile(
    r"(?i)\bsince\s+(?:russia['’]s\s+|the\s+)(?:full[- ]scale\s+)(?:russian\s+)?"
    r"(?:invasion|war)(?:\s+of\s+ukraine)?"
)
# "Kazakhstan, a country of 19 million people", "home to some 2 million": how many live there.
_A_PLACE_OF = re.compile(
    r"(?i)(?:\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:country|nation|city|town|state|island|region|"
    r"province|kingdom)\s+of|\bhome\s+to)\s+(?:(?:some|about|around|nearly|almost|over|"
    r"more\s+than|roughly)\s+)?$"
)
# "in the week to May 12", "the seven days ending on Sunday": the days that end on the day
# named. (Russian "за неделю до 12 мая" may as well be a week before it: not read so.)
_DAYS_ENDING = re.compile(
    r"(?i)\b(?:(?P<week>week)|(?P<days>seven|\d{1,2})\s+days)\s+"
    r"(?:to|ending(?:\s+on)?|through|up\s+to)\s*$"
)
# "Від початку повномасштабного вторгнення Росії 24 лютого 2022 року": since that day.
_SINCE_THE_START_ON = re.compile(
    "(?:" + _SINCE_THE_START.pattern + r")(?:\s+[^\W\d][\w'’-]*){0,4}\s*(?:on|в|у)?\s*$",
    re.IGNORECASE,
)
# Kazakh says it after the day: "15 сәуірде қақтығыс басталғаннан бері" (since the fighting
# began on 15 April).
_KAZAKH_SINCE_AN_EVENT = re.compile(
    r"\s+(?:[^\W\d][\w-]*\s+){0,5}[^\W\d]+(?:ған|ген|қан|кен)(?:нан|нен|дан|ден)\s+бері\b"
    # "6 ақпандағы жер сілкінісінен кейін": after the day's event, up to the report.
    r"|^\s+(?:[^\W\d][\w-]*\s+){0,3}[^\W\d]+(?:нан|нен|дан|ден|тан|тен)\s+(?:кейін|бері)\b",
    re.IGNORECASE,
)
_THAN = re.compile(
    r"(?:\bthan|\bчем|\bніж|compared (?:with|to)|по сравнению с|порівняно з|в сравнении с)"
    r"\s+(?:[^\W\d]+\s+){0,2}$",
    re.IGNORECASE,
)
# "of the January applications", "of last year's arrivals": the whole before, by what it
# counted.
_OF_THE = r"of\s+(?:the|these|those|[\w'’]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
_OF_THE_COUNTED = (
    _OF_THE + r"(?:applications|claims|requests|applicants|arrivals|departures|deportees|"
    r"returnees|removals|crossings|entries)"
)
# Applications turned down: "rejected", "отклонены", "відхилено", "қабылданбады". Not the
# people so named ("deported 164 rejected asylum seekers"), nor refused entry.
_TURNED_DOWN = re.compile(
    r"(?i)\b(?<!those\s)(?<!these\s)(?:(?:rejected|refused|dismissed|turned\s+down)\b"
    r"(?!\s+(?:asylum[\s-]+seekers?|applicants|claimants))|denied\s+(?:asylum|protection|refugee)|"
    r"отклон\w*|отказал\w*\s+в\s+(?:убежищ|предоставлени|статус|защит)\w*|"
    r"отказано\s+в\s+(?:убежищ|предоставлени|статус|защит)\w*|получил\w*\s+отказ|"
    r"відхил\w*|відмовил\w*\s+(?:у|в)\s+(?:притулк|наданн|статус|захист)\w*|"
    r"відмовлено\s+(?:у|в)\s+(?:притулк|наданн|статус|захист)\w*|отримал\w*\s+відмов\w*|"
    r"қабылданбады|қабылдамады|бас\s+тарт(?:ты|ылды))"
)
# Waiting to move: "waiting on the coast to make the journey", "massed at the border to
# cross", "ждут возможности пересечь", "чекають, щоб перетнути", "өтуді күтіп".
_WAITING_TO_GO = re.compile(
    r"(?i)(?<!\w)(?:(?:waiting|queuing|queueing|massing|massed|gathered|camped)\s+(?:[\w,'’-]+\s+)"
    r"{0,6}?(?:to|for\s+a\s+chance\s+to)\s+(?:cross|make|enter|reach|leave|board|travel|go|get)"
    r"|(?:ожида\w*|жд[уёе]\w*|чека\w*|очіку\w*)\s+(?:[\w,-]+\s+){0,4}?(?:чтобы|щоб|"
    r"возможност\w*|можливост\w*|очеред\w*|черг\w*)"
    r"|(?:өтуді|кіруді|шығуды)\s+күт\w*)(?!\w)"
)
# People named as having applied, and the verbs that tell that they did.
_APPLICANTS = re.compile(
    r"(?i)(?<!\w)(?:applicants|claimants|заявител\w*|заявник\w*|өтініш\s+берушіл\w*)(?!\w)"
)
_APPLIED_VERB = re.compile(
    r"(?i)(?<!\w)(?:appl(?:y|ied|ying)|lodged|filed|sought|подал\w*|обратил\w*|"
    r"звернул\w*|тапсырды|берді)(?!\w)"
)
# An average told before its figure, in its part of the sentence: "an average of 15,600 people
# a day", "в среднем проходят 350 человек", "crossings averaged 350 a day" (a qualifier of its
# own wins: "орта есеппен 12 мыңға жуық" is almost 12,000).
_ON_AVERAGE = re.compile(
    r"(?i)(?<!\w)(?:on\s+average|averaged?|averaging|в\s+среднем|в\s+середньому|у\s+середньому|"
    r"орта\s+есеппен|орташа)(?!\w)"
)
# People who lost a status or a permit: "втратили — 38 тисяч, переважно через виїзд", "lost
# their protection status": a register's loss, whatever made them lose it, no move counted.
_LOST_STATUS = re.compile(
    r"(?i)\b(?:lost\s+(?:their\s+|the\s+|this\s+)?(?:\w+\s+)?(?:status|protection|permits?)"
    r"|lost\s+it|stripped\s+of)\b|(?<!\w)(?:утратил\w*|потерял\w*\s+статус\w*|лишил\w*\s+статус\w*|"
    r"лишен\w*\s+статус\w*|втратил\w*|позбавлен\w*\s+статус\w*|мәртебесінен\s+айырыл\w*|"
    r"мәртебесін\s+жоғалт\w*)"
)
# "2,000 of the arrivals": the whole, by what it counted, right after a part's figure.
_OF_THE_COUNTED_AFTER = re.compile(r"(?i)\s+" + _OF_THE_COUNTED + r"\b")
# "1,020 of the claims": a part of the papers counted before, told after its figure.
_OF_THE_PAPERS = _OF_THE + r"(?:applications|claims|requests)"
# Words that make a figure a part of the one before: "of them", "олардың", "из них".
_SUBSET = re.compile(
    r"\b(?:of them|of whom|of those|of these|among them|among those|including|"
    + _OF_THE_COUNTED
    + r"|из них|"
    r"в том числе|среди них|з них|із них|з-поміж них|серед них|у тому числі|в тому числі|"
    r"олардың|оның ішінде|соның ішінде|"
    # "120 мың адам кірген. Оның 95 мыңнан астамы": "its", of a count, right before a figure
    # (searched up to the figure).
    r"оның(?=\s*$)|"
    # "Sri Lankans filed the largest number, 2,180", "Больше всего ходатайств — 2 146 — подали":
    # the largest part of the whole before.
    r"the largest (?:number|group|share)|(?:больше|более) всего (?:заявлений|ходатайств)|"
    r"найбільше (?:заяв|клопотань)|ең көп өтініш\w*|өтініш берушілердің ең көбі)\b",
    re.IGNORECASE,
)
# "Most came through the Siret crossing, about 28,000", "Найбільше людей прибуло через Сірет —
# близько 28 тисяч": the largest part of the whole before, by where it crossed (not "Больше
# всего людей пришлось на первые дни: ... до 7 тыс. в сутки", a day's rate told after a colon).
_LARGEST_PART = re.compile(
    r"(?i)(?<!\w)(?:the most|most (?:came|crossed|arrived|entered|left|went)|the busiest "
    r"(?:crossing|checkpoint|border post|point)|(?:больше|более) всего(?: \w+)?|"
    r"найбільше(?: \w+)?|ең көбі|ең көп|"
    # "Большинство выдворенных — граждане Узбекистана (около 19 тыс.)": most of those counted.
    r"the majority of|most of (?:them|those|the)|большинство|більшість|көпшілігі)(?!\w)"
    # Up to the figure, within its sentence (a quotation read as one holds several).
    r"(?:(?![.!?]\s+[«\"“]?[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ])[^:])*$"
)
# "Of the 17,000, ...", "Из этих 17 тысяч", "З цих 17 тисяч", "Осы 17 мыңның": the words
# that say a whole again, right before its figure.
_OF_THESE = (
    r"(?:of\s+(?:the|these|those|this|that)|из\s+(?:этих|тех|указанных)|"
    r"(?:з|із)\s+(?:цих|тих|зазначених)|осы)"
)
# "Of the 17,000, 1,800 arrived", "Из этих 17 тысяч 1 800 прибыли", "Осы 17 мыңның 1 800-і":
# the whole said again right before its part.
_WHOLE_AGAIN = re.compile(
    r"(?i)(?<!\w)" + _OF_THESE + r"\s+\d[\d\s,.]*?"
    r"(?:\s*(?:thousand|million|тысяч\w*|тыс\.|тисяч\w*|тис\.|мың\w*))?[\s,]*$"
)
# "..., 17,600 of them in the past week": a part named after its figure.
_SUBSET_AFTER = re.compile(
    r"\s*(?:of them|of whom|of those|"
    + _OF_THE_PAPERS
    + r"|из них|из которых|з них|із них|з яких|олардың)\b",
    re.IGNORECASE,
)
# Where one clause ends and the next, with its own verb, begins: "..., and dismissed".
_NEXT_CLAUSE = re.compile(
    r"(?i)(?:[,;]\s*(?:and|but|while|а|и|но|однако|і|та|але|проте|ал|бірақ)\s|;\s)"
    # "denied that 10,000 had left but confirmed 4,000 departures": what it does say.
    r"|\s(?:but|но|однако|але|проте|бірақ|алайда|вместе\s+с\s+тем|при\s+этом|водночас|"
    r"разом\s+з\s+тим|at\s+the\s+same\s+time|however),?\s+(?:[^\W\d]+\s+)?(?:confirm|acknowledg|"
    r"admitt|подтверд|признал|признав|підтверд|визнал|визнав|раста|мойында)\w*"
    # "отверг данные о «тысячах депортированных» и заявил, что ... 303": what it does say.
    r"|\s(?:and|и|і|та)\s+(?:said|added|stated|заявил\w*|сказал\w*|добавил\w*|уточнил\w*|"
    r"отметил\w*|заявив\w*|сказав\w*|додав\w*|уточнив\w*|зазначив\w*)(?!\w)"
    # A quotation of two sentences is read as one; the second is a clause of its own.
    r"|[a-zа-яёіїєґәғқңөұүһ]{2}[.!?]\s+(?-i:[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ])"
)
# "... and denied that", "... и опроверг", "... і заперечив": a verb of denial joined to the
# verb before it, its object after it.
_AND_DENYING = re.compile(
    r"(?i)\s(?:and|и|і|та|әрі)\s+(?:(?:later|also|then|тоже|также|також)\s+)?"
    r"(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|опроверг\w*|"
    r"отверг\w*|отрица\w*|спростува\w*|спростову\w*|запереч\w*|відкину\w*|відкида\w*)(?!\w)"
)
# Where a "most of them" aside ends: the clause's next mark ("большинство из них — в
# Гватемалу": a dash inside it is no end).
_PART_END = re.compile(r"[,;:()]")
_MOST_OF_THEM = re.compile(
    r"(?i)(?<!\w)(?:most(?:ly| of them| of whom)|mainly|largely|the majority|many of them|"
    r"among them|including|среди них|в том числе|серед них|у тому числі|в тому числі|"
    r"олардың ішінде|оның ішінде|followed by|ahead of|за ними следуют|за ними йдуть|"
    r"большинство|в основном|преимущественно|главным образом|більшість|переважно|здебільшого|"
    r"в основному|олардың көбі|көпшілігі|негізінен"
    # "60% of them Hondurans", "половина из них", "дві третини з них": a share of them.
    r"|\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent|процент\w*|відсот\w*|пайыз\w*)\s+"
    r"(?:of\s+(?:them|whom)|из\s+них|з\s+них)"
    r"|(?:half|a\s+third|two[\s-]thirds|a\s+quarter)\s+of\s+(?:them|whom)"
    r"|половин\w*\s+из\s+них|половин\w*\s+з\s+них"
    # "из них около 70% — сирийцы", "of them, about 70% Syrians": the share told after.
    r"|(?:из\s+них|з\s+них|of\s+(?:them|whom))[,\s]+(?:\S+\s+){0,2}?\d+(?:[.,]\d+)?\s*"
    r"(?:%|per\s?cent|percent|процент\w*|відсот\w*))(?!\w)"
)
# Words for people that name no one in particular.
_ANYONE = frozenset({"people", "persons", "person", "человек", "людей", "люди", "лиц", "осіб",
                     "особи", "людина", "людини", "адам", "адамы"})  # fmt: skip
# "уақытша тіркеуде тұр": is registered, a state, not a registration.
_KAZAKH_REGISTERED = re.compile(r"тіркеуде|тиркеуде", re.IGNORECASE)
# "350 тисяч зареєстрованих біженців перебувають", "находятся 20 тысяч зарегистрированных":
# a participle before the people counted says what they are, not that anyone moved.
_REGISTERED_ATTRIBUTE = re.compile(
    r"(?:зарегистрированн|зареестрован|зареєстрован)(?:ый|ого|ому|ых|ые|ым|ыми|ая|ой|ую|ий|их|"
    r"і|и|им|ими|а|ої|у)|тиркелген"
)
# English writes the verb and the participle alike: "registered" describes the people only
# between a figure or an article and a noun ("350,000 registered refugees live there").
_ENGLISH_AUXILIARY = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got"}
)
_LINKS = frozenset(
    {"as", "in", "at", "on", "by", "with", "since", "for", "between", "from", "over", "last",
     "this", "the", "a", "an", "some", "about", "nearly", "almost", "more", "another"}
)  # fmt: skip
# "домой добрались 1 120", "on the way home": arriving home is returning.
_GONE_HOME = re.compile(
    r"(?<!\w)(?:домой|на родину|додому|на батьківщину|back home|went home|got home)(?!\w)",
    re.IGNORECASE,
)
_TRANSIT = re.compile(r"транзит|transit", re.IGNORECASE)
# A clause about the others after a figure's: "..., а решту — через пункти на кордоні з
# Молдовою", "..., and the rest via Moldova": their places are not the figure's.
_THE_REST_AFTER = re.compile(
    r"(?i)[,;]\s*(?:(?:а|и|і|та|and|while|ал)\s+)?(?:решт\w*|остальн\w*|прочи[ех]|"
    r"the\s+rest|the\s+others|others|the\s+remainder|қалған\w*)(?!\w)"
)
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+(?=[«\"“]?[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ])")


@lru_cache(maxsize=512)
def _the_one_country(name: str, language: str) -> str | None:
    """The one country a body's name or a post names ("Прикордонна служба Польщі"), if one;
    asked of every figure a body speaks for, so read once per name."""
    countries = set(read_words(name, language, line=False).peoples(0, len(name)))
    return countries.pop() if len(countries) == 1 else None


def _next_quoted_sentence(text: str, figure: FoundFigure) -> re.Match[str] | None:
    """Where a quotation read as one sentence starts its next sentence after the figure, if
    a quotation opens before the figure and goes on so."""
    if re.search(r"[«“\"]", text[: figure.start]) is None:
        return None
    return _INNER_SENTENCE_END.search(text, figure.end)


_KAZAKH_HOME = re.compile(r"(?<!\w)елге(?!\w)", re.IGNORECASE)
# "елге ... кірді": entered the country, whoever's it is ("кірді", "кірген", "кіріпті").
_KAZAKH_ENTERED_THE_COUNTRY = re.compile(
    r"(?i)(?<!\w)елге(?:\s+\S+){0,4}?\s+кір(?:ді|ген|іпті|еді)\w*"
)
_KAZAKH_POSSESSIVE = re.compile(r"(?:сы|си)$")
# Kazakh adjectives that may come between a figure and the thing it counts.
_KAZAKH_KINDS = frozenset({"арнайы", "тұрақты", "чартерлік", "әскери", "жаңа", "қосымша"})
# Cues of people who moved or applied: beside them "stay" words do not make a stock ("asylum
# seekers" alone name people, not an application: "Malawi hosts 52,000 asylum seekers").
_MOVED = frozenset(
    {"enter", "register", "return", "deport", "leave", "apply", "refuse_exit", "refuse_entry"}
)
# People counted on the move: "registered more than 11,300 Cubans entering the country".
_REGISTERED_MOVING = re.compile(
    r"(?i)\b(?:registered|recorded|counted|logged)\s+(?:[\w,.()-]+\s+){1,5}?"
    r"(?:entering|arriving|crossing|leaving|coming|departing)\b"
    # "1,950 people arriving on Samos from the Turkish coast were recorded by the coast guard".
    r"|\b(?:entering|arriving|crossing|leaving|coming|departing)\s+(?:[\w,.()-]+\s+){0,8}?"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:registered|recorded|counted|logged)\b"
    # "зарегистрировала 4 812 граждан Украины, незаконно пересекших границу", "зафіксувала
    # 300 осіб, які перетнули кордон": counted people who crossed, no one registered as
    # anything. (Not "вновь прибывших рохинджа": people who came, registered as such.)
    r"|(?<!\w)(?:зарегистрир|зафиксир|зареєстр|зафіксув)\w*\s+(?:\S+\s+){1,5}?\S+,\s*"
    r"(?:(?:незаконно|нелегально|\w+но)\s+)?(?:пересекш\w*|перешедш\w*|въехавш\w*|"
    r"прибывш\w*|покинувш\w*|выехавш\w*|(?:які|яка|що)\s+(?:\w+\s+)?(?:перетнул\w*|"
    r"перейшл\w*|в['’]їхал\w*|прибул\w*|виїхал\w*|залишил\w*))(?!\w)"
)
_STILL_REGISTERED = re.compile(
    r"(?i)\b(?:remain|remains|remained|are\s+still|were\s+still|still\s+are)\s+registered\b"
    r"|(?<!\w)(?:остаются|остаётся|остается|по-прежнему|до сих пор)\s+(?:\w+\s+)?зарегистрир"
    r"|(?<!\w)(?:залишаються|залишається|досі|і\s+досі)\s+(?:\w+\s+)?зареєстр"
    # "ще близько 10 тисяч осіб чекають на реєстрацію": not registered yet.
    r"|(?<!\w)(?:чекають|очікують|ждут|ожидают)\s+(?:на\s+)?(?:реєстрац|регистрац)\w*"
    r"|\b(?:waiting|wait|await|awaiting)\s+(?:to\s+be\s+registered|registration)\b"
)
# Refugees named right after people counted as they came: registered as refugees.
_REFUGEES = re.compile(r"(?i)(?<!\w)(?:refugee|беженц|біженц|босқын)\w*")
# Where an English sentence's own verb comes back after a relative clause: "who moved ... are
# still living there".
_EN_MAIN_AFTER_RELATIVE = re.compile(r"\s(?:are|is|were|was|remain|remains|still)\s")
# "через пункт пропуска", "через КПП", "через Мотаайн": through a crossing point, by its
# kind or its name.
_THROUGH_A_POST = re.compile(
    r"(?<!\w)[Чч]ерез\s+(?:(?:этот|этого|цей|цього|данный|той|тот)\s+)?"
    r"(?:(?:пограничн\w*|прикордонн\w*|автомобильн\w*|автомобільн\w*|"
    r"железнодорожн\w*|залізничн\w*)\s+)?(?:пункт\w*(?:\s+пропуска|\s+пропуску)?|"
    r"КПП|переход\w*|перехід|мост\w*|міст|[«\"]?[А-ЯЁІЇЄҐ][\w-]*[»\"]?)"
    # "140,000 people crossed at Mehran", "passed through the Svinesund crossing".
    r"|\b(?:crossed|cross|crossing|passed|pass|passing)\s+(?:through|at|via)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*|(?:border\s+)?(?:post|crossing|checkpoint|bridge)\b)"
    # "бекет арқылы 1 100 адам өткен", "өткізу пункті арқылы": through the post.
    r"|(?<!\w)(?:бекет\w*|өткізу\s+пункт\w*)\s+арқылы"
)
# A relative clause that tells where what carried the people had set out from.
_DEPARTED_BEFORE = re.compile(
    r"(?i)\b(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:left|set\s+off|set\s+out|"
    r"departed|sailed|put\s+to\s+sea)\b"
)
# The words that open a relative clause after the people counted.
_RELATIVE = re.compile(
    r"(?i)(?<!\w)(?:who|which|before|after|які|котрі|яка|який|которые|который|которая|кто"
    r"|после|після)(?!\w)"
)
# "In neighbouring Czechia," "В соседней Грузии": where, before the speaker is named.
_IN_PLACE = re.compile(
    r"(?:^|\s)(?:[Ii]n|[Вв]о?|[Уу])\s+(?P<between>(?:[a-zа-яёіїєґ'’-]+\s+){0,2})$"
)
# A figure of the present: as of the day of the report.
_NOW = re.compile(
    r"\b(?:now|currently|сейчас|теперь|в настоящее время|зараз|нині|наразі|қазір)\b", re.I
)
_CROSSINGS = re.compile(r"\bcrossings\b", re.IGNORECASE)
# A crossing told "between" two countries goes either way: "crossed the Svinesund bridges
# between Norway and Sweden", "пересекли границу между Россией и Грузией".
# Two places of several words too: "between Papua New Guinea and Indonesia", "между Северной
# Македонией и Грецией".
_BETWEEN_TWO = re.compile(
    r"\bbetween\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+(?:the\s+)?[A-Z]"
    r"|(?<!\w)(?:между|між)\s+[А-ЯЁІЇЄҐ][\w'’-]*(?:\s+[А-ЯЁІЇЄҐ][\w'’-]*){0,2}\s+"
    r"(?:и|і|й|та)\s+[А-ЯЁІЇЄҐ]"
)
# A headline's two sides: "Приморье — Китай: границу пересекли почти 60 тысяч человек".
_HEADLINE_SIDES = re.compile(
    # (after a mark or two: "⚡️ Приморье — Китай:")
    r"[^\w\n]{0,6}[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?\s+[—–]\s+"
    r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]*)?\s*:"
)
# What the clause beside a border post's verb may say of the way people went.
_WAYS_SAID = frozenset(
    {"enter", "leave", "return", "deport", "flee", "cross", "apply", "refuse_exit",
     "refuse_entry", "refugee", "asylum_seekers"}
)  # fmt: skip
# Handed over to the other side's guards: "передали российской стороне девятерых",
# "передала українській стороні трьох чоловіків" (a deportation, whatever words stand between).
_HANDED_OVER = re.compile(
    r"(?i)(?<!\w)(?:переда\w*|передав\w*)\s+(?:\w+\s+){0,2}(?:стороне|стороні)(?!\w)"
    # "handed 143 Lao nationals ... over to Lao officials": the verb's two halves apart, the
    # people given to another state's officers.
    r"|\b(?:handed|handing|hands|hand)\s+[^.;]{1,120}?\s+(?:over|back)\s+to\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:officials|authorities|guards|police|counterparts|side)\b"
)
# Where a clause ends inside a sentence: a comma, a spaced dash.
# A share of the people a figure counts, just before it: "half of the 5,000", "две трети из 300".
_SHARE_OF = re.compile(
    r"(?i)(?<!\w)(?:(?:a\s+)?(?:half|third|quarter|fifth|tenth|majority|minority|two[- ]thirds|"
    r"three[- ]quarters)|most|many|some|few|none|one)\s+of\s+(?:the|these|those)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$"
    r"|(?<!\w)(?:половина|половину|треть|четверть|две\s+трети|большинство|часть|третина|"
    r"чверть|дві\s+третини|більшість|частина)\s+(?:из|с|з|із)\s+"
    r"(?:этих\s+|тех\s+|цих\s+|тих\s+)?(?:почти\s+|около\s+|более\s+|майже\s+|близько\s+|"
    r"понад\s+)?$"
)
# A sentence that opens with the number it gives: "Число суданцев, прибывших в Чад, в УВКБ
# ООН оценили в 12 тысяч", "Кількість ...", "The number of ... was put by UNHCR at",
# "Чадқа өткен судандықтардың санын БҰҰ БЖКБ 12 мың деп бағалады".
_NUMBER_OF = re.compile(
    r"(?i)(?:число|количество|численность|кількість|чисельність|the\s+(?:total\s+)?number\s+of)"
    r"(?!\w)|(?:[^\W\d]+\s+){0,4}?[^\W\d]+(?:тың|тің|дың|дің|ның|нің)\s+санын(?!\w)"
)
# Kazakh names the whole in the genitive, then its share: "4 мың грузиннің жартысы" (half of
# the 4,000 Georgians), "5 мыңның үштен бірі".
_KAZAKH_SHARE_OF = re.compile(
    r"(?i)[^\W\d]*(?:\s+[^\W\d]+){0,2}?(?:ның|нің|дың|дің|тың|тің)\s+(?:жартысы|үштен\s+бірі|"
    r"төрттен\s+бірі|бестен\s+бірі|оннан\s+бірі|көпшілігі|басым\s+бөлігі|бір\s+бөлігі|"
    r"бөлігі|ширегі)(?!\w)"
)
# Mobilisation as when a period began, not what a figure counts.
_SINCE_MOBILISATION = re.compile(
    r"(?i)(?<!\w)(?:(?:since|after)\s+(?:the\s+)?(?:(?:partial|russian|russia's)\s+)?"
    r"mobili[sz]ation|(?:с|после|з|після)\s+(?:начала\s+|початку\s+|объявления\s+|"
    r"оголошення\s+)?(?:частичной\s+|часткової\s+)?(?:мобилизации|мобілізації)|"
    r"жұмылдыру\w*\s+(?:кейін|бері))(?!\w)"
)
_CLAUSE_BREAK = re.compile(r",|\s[—–]\s")
_SAID_AFTER_QUOTE = re.compile(r"[»\"”]\s*,?\s*[—–-]\s+\w")
_THIS_COUNTRYS_CITIZENS = re.compile(
    r"(?i)(?<!\w)(?:(?:граждан\w*|подданн\w*|громадян\w*|citizens|nationals) (?:этой|той|данной|"
    r"цієї|тієї|of (?:that|this|the same)) (?:страны|країни|country)"
    # "депортували до Гватемали 29 тисяч її громадян": the country just named.
    r"|(?:її|ее|её) (?:громадян\w*|граждан\w*))(?!\w)"
)
_ITS_CITIZENS = re.compile(
    r"(?i)(?<!\w)(?:(?:its|its own|their own) (?:citizens|nationals)|своих граждан|своїх громадян"
    r"|свої громадяни|свои граждане|өз азамат\w*"
    # "120 граждан страны" told by its foreign ministry: the speaker's country's citizens.
    r"|граждан\w* страны|громадян\w* країни|citizens of the country|the country's citizens)"
    r"(?!\w)"
)
_FOR_NATIONALITY = re.compile(
    r"(?i)\b(?:applications?|applied|apply|applying|requests?|bids?)\s+for\s+(?:[\w-]+\s+){0,2}"
    r"nationality\b|\bnationality\s+(?:applications?|requests?)\b"
)
_SAME_DAY = re.compile(
    r"(?i)(?<!\w)(?:(?:on )?(?:the|that) same day|(?:on )?that day|(?:в|во) (?:тот|этот) же день"
    r"|в тот день|(?:того|цього) ж(?:е)? дня|того самого дня|(?:в|у) (?:той|цей) (?:же|самий) день"
    r"|(?:дәл )?сол күні)(?!\w)"
)
# The period of the figure before: "over the same period", "за те же семь дней", "аталған кезеңде".
_SAME_PERIOD = re.compile(
    r"(?i)(?<!\w)(?:(?:over|in|during|for|on) (?:the same|that) (?:\w+ )?(?:period|time|days?"
    r"|weeks?|months?|weekends?|fortnight|quarter|holidays?)"
    # "за ту ж добу", "за те же сутки", "сол тәулікте": the day just named.
    r"|за (?:ту ж(?:е)?|ту саму|цю ж) добу|за (?:те же|эти же|те самые) сутки"
    r"|(?:сол|осы) тәулікте"
    # "за тот же день", "того ж дня", "on the same day", "сол күні": the day just named.
    r"|(?:за|в) (?:тот же|этот же|тот самый) день|того же дня|того ж(?:е)? дня"
    r"|(?:за|у|в) (?:той же|той самий|цей же) день|(?:on|that) the same day|(?:сол|осы) күні"
    r"|(?:за|в) (?:тот же|этот же|тот самый|указанный|этот же) (?:период|срок|месяц|год|квартал)"
    r"|(?:за|на) (?:ту же|эту же|ту самую) неделю|того же (?:месяца|года)"
    # "за то же время", "за это время", "за цей час": the time just named.
    r"|за (?:то же|это же|это|то самое) время|за (?:той же|цей же|цей|той самий) час"
    r"|за (?:этот|указанный) период|за (?:цей|зазначений) період|(?:over|in|during) this period"
    r"|за (?:те же|эти же|эти) (?:\w+ )?(?:дни|дней|дня|недели|недель|месяцы|месяцев|месяца"
    r"|выходные|праздники)"
    r"|(?:за|у|в) (?:той самий|той же|цей же|зазначений|вказаний) (?:період|термін|місяць|рік"
    r"|квартал)|(?:за|на) (?:той самий|той же|цей же) тиждень|того ж(?:е)? (?:місяця|року)"
    r"|за (?:ті ж(?:е|і)?|ці ж(?:е|і)?|ці) (?:самі )?(?:\w+ )?(?:дні|днів|тижні|тижнів|місяці"
    r"|місяців|вихідні|свята)"
    r"|(?:аталған|осы|сол|көрсетілген) (?:кезеңде|кезең ішінде|мерзімде|уақытта)"
    # "сол айда", "сол аптада", "сол күндері": that month, week or those days, just named.
    r"|сол (?:айда|аптада|күндері|жылы)"
    # "за ці чотири місяці", "за эти две недели", "in those three weeks": the days just named.
    # "за эти же два дня", "в эти же дни", "у ці ж дні": the days just named.
    r"|за (?:ці|эти) (?:\w+ ){0,2}(?:дні|днів|тижні|тижнів|місяці|місяців|дни|дней|дня|недели"
    r"|недель|месяцы|месяцев|месяца)|(?:в|у) (?:эти|ці|те|ті) (?:же |ж )?(?:дни|дні)"
    r"|(?:in|over|during) (?:those|these) (?:\w+ )?(?:days|weeks|months))"
    r"(?!\w)"
)
# "At the same time, 7,200 returned", "Водночас ...", "Одновременно ...": opening a sentence
# with no date of its own, the days of the figure before.
_AT_THE_SAME_TIME = re.compile(
    r"(?i)^\W*(?:(?:and|but|а|и|і|та)\s+)?(?:at\s+the\s+same\s+time|meanwhile|in\s+the\s+meantime|"
    r"одновременно|в\s+то\s+же\s+время|тем\s+временем|водночас|одночасно|у\s+той\s+же\s+час|"
    r"в\s+той\s+же\s+час|тим\s+часом|сол\s+уақытта|бір\s+мезгілде|сонымен\s+бір\s+мезгілде)"
    r"(?!\w)"
)
_SO_FAR = re.compile(
    r"(?i)(?<!\w)(?:already|so far|to date|in total|уже|вже|всего|всього|загалом|досі|"
    r"до сих пор|на сегодня|на сьогодні|қазірдің өзінде|барлығы)(?!\w)"
)
# "since then", "с тех пор", "відтоді", "содан бері": from the figure before's start on.
_SINCE_THEN = re.compile(
    r"(?i)(?<!\w)(?:since\s+then|since\s+that\s+(?:day|date|time)|с\s+тех\s+пор(?!,?\s+как)"
    r"|с\s+того\s+(?:дня|времени)|відтоді(?!,?\s+як)|з\s+того\s+(?:дня|часу)|содан\s+бері"
    r"|сол\s+күннен\s+бері)(?!\w)"
)
# "42,000 in the same period last year", "за аналогичный период прошлого года": the period of
# the figure before, a year earlier.
_SAME_PERIOD_A_YEAR_BEFORE = re.compile(
    r"(?i)[^.;:]{0,30}?(?:(?:in|during|over|for)\s+the\s+same\s+(?:period|months?|weeks?|days|time)"
    r"\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year"
    # "in the same months of 2023": the year named.
    r"|(?P<year>(?:19|20)\d\d)\b)"
    r"|за\s+(?:аналогичный|тот\s+же)\s+период\s+(?:прошлого|предыдущего\s+года|"
    r"(?P<year_ru>(?:19|20)\d\d)\s+года)"
    r"|за\s+(?:аналогічний|той\s+самий|той\s+же)\s+період\s+(?:минулого|попереднього\s+року|"
    r"(?P<year_uk>(?:19|20)\d\d)\s+року)"
    r"|өткен\s+жылдың\s+(?:осы|сол|дәл\s+осы|сәйкес|ұқсас)\s+кезең\w*"
    # "Былтыр осы кезеңде 2 300 қандас келген": last year, in the same period (not
    # "былтырғы осы кезеңмен салыстырғанда", compared with it).
    r"|былтыр(?:ғы)?\s+(?:осы|сол|дәл\s+осы|сәйкес|ұқсас)\s+кезең(?:де|інде))"
)


# The same, right before the figure: "за аналогичный период прошлого года — 2 600".
_SAME_PERIOD_FIRST = re.compile(
    r"(?i)(?<!\w)(?:in\s+the\s+same|за\s+(?:аналогичный|тот\s+же|аналогічний|той\s+самий|той\s+же)"
    r"|өткен\s+жылдың|былтыр(?:ғы)?)\s[^.;:\d]{0,40}?\s*[—–-]?\s*$"
)


# The papers a figure counts, right after it: "2,000 (visa) applications", "заявлений".
_APPLICATIONS = re.compile(
    r"(?i)\s+(?:[^\W\d_]+\s+)?(?:applications|requests|claims|заявлени\w*|заяв(?:ок|ки)?|"
    r"звернен\w*|өтініш\w*)(?!\w)"
)
# "down from 10,000 a week earlier", "против 10 тысяч неделей ранее", "тижнем раніше",
# "бір апта бұрын".
# "a week earlier", "неделей ранее", "тижнем раніше": back from the figure told before, by a
# unit ``_earlier`` reads from the group's name; and a year so.
_UNIT_EARLIER = (
    r"(?:a|one)\s+(?:(?P<day>day)|(?P<week>week)|(?P<month>month))\s+(?:earlier|before)|"
    r"(?:(?P<day_s>днем|днём|дн[её]м)|(?P<week_s>неделей|тижнем)|(?P<month_s>месяцем|місяцем))"
    r"\s+(?:ранее|раньше|раніше)"
)
_YEAR_EARLIER = r"(?:a|one)\s+year\s+(?:earlier|before)|годом\s+(?:ранее|раньше)|роком\s+раніше"
# The same told right after a figure ("up from 4,200 a week earlier"), "ago" too.
_EARLIER_BY = re.compile(
    r"(?i)[^.;:,—–%]{0,25}?(?<!\w)(?:" + _UNIT_EARLIER + r"|(?:a|one)\s+(?:(?P<day_a>day)|"
    r"(?P<week_a>week)|(?P<month_a>month))\s+ago|(?:(?P<week_n>неделю|тиждень)|"
    r"(?P<month_n>месяц|місяць))\s+(?:назад|тому)|бір\s+(?:(?P<day_k>күн)|(?P<week_k>апта)|"
    r"(?P<month_k>ай))\s+бұрын"
    # "compared with 5,500 the previous week", "the week before": a week before it.
    r"|the\s+(?:previous|preceding|prior)\s+(?:(?P<day_p>day)|(?P<week_p>week)|(?P<month_p>month))"
    r"|the\s+(?:(?P<day_b>day)|(?P<week_b>week)|(?P<month_b>month))\s+before"
    # "against 3,000-odd the year before", "годом ранее": a year earlier.
    r"|(?P<year>" + _YEAR_EARLIER + r"|the\s+year\s+before|the\s+previous\s+year|год\s+назад|"
    r"рік\s+тому|бір\s+жыл\s+бұрын))(?!\w)"
)

# "for the whole year", "за весь год", "за весь рік", "жыл бойы": all of a year's days.
_WHOLE_YEAR = re.compile(
    r"(?i)(?<!\w)(?:(?:for|over|in|during)\s+the\s+(?:whole|full|entire)\s+year|"
    r"(?:за|в\s+течение|протягом|упродовж)\s+(?:всего|весь|целый|цілий|усього|всього)\s+"
    r"(?:года|год|року|рік)|жыл\s+бойы|бүкіл\s+жыл\w*)(?!\w)"
)
# The same, opening the clause of a figure: "A week earlier, ...", "Днём ранее ...".
_EARLIER_LEAD = re.compile(
    r"(?i)\s*(?:(?:and|but|и|а|но|і|та|але)\s+)?(?:"
    + _UNIT_EARLIER
    + r"|(?P<year>"
    + _YEAR_EARLIER
    + r")|бұдан\s+бір\s+(?:(?P<day_k>күн)|(?P<week_k>апта)|(?P<month_k>ай)|(?P<year_k>жыл))"
    r"\s+бұрын"
    # "On Friday alone, 12,700 arrived. The day before, ... almost 15,000": the day before the
    # day just told ("накануне", "напередодні" so too), when that was one day (``_one_day``).
    r"|(?P<day_o>(?:on\s+)?the\s+(?:day\s+before|previous\s+day|preceding\s+day)"
    r"|накануне|напередодні|бір\s+күн\s+бұрын))(?!\w)"
)

# "Це майже вдвічі більше, ніж тижнем раніше, коли розвернули 168 осіб", "than a week
# earlier, when 168 were turned back": the time before the figure, in a clause of its own.
_THAN_EARLIER_WHEN = re.compile(
    r"(?i)[^.;:!?]*?(?<!\w)(?:ніж|чем|than|as)\s+(?:"
    + _UNIT_EARLIER
    + r"|(?P<year>"
    + _YEAR_EARLIER
    + r"))\s*,?\s*(?:коли|когда|when)(?!\w)"
)


def _earlier_lead(text: str, end: int) -> re.Match[str] | None:
    """A time before the figure told before, said before the figure (``end``): opening its
    clause ("A week earlier, ...") or compared ("than a week earlier, when ...")."""
    return _EARLIER_LEAD.match(text, 0, end) or _THAN_EARLIER_WHEN.match(text, 0, end)


def _the_day_before(lead: re.Match[str]) -> bool:
    """Whether an earlier lead says "the day before" (``_EARLIER_LEAD``'s ``day_o``)."""
    return bool(lead.groupdict().get("day_o"))


# The words before a figure compared with the one before it.
# Moves home, by the word an article uses the second time: "deported 6,312 ..., double the
# 3,400 returned a year earlier".
_HOMEWARD_AGAIN = frozenset({"deported", "returned"})
_COMPARED = re.compile(
    r"(?i)(?:(?:down|up)\s+from|compared?s?\s+(?:with|to)|against|против|проти|"
    # "nearly double the 3,400", "twice the", "half the".
    r"(?:double|twice|triple|three\s+times|half)\s+the|"
    r"по\s+сравнению\s+с|порівняно\s+з)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
    r"around\s+|roughly\s+|около\s+|почти\s+|близько\s+|майже\s+)?\Z"
)


def _earlier(day: date, unit: str) -> date:
    """``day`` moved back by the unit a match of ``_EARLIER_BY`` named."""
    if unit.startswith("year"):
        return _a_year_before(day)
    if unit.startswith("month"):
        month = day.month - 1 or 12
        year = day.year - (day.month == 1)
        return day.replace(year=year, month=month, day=min(day.day, monthrange(year, month)[1]))
    return day - timedelta(days=7 if unit.startswith("week") else 1)


def _one_day(candidate: Candidate) -> bool:
    """Whether a candidate counted one day's moves: "on Friday alone"."""
    return candidate.period_start is not None and candidate.period_start == candidate.period_end


def _words_after(candidate: Candidate) -> str:
    """What a candidate counted, as written after its figure: "первичных заявления о"."""
    sentence = candidate.evidence.sentence
    at = sentence.find(candidate.figure_text)
    after = sentence[at + len(candidate.figure_text) :][:40] if at >= 0 else ""
    return f"{candidate.counted} {after}"


def _within(start: date | None, end: date | None, before: Candidate) -> bool:
    """Whether the days ``start`` to ``end`` are some of the days a figure before counted."""
    return (
        start is not None
        and end is not None
        and before.period_start is not None
        and before.period_end is not None
        and before.period_start <= start <= end <= before.period_end
        and (start, end) != (before.period_start, before.period_end)
    )


def _a_year_before(day: date, years: int = -1) -> date:
    """The same day a year earlier (``years`` away); 28 February for a 29th."""
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def _a_year_after(day: date) -> date:
    return _a_year_before(day, years=1)


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def read_article(
    text: str, language: str, published: date, metrics: Vocabulary | None = None
) -> Reading:
    """The candidate facts of an article in ``language``, published on ``published``.

    ``metrics`` is the store's vocabulary: its curators' metrics are read by their labels. Without
    it, only the built-in ones are (the process's vocabulary still gives every direction).
    """
    given = metrics
    metrics = metrics or vocabulary()
    sentences = split_sentences(text, language)
    attributions = attribute(sentences, language)
    body_starts = body_start(sentences)
    candidates: list[Candidate] = []
    left_out: list[LeftOut] = []
    context = ArticleContext()
    for index, (sentence, attribution) in enumerate(zip(sentences, attributions, strict=True)):
        if sentence.paragraph != context.paragraph:
            context = context.next_paragraph(sentence.paragraph)
        reader = _SentenceReader(
            sentence,
            attribution,
            language,
            published,
            metrics,
            headline=index < body_starts,
            curators=given,
        )
        found, dropped = reader.read(context)
        # "граждане Узбекистана и Таджикистана: 31 тысяча и 22,5 тысячи соответственно".
        found = each_its_own(sentence.text, language, found)
        told_just_before = (
            index > 0
            and bool(candidates)
            and candidates[-1].evidence.start == sentences[index - 1].start
        )
        if not found and told_just_before and reader.denies_the_one_before():
            # "Local media reported that 30,000 had crossed. The Border Guard called the
            # figure exaggerated.": the figure before is denied, not proposed.
            denied = candidates.pop()
            left_out.append(LeftOut(denied.evidence, denied.figure_text, "denied"))
        if reader.headline and not found and context.headline_home is None:
            context.headline_home = _story_country(sentence.text, language)
        if reader.headline:
            context.headlines += tuple(found)
        candidates += found
        left_out += dropped
        if found:
            context.last = found[-1]
            # A count given only to compare ("That compares with 5,500 the previous week")
            # leaves the main count where it was.
            main = next((c for c in reversed(found) if not _given_to_compare(c)), None)
            context.main_last = main or context.main_last or context.article_main or found[-1]
            context.by_metric |= {candidate.metric: candidate for candidate in found}
            context.article_last = found[-1]
            context.article_main = context.main_last
        # "У 2023 році прикордонники зафіксували майже 26 тисяч спроб.": a year whose only
        # figures were left out dates nothing after it ("Водночас ... в'їхали 3,5 тисячі").
        background = not found and bool(dropped)
        if reader.dates and not background:
            context.when = reader.dates[-1]
        if reader.report_day is not None:
            context.report_day = reader.report_day
        if context.since is None:
            context.since = next(
                (d.period_start for d in reader.dates if d.kind == "since" and not d.relative),
                None,
            )
        if context.began is None:
            # "From 24 February 2022 to 23 February 2023 ...; since the full-scale invasion":
            # with no "since", the first day an article counts from is where it began.
            context.began = next(
                (d.period_start for d in reader.dates if d.kind == "range" and not d.relative),
                None,
            )
        if context.began is None and _BROKE_OUT.search(sentence.text):
            # "Fighting ... broke out on 15 April 2023. Since the start of the war, ...": the
            # day the article says it began.
            context.began_by_onset = True
            context.began = next(
                (
                    d.period_start
                    for d in reader.dates
                    if d.kind == "day" and not d.relative and d.period_start == d.period_end
                ),
                None,
            )
    placed = along_the_corridor(candidates, metrics, language)
    kept, repeats = without_repeats([in_its_fiscal_year(c, metrics) for c in placed])
    return Reading(tuple(kept), tuple(left_out + repeats))


def _story_country(text: str, language: str) -> str | None:
    """The country a headline puts its story into or in, by name (not by its people)."""
    places, _citizenship = read_words(text, language).places(0, len(text), language)
    roles = roles_of(places)
    return roles["into"] or roles["in"]


_MOVES = frozenset({"cue:enter", "cue:leave", "cue:return", "cue:deport", "cue:flee", "cue:cross"})
_ENGLISH_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|are\s+to|is\s+to|are\s+due\s+to)\s+(?:\w+\s+)?$"
)


# A Kazakh place's "-дағы" (which is in): "Түркиядағы", "Мәскеудегі".
_KAZAKH_LOCATED_IN = re.compile(r"(?:дагы|деги|тагы|теги|ндагы|ндеги)$")


def _kazakh_state_body(words: SentenceWords) -> str | None:
    """The foreign state whose body a Kazakh sentence opens with ("Шри-Ланканың Көші-қон және
    эмиграция департаменті", "Армения Ішкі істер министрлігінің ... қызметі"), or None."""
    tokens = [placed.token for placed in words.words[:8]]
    # A country's name of several words ("Шри-Ланканың") is marked on its last; one the body
    # is in ("Түркиядағы Қазақстан елшілігі": Kazakhstan's embassy in Türkiye) is not whose.
    at = next(
        (
            n
            for n, token in enumerate(tokens[:3])
            if token.country and not _KAZAKH_LOCATED_IN.search(kazakh_fold(token.word.folded))
        ),
        None,
    )
    if at is None or not all(token.word.text[:1].isupper() for token in tokens[:at]):
        return None
    rest = " ".join(token.word.text for token in tokens[at + 1 :])
    body = any(is_org_word(word) for word in words_of(rest))
    # Kazakhstan's own bodies ("ҚР ІІМ ... елге") mean the country "ел" always means.
    return tokens[at].country if body and tokens[at].country != "KAZ" else None


# "Greece returned 40 migrants", "The authorities have returned ...": a state, returning people.
_STATE_RETURNED = re.compile(
    # "We also returned 58 people to Turkey": the speaker's own service sent them.
    r"\s*[\"“]?(?:[A-Z][\w'’-]+|[Tt]he\s+authorities|[A-Z][\w'’-]+['’]s\s+authorities|"
    r"We(?:\s+also|\s+have\s+also)?)"
    r"\s+(?:has\s+|have\s+|had\s+)?returned\s+"
)
# A body that took in people sent to its state, in any tense: "received", "we are receiving
# up to 400 a day", "приняла", "ежедневно принимает", "прийняла", "қабылдады".
_RECEIVED = re.compile(
    r"(?i)(?<!\w)(?:receiv(?:e|es|ed|ing)|took\s+in|welcomed|приня(?:л|ла|ло|ли)|принима\w*"
    r"|прийня(?:в|ла|ло|ли)|прийнял\w*|прийма\w*|қабылда\w*)(?!\w)"
)
# A state's officers who returned people, right before them.
_OFFICERS_SENT = re.compile(
    r"(?i)\b(?:officers|officials|authorities|police|guards|agents|coastguard|coast\s+guard)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:repatriated|returned)\s+(?:[\w-]+\s+){0,3}$"
)
_SENT_TO = re.compile(r"\bto\s+(?:the\s+)?(?P<x>[A-Z][\w'’-]*)")
_BROUGHT_HOME = re.compile(r"(?i)\b(?:from|home|back home)\b")
# People made citizens: the grant, not an application nor a move.
_NOT_APPLIED = r"(?:(?!applica|request|заяв|ходатай|запрос|запит|клопот|өтініш)[\w-]+\s+)"
_CITIZENSHIP_GRANTED = re.compile(
    r"(?i)(?<!\w)(?:(?:granted|given|awarded|received)\s+" + _NOT_APPLIED + r"{0,2}?"
    r"(?:citizenship|nationality)|(?:citizenship|nationality)\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:granted|given|awarded)|(?:гражданство|громадянство)\s+"
    + _NOT_APPLIED
    + r"{0,2}?"
    r"(?:получил\w*|отримал\w*|отримав\w*|предоставил\w*|предоставлен\w*|надал\w*|"
    r"надан\w*)|(?:получил\w*|отримал\w*|отримав\w*|предоставлено|надано|приобрел\w*|"
    r"набул\w*)\s+" + _NOT_APPLIED + r"{0,2}?(?:гражданство|громадянство)"
    r"|азаматтығын\s+(?:алды|алған|алыпты|берді|берген))"
)
# A body's spokesperson, by their post: "речниця", "пресс-секретарь", "a spokeswoman".
_SPOKESPERSON = re.compile(
    r"(?i)(?<!\w)(?:spokes\w*|press\s+(?:secretary|officer)|речни\w*|речниц\w*|"
    r"прес-секретар\w*|пресс-секретар\w*|представител\w*|представни\w*|"
    r"баспасөз\s+хатшы\w*|өкіл\w*)"
)
# People moved out of danger by others: "evacuated", "евакуйовано", "эвакуированы".
_EVACUATED = re.compile(
    r"(?i)\b(?:evacuat\w*|эвакуир\w*|евакуй\w*|евакую\w*|эвакуаци\w*|евакуац\w*)"
)
# Papers a "fake" or "false" describes: forged, not a figure denied.
_FORGED_PAPERS = re.compile(
    r"(?i)\s+(?:[^\W\d_]+\s+)?(?:passports?|documents?|papers|visas?|ids?|identity|invitations?"
    r"|bookings?|certificates?|permits?|job\s+offers?|документ\w*|паспорт\w*|виз\w*"
    r"|приглашени\w*|справк\w*|запрошен\w*|довідк\w*|құжат\w*|шақыру\w*|анықтама\w*)(?!\w)"
)
# A checkpoint, in Kazakh: "бекет", "бекеттен", "бекеті арқылы".
_KK_POST = re.compile(r"(?i)(?<!\w)бекет\w*")
# Kazakh "not let through (the border)", foreigners, and the words of a way out.
_KK_NOT_LET_THROUGH = re.compile(r"(?i)(?<!\w)өткіз(?:ілме|бе)\w*")
_KK_FOREIGNERS = re.compile(r"(?i)(?<!\w)шетелдік\w*|шетел\s+азамат\w*")
_KK_WAY_OUT = re.compile(r"(?i)(?<!\w)(?:шығу\w*|шетелге|борышкер\w*|кету\w*|кетпек\w*|шықпақ\w*)")
# Flights checked in for: a registration for them is a departure.
_FOR_FLIGHTS = re.compile(r"(?i)(?<!\w)(?:на\s+рейс\w*|for\s+(?:their\s+)?flights?|рейсқа)")
# What opens the words a speaker said: "that", "что", "що".
_THAT = re.compile(r"(?i)(?<!\w)(?:that|что|що)(?!\w)")
# "94 Qatar-bound workers", "UK-bound migrants": headed for a country.
_BOUND_FOR = re.compile(r"\b(?P<x>[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?)-bound\b")
_MOVING_CUES = MOVE_CUES | {"cue:refuse_exit", "cue:refuse_entry", "cue:apply"}


def _since_and_as_of(
    dates: list[FoundDate], own: FoundDate | None
) -> tuple[date, None, date] | None:
    """A "since" and an "as of" in one sentence, one of them the figure's own: one span."""
    if own is None:
        return None
    held = [d for d in dates if d.kind == "day" and d.period_start is None and d.as_of]
    # "As of Friday, 5,420 had returned this year": "this year" counts from 1 January too.
    opened = {"since", "relative"}
    since = [d for d in dates if d.kind in opened and d.period_start and d.period_end is None]
    if own in since and held:
        start, until = own.period_start, held[-1].as_of
    elif own in held and since:
        start, until = since[-1].period_start, own.as_of
    else:
        return None
    if start is None or until is None or until < start:
        return None
    return start, None, until


# English nouns of people moving that a thing's word may describe: "small-boat arrivals".
_PEOPLE_MOVING = frozenset(
    {"arrivals", "departures", "crossings", "entries", "returns", "deportations", "removals"}
)


def _moving_word(token: Token) -> bool:
    """Whether a word says people moved or applied: the verb after a figure's noun."""
    return not _MOVING_CUES.isdisjoint(token.concepts)


def _only_to_come(tokens: list[Token], clause: str, language: str) -> bool:
    """Whether every verb of moving in a figure's clause is in the future: "повернуться
    найближчими днями", "will return next week"."""
    moving = [token for token in tokens if token.concepts & _MOVES]
    if not moving:
        return False
    if language == "en":
        return all(
            _ENGLISH_FUTURE.search(clause[: clause.find(token.word.text)]) for token in moving
        )
    if language == "kk":
        # "тағы 40 адам келесі аптада оралады": next week's; the Kazakh present-future
        # says so only with a time to come.
        return _KAZAKH_TO_COME.search(clause) is not None and not any(
            _KAZAKH_PAST.search(kazakh_fold(token.word.folded)) for token in moving
        )
    if language not in {"ru", "uk"}:
        return False
    for token in moving:
        tags = [parse.tag for parse in morph(language).parse(token.word.text)[:4]]
        if not any("futr" in tag for tag in tags) or any(
            "past" in tag or "pres" in tag for tag in tags
        ):
            return False
    return True


_KAZAKH_TO_COME = re.compile(
    r"(?i)(?<!\w)(?:келесі\s+(?:апта|ай|жыл|күн)\w*|алдағы\s+(?:күндер|апта|ай)\w*|ертең)"
)
# Kazakh past tenses, folded: "оралды" (a consonant before "-ды": "оралады" is to come),
# "келген", "кетіпті".
_KAZAKH_PAST = re.compile(r"[^аеиоуыэюя](?:ды|ди|ты|ти)$|(?:ган|ген|кан|кен|ыпты|ипти|пты|пти)$")


def _last_day(context: ArticleContext) -> date | None:
    """The one day the sentences before named last, by a date or by their figure's days."""
    when = context.when
    if when is not None:
        return when.period_start if when.kind == "day" else None
    last = context.main_last
    if last is not None and last.period_start is not None and last.period_start == last.period_end:
        return last.period_start
    return None


class _Spanning(Protocol):
    """A candidate, or a date read: what has a period."""

    @property
    def period_start(self) -> date | None: ...
    @property
    def period_end(self) -> date | None: ...


def _one_month(candidate: _Spanning) -> bool:
    """Whether a candidate's period is one calendar month."""
    start, end = candidate.period_start, candidate.period_end
    return (
        start is not None
        and end is not None
        and start.day == 1
        and (start.year, start.month) == (end.year, end.month)
        and end.day == monthrange(end.year, end.month)[1]
    )


_A_MONTH_SAID = re.compile(r"(?i)month|месяц|місяц|\bай\b")
_A_QUARTER_SAID = re.compile(r"(?i)quarter|квартал")
# A month, a quarter or a year named by its unit alone, the one the article counts: "за
# месяц", "за рік", "за квартал", "over the month", "in the year" (not "за последний месяц",
# the thirty days before).
_BARE_UNIT = re.compile(
    r"(?i)(?<!\w)(?:за\s+(?:месяц|місяць|год|рік|квартал)"
    r"|(?:в\s+течение|протягом|упродовж)\s+(?:месяца|місяця|года|року|квартала|кварталу)"
    r"|(?:over|in|during)\s+the\s+(?:month|year|quarter))(?!\w)"
)


def _one_quarter(candidate: _Spanning) -> bool:
    """Whether a candidate's period is one quarter of a calendar year."""
    start, end = candidate.period_start, candidate.period_end
    return (
        start is not None
        and end is not None
        and start.day == 1
        and start.month in {1, 4, 7, 10}
        and (end.year, end.month) == (start.year, start.month + 2)
        and end.day == monthrange(end.year, end.month)[1]
    )


def _one_year(candidate: _Spanning) -> bool:
    """Whether a candidate's period is one calendar year."""
    start, end = candidate.period_start, candidate.period_end
    return (
        start is not None
        and end is not None
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and start.year == end.year
    )


def _given_to_compare(candidate: Candidate) -> bool:
    """Whether a candidate's figure is told as a time before another's ("up from 4,200 a week
    earlier", "против 3 тысяч неделей ранее")."""
    sentence = candidate.evidence.sentence
    at = sentence.find(candidate.figure_text)
    earlier = _EARLIER_BY.match(sentence, at + len(candidate.figure_text)) if at >= 0 else None
    # "Годом ранее за тот же период их было 6 522": told before it, opening the sentence.
    lead = _earlier_lead(sentence, at) if at >= 0 else None
    if lead is not None and _the_day_before(lead):
        lead = None  # "The day before, almost 15,000": a day's own count, not one to compare
    # "That was nearly double the 3,400 returned in January last year": compared with.
    compared = _COMPARED.search(sentence, max(0, at - 40), at) if at >= 0 else None
    # "За тот же период прошлого года страну покинули 121 тыс. 800": the same days a year
    # before.
    compared = compared or (_SAME_PERIOD_FIRST.search(sentence, 0, at) if at >= 0 else None)
    # "почти 8 600 россиян против 4 200 неделей ранее": the time is the next figure's.
    return (
        (earlier is not None and not any(char.isdigit() for char in earlier.group()))
        or lead is not None
        or compared is not None
        or _FOR_COMPARISON.match(sentence) is not None
    )


# A permit's nouns ("вид на жительство", "посвідка"): a registration's, but only the words
# "got" or "issued" tell that one was made.
_PERMIT_NOUNS = ("вид", "посвідк", "посвідок", "residence", "residency")
# People who have a residence permit or a status now, in English: "hold Polish residence
# permits", "hold an active PESEL number".
_HOLDING_PERMITS = re.compile(
    r"\b(?:[Hh]old|holds|holding|have|has|having)\s+(?:an?\s+)?(?:(?:temporary|permanent|valid|"
    r"active|long-term|[A-Z][\w-]*)\s+){0,2}?(?:resid\w*\s+permits?|PESEL|refugee\s+status|"
    r"protection\s+status|temporary\s+protection)\b"
)

# People on a register of who works in a country now: "were registered as working in Russia",
# "зарегистрированы как работающие", "зареєстровані як працюючі".
_REGISTERED_AS_WORKING = re.compile(
    r"(?i)\bregistered\s+as\s+(?:working|employed|being\s+employed)\b"
    r"|(?<!\w)(?:зарегистрирован\w*|зареєстрован\w*)\s+(?:как|в\s+качестве|як)\s+"
    r"(?:работающ\w*|трудоустроенн\w*|працююч\w*|працевлаштован\w*)"
)


# "A year earlier", told anywhere in the sentence: "годом ранее за те же праздники".
_A_YEAR_EARLIER = re.compile(
    r"(?i)(?<!\w)(?:" + _YEAR_EARLIER + r"|the\s+year\s+before|бір\s+жыл\s+бұрын)(?!\w)"
)
# "Торік за той самий період їх було понад 230 тисяч": the same days, last year.
_LAST_YEAR = re.compile(
    r"(?i)(?<!\w)(?:торік|минулого\s+року|в\s+прошлом\s+году|last\s+year|былтыр|"
    r"өткен\s+жылы)(?!\w)"
)
# A figure given for comparison, as its sentence opens: "Для порівняння, у серпні 2024 року
# таких відмов було 790", "For comparison, 790 were refused in August 2024".
_FOR_COMPARISON = re.compile(
    r"(?i)^\W*(?:for\s+comparison|by\s+comparison|для\s+сравнения|для\s+порівняння|"
    r"салыстыру\s+үшін)\b"
)
# The whole a part is taken from, right before its own figure: "Of the 17,000, 1,800 ...".
_OF_THE_WHOLE = re.compile(r"(?i)(?:^|[\s,;:(—–-])" + _OF_THESE + r"\s*$")
# A figure given to compare with: "down from 2,600", "против 2,6 тыс.", "проти 2,6 тис.",
# "compared with 2,600" ...
_COMPARED_BEFORE = re.compile(
    r"(?i)(?:(?:down|up|rising|falling|fell|rose)\s+from|compared\s+(?:with|to)|against|"
    r"versus|vs\.?|против|по\s+сравнению\s+с|проти|порівняно\s+з|у\s+порівнянні\s+з)"
    r"\s+(?:\w+\s+){0,2}$"
)
# ... of a time told only from the sentence's own: "a year earlier", "годом ранее", "роком
# раніше". A time of its own ("in the whole of 2021", "last year") dates the figure, which is
# then a fact of that time.
_EARLIER_AFTER = re.compile(
    r"(?i)^[^.;:]{0,40}?(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+previous\s+year|"
    r"годом\s+ранее|годом\s+раньше|роком\s+раніше)"
)


def _denials(text: str, words: SentenceWords) -> list[int]:
    """Where the sentence's words deny a figure: a denial's cue ("not true", "фейк"), or a
    verb that dismisses ("denied", "отвергли") where the sentence speaks of reports."""
    every_cue = words.cues(0, len(text))
    # "whose asylum claims had been rejected": claims turned down deny no report.
    turned_down = claims_turned_down(text)
    return [
        placed.start
        for placed in words.words
        if not any(a <= placed.start < b for a, b in turned_down)
        and (
            (
                "cue:deny" in placed.token.concepts
                # "with fake passports", "жалған жұмыс шақыруымен": forged papers deny nothing.
                and not _FORGED_PAPERS.match(text, placed.end)
            )
            or ("cue:dismiss" in placed.token.concepts and "report" in every_cue)
        )
    ]


def _compared_with_before(text: str, figure: FoundFigure) -> bool:
    """Whether the figure is one an earlier time gave, set beside the sentence's own."""
    before = text[max(0, figure.start - 40) : figure.start]
    return bool(_COMPARED_BEFORE.search(before) and _EARLIER_AFTER.match(text[figure.end :]))


# What a place or post can take, right before the figure: "рассчитан на 300", "designed for
# 300", "a capacity of 300", "розрахований на 300".
_CAPACITY_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:рассчитан\w*\s+на|розрахован\w*\s+на|designed\s+(?:to\s+\w+\s+|for\s+)|"
    r"built\s+for|(?:a\s+)?capacity\s+(?:of|for)|вместимост\w*|місткіст\w*|"
    r"пропускн\w+\s+способност\w*\s*(?:—|-|–)?\s*(?:до|в)?|"
    r"пропускн\w+\s+спроможн\w*\s*(?:—|-|–)?\s*(?:до)?|"
    # "cannot cope with more than 100,000 new arrivals", "способна принять до 5 тысяч": what a
    # state can take, no one who came.
    r"(?:cope|deal)\s+with|able\s+to\s+(?:take\s+in|take|accept|host|absorb|house)|"
    r"(?:can|could|cannot|can['’]t)\s+(?:take\s+in|take|accept|host|absorb|house)|"
    r"(?:не\s+)?(?:справ\w*|впора\w*)\s+(?:с|із|з)|(?:способн|здатн|спроможн)\w*\s+"
    r"(?:принять|прийняти|разместить|розмістити))\s*(?:more\s+than\s+|over\s+|до\s+|"
    r"более\s+(?:чем\s+)?|понад\s+|up\s+to\s+)?$"
)
# Returned by someone (the verb transitive, its object the people): "returned 19 Ukrainians
# to", "вернула в Стамбул", "повернули до Стамбула", not "вернулись", "повернулися".
_RETURNED_THEM = re.compile(
    r"(?i)(?<!\w)(?:(?:has\s+|have\s+|had\s+)?returned\s+(?:some\s+|about\s+|over\s+|"
    r"more\s+than\s+|at\s+least\s+)?\d+|вернул[аио]?|возвратил[аио]?|повернул[аио]?|"
    # "270-ке жуық адам Ливанға қайтарылған": sent back, by whoever returned them.
    r"повернув|қайтарыл\w*|қайтарды|қайтарған\w*)(?!\w)"
)
# Returns people chose, with help: "при содействии МОМ", "добровільно", "voluntarily".
_HELPED_HOME = re.compile(
    r"(?i)(?<!\w)(?:добровольн\w*|добровільн\w*|voluntar\w*|при\s+содействии|"
    r"за\s+сприяння|при\s+поддержке\s+(?:МОМ|IOM)|за\s+підтримки\s+(?:МОМ|IOM)|ерікті)(?!\w)"
)
# English "were returned to", "were detained and returned to": sent back by others.
_WERE_RETURNED = re.compile(
    r"(?i)(?<!\w)(?:were|was|been|being)\s+(?:[\w-]+\s+){0,6}?returned\s+(?:to|across)(?!\w)"
)
# People a state fetched back rather than sent: "з Росії", "домой", "своих граждан".
_FETCHED_BACK = re.compile(
    r"(?i)(?<!\w)(?:(?:з|із|зі|из|изо)\s+(?-i:[А-ЯЁІЇЄҐ])|(?:додому|домой|на\s+батьківщину|"
    r"на\s+родину|своїх|своих|наших|евакуй\w*|эвакуир\w*|елге|елімізге|отанына|азаматын\w*|"
    r"азаматтарын\w*|отандас\w*|эвакуация\w*)(?!\w))"
)
# "вылететь в Анталью не смогли 57 человек", "could not leave the country": they were kept in.
_COULD_NOT_LEAVE = re.compile(
    r"(?i)(?<!\w)(?:вылететь|выехать|улететь|вилетіти|виїхати|полетіти)\s+(?:\S+\s+){0,5}?"
    r"не\s+(?:смогл|змогл|сумел|зуміл)\w*|\b(?:could\s+not|couldn['’]t|were\s+unable\s+to)\s+"
    r"(?:leave|fly\s+out|depart|board)\b"
)
# Kazakh "our compatriots/citizens ... were evacuated".
_OUR_PEOPLE_EVACUATED = re.compile(
    r"(?i)(?:отандас|азамат)\w*(?:ымыз|іміз)\b[^.]{0,40}?эвакуациялан"
    # "Израильден 500-ден астам азамат эвакуацияланған": citizens with no country named are
    # the news's own.
    r"|(?:\d|астам|жуық)\s+азамат(?:тар)?\s+(?:\S+\s+){0,3}?эвакуациялан"
)
# Nouns of a move right after a figure: "310,000 returns", "12 000 депортаций".
_FLOW_NOUNS = {
    "returns": "return", "arrivals": "enter", "departures": "leave", "deportations": "deport",
    "removals": "deport", "expulsions": "deport", "возвращений": "return", "прибытий": "enter",
    "депортаций": "deport", "высылок": "deport", "повернень": "return", "депортацій": "deport",
    "crossings": "crossings", "пересечений": "crossings", "перетинів": "crossings",
    # "registered almost 53,000 entries of Russian citizens": entries counted, no one
    # registered as anything.
    "entries": "enter", "exits": "leave", "въездов": "enter", "выездов": "leave",
    "в'їздів": "enter", "виїздів": "leave", "прибуттів": "enter",
    "кіруі": "enter", "кіруін": "enter", "шығуы": "leave", "шығуын": "leave",
    "өтуі": "crossings", "өтуін": "crossings",
}  # fmt: skip
# A state's active "repatriated" right before its figure: "Malaysia repatriated 3,050".
_REPATRIATED_THEM = re.compile(
    r"(?i)(?<!\w)(?:repatriated|repatriates|репатриировал\w*|репатріював\w*|репатріювал\w*)"
    r"\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|another|a\s+"
    r"further|около|почти|более|близько|майже|понад)\s+)?$"
)
# An aside on the figure before: ", a figure the spokesman later said was ...", ", цифру,
# которую ... назвали", ", цифру, яку ... назвали".
_FIGURE_ASIDE = re.compile(
    r"(?i),\s+(?:a\s+(?:figure|number|claim|count|total)|цифр\w*|число,\s+которое|"
    r"кількість,\s+яку)(?!\w)"
)
# Someone sending people back, the people between the verb and "back".
_SENT_THEM_BACK = re.compile(
    r"(?i)\b(?:escorted|drove|bussed|pushed|sent|forced|shipped|trucked)\s+"
    r"(?:[\w,'’-]+\s+){1,5}?back\b(?!\s+home)"
)
# "Another 318", "a further 200", "ещё 318", "ще 318", "тағы 318": more of the same.
_ANOTHER = re.compile(r"(?i)(?<!\w)(?:another|a\s+further|ещё|еще|ще|тағы)\s+$")
# Ukrainian "returned" said of the people returned, not of those who came back.
_UK_SENT_BACK = re.compile(
    r"(?i)(?<![\w'])(?:повернули|повернула|повернув|повернуто|повернено)(?![\w'])"
)
_UK_MANAGED_TO = re.compile(
    r"(?i)(?:вдалося|вдалось|змогли|змогла|зміг|допомогли|допомогла|допоміг)\s+$"
)
# Brought back by someone: "were flown back", "были доставлены обратно", "були повернуті".
_SENT_BACK_PASSIVE = re.compile(
    r"(?i)(?<!\w)(?:(?:were|was|have\s+been|had\s+been)\s+(?:flown|taken|bussed|driven|"
    r"shipped|brought|put\s+on\s+(?:a\s+)?(?:flight|plane|bus)\w*)\s+(?:back|home)|"
    r"(?:были|был|была)\s+(?:доставлены|отправлены|возвращены|вывезены)|"
    r"(?:були|був|була)\s+(?:доставлені|відправлені|повернуті|вивезені)|"
    r"қайтарылды|қайтарылған|жеткізілді|жөнелтілді)(?!\w)"
)
# Moves that cross a border when they happen between countries.
_ACROSS_A_BORDER = frozenset({"entered", "left", "returned", "crossings", "deported"})
# People named as migrants or refugees: no state's own citizens.
_MIGRANTS = re.compile(r"(?i)(?<!\w)(?:мигрант|мігрант|беженц|біженц|migrant)\w*")
# Kazakh qualifiers after the figure, before its noun: "53 мыңға жуық кіруін".
_KK_AFTER_FIGURE = frozenset({"жуық", "астам", "артық", "шамасында", "шақты"})
# Cues that tell no move of their own.
_NO_MOVE = frozenset({"stock", "report", "plan", "allow", "both_ways"})
# What an application is for, when the sentence says it.
_APPLIED_FOR = frozenset({"asylum", "citizenship", "refugee", "asylum_seekers"})
# The people a figure counts, described right after its clause as deported.
_DESCRIBED_DEPORTED = re.compile(
    r"(?i),\s*(?:(?:которых|которые\s+были|яких|які\s+були|who\s+(?:had\s+)?(?:been|were))\s+"
    r"(?:\w+\s+){0,2}?)?(?:депортирова|выдвор|выслан|выслал|депортува|депортова|видвор|вислан|"
    r"вислал|deported|expelled|removed\s+from)"
)
# Coming back, in the progressive: "had been returning", "have been returning home".
_BEEN_RETURNING = re.compile(r"(?i)\b(?:had|has|have)\s+been\s+returning\b")
# A country right after a figure's dash in a list: "300 — Сирии", "300-і – Сирия".
_LISTED_COUNTRY = re.compile(
    r"(?:-[іиы]|-сі|-сы)?\s*[—–-]\s*(?:граждан[еа]?\s+|громадян[иа]?\s+)?"
    r"(?P<c>[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][\w'’-]+)"
)
# A list's item whose country comes before the dash (or bracket) and its figure: "Турции —
# 1 960", "Туреччини (1 540)".
_COUNTRY_THEN_FIGURE = (
    r"(?P<c>[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?)\s*(?:[—–]|\()\s*"
    r"(?:(?:около|более|почти|свыше|близько|понад|майже|до)\s+)?"
)
_COUNTRY_THEN_DASH = re.compile(_COUNTRY_THEN_FIGURE + "$")
# Why people were turned back: they could not enter ("не было оснований для въезда", "не мали
# підстав для в'їзду", "with no grounds for entry").
_NO_GROUNDS_TO_ENTER = re.compile(
    r"(?i)[^.;]{0,60}?(?<!\w)(?:(?:для|на)\s+(?:въезда|въезд|в['’]їзду|в['’]їзд)"
    r"|no\s+(?:grounds|right|permission|reason|basis)\s+(?:for\s+entry|for\s+entering|to\s+enter))"
    r"(?!\w)"
)
# Turned back, with no way said: "развернули", "розвернули".
_TURNED_BACK_RU_UK = re.compile(r"(?i)(?<!\w)(?:развернул\w*|розвернул\w*|развёрнут\w*)")
# The same in English, which says the way: "turned back at the border".
_TURNED_BACK_EN = re.compile(r"(?i)(?<!\w)turned\s+(?:back|away)(?!\w)")
# Between one item of a list and the next: "осіб, з ", "человек, а с ", "тисячі; із ".
_LIST_GLUE = re.compile(
    r"(?i)\s*(?:[^\W\d_]+\s*){0,2}[,;]\s*(?:(?:а|и|і|й|та)\s+)?(?:(?:з|із|зі|с|со|в|у|на)\s+)?"
)
_COUNTRY_THEN_DASH_ANY = re.compile(_COUNTRY_THEN_FIGURE + r"\d")
# Whose citizens a list counts, before its items: "граждане", "громадян", "выходцы".
_CITIZENS_WORD = re.compile(r"(?i)(?<!\w)(?:граждан|громадян|выходц|вихідц|уроженц|уродженц)\w*")
# A figure of countries: "14 other African countries", "20 nationalities".
_COUNTRIES_COUNTED = re.compile(
    r"\s+(?:other\s+|more\s+|different\s+)?(?:[A-Z][\w-]+\s+)?(?:countries|nationalities)\b"
)
# A register, a database or a list people are in: "в реестре", "в базе", "у реєстрі".
_IN_A_REGISTER = re.compile(
    r"(?i)(?<!\w)(?:в|у)\s+(?:реестре|базе|базах|списке|списках|перечне|реєстрі|базі|"
    r"списку|переліку)(?!\w)"
)
# Who are in it now: "остаются", "находятся", "значатся", "перебувають".
_STAYS_NOW = re.compile(
    r"(?i)(?<!\w)(?:остаются|остается|находятся|находится|значатся|числятся|состоят|"
    r"залишаються|залишається|перебувають|перебуває|значаться|числяться|містяться)(?!\w)"
)
# The dead and the missing: "drowned", "погибли", "зникли безвісти", "хабарсыз кетті".
_DEAD_OR_MISSING = re.compile(
    r"(?i)(?<!\w)(?:died(?!\s+down)|drowned|perished|were\s+killed|went\s+missing|"
    r"(?:are|were|remain|remained|is|was)\s+(?:still\s+)?missing|погиб\w*|утонул\w*|умерл\w*|умер|пропал\w*\s+без\s+вести|"
    r"загинул\w*|загинуло|потонул\w*|потонуло|померл\w*|зникл\w*\s+безвісти|"
    # "кемінде үш адам суға кетті": drowned.
    r"қаза\s+тап\w*|хабарсыз\s+кет\w*|көз\s+жұм\w*|мерт\s+бол\w*|суға\s+батып\s+\w+|"
    r"суға\s+кет\w*|суға\s+бат\w*)(?!\w)"
)
# People taken back to a state's sea: "returned to Turkish waters", "towed back into Libyan
# waters".
_BACK_TO_WATERS = re.compile(
    r"(?i)\b(?:returned|towed|pushed|sent|taken|escorted)\s+(?:back\s+)?(?:in)?to\s+"
    r"(?:[\w-]+\s+){0,2}(?:territorial\s+)?waters\b"
)
# The people counted described as arriving: "travellers arriving from Yemen", "прибывших".
# A country taking in a part of those counted before, its figure next: "Malaysia took 21,300
# (of them)", "the main destination, taking 33,100".
_TOOK_THEM = re.compile(
    r"(?<!\w)(?:alone\s+)?(?:took|taking|received|receiving|absorbed|welcomed)\s+(?:(?:about|"
    r"around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|at\s+least)\s+)?$"
)
_ARRIVING = re.compile(
    r"(?i)[^.;:]{0,40}?(?<!\w)(?:arriving|who\s+(?:had\s+)?(?:arrived|flew\s+in)|"
    r"прибывш\w+|прилетевш\w+|прибыли|прилетели|прибули|прилетіли|прибул\w+)(?!\w)"
)
# The words for people a count names with no people's name: "300 людей", "5 тысяч человек".
_PEOPLE_WORDS = frozenset(
    {"people", "persons", "человек", "людей", "люди", "осіб", "особи", "адам", "адамды"}
)


def _names_people(token: Token) -> bool:
    # "citizens", "nationals", but not the "National" of "6,000 National Guard troops".
    citizens = "citizen" in token.concepts and token.word.text[:1].islower()
    return bool(token.demonym) or citizens or token.word.folded in _PEOPLE_WORDS


def _things_next(figure: FoundFigure, words: SentenceWords) -> bool:
    """Whether the word right after a figure names things, not people ("two charter flights",
    "40 buses")."""
    following = [p.token for p in words.words if p.start >= figure.end][:2]
    return any("cue:not_people" in token.concepts for token in following)


def _registered_as_attribute(words: SentenceWords) -> bool:
    """Whether every word of the sentence that says "registered" is a participle describing
    the people ("зареєстрованих біженців"), none a verb telling that they were."""
    placed = words.words
    said = [at for at, item in enumerate(placed) if "cue:register" in item.token.concepts]

    permits = {
        at + step
        for at in said
        if placed[at].token.word.folded.startswith(_PERMIT_NOUNS)
        for step in range(3)  # "вид на жительство", "посвідка на проживання"
    }

    def describes(at: int) -> bool:
        if at in permits:
            return True  # "проживают 29 тысяч с видом на жительство": people who hold one
        folded = kazakh_fold(placed[at].token.word.folded)
        if folded != "registered":
            return _REGISTERED_ATTRIBUTE.fullmatch(folded) is not None
        before = placed[at - 1].token.word.folded if at else ""
        after = placed[at + 1].token.word.folded if at + 1 < len(placed) else ""
        return before not in _ENGLISH_AUXILIARY and after.isalpha() and after not in _LINKS

    return bool(said) and all(describes(at) for at in said)


class _SentenceReader:
    """The figures of one sentence, read together: they share its dates and its speaker."""

    def __init__(
        self,
        sentence: Sentence,
        attribution: Attribution,
        language: str,
        published: date,
        metrics: Vocabulary,
        *,
        headline: bool,
        curators: Vocabulary | None = None,
    ) -> None:
        self.sentence = sentence
        self.attribution = attribution
        self.language = language
        self.published = published
        self.metrics = metrics
        # The vocabulary whose curator-added metrics are read by their labels, if one was given.
        self.curators = curators
        self.headline = headline
        # "GORIS, Armenia, 29 September 2023 (Caucasus Wire) –": the story's day, no figure's;
        # only a line's first sentence can open with it.
        opening = dateline_end(sentence.text) if sentence.line_start else 0
        dates = find_dates(sentence.text, language, published)
        # Every date the sentence names, those of a comparison ("than in 2024") too.
        self.all_dates = dates
        # Every date's words, the report's own day included: no figure is read inside one.
        self.spans = [(found.start, found.end) for found in dates]
        # "удвічі менше, ніж навесні 2022 року": a date compared with dates no figure.
        self.dates = [
            found
            for found in dates
            if found.start >= opening and not _THAN.search(sentence.text[: found.start])
        ]
        self.figures = [f for f in find_figures(sentence.text, language) if not self._in_a_date(f)]
        self.scopes: dict[tuple[int, int], tuple[int, int]] = {}
        # The figure the last one read is a part of ("of them, ..."), for the rest of a list.
        self.listed_part: Candidate | None = None
        # Where another source's clause begins ("..., while UNHCR said 7,000 were"), if it does.
        self.turned_at: int | None = None
        said = report_day(sentence.text, attribution.cue_end, self.figures, self.dates)
        if said is None and language == "kk":
            said = kazakh_report_day(sentence.text, attribution.cue_end, self.figures, self.dates)
        self.report_day = said[0] if said else None
        if said is not None:
            self.dates = from_report_day(sentence.text, language, self.dates, said)
        else:
            spoke = said_over(sentence.text, attribution.cue_end, self.figures, self.dates)
            self.dates = [found for found in self.dates if found is not spoke]

    def read(self, context: ArticleContext) -> tuple[list[Candidate], list[LeftOut]]:
        text = self.sentence.text
        figures = self.figures
        counts = []
        left_out = []
        for figure in figures:
            if figure.unit == "count":
                counts.append(figure)
            elif figure.unit in {"percent", "money", "measure"}:
                left_out.append(self._left_out(figure, figure.unit))
        if not counts:
            return [], left_out
        words = read_words(text, self.language, line=self.sentence.line_start)
        denials = _denials(text, words)
        if denials:
            # "Reports that 250,000 fled are not true": what the denial's clause counts;
            # "police had expelled 87 ..., and dismissed reports that 5,000 ..." keeps the 87.
            denied = [f for f in counts if any(self._same_clause(f, at) for at in denials)]
            for at in denials:
                # "3,000 had been 'escorted out', a figure the spokesman later said was
                # 'wildly exaggerated'": the aside names the figure before it.
                asides = [m.start() for m in _FIGURE_ASIDE.finditer(text, max(0, at - 120), at)]
                aside = asides[-1] if asides else None
                between = aside is not None and any(aside <= f.start < at for f in counts)
                before = [f for f in counts if aside is not None and f.end <= aside]
                if before and not between and before[-1] not in denied:
                    denied.append(before[-1])
                pointed = self._pointed_back_at(counts, at)
                if pointed is not None and pointed not in denied:
                    # "..., but the Border Guard said the figure was wrong": the denial's
                    # clause counts nothing of its own and points back at the figure before.
                    denied.append(pointed)
            left_out += [self._left_out(figure, "denied") for figure in denied]
            counts = [f for f in counts if f not in denied]
            if not counts:
                return [], left_out
        # "fell by 410 to 1,260", "на 2 тысячи больше": by how much two counts differ, no
        # one's move; it takes no part of the sentence from the counts beside it.
        differences = [
            f for f in counts if a_difference(text, (f.start, f.end), text[f.start : f.end])
        ]
        left_out += [self._left_out(figure, "difference") for figure in differences]
        counts = [f for f in counts if f not in differences]
        if not counts:
            return [], left_out
        found: list[Candidate] = []
        # "repatriated 164 Haitians on two charter flights over the weekend": a figure of
        # things cuts no part of the sentence from the people's figure it describes.
        people = [f for f in counts if not _things_next(f, words)]
        self.scopes = {(f.start, f.end): scope(text, people, i) for i, f in enumerate(people)}
        self.scopes |= {
            (f.start, f.end): scope(text, counts, i)
            for i, f in enumerate(counts)
            if (f.start, f.end) not in self.scopes
        }
        for key, (first, last) in list(self.scopes.items()):
            # "таких заявлений было 62 тыс. 900, то есть за год их число сократилось на 21,6
            # тыс.": a change told in a clause of its own after the count keeps that clause's
            # time to itself.
            change = next((d for d in differences if key[1] <= d.start < last), None)
            cut = _CLAUSE_BREAK.search(text, key[1], change.start) if change else None
            if cut is not None:
                self.scopes[key] = (first, cut.start())
        # "..., while UNHCR said 7,000 were": the figures after the turn are another source's.
        turn = second_source(self.sentence, self.language, counts, self.attribution)
        if turn is not None and turn[1] is not None:
            # "X recorded 3,240 entries, while the IOM put the figure at about 3,000": the
            # sentence's one cue is the second source's; the first figures are X's.
            self.attribution = turn[1]
        for figure in counts:
            if turn is not None and figure.start >= turn[0]:
                self.attribution, self.turned_at = turn[2], turn[0]
            start, end = self.scopes[figure.start, figure.end]
            candidate = self._candidate(figure, words, start, end, found, context)
            if isinstance(candidate, LeftOut):
                left_out.append(candidate)
            else:
                found.append(candidate)
        return found, left_out

    def _pointed_back_at(self, counts: list[FoundFigure], at: int) -> FoundFigure | None:
        """The count a denial at ``at`` points back at ("the figure", "эту цифру") from a
        clause that counts nothing of its own: the last one before the pointing words."""
        if any(self._same_clause(f, at) for f in counts):
            return None
        text = self.sentence.text
        pointing = back_reference(text, max(0, at - 80), min(len(text), at + 80))
        if pointing is None:
            return None
        before = [f for f in counts if f.end <= min(pointing.start(), at)]
        return before[-1] if before else None

    def denies_the_one_before(self) -> bool:
        """Whether the sentence, counting nothing, denies a figure said before it: "The
        Border Guard called the figure exaggerated.", "В МВД назвали эту цифру фейком"."""
        text = self.sentence.text
        if any(f.unit == "count" for f in self.figures) or back_reference(text) is None:
            return False
        return bool(_denials(text, read_words(text, self.language, line=self.sentence.line_start)))

    def _same_clause(self, figure: FoundFigure, at: int) -> bool:
        """Whether nothing joins another clause between a figure and a word at ``at``."""
        text = self.sentence.text
        between = text[min(figure.end, at) : max(figure.start, at)]
        and_then = _AND_DENYING.search(text, figure.end, at + 30) if figure.end <= at else None
        if and_then is not None and and_then.start() <= at:
            # "had expelled 4,700 foreigners since May 1 and denied that any had been
            # mistreated": a second verb of the same subject, whose denial is what follows it.
            return False
        return _NEXT_CLAUSE.search(between) is None

    def _clause_of(self, figure: FoundFigure) -> tuple[int, int]:
        start, end = self.scopes.get((figure.start, figure.end), (0, len(self.sentence.text)))
        return clause(self.sentence.text, figure, start, end)

    def _speaker_named_before(self, figure: FoundFigure) -> int:
        """Where the speaker's name ends, when the sentence names them before the figure
        with nothing counted between ("Бангладештің ... репатриация жөніндегі комиссары
        Мохаммад Рафиқул Ислам ... 18 мыңнан астам рохинджа келгенін айтты"); else 0."""
        speaker = self.attribution.attributed_to
        if speaker is None or not speaker.name:
            return 0
        at = self.sentence.text.find(speaker.name, 0, figure.start)
        if at < 0:
            return 0
        end = at + len(speaker.name)
        between = self.sentence.text[end : figure.start]
        return end if not any(c.isdigit() for c in between) else 0

    def _scope_end(self, figure: FoundFigure) -> int:
        return self.scopes.get((figure.start, figure.end), (0, len(self.sentence.text)))[1]

    def _in_a_date(self, figure: FoundFigure) -> bool:
        return any(start < figure.end and figure.start < end for start, end in self.spans)

    @staticmethod
    def _told_before(
        figure: FoundFigure, earlier: list[Candidate], context: ArticleContext
    ) -> Candidate | None:
        """The candidate read before in the article with the figure's value, the latest."""
        told = [*reversed(earlier), context.last, context.article_last]
        told += reversed(context.by_metric.values())
        return next((c for c in told if c is not None and c.figure.value == figure.value), None)

    def _left_out(self, figure: FoundFigure, reason: str) -> LeftOut:
        return LeftOut(self._evidence(), self.sentence.text[figure.start : figure.end], reason)

    def _evidence(self) -> Evidence:
        return Evidence(self.sentence.text, self.sentence.start, self.sentence.end)

    def _candidate(
        self,
        figure: FoundFigure,
        words: SentenceWords,
        start: int,
        end: int,
        earlier: list[Candidate],
        context: ArticleContext,
    ) -> Candidate | LeftOut:
        text = self.sentence.text
        own_clause = clause(text, figure, start, end)
        if (
            _OF_THE_WHOLE.search(text, 0, figure.start)
            and self._told_before(figure, earlier, context) is not None
        ):
            # "More than 17,000 crossed ... Of the 17,000, 1,800 arrived at Vaalimaa": the
            # whole a part is taken from, said again.
            return self._left_out(figure, "repeat")
        # Words before a cue that opens the sentence name the speaker, not the figure's
        # countries ("Kazakh Interior Ministry reported that ..."); a cue after the figure
        # ("..., the ministry said") leaves the whole sentence to it.
        cue_end = self.attribution.cue_end or 0
        speaker_end = cue_end if cue_end <= figure.start else 0
        number_first = _NUMBER_OF.match(text) is not None
        if speaker_end and (aside_before(text, speaker_end) or number_first):
            # "Граждан Монголии, по данным пограничников, въехало ...": the cue stands aside
            # between commas; the words before it are the figure's. So are those of a number
            # the speaker gives: "Число суданцев, прибывших в Чад, в УВКБ ООН оценили в".
            speaker_end = 0
        told_that = _THAT.search(text, speaker_end, figure.start) if speaker_end else None
        if told_that is not None and not any(
            c.isdigit() for c in text[speaker_end : told_that.start()]
        ):
            # "told reporters in Brussels that ...": where the speaker spoke is no part of
            # where the figure's people went.
            speaker_end = told_that.end()
        # What is counted and where: the figure's own clause first ("when Putin announced
        # mobilisation, more than 200,000 entered"), then the part of the sentence it shares
        # with no other figure, then the whole sentence.
        cues: set[str] = set()
        # The speaker's own name counts nothing: "Immigration, Refugees and Citizenship Canada
        # said 39,000 filed refugee claims" applied for asylum, not citizenship; nor when its
        # verb comes after the figure ("Грекияның Көші-қон және баспана министрлігі ... 1 100
        # адам жеткенін жазды" counted arrivals, not asylum claims).
        cues_from = 0 if number_first else max(speaker_end, self._speaker_named_before(figure))
        own_cues = words.cues(max(own_clause[0], cues_from), own_clause[1])
        whole_named = _OF_THE_COUNTED_AFTER.match(text, figure.end)
        headline_sides = _HEADLINE_SIDES.match(text) is not None
        for area in (own_clause, (start, end), (0, len(text))):
            cues = words.cues(max(area[0], cues_from), area[1])
            if whole_named is not None:
                # "2,000 of the arrivals had moved on": the noun counted the whole; the
                # part's own verb, where it has one, says what the part did.
                verbs = words.cues(max(area[0], cues_from), whole_named.start()) | words.cues(
                    whole_named.end(), area[1]
                )
                cues = verbs if verbs - _NO_MOVE else cues
            if self.language == "en" and _CROSSINGS.search(text, *area):
                cues.add("crossings")
            between = _BETWEEN_TWO.search(text, *area)
            if (
                between is not None
                and cues & {"cross", "enter", "leave"} == {"cross"}
                and len(words.places(between.start(), between.end() + 30, self.language)[0]) > 1
            ):
                # "between Norway and Sweden", not "between Monday and Wednesday".
                cues.add("crossings")
            if headline_sides and cues & {"cross", "enter", "leave"} == {"cross"}:
                # "Приморье — Китай: ... границу пересекли почти 60 тысяч человек": between the
                # headline's two sides (one may be a region no gazetteer names).
                cues.add("crossings")
            if _HANDED_OVER.search(text, *area):
                cues.add("deport")
            if _COULD_NOT_LEAVE.search(text, *area):
                cues.add("refuse_exit")
            moving = _REGISTERED_MOVING.search(text, area[0], max(area[1], end))
            refugees = moving is not None and _REFUGEES.search(
                text, moving.start(), min(len(text), moving.end() + 25)
            )
            if "register" in cues and moving and not refugees:
                # "registered more than 11,300 Cubans entering the country": counted them
                # coming in, no one registered as anything.
                cues = cues - {"register"}
            put = put_through_a_post(text, self.language, area)
            if put is not None:
                # "на КПП «Верхний Ларс» ежедневно оформляют до 6 тысяч человек", "officers at
                # the checkpoint checked 46,000 people": put through a border post, they
                # crossed it, whichever way, unless the rest of the clause says one ("checked
                # 300 people entering"); no one registered as anything.
                beside = words.cues(max(area[0], cues_from), put.start()) | words.cues(
                    put.end(), area[1]
                )
                if not beside & _WAYS_SAID:
                    cues = (cues - {"register", "enter"}) | {"crossings"}
                elif "register" in cues:
                    cues = (cues - {"register"}) | {"crossings"}
            # Cues that say what was counted: "відповідні посвідки отримали" (got them) says
            # what only the rest of the sentence names ("тимчасового захисту").
            if cues - _NO_MOVE and choose_metric(cues, has_destination=True, has_origin=True):
                break
        after = (p for p in words.words if p.start >= figure.end)
        head = next(after, None)
        if head is not None and head.token.word.folded in _KK_AFTER_FIGURE:
            head = next(after, None)
        in_clause = head is not None and head.start < own_clause[1]
        flow = _FLOW_NOUNS.get(head.token.word.folded) if head is not None and in_clause else None
        if flow is not None:
            # "recorded about 310,000 returns of Syrian refugees": the noun the figure counts
            # says the move, whatever the verb and the people.
            cues = (cues - {"register", "refugee", "enter", "leave", "return", "deport"}) | {flow}
        kind = next((m for m in reversed(context.by_metric) if m.endswith("_applications")), "")
        if "apply" in cues and not cues & _APPLIED_FOR and kind:
            # "In the first quarter, the commission registered about 37,600 applications",
            # "қазақстандықтар тағы 310 өтініш тапсырған" after asylum claims before: more
            # applications of the kind the article counted.
            cues = cues | {"asylum" if kind.startswith("asylum") else "citizenship"}
        if (
            turned_down_after(text, figure.end, min(end, figure.end + 160))
            # ("40 Georgians who were denied asylum returned home": they went home.)
            and cues & {"enter", "leave"}
            and "return" not in cues
            and not _HELPED_HOME.search(text, start, end)
        ):
            # "вылетел чартерный рейс с 38 гражданами Ирака, которым было отказано в убежище",
            # "a charter with 180 Venezuelans whose asylum claims were rejected": flown out
            # of the country that turned them down, no one applying.
            cues = (cues - {"return", "enter", "leave", "apply", "asylum"}) | {"deport"}
        if "deport" not in cues and _DESCRIBED_DEPORTED.match(text, own_clause[1]):
            # "доставлены 47 граждан Непала, депортированных из Малайзии", "прибули 1 870
            # громадян, яких видворили з Росії": people deported, whatever brought them.
            cues = (cues - {"return", "enter", "leave"}) | {"deport"}
        # "bringing the total for the year to 39,910, already more than in all of 2023": a
        # running total of a move, whatever "already" says of people elsewhere.
        a_total = running_total(text, (figure.start, figure.end), own_clause) is not None
        if "stock" in own_cues and not own_cues - _NO_MOVE and not a_total:
            # "— це острів, де живе близько 11 тисяч мешканців": who live there, whatever
            # moved in the rest of the sentence.
            return self._left_out(figure, "stock")
        if _STILL_REGISTERED.search(text, *own_clause) and not a_total:
            # "About 560,000 Syrians remain registered with UNHCR in Jordan": on the register
            # now, no one registered since.
            return self._left_out(figure, "stock")
        if "mobilise" in cues and _SINCE_MOBILISATION.search(text):
            # "200,000 Russians since mobilisation": when, not how many are called up.
            cues.discard("mobilise")
        if "mobilise" in cues and "allow" in words.cues(start, end):
            # "... 7-тармағы 1 миллион адамды, ..., әскерге шақыруға мүмкіндік беретіні": what
            # the decree allows is a ceiling, in whichever clause the verb stands.
            cues.add("allow")
        if "leave" in cues and "refuse_exit" in words.cues(0, len(text)):
            # "tried to leave for Poland with forged papers, and were not let out".
            cues.add("refuse_exit")
        # The figure's clause names its countries first; the rest of its part of the sentence
        # fills a role the clause leaves open ("In Chad, at least 60,000 have arrived from
        # Sudan"), and the whole sentence only when neither names any.
        # The speaker's words name no flow's country ("A statement from Poland's Border Guard
        # said 200 crossed into Poland").
        # "«... вернулись 73 наших гражданина», — рассказал консул Кыргызстана": the words
        # after a quotation's close name its speaker, not where anyone went.
        said_after = _SAID_AFTER_QUOTE.search(text, figure.end)
        words_end = said_after.start() if said_after else len(text)
        # "..., Georgia's interior ministry said", "..., заявил грузинский министр": nor do
        # the words of a speaker named after the figure.
        speaker_after = self._speaker_after(figure, words)
        words_end = min(words_end, speaker_after)
        speaker = self.attribution.attributed_to
        body = speaker is not None and speaker.kind == "organisation"
        # "deported 21,912 migrants in May, most of them to Guatemala": where most of them went
        # is no place all of them went.
        most_went = _MOST_OF_THEM.search(text, figure.end, words_end)
        part_end = _PART_END.search(text, most_went.end(), words_end) if most_went else None
        aside = (
            (most_went.start(), part_end.end() if part_end else words_end) if most_went else None
        )
        partial = (
            {
                place.code
                for place in words.places(*aside, self.language)[0]
                # Where most came from is kept: "38 arrived, most on flights from Warsaw".
                if place.role == "into"
            }
            # "crossed into Poland ..., most of them to Warsaw": all went to Poland still.
            - {place.code for place in words.places(own_clause[0], aside[0], self.language)[0]}
            if aside
            else set()
        )

        # A quotation read as one sentence: the places of its sentences after the figure's
        # are not the figure's ("... вернулись 148 тысяч. Многие хотят уехать в Корею").
        inner_end = _next_quoted_sentence(text, figure)
        places_end = inner_end.start() if inner_end is not None else len(text)

        # "About 3,000 people, Tak governor Prasert Wongsuwan said, fled ...": the speaker's
        # aside names no place anyone went.
        speaker_aside = self._speaker_aside(figure)

        def places_in(a: int, b: int) -> tuple[Place, ...]:
            b = min(b, places_end)
            spans = [(a, b)]
            if speaker_aside is not None and a < speaker_aside[1] and speaker_aside[0] < b:
                spans = [(a, speaker_aside[0]), (speaker_aside[1], b)]
            return tuple(
                p
                for span_start, span_end in spans
                for p in words.places(span_start, span_end, self.language)[0]
                if p.code not in partial
            )

        roles = roles_of(places_in(max(own_clause[0], speaker_end), min(own_clause[1], words_end)))
        english = self.language == "en"
        state_returned = _STATE_RETURNED.match(text) if english else None
        sent_to = _SENT_TO.search(text, figure.end, own_clause[1]) if state_returned else None
        if (
            state_returned is not None
            and figure.start - state_returned.end() < 30
            and sent_to is not None
            # "Ukraine returned 47 children from Russia": a state bringing its own people home.
            and not _BROUGHT_HOME.search(text, figure.end, own_clause[1])
            and country_code(state_returned.group().split()[0]) != country_code(sent_to["x"])
        ):
            # "Greece returned 40 migrants to Turkey": a state that returns people sends them.
            cues = cues | {"deport"}
        if english and "deport" in cues and _BEEN_RETURNING.search(text, *own_clause):
            # "had been returning home": coming back, not "had been returned" (sent back),
            # whose dictionary forms the cue shares.
            cues = (cues - {"deport"}) | {"return"}
        officers = _OFFICERS_SENT.search(text[max(0, figure.start - 60) : figure.start])
        if officers is not None and not _BROUGHT_HOME.search(text, figure.end, own_clause[1]):
            # "Immigration officers repatriated 164 Haitian nationals to Cap-Haïtien", "police
            # returned 40 migrants": a state's officers sending people away deported them.
            cues = (cues - {"return"}) | {"deport"}
        if english and _SENT_THEM_BACK.search(text, *own_clause):
            # "Hungarian police escorted 240 migrants back to the Serbian border", "sent 300
            # Afghans back": the verb, the people, then "back".
            cues = (cues - {"return", "enter", "leave"}) | {"deport"}
        to_waters = _BACK_TO_WATERS.search(text, *own_clause) if english else None
        if to_waters is not None:
            # "intercepted at sea and returned to Turkish waters": pushed back, not gone home.
            cues = (cues - {"return", "enter", "leave"}) | {"deport"}
        bound = _BOUND_FOR.search(text, figure.end, own_clause[1]) if english else None
        bound_for = country_code(bound["x"]) if bound else None
        if bound_for is not None and roles["into"] is None:
            # "94 Qatar-bound workers": where they were headed.
            roles["into"] = bound_for
            if STOPPED.search(text, own_clause[0], own_clause[1]) and not cues & _MOVED:
                # "stopped 94 Qatar-bound workers at the airport": they did not get out.
                cues = cues | {"refuse_exit"}
        if attempted(text, self.language, (figure.start, figure.end), own_clause):
            # "200 people tried to cross from Belarus": attempts, no one's move.
            return self._left_out(figure, "background")
        refused = refusal(text, self.language, (figure.start, figure.end), own_clause, end)
        if refused == "refuse_exit" and self.language == "en":
            refused = self._kept_out_by_their_goal(text, figure, own_clause, words) or refused
        if refused is not None:
            # "stopped 900 migrants trying to reach Greece", "did not let three men out":
            # they did not get out (or in), whatever verb of moving the sentence has.
            cues = (cues - {"enter", "leave", "cross"}) | {refused}
            if self.language == "kk":
                # "өтпек болған 112 мигрантты кері қайтарды": turned back on the way, not sent
                # back after they got in.
                cues = cues - {"deport"}
        clause_names_a_country = any(roles.values())
        # "..., а решту — через пункти на кордоні з Молдовою": the others' places.
        the_rest = _THE_REST_AFTER.search(text, figure.end, words_end)
        others_from = the_rest.start() if the_rest is not None else words_end
        scope = roles_of(places_in(max(start, speaker_end), min(end, others_from)))
        if speaker_end and not scope["into"] and not scope["in"]:
            # "In neighbouring Czechia, the deputy minister told ... that": where it happened
            # may come before the speaker.
            for placed in words.words:
                before = text[max(0, placed.start - 30) : placed.start]
                spoken_before = placed.end <= min(speaker_end, cue_end)
                inside = _IN_PLACE.search(before)
                # "У посольстві України в Малайзії": a body's country is no place it was in.
                of_a_body = inside is not None and any(
                    is_org_word(word) for word in words_of(inside["between"])
                )
                if spoken_before and placed.token.country and inside and not of_a_body:
                    scope["in"] = scope["in"] or placed.token.country
        for role, code in scope.items():
            if roles[role] is None and code is not None and roles["named"] == code:
                # "из Москвы, Новосибирска и Екатеринбурга прилетели": the list's first
                # city, before the clause's comma, says which way its country was.
                roles["named"] = None
            if roles[role] is None and code not in roles.values():
                roles[role] = code
        if not any(roles.values()) and not earlier:
            # With a figure before it in the sentence, the clause that names no country is
            # where that one happened ("..., and 147,000 have left"): see _countries. A
            # quotation read as one sentence ends the figure's own at its full stop: "...
            # келеді. ... Қазақстанға депортацияладық" sends none of the first ones home.
            inner = _INNER_SENTENCE_END.search(text, figure.end, others_from)
            roles = roles_of(places_in(speaker_end, inner.start() if inner else others_from))
        # "4 112 иностранцев, большинство из них — сирийцы": the people most of them are
        # are not all of them.
        most = _MOST_OF_THEM.search(text, figure.end, end)
        people_end = most.start() if most else min(end, words_end)
        # A quotation read as one sentence: whose people they are is said before its next
        # sentence ("Түрікмен әріптестерімізге" thanks colleagues, it names no travellers).
        stop = _INNER_SENTENCE_END.search(text, figure.end, people_end)
        people_end = stop.start() if stop else people_end
        citizenship = (
            # "Қытай азаматтығы бар 62 қазақ": the citizenship they hold, on either side.
            words.held_citizenship(max(start, speaker_end), people_end, self.language)
            or words.citizenship(figure.start, people_end, self.language)
            or words.citizenship(max(start, speaker_end), figure.start, self.language)
            # Kazakh names the country before the figure, the citizens after it: "Ресейдің 11
            # азаматы".
            or words.citizenship(max(start, speaker_end), people_end, self.language)
        )
        listed = _LISTED_COUNTRY.match(text, figure.end) if self.language != "en" else None
        peoples = words.peoples(listed.start("c"), listed.end("c")) if listed is not None else []
        listed_code = peoples[0] if len(peoples) == 1 else None
        if listed_code is not None:
            # "Из них 500 — граждане Афганистана, 300 — Сирии и 150 — Ирака", "олардың 300-і –
            # Сирия": each in a list of "of them" is of the country named after its dash.
            citizenship = listed_code
        item = (
            _COUNTRY_THEN_DASH.search(text, max(0, figure.start - 80), figure.start)
            if self.language in {"ru", "uk"} and listed_code is None
            else None
        )
        item_peoples = words.peoples(*item.span("c")) if item is not None else []
        items = list(_COUNTRY_THEN_DASH_ANY.finditer(text)) if item_peoples else []
        list_countries = {code for found in items for code in words.peoples(*found.span("c"))}
        list_item: str | None = None
        if len(item_peoples) == 1 and len(list_countries) > 1:
            # "граждане Шри-Ланки — 2 410, Турции — 1 960 и Непала — 1 720": each figure of
            # the list is of the country before its dash; the list's others are not its places.
            (own,) = item_peoples
            list_item = own
            citizens = _CITIZENS_WORD.search(text, 0, items[0].start()) is not None
            if citizens or citizenship in list_countries:
                citizenship = own
            for role, code in roles.items():
                if code in list_countries and (code != own or (citizens and role == "named")):
                    roles[role] = None
        waters_of = words.peoples(*to_waters.span()) if to_waters is not None else []
        if citizenship in waters_of:
            citizenship = None  # "Turkish waters" are the sea's, not the people's
        this_country = _THIS_COUNTRYS_CITIZENS.search(text, figure.end, people_end)
        if citizenship is None and this_country is not None:
            # "в Таджикистан выдворены 64 гражданина этой страны": the country just named.
            named_before = words.peoples(0, this_country.start())
            citizenship = named_before[-1] if named_before else None
        its_own = _ITS_CITIZENS.search(text, max(start, figure.start - 12), people_end)
        if citizenship is None and its_own is not None:
            # "Guatemala's Migration Institute told Prensa Libre that 1,240 of its citizens":
            # the citizens of the one country the speaker's words name.
            speakers = set(words.peoples(0, speaker_end or figure.start))
            citizenship = speakers.pop() if len(speakers) == 1 else None
            if citizenship is None:
                # "За словами посадовця, ... виїхали 287 тисяч громадян країни": the speaking
                # body's country, else the citizens the article counted just before.
                last_counted = earlier[-1] if earlier else context.last
                citizenship = self._speakers_state() or (
                    last_counted.citizenship if last_counted else None
                )
        if "apply" in cues and _FOR_NATIONALITY.search(text):
            # "filed 95,000 applications for Portuguese nationality": for citizenship. The
            # word alone is no cue: "people of other nationalities" applied for nothing.
            cues = cues | {"citizenship"}
        if "register" in cues and _FOR_FLIGHTS.search(text, *own_clause):
            # "на рейсы в Таиланд регистрируются 100–120": checking in to fly out.
            cues = (cues - {"register"}) | {"leave"}
        # "Greek police arrested 40 migrants who had crossed from Turkey", "... crossed from
        # Turkey, Greek police said": crossed from one country into the other one named, or
        # into the speaking body's.
        crossed_in = (
            "cross" in cues
            and roles["from"] is not None
            and (
                roles["named"] not in {None, roles["from"]}
                or self._speakers_state() not in {None, roles["from"]}
            )
        )
        if (
            "cross" in cues
            and not cues & (_MOVED | {"flee"})
            and roles["into"] is None
            and roles["from"] is None
            and (
                words.border_of_two(*own_clause)
                or self._post_crossed(words, own_clause, context)
                # "бекеттен тәулігіне 6-8 мың адам өтеді": a post's daily flow, no way told.
                or (
                    self.language == "kk"
                    and figure.per_day
                    and _KK_POST.search(text, *own_clause) is not None
                )
                or self._through_a_post(text, words, own_clause, context)
            )
        ):
            # "12,000 people crossed the Kazakh-Russian border", "через «Достук» ежедневно
            # проходят 15 тысяч": no way told, so the crossings of that border, both ways.
            cues = cues | {"crossings"}
        departed = (
            _DEPARTED_BEFORE.search(text, figure.end, own_clause[1])
            if self.language == "en" and {"enter", "leave"} <= cues
            else None
        )
        if departed is not None and "leave" not in words.cues(own_clause[0], departed.start()):
            # "1,900 migrants arrived on Lampedusa aboard boats that had left from Sfax": where
            # the boats set out from is the arrivals' origin, not a departure counted.
            cues = cues - {"leave"}
            set_out = roles_of(places_in(departed.end(), own_clause[1]))
            left_from = set_out["named"] or set_out["from"]
            if roles["from"] is None and left_from is not None and roles["named"] == left_from:
                roles["from"], roles["named"] = left_from, None
        metric = choose_metric(
            cues,
            has_destination=roles["into"] is not None
            or roles["in"] is not None
            or crossed_in
            or into_the_country(text, *own_clause),
            has_origin=roles["from"] is not None or roles["named"] is not None,
        )
        added = (
            added_metric(self.curators, words.between(*own_clause), self.language)
            if self.curators is not None
            else None
        )
        if added is not None:
            # "issued 1,200 visas", when curators added "visas issued": their metric.
            metric = added
        elided = self._elided_list_item(figure, earlier, words)
        if elided is not None:
            # "на кордоні з Польщею пройшли 21 тисяча осіб, з Молдовою – 9,8 тисячі": the
            # list's verb is its first item's.
            metric = elided
        if _only_to_come(
            words.between(*own_clause), text[own_clause[0] : own_clause[1]], self.language
        ):
            # "дев'ятеро наших громадян повернуться найближчими днями": will move, have not.
            return self._left_out(figure, "forecast")
        if added is None and self._counts_things(figure, words, own_clause):
            return self._left_out(figure, "background")
        applied = {"asylum_applications", "citizenship_applications"}
        if added is None and metric not in applied and _APPLICATIONS.match(text, figure.end):
            # "received 2,000 applications", "2,000 visa applications", "получила 2 тысячи
            # заявлений": papers of a kind the text does not make a move or asylum.
            return self._left_out(figure, "background")
        if metric in applied and _TURNED_DOWN.search(text, *own_clause):
            # "Poland rejected 1,020 asylum applications", "отклонила 1 020 заявлений":
            # decisions on papers filed before, neither new applications nor a move.
            return self._left_out(figure, "background")
        if _LOST_STATUS.search(text, own_clause[0], own_clause[1]):
            # "тоді як втратили — 38 тисяч, переважно через виїзд за межі Польщі": a register's
            # loss, no count of who left.
            return self._left_out(figure, "background")
        if _CAPACITY_BEFORE.search(text[max(0, figure.start - 40) : figure.start]):
            # "пропускает 350–420 человек, хотя рассчитан на 300": what a post can take, no
            # one who moved.
            return self._left_out(figure, "background")
        if _SHARE_OF.search(text, 0, figure.start) or (
            self.language == "kk" and _KAZAKH_SHARE_OF.match(text, figure.end)
        ):
            # "Half of the 5,000 Russians who entered ... have left", "кеткен 4 мың грузиннің
            # жартысы": the figure is what a share is of; the share, no count, is what the
            # sentence says moved.
            return self._left_out(figure, "percent")
        compared_dated = bool(earlier) and bool(earlier[-1].as_of or earlier[-1].period_end)
        if _compared_with_before(text, figure) and not compared_dated:
            # "1,210 have reached the Canaries, down from 2,600 a year earlier": the earlier
            # figure is another period's, which the sentence does not date. ("... in February,
            # down from 2,600 a year earlier" is February's a year before: see _period.)
            return self._left_out(figure, "background")
        # "Шри-Ланканың ... департаменті елге 5 318 қазақстандық турист келгенін хабарлады":
        # "елге" is the country of the foreign body that speaks, not the people's home.
        their_country = (
            _kazakh_state_body(words)
            if self.language == "kk" and _KAZAKH_HOME.search(text)
            else None
        )
        people = words.citizenship(0, len(text), self.language)
        home_coming = (
            (
                self.language == "kk"
                and _KAZAKH_HOME.search(text) is not None
                and people is not None
                # "елге 186 бангладештік кірді": into the country, the article's; "елге оралды",
                # "елге жетті": home.
                and not _KAZAKH_ENTERED_THE_COUNTRY.search(text)
                and their_country in {None, citizenship}
                # "елге 98 мың ресейлік келген": "ел" is Kazakhstan, no home to Russians.
                and (their_country is not None or people == "KAZ")
            )
            or (
                # "следовавших домой транзитом": on their way home, through here.
                _GONE_HOME.search(text[start:end]) is not None
                and not _TRANSIT.search(text[start:end])
            )
        )
        whole = earlier[-1] if earlier else (context.article_main or context.article_last)
        of_them = _SUBSET.search(text, max(start, 0), figure.start)
        if of_them is not None and _INNER_SENTENCE_END.search(text, of_them.end(), figure.start):
            # "«Більшість із них не зупиняється в Хорватії ... Щодня ... виїжджають від 40 до 60
            # українців»": "of them" in a quotation's sentence before the figure's.
            of_them = None
        subset = (
            of_them
            or _SUBSET_AFTER.match(text, figure.end)
            or _WHOLE_AGAIN.search(text, 0, figure.start)
        )
        said_again = next(
            (
                f
                for f in self.figures
                if subset is not None
                and f is not figure
                and subset.start() <= f.start < subset.end()
            ),
            None,
        )
        if said_again is not None:
            # "Of the 17,000, 1,800 ...": a part of the figure of that value told before.
            whole = self._told_before(said_again, earlier, context) or whole
        # Another source's count of what the figure before counted, proposed beside it and
        # never added to it: "UNHCR put the figure at 7,000" after a count of the same
        # paragraph, or "..., while UNHCR said 7,000 were", "а по данным УВКБ ООН — 7 тысяч"
        # after one of the same sentence, its own clause saying nothing more.
        told_before = earlier[-1] if earlier else context.last
        # "compared with", "против" right before the figure; "A week earlier", "Неделей ранее"
        # opening its sentence: the figure points back at a count before it.
        compared_words = _COMPARED.search(text, max(0, figure.start - 40), figure.start)
        lead = _earlier_lead(text, figure.start)
        earlier_lead = lead is not None and not _the_day_before(lead)
        restating = restates(text, (figure.start, figure.end), own_clause)
        exactly = restating and tells_exactly(text, (figure.start, figure.end), own_clause)
        if told_before is None and (compared_words is not None or earlier_lead or exactly):
            # "That compares with roughly 5,500 the previous week", "Как уточнили в ведомстве,
            # речь идет о 79 856 человек", opening a paragraph: the article's last count.
            told_before = context.article_last
        such_kind = kind_said_again(text, (figure.start, figure.end), (start, end))
        if such_kind is not None:
            # "Торік у червні таких спроб було 6 200": the last count of attempts, not the
            # last figure ("212 who got across were sent back").
            told = sorted([*context.by_metric.values(), *earlier], key=lambda c: c.evidence.start)
            told_before = next(
                (c for c in reversed(told) if same_kind(_words_after(c), such_kind)), told_before
            )
        other_sources = bool(earlier) and self.turned_at is not None
        # "..., bringing this year's total to 3,271": the running total the figure before
        # adds to, of the same move.
        total = (
            running_total(text, (figure.start, figure.end), own_clause)
            if told_before is not None
            else None
        )
        # "..., the Border Guard said on Monday, up from about 9,000 a week earlier": the
        # figure before's count, another week's, its verb left before the speaker.
        compared_back = (
            told_before is not None
            and compared_words is not None
            and _EARLIER_BY.match(text, figure.end) is not None
        )
        shifted_back = earlier_lead or compared_back
        # "That was nearly double the 3,400 returned in January last year", "up from 3,400 in
        # January 2024": the figure before's count, on days of its own.
        compared_dated = (
            told_before is not None
            and compared_words is not None
            and any(figure.end <= d.start and d.end <= own_clause[1] for d in self.dates)
        )
        if (
            compared_dated
            and told_before is not None
            and {metric, told_before.metric} <= _HOMEWARD_AGAIN
        ):
            # "the 3,400 returned": the deported the count before counted, sent home.
            metric = None
        restated = total is not None or (
            metric is None
            and told_before is not None
            and (
                other_sources
                or compared_back
                or compared_dated
                # "Неделей ранее их было около 5,5 тысячи": the count before, a week back.
                or earlier_lead
                or restating
                or such_kind is not None
                # "В прошлом году их было 4 тыс. 200": the count before, for another time.
                or counted_again(text, (figure.start, figure.end), own_clause)
            )
        )
        if restated:
            whole = told_before
        part_of = whole if whole and (subset or restated) else None
        # Citizens who came "елге" (home) returned. A қандас who moved in entered: an ethnic
        # Kazakh from Mongolia comes to a country, not back to one (unless the verb says so:
        # "қандас оралды"); nor when part of a figure before ("441 applied, 117 of them").
        kandas = "kandas" in words.cues(0, len(text)) and part_of is None
        if metric == "entered" and home_coming and not kandas:
            metric = "returned"
        elif metric == "left" and self.language == "kk" and _OUR_PEOPLE_EVACUATED.search(text):
            # "Ливаннан 212 отандасымыз эвакуацияланды": our own people, brought home.
            metric = "returned"
        elif metric == "left" and kandas and _KAZAKH_HOME.search(text) is not None:
            # "Моңғолиядан шыққан 184 қандас елге кірді": left Mongolia, came in.
            metric = "entered"
        if part_of is None and earlier and self.listed_part is not None:
            # "Of them, almost 5,000 from Uzbekistan, 1,870 from China": the list goes on.
            part_of = self.listed_part
        self.listed_part = part_of
        ways = {Direction.INTO, Direction.OUT}
        other_way = (
            part_of is not None
            and metric is not None
            and {self.metrics.direction(metric), self.metrics.direction(part_of.metric)} == ways
        )
        # "9,000 crossed both ways ... 5,300 of them towards Georgia": one way of the two.
        one_way = metric in {"entered", "left"}
        one_way_of_both = part_of is not None and part_of.metric == "crossings" and one_way
        refusals = {"entry_refused", "exit_refused"}
        if part_of is not None and metric in refusals and part_of.metric in refusals:
            # "refused entry to 19 ... Twelve of those turned back were Chinese": a part of the
            # refusals counted, whichever way "turned back" reads alone.
            metric = part_of.metric
        if total is not None and part_of is not None:
            # A running total counts what the figure before counted, whatever its verb ("3
            # 271-ге жетті": reached).
            metric = part_of.metric
        elif (
            part_of is not None
            and metric in {None, "entered", "left"}
            and not other_way
            and not one_way_of_both
        ):
            # "Of them, almost 5,000 came from Uzbekistan": a part counts what its whole does;
            # "1,100 of them have left the country" since, the other way, went the other way.
            metric = part_of.metric
        if _DEAD_OR_MISSING.search(
            text, max(own_clause[0], figure.start - 60), min(own_clause[1], figure.end + 50)
        ):
            # "120 migrants drowned after leaving Libya", "9 адам хабарсыз кетті": the dead and
            # the missing, whatever way they were going.
            return self._left_out(figure, "dead")
        if metric in _ACROSS_A_BORDER and self._within_one_country(words, own_clause):
            # "300 people were evacuated from Kharkiv to Lviv": no border crossed.
            return self._left_out(figure, "within")
        if (metric is None or not metric.startswith("mobilisation")) and foreseen(
            text, (figure.start, figure.end), own_clause, (start, end)
        ):
            # "has ordered the expulsion of up to 10,000 a week", "expects up to 20,000 to
            # leave", "100 мыңға жуық мигрант кетеді деп күтілуде": no one has moved yet. (A
            # call-up is announced before it happens: its figure is the call-up's own.)
            return self._left_out(figure, "forecast")
        if metric is None and not self.headline and "stock" not in cues:
            # "Австралія повернула до Коломбо 31 шрі-ланкійця", then "прикордонники в п'ятницю
            # передали владі Шрі-Ланки 31 громадянина": the headline's fact, told again with
            # its day.
            as_written = (figure.value, figure.high, figure.qualifier)
            metric = next(
                (
                    c.metric
                    for c in context.headlines
                    if (c.figure.value, c.figure.high, c.figure.qualifier) == as_written
                ),
                None,
            )
        if metric is None:
            return self._left_out(figure, "stock" if "stock" in cues else "background")
        if "population" in own_cues or _A_PLACE_OF.search(text, 0, figure.start):
            # "Қазақстан халқының саны 20 млн 33 мың адамға жетті": how many live there, no
            # one's move.
            return self._left_out(figure, "background")
        if _CITIZENSHIP_GRANTED.search(text, *own_clause) is not None:
            # "громадянство отримали 27 тисяч осіб", "were granted citizenship", "азаматтығын
            # алды": made citizens, no one's move nor application.
            return self._left_out(figure, "background")
        # "мешкають близько 50 тисяч українців, які переїхали туди ще до війни", "hosted
        # 14,000 refugees before the latest arrivals": a move told of the people in a relative
        # clause, or of another time, is not the figure's.
        relative = _RELATIVE.search(text, figure.end, own_clause[1])
        main_cues = words.cues(own_clause[0], relative.start() if relative else own_clause[1])
        back_to_the_main = (
            _EN_MAIN_AFTER_RELATIVE.search(text, relative.end(), own_clause[1])
            if relative is not None and self.language == "en"
            else None
        )
        if back_to_the_main is not None:
            # "80,000 Russians who moved to Georgia after 2022 are still living there": English
            # tells what the people do after the clause that says who they are.
            main_cues |= words.cues(back_to_the_main.start(), own_clause[1])
        registered_now = self.language == "kk" and _KAZAKH_REGISTERED.search(text) is not None
        if (
            self.language == "en" and _HOLDING_PERMITS.search(text, *own_clause)
        ) or _REGISTERED_AS_WORKING.search(text, *own_clause):
            # "30,000 Russians now hold temporary residence permits": have them now, whatever
            # registered them once.
            cues = (cues - {"register"}) | {"stock"}
            main_cues = (main_cues - {"register"}) | {"stock"}
        if "stock" in cues and "register" in cues and _registered_as_attribute(words):
            cues = cues - {"register"}
            main_cues = main_cues - {"register"}
        in_the_clause = [t for t in words.between(*own_clause) if t.word.text.isalpha()]
        # Kazakh ends its sentence with its verb: "... Қазақстаннан барған 900 мың адам
        # тұрады" says they live there, whatever the participle before them says they did;
        # "келіп тұр" after a verb's "-п" form is still coming, "тұр" its auxiliary.
        stays_last = (
            self.language == "kk"
            and bool(in_the_clause)
            and "cue:stock" in in_the_clause[-1].concepts
            and not (len(in_the_clause) > 1 and in_the_clause[-2].word.folded.endswith("п"))
        )
        # "Malaysia took 21,300 of them", "Russia remained the main destination, taking
        # 33,100 of them": a part of those who left, by the country they went to.
        taken_in = (
            _TOOK_THEM.search(text, own_clause[0], figure.start)
            if part_of is not None and self.metrics.direction(part_of.metric) is Direction.OUT
            else None
        )
        if taken_in is not None:
            metric = part_of.metric if part_of is not None else metric
        if (
            self.language in {"ru", "uk"}
            and _IN_A_REGISTER.search(text, *own_clause)
            and _STAYS_NOW.search(text, *own_clause)
        ):
            # "в реестре лиц с запретом на въезд остаются около 71 тыс. граждан", "в базе
            # ограничений на выезд находятся 8 млн человек": a register's count, no one moved.
            return self._left_out(figure, "stock")
        # "about 40,000 migrants were waiting on the northern coast to make the journey",
        # "ждут возможности пересечь границу": a move they mean to make, a stock now.
        waiting_to_go = "stock" in cues and _WAITING_TO_GO.search(text, *own_clause) is not None
        # "About 1,600 applicants are living in tents": who they are says they applied once;
        # where they live now is a stock.
        named_applicants = (
            cues & _MOVED == {"apply"}
            and _APPLICANTS.search(text, *own_clause) is not None
            and _APPLIED_VERB.search(text, *own_clause) is None
        )
        # "residents made 5.63 million crossings": the noun after the figure counts moves,
        # whoever made them.
        if (
            taken_in is None
            and flow is None
            and total is None
            and (
                "backlog" in cues
                or ("stock" in cues and (not cues & _MOVED or named_applicants))
                or waiting_to_go
                or ("stock" in main_cues and not main_cues & _MOVED)
                or ("stock" in cues and registered_now)
                or stays_last
            )
        ):
            # "Now almost 100,000 Russians remain in the country": the figure's own clause says
            # they stay, whatever the sentence says others did.
            return self._left_out(figure, "stock")
        counted = counted_words(text, self.language, figure, words, end, self.dates) or (
            earlier[-1].counted if earlier else ""
        )
        if (
            not counted
            and context.last is not None
            and citizenship is None
            and not self._named_by_their_move(figure, words)
        ):
            # "More than 200,000 Russians have entered. About 147,000 have left.": a figure
            # that names no one counts the people the paragraph's figure before did.
            counted, citizenship = context.last.counted, context.last.citizenship
        # "1,1 тыс. украинцев — в среднем по 150–170 человек в сутки": "people" counted the
        # same way names no people of their own ("7,000 Russians arrived, and about 11,000
        # people left" does).
        same_count = bool(earlier) and earlier[-1].metric == metric
        own_people = (
            bool(counted)
            and counted != (earlier[-1].counted if earlier else None)
            and not (same_count and counted.casefold() in _ANYONE)
        )
        if not own_people and earlier and citizenship is None:
            citizenship = earlier[-1].citizenship
        places = settle_places(
            metric,
            roles,
            citizenship,
            own_people=own_people,
            sentence=(text, words, self.language),
            # A state's body named after the figure counts in its state, and a place's
            # governor or mayor in that place; a person (a consul abroad) may speak of
            # anywhere.
            span=(
                figure.start,
                start,
                end,
                speaker_end,
                speaker_after if body or holds_a_place(speaker) else len(text),
            ),
            earlier=earlier,
            context=context,
            metrics=self.metrics,
        )
        origin, destination, citizenship = places.origin, places.destination, places.citizenship
        another = _ANOTHER.search(text, max(0, figure.start - 20), figure.start) is not None
        main = context.main_last or context.article_main
        if (
            another
            and metric == "returned"
            and origin is not None
            and destination is None
            # Not "ще 312 стажистів повернулися додому": home, not where the others went.
            and HOMEWARD_WORDS.search(text, *own_clause) is None
            and main is not None
            and self.metrics.direction(main.metric) is Direction.INTO
            and main.destination not in {None, origin}
        ):
            # "Ще 1 200 людей повернулися через кордон зі Словаччиною", after arrivals into
            # Ukraine: more who came into the same country.
            destination = main.destination
        # Kazakh lists the people, then their one verb: "Ливаннан 54 қазақстандық пен 4
        # Қырғызстан азаматы эвакуацияланды".
        verbless = self.language == "kk" and not own_cues & (_MOVED | {"flee", "cross"})
        evacuated_end = len(text) if verbless else own_clause[1]
        evacuated = _EVACUATED.search(text, own_clause[0], evacuated_end) is not None
        if metric == "entered" and evacuated and citizenship and destination == citizenship:
            # "в Ташкент прибыли 38 эвакуированных из Судана граждан Узбекистана": people
            # evacuated into their own country came home.
            metric = "returned"
        if (
            metric == "left"
            and evacuated
            and destination is not None
            and destination == citizenship
        ):
            # "150 Ethiopians were evacuated from Sudan to Ethiopia": taken home.
            metric = "returned"
        # The speaking body's state, read only where a rule below asks for it (the first
        # time for each name, reading the name's words).
        body_state = cache(self._speakers_state)
        theirs = _ITS_CITIZENS.search(text, *own_clause) is not None
        if metric == "left" and evacuated and destination is None and theirs:
            citizenship = citizenship or body_state()
        # A Kazakh text's Kazakhstanis evacuated by no other state were brought home by theirs.
        kazakhstanis = (
            self.language == "kk" and citizenship == "KAZ" and body_state() in {None, "KAZ"}
        )
        if metric == "left" and evacuated and citizenship and from_abroad(text):
            # "1,200 Kazakh citizens have been evacuated from abroad": brought home from
            # anywhere.
            metric, origin, destination = "returned", None, citizenship
        if metric == "left" and evacuated and destination is None:
            own_state = theirs or body_state() == citizenship or kazakhstanis
            if own_state and citizenship not in {None, origin}:
                # "МЗС Узбекистану ... евакуювало з України 1 140 своїх громадян": a state
                # evacuating its own people brings them home.
                metric, destination = "returned", citizenship
        counted_by_its_state = self.metrics.direction(metric) is Direction.INTO or metric in {
            "refugees_registered",
            "asylum_applications",
            "citizenship_applications",
            # "не допустила въезда из Греции ..., сообщило МВД Северной Македонии": a state's
            # body tells of those its state kept out.
            "entry_refused",
        }
        if destination is None and counted_by_its_state and body_state() not in {None, origin}:
            # "Відомство уточнило, що ... тимчасовий захист отримали 2,4 тис. громадян України",
            # the office being Czechia's interior ministry: a state's body counts who came to it.
            destination = body_state()
        # English "turned back" keeps people out; Russian and Ukrainian "не пропустили" with
        # no one's citizens said is as often a state's own people kept in.
        # "Georgia turned back 300 Russians": the state named bare, as who did it, turned
        # another state's people away, as its guards or its body would.
        named_bare = origin is not None and citizenship not in {None, origin}
        if named_bare and origin is not None:
            named_bare = Place(origin, None) in words.places(*own_clause, self.language)[0]
        subject_state = origin if named_bare else None
        # English "Chadian authorities turned back 120 armed men": the speaking state's body
        # kept people out, whoever's they were.
        # "литовские пограничники развернули 112 мигрантов": migrants, foreigners, are no
        # state's own people kept in.
        strangers_turned = _MIGRANTS.search(text, *own_clause) is not None or foreigners_said(
            text, own_clause
        )
        kept_out_of = (
            turned_away_by(text, words, own_clause, subject_state or body_state())
            if metric == "exit_refused"
            and (citizenship is not None or english or strangers_turned)
            # "French police prevented 812 people from crossing the Channel": kept in.
            and not (english and kept_from_leaving(text, figure.end, own_clause[1]))
            else None
        )
        if (
            kept_out_of not in {None, citizenship}
            and origin == kept_out_of
            and destination is not None
            and (
                strangers_turned
                or (
                    english
                    and Place(destination, "border") in words.places(*own_clause, self.language)[0]
                )
            )
        ):
            # "литовські прикордонники розвернули 112 мігрантів, які намагалися перетнути
            # кордон з Білоруссю": migrants kept out, coming from the border's other side;
            # in English anyone turned back ("Latvian border guards turned back 120 people at
            # the border with Belarus").
            origin, destination = destination, None
        if kept_out_of not in {None, citizenship} and destination in {None, kept_out_of}:
            # "Honduran officers turned back 214 people at Trojes": no one's citizens said,
            # a state's officers turning people back kept them out of it.
            # "финские пограничники не пропустили 45 граждан РФ": a state's guards turning
            # away another's citizens kept them out of it ("на рейс до Кишинёва не
            # пропустили" says where they were headed, out).
            metric, destination = "entry_refused", kept_out_of
            origin = citizenship if origin in {None, kept_out_of} else origin
            origin = None if origin == destination else origin
        guards = guards_of(words, own_clause) if metric == "exit_refused" else None
        if (
            guards not in {None, origin}
            and origin is not None
            and roles["from"] == origin
            and destination in {None, guards}
        ):
            # "словацкие пограничники не пропустили из Венгрии почти 400 человек": one
            # state's guards turning away people coming from another kept them out.
            metric, destination = "entry_refused", guards
        # Whose people were kept from the place, when no citizenship says: "ДПСУ: не пустили в
        # Україну 214 іноземців" (its own state's border), "не пустили до Кенії" (no body;
        # "не пропустили до Польщі" may as well be a state keeping its own men in).
        kept_from_own = (
            citizenship is None and destination is not None and destination == body_state()
        )
        strangers = citizenship is None and (kept_from_own or foreigners_said(text, own_clause))
        if (
            metric == "exit_refused"
            and destination not in {None, citizenship}
            and (
                # "ДПСУ: ... не пропустили до Польщі 37 чоловіків": a state's own body telling
                # of people whose citizenship it does not say kept them in, as its guards do.
                (
                    destination != body_state()
                    and citizenship != body_state()
                    and (body_state() is None or citizenship is not None)
                )
                or strangers
                or (body_state() is None and citizenship is None and let_in_said(text, own_clause))
            )
            and not english
            and not_let_into(text, own_clause)
            and Place(destination, "into") in words.places(*own_clause, self.language)[0]
            and turned_away_by(text, words, own_clause, None) in {None, destination}
        ):
            # "В Казахстан не пустили 12 граждан России": kept from getting into the place
            # they were headed for, by no guards or body of their own state ("российские
            # пограничники не пропустили в Грузию" kept their own people in).
            metric = "entry_refused"
            origin = citizenship if origin in {None, destination} else origin
        if metric == "exit_refused" and kept_out_of is None and citizenship is None:
            # "литовські прикордонники розвернули на кордоні з Білоруссю 1 718 мігрантів": a
            # state's guards turning people back at its border with another kept them out.
            # The rest of the sentence too: "..., які намагалися виїхати" were kept in.
            guards = turned_away_by(text, words, (own_clause[0], len(text)), None)
            named_here = words.places(*own_clause, self.language)[0]
            side = next((p.code for p in named_here if p.role == "border"), None)
            if guards is not None and side not in {None, guards} and destination in {None, side}:
                metric, origin, destination = "entry_refused", side, guards
        kept_out_before = context.by_metric.get("entry_refused")
        kept_in_before = context.by_metric.get("exit_refused")
        if (
            metric == "exit_refused"
            and citizenship is None
            and kept_out_before is not None
            # (The same figure again, "«мы развернули 96 человек»", is a repeat, its first
            # telling the fact.)
            and kept_out_before.figure.value != figure.value
            and (
                kept_in_before is None
                or kept_in_before.evidence.start < kept_out_before.evidence.start
            )
            and not out_said(text, own_clause)
            and not any(roles.values())
            and _TURNED_BACK_RU_UK.search(text, *own_clause) is not None
        ):
            # "Литовские пограничники не пустили в страну 85 мигрантов. ... за весь 2022 год
            # пограничники развернули 11 200 человек": turned back as the article's guards
            # turned back those before, the same way.
            metric = "entry_refused"
            origin, destination = kept_out_before.origin, kept_out_before.destination
        elif (
            metric == "exit_refused"
            and citizenship is None
            and not out_said(text, own_clause)
            and (_TURNED_BACK_RU_UK if not english else _TURNED_BACK_EN).search(text, *own_clause)
            and (strangers_turned or _NO_GROUNDS_TO_ENTER.search(text, figure.end) is not None)
        ):
            # "на границе развернули более 4,5 тысячи мигрантов, у которых не было оснований
            # для въезда": turned back on their way in, into the country they were leaving.
            metric = "entry_refused"
            said_places = words.places(*own_clause, self.language)[0]
            came_from = origin is not None and Place(origin, "from") in said_places
            if destination is None and not came_from:
                # (Not "turned back 312 migrants from Belarus": they came from there.)
                origin, destination = None, origin
        at_its_border = (
            turned_away_at(text, own_clause)
            if english and metric == "exit_refused" and origin is not None
            else None
        )
        if at_its_border is not None:
            found_there = words.places(*at_its_border, self.language)[0]
            if any(place.code == origin for place in found_there):
                # "police turned back 1,512 people at Germany's land borders": kept out of the
                # country whose borders they were turned back at.
                metric, destination = "entry_refused", origin
                origin = citizenship if citizenship != destination else None
        if (
            metric == "exit_refused"
            and destination is not None
            and destination == body_state()
            and Place(destination, "into") in words.places(*own_clause, self.language)[0]
            and not out_said(text, own_clause)
        ):
            # "АҚШ Кеден ... қызметінің мәліметінше, Мексикадан АҚШ-қа заңсыз өтпек болған 56
            # мың адам ұсталды": stopped on their way into the speaking body's own state ("not
            # let out of Russia", the Kazakh service says, were kept in).
            metric = "entry_refused"
        if metric == "entry_refused" and origin is None and destination is not None:
            # "польські прикордонники зупинили 25 380 спроб перетину кордону з Білоруссю":
            # the guards kept people out of their own state, coming from the border's other
            # side.
            guarding = guards_of(words, own_clause)
            if guarding is not None and guarding != destination:
                origin, destination = destination, guarding
            else:
                # "At the border with Belarus, Lithuanian guards stopped 85 migrants": the
                # border's other side, told before the clause, is where they came from.
                named_first = words.places(0, own_clause[0], self.language)[0]
                sides = {p.code for p in named_first if p.role == "border"} - {destination}
                origin = sides.pop() if len(sides) == 1 else None
        arriving = _ARRIVING.match(text, figure.end, own_clause[1]) is not None
        arriving = arriving or (english and kept_out(text, own_clause))
        # "Ще 212 іноземців, яким вдалося перейти кордон, ... повернули до Білорусі": the
        # verb after a clause about the people, in the part of the sentence that is theirs.
        their_part = (own_clause[0], max(own_clause[1], end))
        unadmitted = english and turned_back_unadmitted(text, their_part)
        papers_said = (
            kept_out_for_papers(text, their_part)
            if metric == "exit_refused" and self.language in {"ru", "uk"}
            else None
        )
        if papers_said is not None:
            # "на в'їзд до королівства не пустили 58 іноземців", "не пропустили з Еквадору
            # 740 іноземців, у яких не було паспортів або віз": kept out. Papers alone say so
            # of foreigners, or of another state's citizens ("ДПСУ не пропустила 37 чоловіків
            # з підробленими документами" kept its own in).
            turning = kept_out_of or guards_of(words, own_clause) or body_state()
            strangers_said = foreigners_said(text, own_clause)
            # Another state's citizens, where the words say which state turned them back or
            # where it was ("260 іранців розвернули" in Iraq).
            where = turning or origin
            others = citizenship is not None and where not in {None, citizenship}
            unadmitted = papers_said == "entry" or strangers_said or others
        # "turned back 35 people trying to enter Poland": the country entered named as such.
        way_in_named = destination is not None and english and trying_into(text, own_clause)
        if (
            metric == "exit_refused"
            and (arriving or unadmitted)
            and (destination is None or way_in_named)
        ):
            # "officers at Shahan turned back 212 travellers arriving from Yemen": people
            # turned back on their way in were refused entry, wherever they came from.
            metric, destination = "entry_refused", destination or kept_out_of or body_state()
            told_way_in = trying_into(text, own_clause) or unadmitted
            said_so = english or papers_said is not None
            if said_so and destination in {None, origin} and told_way_in:
                # "turned back 35 people trying to enter Poland", "96 Cubans had been turned
                # back at the airport because they could not show hotel bookings": the place
                # was the way in, the people's own country where they came from.
                origin, destination = citizenship, origin
            destination = None if destination == origin else destination
        elif metric == "exit_refused" and (arriving or unadmitted) and destination != citizenship:
            # "officers at Wutung turned away 27 Indonesian traders who had no valid border
            # pass": kept out of the place named, the way they were going; "Migración Colombia
            # said it had turned back 212 Venezuelans without passports", the place named
            # Ecuador: kept out of the speaking body's state, coming from there.
            metric = "entry_refused"
            if body_state() is not None and body_state() == origin:
                origin, destination = destination, origin
        not_let_through = (
            _KK_NOT_LET_THROUGH.search(text, *own_clause)
            if self.language == "kk" and metric == "exit_refused"
            else None
        )
        strangers = not_let_through is not None and (
            _KK_FOREIGNERS.search(text, *own_clause) is not None
            or citizenship not in {None, "KAZ"}
        )
        if (
            strangers
            and (citizenship is None or citizenship != body_state())
            # Not "Өзбекстанға заңсыз өтпек болған үш бангладештік": on their way out to a
            # country named.
            and roles["into"] is None
            and _KK_WAY_OUT.search(text) is None
        ):
            # "40-тан астам Қытай азаматы шекарадан өткізілмеді", "отыз төрт шетелдік": other
            # states' people, or foreigners, not let across with no way out said, were kept
            # out; Kazakhstan's own debtors ("шетелге шығуына шектеу қойылған") kept in.
            metric = "entry_refused"
            origin = citizenship if origin in {None, destination} else origin
            destination = None if destination == origin else destination
        if metric == "left" and origin is None and citizenship and destination == citizenship:
            # "через аеропорт у Катманду за кордон вилітають 2 100 непальців": people leave
            # their own country, the place named is where they left from.
            origin, destination = destination, None
        # "212 foreigners ... were detained inside Poland and returned to Belarus": sent.
        passive = english and _WERE_RETURNED.search(text, *their_part) is not None
        sent_back = _RETURNED_THEM.search(text, *their_part) is not None or passive
        if (
            metric in {"returned", "entered"}
            and sent_back
            and citizenship is not None
            and destination not in {None, citizenship}
        ):
            # "Mexico returned 19 Ukrainians to Istanbul", "ми повернули до Стамбула 19
            # громадян України": returned by others to where they are not at home, sent back.
            metric = "deported"
        if (
            metric == "returned"
            and sent_back
            and (self.language in {"ru", "uk", "kk"} or passive)
            and destination is not None
            and (
                citizenship in {None, origin}
                # "австралійські прикордонники повернули на Шрі-Ланку 41 громадянина цієї
                # країни": another state's people sent to their own.
                or (origin not in {None, citizenship} and destination == citizenship)
            )
            and (origin is not None or foreigners_said(text, own_clause))
            and not _FETCHED_BACK.search(text, *own_clause)
            # "вернули на родину при содействии МОМ": helped home, by their own will.
            and not _HELPED_HOME.search(text, *their_part)
            # "Сириядан 47 адам қайтарылған": brought back from where they were.
            and not (self.language == "kk" and origin is not None and origin == roles["from"])
        ):
            # "Австралія повернула до Коломбо понад 1 100 людей", "інститут повернув до
            # Гватемали 2 870 іноземців": a state or its body sending people to another
            # country; "повернула з Росії 20 дітей" fetched its own back.
            metric = "deported"
            origin = body_state() if origin in {None, citizenship} else origin
        if their_country not in {None, citizenship} and metric in {"entered", "left"}:
            metric, destination = "entered", their_country
            origin = citizenship if origin in {None, their_country} else origin
        handed = _HANDED_OVER.search(text, *own_clause) if metric == "deported" else None
        sides = set(words.peoples(handed.start(), handed.end())) if handed else set()
        if len(sides) == 1:
            # "передали российской стороне девятерых": handed over to Russia, by the other side.
            destination = sides.pop()
            origin = None if origin == destination else origin
        received = _RECEIVED.search(text, own_clause[0], figure.start)
        if metric == "deported" and destination is None and received and body_state() != origin:
            # "The ONM received 2,045 Haitians deported from the Turks and Caicos Islands":
            # the receiving state's body says where they were sent.
            destination = body_state()
        period_start, period_end, as_of = self._period(figure, metric, context, earlier)
        if part_of is not None:
            # "Of them, almost 5,000 came from Uzbekistan": a part of the figure before, over
            # its period and into its country. "..., and 18,900 left the country" names its
            # country too, the one the article is about.
            the_country_said = (origin is not None and left_the_country(text, *own_clause)) or (
                destination is not None and into_the_country(text, *own_clause)
            )
            if not clause_names_a_country and not the_country_said:
                # "292,000 Ukrainians ..., 17,600 of them in the past seven days": between
                # the whole's countries, whatever the sentence's other clauses name.
                # A part sent home goes home, wherever the whole was headed ("Of those,
                # 9,634 were Guatemalans who were sent home").
                sent_home = (
                    metric == "deported"
                    and destination is not None
                    and destination == (citizenship or part_of.citizenship)
                )
                origin, destination = (
                    part_of.origin,
                    (destination if sent_home else part_of.destination),
                )
                came_in = self.metrics.direction(part_of.metric) is Direction.INTO
                # "9,000 crossed into Ethiopia ... 4,300 of them were Ethiopians coming
                # home": home is where the whole went, the same way.
                home_there = citizenship is not None and citizenship == part_of.destination
                if (
                    metric == "returned"
                    and came_in
                    and part_of.metric != "returned"
                    and not home_there
                ):
                    # "About 3,000 fled into Thailand ... some 1,200 of them went back": the
                    # way they came.
                    origin, destination = destination, origin
                citizenship = citizenship or part_of.citizenship
            away = (
                self.metrics.direction(metric) is Direction.OUT
                and self.metrics.direction(part_of.metric) is Direction.INTO
                # "10,000 returned from Pakistan ... 3,412 of them were deported": the same
                # way home, some of them sent.
                and part_of.metric != "returned"
            )
            if away:
                # "3,000 Ukrainians came to Ecuador ... 1,100 of them have left the country":
                # out of where the whole came to, for anywhere the clause does not name.
                gone_to = destination
                origin = part_of.destination or origin
                named = gone_to not in {None, origin, part_of.origin, citizenship}
                destination = gone_to if named else None
            else:
                # Not back where they are: "3,000 fled into Thailand ... 1,200 of them have
                # gone back" came out of Thailand, and went to no Thailand.
                destination = destination or (
                    part_of.destination if part_of.destination != origin else None
                )
                origin = origin or (part_of.origin if part_of.origin != destination else None)
            if origin is None:
                # "Syrians lodged around 23,000 of them": as a figure of their own would.
                origin = own_country_origin(metric, citizenship, destination)
            pair = {part_of.origin, part_of.destination} - {None}
            if one_way_of_both and len(pair) == 2:
                # "... 5,300 of them towards Georgia", "из них въехавших в Молдову": the way the
                # sentence names, between the whole's two countries.
                said = roles_of(places_in(start, end))
                towards = said["into"] if said["into"] in pair else None
                if towards is None and said["from"] in pair:
                    towards = next(code for code in pair if code != said["from"])
                if towards is not None:
                    destination = towards
                    origin = next(code for code in pair if code != towards)
                elif origin in pair and destination is None:
                    # "..., and 18,900 left the country": out of one side, into the other.
                    destination = next(code for code in pair if code != origin)
            if one_way_of_both and len(pair) == 1:
                # "51,400 crossed Ukraine's border both ways. Of them, 27,100 left and 24,300
                # entered": out of or into the one country whose border it was.
                (its,) = pair
                way = self.metrics.direction(metric)
                if way is Direction.INTO and destination in {None, its}:
                    origin, destination = (None if origin == its else origin), its
                elif way is Direction.OUT and origin in {None, its}:
                    origin, destination = its, (None if destination == its else destination)
            # The country named last before the verb, in its clause or the one before.
            takers = places_in(0, taken_in.start()) if taken_in is not None else ()
            taken_to = takers[-1].code if takers else None
            if taken_to is not None and taken_to != part_of.origin:
                origin, destination = part_of.origin, taken_to
                citizenship = citizenship or part_of.citizenship
            undated = nearest_date(self.dates, figure, self._scope_end(figure)) is None
            if undated and not shifted_back:
                # (A week or a year back from the whole's days is read by _period.)
                period_start, period_end = part_of.period_start, part_of.period_end
                # "said on Thursday it had registered 61,500 of them": as of the report.
                as_of = (self.report_day or part_of.as_of) if part_of.as_of else None
            elif (
                period_start is None
                and period_end is None
                and as_of is not None
                and part_of.period_start is not None
                and part_of.period_start <= as_of
            ):
                # "1,200 of them had gone back by Monday": since the whole's start, as of then.
                period_start = part_of.period_start
        if restated and part_of is not None:
            # The same move between the same countries as the count it gives again.
            origin, destination = part_of.origin, part_of.destination
            citizenship, counted = part_of.citizenship, part_of.counted
        qualifier = figure.qualifier
        if qualifier == Qualifier.EXACT and _ON_AVERAGE.search(text, start, figure.start):
            # "Через КПП в среднем проходят 350 человек в сутки": an average, about that many.
            qualifier = Qualifier.ABOUT
        if total is not None and total.to_in_the_figure and qualifier == Qualifier.UP_TO:
            qualifier = Qualifier.EXACT  # "доведя общее число до 3 271": the phrase's "до"
        if total is not None and part_of is not None:
            # A running total, up to the day the figure before was counted; from the year's
            # first day when its words say "this year's".
            until = part_of.period_end or part_of.as_of
            this_year = total.this_year and until is not None
            period_start = date(until.year, 1, 1) if this_year and until is not None else None
            period_end, as_of = None, until
        # "«Это почти вдвое больше, чем годом ранее, когда были выдворены 23 человека»",
        # opening a paragraph: compared with the article's main count.
        compared_with = told_before or context.article_main
        before_days = (
            (compared_with.period_start, compared_with.period_end)
            if compared_with is not None
            and compared_with.period_start is not None
            and compared_with.period_end is not None
            else None
        )
        compared = compared_period(text, figure.start, self.all_dates, before_days)
        if compared is not None:
            # "compared with January, when 1,840 were sent back": January's count.
            (period_start, period_end), as_of = compared, None
        repatriated = _REPATRIATED_THEM.search(text, own_clause[0], figure.start)
        if (
            metric == "returned"
            and repatriated is not None
            and origin is not None
            and citizenship not in {None, origin}
            and origin
            in {p.code for p in words.places(own_clause[0], repatriated.start(), self.language)[0]}
        ):
            # "The Turks and Caicos Islands repatriated 163 Haitian nationals": a state sending
            # another's citizens home deported them ("the Philippines repatriated 52
            # Filipinos" brought its own home).
            metric = "deported"
        if (
            metric in {"entered", "returned"}
            and "deported" in context.by_metric
            and _RECEIVED.search(text, *own_clause) is not None
        ):
            # "We are receiving up to 400 people a day at La Aurora", "1,046 Vietnamese had
            # been received from Laos", in an article about expulsions: more of the deported,
            # taken in by their state.
            metric = "deported"
        sent_by_a_state = _UK_SENT_BACK.search(text, *own_clause)
        if (
            metric == "returned"
            and self.language == "uk"
            and sent_by_a_state is not None
            # Not "з Росії в Україну повернули 11 дітей": fetched back from somewhere.
            and roles["from"] is None
            and not _UK_MANAGED_TO.search(
                text, max(0, sent_by_a_state.start() - 25), sent_by_a_state.start()
            )
        ):
            # "з січня на Шрі-Ланку повернули 187 людей", "Греція вже повернула до Єгипту 380
            # людей": a state sent them (the curators' deportations, 21 of 23), not people who
            # came back ("повернулися"), nor its own fetched back, nor children rescued
            # ("вдалося повернути").
            metric = "deported"
        more_of = (
            told_before if _ANOTHER.search(text, max(0, figure.start - 20), figure.start) else None
        )
        if (
            metric in {"returned", "entered"}
            and more_of is not None
            and more_of.metric == "deported"
            and _SENT_BACK_PASSIVE.search(text, figure.end, own_clause[1])
        ):
            # "... deported 2,400 Zimbabweans. Another 318 Malawians were flown back to
            # Lilongwe": more of those sent away, not people who came home of themselves.
            metric = "deported"
        if (
            such_kind is not None
            and told_before is not None
            and told_before.metric == metric
            and not any(roles.values())
            and citizenship is None
        ):
            # "В 2022 году таких заявлений было 2 851": such applications as the ones before,
            # by the same people to the same country, on other days.
            origin, destination = told_before.origin, told_before.destination
            citizenship = told_before.citizenship
        if (
            destination is None
            and told_before is not None
            and told_before.metric == metric
            and told_before.destination is not None
            and told_before.origin == origin
            and not any(roles.values())
            and _within(period_start, period_end, told_before)
        ):
            # "40,000 left Ukraine for Poland from 30 December to 1 January. ... 16,500 left on
            # 30 December": some of the same days, the same way, where they went too.
            destination = told_before.destination
        if len(waters_of) == 1 and metric == "deported":
            # "returned to Turkish waters": to that state's sea, from wherever they were.
            destination = waters_of[0]
            origin = None if origin == destination else origin
        if list_item is not None and destination in list_countries - {list_item}:
            # "громадянами Молдови — 310, Узбекистану — 190": another item's country, taken
            # from the figure before, is no place these went; the deported went home.
            destination = list_item if metric == "deported" and citizenship == list_item else None
        attributed_to, carried_by = self.attribution.attributed_to, self.attribution.carried_by
        if self.attribution.cue_end is None and told_before is not None and shifted_back:
            # "That compares with roughly 5,500 the previous week": the count before's source
            # gave it too, whatever source the article's line names.
            attributed_to, carried_by = told_before.attributed_to, told_before.carried_by
        return Candidate(
            metric=metric,
            counted=counted or PEOPLE.get(self.language, "people"),
            origin=origin,
            destination=destination,
            citizenship=citizenship,
            figure=Figure(qualifier=qualifier, value=figure.value, high=figure.high),
            period_start=period_start,
            period_end=period_end,
            as_of=as_of,
            attributed_to=attributed_to,
            carried_by=carried_by,
            evidence=self._evidence(),
            figure_text=text[figure.start : figure.end],
            per_day=figure.per_day or self._compared_with_a_rate(figure, earlier),
            quoted=self.attribution.quoted,
            headline=self.headline,
            from_several=places.from_several,
        )

    def _compared_with_a_rate(self, figure: FoundFigure, earlier: list[Candidate]) -> bool:
        """Whether the figure is compared with a daily rate before it: "4,500 a day, down
        from 10,000", "по 4,5 тысячи в сутки против 10 тысяч" (a rate too)."""
        before = self.sentence.text[max(0, figure.start - 30) : figure.start]
        return bool(earlier) and earlier[-1].per_day and _COMPARED.search(before) is not None

    def _elided_list_item(
        self, figure: FoundFigure, earlier: list[Candidate], words: SentenceWords
    ) -> str | None:
        """The metric of the figure before in the sentence when this one is an item of its
        list with no verb of its own ("..., з Молдовою – 9,8 тисячі"); else None."""
        # Only crossings: other lists ("в Боготе его покинули 70 граждан Колумбии, в Лиме — 68
        # перуанцев") are read item by item, their verb a cue to the whole story's move.
        if self.language not in {"ru", "uk"} or not earlier or earlier[-1].metric != "crossings":
            return None
        text = self.sentence.text
        item = _COUNTRY_THEN_DASH.search(text, max(0, figure.start - 80), figure.start)
        previous = text.rfind(earlier[-1].figure_text, 0, figure.start)
        if item is None or previous < 0 or previous > item.start():
            return None
        between = text[previous + len(earlier[-1].figure_text) : item.start()]
        if not _LIST_GLUE.fullmatch(between) or words.cues(item.start(), figure.start):
            return None
        return earlier[-1].metric

    def _through_a_post(
        self, text: str, words: SentenceWords, clause: tuple[int, int], context: ArticleContext
    ) -> bool:
        """Whether a clause has its people pass "through" a crossing point with no country
        there ("crossed at Mehran", "бекет арқылы өткен"), the article's figure before (if
        any) counting crossings too: "через пункт пропуска Ошук прошли 96 412
        путешественников", "через Мотаайн прошли около 210 тыс. человек" (not "через
        Польшу", a way between two countries; not "через Стурског прошли 1 270" after arrivals
        into Norway, the same way as those)."""
        before = context.last or context.article_last
        # "... перетнули 51,4 тисячі. З них на виїзд ..., на в'їзд ...": a count of crossings
        # the article gave, whatever ways its parts went.
        counted_crossings = "crossings" in context.by_metric
        # A one-way count before makes people through the same post more of that way; a
        # refusal or an expulsion before ("на Семе не випустили 64 ... Щодня через цей пункт
        # пропуску проходять 25 тисяч") says nothing of their way.
        one_way_before = before is not None and before.metric in {"entered", "left", "returned"}
        if one_way_before and not counted_crossings:
            return False
        through = _THROUGH_A_POST.search(text, *clause)
        return through is not None and not words.places(*through.span(), self.language)[0]

    def _post_crossed(
        self, words: SentenceWords, clause: tuple[int, int], context: ArticleContext
    ) -> bool:
        """Whether the clause names a crossing point no figure before went over one way:
        "через «Достук» ежедневно проходят 15 тысяч" crossed both ways; "через Стурског
        прошли 1 270" after arrivals into Norway arrived too."""
        sides = words.post_sides(*clause)
        before = context.last or context.article_last
        one_way = before is not None and {before.origin, before.destination} == sides
        return bool(sides) and not one_way

    def _speaker_aside(self, figure: FoundFigure) -> tuple[int, int] | None:
        """Where the sentence's reporting cue stands set aside between commas after the
        figure's few words ("About 3,000 people, Tak governor Prasert Wongsuwan said, fled
        ..."), or None."""
        cue_end = self.attribution.cue_end
        aside = said_aside(self.sentence.text, figure.end, len(self.sentence.text))
        if aside is None or cue_end is None or not aside[0] < cue_end <= aside[1]:
            return None
        return aside

    def _speaker_after(self, figure: FoundFigure, words: SentenceWords) -> int:
        """Where the clause that names a speaker after the figure starts (", Georgia's
        interior ministry said"), with the name set off before its verb ("..., Vakhtang
        Gomelauri, the Georgian interior minister, said"); the sentence's end if none."""
        text, cue_end = self.sentence.text, self.attribution.cue_end
        if cue_end is None or cue_end <= figure.end:
            return len(text)
        if self._speaker_aside(figure) is not None:
            # "About 3,000 people, Tak governor Prasert Wongsuwan said, fled ...": the name
            # stands aside; the clause goes on after it (its places are left out apart).
            return len(text)
        breaks = [found.start() for found in _CLAUSE_BREAK.finditer(text, figure.end, cue_end)]
        if not breaks:
            return len(text)
        start = breaks.pop()
        while breaks and relay_clause_at(text, start):
            # "..., the governor of Selenge province said, as quoted by Reuters": the outlet's
            # clause ends the cue; the speaker's own is the one before it.
            cue_end, start = start, breaks.pop()
        if words.cues(start, cue_end) & (_MOVED | {"flee", "cross"}):
            # "..., Словакияға кері жіберілгенін айтты": the verb's clause is the figure's.
            return len(text)
        if self.language == "en" and len(words_of(text[start:cue_end])) <= 2:
            # ", said": the name stands before it, in clauses of its own (Russian, Ukrainian
            # and Kazakh name the speaker after the verb: ", деп хабарлады X").
            for boundary in reversed(breaks[-2:]):
                moves = words.cues(boundary, start) & (_MOVED | {"flee", "cross"})
                if moves or any(c.isdigit() for c in text[boundary:start]):
                    break
                start = boundary
        return start

    def _within_one_country(self, words: SentenceWords, clause: tuple[int, int]) -> bool:
        """Whether the clause names two or more towns of one country and no other country:
        a move inside it ("з Харкова до Львова", "Қабулдан Кандагарға")."""
        placed = [p for p in words.words if clause[0] <= p.start < clause[1]]
        towns: dict[str, str] = {}
        ways: set[str | None] = set()
        for at, town in enumerate(placed):
            if "city" not in town.token.concepts or not town.token.country:
                continue
            towns[town.token.word.folded] = town.token.country
            # The town with the word before it ("from Kharkiv", "до Львова"; Kazakh's case
            # ending is its own), as the sentence's places read a role.
            before = placed[at - 1] if at else None
            opens = before.start if before and "city" not in before.token.concepts else town.start
            ways |= {place.role for place in words.places(opens, town.end, self.language)[0]}
        countries = set(towns.values())
        named = {place.code for place in words.places(*clause, self.language)[0]}
        # From one town to another: "5,000 Russians flew from Moscow and Kazan" went abroad.
        both_ways = {"from", "into"} <= ways
        return both_ways and len(towns) >= 2 and len(countries) == 1 and named <= countries

    def _speakers_state(self) -> str | None:
        """The one country a body that speaks for the figure is named after ("Міністерство
        внутрішніх справ Чехії"), however the sentence calls it ("відомство")."""
        speaker = self.attribution.attributed_to
        if speaker is None:
            return None
        named = speaker.name
        if speaker.kind == "person":
            # "Речниця Прикордонної служби Польщі Анна Михальська": the spokesperson of a
            # state's body speaks for its state ("a consul" speaks of others' too: not so).
            described = speaker.description or ""
            if not _SPOKESPERSON.search(described):
                return None
            named = described
        elif speaker.kind != "organisation":
            return None
        return _the_one_country(named, self.language)

    def _kept_out_by_their_goal(
        self, text: str, figure: FoundFigure, own_clause: tuple[int, int], words: SentenceWords
    ) -> str | None:
        """ "refuse_entry" when people stopped "trying to reach" or "cross into" a country were
        stopped by that country's guards, or the sentence's speaker is that country's: "the
        Saudi Border Guard said 1,140 Yemenis were caught trying to cross into Jazan"."""
        trying = TRYING_TO_GO.search(text, figure.end, own_clause[1])
        if trying is None or trying["x"] is None:
            return None
        goal = {p.code for p in words.places(*trying.span("x"), self.language)[0]}
        goal |= {sovereign(code) for code in goal}
        keepers = {guards_of(words, own_clause), self._speakers_state()} - {None}
        return "refuse_entry" if goal & keepers else None

    def _named_by_their_move(self, figure: FoundFigure, words: SentenceWords) -> bool:
        """Whether the word after a figure names its people by what happened to them ("146
        депортированных", "2,000 returnees", "депортацияланған"), though no people's name."""
        following = next((p.token for p in words.words if p.start >= figure.end), None)
        if following is None or not any(c.startswith("cue:") for c in following.concepts):
            return False
        folded = following.word.folded
        if self.language in {"ru", "uk"}:
            parses = morph(self.language).parse(folded)[:1]
            return any(parse.tag.POS in {"NOUN", "ADJF", "PRTF"} for parse in parses)
        if self.language == "kk":
            return kazakh_fold(folded).endswith(("ган", "ген", "кан", "кен", "лар", "лер"))
        return folded.endswith("s") and not folded.endswith("ss")

    def _counts_things(
        self, figure: FoundFigure, words: SentenceWords, own_clause: tuple[int, int]
    ) -> bool:
        """Whether the noun the figure counts names things, not people: "3,000 more troops",
        "квотасы 30 мыңға дейін" (its word right after it, or right before it), but not "на
        рейс в Дубай троих россиян"."""
        if _COUNTRIES_COUNTED.match(self.sentence.text, figure.end):
            # "the rest came from 14 other African countries": how many countries.
            return True
        before = [p for p in words.words if own_clause[0] <= p.start and p.end <= figure.start]
        # Kazakh puts the noun after its figure, past where the next figure's part begins
        # ("сегіз арнайы рейспен 2 400 адам").
        following = [f.start for f in self.figures if f.start > figure.start]
        limit = min(following, default=len(self.sentence.text))
        limit = limit if self.language == "kk" else own_clause[1]
        after = [p for p in words.words if figure.end <= p.start < limit]
        # "3,000 more troops": a qualifier word between the figure and its noun.
        after = [p for p in after if p.token.word.folded not in {"more", "new", "additional"}]
        # "8,200 Syrians returned home": the figure's noun ends where what they did begins.
        moved = next((n for n, p in enumerate(after) if _moving_word(p.token)), len(after))
        if (
            self.language == "en"
            and moved < len(after)
            and after[moved].token.word.folded in _PEOPLE_MOVING
        ):
            # "45,000 small-boat arrivals": the boat says how they came; arrivals are people.
            return False
        # Right after the figure: "1,200 deportation orders", not "2,000 migrants deported on
        # flights".
        papers = after[1:2] if moved == 0 else []
        if (
            papers
            and "cue:not_people" in papers[0].token.concepts
            and not _names_people(after[moved].token)
            and "flow_noun" not in after[moved].token.concepts
        ):
            # "1,200 deportation orders", "14 return flights": the move names the things.
            return True
        after = after[:moved]
        # "6,000 National Guard troops". Kazakh puts the head noun right after the figure
        # ("20 рейс"), and before it only a thing the figure belongs to ("квотасы 30 мыңға
        # дейін"), not a means ("арнайы рейспен 168 қазақстандық", by a special flight).
        if self.language == "kk":
            owned = [p for p in before[-1:] if _KAZAKH_POSSESSIVE.search(p.token.word.folded)]
            if before and before[-1].token.word.folded in {"саны", "санын"}:
                # "автобустар саны 300-ден асты": the number of what the word before names.
                owned = before[-2:-1]
            # "сегіз арнайы рейспен": an adjective may stand between the figure and its noun.
            described = after[:2] if after and after[0].token.word.folded in _KAZAKH_KINDS else []
            nearest = [*owned, *(described or after[:1])]
        else:
            # "300 росіян на пункті пропуску": the people named first are what it counts; a
            # thing after them is where they were.
            head = after[:3]
            people = next((i for i, p in enumerate(head) if _names_people(p.token)), None)
            nearest = [*before[-1:], *head[:people]]
        return any("cue:not_people" in placed.token.concepts for placed in nearest)

    def _period(
        self,
        figure: FoundFigure,
        metric: str,
        context: ArticleContext,
        earlier: list[Candidate] | None = None,
    ) -> tuple[date | None, date | None, date | None]:
        scope_end = self._scope_end(figure)
        text = self.sentence.text
        inner = _next_quoted_sentence(text, figure)
        if inner is not None:
            # "«... щодня фіксують від 300 до 400 українців. У березні бувало втричі більше»":
            # a quotation's next sentence dates its own words, not the figure's.
            scope_end = min(scope_end, inner.start())
        own = nearest_date(self.dates, figure, scope_end, self._clause_of(figure))
        start, end, as_of = self._period_read(figure, own, metric, context, earlier)
        yearless = own is not None and _A_YEAR.search(text, own.start, own.end) is None
        if (
            metric.startswith("mob")
            and yearless
            and start is not None
            and end is not None
            and end < self.published
            and _a_year_after(start) <= self.published + timedelta(days=183)
        ):
            # "will call up 135,000 between 1 October and 31 December", said on 1 October: a
            # call-up to come, this year's, not last year's days.
            return _a_year_after(start), _a_year_after(end), as_of
        return start, end, as_of

    def _period_read(
        self,
        figure: FoundFigure,
        own: FoundDate | None,
        metric: str,
        context: ArticleContext,
        earlier: list[Candidate] | None = None,
    ) -> tuple[date | None, date | None, date | None]:
        """The figure's period as the words read; ``own`` is the date nearest it."""
        around = self._clause_of(figure)
        if figure.per_day and _NOW.search(self.sentence.text, *around):
            # "Қазір Ираннан тәулігіне 50–60 қазақстандық шығып жатыр": a rate of now, as of
            # the report, whatever day the words before it named.
            return None, None, self.report_day or context.report_day or self.published
        before = context.last or context.article_last
        year_before = _SAME_PERIOD_A_YEAR_BEFORE.match(self.sentence.text, figure.end)
        if year_before is None:
            # "тоді як за аналогічний період минулого року — 2 600": said before the figure.
            first = _SAME_PERIOD_FIRST.search(self.sentence.text, 0, figure.start)
            year_before = (
                _SAME_PERIOD_A_YEAR_BEFORE.match(self.sentence.text, first.start())
                if first is not None
                else None
            )
        compared = earlier[-1] if earlier else before
        if compared is not None and year_before is not None and compared.period_start:
            # "17,000 in the first four months of 2024, down from 42,000 in the same period
            # last year": the same days, a year earlier (or in the year named).
            named = year_before["year"] or year_before["year_ru"] or year_before["year_uk"]
            years = int(named) - compared.period_start.year if named else -1
            return (
                _a_year_before(compared.period_start, years),
                _a_year_before(compared.period_end, years) if compared.period_end else None,
                _a_year_before(compared.as_of, years) if compared.as_of else None,
            )
        shifted = _EARLIER_BY.match(self.sentence.text, figure.end)
        lead = _earlier_lead(self.sentence.text, figure.start)
        if lead is not None and _the_day_before(lead) and not (compared and _one_day(compared)):
            lead = None  # "Накануне" after a count over weeks: the day before the report
        if shifted is None and lead is not None and (own is None or own.end <= lead.end()):
            # "A week earlier, up to 10,000 a day were crossing", "Неделей ранее ...",
            # "Бұдан бір апта бұрын" (its "бір апта бұрын" read as a day before the report):
            # the time said before the figure, of the figure told before.
            shifted = lead
        dated = compared is not None and (compared.as_of or compared.period_end)
        if compared is not None and shifted is not None and dated:
            # "fell to 4,500 a day, down from 10,000 a week earlier": the days of the figure
            # compared, that much before.
            unit = next(name for name, value in shifted.groupdict().items() if value)
            start, end, as_of = compared.period_start, compared.period_end, compared.as_of
            if unit.startswith("year") and start and _WHOLE_YEAR.search(self.sentence.text):
                # "Годом ранее заявлений за весь год было 4 150": the whole year before, not
                # its days up to the day this year's count was made.
                year = start.year - 1
                return date(year, 1, 1), date(year, 12, 31), None
            return (
                _earlier(start, unit) if start else None,
                _earlier(end, unit) if end else None,
                _earlier(as_of, unit) if as_of else None,
            )
        further = _ANOTHER.search(self.sentence.text, max(0, figure.start - 12), figure.start)
        # "Most came through the Siret crossing, about 28,000", opening a paragraph: the
        # largest part of the main count before, over its days.
        if not figure.per_day:
            further = further or _LARGEST_PART.search(self.sentence.text, 0, figure.start)
        main = context.main_last or context.article_main
        if own is None and further is not None and main is not None:
            # "The agency said a further 1,250 were denied entry": more of the same days as the
            # main count before (not one it was compared with).
            return main.period_start, main.period_end, main.as_of
        said_same = _SAME_PERIOD.search(self.sentence.text, 0, around[1])
        if said_same is None and own is None and not _SO_FAR.search(self.sentence.text):
            # Not "Водночас в Україну вже повернулися 4 тисячі": so far, no days of the one
            # before.
            said_same = _AT_THE_SAME_TIME.match(self.sentence.text)
        if before is not None and said_same:
            # "За те же семь дней в Казахстан въехали 38,7 тыс.": the days of the figure before,
            # not of one it was compared with ("up from 4,200 a week earlier"); "700,000
            # entered ..., while about 650,000 left over the same period": the sentence's own.
            here = next(
                (
                    c
                    for c in reversed(earlier or [])
                    if not _given_to_compare(c) and c.period_start is not None
                ),
                None,
            )
            same = here or context.main_last or context.article_main or before
            if _A_MONTH_SAID.search(said_same.group()) and not _one_month(same):
                # "over the same month": the last figure of one month, not of a half year.
                told = [*reversed(earlier or []), *reversed(context.by_metric.values())]
                same = next((c for c in told if _one_month(c) and not _given_to_compare(c)), same)
            year_back = _A_YEAR_EARLIER.search(self.sentence.text, 0, around[1])
            if year_back or _LAST_YEAR.search(self.sentence.text, 0, around[1]):
                # "годом ранее за те же праздники приехали около 9 тыс.": those days, a year
                # before.
                return (
                    _a_year_before(same.period_start) if same.period_start else None,
                    _a_year_before(same.period_end) if same.period_end else None,
                    _a_year_before(same.as_of) if same.as_of else None,
                )
            return same.period_start, same.period_end, same.as_of
        bare = _BARE_UNIT.search(self.sentence.text, *around)
        on_its_own = own is None or (bare is not None and own.start >= bare.start())
        if bare is not None and on_its_own:
            # "Всего за месяц через Нарву въехали 41 700", "removed over the year": the month
            # or the year the article's figures are of, not the last thirty days.
            said = bare.group()
            whole = (
                _one_month
                if _A_MONTH_SAID.search(said)
                else _one_quarter
                if _A_QUARTER_SAID.search(said)
                else _one_year
            )
            counted = [
                c
                for c in (
                    *reversed(earlier or []),
                    context.main_last,
                    context.article_main,
                    *reversed(context.by_metric.values()),
                )
                if c is not None
            ]
            of_it = next((c for c in counted if whole(c) and not _given_to_compare(c)), None)
            if of_it is not None:
                return of_it.period_start, of_it.period_end, of_it.as_of
            named = context.when
            if named is not None and whole(named):
                # "Агентство опубликовало итоги 2025 года. ... за год подали 12 тыс. 374":
                # the year named before, though no figure was.
                return named.period_start, named.period_end, None
        since_then = own is None and _SINCE_THEN.search(self.sentence.text, *around) is not None
        if before is not None and before.period_start and since_then:
            # "He added that 147,000 had left since then": from the day the article counts
            # from, else from when the figure before began (or its day), up to the report.
            return (
                context.since or before.period_start,
                None,
                self.report_day or context.report_day or self.published,
            )
        named_day = (
            context.when if context.when is not None and context.when.kind == "day" else None
        )
        if since_then and named_day is not None and named_day.period_start is not None:
            # "Соғыс 2023 жылғы 15 сәуірде басталды. ... содан бері 1,5 млн адам қашып шықты":
            # from the day named before, with no figure before it, as of the report.
            return (
                named_day.period_start,
                None,
                self.report_day or context.report_day or self.published,
            )
        same_day = (
            _last_day(context) if own is None and _SAME_DAY.search(self.sentence.text) else None
        )
        if same_day is not None:
            # "Nearly 90 aid workers left the same day", "в тот же день": the day named before.
            return same_day, same_day, None
        began = context.began or context.since
        full_scale = _FULL_SCALE.search(self.sentence.text)
        # "Війна в Судані почалася 15 квітня 2023 року. Від початку війни ...": the war the
        # article says began, not the one "the war" means in Ukrainian news otherwise.
        another_war = (
            full_scale is not None
            and "початку" in full_scale.group().casefold()
            and context.began_by_onset
        )
        if full_scale and not another_war and self.published > _FULL_SCALE_BEGAN:
            # "від початку повномасштабного вторгнення", whatever day the article counted from
            # before: the day every reader knows it began.
            began = _FULL_SCALE_BEGAN
        invaded = _SINCE_THE_INVASION.search(self.sentence.text)
        if invaded is not None and self.published > _FULL_SCALE_BEGAN:
            # The day or month the phrase names ("in February 2022") is the invasion's.
            its_day = own is not None and own.start <= invaded.end() + 30
            if own is None or (its_day and own.period_start in _INVASION_DAYS):
                # "Since Russia's full-scale invasion in February 2022": since the day every
                # reader knows it began, as of the report.
                return _FULL_SCALE_BEGAN, None, self.report_day or self.published
        in_clause = own is not None and around[0] <= own.start and own.end <= around[1]
        as_of_day = own.as_of if own is not None and own.period_start is None else None
        if began is not None and as_of_day and _SINCE_THE_START.search(self.sentence.text):
            # "Станом на п'ятницю від початку вторгнення": since it began, as of that day.
            return began, None, as_of_day
        if began is not None and not in_clause and _SINCE_THE_START.search(self.sentence.text):
            # "since the start of the conflict": since the day the article said it began.
            return began, None, self.report_day or self.published
        if own is not None and own.kind == "day" and own.period_start is not None:
            if metric.startswith("mob"):
                return None, None, own.period_start
            ending = _DAYS_ENDING.search(self.sentence.text, 0, own.start)
            if ending is not None and own.period_start == own.period_end:
                count = 7 if ending["week"] or ending["days"] == "seven" else int(ending["days"])
                return own.period_start - timedelta(days=count - 1), own.period_start, None
            after_day = self.sentence.text[own.end : own.end + 80]
            before_day = self.sentence.text[: own.start]
            if (
                _SINCE_AN_EVENT.search(before_day)
                or _SINCE_THE_START_ON.search(before_day)
                or (self.language == "kk" and _KAZAKH_SINCE_AN_EVENT.match(after_day))
            ):
                # "since fighting resumed on 28 March": since that day, as of the report.
                return (
                    own.period_start,
                    None,
                    self.report_day or context.report_day or (self.published),
                )
        if (
            own is not None
            and own.kind == "month"
            and own.period_start is not None
            and _SINCE_AN_EVENT.search(self.sentence.text[: own.start])
        ):
            # "Since Brazil began issuing humanitarian visas in September 2021, more than
            # 11,000 have arrived": since that month, as of the report.
            return own.period_start, None, self.report_day or context.report_day or self.published
        counted_from = _since_and_as_of(self.dates, own)
        if counted_from is not None:
            # "As of May 10, 5,000 had entered since January", "По состоянию на 10 мая с
            # начала года": since the one, as of the other.
            return counted_from
        if own is not None and own.period_start is None and own.period_end is not None:
            # "З 18 березня, коли запрацювала програма ..., до 19 червня": a "since" and an
            # "until" with a clause between them are one span.
            opened = [d for d in self.dates if d.kind == "since" and d.end <= own.start]
            if opened and opened[-1].period_start is not None:
                return opened[-1].period_start, own.period_end, None
            # "до 19 червня прибули 104 300": by that day, a total as of it (a fact needs a
            # start or a day it holds as of; the figure is no less a fact without the start).
            return None, None, own.period_end
        if own is not None:
            return own.period_start, own.period_end, own.as_of
        if self.report_day is not None:
            return None, None, self.report_day
        if figure.per_day:
            # "щодня реєструються від 150 до 170": a daily rate with no days of its own holds
            # as of the report, not over the week the paragraph named before.
            return None, None, context.report_day or self.published
        if _NOW.search(self.sentence.text):
            # "Now 2,500 Belarusians enter every day": as of the report, not the week before.
            return None, None, context.report_day or self.published
        decreed = context.by_metric.get("mobilisation_target")
        if metric.startswith("mob") and decreed is not None and decreed.as_of is not None:
            # "Later it became known that the decree allows mobilising 1 million": a decree's
            # terms are as of the day it was announced, which the article gave before.
            return None, None, decreed.as_of
        inherited = context.when
        if inherited is not None:
            if inherited.kind == "day":
                return None, None, inherited.period_start or inherited.as_of
            return inherited.period_start, inherited.period_end, inherited.as_of
        return None, None, self.report_day or self.published
