"""Figures and their baselines: percentiles, ratios, the table and the JSON report."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Figure", "Report", "percentile", "time_calls"]


def percentile(samples: list[float], fraction: float) -> float:
    """The sample below which ``fraction`` of them fall (nearest rank)."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered)) - 1))
    return ordered[rank]


async def time_calls(call: Callable[[], Awaitable[object]], runs: int) -> list[float]:
    """Milliseconds of each of ``runs`` awaited calls, after a few not counted."""
    for _ in range(min(20, runs)):
        await call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        times.append((time.perf_counter() - start) * 1000)
    return times


@dataclass
class Figure:
    """One measured figure beside its baseline, and the target it is held to."""

    section: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


@dataclass
class Report:
    """Every figure of a run, the machine it ran on, and the data it ran against."""

    meta: dict[str, Any]
    figures: list[Figure] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print(f"  {_row(figure)}", flush=True)
        return figure

    def table(self) -> str:
        header = (
            f"{'section':<10} {'figure':<44} {'value':>12} {'baseline':>12} {'ratio':>7}  target"
        )
        return "\n".join([header, "-" * len(header), *(_row(figure) for figure in self.figures)])

    def write(self, path: Path) -> None:
        data = {
            "meta": self.meta,
            "figures": [asdict(figure) | {"ratio": figure.ratio} for figure in self.figures],
            "extra": self.extra,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return f"{text} {unit}"


def _row(figure: Figure) -> str:
    ratio = "-" if figure.ratio is None else f"{figure.ratio:.2f}x"
    verdict = {True: "met", False: "MISSED", None: ""}[figure.met]
    target = f"{figure.target} {verdict}".strip()
    return (
        f"{figure.section:<10} {figure.name:<44} {_number(figure.value, figure.unit):>12} "
        f"{_number(figure.baseline, figure.unit):>12} {ratio:>7}  {target}"
    )


def median(samples: list[float]) -> float:
    return statistics.median(samples)
