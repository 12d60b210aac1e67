"""An article's text → the figures a curator would take from it, each with the sentence it is in.

Sentence by sentence: the figures (``figures``), the dates (``periods``), who said it
(``attribution``) and the words around each figure (``clauses``) decide what a figure counts,
between which countries, over which period. A figure the text denies, a share, a sum of money,
a stock of people or a number nothing counts is left out, with the reason, never proposed. A
figure that is not in the text cannot be proposed: every candidate is read from its sentence.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from bot.ingest.attribution import Attribution, attribute
from bot.ingest.candidates import Candidate, Evidence, LeftOut, Reading
from bot.ingest.clauses import SentenceWords, read_words
from bot.ingest.figures import FoundFigure, find_figures
from bot.ingest.header import dateline_end
from bot.ingest.metrics import choose_metric, flow_countries
from bot.ingest.periods import FoundDate, find_dates
from bot.ingest.repeats import without_repeats
from bot.ingest.sentences import Sentence, split_sentences
from bot.language.places import Place
from bot.language.text import kazakh_fold
from storage.metrics import Direction, Vocabulary, vocabulary
from storage.models import Figure

__all__ = ["Candidate", "Evidence", "LeftOut", "Reading", "read_article"]

# Words that end a figure's clause: the next figure has its own verb and its own countries.
_CLAUSE_BREAK = re.compile(
    r"[;,]\s*(?:and|while|but|а|и|но|і|й|та|але|ал|және)?\s+"
    r"|\s(?:and|while|whereas|а|и|і|та|ал|және|мен|бен|пен)\s"
)
# "Since the start of the war", with no day: the day the article says it began.
_SINCE_THE_START = re.compile(
    r"\b(?:since the (?:start|beginning|outbreak) of the (?:war|conflict|fighting|invasion|"
    r"mobilisation|mobilization|crisis)|since the (?:\w+ )?(?:war|conflict|fighting|invasion) "
    r"(?:began|started|broke out)|since the (?:full-scale |russian )?invasion\b|"
    r"с начала (?:войны|конфликта|боевых действий|"
    r"вторжения|мобилизации)|від початку (?:повномасштабного )?(?:війни|вторгнення|конфлікту|"
    r"мобілізації)|з початку (?:повномасштабного )?(?:війни|вторгнення|конфлікту|мобілізації)|"
    r"(?:соғыс|жұмылдыру|қақтығыс) басталғаннан бері)",
    re.IGNORECASE,
)
# Words that make a figure a part of the one before: "of them", "олардың", "из них".
_SUBSET = re.compile(
    r"\b(?:of them|of whom|of those|of these|among them|among those|including|из них|"
    r"в том числе|среди них|з них|серед них|у тому числі|в тому числі|олардың|оның ішінде|"
    r"соның ішінде)\b",
    re.IGNORECASE,
)
# "уақытша тіркеуде тұр": is registered, a state, not a registration.
_KAZAKH_REGISTERED = re.compile(r"тіркеуде|тиркеуде", re.IGNORECASE)
# From "the country", the one the article is about: "елден шығарылды", "из страны выслали".
_FROM_THE_COUNTRY = re.compile(
    r"(?<!\w)(?:елден|из страны|з країни|from the country|out of the country)(?!\w)", re.I
)
_KAZAKH_HOME = re.compile(r"(?<!\w)елге(?!\w)", re.IGNORECASE)
_KAZAKH_POSSESSIVE = re.compile(r"(?:сы|си)$")
# A Kazakh word in a case that says where: "елден" (from the country), "Алматыда" (in Almaty).
_KAZAKH_CASE = re.compile(r"(?:дан|ден|тан|тен|нан|нен|га|ге|ка|ке|да|де|та|те|нда|нде)$")
# Cues of people who moved or applied: beside them "stay" words do not make a stock.
_MOVED = frozenset(
    {"enter", "register", "return", "deport", "leave", "apply", "asylum", "refuse_exit"}
)
# "In neighbouring Czechia," "В соседней Грузии": where, before the speaker is named.
_IN_PLACE = re.compile(r"(?:^|\s)(?:[Ii]n|[Вв]о?|[Уу])\s+(?:[a-zа-яёіїєґ'’-]+\s+){0,2}$")
# A figure of the present: as of the day of the report.
_NOW = re.compile(
    r"\b(?:now|currently|сейчас|теперь|в настоящее время|зараз|нині|наразі|қазір)\b", re.I
)
# The word that opens what was said: a date after it is the figure's, not the report's.
_WHAT_WAS_SAID = re.compile(r"\b(?:that|что|чтобы|як|що|деп)\b|[,:«\"“]", re.IGNORECASE)
# Sent or gone home: to the country whose citizens they are.
_HOME = re.compile(
    r"\b(?:home|homeland|на родину|домой|на батьківщину|додому|еліне|елге|отанына)\b",
    re.IGNORECASE,
)
# People who came into a country, counted at the border or when registered there: the ones
# share where they came from.
_ARRIVALS = frozenset({"entered", "refugees_registered"})
# Counted in the country people came to: registered, applying there.
_INTO_A_COUNTRY = _ARRIVALS | {"asylum_applications", "citizenship_applications"}
_CROSSINGS = re.compile(r"\bcrossings\b", re.IGNORECASE)
# What a count is of when the text says only "7,000 left": the article's word for people.
_PEOPLE = {"en": "people", "ru": "человек", "uk": "осіб", "kk": "адам"}
_COUNTED_STOP = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "would", "who", "which", "that",
     "from", "to", "into", "in", "at", "on", "since", "by", "for", "through", "across", "a",
     "per", "every", "each", "over", "during", "within", "after", "before", "also", "still",
     "в", "во", "из", "с", "со", "на", "по", "за", "до", "через", "из-за", "уже", "ещё", "еще",
     "которые", "который", "у", "з", "із", "від", "які", "який", "вже", "ще", "щодня",
     "ежедневно", "также", "також", "бері", "бастап", "дейін", "ішінде"}
)  # fmt: skip


@dataclass
class _Context:
    """What earlier sentences of a paragraph said, for the figures of the next one."""

    paragraph: int = -1
    when: FoundDate | None = None
    last: Candidate | None = None
    # The article's last candidate of each metric: "1 870-і Қытайдан" returned to where the
    # sentence before said.
    by_metric: dict[str, Candidate] = field(default_factory=dict)
    # The article's last candidate, whatever its paragraph: "of them, 5,000 came from ...".
    article_last: Candidate | None = None
    # The first day the article counts from ("since fighting broke out on 15 April").
    since: date | None = None
    # Else the first day of the first span it gives ("from 24 February 2022 to ...").
    began: date | None = None
    # The day the paragraph's source spoke ("the ministry said on Monday").
    report_day: date | None = None


def read_article(
    text: str, language: str, published: date, metrics: Vocabulary | None = None
) -> Reading:
    """The candidate facts of an article in ``language``, published on ``published``."""
    metrics = metrics or vocabulary()
    sentences = split_sentences(text, language)
    attributions = attribute(sentences, language)
    body_starts = _body_start(sentences)
    candidates: list[Candidate] = []
    left_out: list[LeftOut] = []
    context = _Context()
    for index, (sentence, attribution) in enumerate(zip(sentences, attributions, strict=True)):
        if sentence.paragraph != context.paragraph:
            context = _Context(
                paragraph=sentence.paragraph,
                by_metric=context.by_metric,
                article_last=context.article_last,
                since=context.since,
                began=context.began,
            )
        reader = _SentenceReader(
            sentence, attribution, language, published, metrics, headline=index < body_starts
        )
        found, dropped = reader.read(context)
        candidates += found
        left_out += dropped
        if found:
            context.last = found[-1]
            context.by_metric |= {candidate.metric: candidate for candidate in found}
            context.article_last = found[-1]
        if reader.dates:
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
    kept, repeats = without_repeats(candidates)
    return Reading(tuple(kept), tuple(left_out + repeats))


def _body_start(sentences: list[Sentence]) -> int:
    """The index of the first sentence of the body: headline, date and by-lines come before."""
    for index, sentence in enumerate(sentences):
        if len(sentence.text.split()) >= 8 and sentence.text.rstrip()[-1:] in '.!?"”»':
            return index
    return 0


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
    ) -> None:
        self.sentence = sentence
        self.attribution = attribution
        self.language = language
        self.published = published
        self.metrics = metrics
        self.headline = headline
        # "GORIS, Armenia, 29 September 2023 (Caucasus Wire) –": the story's day, no figure's.
        opening = dateline_end(sentence.text)
        dates = find_dates(sentence.text, language, published)
        # Every date's words, the report's own day included: no figure is read inside one.
        self.spans = [(found.start, found.end) for found in dates]
        self.dates = [found for found in dates if found.start >= opening]
        self.figures = [f for f in find_figures(sentence.text, language) if not self._in_a_date(f)]
        self.scopes: dict[tuple[int, int], tuple[int, int]] = {}
        self.report_span: tuple[int, int] | None = None  # where the report's day is named
        # The figure the last one read is a part of ("of them, ..."), for the rest of a list.
        self.listed_part: Candidate | None = None
        self.report_day = self._report_day()
        if self.report_day is not None:
            self.dates = self._from_report_day(self.report_day)

    def _report_day(self) -> date | None:
        # "On 27 September, the ministry reported that ... in a week": a day named before the
        # reporting verb is when it was said, and what the report counts is reckoned from it.
        cue_end = self.attribution.cue_end
        if cue_end is None:
            return None
        if any(f.start < cue_end for f in self.figures):
            # A cue after the figures ("..., the agency said") leaves their own dates alone,
            # but says when it spoke: "..., the ministry said on Monday."
            last = max(f.end for f in self.figures)
            # Only a day the verb ends with: "on Wednesday, Trend reported" dates the event.
            closing = [
                d
                for d in self.dates
                if d.start > last and cue_end - 1 <= d.end <= cue_end
                if d.kind in {"day", "relative"}
                if d.period_start is not None and d.period_end in {None, d.period_start}
            ]
            if closing:
                self.report_span = (closing[-1].start, closing[-1].end)
                return closing[-1].period_start
            return None
        # A verb reports ("X said"); "according to X," ("Накануне, по данным X,") dates
        # nothing: the day before it is the figure's own.
        if not self.sentence.text[:cue_end].rstrip()[-1:].isalpha():
            return None
        first = min(f.start for f in self.figures) if self.figures else len(self.sentence.text)
        for found in self.dates:
            # "said on Sunday that": a weekday or "yesterday" is a day too; so is one right
            # after the verb ("said on Thursday it had registered", "told Czech Radio on
            # Sunday that"), but not one inside what was said ("said that on Monday ...").
            gap = self.sentence.text[cue_end : found.start]
            said_then = found.start >= cue_end and found.end <= first and len(gap) <= 40
            opened = _WHAT_WAS_SAID.search(self.sentence.text[max(0, cue_end - 6) : cue_end])
            if said_then and (_WHAT_WAS_SAID.search(gap) or opened):
                said_then = False  # "said that on 3 October, 7,000 ...": the figure's day
            if (found.end <= cue_end or said_then) and found.kind in {"day", "relative"}:
                day = found.period_start or found.as_of
                if day is not None and (found.period_end in {None, day}):
                    self.report_span = (found.start, found.end)
                    return day
        return None

    def _from_report_day(self, day: date) -> list[FoundDate]:
        again = {(d.start, d.end): d for d in find_dates(self.sentence.text, self.language, day)}
        dates = []
        for found in self.dates:
            if (found.start, found.end) == self.report_span:
                continue  # the report's own day
            if found.relative:
                found = again.get((found.start, found.end), found)
            elif found.as_of is not None and found.period_end is None:
                # "said on Thursday it had registered 61,500 since 24 September": counted up
                # to the day it was said.
                found = replace(found, as_of=day)
            dates.append(found)
        return dates

    def read(self, context: _Context) -> tuple[list[Candidate], list[LeftOut]]:
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
        words = read_words(text, self.language)
        every_cue = words.cues(0, len(text))
        if "deny" in every_cue or ("dismiss" in every_cue and "report" in every_cue):
            return [], left_out + [self._left_out(figure, "denied") for figure in counts]
        found: list[Candidate] = []
        self.scopes = {(f.start, f.end): _scope(text, counts, i) for i, f in enumerate(counts)}
        for figure in counts:
            start, end = self.scopes[figure.start, figure.end]
            candidate = self._candidate(figure, words, start, end, found, context)
            if isinstance(candidate, LeftOut):
                left_out.append(candidate)
            else:
                found.append(candidate)
        return found, left_out

    def _clause_of(self, figure: FoundFigure) -> tuple[int, int]:
        start, end = self.scopes.get((figure.start, figure.end), (0, len(self.sentence.text)))
        return _clause(self.sentence.text, figure, start, end)

    def _scope_end(self, figure: FoundFigure) -> int:
        return self.scopes.get((figure.start, figure.end), (0, len(self.sentence.text)))[1]

    def _in_a_date(self, figure: FoundFigure) -> bool:
        return any(start < figure.end and figure.start < end for start, end in self.spans)

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
        context: _Context,
    ) -> Candidate | LeftOut:
        text = self.sentence.text
        clause = _clause(text, figure, start, end)
        # Words before a cue that opens the sentence name the speaker, not the figure's
        # countries ("Kazakh Interior Ministry reported that ..."); a cue after the figure
        # ("..., the ministry said") leaves the whole sentence to it.
        cue_end = self.attribution.cue_end or 0
        speaker_end = cue_end if cue_end <= figure.start else 0
        # What is counted and where: the figure's own clause first ("when Putin announced
        # mobilisation, more than 200,000 entered"), then the part of the sentence it shares
        # with no other figure, then the whole sentence.
        cues: set[str] = set()
        own_cues = words.cues(*clause)
        for area in (clause, (start, end), (0, len(text))):
            cues = words.cues(*area)
            if self.language == "en" and _CROSSINGS.search(text, *area):
                cues.add("crossings")
            # Cues that say what was counted: "відповідні посвідки отримали" (got them) says
            # what only the rest of the sentence names ("тимчасового захисту").
            if cues - {"stock", "report", "plan", "allow", "both_ways"} and choose_metric(
                cues, has_destination=True, has_origin=True
            ):
                break
        if "leave" in cues and "refuse_exit" in words.cues(0, len(text)):
            # "tried to leave for Poland with forged papers, and were not let out".
            cues.add("refuse_exit")
        # The figure's clause names its countries first; the rest of its part of the sentence
        # fills a role the clause leaves open ("In Chad, at least 60,000 have arrived from
        # Sudan"), and the whole sentence only when neither names any.
        roles = _roles(words.places(*clause, self.language)[0])
        scope = _roles(words.places(max(start, speaker_end), end, self.language)[0])
        if speaker_end and not scope["into"] and not scope["in"]:
            # "In neighbouring Czechia, the deputy minister told ... that": where it happened
            # may come before the speaker.
            for placed in words.words:
                before = text[max(0, placed.start - 30) : placed.start]
                if placed.end <= speaker_end and placed.token.country and _IN_PLACE.search(before):
                    scope["in"] = scope["in"] or placed.token.country
        for role, code in scope.items():
            if roles[role] is None and code not in roles.values():
                roles[role] = code
        if not any(roles.values()) and not earlier:
            # With a figure before it in the sentence, the clause that names no country is
            # where that one happened ("..., and 147,000 have left"): see _countries.
            roles = _roles(words.places(speaker_end, len(text), self.language)[0])
        citizenship = (
            words.citizenship(figure.start, end, self.language)
            or words.citizenship(max(start, speaker_end), figure.start, self.language)
            # Kazakh names the country before the figure, the citizens after it: "Ресейдің 11
            # азаматы".
            or words.citizenship(max(start, speaker_end), end, self.language)
        )
        metric = choose_metric(
            cues,
            has_destination=roles["into"] is not None or roles["in"] is not None,
            has_origin=roles["from"] is not None or roles["named"] is not None,
        )
        if self._counts_things(figure, words, clause):
            return self._left_out(figure, "background")
        home_coming = (
            self.language == "kk"
            and _KAZAKH_HOME.search(text) is not None
            and words.citizenship(0, len(text), self.language) is not None
        )
        if metric == "entered" and ("kandas" in words.cues(0, len(text)) or home_coming):
            # A қандас who moved in, citizens who came "елге" (home): they returned.
            metric = "returned"
        whole = earlier[-1] if earlier else context.article_last
        part_of = whole if whole and _SUBSET.search(text, max(start, 0), figure.start) else None
        if part_of is None and earlier and self.listed_part is not None:
            # "Of them, almost 5,000 from Uzbekistan, 1,870 from China": the list goes on.
            part_of = self.listed_part
        self.listed_part = part_of
        if part_of is not None and metric in {None, "entered", "left"}:
            # "Of them, almost 5,000 came from Uzbekistan": a part counts what its whole does.
            metric = part_of.metric
        if metric is None:
            return self._left_out(figure, "stock" if "stock" in cues else "background")
        registered_now = self.language == "kk" and _KAZAKH_REGISTERED.search(text) is not None
        if (
            ("stock" in cues and not cues & _MOVED)
            or ("stock" in own_cues and not own_cues & _MOVED)
            or ("stock" in cues and registered_now)
        ):
            # "Now almost 100,000 Russians remain in the country": the figure's own clause says
            # they stay, whatever the sentence says others did.
            return self._left_out(figure, "stock")
        counted = self._counted(figure, words, end) or (earlier[-1].counted if earlier else "")
        own_people = bool(counted) and counted != (earlier[-1].counted if earlier else None)
        if not own_people and earlier and citizenship is None:
            citizenship = earlier[-1].citizenship
        origin, destination = self._countries(metric, roles, words, start, end, earlier, context)
        if metric == "returned":
            origin, destination = _returned(roles, citizenship)
        if metric == "crossings":
            # Crossings go both ways: the border's two sides, as the sentence names them
            # ("the border between Ukraine and Slovakia"), its people's country among them.
            sides = list(dict.fromkeys(words.peoples(speaker_end, len(text))))
            origin, destination = [*sides, None, None][:2] if sides else (origin, destination)
            if origin is None or destination is None:
                # "35,000 cross the bridge in both directions": the border the article is about.
                pair = next(
                    (
                        (c.origin, c.destination)
                        for c in (*reversed(earlier), *reversed(context.by_metric.values()))
                        if c.origin and c.destination
                    ),
                    (None, None),
                )
                if {origin, destination} - {None} <= set(pair):
                    origin, destination = pair
            if citizenship in sides and not words.citizenship(figure.start, end, self.language):
                citizenship = None
        same = earlier[-1] if earlier and earlier[-1].metric == metric else None
        # People who left, or who were stopped from leaving: counted where they set out from.
        outward = self.metrics.direction(metric) is Direction.OUT or metric == "exit_refused"
        if same is not None and outward and same.origin and roles["from"] is None:
            # "не випустили з України 2 140 ..., а на ділянці зі Словаччиною – 615": the same
            # country left, another border.
            if origin not in {None, same.origin} and destination is None:
                destination = origin
            origin = same.origin
        if same is not None and not metric.startswith("mobilisation"):
            # "441 applied for Kazakh citizenship, of which 117 are ethnic Kazakhs": a part of
            # the figure before shares its country and its people.
            destination = destination or same.destination
            if not own_people:
                # "..., along with 6,000 citizens of other countries": people of their own.
                citizenship = citizenship or same.citizenship
        elif destination is None and metric in context.by_metric and not outward:
            # "1 870-і Қытайдан": came back, as the sentence before said, to the same country.
            destination = context.by_metric[metric].destination
        elif destination is None and metric in _INTO_A_COUNTRY:
            # "3,650 new arrivals were registered at the transit centre": in the country the
            # article's arrivals went to.
            destination = next(
                (
                    c.destination
                    for c in reversed(context.by_metric.values())
                    if c.metric in _INTO_A_COUNTRY and c.destination
                ),
                None,
            )
        if origin is None and metric in context.by_metric and outward:
            # "У суботу ... до Словаччини не випустили шістьох": from where the others could
            # not leave.
            origin = context.by_metric[metric].origin
        if metric.startswith("mobilisation"):
            # A state mobilises its own citizens; nobody crosses a border.
            citizenship = (
                citizenship
                or roles["named"]
                or roles["in"]
                or roles["into"]
                or next((t.demonym for t in words.between(0, len(text)) if t.demonym), None)
                or next(
                    (c.citizenship for c in reversed(context.by_metric.values()) if c.citizenship),
                    None,
                )
            )
            origin = destination = None
        if origin is None and metric == "entered":
            # "за последние семь дней границу в сторону Эстонии пересекли более 1,1 тыс.
            # украинцев": from where the article's earlier arrivals of the same people came
            # (people registered come from their own country, below).
            origin = _arrived_from(destination, citizenship, earlier, context)
        if (
            not metric.startswith("mobilisation")
            and origin is None
            and citizenship is not None
            and citizenship != destination
            and metric not in {"returned", "left", "deported", "crossings", "exit_refused"}
        ):
            # Citizens of one country counted entering or applying in another came from it
            # (the shipped facts read the seed article so); leaving, they may go anywhere.
            origin = citizenship
        if metric == "left" and origin is None and citizenship is not None:
            # "12 мыңға жуық қазақстандық шетелге кеткен": people leave their own country when
            # the text names no other.
            origin = citizenship if citizenship != destination else None
        if metric == "exit_refused" and origin is None:
            # "Belarusian border guards did not let three men out into Poland": the country
            # whose guards stopped them, else their own.
            others = [c for c in words.peoples(0, len(text)) if c != destination]
            origin = others[0] if others else citizenship
        if (
            metric == "deported"
            and destination is None
            and citizenship not in {None, origin}
            and _HOME.search(text)
        ):
            # "депортированы на родину 3 412 граждан Таджикистана": to their own country.
            destination = citizenship
        if metric == "deported" and origin is None and _FROM_THE_COUNTRY.search(text):
            # "27 Қытай азаматы елден шығарылды": from the country the article is about.
            origin = _home(context)
        if metric == "deported" and origin is None:
            # "пакистанская полиция депортировала афганцев": the country that expels is the
            # other one the sentence names.
            others = [
                c for c in words.peoples(0, len(text)) if c not in {citizenship, destination}
            ]
            origin = others[0] if others else None
        sides = list(dict.fromkeys(words.peoples(speaker_end, len(text))))
        if (
            origin is None
            and destination in sides
            and len(sides) == 2
            and self.metrics.direction(metric) is Direction.INTO
        ):
            # "crossed the Polish-Ukrainian border towards Ukraine": from the other side.
            origin = next(side for side in sides if side != destination)
        if (
            destination is None
            and speaker_end
            and self.metrics.direction(metric) is not (Direction.OUT)
        ):
            # "Poland's digital ministry said 1 million got a PESEL number": a state's office
            # counts who came to it.
            home = words.peoples(0, speaker_end)
            if len(set(home)) == 1 and home[0] != origin:
                destination = home[0]
        if origin is None and metric in _ARRIVALS:
            # "up to 20,000 a day were crossing the border" (into the country its ministry
            # named): from where the article's earlier figures into it came.
            origin = _arrived_from(destination, citizenship, earlier, context)
        if metric.endswith("_applications") and self.language == "kk" and roles["from"]:
            # Kazakh asks something "from" a state: "Қазақстаннан босқын мәртебесін сұрап".
            destination = destination or roles["from"]
            origin = citizenship if origin == roles["from"] else origin
        period_start, period_end, as_of = self._period(figure, metric, context)
        if part_of is not None:
            # "Of them, almost 5,000 came from Uzbekistan": a part of the figure before, over
            # its period and into its country.
            destination = destination or part_of.destination
            origin = origin or part_of.origin
            if _nearest(self.dates, figure, self._scope_end(figure)) is None:
                period_start, period_end = part_of.period_start, part_of.period_end
                # "said on Thursday it had registered 61,500 of them": as of the report.
                as_of = (self.report_day or part_of.as_of) if part_of.as_of else None
        return Candidate(
            metric=metric,
            counted=counted or _PEOPLE.get(self.language, "people"),
            origin=origin,
            destination=destination,
            citizenship=citizenship,
            figure=Figure(qualifier=figure.qualifier, value=figure.value, high=figure.high),
            period_start=period_start,
            period_end=period_end,
            as_of=as_of,
            attributed_to=self.attribution.attributed_to,
            carried_by=self.attribution.carried_by,
            evidence=self._evidence(),
            figure_text=text[figure.start : figure.end],
            per_day=figure.per_day,
            quoted=self.attribution.quoted,
            headline=self.headline,
        )

    def _countries(
        self,
        metric: str,
        roles: dict[str, str | None],
        words: SentenceWords,
        start: int,
        end: int,
        earlier: list[Candidate],
        context: _Context,
    ) -> tuple[str | None, str | None]:
        named = roles["named"] or roles["in"]
        if metric == "citizenship_applications":
            named = _applied_to(words, start, end) or named
        origin, destination = flow_countries(
            metric, self.metrics, into=roles["into"], out_of=roles["from"], named=named
        )
        if origin is None and destination is None:
            # "..., and 147,000 have left": the country of the clause before, here or earlier.
            previous = earlier[-1] if earlier else context.last
            if previous is not None:
                # Where the clause before happened: the country entered, or the one left.
                if self.metrics.direction(previous.metric) is Direction.OUT:
                    here = previous.origin or previous.destination
                else:
                    here = previous.destination or previous.origin
                origin, destination = flow_countries(
                    metric, self.metrics, into=None, out_of=None, named=here
                )
        return origin, destination

    def _counts_things(
        self, figure: FoundFigure, words: SentenceWords, clause: tuple[int, int]
    ) -> bool:
        """Whether the noun the figure counts names things, not people: "3,000 more troops",
        "квотасы 30 мыңға дейін" (its word right after it, or right before it), but not "на
        рейс в Дубай троих россиян"."""
        before = [p for p in words.words if clause[0] <= p.start and p.end <= figure.start]
        after = [p for p in words.words if figure.end <= p.start < clause[1]]
        # "3,000 more troops": a qualifier word between the figure and its noun.
        after = [p for p in after if p.token.word.folded not in {"more", "new", "additional"}]
        # "6,000 National Guard troops". Kazakh puts the head noun right after the figure
        # ("20 рейс"), and before it only a thing the figure belongs to ("квотасы 30 мыңға
        # дейін"), not a means ("арнайы рейспен 168 қазақстандық", by a special flight).
        if self.language == "kk":
            owned = [p for p in before[-1:] if _KAZAKH_POSSESSIVE.search(p.token.word.folded)]
            nearest = [*owned, *after[:1]]
        else:
            nearest = [*before[-1:], *after[:3]]
        return any("cue:not_people" in placed.token.concepts for placed in nearest)

    def _counted(self, figure: FoundFigure, words: SentenceWords, end: int) -> str:
        taken: list[str] = []
        last = figure.end
        for placed in words.words:
            if placed.start < figure.end:
                continue
            if placed.start >= end or len(taken) >= 6:
                break
            gap = self.sentence.text[last : placed.start]
            token = placed.token
            if (taken and re.search(r"[,.;:!?()«»\"“”]", gap)) or (
                not taken and re.search(r"[,;:!?()]", gap)
            ):
                break
            if any(c.startswith("cue:") or c in {"into", "out"} for c in token.concepts):
                break
            if token.word.folded in _COUNTED_STOP or token.country:
                break
            if self.language == "kk" and _KAZAKH_CASE.search(kazakh_fold(token.word.folded)):
                # "369 мыңы елден кетті": "from the country" says where, not who.
                break
            taken.append(self.sentence.text[placed.start : placed.end])
            last = placed.end
        return " ".join(taken)

    def _period(
        self, figure: FoundFigure, metric: str, context: _Context
    ) -> tuple[date | None, date | None, date | None]:
        own = _nearest(self.dates, figure, self._scope_end(figure), self._clause_of(figure))
        clause = self._clause_of(figure)
        began = context.since or context.began
        in_clause = own is not None and clause[0] <= own.start and own.end <= clause[1]
        if began is not None and not in_clause and _SINCE_THE_START.search(self.sentence.text):
            # "since the start of the conflict": since the day the article said it began.
            return began, None, self.report_day or self.published
        if own is not None:
            if own.kind == "day" and own.period_start is not None and metric.startswith("mob"):
                return None, None, own.period_start
            return own.period_start, own.period_end, own.as_of
        if self.report_day is not None:
            return None, None, self.report_day
        if _NOW.search(self.sentence.text):
            # "Now 2,500 Belarusians enter every day": as of the report, not the week before.
            return None, None, context.report_day or self.published
        inherited = context.when
        if inherited is not None:
            if inherited.kind == "day":
                return None, None, inherited.period_start or inherited.as_of
            return inherited.period_start, inherited.period_end, inherited.as_of
        return None, None, self.report_day or self.published


def _home(context: _Context) -> str | None:
    """The country the article is about: where most of its figures so far went."""
    places = [c.destination for c in context.by_metric.values() if c.destination]
    # Counter keeps first-seen order among equals: the same answer on every run.
    return Counter(places).most_common(1)[0][0] if places else None


def _arrived_from(
    destination: str | None, citizenship: str | None, earlier: list[Candidate], context: _Context
) -> str | None:
    """Where the article's earlier arrivals into ``destination`` of the same people (or of
    people it did not name) came from."""
    if destination is None:
        return None
    return next(
        (
            c.origin
            for c in (*reversed(earlier), *reversed(context.by_metric.values()))
            if c.metric in _ARRIVALS
            and c.destination == destination
            and c.origin
            and (citizenship is None or c.citizenship in {None, citizenship})
        ),
        None,
    )


def _clause(text: str, figure: FoundFigure, start: int, end: int) -> tuple[int, int]:
    """The comma-bounded stretch of ``text`` around a figure, within [start, end)."""
    left = max(text.rfind(mark, start, figure.start) for mark in (*",;:—–(", ". ", "! ", "? "))
    right = [i for i in (text.find(mark, figure.end, end) for mark in (*",;:—–)", ". ")) if i >= 0]
    return max(start, left + 1), min([end, *right])


def _nearest(
    dates: list[FoundDate], figure: FoundFigure, end: int, clause: tuple[int, int] | None = None
) -> FoundDate | None:
    """The date that goes with a figure: one in its own clause ("..., 17,600 of them in the
    past seven days"), else the last one before it, else the first after it within its part
    of the sentence (up to ``end``): "35,000 cross every day, and 1.2 million crossed in
    January" dates only the second."""
    if clause is not None:
        own = [d for d in dates if clause[0] <= d.start and d.end <= clause[1]]
        if own:
            before_own = [d for d in own if d.end <= figure.start]
            return before_own[-1] if before_own else own[0]
    before = [d for d in dates if d.end <= figure.start]
    if before:
        return before[-1]
    after = [d for d in dates if d.start >= figure.end and d.start < end]
    return after[0] if after else None


def _scope(text: str, counts: list[FoundFigure], position: int) -> tuple[int, int]:
    """The part of the sentence that belongs to the figure at ``position``: up to the clause
    break between it and its neighbours."""
    start, end = 0, len(text)
    if position > 0:
        between = text[counts[position - 1].end : counts[position].start]
        breaks = list(_CLAUSE_BREAK.finditer(between))
        cut = breaks[-1].start() if breaks else len(between) // 2
        start = counts[position - 1].end + cut
    if position + 1 < len(counts):
        between = text[counts[position].end : counts[position + 1].start]
        breaks = list(_CLAUSE_BREAK.finditer(between))
        cut = breaks[-1].start() if breaks else len(between) // 2
        end = counts[position].end + cut
    return start, end


def _roles(places: tuple[Place, ...]) -> dict[str, str | None]:
    roles: dict[str, str | None] = {"into": None, "from": None, "in": None, "named": None}
    several: set[str] = set()
    for place in places:
        key = place.role if place.role in roles else "named"
        if roles[key] not in {None, place.code}:
            several.add(key)
        roles[key] = roles[key] or place.code
    # "deported 21,912, most of them to Guatemala and Honduras": no one destination.
    if "into" in several:
        roles["into"] = None
    return roles


def _returned(
    roles: dict[str, str | None], citizenship: str | None
) -> tuple[str | None, str | None]:
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
        if "cue:citizenship" in following.concepts and (token.demonym or token.country):
            return token.demonym or token.country
    return None
