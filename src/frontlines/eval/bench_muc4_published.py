"""Published MUC-4 test-split figures (data/muc4_published.v1.yaml), printed beside ours by `muc4-ree`.

The file holds, per system, the figures read in a named source (per-role F1 and micro P/R/F1, in
percent) and the metric they were scored with. `published_rows` renders them as a table whose last
row is ours, so the report shows both in one place; figures under another metric than ours are marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.eval.bench_muc4_ceaf import ROLES
from frontlines.eval.score import PRF

PUBLISHED_FILE = Path(__file__).resolve().parent.parent / "data" / "muc4_published.v1.yaml"
METRICS = {
    "ceaf-ree-doc": "CEAF-REE, one template per document (as ours)",
    "gtt-template": "GTT scorer: templates aligned; micro includes the event type",
    "ceaf-rme": "CEAF-RME",
}


@dataclass(frozen=True)
class Published:
    system: str
    encoder: str
    metric: str
    cites: str
    source_url: str
    f1: dict[str, float]
    """role (or "event type") -> F1 in percent"""
    micro: dict[str, float]
    """"p" / "r" / "f1" -> percent"""


def _numbers(raw: Any, where: str) -> dict[str, float]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, int | float) for v in raw.values()):
        raise BenchmarkMissing(f"{PUBLISHED_FILE}: {where} must map names to numbers")
    return {str(k): float(v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def published() -> tuple[Published, ...]:
    """The systems of the data file, validated (schema, metric names, sources, role names)."""
    data = yaml.safe_load(PUBLISHED_FILE.read_text(encoding="utf-8"))
    if data.get("schema") != "frontlines/muc4-published/1":
        raise BenchmarkMissing(f"{PUBLISHED_FILE}: expected schema frontlines/muc4-published/1")
    sources = {str(k): v for k, v in (data.get("sources") or {}).items()}
    out = []
    for i, entry in enumerate(data.get("systems") or []):
        where = f"systems[{i}]"
        if entry.get("metric") not in METRICS or entry.get("source") not in sources:
            raise BenchmarkMissing(f"{PUBLISHED_FILE}: {where} has an unknown metric or source")
        f1 = _numbers(entry.get("f1"), f"{where}.f1")
        micro = _numbers(entry.get("micro"), f"{where}.micro")
        if set(f1) - {*ROLES, "event type"} or set(micro) - {"p", "r", "f1"}:
            raise BenchmarkMissing(f"{PUBLISHED_FILE}: {where} names an unknown role or figure")
        out.append(
            Published(
                system=str(entry["system"]),
                encoder=str(entry.get("encoder", "")),
                metric=str(entry["metric"]),
                cites=str(entry.get("cites", "")),
                source_url=str(sources[entry["source"]]["url"]),
                f1=f1,
                micro=micro,
            )
        )
    return tuple(out)


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _share(value: float | None) -> str:
    """A fraction as a percentage without the sign, as the published figures are written."""
    return "n/a" if value is None else f"{100 * value:.1f}"


def published_rows(ours: dict[str, PRF], ours_micro: PRF, split: str) -> list[list[str]]:
    """Header, one row per published system, then ours (F1 per role, micro P / R / F1, in percent)."""
    header = ["system", "metric", *ROLES, "micro P", "micro R", "micro F1"]
    rows = [header]
    for p in published():
        name = f"{p.system} ({p.encoder})" if p.encoder else p.system
        rows.append(
            [name, p.metric, *(_cell(p.f1.get(r)) for r in ROLES)]
            + [_cell(p.micro.get(k)) for k in ("p", "r", "f1")]
        )
    rows.append(
        [f"frontlines ({split} split)", "ceaf-ree-doc", *(_share(ours[r].f1) for r in ROLES)]
        + [_share(v) for v in (ours_micro.precision, ours_micro.recall, ours_micro.f1)]
    )
    return rows


def published_notes() -> list[str]:
    metrics = "; ".join(f"{k} = {v}" for k, v in METRICS.items())
    sources = sorted({p.source_url for p in published()})
    cites = sorted({f"{p.system}: {p.cites}" for p in published()})
    return [
        "Published systems: MUC-4 TEST split figures (percent) as read in "
        + ", ".join(sources)
        + ", which attributes them to: "
        + " | ".join(cites)
        + ". Metrics: "
        + metrics
        + ". Only ceaf-ree-doc is how we are scored, so the other rows are context, not a like-for-like "
        "comparison; GRIT's own per-role table (EACL 2021) was not found in a copy we could read "
        "(data/muc4_published.v1.yaml says what was searched). The published systems are supervised "
        "on the 1,300-document MUC-4 DEV set; frontlines is an unsupervised rule coder.",
    ]
