"""Figures of what has not happened: what someone expects, forecasts, plans or says may come,
and what would have happened had something else.

"The agency expects up to 20,000 to leave", "число уезжающих может вырасти до 30 тысяч",
"очікується близько 24 тисяч заяв", "100 мыңға жуық мигрант кетеді деп күтілуде": no one has
moved yet, so none of them is a flow a curator would store. A figure someone is unsure of in
the past ("as many as 5,000 may have crossed") is not one of these: it did happen.
"""

from __future__ import annotations

import re

__all__ = ["foreseen"]

# Words that make a figure what someone means or is ready to do: "has ordered the expulsion
# of", "is ready to take in", "готова принять", "має намір прийняти"; Kazakh after it.
_MEANT = re.compile(
    # "plans by the end of the year to return": when, between the plan and its verb.
    r"(?i)(?:\b(?:plans?|planned|intends?|intended|vowed|promised|pledged)\s+"
    r"(?:(?!that\b|and\b)\w+\s+){1,6}?to\s+\w+(?:\s+in)?\s+(?:\w+\s+){0,3}$|"
    r"\b(?:ordered|announced|plans?|planned|intends?|intended|vowed|promised|pledged|"
    r"(?:is|are|was|were)\s+(?:ready|prepared|willing))\s+(?:to\s+\w+(?:\s+in)?\s+|the\s+"
    r"(?:expulsion|deportation|removal|return|relocation|resettlement|admission)\s+of\s+)"
    r"(?:\w+\s+){0,3}$|(?:готов[аоыі]?|намерен[аоы]?|планиру\w+|собира\w+|обещал\w*|"
    r"рассчитыва\w+|розраховує|розраховують|сподіва\w+|надеет\w*|"
    # "планирует до конца года вернуть": when, between the plan and its verb.
    r"має\s+намір|мають\s+намір|планує|планують|пообіця\w+)\s+(?:\w+\s+){0,4}?(?:принять|"
    r"выслать|депортировать|вернуть|отправить|вывезти|прийняти|вислати|депортувати|повернути|"
    r"відправити|вивезти)\s+(?:\S+\s+){0,3}$)"
    # "the government's target of 10,000 deportations a week", "поставило задачу выдворять
    # до 10 тысяч": an aim, not a count.
    r"|\b(?:target|goal|aim|ceiling)\s+of\s+(?:up\s+to\s+|some\s+|about\s+|around\s+)?$"
    # "preparing for as many as 15,000 further arrivals", "wants to attract 500 returnees a
    # year": ready for, or after, what has not come.
    r"|\b(?:preparing|prepares|prepared|bracing|braced|planning)\s+for\s+(?:\w+\s+){0,3}$"
    r"|\b(?:wants?|aims?|hopes?|seeks?|wishes)\s+to\s+(?:attract|bring|welcome|receive|"
    r"resettle|admit|take\s+in|relocate|recruit)\s+(?:\w+\s+){0,3}$"
    # "страну должны покинуть 4 млн": must go, have not.
    r"|(?<!\w)(?:должн[ыао]?|обязаны|повинні|мусять|зобов['’]язані)\s+(?:покинуть|выехать|"
    r"уехать|залишити|виїхати|покинути)\s+(?:\S+\s+){0,3}$"
    r"|(?:задач\w*|цель\w*|завданн\w*|мет[аиу])\s+(?:\w+\s+){0,2}?(?:выдвор|депорт|высыл|выслать|"
    r"принима|принять|вернуть|возвращ|видвор|вислати|висила|прийма|прийняти|повернути|поверта)"
    r"\w*\s+(?:\S+\s+){0,2}$"
)
# "требуют, чтобы 4 млн афганцев покинули страну", "хочуть, щоб 300 ... виїхали": a demand
# of a move, not the move; its clause opens after the comma.
_DEMANDED = re.compile(
    r"(?i)(?<!\w)(?:требу|потребова|хот|хоч|вимага|зажада)\w*\s*,?\s+(?:чтобы|щоб|аби)\s+"
    r"(?:\S+\s+){0,3}$"
)
# "want 4 million undocumented Afghans to leave", "ordered 300 foreigners to leave": told or
# made to go, not gone (not "stopped 240 people trying to leave").
_TOLD_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:want|wants|wanted|order|orders|ordered|told|tells|tell|urged|urges|asked|"
    r"asks|required|requires|forced|forces|gave|given|gives)\s+(?:[\w'’-]+\s+){0,4}?$"
)
_TO_GO_AFTER = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,3}?to\s+(?:leave|go\s+home|depart|quit|self-deport)(?!\w)"
)
_MEANT_AFTER = re.compile(
    r"(?i)\s+(?:\S+\s+){0,3}?(?:қабылдауға|шығаруға|депортациялауға|қайтаруға)\s+"
    r"(?:дайын|әзір|ниетті)"
    # "want 4 million undocumented Afghans to leave", "должны покинуть страну", "мають
    # виїхати", "елден кетуі тиіс": told or made to go, not gone.
    r"|\s+(?:[\w-]+\s+){0,3}?(?:должн\w*|обязан\w*|мають|повинні|зобов['’]язані|мусять)\s+"
    r"(?:покинуть|выехать|уехать|залишити|виїхати|покинути|поїхати)(?!\w)"
    r"|\s+(?:\S+\s+){0,4}?кету(?:і|лері|ін)\s+(?:тиіс|керек|қажет|талап)"
    # "1,400 of them have asked to be repatriated", "попросили об эвакуации", "звернулися з
    # проханням про евакуацію", "елге оралуға өтініш берген": asked to go, not gone.
    r"|\s+(?:\S+\s+){0,4}?(?:have\s+|had\s+)?(?:asked|applied|registered|signed\s+up)\s+"
    r"(?:to\s+be\s+(?:repatriated|evacuated|flown\s+home|returned|taken\s+home)|for\s+"
    r"(?:repatriation|evacuation))"
    # Not "asked to be taken home and were driven by bus to the border": asked, then gone.
    r"(?!\s+and\s+(?:were|was|have\s+been|had\s+been)\b)"
    r"|\s+(?:\S+\s+){0,3}?(?:попросил\w*|просят|просили|обратил\w*\s+с\s+просьбой|"
    r"звернул\w*\s+з\s+проханням|попросив\w*|просять|подал\w*\s+заявк\w*)\s+"
    r"(?:\S+\s+){0,2}?(?:об?\s+|про\s+)?(?:эвакуац|вывез|вернуть|возвращ|репатриац|евакуац|"
    r"вивез|повернут|повернен|репатріац)"
    r"|\s+(?:\S+\s+){0,3}?(?:оралуға|эвакуациялануға|қайтуға)\s+(?:өтініш|ниет|тілек)\w*\s+"
    r"(?:берген|берді|білдірген|білдірді)"
    # '"many more than 10,000" wanted to go back': a wish, not a move.
    r"|[\s\"”»]+(?:\S+\s+){0,3}?(?:want|wants|wanted|wish|wishes|wished|hope|hopes|hoped)\s+"
    r"to\s+(?:go|return|leave|come|move)\b"
    # "340 of its citizens who are due to be sent back": to go, not gone.
    r"|\s+(?:\S+\s+){0,4}?(?:who|that)\s+(?:are|is)\s+(?:due|scheduled|expected|set)\s+to\s+"
    r"(?:be|leave|return|fly)\b"
)

# Someone's expectation, with what is expected after it: "The Tourism Board expects 46
# million", "expected that up to 20,000", "ожидают, что до конца года вернутся", "очікує
# близько 24 тисяч". Not "than expected" or "as expected": a count beside an expectation.
_EXPECTING = re.compile(
    r"(?i)(?<!than\s)(?<!as\s)(?<!\w)(?:expects?|expected|expecting|anticipates?|anticipated|"
    r"forecasts?|forecasting|projected|projecting|predicts?|predicted|predicting|foresees?|"
    r"ожида(?:ет|ют|ется|ются|лось|лись|лся|лась|ли|л|ла|ем)|прогнозиру\w*|по\s+прогноз\w*|"
    r"предполага(?:ет|ют|ется|ются|лось)|рассчитыва(?:ет|ют)\s+на|"
    r"очіку(?:є|ють|ється|ються|валося|вали|вав|вала|ємо)|прогнозу\w*|за\s+прогноз\w*|"
    r"передбача(?:є|ють|ється|ються)|розрахову(?:є|ють)\s+на|"
    r"болжам\w*\s+бойынша|болжай\w*)(?!\w)"
)
# What turns away from the expectation before the figure: "expected a quiet week, but 5,000
# crossed". A full stop, a quotation's end or a dash end it too: "«Ми очікуємо …», — сказав
# він, додавши, що …".
_BUT = re.compile(
    r"(?i)(?<!\w)(?:but|however|yet|но|однако|але|проте|бірақ|алайда)(?!\w)|[;»”—–]|\.\s"
)
# A modal or a future before the figure in its clause: "could reach 30,000", "will deport up
# to 5,000", "может вырасти до 30 тысяч", "будут депортированы 300", "може сягнути 40 тисяч".
_MODAL_BEFORE = re.compile(
    r"(?<![\w-])(?:will|could|may|might|would|shall|(?:is|are|were|was)\s+(?:also\s+)?"
    r"(?:expected|likely|set|due|scheduled|projected|forecast)\s+to|"
    r"(?i:может|могут|сможет|смогут|будет|будут|станет|станут|"
    r"може|можуть|зможе|зможуть|буде|будуть|стане|стануть))"
    r"(?![\w-])\s+(?!not\b|have\b|be\s+(?:able|allowed)\b|не\b)(?:\S+\s+){0,5}?$"
)
# The same after the figure, the people first: "up to 20,000 could leave", "300 are expected
# to cross", "до 30 тысяч могут уехать", "300 мыңға дейін адам қайтуы мүмкін", "кетеді деп
# күтілуде".
_MODAL_AFTER = re.compile(
    r"(?<![\w-])(?:will|could|may|might|would|shall|(?:is|are|were|was)\s+(?:now\s+|also\s+)?"
    r"(?:expected|likely|set|due|scheduled|projected|forecast|predicted)\s+to|"
    r"(?i:ожида(?:ется|ются|лось)|прогнозиру\w+|может|могут|сможет|смогут|будет|будут|"
    r"очіку(?:ється|ються|валося)|може|можуть|зможе|зможуть|буде|будуть))"
    # "would-be migrant workers" are people, not a modal.
    r"(?![\w-])(?!\s+(?:not|have|be\s+(?:able|allowed)|не)\b)"
)
# Kazakh puts it last, after the verb: "қайтуы мүмкін", "кетеді деп күтілуде", "деп күтуде"
# (they expect that).
_KAZAKH_AFTER = re.compile(
    r"(?i)(?<!\w)(?:күтіл\w*|деп\s+күт\w*|мүмкін(?!\w)(?!\s+(?:емес|болмады|болмай))|болжа\w*|"
    # "өтуі ықтимал" (likely to cross), "қабылдауды жоспарлап отыр" (plans to take in).
    r"жоспарла\w*|ықтимал(?!\w))"
)
# What would have happened had something else: "as many as 5,000 would have crossed",
# "пересекли бы до 5 тысяч", "перетнули б", "өтер еді". Not "хотя бы 100" (at least 100).
_WOULD_HAVE = re.compile(
    r"(?i)(?<![\w-])would(?:\s+not)?\s+have(?!\w)|(?<!\w)would['’]ve(?!\w)"
    r"|(?<!хотя\s)(?<!как\s)(?<!\w)бы(?!\w)|(?<!хоча\s)(?<!\w)би?(?![\w.])"
    r"|(?<!\w)[^\W\d]+(?:ар|ер)\s+еді(?!\w)"
)
_WORDS_TO_THE_MODAL = 4
# A relative clause between the people and a modal is about them, not the figure's verb: "64
# citizens who could not show a return ticket", "людей, которые могут".
_RELATIVE = re.compile(r"(?i)(?<!\w)(?:who|which|that|whom|whose|которы\w+|які\w*|котрі\w*)(?!\w)")


def foreseen(
    text: str, figure: tuple[int, int], clause: tuple[int, int], scope: tuple[int, int]
) -> bool:
    """Whether the figure at ``figure`` (start, end) counts what is expected, planned or may
    come, not what happened: read in its ``clause`` and, for an expectation that governs a
    clause of its own ("ожидают, что …"), in the rest of its ``scope`` before it."""
    start, end = figure
    if _MEANT.search(text, clause[0], start) or _MEANT_AFTER.match(text, end, clause[1]):
        return True
    if _DEMANDED.search(text, scope[0], start):
        return True
    if _TOLD_BEFORE.search(text, clause[0], start) and _TO_GO_AFTER.match(text, end, clause[1]):
        return True
    if _MODAL_BEFORE.search(text, clause[0], start) or _WOULD_HAVE.search(text, *clause):
        return True
    # English, Russian and Ukrainian put the modal by the people it is about ("up to 20,000
    # seasonal workers could leave"); Kazakh anywhere after them, last.
    after = _MODAL_AFTER.search(text, end, clause[1])
    if (
        after is not None
        and len(text[end : after.start()].split()) <= _WORDS_TO_THE_MODAL
        and _RELATIVE.search(text, end, after.start()) is None
    ):
        return True
    if _KAZAKH_AFTER.search(text, end, clause[1]) is not None:
        return True
    for expecting in _EXPECTING.finditer(text, scope[0], start):
        if _BUT.search(text, expecting.end(), start) is None:
            return True
    return False
