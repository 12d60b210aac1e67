"""A denial that points back at a figure told before it, in its own clause or sentence: "...,
but the Border Guard said the figure was wrong", "The ministry called the figure exaggerated.",
"В погранслужбе назвали эту цифру преувеличенной", "У ДПСУ назвали ці дані фейком", "Шекара
қызметі бұл ақпаратты жоққа шығарды". The words that point back; what denies is the cue
lexicon's."""

from __future__ import annotations

import re

__all__ = ["back_reference"]

# "the figure", "that number", "such reports", "эту цифру", "эти данные", "ці дані", "бұл сан".
_BACK_REFERENCE = re.compile(
    r"(?i)(?<!\w)(?:(?:the|that|this|those|these|such)\s+(?:figures?|numbers?|estimates?|"
    r"claims?|reports?|data|counts?|totals?)|"
    r"(?:эт(?:у|и|от|а|о|ой|им)|так(?:ие|ую|ая|ое|ой|им))\s+(?:цифр\w*|данн\w*|информаци\w*|"
    r"сообщени\w*|числ\w*|сведени\w*|оценк\w*)|"
    r"(?:ц(?:ю|і|ей|я|ими|их)|так(?:і|у|а|ий|е|ими))\s+(?:цифр\w*|дан(?:і|их|ими)|"
    r"інформаці\w*|повідомлен\w*|кількіст\w*|оцінк\w*)|"
    r"(?:бұл|осы|мұндай)\s+(?:сан\w*|цифр\w*|ақпарат\w*|дерек\w*|көрсеткіш\w*|мәлімет\w*|"
    r"хабар\w*))(?!\w)"
)


def back_reference(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Words in ``text`` [start, end) that point back at a figure said before: "the figure",
    "эту цифру", "ці дані", "бұл ақпарат"."""
    return _BACK_REFERENCE.search(text, start, len(text) if end is None else end)
