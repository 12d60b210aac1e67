"""/chart: a real PNG, and a caption that cites every plotted figure within 1,024 characters."""

from __future__ import annotations

import html

import pytest

from bot.answers import chart_answer
from bot.language.words import words_for
from bot.render.charts import CAPTION_LIMIT, Chart
from storage import FactStore
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

EN = words_for("en")


async def test_chart_of_kazakhstan_is_a_png_with_a_cited_caption(seeded: FactStore):
    chart = await chart_answer(seeded, "kazakhstan", EN)
    assert isinstance(chart, Chart)
    assert chart.png.startswith(b"\x89PNG\r\n\x1a\n")
    caption, _ = parse_telegram_html(chart.caption)
    assert len(caption) <= CAPTION_LIMIT
    assert (
        "#1 into: more than 200,000, since 21 Sept 2022, as of 4 Oct 2022 "
        "(Marat Akhmetzhanov via Zakon.kz; Ukrainska Pravda, 4 Oct 2022)"
    ) in caption
    assert "#4 out of: about 11,000, on 3 Oct 2022" in caption
    assert "almost 100,000" in caption


async def test_too_little_data_is_said_in_text(seeded: FactStore):
    answer = await chart_answer(seeded, "georgia", EN)
    assert isinstance(answer, list)
    assert "Too little data for a chart of Georgia" in html.unescape(answer[0])


async def test_a_caption_with_many_figures_is_cut_between_them(store: FactStore):
    drafts = [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(1, 60)]
    await store.add_facts(drafts, by="t")
    chart = await chart_answer(store, "georgia", EN)
    assert isinstance(chart, Chart)
    caption, _ = parse_telegram_html(chart.caption)
    assert len(caption) <= CAPTION_LIMIT
    assert caption.splitlines()[-1].startswith("…and ")
    assert caption.splitlines()[-1].endswith("more: /flows georgia")
    assert all("Vakhtang Gomelauri" in line for line in caption.splitlines()[1:-1])
