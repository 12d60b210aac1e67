"""Names of peoples → their country: "Russians", "россиян", "росіян", "ресейлік" → RUS.

CLDR (through Babel) names countries but not their peoples, so the peoples of the region the
facts are about are listed here, by lemma (Russian and Ukrainian) or stem (English, Kazakh).
Beyond the list, English "-ians"/"-ans" are read back to the country name ("Mongolians" →
Mongolia) and Kazakh "-лық/-лік" to its stem ("қазақстандық" → Қазақстан) by the caller.
"""

from __future__ import annotations

__all__ = ["DEMONYMS"]

_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    "RUS": ("russian", "russians", "россиянин", "россиянка", "русский", "российский",
            "росіянин", "росіянка", "російський", "русскій", "ресейлик", "орыс"),
    "KAZ": ("kazakh", "kazakhs", "kazakhstani", "kazakhstanis", "казах", "казашка",
            "казахстанец", "казахский", "казахстанский", "казахський", "казахстанський",
            "казахстанець", "казакстандык", "казак"),
    "UKR": ("ukrainian", "ukrainians", "украинец", "украинка", "украинский", "українець",
            "українка", "український", "украин", "украиндык"),
    "BLR": ("belarusian", "belarusians", "belarussian", "белорус", "белоруска",
            "белорусский", "білорус", "білоруський", "беларусьтык"),
    "GEO": ("georgian", "georgians", "грузин", "грузинка", "грузинский", "грузинський",
            "грузиялык"),
    "ARM": ("armenian", "armenians", "армянин", "армянка", "армянский", "вірменин",
            "вірменський", "армян", "армениялык"),
    "AZE": ("azerbaijani", "azerbaijanis", "azeri", "азербайджанец", "азербайджанский",
            "азербайджанець", "азербайджанський", "азербайжандык", "азербайжан"),
    "KGZ": ("kyrgyz", "kirghiz", "киргиз", "кыргыз", "киргизский", "кыргызский", "киргизький",
            "кыргыз", "кыргызстандык"),
    "UZB": ("uzbek", "uzbeks", "узбек", "узбекский", "узбецький", "озбек"),
    "TJK": ("tajik", "tajiks", "таджик", "таджикский", "таджицький", "тажик"),
    "TKM": ("turkmen", "туркмен", "туркменский", "туркменський", "турикмен"),
    "MNG": ("mongol", "mongols", "монгол", "монгольский", "монгольський", "монгол"),
    "TUR": ("turk", "turks", "turkish", "турок", "турецкий", "турецький", "турик"),
    "FIN": ("finn", "finns", "finnish", "финн", "финский", "фін", "фінський", "фин"),
    "POL": ("pole", "poles", "polish", "поляк", "польский", "польський"),
    "CHN": ("chinese", "китаец", "китайский", "китаєць", "китайський", "кытай"),
    "USA": ("american", "americans", "американец", "американский", "американець",
            "американський", "америкалык"),
    "DEU": ("german", "germans", "немец", "немецкий", "німець", "німецький", "немис"),
    "ISR": ("israeli", "israelis", "израильтянин", "израильский", "ізраїльтянин",
            "ізраїльський"),
    "SRB": ("serb", "serbs", "serbian", "серб", "сербский", "сербський"),
    "MDA": ("moldovan", "moldovans", "молдаванин", "молдавский", "молдованин",
            "молдовський"),
    "LVA": ("latvian", "latvians", "латыш", "латвийский", "латиш", "латвійський"),
    "LTU": ("lithuanian", "lithuanians", "литовец", "литовский", "литовець", "литовський"),
    "EST": ("estonian", "estonians", "эстонец", "эстонский", "естонець", "естонський"),
    "IND": ("indian", "indians", "индиец", "индийский", "індієць", "індійський"),
    # Peoples that migration news counts beyond the region.
    "AFG": ("afghan", "afghans", "афганец", "афганский", "афганець", "афганський", "ауган",
            "аугандык"),
    "SYR": ("syrian", "syrians", "сириец", "сирийский", "сирієць", "сирійський", "сириялык"),
    "VEN": ("venezuelan", "venezuelans", "венесуэлец", "венесуэльский", "венесуелець",
            "венесуельський"),
    "SDN": ("sudanese", "суданец", "суданский", "суданець", "суданський"),
    "TCD": ("chadian", "chadians", "чадец", "чадский", "чадець"),
    "EGY": ("egyptian", "egyptians", "египтянин", "египетский", "єгиптянин", "єгипетський"),
    "IRN": ("iranian", "iranians", "иранец", "иранский", "іранець", "іранський", "иран"),
    "PAK": ("pakistani", "pakistanis", "пакистанец", "пакистанский", "пакистанець",
            "пакистанський"),
    "LBN": ("lebanese", "ливанец", "ливанский", "ліванець", "ліванський"),
    "HTI": ("haitian", "haitians", "гаитянин", "гаитянский", "гаїтянин", "гаїтянський"),
    "DOM": ("dominican", "dominicans", "доминиканец", "домініканець"),
    "HUN": ("hungarian", "hungarians", "венгр", "венгерский", "угорець", "угорський"),
    "SVK": ("slovak", "slovaks", "словак", "словацкий", "словацький"),
    "ROU": ("romanian", "romanians", "румын", "румынский", "румун", "румунський"),
    "KOR": ("korean", "koreans", "кореец", "корейский", "кореєць", "корейський", "корей"),
    "BGD": ("bangladeshi", "bangladeshis", "бангладешец", "бангладешський"),
    # The Rohingya are stateless: their name says where they come from, not a citizenship.
    "MMR": ("burmese", "myanmarese"),
    "IRQ": ("iraqi", "iraqis", "иракец", "иракский", "іракець", "іракський"),
    "ERI": ("eritrean", "eritreans", "эритреец", "еритреєць"),
    "ETH": ("ethiopian", "ethiopians", "эфиоп", "ефіоп"),
    "NIC": ("nicaraguan", "nicaraguans", "никарагуанец", "нікарагуанець"),
    "COL": ("colombian", "colombians", "колумбиец", "колумбийский", "колумбієць",
            "колумбійський"),
    "SOM": ("somali", "somalis", "сомалиец", "сомалієць"),
}  # fmt: skip

# Keys are folded (Kazakh letters as a Russian keyboard types them).
DEMONYMS: dict[str, str] = {name: code for code, names in _BY_COUNTRY.items() for name in names}
