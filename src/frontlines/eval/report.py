"""Benchmark results: one `BenchReport` per run, rendered as a rich table, Markdown or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from rich.table import Table


@dataclass
class Metric:
    """One figure: `value` is a fraction (0..1) unless `unit` says otherwise ("km", "count", "ratio")."""

    name: str
    value: float | None
    support: int | None = None
    """how many items the figure is computed over"""
    unit: str = "fraction"
    note: str = ""

    def formatted(self) -> str:
        if self.value is None:
            return "n/a"
        if self.unit == "fraction":
            return f"{100 * self.value:.1f}%"
        if self.unit == "count":
            return f"{self.value:.0f}"
        if self.unit == "km":
            return f"{self.value:.1f} km"
        return f"{self.value:.3f}"


@dataclass
class BenchReport:
    bench: str
    dataset: str
    """what was read, e.g. "../shared/benchmarks/geoparsing/data/GeoWebNews" or "gold/team/dev.jsonl" """
    split: str
    items: int
    """articles / sentences / documents scored"""
    metrics: list[Metric] = field(default_factory=list)
    tables: dict[str, list[list[str]]] = field(default_factory=dict)
    """extra tables (first row = header), e.g. a confusion matrix"""
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        name: str,
        value: float | None,
        support: int | None = None,
        unit: str = "fraction",
        note: str = "",
    ) -> None:
        self.metrics.append(Metric(name, value, support, unit, note))

    def get(self, name: str) -> float | None:
        for m in self.metrics:
            if m.name == name:
                return m.value
        raise KeyError(name)

    def to_table(self) -> list[Table]:
        main = Table(title=f"{self.bench} — {self.dataset} [{self.split}, {self.items} items]")
        main.add_column("metric")
        main.add_column("value", justify="right")
        main.add_column("n", justify="right")
        main.add_column("note")
        for m in self.metrics:
            main.add_row(m.name, m.formatted(), "" if m.support is None else str(m.support), m.note)
        out = [main]
        for title, rows in self.tables.items():
            t = Table(title=title)
            for h in rows[0]:
                t.add_column(h)
            for r in rows[1:]:
                t.add_row(*r)
            out.append(t)
        return out

    def to_markdown(self) -> str:
        lines = [
            f"### {self.bench}",
            "",
            f"Data: `{self.dataset}`, split {self.split}, {self.items} items.",
            "",
        ]
        lines += ["| metric | value | n | note |", "|---|---|---|---|"]
        for m in self.metrics:
            lines.append(
                f"| {m.name} | {m.formatted()} | {'' if m.support is None else m.support} | {m.note} |"
            )
        for title, rows in self.tables.items():
            lines += ["", f"{title}:", "", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        for note in self.notes:
            lines += ["", f"- {note}"]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)
