"""People stopped at a border: read from the words around a figure, whichever verb of moving
the sentence also has. "Stopped 900 migrants trying to reach Greece", "задержали пятерых
россиян, пытавшихся покинуть страну", "did not let three men out" were refused exit; "did not
let 40 in", and another state's guards turning citizens away ("финские пограничники не
пропустили 45 граждан РФ"), refused entry."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.ingest.clauses import SentenceWords

__all__ = [
    "STOPPED", "TRYING_TO_GO", "attempted", "guards_of", "kept_from_leaving", "kept_out",
    "not_let_into", "out_said", "refusal",
    "turned_away_at", "turned_away_by",
]  # fmt: skip

# "trying to reach Greece", "attempting to cross into Poland": headed somewhere, not there yet
# (the country, when named, is where they were headed).
TRYING_TO_GO = re.compile(
    r"(?:\b(?i:trying|tried|attempting|attempted|seeking)\s+to\s+(?i:reach|cross(?:\s+into)?|"
    r"get(?:\s+to)?|sail(?:\s+to)?|travel(?:\s+to)?|go(?:\s+to)?|make\s+it(?:\s+to)?|"
    # "tried to swim across the Tisa river into Romania".
    r"swim(?:\s+across|\s+to)?|wade(?:\s+across)?|climb(?:\s+over)?|slip(?:\s+into)?)\b"
    # "stopped at the Abdali post on their way to Iraq", "en route to Italy".
    r"|\b(?i:on\s+(?:their|his|her|its)\s+way\s+(?:to|into)|en\s+route\s+to)\b)"
    r"(?:\s+(?P<x>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
)
# What stops people who are headed somewhere.
STOPPED = re.compile(
    r"(?i)(?<!\w)(?:stopped|intercepted|halted|blocked|prevented|turned away|detained|"
    r"arrested|apprehended|caught|задержа\w*|останови\w*|перехвати\w*|затрима\w*|"
    r"зупини\w*|перехопи\w*|ұстал\w*|ұстады|ұстаған|тоқтат\w*|жолы\s+кесіл\w*|жолын\s+кес\w*|"
    # "өтпек болған 112 мигрантты кері қайтарды": turned back on their way.
    r"кері\s+қайтар\w*)(?!\w)"
)
# Russian, Ukrainian, Kazakh: people who tried to leave or cross, right after them.
_GOING = (
    r"(?:покинуть|выехать|уехать|пересечь|перейти|пройти|вылететь|пробраться|перебраться|"
    r"прорваться|проникнуть|попасть|бежать|покинути|виїхати|перетнути|перейти|пройти|"
    r"вилетіти|втекти|перебратися|прорватися|проникнути|потрапити|дістатися|залишити|"
    r"перепливти|переплисти|переплыть|переправитися|переправиться)"
)
_TRYING_WORDS = (
    r"(?<!\w)(?:(?:пытавш\w*|пытал\w*|намагал\w*|що намагалися|"
    r"собиравш\w*|собирал\w*|збирал\w*|планировал\w*|планувал\w*|"
    r"(?:при|во время|під час|при)\s+(?:попытк\w*|спроб\w*))\s+"
    r"(?:\w+\s+){0,2}?" + _GOING + r"|"
    r"(?:өтпек|шықпақ|кетпек|өтуге|шығуға|кетуге)\s+(?:болған|болды|тырысқан|әрекеттенген))"
    r"(?!\w)"
)
_TRYING_TO_LEAVE = re.compile(r"(?i)[^.;]{0,90}?" + _TRYING_WORDS)
# The words alone: searched for first, since the pattern above, searched for, tries its 90
# characters before them at every position of a sentence that has none of them.
_TRYING_TO_LEAVE_SAID = re.compile(r"(?i)" + _TRYING_WORDS)


def _trying_to_leave_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_TRYING_TO_LEAVE`` searched for in [start, end)."""
    if _TRYING_TO_LEAVE_SAID.search(text, start, end) is None:
        return None
    return _TRYING_TO_LEAVE.search(text, start, end)


# Kazakh "sent back" and "to cross" (no way out said, as "шықпақ" or "кетпек" would).
_KK_SENT_BACK = re.compile(r"(?i)кері\s+қайтар\w*")
_KK_CROSSING = re.compile(r"(?i)(?<!\w)(?:өтпек|өтуге)(?!\w)")
_KK_INTO_THE_COUNTRY = re.compile(r"(?i)(?<!\w)(?:елге|елімізге)\s+(?:\S+\s+){0,2}$")
# "не пропустили на територію Польщі 312 осіб", "не пропустило з боку Есватіні на
# південноафриканську територію": not let onto a state's territory, kept out of it.
_NOT_LET_ONTO_THE_TERRITORY = re.compile(
    r"(?i)(?<!\w)не\s+(?:пропусти|пропуска|пусти|пуска|впусти|впуска)\w*"
    r"(?:\s+[^\s.;]+){0,4}?\s+на\s+(?:[^\s.;]+\s+)?(?:територі|территори)\w*"
)
# "587 человек, пытавшихся въехать из Сербии", "що намагалися в'їхати": on their way in.
_TRYING_TO_ENTER = re.compile(
    r"(?i)[^.;]{0,40}?(?<!\w)(?:пытавш\w*|пытал\w*|намагал\w*|що намагалися)\s+"
    r"(?:\w+\s+){0,2}?(?:въехать|в['’]їхати|заехать|заїхати|войти|увійти)(?!\w)"
)
# Russian, Ukrainian: the trying told before the people, "незаконно пытались пройти 1250
# мигрантов", "намагалися перетнути кордон 300 людей".
_TRYING_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:пыта\w*|намага\w*)\s+(?:\w+\s+){0,2}?" + _GOING + r"(?:\s+[\w-]+){0,3}\s*$"
)
# A figure that counts attempts, not people: "8,960 attempts", "212 попыток", "300 спроб".
_ATTEMPTS = re.compile(
    r"(?i)\s+(?:(?:illegal|irregular|unlawful|border|crossing|entry)\s+){0,3}(?:attempts?|"
    r"attempted\s+crossings|попыт\w*|спроб\w*|әрекет\w*)(?!\w)"
)
# The same said before the figure: "спроб незаконного перетину кордону було 2 104", "попыток
# незаконного пересечения границы было 2 104".
_ATTEMPTS_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:attempts|попыт\w*|спроб\w*)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:было|було|были|були|составило|становило|склало|зафіксовано|зафиксировано|numbered|"
    r"totalled|totaled)\s*(?:[—–-]\s*)?(?:[^\W\d]+\s+)?$"
)
# "Entry into Romania was refused to 64", "Exit from Ukraine was denied to 12 men": the way,
# its country, then the refusal, all before the people.
_WAY_REFUSED = re.compile(
    r"(?i)(?<!\w)(?P<way>entry|admission|exit|departure)\s+(?:(?:in)?to|from)\s+"
    r"(?:[\w'’.-]+\s+){1,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:refused|denied)\s+to\s+(?:[\w-]+\s+){0,2}$"
)
# "13,500 illegal crossings from Belarus", "400 entries into Poland": crossings whose way is
# said, right after their figure.
_CROSSINGS_FROM = re.compile(
    r"(?i)\s+(?:(?:illegal|irregular|unauthori[sz]ed|unlawful|border)\s+){0,2}"
    r"(?:crossings|entries|entry\s+attempts|crossing\s+attempts)\s+(?:from|into|to)\s"
)
# Words that say attempts came to nothing, beside STOPPED's.
_PREVENTED = re.compile(
    r"(?i)(?<!\w)(?:thwarted|foiled|averted|предотвра\w*|пресе[чк]\w*|запобі\w*|"
    r"відвер\w*|припини\w*|жолы\s+кесіл\w*|жолын\s+кес\w*)"
)
# What the attempts were, right after them: "to cross", "перетнути", "пересечения", "өтуге".
_TO_CROSS = re.compile(
    r"(?i)\s+(?:to\s+(?:cross|enter|leave|get\s+(?:in|into|out|across)|reach)\b|"
    r"(?:пересе[чк]\w*|перейти|проникн\w*|въезд\w*|въехать|выезд\w*|выехать|перетин\w*|"
    r"перетнути|в['’]їзд\w*|в['’]їхати|виїзд\w*|виїхати)(?!\w)|"
    r"(?:кесіп\s+)?(?:өтуге|кіруге|шығуға)(?!\w))"
)
# "illegal", "irregular", "незаконного", "нелегально", "заңсыз": a crossing the guards stop.
_ILLEGALLY = re.compile(r"(?i)(?<!\w)(?:illegal\w*|irregular\w*|незакон\w*|нелегал\w*|заңсыз)")
# "2,000 people heading for Greece": where they were going, right after them.
_HEADED = r"(?:heading|headed|bound)\s+(?:for|to|towards)\b"
_HEADING_FOR = re.compile(r"(?i)(?:\s+[\w-]+){1,3}?\s+" + _HEADED)
# "did not let three men out", "didn't let 300 asylum seekers in": the phrase around them.
_NOT_LET = re.compile(
    r"(?i)(?:(?<!\w)not|n't|(?<!\w)never|(?<!\w)(?:refused|refusing|declined)\s+to)\s+"
    # "refused to let 40 passengers leave": the verb after them says the way too.
    r"(?:let|allow)\s+(?:[\w,'-]+\s+){1,4}?(?P<way>out|in|into|leave|depart|board|enter|land)"
    r"(?!\w)"
)
# "stopped 812 people from attempting the crossing", "prevented them from leaving": what they
# were kept from, right after them.
_KEPT_FROM = re.compile(
    r"(?i)\s+(?:[\w,'’-]+\s+){0,4}?from\s+(?:attempting\s+|trying\s+(?:to\s+)?)?(?:the\s+|a\s+)?"
    # ("from reaching the shore" says no way: the shore may be theirs.)
    r"(?P<way>crossing|cross|leaving|leave|making|make|entering|enter|boarding|"
    r"setting\s+off|setting\s+sail|departing)\b"
    # "from crossing from Turkey", "from crossing into Greece": the way named, read elsewhere.
    r"(?!\s+(?:illegally\s+)?(?:from|into|to)\b)"
)
# Stopped at a border, no way said: "stopped 300 migrants at the border with Belarus", "на
# границе ... остановили", "кордоні зупинили", "шекарада тоқтатылды", "border guards stopped":
# kept from crossing it, as turned back (not "detained", said as much of people caught after
# they crossed). The verb and the border, anywhere in the clause.
_STOPPING = re.compile(r"(?i)(?<!\w)(?:stopped|halted|останов\w*|зупин\w*|тоқтат\w*)")
_AT_A_BORDER = re.compile(
    r"(?i)(?<!\w)(?:(?:at|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier)s?(?!\w)|"
    # "были остановлены на пунктах пропуска «Паланка» и «Рени»", "at the Kazungula post".
    r"(?:на|у|в)\s+(?:[\w-]+\s+)?(?:пункт\w*\s+пропуск\w*|КПП|МАПП)|"
    r"at\s+the\s+(?:[\w-]+\s+){0,3}?(?:checkpoints?|border\s+posts?|border\s+crossings?)\b|"
    r"на\s+(?:[\w-]+\s+){0,2}?(?:границ|кордон)\w*|шекара(?:да|сында|ларда|ларында)(?!\w)|"
    r"border\s+guards?|border\s+police|пограничник\w*|прикордонник\w*|шекарашы\w*)"
)


def _stopped_at_a_border(text: str, start: int, end: int) -> bool:
    """Whether the clause [start, end) says people were stopped at a border, no way said."""
    if not _STOPPING.search(text, start, end):
        return False
    if TRYING_TO_GO.search(text, start, end) or _trying_to_leave_in(text, start, end):
        # "stopped 37 men trying to reach Moldova": where they were going says the way.
        return False
    if _BOUND.search(text, start, end):
        return False
    # "At the border with Belarus, Lithuanian guards stopped 85": the border may be told
    # before the clause, at the sentence's start.
    return _AT_A_BORDER.search(text, 0, end) is not None


# "heading for", "bound for", "Qatar-bound": where people were going.
_BOUND = re.compile(r"(?i)(?<!\w)" + _HEADED + r"|-bound\b")


# A refusal that says no way ("не пропустили", "turned back"), and words that say it was
# out of the country.
_NOT_LET_THROUGH = re.compile(
    r"(?i)(?<!\w)(?:не\s+(?:пропусти|пропуска|пусти|пуска)\w*|not\s+let\s+through|"
    # "turned 40 travellers away": the people between the verb and its particle.
    r"turned\s+(?:[\w,'’-]+\s+){0,5}?(?:back|away)|prevented|разверну\w*|розверну\w*|"
    r"разворачива\w*|розверта\w*|өткізбе\w*|өткізілме\w*|кері\s+қайтар\w*)"
)
# Words that say a refusal was out of the country.
_OUT_WORDS = re.compile(
    r"(?i)(?<!\w)(?:выпуст\w*|випуст\w*|выезд\w*|виїзд\w*|выехать|виїхати|let\s+out|leav\w*|"
    r"left|exit\w*|depart(?!ment)\w*|setting\s+off|set\s+off|journey|шығу\w*|шыға\w*)"
)
# The words for border guards, as a people's adjective describes them.
_GUARD_WORDS = (
    "пограничник",
    "прикордонник",
    "погранич",
    "border",
    "guard",
    "шекараш",
    "officer",
    "official",
    "police",
    "полиц",
    "поліц",
    "immigration",
    # "Chilean troops turned back 64 people": soldiers guard a border too.
    "troop",
    "soldier",
    "gendarm",
    "жандарм",
    "военн",
    "військов",
    "army",
    "navy",
    "coastguard",
)


def refusal(
    text: str, language: str, figure: tuple[int, int], clause: tuple[int, int], part_end: int
) -> str | None:
    """The cue, "refuse_exit" or "refuse_entry", the words around a figure at
    ``figure`` (start, end) say: in its ``clause``, or the part of the sentence up to
    ``part_end``; None when they say no one was stopped."""
    start, end = figure
    english = language == "en"
    attempts = _ATTEMPTS.match(text, end) or _ATTEMPTS_BEFORE.search(text, clause[0], start)
    if attempts is not None and (
        STOPPED.search(text, *clause)
        or _PREVENTED.search(text, *clause)
        # "recorded 213 attempts to cross the border illegally", "25 тисяч спроб перетнути
        # кордон": attempts a border's guards count are the ones that failed (those that got
        # through go uncounted).
        or _ILLEGALLY.search(text, *clause)
        or _TO_CROSS.match(text, attempts.end())
    ):
        # "8,960 attempts have been stopped", "212 попыток незаконно пересечь границу были
        # предотвращены": kept out, unless the words say it was on the way out.
        return "refuse_exit" if _OUT_WORDS.search(text, *clause) else "refuse_entry"
    if not english and _NOT_LET_ONTO_THE_TERRITORY.search(text, *clause):
        return "refuse_entry"
    crossings = _CROSSINGS_FROM.match(text, end, clause[1]) if english else None
    if crossings is not None and (
        STOPPED.search(text, clause[0], start) or _PREVENTED.search(text, clause[0], start)
    ):
        # "guards have prevented roughly 13,500 illegal crossings from Belarus": kept out of
        # the country the crossings were headed for.
        return "refuse_entry"
    way = _WAY_REFUSED.search(text, clause[0], start) if english else None
    if way is not None:
        # "Entry into Romania was refused to 64 foreign citizens": the way named first.
        return "refuse_exit" if way["way"].casefold() in {"exit", "departure"} else "refuse_entry"
    kept_from = _kept_from(text, end, clause[1]) if english else None
    if kept_from is not None and STOPPED.search(text, clause[0], start):
        # "stopped 812 people from attempting the crossing", "prevented 300 from entering":
        # the way they were kept from.
        return kept_from
    let = _NOT_LET.search(text, *clause) if english else None
    if let is not None:
        # "did not let three men out into Poland", "did not let 40 migrants in": the
        # phrase's words around the people counted.
        way_out = let["way"].casefold() in {"out", "leave", "depart", "board"}
        return "refuse_exit" if way_out else "refuse_entry"
    if not english and _TRYING_TO_ENTER.match(text, end, min(part_end, end + 90)):
        # "не пропустила на территорию страны 587 человек, пытавшихся въехать из Сербии".
        stopped = (
            _REFUSED.search(text, *clause)
            or STOPPED.search(text, clause[0], start)
            # "1 140 осіб, які намагалися в'їхати із сенегальського боку, розвернули на
            # пункті пропуску": the turning back told after them.
            or _NOT_LET_THROUGH.search(text, end, part_end)
            or _REFUSED.search(text, end, part_end)
        )
        return "refuse_entry" if stopped else None
    trying = (
        TRYING_TO_GO.search(text, end, clause[1])
        if english
        # "задержали пятерых россиян, пытавшихся незаконно покинуть страну": the trying
        # is told in a participle's clause of its own, after the comma.
        else _TRYING_TO_LEAVE.match(text, end, min(part_end, end + 130))
    )
    if trying is None and english:
        # "had stopped more than 2,000 people heading for Greece".
        trying = _HEADING_FOR.match(text, end, clause[1])
    if trying is None and language == "kk":
        # "Қытайға заңсыз өтпек болған 5 қазақстандықты ұстады": told before them.
        trying = _trying_to_leave_in(text, clause[0], start)
    if trying is None:
        # "Polish guards stopped 300 migrants at the border with Belarus": kept from crossing
        # it; which way is the guards' state's to say (reading's turning back).
        return "refuse_exit" if _stopped_at_a_border(text, *clause) else None
    stopped = STOPPED.search(text, clause[0], start) or STOPPED.search(
        text, end, max(trying.start(), clause[1])
    )
    crossing = _KK_CROSSING.search(text, *trying.span()) if language == "kk" else None
    sent_back = crossing is not None and (
        _KK_SENT_BACK.search(text, *clause) is not None
        # "елге заңсыз өтпек болған": on their way into the country.
        or _KK_INTO_THE_COUNTRY.search(text, clause[0], crossing.start()) is not None
    )
    if stopped is not None and sent_back:
        # "шекарада заңсыз өтпек болған 2 мың 300 адам кері қайтарылды": turned back on
        # their way across, into the country whose border it was.
        return "refuse_entry"
    # "its coast guard had stopped 900 migrants trying to reach Greece": they did not get out.
    return "refuse_exit" if stopped is not None else None


def kept_from_leaving(text: str, figure_end: int, clause_end: int) -> bool:
    """Whether English words right after a figure say its people were kept from going out:
    "stopped 812 people from attempting the crossing", "prevented 300 from leaving"."""
    return _kept_from(text, figure_end, clause_end) == "refuse_exit"


def _kept_from(text: str, figure_end: int, clause_end: int) -> str | None:
    """The cue of the way English words right after a figure say its people were kept from,
    "refuse_entry" ("from entering") or "refuse_exit" ("from crossing", "from leaving")."""
    kept_from = _KEPT_FROM.match(text, figure_end, clause_end)
    if kept_from is None:
        return None
    return "refuse_entry" if kept_from["way"].startswith("enter") else "refuse_exit"


def kept_out(text: str, clause: tuple[int, int]) -> bool:
    """Whether English words turned people away on their way in ("were turned away at the
    airport"), no way out said: refused entry, wherever. "Turned back" is said of people kept
    in as well ("35 workers were turned back at the port" by their own state's officers)."""
    found = _NOT_LET_THROUGH.search(text, *clause)
    said = found.group() if found is not None else ""
    turned = said.startswith("turned")
    away = turned and "away" in said
    # "turned back 214 people trying to cross from Belarus": on their way in.
    coming = turned and _TRYING_IN.search(text, *clause) is not None
    return (away and not _OUT_WORDS.search(text, *clause)) or coming


def turned_away_at(text: str, clause: tuple[int, int]) -> tuple[int, int] | None:
    """Where English words name a country's own ways in that people were turned back at ("at
    Germany's land borders", "at Britain's airports"), no way out said: its span, or None."""
    if out_said(text, clause):
        return None
    found = _AT_ITS_BORDER.search(text, *clause)
    return found.span() if found is not None else None


_AT_ITS_BORDER = re.compile(
    r"(?<!\w)at\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?\s+(?:[a-z]+\s+)?"
    r"(?:borders?|frontiers?|airports?|ports?|checkpoints?|border\s+crossings?)\b"
)


def not_let_into(text: str, clause: tuple[int, int]) -> bool:
    """Whether Russian or Ukrainian words kept people from getting into a place ("В Казахстан
    не пустили 12 граждан России", "до Молдови не впустили"): "не (в)пустили", "не
    пропустили" with no word of going out ("не выпустили", "на рейс", "выезд")."""
    found = _LET_INTO.search(text, *clause)
    flight = _FLIGHT.search(text, *clause)
    return found is not None and not _OUT_WORDS.search(text, *clause) and flight is None


def let_in_said(text: str, clause: tuple[int, int]) -> bool:
    """Whether the refusal is "не пустили", "не впустили" (not let in), not "не пропустили"
    (not let through, as often out of a country as into one)."""
    return _LET_IN.search(text, *clause) is not None


def foreigners_said(text: str, clause: tuple[int, int]) -> bool:
    """Whether the people are called foreigners ("іноземців", "иностранцев"): not the
    refusing state's own."""
    return _FOREIGNERS.search(text, *clause) is not None


_LET_IN = re.compile(r"(?i)(?<!\w)не\s+(?:пусти|пуска|впусти|впуска)\w*(?!\w)")
_FOREIGNERS = re.compile(r"(?i)(?<!\w)(?:іноземц|иностран|шетелдік|foreign)\w*")
_FLIGHT = re.compile(r"(?i)(?<!\w)рейс\w*")
_LET_INTO = re.compile(r"(?i)(?<!\w)не\s+(?:пусти|пуска|впусти|впуска|пропусти|пропуска)\w*(?!\w)")


def trying_into(text: str, clause: tuple[int, int]) -> bool:
    """Whether English words say people tried to get into a place named after ("trying to
    enter Poland", "attempting to cross into Chad"), not out of one."""
    found = _TRYING_IN.search(text, *clause)
    return found is not None and not found.group().casefold().endswith("from")


# "trying to cross from Belarus", "attempting to enter": people on their way in.
_TRYING_IN = re.compile(
    r"(?i)(?<!\w)(?:trying|attempting|tried|attempted|seeking)\s+to\s+(?:enter(?:\s+from)?\b|cross\s+"
    r"(?:over\s+|illegally\s+)?(?:from|into)\b|get\s+into\b|get\s+in\b)"
)


def turned_back_unadmitted(text: str, clause: tuple[int, int]) -> bool:
    """Whether English words say people were turned back for want of what lets one in ("96
    Cubans had been turned back at the airport because they could not show hotel bookings",
    "turned back 212 Venezuelans without passports", "lacked valid documents to enter Spain"),
    no way out said ("turned back 312 travellers heading for Argentina who lacked vehicle
    papers" were kept in)."""
    if _TURNED_BACK_OR_AWAY.search(text, *clause) is None:
        return False
    return (
        _UNADMITTED.search(text, *clause) is not None
        and _HEADING_OUT.search(text, *clause) is None
        and _OUT_WORDS.search(text, *clause) is None
    )


def kept_out_for_papers(text: str, clause: tuple[int, int]) -> str | None:
    """How Russian or Ukrainian words say people were turned away on their way in: "entry"
    when they name the way in ("на в'їзд до королівства не пустили", "не пустили до країни"),
    "papers" when they say only that what an entry asks for was missing or bad ("у яких не
    було паспортів або віз", "через недійсні паспорти", "не можуть підтвердити мету
    поїздки"), which a state's own people kept in may lack too; None when neither, or when
    the way out is said ("на виїзд")."""
    if _OUT_WORDS.search(text, *clause):
        return None
    if _WAY_IN_SAID.search(text, *clause):
        return "entry"
    return "papers" if _ENTRY_PAPERS.search(text, *clause) else None


_WAY_IN_SAID = re.compile(
    r"(?i)(?<!\w)(?:на\s+в['’]?їзд|на\s+въезд|у\s+в['’]?їзді|в\s+в['’]?їзді|во\s+въезде|"
    r"(?:до|в|у)\s+(?:країни|країну|страну|королівства|королівство|королевство))(?!\w)"
)
_PAPER_NOUNS = r"(?:паспорт\w*|віз\w*|виз\b|визы|виза|документ\w*|дозвол\w*|разрешени\w*)"
_ENTRY_PAPERS = re.compile(
    r"(?i)(?<!\w)(?:(?:без|не\s+було|не\s+мали|не\s+мав|не\s+было|не\s+имели|не\s+имел|"
    r"відсутн\w*|отсутств\w*)\s+(?:[\w-]+\s+){0,2}?"
    + _PAPER_NOUNS
    + r"|(?:недійсн|підроблен|прострочен|фальшив|недействительн|поддельн|просроченн)\w*\s+"
    r"(?:[\w-]+\s+)?"
    + _PAPER_NOUNS
    + r"|(?:мету|мета|цель|цели)\s+(?:поїздки|візиту|приїзду|поездки|визита|приезда))"
)


_TURNED_BACK_OR_AWAY = re.compile(r"(?i)(?<!\w)turned\s+(?:[\w,'’-]+\s+){0,5}?(?:back|away)\b")
# What a border asks of one coming in, lacked: "without visas", "no valid border pass",
# "could not show hotel bookings", "lacked valid documents", or the way in said: "to enter"
# ("to enter from Bolivia" says where they came from, not where they were kept out of).
_UNADMITTED = re.compile(
    r"(?i)(?<!\w)(?:(?:without|no|lacked|lacking|had\s+no|did\s+not\s+have|could\s+not\s+show|"
    r"failed\s+to\s+show|unable\s+to\s+show)\s+(?:a\s+|the\s+|valid\s+|proper\s+|"
    r"the\s+right\s+|any\s+|entry\s+|travel\s+|border\s+|hotel\s+|return\s+)*"
    r"(?:visas?|passports?|papers|documents|documentation|permits?|pass(?:es)?|bookings?|"
    r"tickets?)|to\s+enter\b(?!\s+from))"
)
# "heading for Argentina", "bound for Montevideo": out, where they were going.
_HEADING_OUT = re.compile(
    r"(?i)(?<!\w)(?:head(?:ing|ed)\s+(?:for|to)|bound\s+for|on\s+(?:their|the)\s+way\s+to|"
    r"en\s+route\s+to)\b"
)


def turned_away_by(
    text: str, words: SentenceWords, clause: tuple[int, int], speakers_state: str | None
) -> str | None:
    """The state whose guards turned people away without a way said ("не пропустили",
    "turned back", "stopped at the border"), by a people's adjective before "guards" or else
    the speaking body's; None when the words say it was out of the country or say no such
    refusal."""
    turned = _NOT_LET_THROUGH.search(text, *clause) or _stopped_at_a_border(text, *clause)
    if not turned or _OUT_WORDS.search(text, *clause):
        return None
    return guards_of(words, clause) or speakers_state


def out_said(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says the way was out ("выезд", "denied exit", "шығарылмады")."""
    return _OUT_WORDS.search(text, *clause) is not None


def guards_of(words: SentenceWords, clause: tuple[int, int]) -> str | None:
    """The state a people's adjective before "guards" names in the clause ("польські
    прикордонники", "Polish border guards"), whatever they did, or None."""
    placed = [p.token for p in words.words if clause[0] <= p.start < clause[1]]
    for at, (token, following) in enumerate(pairwise(placed)):
        # "the U.S. Coast Guard", "Polish Border Guard officers": a name's words between.
        named = following.word.folded in {"coast", "border", "frontier"} and at + 2 < len(placed)
        following = placed[at + 2] if named else following
        guard = following.word.folded.startswith(_GUARD_WORDS)
        # Kazakh names the guards' state by its bare name: "Польша шекарашылары".
        owner = "where" in token.concepts or following.word.folded.startswith("шекараш") or named
        if guard and (token.country or token.demonym) and owner:
            return token.country or token.demonym
    for at, token in enumerate(placed):
        # "Прикордонна служба Польщі", "Погранслужба Латвии", "the Border Guard of Poland":
        # the guards' body, its state's name after it.
        if token.word.folded.startswith(_GUARD_BODIES):
            after = placed[at + 1 : at + 3]
            state = next((t.country for t in after if t.country and not t.demonym), None)
            if state is not None:
                return state
    return None


# A border guard's body, named before its state: "Прикордонна служба Польщі".
_GUARD_BODIES = ("прикордонн", "погранич", "погранслужб", "погранохран", "guard")


def attempted(text: str, language: str, figure: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the figure at ``figure`` (start, end) counts people who only tried to go, no one
    saying they were stopped or got through: "200 people tried to cross from Belarus", "300
    человек пытались пересечь границу" (attempts, no move)."""
    start, end = figure
    if language in {"ru", "uk"} and _TRYING_BEFORE.search(text, clause[0], start) is not None:
        # "незаконно пытались пройти 1250 мигрантов": the trying, then the people.
        return STOPPED.search(text) is None and _REFUSED.search(text) is None
    trying = (
        TRYING_TO_GO.search(text, end, clause[1])
        if language == "en"
        else _TRYING_TO_LEAVE.match(text, end, clause[1])
    )
    if trying is None:
        return False
    # The people, then their trying: "200 people tried", "300 человек пытались".
    between = text[end : trying.start()] if language == "en" else ""
    if language != "en":
        verb = re.search(r"(?i)пыта|намага", trying.group())
        between = trying.group()[: verb.start()] if verb else ","
    if "," in between or len(between.split()) > 3:
        return False
    # "..., їх не випустили": stopped, in a clause of its own.
    return STOPPED.search(text) is None and _REFUSED.search(text) is None


# Words that turn people away, anywhere in the sentence.
_REFUSED = re.compile(
    r"(?i)(?<!\w)(?:не\s+(?:ви|про)?пуст\w*|не\s+(?:впуст|пропуска|випуска|выпуска)\w*|"
    r"not\s+(?:let|allowed)|refused|denied|turned\s+(?:back|away)|відмов\w*|отказа\w*|"
    r"жіберме\w*|шығарма\w*|өткізбе\w*)"
)
