"""What a figure counts, in the article's own words: the people after the number ("граждан
России", "citizens of Kazakhstan", "Қазақстан азаматы", "new arrivals"), up to where what
they did, when or where begins."""

from __future__ import annotations

import re

from bot.ingest.clauses import KAZAKH_CASE, SentenceWords
from bot.ingest.figures import FoundFigure
from bot.ingest.periods import FoundDate
from bot.language.text import kazakh_fold
from bot.language.tokens import Token

__all__ = ["PEOPLE", "counted_words"]

# A Kazakh figure that is a part "of them": "76-сы", "1 870-і", "420-дан астамы", "мыңы".
_KAZAKH_OF_THEM = re.compile(r"(?:\d-(?:сы|сі|ы|і)|астамы|асы|жуығы|мыңы|мыңнан астамы)$")
# A Kazakh verb's "-ып/-іп" form: "ұсталып", "жіберіліп", "келіп".
_KAZAKH_CONVERB = re.compile(r"\w{2,}(?:ып|іп|уп)$")
# A Kazakh noun's accusative: "қазақстандықты", "азаматын", "адамды".
_KAZAKH_ACCUSATIVE = re.compile(r"\w{3,}(?:ты|ті|ды|ді|ны|ні|ын|ін)$")
# What a count is of when the text says only "7,000 left": the article's word for people.
PEOPLE = {"en": "people", "ru": "человек", "uk": "осіб", "kk": "адам"}
# Words that end what a figure counts: a verb's auxiliary, a preposition of where or when.
_COUNTED_STOP = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "would", "who", "which", "that",
     "from", "to", "into", "in", "at", "on", "since", "by", "for", "through", "across", "a",
     "per", "every", "each", "over", "during", "within", "after", "before", "also", "still",
     "в", "во", "из", "с", "со", "на", "по", "за", "до", "через", "из-за", "уже", "ещё", "еще",
     "которые", "который", "у", "з", "із", "від", "які", "який", "вже", "ще", "щодня",
     "ежедневно", "также", "також", "бері", "бастап", "дейін", "ішінде", "trying",
     "attempting", "seeking", "hoping", "waiting", "пытавшихся", "намагалися", "против",
     "проти", "against", "versus", "vs", "out", "неделей", "месяцем", "днём", "днем", "тижнем",
     "годом", "роком",
     "місяцем", "был", "была", "было", "были", "будет", "будут", "могли", "смогли",
     "могут", "стали", "був", "була", "було", "були", "буде", "будуть", "змогли", "можуть",
     # A qualifier opens the next figure: "7 мың ресейліктің шамамен 40%-ы".
     "шамамен", "кемінде", "около", "примерно", "почти", "более", "свыше", "близько",
     "приблизно", "майже", "понад", "about", "around", "almost", "nearly", "some",
     # What was done to them, after them: "38 Guyanese found working without permits".
     "found", "caught", "detained", "arrested", "held",
     # "escorted 240 migrants back to the border": the way, not who.
     "back"}
)  # fmt: skip
# Cues that name people: what a figure counts may be said by one ("40,000 refugees").
_PEOPLE_CUES = frozenset({"cue:refugee", "cue:asylum_seekers", "cue:kandas"})
# Nouns of people by their move: "2,000 new arrivals", "3,200 Chadian returnees".
_MOVERS = frozenset(
    {"arrivals", "returnees", "deportees", "evacuees", "emigrants", "immigrants",
     "repatriates", "newcomers", "возвращенцев", "репатриантов", "переселенцев", "эмигрантов",
     "повернених", "репатріантів", "переселенців", "емігрантів"}
)  # fmt: skip


def counted_words(
    text: str,
    language: str,
    figure: FoundFigure,
    words: SentenceWords,
    end: int,
    dates: list[FoundDate],
) -> str:
    """The words that say what a figure counts, as the text writes them ("граждан России",
    "citizens of Kazakhstan", "new arrivals"); "" when the words after it say none, or when it
    is a part "of them" (Kazakh "олардың 76-сы")."""
    written = text[figure.start : figure.end]
    if language == "kk" and _KAZAKH_OF_THEM.search(written):
        # "олардың 76-сы", "тағы 420-дан астамы": of them, the people counted before; the
        # words after it say where they went.
        return ""
    taken: list[str] = []
    taken_tokens: list[Token] = []
    last = figure.end
    previous: Token | None = None
    for position, placed in enumerate(words.words):
        if placed.start < figure.end:
            continue
        if placed.start >= end or len(taken) >= 6:
            break
        gap = text[last : placed.start]
        token = placed.token
        if (taken and re.search(r"[,.;:!?()«»\"“”]|\s[—–]", gap)) or (
            not taken and re.search(r"[,;:!?()]", gap)
        ):
            break
        cues = {c for c in token.concepts if c.startswith("cue:")}
        people_noun = (
            bool(cues & _PEOPLE_CUES) and cues <= _PEOPLE_CUES | {"cue:asylum"}
        ) or token.word.folded in _MOVERS
        if not people_noun and (cues or token.concepts & {"into", "out"}):
            # "40 тысяч беженцев", "2,000 asylum seekers": the cue is who they are.
            break
        if token.country and previous is not None and language in {"ru", "uk", "en"}:
            # "citizens of the Kyrgyz Republic": the article says nothing of whose.
            before = [t for t in taken_tokens if t.word.folded != "the"]
            if "citizen" in previous.concepts or (
                # "citizens of Kazakhstan": whose citizens, said with them.
                len(before) >= 2
                and before[-1].word.folded == "of"
                and "citizen" in before[-2].concepts
            ):
                # "граждан России", "громадян України": whose citizens, said with them; a
                # name of several words whole ("граждан Российской Федерации").
                name_end = _name_end(words, position)
                taken.append(text[placed.start : name_end])
            break
        if language == "kk" and not taken and (token.country or token.used):
            # "Ресей Федерациясының": a Kazakh name's country is on its last word.
            head = _name_head(words, position)
            following = words.words[head + 1] if head + 1 < len(words.words) else None
            if following is not None and "citizen" in following.token.concepts:
                # "4 мыңға жуық Қазақстан азаматы": the country before its citizens.
                taken.append(text[placed.start : following.end])
            if token.country or words.words[head].token.country:
                break
        if token.word.folded in _COUNTED_STOP or token.country or token.word.text.isdigit():
            break
        if any(d.start <= placed.start < d.end for d in dates):
            break  # "120 Belarusians last week": when, not who
        if language == "kk" and _KAZAKH_CONVERB.search(token.word.folded):
            break  # "17 қазақстандық ұсталып": what was done to them, not who
        if language == "kk" and KAZAKH_CASE.search(kazakh_fold(token.word.folded)):
            # "369 мыңы елден кетті": "from the country" says where, not who.
            break
        taken.append(text[placed.start : placed.end])
        taken_tokens.append(token)
        last, previous = placed.end, token
        if language == "kk" and _KAZAKH_ACCUSATIVE.search(token.word.folded):
            break  # "5 қазақстандықты ұстады": the people, then what was done to them
    return " ".join(taken)


def _name_end(words: SentenceWords, position: int) -> int:
    """Where the name whose first word is at ``position`` ends: the words its phrase took
    after it ("Российской Федерации", "Kyrgyz Republic")."""
    end = position
    while end + 1 < len(words.words) and words.words[end + 1].token.used:
        end += 1
    return words.words[end].end


def _name_head(words: SentenceWords, position: int) -> int:
    """The word that carries the country of the Kazakh name that ``position`` is in: its last
    ("Ресей Федерациясының"); ``position`` itself for a name of one word."""
    head = position
    while words.words[head].token.used and head + 1 < len(words.words):
        head += 1
    return head
