"""Figures given "respectively" to the countries listed before them: "граждане Узбекистана и
Таджикистана: 31 тысяча и 22,5 тысячи соответственно", "citizens of Uzbekistan and
Tajikistan, 31,000 and 22,500 respectively", "відповідно", "тиісінше". Each figure is its own
country's, in whatever roles the first figure's country was read in (where they went, or whose
citizens they are); read alone, every figure but the first would take the nearest country or
none."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.ingest.candidates import Candidate
from bot.ingest.clauses import read_words

__all__ = ["each_its_own"]

_RESPECTIVELY = re.compile(
    r"(?i)(?<!\w)(?:respectively|соответственно|відповідно|тиісінше|сәйкесінше)(?!\w)"
)
_ROLES = ("origin", "destination", "citizenship")


def each_its_own(text: str, language: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates of one sentence (``text``), each given its own country of a list the
    sentence calls "respectively"; unchanged where it does not, or the list and the figures
    do not pair up."""
    if len(found) < 2 or not _RESPECTIVELY.search(text):
        return found
    first_at = text.find(found[0].figure_text)
    if first_at < 0:
        return found
    named: list[str] = []
    for placed in read_words(text, language).words:
        code = placed.token.country or placed.token.demonym
        if placed.start >= first_at:
            break
        if code is not None and code not in named:
            named.append(code)
    if len(named) < len(found):
        return found
    codes = named[-len(found) :]
    # The roles the first figure's country was read in; read alone, it may have taken the
    # list's last country, the nearest ("Өзбекстан мен Тәжікстан азаматтары: тиісінше 31 мың").
    roles = [role for role in _ROLES if getattr(found[0], role) in codes]
    if not roles:
        return found
    paired = []
    for candidate, code in zip(found, codes, strict=True):
        own = {role: _own_role(candidate, role, roles, code, codes) for role in _ROLES}
        # Its noun is the first's: read alone it would be "respectively".
        paired.append(
            replace(
                candidate,
                counted=found[0].counted,
                origin=own["origin"],
                destination=own["destination"],
                citizenship=own["citizenship"],
            )
        )
    return paired


def _own_role(
    candidate: Candidate, role: str, roles: list[str], code: str, codes: list[str]
) -> str | None:
    """A candidate's country in ``role``: its own list country in the roles the first took;
    none in the others where it holds one of the list's (read from its neighbours)."""
    if role in roles:
        return code
    held: str | None = getattr(candidate, role)
    return None if held in codes else held
