"""The bot's words in the reader's language: gettext catalogs and CLDR formats, one per language.

Every phrase the bot writes is a whole message id with named placeholders, looked up in the
language's catalog (``bot/locales/<lang>/LC_MESSAGES/factbot.po``; the wheel carries them
compiled to ``.mo``) and filled in after translation, so each language orders its own words:
Kazakh puts the qualifier after the number. Numbers, dates, periods and country names come from
Babel's CLDR data for the language, never from our own patterns.

Catalogs are read once per process, the first time a language is asked for; formatted dates
and numbers are cached, because a page of facts names the same few days again and again.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycountry
from babel import Locale
from babel.dates import format_date, format_interval, format_time
from babel.numbers import format_decimal

from bot.language.inflection import Role, inflect_country, kazakh_case, kazakh_number_ending

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "LOCALES_DIR",
    "N_",
    "Words",
    "country_names",
    "words_for",
]

# The languages the bot writes, in the order /language offers them.
LANGUAGES = ("en", "ru", "uk", "kk")
DEFAULT_LANGUAGE = "en"
DOMAIN = "factbot"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

# CLDR's international English ("4 Oct 2022", "21–27 Sept 2022", "200,000") suits a bot read
# across the region better than the American default ("Oct 4, 2022").
_CLDR_LOCALES = {"en": "en_IE", "ru": "ru", "uk": "uk", "kk": "kk"}


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs where it is defined; it is translated where shown."""
    return message


def _catalog(language: str) -> gettext.NullTranslations:
    if language == DEFAULT_LANGUAGE:
        # The message ids are the English text.
        return gettext.NullTranslations()
    folder = LOCALES_DIR / language / "LC_MESSAGES"
    compiled = folder / f"{DOMAIN}.mo"
    if compiled.exists():
        with compiled.open("rb") as file:
            return gettext.GNUTranslations(file)
    # A source checkout (an editable install) has only the .po: compile it in memory, as the
    # wheel's build does on disk (setup.py).
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (folder / f"{DOMAIN}.po").open("rb") as file:
        catalog = read_po(file, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@lru_cache(maxsize=8192)
def _format_date(locale: str, value: dt.date) -> str:
    return format_date(value, "medium", locale=locale)


@lru_cache(maxsize=1024)
def _kazakh_date(value: dt.date, role: Role) -> str:
    # An abbreviated month ("қыр.") takes no ending: the month is written out, and ends the date.
    return kazakh_case(format_date(value, "long", locale="kk"), role)


@lru_cache(maxsize=8192)
def _format_span(locale: str, start: dt.date, end: dt.date) -> str:
    return format_interval(start, end, "yMMMd", locale=locale)


# Cached by the minute: every fact's published time goes through here, and Babel's
# format_time costs more than the rest of a fact's citation.
@lru_cache(maxsize=4096)
def _format_clock(locale: str, hour: int, minute: int) -> str:
    return format_time(dt.time(hour, minute), "HH:mm", locale=locale)


@lru_cache(maxsize=256)
def _zone(offset: dt.timedelta | None) -> str:
    # The store's own times (when a fact was added or changed) are UTC without an offset.
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


@lru_cache(maxsize=4096)
def _format_number(locale: str, value: int) -> str:
    return format_decimal(value, locale=locale)


@dataclass(frozen=True, eq=False)
class Words:
    """One language's catalog and formats. Get it from :func:`words_for`, never build one."""

    language: str
    locale: Locale
    catalog: gettext.NullTranslations

    def say(self, message: str, /, **params: object) -> str:
        """``message`` in this language, its ``{placeholders}`` filled from ``params``."""
        text = self.catalog.gettext(message)
        return text.format(**params) if params else text

    def say_in(self, context: str, message: str, /, **params: object) -> str:
        """Like :meth:`say`, for a message whose English is ambiguous without ``context``."""
        text = self.catalog.pgettext(context, message)
        return text.format(**params) if params else text

    def plural(self, singular: str, plural: str, count: int, /, **params: object) -> str:
        """The form for ``count`` ("1 факт", "3 факта", "5 фактов"); ``{count}`` is filled
        with the number in this language's digits and grouping."""
        text = self.catalog.ngettext(singular, plural, count)
        return text.format(count=self.number(count), **params)

    def number(self, value: int, role: Role | None = None) -> str:
        """A whole number grouped as the language groups it: "200,000", "200 000"; with a
        ``role``, in the case its phrase needs (Kazakh: "200 000-нан астам")."""
        number = _format_number(self.locale_name, value)
        if role is not None and self.language == "kk":
            return f"{number}-{kazakh_number_ending(value, role)}"
        return number

    def decimal(self, value: float) -> str:
        """A number with one decimal, as the language writes it: "1.5", "1,5"."""
        return format_decimal(value, format="#,##0.0", locale=self.locale)

    def date(self, value: dt.date, role: Role | None = None) -> str:
        """A day: "4 Oct 2022", "4 окт. 2022 г.", "2022 ж. 04 қаз."; with a ``role``, in the
        case its phrase needs (Kazakh "since": "2022 ж. 21 қыркүйектен бастап")."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if role is not None and self.language == "kk":
            return _kazakh_date(value, role)
        return _format_date(self.locale_name, value)

    def moment(self, value: dt.datetime) -> str:
        """A published time: the day, the time and its UTC offset when known."""
        return self.say(
            "{date}, {time} {zone}",
            date=self.date(value),
            time=_format_clock(self.locale_name, value.hour, value.minute),
            zone=_zone(value.utcoffset()),
        )

    def span(self, start: dt.date, end: dt.date) -> str:
        """A period: "21–27 Sept 2022", "21—27 сент. 2022 г.", "21 Sept – 4 Oct 2022"."""
        return _format_span(self.locale_name, start, end)

    def country(self, code: str, role: Role | None = None) -> str:
        """A country's everyday name in this language by its alpha-3 code ("Казахстан"); with a
        ``role``, in the case a phrase's slot needs ("into": "в Россию", "Ресейге")."""
        name = country_names(self.language).get(code, code)
        return inflect_country(name, self.language, role) if role else name

    @property
    def locale_name(self) -> str:
        """The CLDR locale the formats come from."""
        return _CLDR_LOCALES[self.language]

    @property
    def name(self) -> str:
        """The language's own name, capitalised: "Русский", "Қазақ тілі"."""
        name = Locale.parse(self.language).display_name or self.language
        return name[:1].upper() + name[1:]


@cache
def country_names(language: str) -> dict[str, str]:
    """Alpha-3 code → the country's everyday name in ``language`` (nominative)."""
    territories = Locale.parse(language).territories
    # CLDR's everyday name ("Russia", "Россия"); pycountry's ISO name where CLDR has none.
    return {
        country.alpha_3: territories.get(country.alpha_2) or country.name
        for country in pycountry.countries
    }


def words_for(language: str) -> Words:
    """The one ``Words`` of ``language`` in this process; English for a language we don't write.

    Raises:
        OSError: the language's catalog is missing from the install.
    """
    return _words(language if language in LANGUAGES else DEFAULT_LANGUAGE)


@cache
def _words(language: str) -> Words:
    return Words(
        language=language,
        locale=Locale.parse(_CLDR_LOCALES[language]),
        catalog=_catalog(language),
    )
