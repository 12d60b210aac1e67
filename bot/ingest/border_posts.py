"""People put through a border post: "border police officers at the Moravița checkpoint
checked more than 46,000 people", "на КПП «Верхний Ларс» оформили 6 тысяч человек", "на кордоні
з Польщею оформили 40 тисяч осіб", "шекарашылар 4 мың жолаушыны рәсімдеп жатыр". Checked or
processed, they crossed the border, whichever way; no one registered as anything."""

from __future__ import annotations

import re

__all__ = ["put_through_a_post"]

# What officers at a post do to everyone who crosses. ("Пропустили", "өткізілді": let
# through, by a state's guards, is read as let in, as curators read it.)
_PUT_THROUGH = {
    "en": re.compile(r"(?i)\b(?:checked|processed|cleared|screened|inspected|handled)\b"),
    # Verbs, not the noun ("вікна для оформлення").
    "ru": re.compile(r"(?i)(?<!\w)оформ(?!\w*(?:ние|ния|нию|нием|нии)(?!\w))\w*"),
    "uk": re.compile(r"(?i)(?<!\w)оформ(?!\w*(?:ння|нню|нням|нні)(?!\w))\w*"),
    # "шекарашылар тәулігіне 4 мыңнан астам жолаушыны рәсімдеп жатыр".
    "kk": re.compile(r"(?i)(?<!\w)рәсімде(?:п|ді|лді|лген|ген|уде|йді)\w*"),
}
# A border, its post or its guards, anywhere in the sentence.
_A_POST = {
    "en": re.compile(
        r"(?i)\b(?:checkpoints?|border|frontier|crossing\s+points?|border\s+posts?|"
        r"ports?\s+of\s+entry|border\s+crossings?)\b"
    ),
    "ru": re.compile(
        r"(?i)(?<!\w)(?:КПП|МАПП|пункт\w*\s+пропуск\w*|погранперех\w*|границ\w*|погранич\w*|"
        r"погранслужб\w*)"
    ),
    "uk": re.compile(r"(?i)(?<!\w)(?:КПП|пункт\w*\s+пропуск\w*|кордон\w*|прикордон\w*|ДПСУ)"),
    "kk": re.compile(r"(?i)(?<!\w)(?:бекет\w*|шекара\w*|өткізу\s+пункт\w*)"),
}
# What an officer may "process" or a state "оформить" that is no crossing: papers and status.
_PAPERS = re.compile(
    r"(?i)(?<!\w)(?:applications?|claims?|visas?|permits?|passports?|вид\w*\s+на\s+жительство|"
    r"посвідк\w*|статус\w*|убежищ\w*|притулк\w*|защит\w*|захист\w*|гражданств\w*|"
    r"громадянств\w*|виз[аыу]\w*|віз[аи]?\w*|паспорт\w*|документ\w*)"
)


def put_through_a_post(text: str, language: str, area: tuple[int, int]) -> re.Match[str] | None:
    """The verb that says people were put through a border post in ``area`` of the sentence
    ``text``, when the sentence speaks of a border and of no papers; else None."""
    put = _PUT_THROUGH.get(language)
    if put is None:
        return None
    verb = put.search(text, *area)
    if verb is None or not _A_POST[language].search(text) or _PAPERS.search(text, *area):
        return None
    return verb
