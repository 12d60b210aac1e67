"""/chart COUNTRY: a PNG of a country's flows over time, each point labelled as reported.

Figures are plotted as points, never joined into a line: a daily count and a running total
are different measures, and a line would suggest they add up. A period's figure is drawn
across its period. Every point carries its figure with its qualifier ("more than 200,000"),
and the caption cites each plotted fact. matplotlib is imported only here, when drawing.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from bot.render.formatting import format_date, format_figure, format_period
from storage.models import Fact

__all__ = ["CAPTION_LIMIT", "Chart", "chart_caption", "draw_flows"]

# Telegram's limit for a photo's caption, after entity parsing.
CAPTION_LIMIT = 1024
# Fewer plotted figures than this make no chart worth drawing.
MIN_POINTS = 2


@dataclass(frozen=True)
class Chart:
    """A drawn chart: the PNG and its caption (HTML)."""

    png: bytes
    caption: str


def _citation(fact: Fact) -> str:
    citation = fact.citation
    who = citation.attributed_to.name if citation.attributed_to else None
    via = f"via {citation.carried_by.name}" if citation.carried_by else None
    published = format_date(citation.document.published_at).split(",")[0]
    source = "; ".join(part for part in (who, via) if part)
    prefix = f"{source}; " if source else ""
    return f"{prefix}{citation.document.publisher}, {published}"


def chart_caption(country: str, code: str, facts: Sequence[Fact], command: str) -> str:
    """The caption: each plotted figure with its source and date, cut to fit 1,024 characters."""
    head = f"<b>Flows of people: {html.escape(country)}</b>"
    lines: list[str] = []
    for shown, fact in enumerate(facts):
        assert fact.figure is not None  # noqa: S101 - only figures are plotted
        direction = "into" if fact.destination == code else "out of"
        line = (
            f"#{fact.id} {direction}: {html.escape(format_figure(fact.figure))}, "
            f"{html.escape(format_period(fact))} ({html.escape(_citation(fact))})"
        )
        rest = len(facts) - shown - 1
        more = f"…and {rest} more: {html.escape(command)}" if rest else ""
        candidate = "\n".join([head, *lines, line, more])
        if len(html.unescape(candidate)) > CAPTION_LIMIT:
            more = f"…and {len(facts) - shown} more: {html.escape(command)}"
            return "\n".join([head, *lines, more])
        lines.append(line)
    return "\n".join([head, *lines])


def draw_flows(country: str, code: str, flows: Sequence[Fact], command: str) -> Chart | None:
    """A chart of the flows with figures into and out of ``code``; None if too few to draw."""
    plotted = [fact for fact in flows if fact.figure is not None]
    if len(plotted) < MIN_POINTS:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=100)
    try:
        for fact in plotted:
            assert fact.figure is not None  # noqa: S101 - filtered above
            inbound = fact.destination == code
            colour, marker = ("tab:blue", "o") if inbound else ("tab:red", "s")
            # matplotlib's date numbers; its stubs leave date2num untyped.
            day = float(mdates.date2num(fact.sort_date))  # type: ignore[no-untyped-call]
            start = float(mdates.date2num(fact.period_start or fact.sort_date))  # type: ignore[no-untyped-call]
            if start != day:
                axes.plot([start, day], [fact.figure.value] * 2, color=colour, lw=1)
            if fact.figure.high is not None:
                axes.vlines(day, fact.figure.value, fact.figure.high, color=colour)
            axes.plot([day], [fact.figure.value], marker=marker, color=colour)
            axes.annotate(
                f"{format_figure(fact.figure)} (#{fact.id})",
                (day, fact.figure.value),
                textcoords="offset points",
                xytext=(4, 6),
                fontsize=8,
                color=colour,
            )
        axes.set_title(f"Flows of people: {country} (blue: into, red: out of)")
        axes.set_ylabel("people, as reported")
        axes.set_ylim(bottom=0)
        # Room for the labels of the newest points.
        axes.margins(x=0.15)
        axes.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
        axes.xaxis.set_major_formatter(
            mdates.DateFormatter("%d %b %Y")  # type: ignore[no-untyped-call]
        )
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    finally:
        plt.close(figure)
    return Chart(png=buffer.getvalue(), caption=chart_caption(country, code, plotted, command))
