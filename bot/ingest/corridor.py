"""The border an article is about, for the figures whose sentence leaves a side of it unsaid.

A story about Russians going to Kazakhstan says "from Russia" in one sentence and "to Kazakhstan"
in another, and "147,000 have left" in a third: a curator reads every figure between the two.
Each figure that names both of its countries votes for the article's corridor, people's home
and the country they went to (a return or a deportation goes back along it); a figure missing a
side then takes the side its kind of flow implies: arrivals went to the host, the returning
went home, a deportation was the speaking state's (else the host's). "Our citizens" are the
article's people; its people arriving home came home, and repatriates leaving it entered
another country. Whatever a sentence names itself wins: only empty fields are filled.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.ingest.candidates import Candidate
from bot.ingest.clauses import read_words
from storage.metrics import Direction, Vocabulary

__all__ = [
    "HOMEWARD_WORDS",
    "HOME_WORDS",
    "IN_MANY_COUNTRIES",
    "OTHER_WAY",
    "Corridor",
    "along_the_corridor",
    "corridor_of",
]

# Flows back to the people's own country: their destination is home, their origin the host.
_HOMEWARD = frozenset({"returned", "deported"})
# "наших граждан", "співвітчизників", "our citizens", "азаматтарымыз": the speaker's own people,
# the people whose home the article's flows start from.
_OUR_PEOPLE = re.compile(
    r"(?i)(?<!\w)(?:our (?:citizens|nationals|tourists|workers|students|pilgrims|people)"
    r"|compatriots|fellow citizens|наш\w* (?:граждан|соотечественник|турист|рабоч|студент"
    r"|паломник|мигрант)\w*|соотечественник\w*|граждан\w* (?:республики|нашей страны)|наш\w* "
    r"(?:громадян|співвітчизник|турист|працівник|студент|паломник|мігрант)\w*|співвітчизник\w*"
    r"|громадян\w* (?:(?:нашої|нашей) (?:держави|країни)|республіки)|отандас\w*"
    r"|азаматтарымыз\w*"
    r"|азаматымыз\w*|\w+(?:тарымыз|теріміз|дарымыз|деріміз|ларымыз|леріміз))"
)
# A move "home": "депортированы на родину", "елге депортацияланды", "heading home".
HOME_WORDS = r"home|homeland|на родину|домой|на батьківщину|додому|елге|еліне|отанына"
HOMEWARD_WORDS = re.compile(rf"(?i)(?<!\w)(?:{HOME_WORDS})(?!\w)")
_KANDAS = re.compile(r"(?i)қандас|кандас|оралман|этникалық қазақ")
_REPATRIATES = re.compile(r"(?i)репатри|репатрі|repatriate|олим|олім")
# Aliyah in lower case only: "Алия" is a name.
_ALIYAH = re.compile(
    r"(?i:\baliyah\b|\bolim\b)|(?<!\w)(?:алия|алии|алию|алией|алія|алії|алію)(?!\w)"
)
# "from other countries", "шетелден": an origin the text says is many, or anywhere.
_FROM_ANYWHERE = re.compile(
    r"(?i)(?<!\w)(?:from (?:other|many|several|various|different) countries|from abroad|"
    r"из (?:других|разных|многих|третьих) стран|из-за (?:рубежа|границы)|з (?:інших|різних|"
    r"багатьох|третіх) країн|з-за кордону|із-за кордону|басқа елдерден|шетелден|"
    r"түрлі елдерден)"
)
# "in the opposite direction", "в обратном направлении", "кері бағытта": back along a
# figure before.
OTHER_WAY = re.compile(
    r"(?i)(?<!\w)(?:in the (?:opposite|other|reverse) direction|the other way|"
    r"в (?:обратном|противоположном) направлении|в обратную сторону|"
    r"у (?:зворотному|протилежному) напрямку|в (?:зворотному|протилежному) напрямку|"
    r"у зворотний бік|кері бағытта|(?:қарама-)?қарсы бағытта)"
)
# "in European countries", "у країнах Європи", "Еуропалық одақ елдеріне": where people went
# is many countries, none of them the one fact's.
IN_MANY_COUNTRIES = re.compile(
    r"(?i)(?<!\w)(?:(?:in|to|across|throughout)\s+(?:other\s+|several\s+|many\s+|various\s+)?"
    r"(?:european|eu|neighbouring|neighboring|western)\s+countries|(?:in|to|across|throughout)"
    r"\s+(?:europe|the\s+eu|the\s+european\s+union)|в\s+(?:других\s+)?странах\s+"
    r"(?:европы|ес|евросоюза)|в\s+(?:европейских|соседних)\s+странах|по\s+(?:всей\s+)?европе|"
    r"у\s+(?:інших\s+)?країнах\s+(?:європи|єс|євросоюзу)|у\s+(?:європейських|сусідніх)\s+"
    r"країнах|по\s+(?:всій\s+)?європі|еуропа(?:лық\s+одақ)?\s+елдер\w*|ео\s+елдер\w*)(?!\w)"
)
# People counted as foreign, of no one country: "foreign workers", "иностранных граждан",
# "іноземців", "шетелдік жұмысшы", "шетел азаматы". They are not the article's people, whose
# home is theirs.
_AIRPORT = re.compile(r"(?i)(?<!\w)(?:airport|аэропорт|аеропорт|әуежай|авиаузл|авіавузл)\w*")
_FOREIGNERS = re.compile(
    r"(?i)(?<!\w)(?:foreign|foreigners|иностран\w*|іноземн\w*|іноземц\w*|шетелдік\w*|"
    r"шетел\s+азамат\w*)"
)
# Entering or crossing as such, not arriving: "въехали 946 граждан Азербайджана", "кордон в
# бік України перетнули 21,4 тис." entered. Kazakh "өткен" crosses only a border or a post:
# "өткен аптада", "бүгін өткен брифингте" are last week and a briefing held.
_ENTERED = re.compile(
    r"(?i)(?<!\w)(?:entered|entering|enter|crossed|crossing|въех\w*|въезжа\w*|"
    r"в['’]їх\w*|в['’]їжджа\w*|пересек\w*|перетн\w*|перетина\w*|перешл\w*|перейшл\w*|"
    r"кірді|кірген|кіріп|(?:шекара|бекет|пункт)\w*\s+(?:\w+\s+)?(?:өтті|өткен)"
    # "«Ақ-Жол» өткізу бекеті арқылы Қазақстаннан Қырғызстанға 8 мың адам өтті": through a
    # post, crossed, the verb at the sentence's end.
    r"|(?:бекет|пункт)\w*\s+арқылы\s[^.!?]*?(?<!\w)(?:өтті|өткен|өтіп))"
)
# Counted with no border crossed, or both ways: no side to fill.
_NO_SIDES = frozenset({"crossings", "mobilisation_target", "mobilisation_ceiling", "statement"})


@dataclass(frozen=True, slots=True)
class Corridor:
    """The article's usual home of the people it counts, and the country they went to."""

    home: str | None
    host: str | None
    # Where the article's people set off for the host from, when that is not their home:
    # the Channel's small boats come from France, whoever is in them.
    source: str | None = None
    # Every country the article's people were in before coming home.
    abroad: frozenset[str] = frozenset()


def _votes(candidate: Candidate, metrics: Vocabulary) -> tuple[list[str], list[str]]:
    """The homes and hosts a candidate names, whichever way its people moved."""
    origin, destination, own = candidate.origin, candidate.destination, candidate.citizenship
    homes = [own] if own else []
    if candidate.metric in _HOMEWARD:
        # "выслала в Мавританию 412 человек" under a readmission deal: a deportation's
        # destination is a home only when the sentence says it is theirs.
        home = (
            destination
            if destination and (candidate.metric == "returned" or destination == own)
            else None
        )
        return homes + ([home] if home else []), [origin] if origin else []
    if metrics.direction(candidate.metric) is Direction.OUT or candidate.metric == "exit_refused":
        # "300 Ukrainians left Japan": a country left is home only when it is theirs.
        if origin and origin == own:
            return homes, [destination] if destination else []
        return homes, [origin] if origin and own else []
    return homes + ([origin] if origin else []), [destination] if destination else []


def _clear_winner(votes: Counter[str]) -> str | None:
    """The home most figures name, unless another is named as often ("из Мали и Сенегала":
    the article's people come from no one country)."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def corridor_of(candidates: list[Candidate], metrics: Vocabulary) -> Corridor:
    """The home and host most of the article's figures name (no home on a tie; the first
    host seen wins one)."""
    homes: Counter[str] = Counter()
    hosts: Counter[str] = Counter()
    for candidate in candidates:
        if candidate.metric in _NO_SIDES:
            continue
        named_homes, named_hosts = _votes(candidate, metrics)
        # Whose citizens they are says home louder than where a figure's people set off.
        homes.update(named_homes)
        if candidate.citizenship:
            homes[candidate.citizenship] += 1
        hosts.update(named_hosts)
    home = _clear_winner(homes)
    abroad: set[str] = set()
    for candidate in candidates:
        if candidate.metric in _NO_SIDES or candidate.destination != home:
            continue
        if candidate.origin and candidate.origin != home:
            # "1 200 адам Таиландтан Алматыға жетті": coming home from where they were.
            abroad.add(candidate.origin)
            if candidate.metric not in _HOMEWARD:
                hosts[candidate.origin] += 1
    host = next((code for code, _ in hosts.most_common() if code != home), None)
    # A place people set off from that is not their own country: "3,100 Bangladeshis ...
    # 2,300 Syrians" came from their homes, and name no place all the others set off from.
    sources = Counter(
        c.origin
        for c in candidates
        if c.metric not in _NO_SIDES | _HOMEWARD
        and c.destination == host
        and c.origin
        and c.origin != c.citizenship
    )
    # Several such places ("бес мыңға жуығы Өзбекстаннан, 1 870-і Қытайдан"): none is the
    # one all the others set off from.
    named = [code for code in sources if code != host]
    source = named[0] if len(named) == 1 else None
    return Corridor(home, host, source, frozenset(abroad))


def along_the_corridor(
    candidates: list[Candidate], metrics: Vocabulary, language: str
) -> list[Candidate]:
    """The candidates with each side their sentences left open filled from the corridor."""
    corridor = corridor_of(candidates, metrics)
    return [_filled(candidate, corridor, metrics, language) for candidate in candidates]


@lru_cache(maxsize=256)
def _country_of_body(name: str, language: str) -> str | None:
    """The one country a body's name names: "Національний інститут міграції Мексики"."""
    found = set(read_words(name, language, line=False).peoples(0, len(name)))
    return found.pop() if len(found) == 1 else None


def _speaker_country(candidate: Candidate, language: str) -> str | None:
    speaker = candidate.attributed_to
    if speaker is None or speaker.kind != "organisation":
        return None  # a consul of Ukraine speaks of Mexico's deportations
    return _country_of_body(speaker.name, language)


def _filled(
    candidate: Candidate, corridor: Corridor, metrics: Vocabulary, language: str
) -> Candidate:
    """Fill only the side a curator would take as plain: where people arrived, where the
    returning went home to, who expelled or held them. Where the leaving went, or where the
    returning or the applicants came from, an article often leaves open on purpose ("fled to
    neighbouring countries", "came back from abroad")."""
    metric, own = candidate.metric, candidate.citizenship
    sides = {candidate.origin, candidate.destination} - {None}
    if metric == "crossings" and len(sides) == 1:
        # "на кордоні з Польщею в обох напрямках": the border's other side is the country
        # the article is about.
        other = next((c for c in (corridor.home, corridor.host) if c not in {None, *sides}), None)
        if other is not None:
            return replace(candidate, origin=sides.pop(), destination=other)
    if metric in _NO_SIDES:
        return candidate
    origin, destination = candidate.origin, candidate.destination
    ours = _OUR_PEOPLE.search(candidate.counted) is not None
    if own != corridor.home and corridor.home and ours:
        # "our citizens" are the article's people, whatever other people the sentence names.
        own = corridor.home
        candidate = replace(candidate, citizenship=own)
    foreign = _FOREIGNERS.search(candidate.counted) is not None
    # Ethnic Kazakhs (қандас) come to a country from wherever their families lived: no home
    # coming, no side of the article's corridor.
    kandas = _KANDAS.search(candidate.counted) is not None
    # Foreigners have no home here: "2,500 foreigners came to Kazakhstan" entered it.
    home = own or (None if foreign else corridor.home)
    # Whose home they left: theirs, or (for "репатріанти", repatriates, whose citizenship the
    # sentence leaves out) the article's people's.
    left_home = own or (home if _REPATRIATES.search(candidate.evidence.sentence) else None)
    went_abroad = destination not in {None, left_home}
    if metric == "returned" and left_home and origin == left_home and went_abroad:
        # "до Ізраїлю прилітають 50 репатріантів з України": repatriates leave their home
        # for another country.
        metric = "entered"
    direction = metrics.direction(metric)
    if metric == "returned":
        # Back home: to their own country, else to the article's people's home; from the
        # one country the article's people went to, when it names one.
        destination = destination or (own if own != origin else None) or corridor.home
        if (
            origin is None
            and corridor.host not in {None, destination}
            and corridor.abroad <= {corridor.host}
            # Ethnic Kazakhs (қандас) come home from wherever their families lived, not from
            # where the article's citizens went.
            and not _KANDAS.search(candidate.counted)
        ):
            origin = corridor.host
    elif metric == "deported":
        # Expelled by the state whose body says so ("INM депортував"), else by the country
        # the article's people went to.
        speaker = _speaker_country(candidate, language)
        if speaker in {own, destination}:
            speaker = None
        origin = origin or speaker or corridor.host
        if (
            destination is None
            and own not in {None, origin}
            and HOMEWARD_WORDS.search(candidate.evidence.sentence)
        ):
            # "37 азаматымыздың депортацияланып, елге оралғанын": sent home, said so.
            destination = own
    elif direction is Direction.OUT or metric == "exit_refused":
        # Stopped from leaving by the state whose guards say so ("відмовили у виїзді ...,
        # повідомили в Державній прикордонній службі України").
        speaker = _speaker_country(candidate, language) if metric == "exit_refused" else None
        if speaker is not None and speaker != destination:
            origin = speaker
        # Leaving, or stopped leaving: from their own country, else the article's home.
        origin = origin or (own if own != destination else None) or corridor.home
        if metric == "left" and destination is None and own not in {None, origin}:
            # "2,050 Ecuadorians left Colombia, most of them heading home": home, said so
            # after the figure ("елге 150 мың ресейлік келген, оның 110 мыңы кеткен": the
            # country they came to, before it, is no home of theirs).
            sentence = candidate.evidence.sentence
            after = max(0, sentence.find(candidate.figure_text))
            destination = own if HOMEWARD_WORDS.search(sentence, after) else None
    else:
        # Arrived, registered, applied: in the country the article's people went to (home,
        # for people brought from the country they were in: "Египеттен 2 400 адам
        # жеткізілді").
        # An article about people coming home: from wherever they were.
        home_coming = origin not in {None, corridor.home} and bool(corridor.abroad)
        host = corridor.home if home_coming else corridor.host
        many = IN_MANY_COUNTRIES.search(candidate.evidence.sentence) is not None
        destination = destination or (None if many else host)
        # Turned away on the way in at a crossing between the two ("Ще 260 людей ... не
        # пустили на цьому пункті до країни"), as arriving: from the side the article's
        # people come from. Not foreigners, nor at an airport, where flights come from
        # anywhere ("refused entry to 37 foreign nationals at Nadi International Airport").
        sentence = candidate.evidence.sentence
        kept_out_there = (
            metric == "entry_refused"
            and not foreign
            and not _FOREIGNERS.search(sentence)
            and not _AIRPORT.search(sentence)
        )
        coming = metric == "entered" or kept_out_there
        if coming and not kandas and not _FROM_ANYWHERE.search(sentence):
            origin = origin or corridor.source or (None if foreign else corridor.home)
    stranded = corridor.abroad == {corridor.host} and own in {None, home} and language == "kk"
    stranded = stranded and not kandas
    if metric == "entered" and destination == home and origin in {None, home} and stranded:
        # "600-ден астам адам Алматыға арнайы рейстермен жеткізілді", in a Kazakh article
        # about Kazakhstanis brought home from Kyrgyzstan: from there (Kazakh news tells
        # evacuations so; a border service's arrivals come from anywhere).
        origin = corridor.host
    arrived_home = home and destination == home and origin not in {None, home}
    coming_in = destination is not None and origin not in {None, destination}
    if metric == "left" and ours and coming_in and own in {None, destination}:
        # "Түркиядан Қазақстанға 318 азаматымыз эвакуацияланды": the article's people, out
        # of another country into their own, came home.
        metric = "returned"
    # "кері бағытта 900 адам өткен": crossed the other way, nobody said home.
    other_way = OTHER_WAY.search(candidate.evidence.sentence) is not None
    if (
        metric == "entered"
        and arrived_home
        and not other_way
        and not _ENTERED.search(candidate.evidence.sentence)
        and not kandas
    ):
        # "41 қазақстандық Алматыға жетті", "164 адамды Алматыға жеткізді": the article's
        # people arriving in their own country came home (crossing into it is entering).
        metric = "returned"
    if metric in {"asylum_applications", "refugees_registered"} and destination == own:
        # No one asks their own country for asylum or refuge: "40 мыңдай қазақстандық
        # баспана сұрап өтініш берген" in the EU applied to no country named.
        destination = None
    if candidate.from_several:
        origin = candidate.origin  # "returned from Peru, Chile and Colombia": from none alone
    aliyah = _REPATRIATES.search(candidate.evidence.sentence) or _ALIYAH.search(
        candidate.evidence.sentence
    )
    to_israel = "ISR" in {destination, corridor.host, corridor.home}
    if metric == "returned" and to_israel and own != "ISR" and aliyah:
        # "Больше всего новых репатриантов прибыло из России — 9 850", in an article about
        # Israel: its law calls new immigrants repatriates; they come to live in Israel, a
        # country not yet theirs.
        metric, destination = "entered", "ISR"
        origin = None if origin == "ISR" else origin
    if origin is not None and origin == destination:
        return replace(candidate, metric=metric)
    return replace(candidate, metric=metric, origin=origin, destination=destination)
