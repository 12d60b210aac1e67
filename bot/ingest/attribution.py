"""Who each sentence's figures come from and which outlet carried them: the attribution chain of
a news article in English, Russian, Ukrainian and Kazakh.

A sentence names its source with a reporting cue (``bot.ingest.reporting``: "X said that",
"according to him", "по данным ведомства", "повідомила Прикордонна служба Польщі", "Комитет
мәліметінше", "– деді X"), a "Quote from X:" line, or a "Source: outlet, citing X" line. A
sentence with no cue of its own takes the speaker of its line, else the "Source:" line in force
in its section, else the source named nearest (not across a "Background:" section, and never
for the publisher's own count); a "Source:" line also covers the headline and lead above it,
and "Background:", "Previously:" and their kin start a section with none. An outlet that
cites someone carries what they said: "Source: Zakon.kz, citing Marat Akhmetzhanov" gives every
later "he", "the head of the Ministry" and "Akhmetzhanov" that chain, within the section. Names
are read by ``bot.ingest.speakers`` and references resolved by ``bot.ingest.speaker_registry``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.ingest.header import dateline_end
from bot.ingest.hearers import BARE_OUTLET, WHEN_TOLD
from bot.ingest.quotations import direct_speech, quotations
from bot.ingest.reporting import (
    Cue,
    SourceLine,
    acting_body,
    find_cue,
    own_count,
    section_break,
    source_line,
    sourced_line,
)
from bot.ingest.reporting_subjects import bodies_with_acronyms
from bot.ingest.sentences import Sentence, body_start
from bot.ingest.speaker_names import country_code, initials, latin, nominative_phrase
from bot.ingest.speaker_registry import Registry
from bot.ingest.speaker_words import PRONOUNS, plain
from bot.ingest.speakers import Speaker, names_outlet, read_outlet, read_phrase, unnamed_source
from bot.ingest.speech_flow import by_their_words, goes_on, in_interview

__all__ = ["Attribution", "Speaker", "attribute"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence's figures come from."""

    attributed_to: Speaker | None
    carried_by: Speaker | None
    # Offset in the sentence's text just past its own reporting cue ("said that", "according
    # to him,", "сообщил", "мәлімдеді"); None if it has none. A cue after the figures
    # (", сообщило министерство") ends after them.
    cue_end: int | None
    quoted: bool  # the figures are inside quotation marks (direct speech)


# Where a sentence's speaker is its own: a reporting cue, or the body that counted.
_OWN = frozenset({"own", "counted"})


@dataclass
class _Reading:
    """One sentence's attribution while the article is read. ``origin`` says where it came
    from: its "own" cue, the body that "counted" the figure by the sentence's verb ("ДМС
    видворила 46"), its "line", the "source" line, the "lead", a "back" reference ("Об этом
    сообщает ..."), a "quote" whose speaker is named where it ends, the "nearest" source
    named, a cue whose speaker is "unresolved", or "none"."""

    attributed_to: Speaker | None
    carried_by: Speaker | None
    cue_end: int | None
    origin: str


_Chain = tuple[Speaker | None, Speaker | None]
_LANGUAGES = frozenset({"en", "ru", "uk", "kk"})
_QUOTED_WHOLE = re.compile(r"\s*[«\"“„](?P<name>[^«»\"“”„]+)[»\"”“]\s*")
_OUTLET_KIND = re.compile(
    r"(?i)^(?:информ)?(?:агентств\w*|агенці\w*|издани\w*|газет\w*|телеканал\w*|портал\w*|"
    r"сайт\w*|видання|інформагенці\w*|agency|outlet|newspaper|channel)\s+(?=[^\W\d_]|«|\")"
)
# Papers and broadcasters by their kind alone: "видання", "the newspaper".
_PAPER_KINDS = (
    r"видання|издание|газета|телеканал|мовник|вещатель|портал|"
    r"the\s+(?:newspaper|paper|outlet|broadcaster|channel|publication)"
)
# An outlet by its kind alone: "агентство", "видання", "the agency".
_KIND_ALONE = re.compile(
    r"(?i)\s*(?:(?:информ|інформ)?агентство|агенція|агенция|сайт|the\s+(?:news\s+)?agency|"
    + _PAPER_KINDS
    + r")\s*"
)
# The same without agencies and sites: "the agency said" is as often a body's.
_PAPER_ALONE = re.compile(r"(?i)\s*(?:" + _PAPER_KINDS + r")\s*")
# An agency by its name in quotation marks or Latin letters that cites someone is a news
# agency: "агентство APA з посиланням на відомство" (a state's agency has a name in words).
_AGENCY_BY_NAME = re.compile(
    r"(?i)^(?:информ|інформ)?(?:агентств\w*|агенці\w*)\s+"
    r"(?:«[^»]{1,40}»|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})$"
)
_STEM_WORDS = re.compile(r"[^\W\d_]{3,}")
# "cited by Notes from Poland", "quoted by Gazeta Wyborcza": a Latin name whose every word
# but a small joining one is capitalised.
_TITLED_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|from|for|and|the|on|in)\s+)?[A-Z0-9]"
    r"[\w'’&.-]*){0,5})"
)
_QUOTED_NAME = re.compile(r"[«\"“„](?P<name>[^«»\"“”„]{2,60})[»\"”“]")
# "Saleh also said", "он также сообщил", "він також зазначив": more of the same statement.
_ALSO_SAID = re.compile(
    r"(?i)(?<!\w)(?:also|также|тоже|також|теж)(?!\w)(?:\s+[^\s,]+)?(?:\s*,?\s*(?:that|что|що))?"
    r"\s*$"
)
# "Jovanovic added", "уточнил Йованович", "додав Річчі", "деп қосты Риччи": more of the
# statement already told, by the same speaker named again.
_ADDED = re.compile(
    r"(?i)(?<!\w)(?:added|adds|continued|went\s+on|добавил[аи]?|добавляет|уточнил[аи]?|"
    r"уточняет|дополнил[аи]?|дода(?:в|ла|ли|є)|уточни(?:в|ла|ли)|уточнює|"
    r"қосты|қосып\s+өтті|нақтылады)(?!\w)"
)
_TERMINAL = re.compile(r"[.!?…»\"”]\s*$")


def _speaks_for(
    person: Speaker | None, body: Speaker | None, aliases: frozenset[str] = frozenset()
) -> bool:
    """Whether ``person`` is described as speaking for ``body``: "пресс-секретарь Пограничной
    службы Польши" for "Пограничная служба Польши" (words compared by their first letters, so
    that case endings do not matter), "Речник CSO" for the body the article called CSO."""
    if person is None or body is None or person.kind != "person" or body.kind == "person":
        return False
    described = _STEM_WORDS.findall((person.description or "").casefold())
    # Aliases are folded ("СІМ" is "сим"): so are the description's words compared to them.
    if not aliases.isdisjoint(plain(word) for word in described):
        return True
    stems = {word[:5] for word in described}
    named = [word[:5] for word in _STEM_WORDS.findall(body.name.casefold())]
    if bool(named) and all(stem in stems for stem in named):
        return True
    short = initials(body.name)
    if any(len(word) >= 3 and word == short for word in _words_as_written(person)):
        # "речник ДПСУ" for "Державна прикордонна служба України": its initials.
        return True
    # "пресс-секретарь министерства", "a ministry spokeswoman": the body of that kind the
    # article cites, named no otherwise in the description.
    capitalised = any(word[:1].isupper() for word in _STEM_WORDS.findall(person.description or ""))
    return bool(named) and named[0] in stems and not capitalised


def _words_as_written(person: Speaker) -> list[str]:
    """The words of what a person is, as written."""
    return re.findall(r"[^\W\d_]+", person.description or "")


def _same_body_renamed(lead: Speaker | None, cited: Speaker | None, distance: int) -> bool:
    """Whether the body a lead names last above "Source: outlet, citing X" is X under another
    name ("Міністерство внутрішніх справ Великої Британії" above "з посиланням на Home
    Office", "Министерство образования Туркменистана" above "со ссылкой на Минобразования"):
    a source line vouches for the statement it follows, whatever unattributed sentences
    ("Почти 70% из них — первокурсники.") stand between."""
    return (
        distance == 1
        and lead is not None
        and cited is not None
        and lead.kind == "organisation"
        and cited.kind == "organisation"
        and not _named_apart(lead.name, cited.name)
    )


def _named_apart(one: str, other: str) -> bool:
    """Whether two bodies' names, in one script, say they are two bodies: each has words of
    its own besides a country's, and they share none ("Haitian consulate in Providenciales",
    "Haiti's National Office of Migration"; "Миграционная служба ...", "Пограничные войска
    ГКНБ Таджикистана"). A short name ("Минобразования") or another script ("Home Office")
    may be the same body."""
    stems = [_own_stems(name) for name in (one, other)]
    same_script = latin(one) == latin(other)
    return same_script and all(len(found) >= 2 for found in stems) and not stems[0] & stems[1]


def _own_stems(name: str) -> set[str]:
    """The first four letters of a name's words, its countries' and small words left out."""
    return {
        word[:4]
        for word in _STEM_WORDS.findall(name.casefold())
        if country_code(word.removesuffix("'s")) is None and len(word) > 3
    }


def _key(speaker: Speaker | None) -> tuple[str, str] | None:
    return (speaker.name, speaker.kind) if speaker else None


class _Article:
    """The state of reading one article, sentence by sentence."""

    def __init__(self, sentences: Sequence[Sentence], language: str) -> None:
        self.sentences = sentences
        self.language = language
        self.registry = Registry(language, text=" ".join(s.text for s in sentences))
        self.readings: list[_Reading] = []
        self.sections: list[int] = []  # the section each sentence is in
        self.section = 0
        self.section_start = 0  # the first sentence the current "Source:" line can reach back to
        self.source: _Chain | None = None
        # What an outlet carried: (speaker's name, kind) → (outlet, section it holds in).
        self.carriers: dict[tuple[str, str], tuple[Speaker, int]] = {}
        self.line_chain: _Chain | None = None
        self.sourced = False  # the line is the cited source's report ("Details:", "Quote from")
        self.lead: list[int] | None = []  # headline and furniture awaiting the lead's source
        # The source the story's lead names "back" ("Бұл туралы X хабарлады"): the lines after
        # it are X's until another source is named.
        self.lead_source: _Chain | None = None
        # Whom a person told what ("Smith told the BBC"): (name, kind) → (outlet, paragraph).
        self.told: dict[tuple[str, str], tuple[Speaker, int]] = {}
        self.paragraph = 0

    def carrier(self, speaker: Speaker | None) -> Speaker | None:
        """The outlet that carries ``speaker``'s figures in this section, if any."""
        key = _key(speaker)
        if key is None:
            return None
        found = self.carriers.get(key)
        if found and found[1] == self.section:
            return found[0]
        if self.source and self.source[1] and _key(self.source[0]) == key:
            return self.source[1]
        cited = self.source[0] if self.source else None
        if self.source and self.source[1] and cited is not None:
            aliases = frozenset(self.registry.aliases(cited))
            if _speaks_for(speaker, cited, aliases):
                # "Речник CSO Кіліан Догерті": the cited body's spokesperson, carried alike.
                return self.source[1]
        if self.source and self.source[1] and self.sourced:
            # Named on a "Details:" or "Quote from" line: part of the cited source's report.
            self.carriers[key] = (self.source[1], self.section)
            return self.source[1]
        return None

    def resolve(self, cue: Cue) -> _Chain:
        speaker = None
        # Before this cue's own words are read: "які наводить мовник" adds no outlet of that
        # name before it is found to mean the one named before.
        outlet_before = self.registry.latest("outlet")
        named_agency = bool(cue.cited) and _AGENCY_BY_NAME.match(cue.phrase.strip()) is not None
        if named_agency:
            # Never a body "відомство" could refer back to.
            name = _OUTLET_KIND.sub("", cue.phrase.strip()).strip('«»"“” ')
            speaker = self.registry.add(Speaker(name, "outlet", None))
        mention = None
        if not named_agency and cue.phrase:
            mention = read_phrase(cue.phrase, self.language, cue.case, cue.media)
            speaker = self.registry.resolve(mention)
        if cue.cited:
            cited = self.registry.resolve(read_phrase(cue.cited, self.language, cue.cited_case))
            relays = mention is not None and mention.proper is not None and cited is not None
            if relays and speaker is not None and speaker.kind == "organisation":
                # "L'Orient Today reported, citing the General Security": a name that says
                # nothing of what it is, citing a body, is the outlet that relayed it.
                speaker = self.registry.add(Speaker(speaker.name, "outlet", None))
            named_before = outlet_before
            if cue.media and _KIND_ALONE.fullmatch(cue.phrase) and named_before is not None:
                # "За даними департаменту, які наводить агентство": the agency named before.
                speaker = named_before
            elif (
                cue.media
                and (speaker is None or (speaker.kind == "person" and not speaker.description))
                and (titled := _TITLED_NAME.fullmatch(cue.phrase.strip())) is not None
            ):
                # "according to the Border Guard, cited by Gazeta Wyborcza": who relays a body's
                # figures under a bare name is an outlet, though the name reads like a person's
                # or like nothing known.
                speaker = self.registry.add(Speaker(titled["name"], "outlet", None))
            elif cue.media and speaker is not None and speaker.kind != "person":
                # "..., на які посилається LRT": whoever relays the figures is the outlet;
                # "агентство APA" is APA.
                name = _OUTLET_KIND.sub("", speaker.name).strip('«»"“” ') or speaker.name
                speaker = self.registry.add(Speaker(name, "outlet", speaker.description))
            quoted = _QUOTED_NAME.fullmatch(cue.phrase.strip())
            if quoted and (speaker is None or speaker.kind != "person"):
                # "Про це повідомляє «Європейська правда» з посиланням на ...": a name in
                # quotation marks that cites someone is a publication.
                speaker = self.registry.add(Speaker(quoted["name"].strip(), "outlet", None))
            if speaker and speaker.kind == "outlet":
                if cited and cited.kind != "outlet":
                    self.carriers[(cited.name, cited.kind)] = (speaker, self.section)
                    return cited, speaker
                return None, speaker
            if cited is None and speaker is not None and unnamed_source(cue.cited):
                # "сообщает Telegram-канал «Нил Инфо» со ссылкой на источник в погранслужбе":
                # the channel carried what no one named said.
                return None, self.registry.add(read_outlet(speaker.name, self.language))
            if cited is None and speaker is not None:
                # "Sarrado said, referring to the camps": what the speaker referred to names
                # no one who said it; the speaker did.
                return speaker, self.carrier(speaker)
            return cited, self.carrier(cited)
        unnamed = speaker is None or speaker.name == speaker.name.lower()
        if _KIND_ALONE.fullmatch(cue.phrase) and unnamed and outlet_before is not None:
            # "..., нагадує агентство" with no state's agency named before: the news agency
            # named before carried it.
            return None, outlet_before
        if _PAPER_ALONE.fullmatch(cue.phrase) and outlet_before is not None:
            # "..., уточняет издание", "the paper added": the outlet named before carried
            # it, no one it names said it.
            return None, outlet_before
        if speaker and speaker.kind == "outlet":
            return None, speaker
        if cue.told and BARE_OUTLET.fullmatch(cue.told):
            # "told the newspaper", "розповів виданню": the outlet last named, if any.
            outlet = self.registry.latest("outlet")
            if speaker is not None and outlet is not None:
                self.told[(speaker.name, speaker.kind)] = (outlet, self.paragraph)
            return speaker, outlet or self.carrier(speaker)
        if cue.told:
            # "Smith told the BBC that ...": the outlet carried this statement.
            quoted = _QUOTED_WHOLE.fullmatch(cue.told)
            # "told Czech Radio on Sunday"; but «Туркменистан сегодня» is a name, "today" and all.
            told = quoted["name"] if quoted else WHEN_TOLD.sub("", cue.told)
            # "в интервью агентству dpa": the agency's name, without the word for it.
            told = _OUTLET_KIND.sub("", told.strip()) or told
            read = read_outlet(told, self.language)
            slavic = self.language in {"ru", "uk"} and not quoted and not latin(told)
            if slavic and read.description is not None:
                # "розповіла Польському радіо" read as "Польському", "радіо" left over: the
                # outlet told, in the nominative, is one name.
                read = read_outlet(nominative_phrase(told, "datv", self.language), self.language)
            if read.name == read.name.lower() and not names_outlet(read.name, self.language):
                # "в ефірі телемарафону": a programme's common noun names no outlet.
                return speaker, self.carrier(speaker)
            outlet = self.registry.add(read)
            if speaker is not None:
                self.told[(speaker.name, speaker.kind)] = (outlet, self.paragraph)
            return speaker, outlet
        return speaker, self.carrier(speaker)

    def read_source(self, index: int, line: SourceLine) -> _Reading:
        if line.outlet is not None:
            outlet = self.registry.add(read_outlet(line.outlet, self.language))
            cited = self.registry.resolve(read_phrase(line.phrase, self.language, line.case))
            chain: _Chain = (cited, outlet)
        else:
            speaker = self.registry.resolve(read_phrase(line.phrase, self.language))
            chain = (None, speaker) if speaker and speaker.kind == "outlet" else (speaker, None)
        if chain[0] is not None and chain[1] is not None:
            self.carriers[(chain[0].name, chain[0].kind)] = (chain[1], self.section)
        # The lead above (back to the headline, or to the last "Source:" line) is this
        # source's, and a body it named itself is now carried by the outlet.
        for i, reading in enumerate(self.readings[self.section_start : index], self.section_start):
            if reading.origin in {"none", "lead"}:
                reading.attributed_to, reading.carried_by = chain
                reading.origin = "source"
            elif (
                reading.origin in _OWN
                and reading.carried_by is None
                and (
                    _key(reading.attributed_to) == _key(chain[0])
                    or _speaks_for(chain[0], reading.attributed_to)
                    or _same_body_renamed(reading.attributed_to, chain[0], self.owns_to(i, index))
                )
            ):
                # "..., the Border Guard said. Source: Polish Radio, citing the Border Guard's
                # spokeswoman": the outlet carried the body's figures too.
                reading.carried_by = chain[1]
        self.source = chain
        self.section_start = index + 1
        self.lead = None
        return _Reading(chain[0], chain[1], line.end, "own")

    def owns_to(self, start: int, end: int) -> int:
        """How many sentences from ``start`` up to ``end`` name their own speaker."""
        return sum(1 for reading in self.readings[start:end] if reading.origin in _OWN)

    def read_back(self, index: int, chain: _Chain) -> _Chain:
        """ "Об этом передаёт агентство «Бахтар»", "Бұл туралы комитет хабарлады": the sentences
        before, in this paragraph or, when it opens one, the paragraph before, are this
        source's; an outlet carried what they attribute themselves."""
        paragraph = self.sentences[index].paragraph
        if index and self.sentences[index - 1].paragraph != paragraph:
            paragraph = self.sentences[index - 1].paragraph
        attributed, carried = chain
        for earlier in range(index - 1, -1, -1):
            if self.sentences[earlier].paragraph != paragraph:
                break
            reading = self.readings[earlier]
            # A body that counted the figure by the verb ("видворила") gives way to whoever
            # "Про це повідомив" names, the spokesman who told it; an outlet alone ("Об этом
            # сообщает ТАСС") only carried what the body counted.
            counted_kept = reading.origin == "counted" and attributed is None
            if reading.origin != "own" and not counted_kept:
                reading.attributed_to, reading.carried_by = chain
                reading.origin = "back"
            elif carried is not None and reading.carried_by is None:
                # Its own speaker's, or a counting body's: carried by the outlet.
                reading.carried_by = carried
                if reading.attributed_to:
                    key = (reading.attributed_to.name, reading.attributed_to.kind)
                    self.carriers[key] = (carried, self.section)
                if attributed is None:
                    chain = (reading.attributed_to, carried)
        return chain

    def close_lead(self, paragraph: int) -> None:
        """At the end of the first paragraph of body text: the headline and furniture above it
        take its source when it names one."""
        if self.lead is None:
            return
        indices = [i for i, s in enumerate(self.sentences) if s.paragraph == paragraph]
        if not any(_TERMINAL.search(self.sentences[i].text) for i in indices):
            return  # still furniture: a dateline, a by-line
        own = next((i for i in indices if self.readings[i].origin in {*_OWN, "back"}), None)
        if own is not None:
            first = self.readings[own]
            for i in self.lead:
                reading = self.readings[i]
                if reading.origin == "none":
                    reading.attributed_to, reading.carried_by = (
                        first.attributed_to,
                        first.carried_by,
                    )
                    reading.origin = "lead"
        self.lead = None

    def read(self) -> list[Attribution]:
        for index, sentence in enumerate(self.sentences):
            if index and sentence.paragraph != self.sentences[index - 1].paragraph:
                self.close_lead(self.sentences[index - 1].paragraph)
            self.readings.append(self.read_sentence(index, sentence))
            self.sections.append(self.section)
        if self.sentences:
            self.close_lead(self.sentences[-1].paragraph)
        self.forward_quotes()
        self.nearest_source()
        quoted = direct_speech(self.sentences)
        return [
            Attribution(r.attributed_to, r.carried_by, r.cue_end, q)
            for r, q in zip(self.readings, quoted, strict=True)
        ]

    def interviewed(self, chain: _Chain, cue: Cue, text: str) -> _Chain:
        """ "In the same interview he said", "Сұхбатта Сәрсенбаева ... айтты", and a "he said"
        right after "Smith told the BBC": the outlet told before carried this too, and so did
        "Smith added". A new statement by name or by role ("The minister said") is not the
        interview's."""
        speaker, carried = chain
        told = self.told.get(_key(speaker) or ("", "")) if carried is None else None
        if told is None:
            return chain
        # "he said", "За словами дипломатки": the same conversation; "The minister said"
        # is a statement of its own.
        going_on = plain(cue.phrase.strip()) in PRONOUNS or by_their_words(text[: cue.end])
        # "Jovanovic added": the speaker named again, adding to what they told.
        going_on = going_on or _ADDED.search(text) is not None
        if in_interview(text) or (going_on and self.paragraph - told[1] <= 1):
            return speaker, told[0]
        if self.paragraph == told[1] and _ALSO_SAID.search(text, 0, cue.end):
            # "Saleh also said", "он также сообщил", right after "Saleh told RFI": more
            # of what the outlet was told.
            return speaker, told[0]
        return chain

    def read_sentence(self, index: int, sentence: Sentence) -> _Reading:
        text = sentence.text
        self.paragraph = sentence.paragraph
        if sentence.line_start:
            self.line_chain = None
            self.sourced = sourced_line(text)
            if section_break(text):
                self.section += 1
                self.source = None
                self.section_start = index
                self.lead = None
            found = source_line(text, self.language)
            opening = dateline_end(text) if found is None else 0
            after = source_line(text[opening:], self.language) if opening else None
            if after is not None:
                # "Берлин. 20 қараша 2024 ж. Дереккөз: Deutsche Welle": the dateline, then
                # the "Source:" line on the same line.
                found = replace(after, end=after.end + opening)
            if found is not None:
                return self.read_source(index, found)
        cue = find_cue(text, self.language, sentence.line_start)
        actor = acting_body(text, self.language) if cue is not None and not cue.counted else None
        before_the_cue = (
            cue is not None
            and actor is not None
            # "пограничники отказали ..., добавили в ведомстве": people of no named body are
            # not the body "the agency" then means.
            and any(letter.isupper() for letter in actor)
            and cue.phrase.casefold() not in actor.casefold()
            and 0 <= text.find(actor) < text.find(cue.phrase)
        )
        if before_the_cue and actor is not None:
            # "Suriname's Ministry of Justice and Police deported 38 ..., the ministry said":
            # the body named as doing it is the one "the ministry" then means.
            self.registry.resolve(read_phrase(actor, self.language))
        self.registry.named_here = (
            [
                named
                for name in bodies_with_acronyms(text)
                if (named := read_phrase(name, "en").speaker) is not None
            ]
            if self.language == "en"
            else []
        )
        if cue is None:
            if self.line_chain is not None:
                return _Reading(*self.line_chain, None, "line")
            if self.source is not None:
                return _Reading(*self.source, None, "source")
            if self.lead_source is not None and self.section == 0:
                # "Бұл туралы X хабарлады." opening the story, then one line per route: the
                # lines are X's until someone else is named.
                return _Reading(*self.lead_source, None, "lead_source")
            if self.lead is not None and self.section == 0:
                self.lead.append(index)
            return _Reading(None, None, None, "none")
        chain = self.interviewed(self.resolve(cue), cue, text)
        if chain == (None, None) and self.sourced and self.source is not None:
            # "Деталі: За даними статистиків, ...": the cited source's report, in its words.
            chain = self.source
        if cue.back:
            chain = self.read_back(index, chain)
            if self.lead_source is None and not any(r.origin in _OWN for r in self.readings):
                self.lead_source = chain
        elif chain != (None, None):
            self.lead_source = None
        line_so_far, self.line_chain = self.line_chain, chain
        # "За словами посадовця", "По словам замминистра": someone the article named, whom
        # the registry could not find, is the line's speaker so far, else the nearest. A
        # "she" with no woman named stays unknown: a pronoun is not a guess at a body.
        unresolved = (
            chain == (None, None)
            and bool(cue.phrase)
            and plain(cue.phrase.strip()) not in PRONOUNS
            # "за даними правозахисників", "a source in the ministry": no one to cite, said.
            and not unnamed_source(cue.phrase)
        )
        if unresolved and line_so_far is not None:
            chain = line_so_far
            unresolved = chain == (None, None)
        origin = "unresolved" if unresolved else "counted" if cue.counted else "own"
        return _Reading(*chain, cue.end, origin)

    def nearest_source(self) -> None:
        """A figure no cue, line or source covers is the story's source's: the speaker named
        last before it, else the first one named after it (a curator does not store a figure
        from nobody). The publisher's own count ("по нашим подсчётам") and "Background:" and
        its kin are the publisher's own words: they take no source from another section."""
        named = [i for i, r in enumerate(self.readings) if r.attributed_to or r.carried_by]
        # "МВД: ... выдворены свыше 50 тысяч": the headline names the body its story's
        # speaker speaks for, no second source.
        body = body_start(self.sentences)
        for index, reading in enumerate(self.readings):
            if reading.origin not in {"none", "unresolved"} or self.sections[index]:
                continue
            if own_count(self.sentences[index].text):
                continue
            before = [i for i in named if i < index and not self.sections[i]]
            after = [i for i in named if i > index and not self.sections[i]]
            if not before and not after:
                continue
            sentence = self.sentences[index]
            opens = index and self.sentences[index - 1].paragraph != sentence.paragraph
            speakers = {
                _key(self.readings[i].attributed_to or self.readings[i].carried_by)
                for i in before
                if self.readings[i].origin != "nearest" and i >= body
            }
            if (
                reading.origin == "none"
                and opens
                and len(speakers) > 1
                and not goes_on(sentence.text)
            ):
                # A paragraph in the writer's own words ("Between January and July, more
                # than 100,000 ...") after several sources is the publisher's, unless it
                # goes on with the speaker before ("Also, ...", "It takes the number to
                # ..."); a story with one source so far is still that source's.
                continue
            source = self.readings[before[-1] if before else after[0]]
            reading.attributed_to, reading.carried_by = source.attributed_to, source.carried_by
            reading.origin = "nearest"

    def forward_quotes(self) -> None:
        """A quotation over several sentences is its speaker's throughout: "«... жатыр.
        Өткен аптада 312 ...», – деді X." gives the first sentence X as well."""
        depth = 0
        waiting: list[int] = []
        for index, sentence in enumerate(self.sentences):
            if sentence.line_start:
                depth, waiting = 0, []
            opened = depth > 0
            depth = quotations(sentence.text, depth)[1]
            reading = self.readings[index]
            if reading.origin in _OWN and opened:
                for earlier in waiting:
                    self.readings[earlier].attributed_to = reading.attributed_to
                    self.readings[earlier].carried_by = reading.carried_by
                    self.readings[earlier].origin = "quote"
                waiting = []
            elif reading.origin not in _OWN and (opened or depth > 0):
                waiting.append(index)
            else:
                waiting = []


def attribute(sentences: Sequence[Sentence], language: str) -> list[Attribution]:
    """One Attribution per sentence, in order, for the article the sentences make up."""
    # A language the rules do not know is read with the English ones.
    return _Article(sentences, language if language in _LANGUAGES else "en").read()
