"""What the user typed → a country: names and codes in several languages, and typos.

The names come from the libraries: pycountry (ISO 3166-1 codes, official names and their
translations) and Babel (CLDR's everyday names, "Russia" and "Россия" rather than "Russian
Federation"). ``_ALIASES`` adds only what neither has.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import pycountry
from babel import Locale
from rapidfuzz import fuzz, process

from bot.language.words import country_names

__all__ = [
    "Country",
    "CountryMatch",
    "country_code",
    "country_name",
    "exact_country_code",
    "question_country_code",
    "question_country_names",
    "resolve_country",
    "sovereign",
]

# The languages whose names are understood: the region the facts are about, then widely used
# ones. Each costs a few milliseconds once, when the first country is looked up.
LANGUAGES = (
    "en", "ru", "uk", "kk", "be", "ka", "hy", "az", "uz", "ky", "tg", "tk",
    "tr", "de", "fr", "es", "it", "pl", "pt", "zh", "ar", "he", "fa",
)  # fmt: skip

# Names people use that neither pycountry nor CLDR lists, as normalised keys.
_ALIASES = {
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "england": "GBR",
    # The United Kingdom's nations and old names, as news writes them for the whole.
    "scotland": "GBR",
    "wales": "GBR",
    "англия": "GBR",
    "англія": "GBR",
    "британия": "GBR",
    "британія": "GBR",
    "шотландия": "GBR",
    "шотландія": "GBR",
    # "зі Сполученого Королівства", "Біріккен Корольдіктен": the United Kingdom by that name.
    "сполучене королівство": "GBR",
    "біріккен корольдік": "GBR",
    "соединенное королевство": "GBR",
    "соединённое королевство": "GBR",
    "сполучені штати": "USA",
    "сполучені штати америки": "USA",
    "голландия": "NLD",
    "голландія": "NLD",
    # "from the Turks and Caicos": the islands' name without "Islands" ("Turks" alone are
    # Turkey's people).
    "turks and caicos": "TCA",
    "usa": "USA",
    "us": "USA",
    "america": "USA",
    # "Құрама Штаттардан": the United States without "Америка", as Kazakh news writes it.
    "құрама штаттар": "USA",
    "turkey": "TUR",
    "holland": "NLD",
    "ivory coast": "CIV",
    "burma": "MMR",
    "czech republic": "CZE",
    "swaziland": "SWZ",
    "macedonia": "MKD",
    "kirghizia": "KGZ",
    "белоруссия": "BLR",
    "киргизия": "KGZ",
    # Russian news writes the country's own name as often as the dictionary's.
    "кыргызстан": "KGZ",
    "киргизстан": "KGZ",
    "кыргызская республика": "KGZ",
    "киргизская республика": "KGZ",
    "киргизія": "KGZ",
    "туркмения": "TKM",
    "туркменія": "TKM",
    "свазиленд": "SWZ",
    "бирма": "MMR",
    "бірма": "MMR",
    "македония": "MKD",
    "македонія": "MKD",
    "молдавия": "MDA",
    "рф": "RUS",
    "рк": "KAZ",
    "рб": "BLR",
    "кнр": "CHN",
    "prc": "CHN",
    "қхр": "CHN",
    "фрг": "DEU",
    "юар": "ZAF",
    "gaza": "PSE",
    "gaza strip": "PSE",
    "сектор газа": "PSE",
    "сектор гази": "PSE",
    "газа секторы": "PSE",
    # The Congo news means most is the Democratic Republic; CLDR calls it "Congo - Kinshasa"
    # and pycountry "Congo, The Democratic Republic of the".
    "democratic republic of the congo": "COD",
    "democratic republic of congo": "COD",
    "dr congo": "COD",
    "drc": "COD",
    "демократическая республика конго": "COD",
    "демократична республіка конго": "COD",
    "др конго": "COD",
    "дрк": "COD",
    "конго демократиялық республикасы": "COD",
    "republic of congo": "COG",
    "uae": "ARE",
    "оае": "ARE",
    "баә": "ARE",
    "эмираты": "ARE",
    "емірати": "ARE",
    "emirates": "ARE",
    # As a question's words keep an apostrophe ("d'ivoire"): the index has a space for CLDR's
    # "’" and keeps its "ʼ" ("Обʼєднані").
    "об'єднані арабські емірати": "ARE",
    "в'єтнам": "VNM",
    "м'янма": "MMR",
    "côte d'ivoire": "CIV",
    "cote d'ivoire": "CIV",
    "кот д'ивуар": "CIV",
    "кот д'івуар": "CIV",
    # Kazakh news names the region's states by their official names ("Ресей Федерациясының
    # азаматы", "Қырғыз Республикасынан"), which neither library has in Kazakh.
    "ресей федерациясы": "RUS",
    "қазақстан республикасы": "KAZ",
    "қырғыз республикасы": "KGZ",
    "өзбекстан республикасы": "UZB",
    "тәжікстан республикасы": "TJK",
    "беларусь республикасы": "BLR",
    "әзербайжан республикасы": "AZE",
    "армения республикасы": "ARM",
    "түркия республикасы": "TUR",
    "корея республикасы": "KOR",
    "қытай халық республикасы": "CHN",
    "palestine": "PSE",
    "east timor": "TLS",
    "bosnia": "BIH",
    "босния": "BIH",
    "боснія": "BIH",
}

# A typo this close to one name, and clearly closer than to any other country, is taken as meant.
_ACCEPT_SCORE = 88.0
_CLEAR_LEAD = 5.0
# Below acceptance but this close: offered as "Did you mean ...?".
_SUGGEST_SCORE = 70.0
_MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Country:
    """A country by its ISO 3166-1 alpha-3 code and English name."""

    code: str
    name: str


@dataclass(frozen=True)
class CountryMatch:
    """The answer to "which country did the user mean?".

    ``country`` is set when the text names one country; otherwise ``suggestions`` holds the
    closest names, best first (possibly none).
    """

    country: Country | None
    suggestions: tuple[Country, ...] = field(default=())


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = re.sub(r"[^\w\s]", " ", text)
    text = " ".join(text.split())
    return text.removeprefix("the ")


def _untranslated(name: str) -> str:
    return name


def _codes_and_aliases(index: dict[str, str]) -> dict[str, str]:
    # Codes and aliases win over any name that happens to read the same.
    for entry in pycountry.countries:
        index[entry.alpha_3.casefold()] = entry.alpha_3
        index[entry.alpha_2.casefold()] = entry.alpha_3
    index.update(_ALIASES)
    return index


def _add_names(index: dict[str, str], language: str) -> None:
    """Add the names in ``language``; names already in the index keep their country."""
    territories = Locale.parse(language).territories
    try:
        iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        translate: Callable[[str], str] = iso.gettext
    except OSError:  # pycountry's names are English already; no catalogue for "en"
        translate = _untranslated
    for entry in pycountry.countries:
        names = [territories.get(entry.alpha_2)]
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(entry, attribute, None)
            if value:
                names.append(translate(value))
        for name in names:
            if name:
                index.setdefault(_normalise(name), entry.alpha_3)


@cache
def _english_index() -> dict[str, str]:
    """English names, codes and aliases, normalised → alpha-3: what most people type.

    Each key maps to the country it maps to in the full index (English comes first there
    too). Building the full index takes most of a cold ``factbot ask`` (23 languages), so
    it waits for a name in another language or a typo.
    """
    return _names_in(LANGUAGES[:1])


def _names_in(languages: tuple[str, ...]) -> dict[str, str]:
    """The names in ``languages`` (the first language's first), codes and aliases."""
    index: dict[str, str] = {}
    for language in languages:
        _add_names(index, language)
    return _codes_and_aliases(index)


@cache
def _name_index() -> dict[str, str]:
    """Every known name and code, normalised → alpha-3."""
    return _names_in(LANGUAGES)


# The languages questions are read in: their names are what a question's words are checked
# against (a smaller index than the 23 languages commands accept, so a cold question is fast).
QUESTION_LANGUAGES = ("en", "ru", "uk", "kk")


@cache
def _question_index() -> dict[str, str]:
    return _names_in(QUESTION_LANGUAGES)


def question_country_code(key: str) -> str | None:
    """The alpha-3 code of the country a normalised word or two of a question names exactly,
    in English, Russian, Ukrainian or Kazakh; English is looked up first, the rest only for a
    word in another script."""
    code = _english_index().get(key)
    if code is None and not key.isascii():
        code = _question_index().get(key)
    return code


def question_country_names(language: str) -> dict[str, str]:
    """The names ``question_country_code`` reads, normalised → alpha-3: the English ones for a
    question in English (the other languages' index waits for a word in another script)."""
    return _english_index() if language == "en" else _question_index()


def _exact(key: str) -> str | None:
    return _english_index().get(key) or _name_index().get(key)


def country_name(code: str) -> str:
    """The English name of a country by its alpha-3 code; the code itself if unknown."""
    return country_names("en").get(code, code)


def _country(code: str) -> Country:
    return Country(code=code, name=country_name(code))


def resolve_country(text: str) -> CountryMatch:
    """Find the country ``text`` names, tolerating case, language, codes and typos.

    Args:
        text: what the user typed, e.g. "kazakhstan", "KZ", "Казахстан", "kazakstan".

    Returns:
        The country, or suggestions when the text is only close to some names.
    """
    key = _normalise(text)
    if not key:
        return CountryMatch(country=None)
    code = _exact(key)
    if code is not None:
        return CountryMatch(country=_country(code))
    index = _name_index()
    if len(key) < 3:  # two letters that are no code match too many names by chance
        return CountryMatch(country=None)
    best: dict[str, float] = {}
    for name, score, _ in process.extract(
        key, list(index), scorer=fuzz.ratio, score_cutoff=_SUGGEST_SCORE, limit=20
    ):
        code = index[name]
        best[code] = max(score, best.get(code, 0.0))
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if not ranked:
        return CountryMatch(country=None)
    top_code, top_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if top_score >= _ACCEPT_SCORE and top_score - runner_up >= _CLEAR_LEAD:
        return CountryMatch(country=_country(top_code))
    suggestions = tuple(_country(code) for code, _ in ranked[:_MAX_SUGGESTIONS])
    return CountryMatch(country=None, suggestions=suggestions)


def country_code(text: str) -> str | None:
    """The alpha-3 code of the one country ``text`` names, or None; for curators' input."""
    match = resolve_country(text)
    return match.country.code if match.country else None


def everyday_country_code(text: str) -> str | None:
    """The alpha-3 code of the country ``text`` names exactly in English, Russian, Ukrainian or
    Kazakh, or None: for text in those languages, without the other 19 languages' names (the
    first lookup builds their index, a third of a second) nor typo tolerance."""
    return question_country_code(_normalise(text))


def exact_country_code(text: str) -> str | None:
    """The alpha-3 code of the country ``text`` names exactly (no typo tolerance), or None."""
    return _exact(_normalise(text))


# Territories with ISO codes of their own and the state whose guards keep their borders (ISO
# 3166-1 gives no sovereignty, nor do pycountry or CLDR): "the U.S. Coast Guard stopped
# 1,146 Dominicans trying to reach Puerto Rico" kept them out of Puerto Rico.
_SOVEREIGNS = {
    "USA": ("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"),
    "FRA": ("GUF", "GLP", "MTQ", "REU", "MYT", "NCL", "PYF", "SPM", "BLM", "MAF", "WLF", "ATF"),
    "GBR": ("GIB", "BMU", "CYM", "TCA", "VGB", "AIA", "MSR", "FLK", "IMN", "JEY", "GGY", "SHN",
            "PCN", "IOT", "SGS"),
    "NLD": ("ABW", "CUW", "SXM", "BES"),
    "DNK": ("GRL", "FRO"),
    "NOR": ("SJM", "BVT"),
    "FIN": ("ALA",),
    "AUS": ("NFK", "CXR", "CCK", "HMD"),
    "NZL": ("COK", "NIU", "TKL"),
    "CHN": ("HKG", "MAC"),
}  # fmt: skip
_SOVEREIGN_OF = {territory: state for state, held in _SOVEREIGNS.items() for territory in held}


def sovereign(code: str) -> str:
    """The state that keeps the borders of the country or territory ``code``: itself, or
    the state a territory belongs to ("PRI" → "USA")."""
    return _SOVEREIGN_OF.get(code, code)
