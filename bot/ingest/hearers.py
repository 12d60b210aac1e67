"""Who heard or relayed what a speaker said, in the words around a reporting verb: the outlet
told ("In an interview with the BBC", "в интервью агентству dpa", "«Известиям» сообщили",
"Tengrinews тілшісіне"), and the outlet that relays ("X, quoted by Antara, said", "X, слова
которого приводит ТАСС, сообщило", "was quoted by the Daily Star as saying").
``bot.ingest.reporting`` uses these to give a cue its outlet; the speaker is read there.
"""

from __future__ import annotations

import re

from bot.ingest.speaker_names import latin

__all__ = [
    "EN_QUOTED_BY",
    "INTERVIEW_END",
    "QUOTED_BY",
    "QUOTED_HEARER",
    "RELATIVE_RELAY",
    "TALK",
    "TOLD_FIRST",
    "kazakh_hearer",
]

# Where an outlet was told: "в интервью", "в беседе с", "в комментарии для", "у коментарі".
TALK = (
    r"(?:интервью|інтерв['’]ю|беседе\s+с|разговоре\s+с|розмові\s+з|эфире|ефірі|"
    r"комментарии(?:\s+для)?|коментарі(?:\s+для)?)"
)
# "X в интервью агентству dpa сообщила", "Y в ефірі телемарафону заявив".
INTERVIEW_END = re.compile(r"(?:^|\s+)(?:в|у)\s+" + TALK + r"\s+(?P<y>[^,;:]{2,60}?)\s*$")
# "«Известиям» сообщили", "«Медузе» рассказали": a quoted outlet told, in the dative.
QUOTED_HEARER = re.compile(
    r"(?:^|\s+)[«\"“„](?P<y>[^«»\"“”„]{1,40}(?:ам|ям|у|ю|і|ові|еві|е))[»\"”“]\s*$"
)
# "X, слова которого приводит ТАСС,", "X, на яке посилається Укрінформ,": the relay.
RELATIVE_RELAY = re.compile(
    r"(?i),\s*(?:слова\s+(?:которого|которой|которых|якого|якої|яких)\s+(?:привод(?:ит|ят)|"
    r"цитиру(?:ет|ют)|переда[её]т|навод(?:ить|ять)|цитує|переда[єю])|на\s+(?:которого|"
    r"которую|которое|которых|якого|яку|яке|яких)\s+(?:ссыла(?:ется|ются)|посила(?:ється|"
    r"ються)))\s+(?P<y>[^,;:]+?)\s*,\s*$"
)
# "Police spokesman Ahmed Ali was quoted by the Daily Star as saying that ...".
QUOTED_BY = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:quoted|cited)\s+by\s+(?P<outlet>[^,;:]{2,60}?)\s+as\s+"
    r"saying(?:\s+that)?\b"
)
# "Budi Santoso, quoted by Antara, said": the agency relayed what he said.
EN_QUOTED_BY = re.compile(r",\s*(?:as\s+)?(?:quoted|cited)\s+by\s+(?P<y>[^,;:]{2,60}?)\s*,\s*$")
# "In an interview with the BBC, ...", "Speaking to Reuters, ...": whom the speaker told.
TOLD_FIRST = re.compile(
    r"^\s*(?:[Ii]n an? (?:interview|conversation) with|[Ss]peaking to|[Tt]alking to|"
    r"[Ii]n comments to|[Ii]n a statement to)\s+(?P<y>[^,;:]{2,60}?)\s*,\s*"
)
# "Tengrinews тілшісіне", "Azattyq Radio тілшісіне", "«Шығыс шұғыласы» газетіне": the outlet a
# Kazakh speaker told (its correspondent, its paper, its channel), in the dative.
_KK_HEARER = re.compile(
    r"\s(?:агенттігіне|тілшісіне|тілшілеріне|басылымына|сайтына|порталына|телеарнасына|"
    r"газетіне|радиосына|арнасына)(?!\w)"
)
_KK_QUOTED_END = re.compile(r"«[^»]{1,40}»\s*$")


def kazakh_hearer(left: str) -> tuple[str, str] | None:
    """The outlet told before a Kazakh verb ("Tengrinews тілшісіне", "Press Trust of India
    агенттігіне"), and the words without it."""
    kind = _KK_HEARER.search(left)
    if kind is None:
        return None
    before = left[: kind.start()]
    quoted = _KK_QUOTED_END.search(before)
    if quoted is not None:
        start = quoted.start()
    else:
        tokens = list(re.finditer(r"\S+", before))
        if not tokens:
            return None
        at = len(tokens) - 1
        # A Latin name runs back over its capitalised words: "Press Trust of India".
        while at > 0 and latin(tokens[at - 1].group()) and latin(tokens[at].group()):
            if not (tokens[at - 1].group()[:1].isupper() or tokens[at - 1].group() == "of"):
                break
            at -= 1
        start = tokens[at].start()
    outlet = before[start:].strip().strip("«»")
    return outlet, " ".join(f"{before[:start]} {left[kind.end() :]}".split())
