"""A sentence's words as tokens with their offsets, each marked with what the lexicons read in it:
cues of what is counted (``bot.ingest.cues``), the questions' concepts (prepositions, "citizen"),
and the countries and peoples it names, with the role each has ("into", "from", "in")."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.ingest.cues import cue_index
from bot.ingest.figure_phrases import CURRENCY_WORDS
from bot.ingest.header import dateline_end
from bot.ingest.numerals import lexicon
from bot.language.airports import find_airports
from bot.language.checkpoints import find_checkpoints
from bot.language.cities import city_country
from bot.language.countries import question_country_code
from bot.language.lemmas import forms, only_accusative
from bot.language.places import (
    CONJUNCTIONS,
    PART_OF,
    PLACE_NOUNS,
    WITH,
    Place,
    find_places,
    read_places,
)
from bot.language.regions import region_country
from bot.language.text import Word, fold, kazakh_fold
from bot.language.tokens import Token, match_lexicon
from bot.language.words import country_names
from bot.language.world_cities import world_city_country

__all__ = ["KAZAKH_CASE", "MOVE_CUES", "Placed", "SentenceWords", "read_words"]

# Time words after which a Kazakh participle says when ("өткен аптада", last week).
_KAZAKH_TIME_WORDS = tuple(
    kazakh_fold(word)
    for word in ("апта", "жыл", "күн", "тәулік", "кезең", "дүйсенбі", "сейсенбі",
                 "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі", "демалыс")
)  # fmt: skip
# "Ай" (month) only whole or with its case endings: "айтты" (said) and "аймақ" (region) begin
# like it.
_KAZAKH_MONTH = re.compile(r"ай(?:да|дан|га|ы|ын|ында|дын|лык\w*)?")
_KAZAKH_ACCUSATIVE = re.compile(r"(?:ды|ди|ты|ти|ны|ни)$")
# A Kazakh past participle with no ending of its own ("ұшқан", "барған", "келген").
_KAZAKH_PARTICIPLE = re.compile(r"(?:ган|ген|кан|кен)$")
# The cues of a move: the verb a Kazakh sentence ends with may be one of these.
MOVE_CUES = frozenset(
    f"cue:{concept}" for concept in ("enter", "leave", "flee", "return", "deport", "cross")
)
# A Kazakh word in a case that says where: "елден" (from the country), "Алматыда" (in Almaty).
KAZAKH_CASE = re.compile(r"(?:дан|ден|тан|тен|нан|нен|га|ге|ка|ке|да|де|та|те|нда|нде)$")
# The first half of a Russian or Ukrainian compound adjective: "польсько-", "российско-".
_COMPOUND_FIRST = re.compile(r"[^\W\d_]{3,}(?:ско|сько|цко|цько)$")
# "U.S.", "U.K.": an abbreviation with dots is one word, read without them.
_WORD = re.compile(r"(?:[A-Z]\.){2,}(?![^\W_])|[^\W_]+(?:['’ʼ][^\W_]+)*", re.UNICODE)


# "Korea" in any case form, and the words that make it the North.
_KOREA = re.compile(r"(?:korea|коре(?:я|и|ю|ей|ї|єю)|кореяда?н?|кореяга)$")
_NORTH = ("north", "северн", "північн", "солтүстік", "солтустик")


@dataclass(frozen=True, slots=True)
class Placed:
    """A token and where it is in the sentence."""

    start: int
    end: int
    token: Token


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """A sentence's tokens, in order. Read once, by ``read_words``, and not changed after:
    the countries of a span, asked of each figure's clauses, are read once per span."""

    words: list[Placed]
    _places_read: dict[tuple[int, int, str], tuple[tuple[Place, ...], str | None]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _citizenship_read: dict[tuple[int, int, str], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens that lie within [start, end)."""
        return [placed.token for placed in self.words if start <= placed.start < end]

    def cues(self, start: int, end: int) -> set[str]:
        """The cues read within [start, end)."""
        found: set[str] = set()
        for token in self.between(start, end):
            found |= {concept[4:] for concept in token.concepts if concept.startswith("cue:")}
        return found

    def places(self, start: int, end: int, language: str) -> tuple[tuple[Place, ...], str | None]:
        """The countries named within [start, end) with their roles, and the citizenship."""
        key = (start, end, language)
        if key not in self._places_read:
            self._places_read[key] = self._places(start, end, language)
        return self._places_read[key]

    def _places(self, start: int, end: int, language: str) -> tuple[tuple[Place, ...], str | None]:
        # "from the Russian Federation": the article stands between the word and its role.
        tokens = [t for t in self.between(start, end) if t.word.folded != "the"]
        held = _held_citizenship(tokens, language)
        if held is not None and language != "kk":
            # "Kazakhs with Chinese passports entered Kazakhstan": the passports' country is
            # no place they went, and the people's name not their citizenship.
            tokens = [t for t in tokens if not t.demonym]
        places, citizenship = read_places(tokens, language, conjoined=True, sides=True)
        places = _towards(places, tokens)
        places = _whose_people(places, tokens)
        if held is not None:
            citizenship = held
        if citizenship is None:
            citizenship = _citizens_of(tokens, language)
            if citizenship is not None:
                # "Ресей Федерациясының азаматы ... Ресейге": the people's own country is
                # no place unless a case or preposition gave it a role.
                places = tuple(p for p in places if p.code != citizenship or p.role is not None)
        return places, citizenship

    def peoples(self, start: int, end: int) -> list[str]:
        """Every country named within [start, end) by its people or by name, in order."""
        return [code for token in self.between(start, end) for code in self.peoples_of(token)]

    @staticmethod
    def peoples_of(token: Token) -> list[str]:
        """The countries one word names, by its people or by name, or as a border's sides."""
        sides = [concept[5:] for concept in sorted(token.concepts) if concept.startswith("side:")]
        return [code for code in (token.demonym or token.country, *sides) if code]

    def post_sides(self, start: int, end: int) -> set[str]:
        """The two countries a crossing point named in [start, end) lies between ("через
        «Достук» ежедневно проходят ..."), if it names one."""
        for token in self.between(start, end):
            sides = {c[5:] for c in token.concepts if c.startswith("side:")}
            if "checkpoint" in token.concepts and len(sides) == 2:
                return sides
        return set()

    def border_of_two(self, start: int, end: int) -> bool:
        """Whether [start, end) names a border by its two countries: "the Kazakh-Russian
        border", "казахстанско-российскую границу", "Қазақстан-Ресей шекарасы", "the border
        between Kazakhstan and Russia", "Қазақстан мен Ресей шекарасы"."""
        return bool(self.border_sides(start, end))

    def border_sides(self, start: int, end: int) -> frozenset[str]:
        """The two countries of the first border [start, end) names by them (see
        ``border_of_two``); empty when it names none so."""
        inside = [p.token for p in self.words if start <= p.start < end]
        for position, token in enumerate(inside):
            if "topic:border" not in token.concepts:
                continue
            before = _named_in_a_row(reversed(inside[:position]))
            after = inside[position + 1 :]
            between = bool(after) and after[0].word.folded in _BETWEEN
            if len(before) == 2:
                return frozenset(before)
            sides = _named_in_a_row(after[1:]) if between else set()
            if len(sides) == 2:
                return frozenset(sides)
            # "на границе Финляндии и Швеции", "на кордоні Польщі та України": the border of
            # both.
            of_both = _named_in_a_row(after[:3])
            if len(of_both) == 2 and len(after) > 2 and _joins(after[1]):
                return frozenset(of_both)
            # "кордон Китаю з Монголією", "граница России с Казахстаном", "Russia's border
            # with Kazakhstan": one country's border with another.
            named_after = _named_in_a_row(after[:1])
            owner = named_after or (
                _named_in_a_row(inside[position - 1 : position]) if position else set()
            )
            rest = after[1:] if named_after else after
            with_other = bool(rest) and rest[0].word.folded in WITH
            other = _named_in_a_row(rest[1:2]) if with_other else set()
            if len(owner) == 1 and len(other) == 1 and owner != other:
                return frozenset(owner | other)
        return frozenset()

    def held_citizenship(self, start: int, end: int, language: str) -> str | None:
        """The citizenship people within [start, end) are said to hold ("with Chinese
        passports", "Қытай азаматтығы бар"), which outweighs the people they are."""
        return _held_citizenship(self.between(start, end), language)

    def citizenship(self, start: int, end: int, language: str) -> str | None:
        """The people named within [start, end): "Russians", "citizens of Russia"."""
        key = (start, end, language)
        if key not in self._citizenship_read:
            self._citizenship_read[key] = self._citizenship(start, end, language)
        return self._citizenship_read[key]

    def _citizenship(self, start: int, end: int, language: str) -> str | None:
        tokens = [t for t in self.between(start, end) if t.word.folded != "the"]
        held = _held_citizenship(tokens, language)
        if held is not None:
            return held  # "Қытай азаматтығы бар 62 қазақ" are China's, whatever their people
        citizens_of = _citizens_of(tokens, language)
        for position, token in enumerate(tokens):
            if token.demonym and not (
                position and "topic:ethnic" in tokens[position - 1].concepts
            ):
                if citizens_of is not None and any(
                    "citizen" in earlier.concepts for earlier in tokens[:position]
                ):
                    # "граждан Ливана, бежавших от израильских ударов": whose citizens they
                    # are is said first; a people's adjective after describes something else.
                    return citizens_of
                # The later words of a people's name ("Sri Lankans") are the name, not what
                # follows it.
                rest = [t for t in tokens[position + 1 :] if not t.used]
                if (
                    len(rest) > 1
                    and rest[0].word.folded in CONJUNCTIONS
                    and rest[1].word.folded.startswith(_OTHERS)
                ):
                    # "суданцев и иностранцев", "Sudanese and other nationals": people of
                    # more than one country.
                    return None
                while len(rest) > 1 and language in {"ru", "uk"} and _describes(rest[0]):
                    # "військово-транспортні літаки": the words before the noun describe it.
                    rest = rest[1:]
                following = rest[0] if rest else None
                # "Kazakh citizenship", "Kazakh Interior Ministry", "the Polish-Ukrainian
                # border": a country's thing, not people.
                after = rest[1] if len(rest) > 1 else None
                # "27 қазақстандық визалық режимді бұзғаны үшін": right after its figure, a
                # Kazakh people's word is the people counted, whatever follows it.
                counted = (
                    language == "kk" and position and _a_kazakh_number(tokens[position - 1])
                ) or _plural_people(token, language)
                # "applications for Portuguese nationality": the nationality applied for.
                applied_for = (
                    position
                    and tokens[position - 1].word.folded == "for"
                    and following is not None
                    and following.word.folded == "nationality"
                )
                # "в бангладешском Кокс-Базаре", "до італійського Барі": a country's adjective
                # before its city describes the city.
                its_city = (
                    language in {"ru", "uk"}
                    and token.forms.adjective
                    and following is not None
                    and "city" in following.concepts
                )
                if (
                    not counted
                    and following is not None
                    and (_a_thing_of(following, after, language) or applied_for or its_city)
                ):
                    continue
                return token.demonym
        return _citizens_of(tokens, language)


# Others beside a people: "иностранцев", "іноземців", "foreigners", "other", "шетелдіктер".
_OTHERS = ("иностран", "іноземц", "foreign", "other", "друг", "інш", "шетелд", "басқа")


def _a_kazakh_number(token: Token) -> bool:
    """Whether a Kazakh token is a number, in digits or words ("27", "он екі")."""
    return token.word.text.isdigit() or kazakh_fold(token.word.folded) in lexicon("kk")


def _plural_people(token: Token, language: str) -> bool:
    """An English people's noun in the plural ("Filipinos", "Russians"): people, never the
    adjective of a thing of theirs, whatever follows ("400 Filipinos for visa violations")."""
    folded = token.word.folded
    return language == "en" and folded.endswith("s") and not folded.endswith("ss")


def _describes(token: Token) -> bool:
    """A lower-case adjective, or a compound's first half ("військово-"), before a noun."""
    folded = token.word.folded
    return token.word.text[:1].islower() and (
        token.forms.adjective or folded.endswith(("ово", "ьово", "єво"))
    )


def _a_thing_of(following: Token, after: Token | None, language: str) -> bool:
    """Whether the word after a people's adjective names a thing of their country ("Kazakh
    citizenship", "Kazakh Interior Ministry", "the Polish-Ukrainian border"), not them."""
    if "cue:citizenship" in following.concepts or following.demonym:
        return True
    if following.word.text[:1].isupper():
        # "қазақстандық Израильден", "қазақстандық Жидда арқылы": where they went.
        place = following.country is not None
        if language == "kk" and not place:
            via = after is not None and kazakh_fold(after.word.folded) == "аркылы"
            place = via or KAZAKH_CASE.search(kazakh_fold(following.word.folded)) is not None
        return not place
    if language == "kk" and KAZAKH_CASE.search(kazakh_fold(following.word.folded)):
        # "74 қазақстандық шекарада баспана сұрады": Kazakhstanis at the border; the
        # country's border would be "қазақстандық шекара", with no case of place.
        return False
    # "Ukrainian visa holders", "українські власники віз": people.
    holders = after is not None and not _HOLDERS.isdisjoint(after.forms.keys)
    if not _THINGS.isdisjoint(following.forms.keys):
        return not holders
    # "the Italian interior ministry", "Polish migration service": English puts a noun
    # before the thing, which is then the country's, unless the first noun is its people.
    return (
        language == "en"
        and after is not None
        and not _THINGS.isdisjoint(after.forms.keys)
        and _PEOPLE_NOUNS.isdisjoint(following.forms.keys)
        # "Russians at the border": a preposition between them, the people are somewhere.
        and "stop" not in following.concepts
        # "Afghans crossed the border": a verb between them, the people did something.
        and not any(concept.startswith("cue:") for concept in following.concepts)
    )


# "the border between Kazakhstan and Russia", "между", "між", "арасындағы".
_BETWEEN = frozenset({"between", "между", "між", "поміж"})


def _named_in_a_row(tokens: Iterable[Token]) -> set[str]:
    """The countries the first words name, one after another or joined ("Kazakh-Russian",
    "Казахстаном и Россией"), up to two; a word naming none ends them."""
    named: list[str] = []
    for token in tokens:
        if _joins(token):
            continue
        codes = SentenceWords.peoples_of(token) or [
            concept[4:] for concept in sorted(token.concepts) if concept.startswith("via:")
        ]
        if not codes or len(named) == 2:
            break
        named.extend(codes)
    return set(named[:2])


def _joins(token: Token) -> bool:
    """ "and", "и", "та", "мен", "арасындағы": a word joining a border's two countries."""
    return token.word.folded in CONJUNCTIONS | {"the", "арасындағы", "арасындагы"}


# What a people's adjective may describe that is not people: "the Ukrainian border", "российская
# сторона" name no one's citizens.
_THINGS = frozenset({
    # "under a Qatari amnesty", "the Thai scheme", "Polish law": a country's, no one's people.
    "amnesti", "programm", "program", "scheme", "law", "decre", "rule", "permit", "flight",
    "airlin",
    # "the day the Saudi team stunned Argentina": a country's team, no one's people.
    "team", "squad", "club",
    "border", "frontier", "side", "govern", "ministri", "author", "polic", "armi", "troop",
    "checkpoint", "territori", "passport", "visa", "media", "embassi", "offici", "capit",
    "invas", "war", "aggress", "attack", "offens", "forc", "shell", "languag", "economi",
    "вторжение", "война", "агрессия", "наступление", "обстрел", "язык", "экономика",
    "вторгнення", "війна", "агресія", "наступ", "обстріл", "мова", "економіка",
    "басып", "согыс", "шабуыл",
    # "Французькі військово-транспортні літаки вивезли": a country's planes carry no one of it.
    "plane", "aircraft", "jet", "ship", "vessel", "navy", "самолет", "самолёт", "судно",
    "корабль", "літак", "корабель", "ушак",
    "граница", "сторона", "правительство", "министерство", "власть", "полиция", "армия",
    "войско", "пункт", "территория", "паспорт", "виза", "посольство", "служба", "ведомство",
    "пограничник", "сми", "столица", "участок",
    "кордон", "бік", "ділянка", "уряд", "міністерство", "влада", "поліція", "армія", "військо",
    "територія", "віза", "прикордонник", "відомство", "столиця",
    "шекара", "шекарасы", "тарап", "тарапы", "укимет", "министрлик", "аскер",
    # "Azerbaijani news agency Trend", "российские СМИ": a country's press names no one.
    "news", "agenc", "outlet", "newspap", "channel", "televis", "broadcast", "radio",
    "servic", "guard", "offic",
    "агентство", "издание", "телеканал", "газета", "агенція", "видання", "агенттик",
})  # fmt: skip
# People a thing of a country's belongs to: "visa holders", "passport holders".
_HOLDERS = frozenset({"holder", "owner", "recipi", "bearer", "держатель", "обладатель",
                      "власник", "иесі", "иелері"})  # fmt: skip
_BORDER = frozenset({"граница", "кордон", "border", "frontier"})
# ... and through whose good offices: "за посередництва Катару", "при посредничестве Катара".
_VIA_BEFORE = frozenset({
    "через", "via", "through", "транзитом", "посередництва", "посередництві", "посредничестве",
    "посредничества", "mediation",
})  # fmt: skip
# A country's territory, passed through: "через территорию Грузии".
_TERRITORY = frozenset({"территорию", "територію", "territory", "аумағы", "аумагы"})
# Where a flight changed planes, then "в"/"in" and the place: passed through.
_CHANGE_OF_PLANE = frozenset({
    "пересадкой", "пересадкою", "пересадками", "layover", "stopover", "connection",
})  # fmt: skip
# A war's words before the country that waged it ("вторгнення Росії", "агрессии России").
_WAGED = frozenset({
    "invasion", "aggression", "вторжение", "агрессия", "нападение", "вторгнення", "агресія",
    "напад", "басып", "агрессиясы",
})  # fmt: skip
# Where people go to study: "на учёбу в российские вузы", "to Russian universities".
_STUDY = frozenset({
    "university", "universities", "universiti", "вуз", "университет", "виш", "університет",
})  # fmt: skip
_PLACES_AND_AUTHORITIES = frozenset({
    "island", "islands", "enclave", "coast", "port", "region", "province", "town", "city",
    "анклав", "эксклав", "ексклав",
    "airport", "аэропорт", "аеропорт", "ауежай",
    "guard", "guards", "polic", "author", "municip", "coastguard", "offic",
    "остров", "порт", "побережье", "регион", "область", "город", "пограничник", "полиция",
    "власть", "муниципалитет", "провинция", "штат", "округ", "лагерь",
    "острів", "узбережжя", "регіон", "місто", "прикордонник", "поліція", "влада",
    "муніципалітет", "провінція", "табір",
    "арал", "жагалау", "онир", "облыс", "кала", "шекарашы",
    "district", "camp", "camps", "county",
    # "Turkish gendarmes had stopped 2,000 people": who stopped them, not whose they were.
    "gendarm", "жандарм", "жандарми", "troop", "soldier", "forc", "navi", "armi",
    # "на российскую сторону", "Азербайджанская сторона принимает": the country itself.
    "сторона", "бік", "тарап", "side",
    *_STUDY,
})  # fmt: skip
_SIDES = frozenset({"сторона", "бік", "тарап", "side"})
_FROM_A_SIDE = frozenset({"боку", "стороны", "сторони"})
# "у напрямку Польщі", "в направлении России", "in the direction of Poland": into it.
_TOWARDS = frozenset({"напрямку", "напрямі", "направлении", "направлению", "direction",
                      "бік", "сторону", "напрямок", "направление",
                      "бағытында", "багытында", "бағытқа", "towards", "toward"})  # fmt: skip


def _whose_people(places: tuple[Place, ...], tokens: list[Token]) -> tuple[Place, ...]:
    """ "Израиль покинули 1800 мигрантов из Эритреи": "from" right after the people says who
    they are, not the country they left, when the sentence names another one bare."""
    # A country named bare ("Израиль покинули"), not an authority's adjective ("нідерландські
    # муніципалітети", where it happened).
    named = {t.country for t in tokens if t.country and "where" not in t.concepts}
    bare = any(place.role is None and place.code in named for place in places)
    described: set[str] = set()
    for position, token in enumerate(tokens):
        if (
            token.country
            and position >= 2
            # "двоих мужчин из Мариуполя": a home town always says who they are.
            and (bare or "city" in token.concepts)
            and "from_preposition" in tokens[position - 1].concepts
            and not _PEOPLE_WORDS.isdisjoint(tokens[position - 2].forms.keys)
        ):
            described.add(token.country)
            # "мигрантов из Эритреи и Судана": the people of both.
            after = tokens[position + 1 : position + 3]
            if len(after) == 2 and after[0].word.folded in CONJUNCTIONS and after[1].country:
                described.add(after[1].country)
    return tuple(
        Place(place.code, "of") if place.role == "from" and place.code in described else place
        for place in places
    )


# Nouns for people a "from" may describe: "мигрантов из Эритреи", "біженців з Сирії".
_PEOPLE_WORDS = frozenset({
    "мигрант", "беженец", "гражданин", "переселенец", "мігрант", "біженець", "громадянин",
    "migrant", "migrants", "refugee", "refugees", "national", "nationals", "мужчина",
    "женщина", "житель", "семья", "чоловік", "жінка", "мешканець", "родина", "men", "women",
    "residents", "families",
})  # fmt: skip


def _towards(places: tuple[Place, ...], tokens: list[Token]) -> tuple[Place, ...]:
    """The places named as where people headed, given the role "into"."""
    headed = {
        token.country
        for position, token in enumerate(tokens)
        if token.country
        and (
            any(t.word.folded in _TOWARDS for t in tokens[max(0, position - 2) : position])
            # "crossed into Georgia": the phrase took "into" as its own word.
            or (position and tokens[position - 1].word.folded in {"into", "to"})
            # "into southern Malawi"
            or (
                position >= 2
                and tokens[position - 1].word.folded.startswith(PART_OF)
                and tokens[position - 2].word.folded in {"into", "to"}
            )
        )
    }
    # "перешли границу с Узбекистаном": crossed it, into the country beyond; but when the
    # sentence says where they went ("на кордоні з Угорщиною до Хорватії в'їхали"), the
    # border's other country is where they came from.
    bordering: set[str] = set()
    at_the_border: set[str] = set()
    listed = -9
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if (
            token.country is not None
            and following is not None
            and token.word.folded.endswith(("мен", "пен", "бен"))
            and "шекара" in following.forms.keys
        ):
            if kazakh_fold(following.word.folded) in {"шекарада", "шекарадагы"}:
                # "Никарагуамен шекарадағы бекеттер арқылы елге кірді": at the border with
                # Nicaragua, its other side, as "at the border with" is in English.
                at_the_border.add(token.country)
                continue
            # Kazakh "Қырғызстанмен шекарадан өтті": the border with Kyrgyzstan, as Russian
            # "границу с Киргизией" says it.
            bordering.add(token.country)
            listed = position
            continue
        if token.country is None or position < 2:
            continue
        after_with = tokens[position - 1].word.folded in {"с", "со", "з", "із", "зі"} or (
            # "crossed the border with Iran"; English names the country entered without a
            # preposition ("On the border with Hungary, 3,000 entered Ukraine"), so only
            # when the border's is the one country named.
            tokens[position - 1].word.folded == "with" and len({p.code for p in places}) == 1
        )
        if after_with and not _BORDER.isdisjoint(tokens[position - 2].forms.keys):
            bordering.add(token.country)
            listed = position
        elif position - listed <= 2 and tokens[position - 1].word.folded in CONJUNCTIONS | {""}:
            # "на кордоні з Румунією, Угорщиною та Словаччиною": every border listed.
            bordering.add(token.country)
            listed = position
        elif position - listed == 1:
            bordering.add(token.country)
            listed = position
    # "повернулися через кордон зі Словаччиною": people coming home came from the country
    # beyond the border, as they do when the sentence names where they went.
    went_in = any(place.role == "into" for place in places) or any(
        "cue:return" in token.concepts for token in tokens
    )
    return tuple(
        Place(place.code, "border")
        if place.role in {None, "into"} and place.code in at_the_border
        else Place(place.code, "into")
        if place.role is None
        and (place.code in headed or (place.code in bordering and not went_in))
        else Place(place.code, "from")
        if place.role is None and place.code in bordering
        else place
        for place in places
    )


def _citizens_of(tokens: list[Token], language: str) -> str | None:
    """The country of "citizens of (the) Russian Federation", "граждан РФ", and of Kazakh
    "Ресей азаматы", "Ресейдің 11 азаматы", where the country comes first."""
    held = _held_citizenship(tokens, language)
    if held is not None:
        return held
    for position, token in enumerate(tokens):
        if not token.country:
            continue  # only a country's word below names whose citizens they are
        if language == "kk":
            # "Ресей азаматы", "Грузияның 40-қа жуық азаматы": the figure may stand between;
            # "Қазақстанға Ресейдің 7 мың азаматы" are Russia's, whom Kazakhstan received.
            declined = KAZAKH_CASE.search(kazakh_fold(token.word.folded)) is not None
            if declined and question_country_code(token.word.folded) is None:
                continue  # "Канада азаматы" ends like a case and is none
            # "Қазақстанның 3 100-ден астам азаматы": a figure's parts are several words.
            near = tokens[position + 1 : position + 7]
            # "Литва Беларусьтің 120 азаматын қабылдады": the citizens are the country's next
            # to them, not the one that received them.
            other = next((n for n, word in enumerate(near) if word.country), len(near))
            near = near[:other]
        else:
            near = tokens[max(0, position - 3) : position]
            # "граждан вернулись из Турции": a country after a preposition is a place.
            if position and tokens[position - 1].word.folded in _PLACE_BEFORE:
                near = []
        if token.country and any("citizen" in other.concepts for other in near):
            return token.country
        # "532 Burkina Faso nationals": the word after a name of several words.
        following = next((other for other in tokens[position + 1 :] if not other.used), None)
        if (
            language == "en"
            and token.country
            and following is not None
            and following.word.text[:1].islower()  # not "Panama's National Migration Service"
            and not _PEOPLE_NOUNS.isdisjoint(following.forms.keys)
            # "Mexico's refugee agency", "the Kenya refugee camps": a thing of theirs.
            and (
                position + 2 >= len(tokens)
                or _NOT_PEOPLE_AFTER.isdisjoint(tokens[position + 2].forms.keys)
            )
        ):
            # "617 Myanmar soldiers", "46 Myanmar nationals": the country's own people.
            return token.country
    return None


# "with Chinese citizenship", "с китайским гражданством", "з китайськими паспортами".
_HOLDING = frozenset({"with", "holding", "carrying", "с", "со", "з", "із", "зі"})
_PASSPORT = ("passport", "паспорт")


def _held_citizenship(tokens: list[Token], language: str) -> str | None:
    """The country of a citizenship the people hold, whatever people they are: Kazakh "Қытай
    азаматтығы бар" (having China's citizenship), "ethnic Kazakhs with Chinese citizenship",
    "казахи с китайскими паспортами"."""
    for first, second, third in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if language == "kk":
            country = first.country or first.demonym  # Kazakh "Қытай" is the people and land
            if not country:
                continue
            held = kazakh_fold(third.word.folded) in {"бар", "барлар", "алган"}
            named = {"citizen", "cue:citizenship"} & second.concepts
            if named and held:
                return country
        elif (
            first.word.folded in _HOLDING
            and second.demonym
            and ("cue:citizenship" in third.concepts or third.word.folded.startswith(_PASSPORT))
        ):
            return second.demonym
    return None


_NOT_PEOPLE_AFTER = frozenset({
    "agency", "camp", "camps", "office", "council", "service", "centre", "center",
    "commission", "ministry", "committee", "organisation", "organization", "status", "law",
    "policy", "crisis", "programme", "program", "visa", "visas", "board", "department",
})  # fmt: skip
# English nouns for people a country's name or adjective may stand before ("617 Myanmar
# soldiers", "Italian migrants"), as written and as their stems.
_PEOPLE_NOUNS = frozenset({
    "national", "nationals", "citizen", "citizens", "soldier", "soldiers", "refugee",
    "refugees", "migrant", "migrants", "worker", "workers", "student", "students", "passport",
    "troop", "troops", "deserter", "deserters", "pilgrim", "pilgrims", "tourist", "tourists",
    "nation", "refuge", "peopl", "children", "child", "women", "woman", "men", "man", "famili",
    "passeng", "travel", "asylum", "evacue", "returne", "resid",
})  # fmt: skip


def _read_checkpoints(text: str, placed: list[Placed]) -> None:
    """Mark a border crossing's words with the border's two sides: "через пункт пропуска
    Стурског в Норвегию" crossed from Russia, whoever crossed."""
    for post in find_checkpoints(text):
        inside = [item for item in placed if post.start <= item.start and item.end <= post.end]
        if inside:
            inside[-1].token.concepts |= {
                "checkpoint",
                f"side:{post.country}",
                f"side:{post.other}",
            }


# "Tapachula International Airport": an airport named after its city, which the table of
# airports may not hold.
_CITY_AIRPORT = re.compile(
    r"\b(?P<city>[A-Z][\w'’-]+(?:\s(?!International\b)[A-Z][\w'’-]+)?)\s+"
    r"(?:International\s+)?Airport\b"
)


def _read_airports(text: str, placed: list[Placed]) -> None:
    """Mark an airport's name as a place in its country: "з аеропорту Бен-Гуріон" flew from
    Israel. Its first capitalised word stands for it; its other words name nothing."""
    known = find_airports(text)
    for named_after in _CITY_AIRPORT.finditer(text):
        if any(a.start <= named_after.start() < a.end for a in known):
            continue
        code = world_city_country((fold(named_after["city"]),))
        first = next((item for item in placed if item.start == named_after.start()), None)
        if code is not None and first is not None and not first.token.country:
            first.token.country = code
            first.token.concepts |= {"city", "airport"}
    for airport in known:
        inside = [
            item for item in placed if airport.start <= item.start and item.end <= airport.end
        ]
        named = [item for item in inside if item.token.word.text[:1].isupper()]
        if not named:
            continue
        for item in inside:
            item.token.country = item.token.demonym = None
        named[0].token.country = airport.country
        named[0].token.concepts |= {"city", "airport"}


# Kazakh "this" and "that" in their cases, capitalised at a sentence's start; some read as a
# city's name in the ablative ("Бұдан": from Buda).
_KAZAKH_THIS = frozenset(
    kazakh_fold(word)
    for word in (
        "бұдан", "бұған", "бұны", "мұны", "бұнда", "мұнда", "мұнан", "осыдан", "осыған", "осында",
        "одан", "оған", "онда", "содан", "соған", "сонда", "сонан",
    )
)  # fmt: skip


def _read_cities(text: str, placed: list[Placed], language: str, opening: int) -> None:
    """Mark the cities a sentence names with their country: "рейсами из Москвы в Ереван",
    "Тбилисиден Нұр-Сұлтанға" (from Georgia into Kazakhstan). A dateline's city is the
    story's (it ends at ``opening``), and a capitalised word inside a longer name ("Stanley
    Kubrick") is no city."""
    codes: dict[int, str] = {}
    for position, item in enumerate(placed):
        token = item.token
        # A word of a country's longer name is no city: "Доминикан Республикасы".
        if token.country or token.demonym or token.used or item.start < opening:
            continue
        if not token.word.text[:1].isupper() or position in codes:
            continue
        if kazakh_fold(token.word.folded) in _KAZAKH_THIS:
            continue  # "Бұдан бір апта бұрын": "before this", not "from Buda"
        opened = placed[position - 1].end if position else 0
        quoted = text[opened : item.start].rstrip().endswith(("«", '"', "“", "„"))
        named_port = position and placed[position - 1].token.word.folded.startswith(_PORT_NOUNS)
        if quoted and not named_port:
            # "через «Сан-Ісідро»": a quoted name is a crossing's or a body's, not a city;
            # "аеропорт „Рига“" is the city's airport.
            continue
        code = city_country(token.forms.keys)
        following = placed[position + 1] if position + 1 < len(placed) else None
        last = position
        while last + 1 < len(placed) and text[placed[last].end : placed[last + 1].start] == "-":
            last += 1
        if last - position >= 2:
            # "із Порт-о-Пренса", "from Port-au-Prince": a name of three hyphened words and
            # more, read whole; the preposition marks its first word, Kazakh's case its last.
            joined = fold(text[item.start : placed[last].end])
            whole = world_city_country(forms(joined, language).keys)
            if whole is not None:
                for part in range(position, last + 1):
                    codes[part] = ""
                codes[last if language == "kk" else position] = whole
                continue
        if following is not None and text[item.end : following.start] == "-":
            # "Нұр-Сұлтанға": a hyphenated name, read whole, the city on its second half,
            # which carries the case ending.
            joined = fold(text[item.start : following.end])
            whole = city_country(forms(joined, language).keys)
            cued = _place_cue(placed, position + 1, language, heading=True) or _place_cue(
                placed, position, language, heading=True
            )
            if whole is None and cued:
                # "Тель-Авивтен Алматыға", "to Cap-Haïtien": a GeoNames city people went from
                # or to (Kazakh declines the second half, a preposition comes before the first).
                whole = world_city_country(forms(joined, language).keys)
            if whole is not None:
                # The half the case ending or the preposition marks carries the place.
                first, second = ("", whole) if language == "kk" else (whole, "")
                codes[position], codes[position + 1] = first, second
                continue
        two = _two_word_city(text, placed, position, language) if code is None else None
        if two is not None:
            # "from Kuala Lumpur", "в Буэнос-Айрес": a city named in two words, the first
            # marked, as a preposition marks it.
            codes[position], codes[position + 1] = two, ""
            continue
        if code is None and _place_cue(placed, position, language, heading=True):
            # "з Мілана до Львова", "Жидда арқылы": a city people went from, to or through
            # ("told reporters in Geneva" is where someone spoke).
            code = world_city_country(token.forms.keys)
            region = region_country(token.word.text) if code is not None else None
            if region is not None and region != code:
                # "с Бали": the Indonesian province, not India's town of the same name.
                code = region
        if code is None and _place_cue(placed, position, language, heading=False):
            # "из Дагестана", "Ақтөбе облысы арқылы": a region, for its country, where the
            # words around say a place ("за словами Мельник" names a person).
            code = region_country(token.word.text)
            second = placed[position + 1].token.word.text if position + 1 < len(placed) else ""
            if code is not None and second and region_country(second) == code:
                # "з Нагірного Карабаху", "from Nagorno-Karabakh": a region's two words.
                codes[position], codes[position + 1] = code, ""
                continue
        if code is not None:
            codes[position] = code
    for position, code in codes.items():
        if code and not _in_a_name(placed, position, codes):
            placed[position].token.country = code
            placed[position].token.concepts.add("city")


# Words before a place, and the words for a region after its name.
_PLACE_BEFORE = frozenset({
    "from", "to", "into", "in", "on", "through", "via", "across", "at", "из", "в", "во", "на",
    "до", "через", "с", "со", "по", "з", "із", "зі", "у", "від",
})  # fmt: skip
_REGION_AFTER = frozenset({
    "region", "province", "state", "district", "oblast", "county", "prefecture", "область",
    "области", "областью", "областях", "областей", "областями", "край", "края", "крае",
    "краю", "республика", "республики", "республике", "області", "обл", "облысы", "облысының",
    "облысынан", "облысына", "облысында", "өлкесі", "өлкесінен", "провинция", "провинции",
    "провінція", "провінції", "штат", "штата", "штаті",
    # "the Canary Islands", "Канарские острова": an archipelago's word after its name.
    "island", "islands", "isles", "archipelago", "острова", "островов", "островах",
    "острови", "островів", "аралдары", "аралдарына", "аралдарында",
})  # fmt: skip


# Prepositions of going from, to and through ("in" and "at" say where something was said).
_A_NUMBER_NEXT = re.compile(
    r"\s+(?:(?:almost|nearly|about|around|some|over|more\s+than|a\s+record(?:\s+high\s+of)?|"
    r"a\s+total\s+of)\s+)?\d"
)
_ISLANDS_AFTER = frozenset({"island", "islands", "isles", "archipelago"})
_REACHED = frozenset({"reached", "reach", "reaching", "reaches"})
# English verbs whose particle may follow their object: "sent 300 migrants back", "pushed
# 1,622 people into Bangladesh", "turned 40 travellers away".
_SPLIT_VERBS = frozenset({
    "sent", "send", "sends", "sending", "pushed", "push", "pushes", "pushing", "turned", "turn",
    "turns", "turning", "flew", "fly", "flies", "flying", "flown", "brought", "bring", "brings",
    "bringing", "shipped", "bused", "bussed", "handed", "hand", "hands", "handing",
})  # fmt: skip
_PARTICLES = frozenset({"back", "home", "away", "into", "in", "across", "out"})
# The object between them: a few words, no clause's mark ("1,622" and "1.4" are figures).
_SPLIT_OBJECT_WORDS = 6
# "pushed 303 people they described as illegal immigrants back": "back" may come further.
_SPLIT_BACK_WORDS = 9
_CLAUSE_MARK = re.compile(r"[;:!?()«»\"“”]|[,.](?!\d)")


def _split_phrasal_cues(text: str, placed: list[Placed], cues: list[Token]) -> None:
    """Give a verb the cue its particle makes with it across its object ("sent a dozen
    Venezuelans back": "sent back")."""
    for position, item in enumerate(placed):
        if item.token.word.folded not in _SPLIT_VERBS:
            continue
        mark = _CLAUSE_MARK.search(text, item.end)
        clause_end = mark.start() if mark is not None else len(text)
        for later in range(position + 2, min(position + 2 + _SPLIT_BACK_WORDS, len(placed))):
            if placed[later].start > clause_end:
                break
            particle = placed[later].token.word.folded
            far = later - position - 2 >= _SPLIT_OBJECT_WORDS
            if particle not in _PARTICLES or (far and particle != "back"):
                continue
            pair = [Token(cue.word, cue.forms) for cue in (cues[position], cues[later])]
            match_lexicon(pair, cue_index())
            item.token.concepts |= {f"cue:{concept}" for concept in pair[0].concepts}
            break


_CAME_TO = frozenset({("to", "came"), ("to", "come"), ("to", "comes"), ("to", "coming")})
_HEADING_BEFORE = frozenset({
    "from", "to", "into", "via", "through", "из", "с", "со", "з", "із", "зі", "до", "від",
    "через",
})  # fmt: skip
_INTO_BEFORE = frozenset({"в", "во", "у", "на"})
_PORT_NOUNS = (
    "порт", "port", "місто", "міста", "город", "city", "town", "пристан", "гаван", "аэропорт",
    "аеропорт", "airport", "әуежай",
)  # fmt: skip
_KAZAKH_HEADING = re.compile(r"(?:дан|ден|тан|тен|нан|нен|га|ге|ка|ке|на|не)$")


def _two_word_city(text: str, placed: list[Placed], position: int, language: str) -> str | None:
    """The country of a city named by this capitalised word and the next ("Kuala Lumpur",
    "Abu Dhabi"), after a word of heading or a city of the time zones' table."""
    if position + 1 >= len(placed) or language == "kk":
        return None
    following = placed[position + 1]
    if not following.token.word.text[:1].isupper():
        return None
    if text[placed[position].end : following.start] != " ":
        return None
    joined = fold(text[placed[position].start : following.end])
    third = placed[position + 2] if position + 2 < len(placed) else None
    if (
        third is not None
        and third.token.word.text[:1].isupper()
        and text[following.end : third.start] == " "
        and _place_cue(placed, position, language, heading=True)
    ):
        # "to San Pedro Sula": the name of three words, not "San Pedro" (the Philippines').
        longer = world_city_country((fold(text[placed[position].start : third.end]),))
        if longer is not None:
            return longer
    code = city_country(forms(joined, language).keys)
    if code is None and _place_cue(placed, position, language, heading=True):
        code = world_city_country((joined,))
    return code


def _place_cue(placed: list[Placed], position: int, language: str, *, heading: bool) -> bool:
    """Whether the words around a capitalised word say it is a place: a preposition before
    it, a region's word after it, or (Kazakh) a case ending of place on it. With ``heading``,
    only a place people went from, to or through ("in Geneva" is where someone spoke)."""
    before = placed[position - 1].token.word.folded if position else ""
    after = placed[position + 1].token.word.folded if position + 1 < len(placed) else ""
    word = kazakh_fold(placed[position].token.word.folded)
    if heading:
        kazakh = kazakh_fold(after) == "аркылы" or _KAZAKH_HEADING.search(word) is not None
        # "з порту Дурреса", "до італійського Барі", "to the port of Durres": a port's or a
        # country's word may stand between the preposition and the city.
        earlier = placed[position - 2].token.word.folded if position >= 2 else ""
        between = placed[position - 1].token if position else None
        in_between = between is not None and (
            between.word.folded.startswith(_PORT_NOUNS) or between.demonym is not None
        )
        # "в Казань", "у Стамбул": "в" with the accusative is where to ("в Казани" is where).
        word_text = placed[position].token.word.text
        into = language in {"ru", "uk"} and before in _INTO_BEFORE
        # "в саудовскую Джидду": a country's adjective between "в" and the city's accusative.
        into_past = language in {"ru", "uk"} and in_between and earlier in _INTO_BEFORE
        return (
            before in _HEADING_BEFORE
            or (in_between and earlier in _HEADING_BEFORE)
            or ((into or into_past) and only_accusative(word_text.casefold(), language))
            or (language == "kk" and kazakh)
        )
    kazakh = KAZAKH_CASE.search(word) is not None
    named_after = before.startswith(PLACE_NOUNS)  # "до повіту Марамуреш", "province of Hatay"
    earlier = placed[position - 2].token.word.folded if position >= 2 else ""
    return (
        before in _PLACE_BEFORE
        # "in the Canary Islands", "reached Lanzarote": an English place after "the" or a
        # verb of arriving.
        or (language == "en" and before == "the" and earlier in _PLACE_BEFORE)
        or (language == "en" and before in _REACHED)
        or after in _REGION_AFTER
        or named_after
        or (language == "kk" and kazakh)
    )


def _in_a_name(placed: list[Placed], position: int, places: dict[int, str]) -> bool:
    """Whether a capitalised word is part of a longer name, not a place named alone: a
    capitalised word beside it that is no place itself."""
    for other in (position - 1, position + 1):
        if not 0 <= other < len(placed) or other in places:
            continue
        token = placed[other].token
        if token.country or token.demonym:
            continue
        if other > position and token.word.folded in _ISLANDS_AFTER:
            continue  # "the Canary Islands": the archipelago's word, no other name
        opens = other == 0 or token.word.opens  # the sentence's first word ("🇬🇪 Дүйсенбіде")
        if token.word.text[:1].isupper() and not (other < position and opens):
            return True
    return False


# A name in quotation marks: a few words, the first capitalised, no sentence inside.
_QUOTED_NAME = re.compile(r"[«“\"„]([A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][^«»“”\"„.!?:;]{0,60})[»”\"“]")
_LONGEST_NAME = 4


# Words whose stem is a cue's ("department" is "depart"'s) and that name bodies or places, not
# moves: "the Department of Immigration", "қабылдау орталығы" (a reception centre).
_NO_CUE = frozenset({"department", "departments", "immigration", "қабылдау", "депортациялық"})
_KAZAKH_WITHOUT = re.compile(r"(?:сыз|сіз)(?:дар|дер|ға|ге|да|де|дың|дің)?$")


# A number or "Today" right after a country's name makes the name a channel's: "France 24",
# "Ukraine 24", "Russia Today".
_CHANNEL_AFTER = re.compile(
    r"\s+(?:\d{1,2}|Today)(?=\s*(?:[.,;:)»\"”]|$|\s+(?:that|on|in|as|about|said|says|reported|"
    r"reports|quoted|citing|and)\b))"
)


def _waged_after(tokens: list[Token], position: int) -> bool:
    """Whether an English country's name is followed by what it waged: "Russia's invasion",
    "Russia's full-scale invasion"."""
    for later in tokens[position + 1 : position + 4]:
        if not _WAGED.isdisjoint(later.forms.keys):
            return True
        if later.word.folded not in _WAR_ADJECTIVES:
            return False
    return False


_WAR_ADJECTIVES = frozenset({"full", "scale", "full-scale", "all-out", "brutal", "unprovoked"})


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Where the names in quotation marks are: a centre «Дорога додому» or an operation
    "Safe Return" names no flow, whatever its words say."""
    return [
        match.span(1)
        for match in _QUOTED_NAME.finditer(text)
        if len(match.group(1).split()) <= _LONGEST_NAME
    ]


def _drop_attributive_moves(tokens: list[Token]) -> None:
    """A Kazakh participle before a thing's noun describes the thing; the sentence's own verb
    comes last and says what its figure counts: "Бакуден ұшқан рейстермен ... азаматы жетті"
    (arrived on flights that flew from Baku). The participle's move is dropped when a later
    word names a move. One before the people or their figure ("Ресейден келген 500 адам")
    still tells what they did."""
    for position, (token, following) in enumerate(itertools.pairwise(tokens)):
        moves = token.concepts & MOVE_CUES
        if not moves or not _KAZAKH_PARTICIPLE.search(kazakh_fold(token.word.folded)):
            continue
        if not following.word.text.isalpha() or "cue:not_people" not in following.concepts:
            continue
        if any(word.concepts & MOVE_CUES for word in tokens[position + 2 :]):
            token.concepts -= moves


# A Kazakh people's word ("-лық", "-лік", "-дық", "-тық") in the plural, folded: "қазақстандықтар".
_KAZAKH_PEOPLE_PLURAL = re.compile(
    r"(?:лык|лик|дык|дик|тык|тик)(?:тар|тер|дар|дер|лар|лер|(?:ка|ке|га|ге)$)"
)


def _whole_name(text: str, code: str, language: str) -> bool:
    """Whether ``text`` is the country's everyday name in ``language``, whole ("Чад")."""
    return country_names(language).get(code, "").casefold() == text.casefold()


# A currency's word after a country's or a people's ("500 US dollars", "200 Danish kroner",
# "500 американских долларов"): the English names, and Russian, Ukrainian and Kazakh stems.
_CURRENCY_STEMS = (
    "доллар", "долар", "евро", "євро", "фунт", "рубл", "рубел", "гривн", "гривен", "тенге",
    "теңге", "юан", "иен", "єн", "крон", "франк", "песо", "лир", "динар", "дирхам",
)  # fmt: skip
# A body of water named after a country: "the Gulf of Guinea", "the Bay of Bengal".
_WATERS = frozenset({"gulf", "bay", "sea", "strait", "straits"})


def _not_places_of_money_or_seas(tokens: list[Token]) -> None:
    """No one goes to "US dollars", "Danish kroner" or "the Gulf of Guinea"."""
    for position, token in enumerate(tokens):
        if not (token.country or token.demonym):
            continue
        after = tokens[position + 1].word if position + 1 < len(tokens) else None
        # In lower case: "Sierra Leone" is a country, its "leones" money.
        money = (
            after is not None
            and after.text[:1].islower()
            and (after.folded in CURRENCY_WORDS or after.folded.startswith(_CURRENCY_STEMS))
        )
        water = (
            position >= 2
            and tokens[position - 1].word.folded == "of"
            and tokens[position - 2].word.folded in _WATERS
        )
        if money or water:
            token.country = token.demonym = None


def read_words(text: str, language: str, *, line: bool = True) -> SentenceWords:
    """The tokens of one sentence, marked by the lexicons. ``line``: the text opens a line of
    the article, and may open with a dateline; a sentence inside a paragraph, a body's name
    or a post (False) does not."""
    placed: list[Placed] = []
    compounds: set[int] = set()
    for match in _WORD.finditer(text):
        typed = unicodedata.normalize("NFKC", match.group())
        if typed.endswith(".") and typed[:1].isupper():
            typed = typed.replace(".", "")
        if typed.casefold().endswith(("'s", "’s")):
            typed = typed[:-2]
        before = text[: match.start()].rstrip()
        opens = not before or before[-1] in '.?!…:;—–-"«“(\n'
        word = Word(typed, fold(typed), typed.isupper() and len(typed) > 1, opens)
        looked_up = word.folded
        if _COMPOUND_FIRST.search(looked_up) and text[match.end() : match.end() + 1] == "-":
            # "польсько-український", "российско-грузинская": the first half is an adjective
            # of its own, "польський", "российский".
            looked_up = looked_up[:-1] + "ий"
            compounds |= {len(placed), len(placed) + 1}
        placed.append(Placed(match.start(), match.end(), Token(word, forms(looked_up, language))))
    tokens = [item.token for item in placed]
    match_lexicon(tokens)
    for previous, token in zip([None, *tokens], tokens, strict=False):
        north = previous is not None and previous.word.folded.startswith(_NORTH)
        if token.country is None and not north and _KOREA.match(token.word.folded):
            # "Korea", "Кореядан" alone in news is South Korea (as "Korean" is, in
            # bot.language.demonyms); a reader's question asks which (bot.language.countries).
            token.country = "KOR"
    cues = [Token(t.word, t.forms) for t in tokens]
    match_lexicon(cues, cue_index())
    named = _quoted_names(text)
    for position, (item, cue) in enumerate(zip(placed, cues, strict=True)):
        quoted = any(start <= item.start < end for start, end in named)
        # Kazakh "-сыз", "-сіз" is "without": "тіркеусіз" (unregistered) registered no one.
        without = language == "kk" and _KAZAKH_WITHOUT.search(item.token.word.folded)
        if not quoted and item.token.word.folded not in _NO_CUE and not without:
            item.token.concepts |= {f"cue:{concept}" for concept in cue.concepts}
        if item.token.word.folded == "home":
            # "sent 300 migrants home": where they went; "homes" are houses counted.
            item.token.concepts.discard("cue:not_people")
        if item.token.word.folded in _REACHED and _A_NUMBER_NEXT.match(text, item.end):
            # "Departures reached 10,000 a day": a count reached a number; no one arrived.
            item.token.concepts.discard("cue:enter")
        came = placed[position - 1].token if position else None
        if (
            came is not None
            and (item.token.word.folded, came.word.folded) in _CAME_TO
            and _A_NUMBER_NEXT.match(text, item.end)
        ):
            # "The total came to 5,000": a sum, no one's arrival.
            item.token.concepts.discard("cue:enter")
            came.concepts.discard("cue:enter")
    if language == "en":
        _split_phrasal_cues(text, placed, cues)
    if language == "kk":
        for token, following in itertools.pairwise(tokens):
            later = kazakh_fold(following.word.folded)
            if later.startswith(_KAZAKH_TIME_WORDS) or _KAZAKH_MONTH.fullmatch(later):
                # "өткен аптада" is last week; "16 мыңнан астам адам өткен" crossed.
                token.concepts.discard("cue:cross")
        _drop_attributive_moves(tokens)
    # An article names countries as proper names: a lower-case word is a people at most.
    find_places(tokens, language, fuzzy=False)
    for token in tokens:
        # Kazakh names a people and its country alike ("қытай", "Қытайдан"): with a case
        # ending it is the country, from, to or in it.
        if (
            language == "kk"
            and token.demonym
            and KAZAKH_CASE.search(kazakh_fold(token.word.folded))
            # "қазақстандықтардан", "ресейліктерден": a people's word, many of them, in a
            # case, is still the people ("from the Kazakhstanis"); so is one of them told
            # something ("бес қазақстандыққа рұқсат берілмеген").
            and not _KAZAKH_PEOPLE_PLURAL.search(kazakh_fold(token.word.folded))
        ):
            token.country, token.demonym = token.demonym, None
        if (
            language == "kk"
            and token.country
            and _KAZAKH_ACCUSATIVE.search(kazakh_fold(token.word.folded))
        ):
            # "Ресейді таңдаған" (chose Russia): an object, neither left nor entered.
            token.concepts.add(f"object:{token.country}")
            token.country = None
    _not_places_of_money_or_seas(tokens)
    _read_cities(text, placed, language, dateline_end(text) if line else 0)
    _read_airports(text, placed)
    _read_checkpoints(text, placed)
    if language == "en":
        for item in placed:
            if item.token.country and _CHANNEL_AFTER.match(text, item.end):
                # "in an interview with France 24", "Russia Today reported": a channel's name
                # says where no one went.
                item.token.country = None
    via_at = via_run = -9
    for position, token in enumerate(tokens):
        before = tokens[position - 1].word.folded if position else ""
        after = tokens[position + 1].word.folded if position + 1 < len(tokens) else ""
        # "через Джакарту и Стамбул", "via Jakarta and Istanbul", "через Латвію, Литву та
        # Польщу": every country listed was passed through.
        comma = position - via_at == 1 and (
            text[placed[via_at].end : placed[position].start].strip() == ","
        )
        listed = (position - via_at == 2 and before in CONJUNCTIONS) or comma
        # "с пересадкой в Аддис-Абебе", "з пересадкою в Стамбулі", "with a layover in Doha".
        changed = position >= 2 and tokens[position - 2].word.folded in _CHANGE_OF_PLANE
        # "через пункт пропуска «Верхний Ларс» и территорию Грузии", "via the Upper Lars
        # crossing and Georgia": the way through runs on, over a checkpoint or a territory's
        # word, until another preposition says where from or to.
        if before in _VIA_BEFORE:
            via_run = position
        elif (
            token.concepts & {"from_preposition", "into_preposition"}
            or position - via_run > 6
            # "через границу между Казахстаном и Россией": the border's sides, not a way.
            or token.word.folded in _BETWEEN
        ):
            via_run = -9
        through = via_run >= 0 and before in CONJUNCTIONS | _TERRITORY and position > via_run
        via = before in _VIA_BEFORE or listed or kazakh_fold(after) == "аркылы" or changed
        via = via or through
        if token.country and via:
            # "приехавших через Россию", "via Poland", "Ресей арқылы": passed through, neither
            # left nor entered.
            token.concepts.add(f"via:{token.country}")
            token.country = None
            via_at = position
        previous_keys = set(tokens[position - 1].forms.keys) if position else set()
        if token.country and language == "en" and _waged_after(tokens, position):
            # "Russia's full-scale invasion", "Russia's war": who waged it, not where anyone
            # went.
            token.country = None
        if token.country and not previous_keys.isdisjoint(_WAGED):
            # "вторгнення Росії", "Russia's invasion": who waged it, not where anyone went.
            token.country = None
    for position, token in enumerate(tokens[:-1]):
        # "the Italian island of Lampedusa", "Czech police", "нідерландські муніципалітети":
        # a people's adjective before a place or before the authorities counting is where it
        # happened, not whose citizens they are.
        following = tokens[position + 1]
        nouns = set(following.forms.keys)
        if position + 2 < len(tokens) and following.word.folded == "border":
            nouns |= set(tokens[position + 2].forms.keys)  # "Azerbaijani border guards"
        with_it = position and tokens[position - 1].word.folded in WITH
        # "із сенегальського боку", "со стороны": from it (the genitive), not with it.
        with_it = with_it and following.word.folded not in _FROM_A_SIDE
        if with_it and not nouns.isdisjoint(_SIDES):
            continue  # "по договорённости с афганской стороной": with whom, not where
        # "до італійського Барі": a people's adjective between a preposition of heading and
        # a capitalised name is that place's country, whatever the name.
        named_place = (
            position > 0
            and tokens[position - 1].word.folded in _HEADING_BEFORE
            and following.word.text[:1].isupper()
            and following.demonym is None
        )
        if token.demonym and (not nouns.isdisjoint(_PLACES_AND_AUTHORITIES) or named_place):
            token.country, token.demonym = token.demonym, None
            token.concepts.add("where")
            if not nouns.isdisjoint(_STUDY):
                # "на учёбу в российские вузы", "left to study at Russian universities":
                # where people went to study, whatever the preposition.
                token.concepts.add("heading")
    for position in compounds & set(range(len(tokens))):
        # The two sides of "польсько-український кордон" are no one's citizens.
        token = tokens[position]
        if token.demonym:
            token.concepts.add(f"side:{token.demonym}")
            token.demonym = None
    for token in tokens:
        text = token.word.text
        # A country is a proper name; a short one ("St", "Ad") only as a code in capitals.
        if "where" in token.concepts:
            continue  # "белорусские пограничники": an adjective, in lower case
        short = (
            len(text) <= 3
            and not text.isupper()
            and not {"city", "name_of_words"} & token.concepts
            # "в Чад": a country's whole name, however short.
            and not (token.country and _whole_name(text, token.country, language))
        )
        # "Кот-д'Ивуарға": a name's last word, declined, may start in lower case.
        lower = not text[:1].isupper() and "name_of_words" not in token.concepts
        if token.country and (lower or short):
            token.country = None
    return SentenceWords(placed)
