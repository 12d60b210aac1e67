"""Between which countries a figure's people moved, and whose citizens they are: from the roles
the sentence gives its countries ("from Russia", "to Georgia", "Қазақстанға"), the kind of
flow, the figures before it in the sentence and in the article.

Each rule says which phrasing taught it; they run in order, each filling only what is still
open, so a country the sentence names always wins over one the article implies.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.ingest.article_context import (
    ARRIVALS,
    INTO_A_COUNTRY,
    ArticleContext,
    arrived_from,
    home,
)
from bot.ingest.candidates import Candidate
from bot.ingest.clauses import SentenceWords
from bot.ingest.corridor import HOME_WORDS, IN_MANY_COUNTRIES, OTHER_WAY
from bot.ingest.metrics import flow_countries
from bot.ingest.refusals import TRYING_TO_GO, out_said
from bot.ingest.speaker_names import country_code
from bot.ingest.speaker_words import plain
from bot.ingest.speakers import Speaker
from bot.language.places import CONJUNCTIONS, Place
from bot.language.tokens import Token
from storage.metrics import Direction, Vocabulary

__all__ = [
    "FlowPlaces",
    "Roles",
    "into_the_country",
    "left_the_country",
    "own_country_origin",
    "roles_of",
    "settle_places",
]

Roles = dict[str, str | None]  # "into", "from", "in", "named", "border" → a country's code

# From "the country", the one the article is about: "елден шығарылды", "из страны выслали".
_FROM_THE_COUNTRY = re.compile(
    r"(?<!\w)(?:елден|из страны|з країни|from the country|out of the country)(?!\w)", re.I
)
_LEFT_THE_COUNTRY = re.compile(
    r"(?i)(?<!\w)(?:left the (?:country|kingdom|islands?|archipelago|republic)|покинул\w* "
    r"(?:эту |эту же )?(?:страну|республику|королевство|острова?|архипелаг)|(?:залишил\w*|"
    r"покинул\w*) (?:цю )?(?:країну|республіку|королівство|острів|острови|архіпелаг)"
    # "острови залишили близько 20 українців": the islands first.
    r"|(?:острови|острова|архіпелаг|архипелаг) (?:залишил|покинул)\w*"
    r"|выехал\w* из страны|виїхал\w* з країни|елден\s+(?:\S+\s+)"
    r"{0,6}?(?:көшіп\s+)?(?:кет|шық)\w*"
    # "из страны выехали около 147 тысяч": the way out first.
    r"|из\s+страны\s+(?:\S+\s+){0,2}?(?:вы|у)ехал\w*|з\s+країни\s+(?:\S+\s+){0,2}?(?:ви|по)їхал\w*)"
)
# Foreigners and migrants: no country's own people.
_STRANGERS = re.compile(
    r"(?i)(?<!\w)(?:іноземц|иностран|шетелдік|foreign|мигрант|мігрант|migrant)\w*"
)
# To "the neighbouring country", named before: "до сусідньої країни", "в соседнюю страну".
_TO_THE_NEIGHBOUR = re.compile(
    r"(?i)(?<!\w)(?:to|into|for)\s+(?:the\s+)?neighbou?ring\s+(?:country|state)|в\s+соседнюю\s+"
    r"(?:страну|республику)|до\s+сусідньої\s+(?:країни|держави)|у\s+сусідню\s+(?:країну|"
    r"державу)|көрші\s+елге"
)
# Into "the country", the one the article is about: "елге 300 шетелдік кірді", "в страну
# прибыли", "до країни прибули", "arrived in the country".
_INTO_THE_COUNTRY = re.compile(
    r"(?i)(?<!\w)(?:(?:елге|елімізге)\s+(?:\S+\s+){0,5}?(?:кір|кел|өт)\w*|в\s+страну|до\s+країни|"
    # "have entered the republic", "в республику": the country the article is about.
    r"в\s+республику|до\s+республіки|"
    r"(?:into|in|to|entered|reached)\s+the\s+(?:country|republic|kingdom))(?!\w)"
)
# From "the island" the article is about: "з острова до Індії вилетіли".
_FROM_THE_ISLAND = re.compile(
    r"(?i)(?<!\w)(?:з|із|с|со)\s+острова(?!\w)|\bfrom\s+the\s+island\b|(?<!\w)аралдан(?!\w)"
)
# Gone for something somewhere: "left for jobs in Qatar", "headed for work in Poland".
_LEFT_FOR = re.compile(
    r"(?i)\b(?:left|leave|leaving|departed|headed|heading|flew|flown|flying)\s+(?:out\s+)?for\s+"
    r"(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?[A-Z]"
)
# Posts that a place's name after them says where they are: "the governor of Selenge
# province", "мэр Нарвы", "Маңғыстау облысының әкімі" (after it, in Kazakh, not read here).
_PLACE_POSTS = frozenset(
    {"governor", "mayor", "akim", "prefect", "administrator", "губернатор", "губернатора",
     "мэр", "мэра", "мер", "мера", "аким", "акима", "глава", "главы", "голова", "голови",
     "начальник", "начальника"}
)  # fmt: skip


def holds_a_place(speaker: Speaker | None) -> bool:
    """Whether ``speaker`` is a person named by a post of a place ("the governor of Selenge
    province", "мэр Нарвы"): they speak for that place."""
    if speaker is None or speaker.kind != "person" or not speaker.description:
        return False
    words = [w.casefold() for w in speaker.description.split()]
    return next((w for w in words if w != "the"), "") in _PLACE_POSTS


def _post_of_the_place(before: list[Token]) -> bool:
    """Whether the words ``before`` a place's name end with a post of it ("the governor of",
    "мэр"): where the speaker holds office, not where they spoke."""
    words = [t.word.folded for t in before[-2:]]
    if words and words[-1] == "of":
        words = words[:-1]
    return bool(words) and words[-1] in _PLACE_POSTS


# From anywhere abroad: "шетелден 1 200 қазақстандық эвакуацияланды" came from no country of
# their own.
_FROM_ABROAD = re.compile(
    r"(?i)(?<!\w)(?:from abroad|from overseas|из-за рубежа|из-за границы|з-за кордону|"
    r"із-за кордону|шетелден|шет елден)(?!\w)"
)


# A post or border the article named before, pointed back at.
_THIS_POST = re.compile(
    r"(?i)(?<!\w)(?:(?:на\s+)?(?:этом|том\s+же|цьому|тому\s+ж)\s+(?:направлении|напрямку|"
    r"участке|ділянці|пункте|пункті|КПП|переходе|переході)|(?:через\s+)?(?:этот|цей)\s+"
    r"(?:пункт|КПП|переход|перехід)|осы\s+(?:бекет|өткел|шекара)\w*|(?:at|through|via)\s+"
    r"(?:this|the\s+same)\s+(?:crossing|checkpoint|post|border\s+point))(?!\w)"
)


def from_abroad(text: str) -> bool:
    """Whether ``text`` says people came from abroad, no country named ("шетелден")."""
    return _FROM_ABROAD.search(text) is not None


# Out of the country to anywhere: "abroad", "за рубеж", "за кордон", "шетелге".
_ABROAD = re.compile(
    r"(?i)(?<!\w)(?:abroad|overseas|за рубеж|за границу|за кордон|шетелге|шет елге)(?!\w)"
)
# Sent home, or back the way they came: to the country whose citizens they are.
_HOME = re.compile(rf"(?i)(?<!\w)(?:{HOME_WORDS}|back|обратно|назад|кері)(?!\w)")
# People deported who arrived, landed or were received somewhere reached home: "Forty-four Sri
# Lankans deported from Japan arrived at Bandaranaike", "1,058 Nigeriens deported from Algeria
# reaching Assamaka", "депортированные из США ... прибыли в аэропорт".
_ARRIVED = re.compile(
    r"(?i)(?<!\w)(?:arriv\w*|landed|land|landing|received|receiving|reach\w*|flown\s+in|"
    r"прибыл\w*|прилетел\w*|приземлил\w*|доставлен\w*|принял\w*|прибул\w*|прилетіл\w*|"
    r"приземлил\w*|доставлен\w*|прийнял\w*|келді|жеткізіл\w*|қабылда\w*)(?!\w)"
)


# The words of a list of countries besides their names: "from the United States, Britain and
# Canada".
_LIST_WORDS = CONJUNCTIONS | {"the"}


@dataclass(frozen=True, slots=True)
class FlowPlaces:
    """Where a figure's people went from and to, and whose citizens they are."""

    origin: str | None
    destination: str | None
    citizenship: str | None
    # "returned from Iran and Pakistan": from no one country, and none to fill in.
    from_several: bool = False


def own_country_origin(
    metric: str, citizenship: str | None, destination: str | None
) -> str | None:
    """Where people of ``citizenship`` counted by ``metric`` came from when nothing else says:
    citizens of one country counted entering or applying in another came from it (the shipped
    facts read the seed article so); leaving, returning or sent away, they may go anywhere."""
    if metric.startswith("mobilisation") or metric in _ANYWHERE:
        return None
    return citizenship if citizenship != destination else None


# Metrics whose people may have come from anywhere, whoever's citizens they are.
_ANYWHERE = frozenset({"returned", "left", "deported", "crossings", "exit_refused"})


# "Ауғанстаннан келген 40 адам": people who came from a country, not a state asked.
_KK_CAME_FROM = re.compile(
    r"\w(?:дан|ден|тан|тен|нан|нен)\s+(?:(?:қашып|көшіп|қоныс\s+аударып)\s+)?келген(?!\w)"
)


def left_the_country(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says its people left "the country" ("18,900 left the
    country", "покинули страну"), an origin though no country is named."""
    return _LEFT_THE_COUNTRY.search(text, start, end) is not None


def into_the_country(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says its people came into "the country" ("елге 40 мыңнан
    астам адам өтті", "прибыли в страну"), a destination though no country is named."""
    return _INTO_THE_COUNTRY.search(text, start, end) is not None


def roles_of(places: tuple[Place, ...]) -> Roles:
    """The first country named in each role; two destinations are none."""
    roles: Roles = {"into": None, "from": None, "in": None, "named": None, "border": None}
    several: set[str] = set()
    for place in places:
        if place.role == "of":
            continue  # "refugees from Mali": who the people are, read by ``_people_from``
        key = place.role if place.role in roles else "named"
        if roles[key] not in {None, place.code}:
            several.add(key)
        roles[key] = roles[key] or place.code
    # "deported 21,912, most of them to Guatemala and Honduras", "выходцы из Мали и
    # Сенегала": no one destination, no one origin.
    for role in several & {"into", "from", "border"}:
        roles[role] = None
    return roles


@dataclass(frozen=True, slots=True)
class _Sentence:
    """The sentence a figure is in, and where its own words are."""

    text: str
    words: SentenceWords
    language: str
    figure_start: int
    start: int  # the figure's part of the sentence: [start, end)
    end: int
    speaker_end: int  # where the words naming its speaker end, 0 if none come before it
    speaker_after: int  # where the words naming a speaker after it start, else the text's end


# State bodies readers' news names by their initials alone, and their states: "повідомили в
# ДПСУ" is Ukraine's border guard.
_STATE_BODY_INITIALS: dict[str, tuple[str, ...]] = {
    "дпсу": ("UKR",), "гпсу": ("UKR",), "дмсу": ("UKR",), "dpsu": ("UKR",),
    "фсб": ("RUS",), "гувм": ("RUS",), "фмс": ("RUS",),
    "гкнб": ("KGZ",), "ұқк": ("KAZ",),
}  # fmt: skip


def settle_places(
    metric: str,
    roles: Roles,
    citizenship: str | None,
    *,
    own_people: bool,
    sentence: tuple[str, SentenceWords, str],
    span: tuple[int, int, int, int, int],
    earlier: list[Candidate],
    context: ArticleContext,
    metrics: Vocabulary,
) -> FlowPlaces:
    """The countries of a figure of ``metric`` whose sentence gives ``roles``.

    Args:
        metric: what it counts.
        roles: the countries its words name, by role.
        citizenship: the people it counts, if the words say.
        own_people: its words name people of their own ("6,000 citizens of other countries").
        sentence: the sentence's text, words and language.
        span: the figure's start, its part of the sentence (start, end), where the
            speaker's words end (0 if they do not come before it) and where a speaker's
            words after it start (the text's end if none do).
        earlier: the sentence's candidates before it.
        context: what the article said before.
        metrics: the vocabulary, for each metric's direction.
    """
    text, words, language = sentence
    at = _Sentence(text, words, language, *span)
    return _Settling(at, metric, roles, citizenship, own_people, earlier, context, metrics).run()


class _Settling:
    """The rules, in order, over one figure."""

    def __init__(
        self,
        at: _Sentence,
        metric: str,
        roles: Roles,
        citizenship: str | None,
        own_people: bool,
        earlier: list[Candidate],
        context: ArticleContext,
        metrics: Vocabulary,
    ) -> None:
        self.at = at
        self.metric = metric
        self.roles = roles
        self.citizenship = citizenship
        self.own_people = own_people
        self.earlier = earlier
        self.context = context
        self.metrics = metrics
        self.origin: str | None = None
        self.destination: str | None = None
        # "In the opposite direction, almost 4,000 crossed": the figure before's way turned
        # round; its side it did not name stays unnamed, not filled back from it.
        self.turned_round = False
        # People who left, or who were stopped from leaving: counted where they set out from.
        self.outward = metrics.direction(metric) is Direction.OUT or metric == "exit_refused"
        # "За даними інституту міграції Мексики, до країни прилетіли 9 тисяч": a state's body
        # counting arrivals counts them into its state, whatever the figures before went to.
        # The speaker's words' countries, not a city where they spoke ("told reporters in
        # Brussels that").
        # "до країни прилетіли 9 тисяч, повідомив інститут міграції Мексики": after it, too.
        speakers = at.words.between(0, at.speaker_end) if at.speaker_end else []
        speakers += at.words.between(at.speaker_after, len(at.text))
        self.speaker_countries = [
            code
            for n, token in enumerate(speakers)
            if "city" not in token.concepts or _post_of_the_place(speakers[:n])
            for code in (
                at.words.peoples_of(token) or _STATE_BODY_INITIALS.get(token.word.folded, ())
            )
        ]
        speaker_home = set(self.speaker_countries)
        self.counted_by_its_state = len(speaker_home) == 1 and (
            metrics.direction(metric) is Direction.INTO or metric in INTO_A_COUNTRY
        )
        # "Пограничное управление ФСБ России ...: в Норвегию выехали 450 граждан Сирии": a
        # state's border guards count departures out of their own state.
        self.counting_state = next(iter(speaker_home)) if len(speaker_home) == 1 else None

    def run(self) -> FlowPlaces:
        self.origin, self.destination = self._named()
        border = self.roles.get("border")
        # "Қазақстан шекарасында ... елге кіргізілмеді": the country's own border, the way
        # into it or out of it.
        own_border = self.at.language == "kk" and border not in {None, self.origin}
        own_border = own_border and border == self._the_country()
        kept_out = self.metric == "entry_refused"
        if own_border and (kept_out or self.metrics.direction(self.metric) is Direction.INTO):
            self.destination = self.destination or border
        elif own_border and self.outward:
            self.origin = self.origin or border
        elif border is not None and border not in {self.origin, self.destination}:
            # "на словенському кордоні виїжджають": out over the border to Slovenia; "at the
            # Slovenian border, 200 entered": in from it.
            if self.outward:
                self.destination = self.destination or border
            elif (
                self.metrics.direction(self.metric) is Direction.INTO
                or self.metric == "entry_refused"
            ):
                # "не допустили ... мігрантів, які намагалися перейти кордон з Білоруссю":
                # turned back on their way in from the border's other side.
                self.origin = self.origin or border
        if self.metric == "returned":
            self.origin, self.destination = _returned(self.roles, self.citizenship)
            if self.destination is None and "kandas" in self.at.words.cues(0, len(self.at.text)):
                # "15 мың қандас тарихи отанына оралды": ethnic Kazakhs come home to Kazakhstan.
                self.destination = "KAZ"
            article_home = home(self.context)
            # Not with no home said: "вернулись домой" told by their own country's minister
            # came home from abroad, not from the country the article is about.
            gone_to = self.destination is not None
            if self.origin is None and gone_to and article_home not in {None, self.destination}:
                # "2,300 Congolese have gone back to the DRC": from the country the article
                # is about.
                self.origin = article_home
        if self.metric == "crossings":
            self._both_sides()
        # The figure before, in this sentence, or before it when the sentence names no way
        # of its own ("Деталі: ... у зворотному напрямку за цей час проїхали 8,5 тисячі";
        # not "the other way: ... left South Africa for Zimbabwe").
        named_way = self.roles["into"] or self.roles["from"]
        before = (
            self.earlier[-1]
            if self.earlier
            else None
            if named_way
            else (self.context.last or self.context.article_last)
        )
        if before is not None and OTHER_WAY.search(self.at.text, self.at.start, self.at.end):
            # "у напрямку Грузії перетнули 620, а у зворотному напрямку – 85": the other way.
            self.origin, self.destination = before.destination, before.origin
            self.turned_round = True
        self._from_the_figure_before()
        if self.metric.startswith("mobilisation"):
            self._mobilised()
        self._from_the_border()
        self._by_kind()
        self._from_the_speaker()
        if self.origin is None and self.metric in ARRIVALS:
            # "up to 20,000 a day were crossing the border" (into the country its ministry
            # named): from where the article's earlier figures into it came.
            self.origin = arrived_from(
                self.destination, self.citizenship, self.earlier, self.context
            )
        origin_named = self.roles["from"]
        came_from = _KK_CAME_FROM.search(self.at.text) is not None
        if (
            self.metric.endswith("_applications")
            and self.at.language == "kk"
            and origin_named
            and not came_from
        ):
            # Kazakh asks something "from" a state: "Қазақстаннан босқын мәртебесін сұрап".
            self.destination = self.destination or origin_named
            self.origin = self.citizenship if self.origin == origin_named else self.origin
        if self.destination is None:
            self.destination = self._went_to_a_country_unnamed()
        if self.origin is None and self.metric in INTO_A_COUNTRY:
            # "Armenia has registered 98,750 refugees from Azerbaijan": who they are says
            # where they came from, when nothing else does.
            self.origin = self._people_from()
        foreigners = self.citizenship not in {None, self.origin}
        if self.destination is None and self.outward and self.origin and not foreigners:
            # Not "на КПП «Ваалимаа» финские пограничники не пропустили 45 граждан РФ": other
            # people kept out, read as refused entry after this.
            self.destination = self._across(self.origin) or self._across_the_same(self.origin)
        if self.origin == self.destination and self.metric != "crossings":
            self.origin = None  # a flow goes somewhere else: one of the two was a guess
        # "relatives from Kyrgyzstan and Uzbekistan cross Dostuk": a crossing's two sides.
        from_several = self.metric != "crossings" and self._from_several()
        if from_several:
            # "1.4 million Afghans have returned from Iran and Pakistan", "deported from the
            # United States, Britain, Canada and elsewhere": from no one country.
            self.origin = None
        return FlowPlaces(self.origin, self.destination, self.citizenship, from_several)

    def _from_several(self) -> bool:
        """Whether the figure's part of the sentence says its people came from a list of
        countries ("з Перу, Чилі та Еквадору"); not from a town and, in other words, from
        another country ("з Іракліона ... депортували 86 громадян Єгипту, які прибули з
        Лівії")."""
        at = self.at
        places = at.words.places(at.start, at.end, at.language)[0]
        sources = {place.code for place in places if place.role == "from"}
        if len(sources) < 2:
            return False
        # The countries of the list being read, and whether a conjunction joins them: not
        # "crossed from Turkey, Greek police said".
        listed: set[str] = set()
        joined = False
        for token in [*at.words.between(at.start, at.end), None]:
            if token is not None and token.country:
                listed.add(token.country)
            elif token is not None and (token.used or token.word.folded in _LIST_WORDS):
                joined = joined or token.word.folded in CONJUNCTIONS
            else:
                if joined and len(listed & sources) > 1:
                    return True
                listed, joined = set(), False
        return False

    def _people_from(self) -> str | None:
        """The one country the figure's people are said to be from ("refugees from X")."""
        at = self.at
        own = at.words.places(at.start, at.end, at.language)[0]
        described = {place.code for place in own if place.role == "of"} - {self.destination}
        return described.pop() if len(described) == 1 else None

    def _across(self, origin: str) -> str | None:
        """The other side of the border or post people went out across, when the sentence
        names one of ``origin``'s: "не випустили з України 46 чоловіків, які намагалися
        перейти ... ділянку українсько-молдовського кордону", "не выпустил из страны через
        Козловичи"."""
        # The figure's own part of the sentence: "в Грузию через КПП «Верхний Ларс» въехали
        # 53 тысячи, а покинули Грузию около 30 тысяч" says no way out for the 30 thousand.
        words, start, end = self.at.words, self.at.start, self.at.end
        sides = words.border_sides(start, end) or frozenset(words.post_sides(start, end))
        return next(iter(sides - {origin}), None) if origin in sides else None

    def _across_the_same(self, origin: str) -> str | None:
        """The other side of the post or border the article spoke of before, when the
        sentence points back at it: "на этом направлении", "осы бекеттен", "this crossing"."""
        if not _THIS_POST.search(self.at.text):
            return None
        before = [
            *reversed(self.earlier),
            *filter(None, (self.context.last, self.context.article_last)),
        ]
        for candidate in before:
            sides = {candidate.origin, candidate.destination} - {None}
            if origin in sides and len(sides) == 2:
                return next(iter(sides - {origin}))
        return None

    def _named(self) -> tuple[str | None, str | None]:
        roles = self.roles
        into = roles["into"]
        if into is None and roles["from"] and roles["in"] not in {None, roles["from"]}:
            # "из Владивостока в КНР выдворили": "в" before a word that does not decline is
            # "into" when the sentence says where from.
            into = roles["in"]
        named = roles["named"] or (None if into else roles["in"])
        if into is None and named and _LEFT_FOR.search(self.at.text):
            # "3,150 Samoans have left for seasonal jobs in New Zealand": where they went.
            into, named = named, None
        heading = TRYING_TO_GO.search(self.at.text)
        if into is None and named and heading and heading["x"] and self.metric == "exit_refused":
            # "stopped 900 migrants trying to reach Greece": where they were headed.
            heads_to = country_code(plain(heading["x"]))
            # "Ukrainian border guards stopped 37 men trying to reach Moldova": the guards'
            # country named, the one they were headed for after it.
            into, named = (named, None) if heads_to == named else (heads_to, named)
        if self.metric == "citizenship_applications":
            named = _applied_to(self.at.words, self.at.start, self.at.end) or named
        origin, destination = flow_countries(
            self.metric, self.metrics, into=into, out_of=roles["from"], named=named
        )
        if self.metric == "exit_refused" and into is None and destination == named:
            # "відмовили у виїзді ..., повідомили в прикордонній службі України": a country
            # named with no direction is the one they could not leave.
            origin, destination = origin or named, None
        before = self.earlier[-1] if self.earlier else None
        if (
            self.outward
            and origin is None
            and destination is not None
            and before is not None
            and self.metrics.direction(before.metric) is Direction.INTO
            and before.destination not in {None, destination}
            and before.origin in {None, destination}
        ):
            # "до Молдови в'їхали 12 тисяч українців, а виїхали в Україну близько 9 тисяч":
            # the way back, out of the country the figure before went to.
            origin = before.destination
        abroad = _ABROAD.search(self.at.text) is not None and not from_abroad(self.at.text)
        if self.outward and abroad and self.citizenship and origin is None:
            # "шетелге 12 мыңға жуық қазақстандық кеткен", "went abroad": out of their own
            # country, whatever the clause before was about.
            origin = self.citizenship
        if origin is None and destination is None and not self.counted_by_its_state:
            # "..., and 147,000 have left": the country of the clause before, here or earlier
            # (unless the speaker's own state counted it: "За даними інституту міграції
            # Мексики, до країни прилетіли 9 тисяч", below).
            previous = self.earlier[-1] if self.earlier else self.context.last
            if previous is not None:
                # Where the clause before happened: the country entered, or the one left.
                way = self.metrics.direction(previous.metric)
                if (
                    way is not Direction.OUT
                    and previous.destination is None
                    and previous.origin == previous.citizenship
                    and self.citizenship not in {None, previous.citizenship}
                ):
                    # "во въезде было отказано пятерым гражданам Китая. Ещё 17 россиян не
                    # выпустили из страны": the Chinese's home is no place the Russians were.
                    return None, None
                if way is Direction.OUT:
                    here = previous.origin or previous.destination
                elif previous.destination is None and way is self.metrics.direction(self.metric):
                    # "Қытайдан 1 200-ге жуық адам кірді. Оның 300-ден астамы – Қытай
                    # азаматтары": come the same way, from where the others came.
                    return previous.origin, None
                elif (
                    way is Direction.NONE
                    and previous.origin
                    and previous.destination
                    and self.citizenship in {previous.origin, previous.destination}
                    and not out_said(self.at.text, (0, len(self.at.text)))
                ):
                    # "About 600 people cross the Wutung-Skouw border between Papua New
                    # Guinea and Indonesia ... officers at Wutung turned away 27 Indonesian
                    # traders": a crossing's two sides carry no direction; its people's own
                    # side is not where they were stopped (unless the way said was out:
                    # "3 Romanian citizens were prevented from leaving the country").
                    here = ({previous.origin, previous.destination} - {self.citizenship}).pop()
                elif (
                    way is Direction.NONE
                    and previous.origin
                    and previous.destination
                    and self.at.language != "kk"
                    and _INTO_THE_COUNTRY.search(self.at.text)
                ):
                    # "через «Верхний Ларс» проходит до 10 тысяч человек. ... не пропустили в
                    # страну 18": of a border's two sides, the one the article is about.
                    sides = {previous.origin, previous.destination}
                    about = home(self.context)
                    here = about if about in sides else previous.destination
                else:
                    here = previous.destination or previous.origin
                origin, destination = flow_countries(
                    self.metric, self.metrics, into=None, out_of=None, named=here
                )
        return origin, destination

    def _went_to_a_country_unnamed(self) -> str | None:
        """Where people went, told without the country's name: "до сусідньої країни" (the
        neighbour the figure before went to), "в страну", "елге" (the country the article
        or its speaking body is about)."""
        context, text = self.context, self.at.text
        previous = self.earlier[-1] if self.earlier else context.last or context.article_last
        neighbour = previous.destination if previous is not None else None
        if neighbour and _TO_THE_NEIGHBOUR.search(text):
            # "з Гаїті до сусідньої країни виїхали": the neighbour the figure before went to.
            return neighbour if neighbour != self.origin else None
        # "37 шетелдікті елге кіргізбеді": kept out of the country, on their way into it.
        into = self.metrics.direction(self.metric) is Direction.INTO
        into = into or self.metric == "entry_refused"
        if not into or not _INTO_THE_COUNTRY.search(text):
            return None
        # "в страну прибыли ..., сообщило Министерство ... Израиля": the speaking body's
        # country; "Өткен жылы елге 300 шетелдік кірді": Kazakh news's "ел", else. Russian and
        # Ukrainian "the country" with no body speaking is the one named last, which the
        # figures before give.
        speakers = set(self.speaker_countries)
        found: str | None = None
        if len(speakers) == 1:
            found = speakers.pop()
        elif self.at.language == "kk":
            found = self._the_country()
        else:
            # "Russians fleeing call-up flood into Kazakhstan", then "98,000 Russian citizens
            # have entered the republic": the country the headline puts the story in.
            found = self.context.headline_home
        # "37 шетелдікке Өзбекстан жағынан елге кіруге рұқсат берілмеді": the country they
        # came from is not the one they came into.
        return None if found in {self.origin, self.roles["from"]} else found

    def _both_sides(self) -> None:
        # Crossings go both ways: the border's two sides, as the sentence names them
        # ("the border between Ukraine and Slovakia"), its people's country among them.
        at = self.at
        sides = list(dict.fromkeys(at.words.peoples(at.speaker_end, len(at.text))))
        own_part = list(dict.fromkeys(at.words.peoples(max(at.speaker_end, at.start), at.end)))
        if len(sides) > 2 or (len(sides) == 2 and len(own_part) == 1):
            # "на кордоні з Польщею пройшли 21 тисяча осіб, з Молдовою – 9,8 тисячі": each
            # figure's own border, in its part of the sentence.
            sides = own_part or sides
        counting = self.counting_state
        if len(sides) == 1 and counting is not None and counting not in sides:
            # "кордон з Польщею перетнули 28 тисяч осіб в обох напрямках, повідомили в ДПСУ":
            # the border of the state whose guards counted them, with the country named.
            sides = [counting, *sides]
        # The country whose border the article counted crossings of ("перетнули кордон
        # України"), else where its figures went.
        crossed = self.context.by_metric.get("crossings")
        one_side = crossed.origin if crossed is not None and not crossed.destination else None
        about = one_side or home(self.context)
        if len(sides) == 1 and counting is None and about is not None and about not in sides:
            # The same, told in the next paragraph: the country the article is about.
            sides = [about, *sides]
        if sides:
            self.origin, self.destination = [*sides, None, None][:2]
        came_from, went_to = self.roles["from"], self.roles["into"]
        if len(sides) == 2 and (came_from in sides or went_to in sides):
            # "Polish border guards recorded 19 million crossings from Ukraine": the way the
            # sentence says they went, not the order the sides are named in.
            known, other = (came_from, 0) if came_from in sides else (went_to, 1)
            rest = next(side for side in sides if side != known)
            self.origin, self.destination = (known, rest) if other == 0 else (rest, known)
        if self.origin is None or self.destination is None:
            # "35,000 cross the bridge in both directions": the border the article is about.
            pair = next(
                (
                    (c.origin, c.destination)
                    for c in (*reversed(self.earlier), *reversed(self.context.by_metric.values()))
                    if c.origin and c.destination
                ),
                (None, None),
            )
            if {self.origin, self.destination} - {None} <= set(pair):
                self.origin, self.destination = pair
        own = at.words.citizenship(at.figure_start, at.end, at.language)
        if self.citizenship in sides and not own:
            self.citizenship = None

    def _from_the_figure_before(self) -> None:
        metric, earlier, context = self.metric, self.earlier, self.context
        same = earlier[-1] if earlier and earlier[-1].metric == metric else None
        # "Ливаннан 54 қазақстандық пен 4 Қырғызстан азаматы эвакуацияланды": the first
        # were taken home, the others out of the same country.
        gone_home = earlier[-1] if earlier and earlier[-1].metric == "returned" else None
        if gone_home and metric == "left" and gone_home.origin and not any(self.roles.values()):
            self.origin = gone_home.origin
        if same is not None and self.outward and same.origin and self.roles["from"] is None:
            # "не випустили з України 2 140 ..., а на ділянці зі Словаччиною – 615": the same
            # country left, another border.
            if self.origin not in {None, same.origin} and self.destination is None:
                self.destination = self.origin
            self.origin = same.origin
        elif (
            same is not None
            and not self.outward
            and self.origin is None
            and self.roles["from"] is None
            and self.destination not in {None, same.destination, same.origin}
        ):
            # "Суданнан Египетке 16 мыңнан астам, ал Чадқа 20 мыңға жуық адам өткен": another
            # country reached from the same one.
            self.origin = same.origin
        if same is not None and not metric.startswith("mobilisation"):
            # "441 applied for Kazakh citizenship, of which 117 are ethnic Kazakhs": a part of
            # the figure before shares its country and its people.
            if not self.turned_round:
                self.destination = self.destination or same.destination
            if not self.own_people:
                # "..., along with 6,000 citizens of other countries": people of their own.
                self.citizenship = self.citizenship or same.citizenship
        elif self.counted_by_its_state:
            pass  # into the speaker's state (_from_the_speaker)
        elif self.turned_round:
            pass
        elif self.destination is None and metric in context.by_metric and not self.outward:
            # "1 870-і Қытайдан": came back, as the sentence before said, to the same country.
            self.destination = context.by_metric[metric].destination
        elif (
            self.destination is None
            and metric in INTO_A_COUNTRY
            and not IN_MANY_COUNTRIES.search(self.at.text)
        ):
            # "3,650 new arrivals were registered at the transit centre": in the country the
            # article's arrivals went to.
            self.destination = next(
                (
                    c.destination
                    for c in reversed(context.by_metric.values())
                    # "5,9 млн біженців з України": not into the country they came from.
                    if c.metric in INTO_A_COUNTRY and c.destination not in {None, self.origin}
                ),
                None,
            )
        own_country = metric == "left" and self.citizenship is not None
        if (
            self.origin is None
            and metric in context.by_metric
            and self.outward
            and not own_country
        ):
            # "У суботу ... до Словаччини не випустили шістьох": from where the others could
            # not leave.
            self.origin = context.by_metric[metric].origin

    def _mobilised(self) -> None:
        # A state mobilises its own citizens; nobody crosses a border.
        roles, words, text = self.roles, self.at.words, self.at.text
        self.citizenship = (
            self.citizenship
            or roles["named"]
            or roles["in"]
            or roles["into"]
            or next((t.demonym for t in words.between(0, len(text)) if t.demonym), None)
            or next(
                (
                    c.citizenship
                    for c in reversed(self.context.by_metric.values())
                    if c.citizenship
                ),
                None,
            )
        )
        self.origin = self.destination = None

    def _by_kind(self) -> None:
        metric, citizenship, at = self.metric, self.citizenship, self.at
        routed = any(
            concept.startswith("via:")
            for token in at.words.between(0, len(at.text))
            for concept in token.concepts
        )
        if self.origin is None and metric in {"entered", "entry_refused"} and not routed:
            # "за последние семь дней границу в сторону Эстонии пересекли более 1,1 тыс.
            # украинцев": from where the article's earlier arrivals of the same people came
            # (people registered come from their own country, below); not those who came
            # another way ("прилетіли до Баку транзитом через Стамбул").
            self.origin = arrived_from(self.destination, citizenship, self.earlier, self.context)
        if self.origin is None:
            self.origin = own_country_origin(metric, citizenship, self.destination)
        if metric == "left" and self.origin is None and _FROM_THE_ISLAND.search(at.text):
            # "з острова до Індії вилетіли 47 українців": the island the article is about,
            # whoever's consul says so.
            self.origin = home(self.context)
        state = self.counting_state
        came_from_abroad = from_abroad(at.text)
        if (
            metric == "left"
            and self.origin is None
            and state not in {None, self.destination}
            and not came_from_abroad
        ):
            self.origin = state
        if metric == "left" and self.origin is None and _LEFT_THE_COUNTRY.search(at.text):
            # "212 россиян покинули страну": the country the article is about, not theirs.
            self.origin = self._the_country()
        if (
            metric == "exit_refused"
            and self.origin is None
            and citizenship is None
            and at.language == "kk"
            and _FROM_THE_COUNTRY.search(at.text)
        ):
            # "12 борышкер елден шығарылмады": kept in the country Kazakh news's "ел" means
            # (people of a country said are kept in theirs; Russian and Ukrainian "из
            # страны" is as often the country of the people's flight).
            self.origin = self._the_country()
        if (
            metric == "left"
            and self.origin is None
            and citizenship is not None
            and not came_from_abroad
        ):
            # "12 мыңға жуық қазақстандық шетелге кеткен": people leave their own country when
            # the text names no other.
            self.origin = citizenship if citizenship != self.destination else None
        peoples = at.words.peoples(0, len(at.text))
        if metric == "exit_refused" and self.origin is None:
            # "Belarusian border guards did not let three men out into Poland": the country
            # whose guards stopped them, else their own.
            # "stopped 43 passengers bound for Malaysia, Dubai and Oman": where they were
            # going, though no one place, is not where they set out from.
            # Not the speaker's words: "a spokesman for Ukraine's border guard service" went
            # nowhere.
            own = (max(at.start, at.speaker_end), min(at.end, at.speaker_after))
            going = {
                place.code
                for place in at.words.places(*own, at.language)[0]
                if place.role == "into"
            }
            others = [c for c in peoples if c != self.destination and c not in going]
            self.origin = others[0] if others else citizenship
        if metric != "deported":
            return
        home_named = _HOME.search(at.text) is not None or _ARRIVED.search(at.text) is not None
        from_named = self.roles["from"] is not None or _FROM_THE_COUNTRY.search(at.text)
        if self.destination is None and citizenship not in {None, self.origin}:
            # "депортированы на родину 3 412 граждан Таджикистана", "Kuwait deported 87
            # Filipinos": to their own country; unless the sentence tells only where from
            # ("из России выдворены", "Катардан шығарылды"). English news sends them home,
            # from a country or a town ("deported from Saudi Arabia", "deported 217
            # Indonesian workers from Sabah"): the set's curators so read 200 of 204 such facts,
            # 32 of 33 with the country they left named.
            sent_home = home_named or not from_named or at.language == "en"
            self.destination = citizenship if sent_home else None
        if self.origin is None and _FROM_THE_COUNTRY.search(at.text):
            # "27 Қытай азаматы елден шығарылды": from the country the article is about.
            self.origin = self._the_country()
        if self.origin is None:
            # "пакистанская полиция депортировала афганцев": the country that expels is the
            # other one the sentence names.
            others = [c for c in peoples if c not in {citizenship, self.destination}]
            self.origin = others[0] if others else None

    def _from_the_border(self) -> None:
        """Arrivals across a border whose two sides the sentence names came from the other
        side, whoever's citizens they are: "crossed the Polish-Ukrainian border towards
        Ukraine", "на російсько-грузинському кордоні до Грузії в'їхали 11 340 громадян
        України"; and departures over it towards one side left the other."""
        at, direction = self.at, self.metrics.direction(self.metric)
        sides = list(
            dict.fromkeys(
                c[5:]
                for token in at.words.between(at.speaker_end, len(at.text))
                for c in sorted(token.concepts)  # a set: the same order on every run
                if c.startswith("side:")
            )
        )
        into = direction is Direction.INTO
        if len(sides) == 2 and into and self.origin is None and self.destination in sides:
            self.origin = next(side for side in sides if side != self.destination)
        elif len(sides) == 2 and direction is Direction.OUT and self.destination in sides:
            # "через «Червоний міст» до Грузії виїхали 910 українців": out of the side across.
            self.origin = self.origin or next(side for side in sides if side != self.destination)
        elif len(sides) == 2 and into and self.destination is None and self.origin in sides:
            # "Қорғас бекеті арқылы Қытайдан 1 200-ге жуық адам кірді": into the side across.
            self.destination = next(side for side in sides if side != self.origin)
        elif len(sides) == 2 and into and self.origin is None and self.destination is None:
            # "Щодня через Дахабон прибувають до п'яти наших громадян", after 60 left Haiti
            # for the Dominican Republic over that post: the way the figure before went.
            context = self.context
            before = self.earlier[-1] if self.earlier else context.last or context.article_last
            if before is not None and {before.origin, before.destination} == set(sides):
                self.origin, self.destination = before.origin, before.destination
                back = self.metric == "returned" and before.metric != "returned"
                # "выехали 8 900 граждан РФ, въехали — 4 300, сообщили в МВД Грузии": the other
                # way over the post, back into the counting state the others left.
                other_way = (
                    self.metrics.direction(before.metric) is Direction.OUT
                    and before.origin is not None
                    and before.origin == self.counting_state
                )
                if back or other_way:
                    # "Вчера через Табу вернулись около 6 тыс.", after thousands left Israel
                    # for Egypt over that post: the way back.
                    self.origin, self.destination = before.destination, before.origin

    def _the_country(self) -> str | None:
        """The country "the country" means ("покинули страну", "елден"): the article's; else
        the one state whose body speaks; else, in Kazakh, Kazakhstan, the "ел" its news means."""
        speaker = self.speaker_countries[0] if len(set(self.speaker_countries)) == 1 else None
        if self.at.language == "kk" and speaker not in {None, "KAZ"}:
            # "Оман Корольдік полициясына сілтеме жасап ... елден 27 қазақстандық": a foreign
            # state's body's "ел" is its own state, as with "елге".
            return speaker
        strangers = _STRANGERS.search(self.at.text, self.at.start, self.at.end) is not None
        found = self._where_moves_happened(strangers=strangers) or speaker
        if found is None and self.at.language == "kk":
            found = "KAZ"
        return found

    def _where_moves_happened(self, *, strangers: bool) -> str | None:
        """The country most of the article's figures so far happened in: the one entered,
        or the one left ("81,200 New Zealanders departed for Australia. ... 131,200 left the
        country": New Zealand). Deportees are the story of the country they are sent to,
        unless foreigners leave "the country" after them ("из России выдворили ... 22,5
        тысячи в Таджикистан. Еще 14 тысяч иностранцев покинули страну": Russia)."""

        def happened_in(candidate: Candidate) -> str | None:
            out = self.metrics.direction(candidate.metric) is Direction.OUT
            if out and (strangers or candidate.metric != "deported"):
                return candidate.origin
            return candidate.destination

        return home(self.context, happened_in)

    def _from_the_speaker(self) -> None:
        at, direction = self.at, self.metrics.direction(self.metric)
        if self.destination is None and at.speaker_end and direction is not Direction.OUT:
            # "Poland's digital ministry said 1 million got a PESEL number": a state's office
            # counts who came to it.
            speaker_home = self.speaker_countries
            if len(set(speaker_home)) == 1 and speaker_home[0] != self.origin:
                self.destination = speaker_home[0]
                # "По данным финской погранохраны, на КПП «Ваалимаа» приехали 63": from the
                # other side of the post.
                self._from_the_border()
        # Countries and a border's sides, not people: "4 112 иностранцев, большинство из них
        # — сирийцы" came from no Syria the sentence names.
        sides = list(
            dict.fromkeys(
                code
                for token in at.words.between(at.speaker_end, len(at.text))
                for code in (
                    token.country,
                    *(c[5:] for c in sorted(token.concepts) if c.startswith("side:")),
                )
                if code
            )
        )
        if (
            self.origin is None
            and self.destination in sides
            and len(sides) == 2
            and direction is Direction.INTO
        ):
            # "crossed the Polish-Ukrainian border towards Ukraine": from the other side.
            self.origin = next(side for side in sides if side != self.destination)
        state = self.counting_state
        if self.metric == "returned" and self.origin is None and state != self.destination:
            # "Czech police estimate that 50,000 Ukrainian visa holders have returned home":
            # from the state whose police count them.
            self.origin = state


def _returned(roles: Roles, citizenship: str | None) -> tuple[str | None, str | None]:
    """(origin, destination) of people who returned: home is where they went back to."""
    destination = roles["into"]
    origin = roles["from"] or roles["in"]
    named = roles["named"]
    if named is not None:
        if destination is None and (named == citizenship or origin is not None):
            destination = named
        elif origin is None and named != destination:
            origin = named
    if destination is None and citizenship is not None and citizenship != origin:
        destination = citizenship
    return origin, destination


def _applied_to(words: SentenceWords, start: int, end: int) -> str | None:
    """The country whose citizenship was applied for: "Kazakh citizenship"."""
    tokens = words.between(start, end)
    for token, following in itertools.pairwise(tokens):
        # "applications for Portuguese nationality": the word is the citizenship cue's here.
        applied = "cue:citizenship" in following.concepts or following.word.folded == "nationality"
        if applied and (token.demonym or token.country):
            return token.demonym or token.country
    return None
