"""A candidate the curator reviews names the countries it will be saved with, even when its
metric is no flow (a refusal of entry, an application), whose line tells no route."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.drafts import DocumentFields
from bot.ingest.proposals import propose
from bot.language.words import words_for
from bot.render.formatting import html_to_text
from bot.render.ingest import render_candidate

_GIVEN = DocumentFields(
    publisher="Test", title="Test", author=None, published_at=date(2024, 8, 29), url=None
)
_REFUSED = (
    "В прошлом месяце греческие пограничники предотвратили незаконный въезд в страну со "
    "стороны Турции более 4 тыс. мигрантов, заявил министр Никос Пападопулос."
)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Countries: Türkiye → Greece"),
        ("ru", "Страны: Турция → Греция"),
        ("uk", "Країни: Туреччина → Греція"),
        ("kk", "Елдер: Түркия → Грекия"),
    ],
)
def test_a_refusal_of_entry_names_its_countries(language: str, line: str) -> None:
    proposal = propose("Headline\n\n" + _REFUSED, given=_GIVEN, language="ru")
    (item,) = proposal.proposed
    shown = html_to_text(render_candidate(item, 1, 1, words_for(language)))
    assert line in shown


def test_a_flow_names_its_countries_once() -> None:
    text = "Вчера в Грузию въехали 5 тысяч россиян, заявил министр Иван Петров."
    (item,) = propose("Headline\n\n" + text, given=_GIVEN, language="ru").proposed
    shown = html_to_text(render_candidate(item, 1, 1, words_for("en")))
    assert "Countries:" not in shown
    assert "Georgia" in shown
