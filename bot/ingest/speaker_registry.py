"""The speakers an article has named, to tell whom a later reference means: "he" or "її" is the
person last named (of that gender, where Russian and Ukrainian names show it), "the minister"
or "глава ведомства" the person last described so, "Ахметжанова" or "Ахметжановтың" the person
named in full before, "the agency" or "ведомства" the body last named so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.speaker_names import (
    ACRONYM,
    initials,
    is_org_word,
    kazakh_base,
    latin,
    nominative,
    slavic_parses,
    words_of,
)
from bot.ingest.speaker_words import DEPUTIES, NEWS_AGENCY, NOT_NAMES, plain
from bot.ingest.speakers import Mention, Speaker, ministry_of, read_phrase

__all__ = ["Registry"]

_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# Surname endings that tell a Russian, Ukrainian or Central Asian name's gender.
_SURNAME_GENDER = re.compile(
    r"(?i)(?:(?P<femn>(?:ов|ев|ёв|ин|ын)а|(?:ск|цк)ая|(?:ськ|цьк)а)|(?:ов|ев|ёв|ин|ын)|"
    r"(?:ск|цк)ий|(?:ськ|цьк)ий)$"
)
# Past-tense verbs of saying, whose ending tells a Russian or Ukrainian speaker's gender.
_SAID = (
    r"(?P<verb>(?:сообщи|заяви|сказа|рассказа|отмети|добави|уточни|поясни|подчеркну|"
    r"повідоми|розпові|зазначи|дода|наголоси|підкресли|написа)"
    r"(?:лась|вся|ла|л|в))"
)
# The verb right before the name and its description ("заявила в понеділок речниця ...").
_VERB_LAST = re.compile(_SAID + r"\b(?=[^.!?]{0,79}$)", re.IGNORECASE)
_VERB_FIRST = re.compile(r"\s+(?:\w+\s+){0,2}?" + _SAID + r"\b", re.IGNORECASE)
# The nouns any body may be called by, whatever its name says it is.
_GENERIC_BODIES = frozenset(
    {"agency", "organisation", "organization", "body", "charity", "service", "office"}
)
# The kinds of body a sentence's own named body may be called by in the same sentence.
_BODY_KINDS_HERE = _GENERIC_BODIES | {"department"}
_GENDERS = frozenset({"masc", "femn"})
_LONGEST_ENDING = 4  # "Ахметжановтың" is "Ахметжанов" and a case ending


@dataclass
class _Entry:
    speaker: Speaker
    keys: tuple[str, ...]  # the name's words as compared: lemmas, Kazakh bases
    nouns: set[str] = field(default_factory=set)  # what a body was called: "agency"


@dataclass
class Registry:
    """The speakers an article has named, the latest mentioned last."""

    language: str
    entries: list[_Entry] = field(default_factory=list)
    # The article's text: a surname alone is the person the article names in full anywhere
    # in it ("Interior Minister Marat Akhmetzhanov spoke to reporters"), speaking or not.
    text: str = ""
    # Bodies the sentence being read names with their acronym ("the International
    # Organization for Migration (IOM)"), whatever it says of them: "the agency" at its end
    # is one of them when the article named no agency before.
    named_here: list[Speaker] = field(default_factory=list)

    def _keys(self, name: str) -> tuple[str, ...]:
        keys = []
        for word in words_of(name):
            if self.language in {"ru", "uk"} and not latin(word.text):
                parses = slavic_parses(word.text, self.language)
                keys.append(plain(parses[0][0]) if parses else word.plain)
            else:
                keys.append(plain(kazakh_base(word.text)))
        return tuple(keys)

    def add(self, speaker: Speaker, noun: str = "") -> Speaker:
        """The article's speaker this one is (as first named, in full), now the latest."""
        keys = self._keys(speaker.name)
        entry = next(
            (e for e in self.entries if e.speaker.kind == speaker.kind and e.keys == keys), None
        )
        if entry is None and speaker.kind != "person":
            # "CSO", the acronym the article gave in brackets after the body's full name.
            name = plain(speaker.name)
            entry = next((e for e in self.entries if name in e.nouns), None)
        if entry is None and speaker.kind == "organisation" and ACRONYM.fullmatch(speaker.name):
            # "уточнили в МИД" after "Министерство иностранных дел Узбекистана": the body
            # whose words' first letters it is.
            entry = next(
                (
                    e
                    for e in reversed(self.entries)
                    if e.speaker.kind == "organisation"
                    and initials(e.speaker.name).startswith(speaker.name.upper())
                ),
                None,
            )
        described = speaker.kind == "organisation" and speaker.name == speaker.name.lower()
        if described and len(keys) == 1 and keys[0] in _SHORTENED:
            # "погрануправления", "прикордонслужба": one word for the body's first two.
            keys = _SHORTENED[keys[0]]
        if entry is None and described and len(keys) >= 2:
            # "в сообщении пограничного управления" after "Пограничное управление ФСБ России
            # по Забайкальскому краю": the body named before, by the words its name opens with.
            entry = next(
                (
                    e
                    for e in reversed(self.entries)
                    if e.speaker.kind == "organisation"
                    and len(e.keys) > len(keys)
                    and e.keys[: len(keys)] == keys
                ),
                None,
            )
        if entry is None:
            entry = _Entry(speaker, keys)
        else:
            self.entries.remove(entry)
            if entry.speaker.description is None and speaker.description:
                named = entry.speaker
                entry.speaker = Speaker(named.name, named.kind, speaker.description)
        if noun:
            entry.nouns.add(noun)
        self.entries.append(entry)
        return entry.speaker

    def aliases(self, speaker: Speaker) -> set[str]:
        """What else the article called a body: its acronym, the noun for its kind."""
        keys = self._keys(speaker.name)
        return next((set(e.nouns) for e in self.entries if e.keys == keys), set())

    def _gender(self, speaker: Speaker) -> str | None:
        """A person's grammatical gender, from their first name or surname (ru, uk)."""
        if self.language not in {"ru", "uk"}:
            return None
        told = self._gender_by_verb(speaker.name)
        if told is not None:
            return told
        words = speaker.name.split()
        if len(words) >= 2 and (ending := _SURNAME_GENDER.search(words[-1])) is not None:
            # "Айбек Осмонов", "Айгерим Садыкова": the surname's ending says it, whatever the
            # dictionary guesses of a Central Asian first name.
            return "femn" if ending["femn"] else "masc"
        if len(words) >= 2:
            # The first name says it, whatever the dictionary makes of a foreign surname:
            # "Флоренсия Мартинес" is a woman, though "Мартинес" reads as a man's name.
            # As the name it is, in the nominative: "Сіфо" read as a vocative of some noun
            # says nothing of the man.
            parses = slavic_parses(words[0], self.language)
            first = [p for p in parses if "nomn" in p[1]]
            genders = [parse[1] & _GENDERS for parse in first[:1]]
            if genders and len(genders[0]) == 1:
                return "masc" if "masc" in genders[0] else "femn"
        for word in words:
            for _, grammemes, _ in slavic_parses(word, self.language):
                if grammemes & _NAME_TAGS and grammemes & _GENDERS and "nomn" in grammemes:
                    return "masc" if "masc" in grammemes else "femn"
        return None

    def _gender_by_verb(self, name: str) -> str | None:
        """The gender the verb next to a person's name in the article shows: "заявила
        речниця уряду Вірменії Назелі Оганян", "Ахмадулла Вардак сообщил"."""
        at = self.text.find(name)
        if at < 0:
            return None
        before = _VERB_LAST.search(self.text, max(0, at - 80), at)
        after = _VERB_FIRST.match(self.text, at + len(name))
        found = after or before
        if found is None:
            return None
        return "femn" if found["verb"].casefold().endswith(("ла", "лась")) else "masc"

    def _person(self, gender: str | None, possessive: bool = False) -> Speaker | None:
        """The person last named, of ``gender`` when both genders are known; for a possessive
        "ее", "її", a body whose noun is feminine, named since ("сообщила финская
        погранслужба. По ее данным, ...")."""
        for entry in reversed(self.entries):
            if possessive and self._feminine_body(entry.speaker):
                return entry.speaker
            if entry.speaker.kind != "person":
                continue
            known = self._gender(entry.speaker)
            if gender is None or known is None or known == gender:
                return entry.speaker
        return None

    def _feminine_body(self, speaker: Speaker) -> bool:
        """Whether a Russian or Ukrainian body's name has a feminine noun at its head
        ("служба", "полиция", "погранслужба")."""
        if speaker.kind != "organisation" or self.language not in {"ru", "uk"}:
            return False
        for word in speaker.name.split():
            nouns = [p for p in slavic_parses(word, self.language) if p[2] == "NOUN"]
            if nouns and "nomn" in nouns[0][1]:
                return "femn" in nouns[0][1]
        return False

    def _surname(self, word: str) -> Speaker | None:
        """The person named in full whose surname ``word`` is, in any case form."""
        keys = {plain(kazakh_base(word))}
        if self.language in {"ru", "uk"}:
            keys |= {plain(parse[0]) for parse in slavic_parses(word, self.language)}
        for entry in reversed(self.entries):
            if entry.speaker.kind != "person" or len(entry.keys) < 2:
                continue
            surname = plain(entry.speaker.name.split()[-1])
            # "Ахметжанова", "Демченка", "Ахметжановтың": the surname with a case ending.
            stem = surname[:-1] if surname[-1:] in "аяоеиы" else surname
            if any(
                key == surname
                or (key.startswith(stem) and len(key) - len(stem) <= _LONGEST_ENDING)
                for key in keys
            ):
                return entry.speaker
        return None

    def _named_in_full(self, surname: str) -> Speaker | None:
        """The person whose first name and ``surname`` the article gives together, in any
        case form ("Марата Ахметжанова"), as the nominative names them."""
        stem = plain(surname)
        stem = stem[:-1] if stem[-1:] in "аяоеиы" else stem
        for match in _FULL_NAME.finditer(self.text):
            first, last = match["first"], match["last"]
            ending = len(plain(last)) - len(stem)
            if not plain(last).startswith(stem) or ending > _LONGEST_ENDING:
                continue
            name = _first_name_nominative(first, last, self.language)
            if name is not None:
                return Speaker(name, "person", None)
        return None

    def _role(self, stems: tuple[str, ...]) -> Speaker | None:
        """The person last described by a role: "the minister", "вице-министр"."""
        for entry in reversed(self.entries):
            description = plain(entry.speaker.description or "")
            # "the minister" is not their deputy: "заместитель главы МВД".
            deputy = description.startswith(DEPUTIES) and not stems[0].startswith(DEPUTIES)
            person = entry.speaker.kind == "person" and not deputy
            if person and any(stem in description for stem in stems):
                return entry.speaker
        return None

    def _body(self, stems: tuple[str, ...]) -> Speaker | None:
        """The body last named as one of its kind: "the agency", "ведомства" ("" is any)."""
        for entry in reversed(self.entries):
            if entry.speaker.kind != "organisation":
                continue
            names = [plain(word) for word in entry.speaker.name.split()] + list(entry.nouns)
            if any(name.startswith(stem) for name in names for stem in stems):
                return entry.speaker
        return None

    def _body_of_a_person(self, stems: tuple[str, ...]) -> Speaker | None:
        """The body of that kind a person named before speaks for: "За даними загону" after
        "речник Могилів-Подільського прикордонного загону Віталій Бондар"."""
        kinds = [stem for stem in stems if stem]
        if self.language == "kk" or not kinds:
            # Kazakh names the body before the post ("министрлігінің ресми өкілі"), in a case
            # its description keeps: not read so.
            return None
        for entry in reversed(self.entries):
            described = entry.speaker.description
            if entry.speaker.kind != "person" or not described:
                continue
            words = [plain(word) for word in described.split()]
            if not any(word.startswith(kind) for word in words for kind in kinds):
                continue
            read = read_phrase(described, self.language)
            # "a spokeswoman for the National Migration Service" reads as the body itself.
            read = read.fallback or read
            body = read.speaker
            # A body named by a proper name only ("речник загону" names no unit).
            proper = body is not None and any(word[:1].isupper() for word in body.name.split())
            if body is not None and body.kind == "organisation" and proper:
                return self.add(body)
        return None

    def _body_named(self, generic: str) -> Speaker | None:
        """The body last named whose name holds every word of a short one ("the Border
        Guard" is the Finnish Border Guard, not Russia's FSB border service named after it)."""
        wanted = [plain(word) for word in generic.split() if plain(word) not in {"the", ""}]
        if len(wanted) < 2:
            return None
        for entry in reversed(self.entries):
            names = {plain(word) for word in entry.speaker.name.split()}
            if entry.speaker.kind == "organisation" and all(word in names for word in wanted):
                return entry.speaker
        return None

    def _ministry_of_a_minister(self) -> Speaker | None:
        for entry in reversed(self.entries):
            if entry.speaker.kind != "person" or not entry.speaker.description:
                continue
            ministry = ministry_of(entry.speaker.description, self.language)
            if ministry is not None:
                return Speaker(ministry, "organisation", None)
        return None

    def latest(self, kind: str) -> Speaker | None:
        """The speaker of ``kind`` ("outlet", "person") last named, if any."""
        return next((e.speaker for e in reversed(self.entries) if e.speaker.kind == kind), None)

    def resolve(self, mention: Mention) -> Speaker | None:
        """The speaker a mention names or refers back to; None when unsure."""
        if mention.also is not None:
            self.add(mention.also, mention.noun)
        if mention.speaker is not None:
            return self.add(mention.speaker, "" if mention.also else mention.noun)
        found: Speaker | None = None
        if mention.pronoun:
            found = self._person(mention.gender, mention.possessive)
        elif mention.proper is not None:
            keys = self._keys(mention.proper)
            known = next((e.speaker for e in self.entries if e.keys == keys), None)
            if known is None and len(keys) == 1:
                # "уточнил Петрич" after "Милан Петрич": a surname the dictionary also knows
                # as a place or a thing is still the person's.
                known = self._surname(mention.proper)
            found = known or Speaker(mention.proper, "organisation", None)
        elif mention.surname is not None:
            found = (
                self._surname(mention.surname)
                or self._named_in_full(mention.surname)
                or Speaker(mention.surname, "person", None)
            )
        elif mention.person_role:
            found = self._role(mention.person_role)
            body = mention.fallback.speaker if mention.fallback is not None else None
            if found is not None and body is not None and not _same_body(found, body):
                # "Шекара басқармасының бастығы" after "комитет төрағасы Айбек Смадияров":
                # the head of another body, not the one named before.
                found = None
            if found is None and mention.fallback is not None:
                return self.resolve(mention.fallback)
            if found is None and mention.generic:
                # "Niger's interior minister", named no otherwise: the post is the speaker.
                found = Speaker(mention.generic, "person", mention.generic)
        elif mention.org_role:
            found = (
                self._body_named(mention.generic)
                or self._body(mention.org_role)
                or self._body_of_a_person(mention.org_role)
            )
            if found is None and self.named_here and _BODY_KINDS_HERE & set(mention.org_role):
                # "Immigration, Refugees and Citizenship Canada (IRCC) received 374,800 ...,
                # a department spokesperson said": the body the sentence names.
                found = self.named_here[-1]
            if found is None and not {"ministry", ""}.isdisjoint(mention.org_role):
                # "Interior Minister Vakhtang Gomelauri said ... The ministry added": the
                # ministry the minister last named heads.
                found = self._ministry_of_a_minister()
            last = self.entries[-1].speaker if self.entries else None
            if found is None and _GENERIC_BODIES & set(mention.org_role) and last is not None:
                # "The agency added that ...", after "the International Organization for
                # Migration said": the body last named, whose name does not say what it is;
                # after a news agency, "the agency" is that agency, not a body before it.
                found = last if last.kind == "organisation" else None
                if last.kind == "outlet" and not NEWS_AGENCY.search(last.name):
                    # "..., according to Peru's migration superintendency, as cited by El
                    # Comercio. The agency said ...": a newspaper is no agency; the body is.
                    found = next(
                        (e.speaker for e in reversed(self.entries)
                         if e.speaker.kind == "organisation"),
                        None,
                    )  # fmt: skip
            if found is None and mention.generic:
                # "Reuters, citing the ministry": a body the article names no otherwise.
                found = Speaker(mention.generic, "organisation", None)
        return self.add(found) if found is not None else None


def _stems(text: str) -> set[str]:
    return {plain(word)[:5] for word in re.findall(r"[^\W\d_]{4,}", text)}


def _same_body(person: Speaker, body: Speaker) -> bool:
    """Whether what is said of a person names the body a role is of: an "Interior Minister"
    heads a "Ministry of Internal Affairs", a "комитет төрағасы" no "Шекара басқармасы"."""
    described, named = _stems(person.description or ""), _stems(body.name)
    # An acronym ("Глава МВД") says too little to tell them apart.
    return not described or not named or bool(described & named)


# A first name and a surname, each capitalised: "Marat Akhmetzhanov", "Марата Ахметжанова".
_FULL_NAME = re.compile(
    r"(?<![\w'’-])(?P<first>[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][a-zа-яёіїєґәғқңөұүһ'’]+)\s+"
    # Read ahead: "Minister Marat Akhmetzhanov" tries "Marat" as a first name too.
    r"(?=(?P<last>[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][a-zа-яёіїєґәғқңөұүһ'’-]+))"
)


def _first_name_nominative(first: str, last: str, language: str) -> str | None:
    """ "First Last" in the nominative when ``first`` is a first name; None when it is not
    ("Interior Minister" names no one)."""
    if language in {"ru", "uk", "kk"} and not latin(first):
        parses = slavic_parses(first, "uk" if language == "uk" else "ru")
        named = [p for p in parses if "Name" in p[1]]
        if not named:
            return None
        if language == "kk":
            return f"{first} {kazakh_base(last)}"
        case = next((c for c in ("gent", "datv", "accs", "ablt", "loct") if c in named[0][1]), "")
        if not case or "nomn" in named[0][1]:
            return f"{first} {last}"
        return (
            f"{nominative(first, case, language, True)} {nominative(last, case, language, True)}"
        )
    if not latin(first) or plain(first) in NOT_NAMES or is_org_word(words_of(first)[0]):
        return None
    return f"{first} {last}"


# Bodies news calls by one word made of their name's first two: "погрануправление" is the
# "пограничное управление ..." named before (each as the registry compares words).
_SHORTENED = {
    "погрануправление": ("пограничный", "управление"),
    "погранслужба": ("пограничный", "служба"),
    "погранполиция": ("пограничный", "полиция"),
    "погранотряд": ("пограничный", "отряд"),
    "прикордонслужба": ("прикордонний", "служба"),
    "погранвойска": ("пограничный", "войско"),
}
