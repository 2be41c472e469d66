"""The team gold set (`gold/team/{dev,test}.jsonl`) scored end to end with `frontlines.eval.score`."""

from __future__ import annotations

from pathlib import Path

from frontlines.config import load_settings
from frontlines.errors import FrontlinesError, Rejected, StageError
from frontlines.eval.gold import GoldArticle, load_gold
from frontlines.eval.report import BenchReport
from frontlines.eval.score import FACTUALITY, FIELDS, Tally, ece
from frontlines.extract import Extractor
from frontlines.ingest.text import InputDoc, make_doc

SPLITS = ("dev", "test")


class GoldMissing(FrontlinesError):
    """The team gold set is not where it was looked for."""


def gold_dir() -> Path:
    configured = load_settings().eval.gold_dir
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3] / "gold" / "team"


def load_split(split: str, directory: Path | None = None) -> list[GoldArticle]:
    if split not in SPLITS:
        raise GoldMissing(f"the team gold set has splits {', '.join(SPLITS)}, not {split!r}")
    path = (directory or gold_dir()) / f"{split}.jsonl"
    if not path.exists():
        raise GoldMissing(f"no team gold split at {path} (set FRONTLINES_EVAL_GOLD_DIR)")
    return load_gold(path)


def score_articles(
    articles: list[GoldArticle], extractor: Extractor | None = None
) -> tuple[Tally, list[str]]:
    """Code the articles (in groups, `Extractor.extract_many`, no dedupe: each is scored as if coded
    alone) and tally ours against the gold. A stage failure is raised: the figures would be wrong."""
    extractor = extractor or Extractor()
    tally = Tally()
    skipped: list[str] = []
    outcomes = extractor.extract_many((_input(a) for a in articles if a.text is not None), dedupe=False)
    for art in articles:
        if art.text is None:
            skipped.append(f"{art.id}: HTML input is not read yet")
            continue
        _, outcome = next(outcomes)
        if isinstance(outcome, StageError):
            raise outcome
        if isinstance(outcome, Rejected):
            skipped.append(f"{art.id}: rejected: {outcome.message}")
            tally.add_article(art.events, [], art.boilerplate)
            continue
        tally.add_article(art.events, outcome.events, art.boilerplate)
    return tally, skipped


def _input(art: GoldArticle) -> InputDoc | Rejected:
    assert art.text is not None
    meta = {"published": art.published, "source": art.source, "url": art.url, "title": art.title}
    try:
        return make_doc(art.id, art.text, meta)
    except Rejected as rej:
        return rej


def report(tally: Tally, dataset: str, split: str, items: int, skipped: list[str]) -> BenchReport:
    rep = BenchReport(bench="team", dataset=dataset, split=split, items=items)
    det_p = tally.matched / tally.pred_events if tally.pred_events else None
    det_r = tally.matched / tally.gold_events if tally.gold_events else None
    det_f = 2 * det_p * det_r / (det_p + det_r) if det_p and det_r else 0.0
    rep.add("events precision", det_p, tally.pred_events, note="coded events matching a gold event")
    rep.add("events recall", det_r, tally.gold_events, note="gold events found")
    rep.add("events F1", det_f, tally.matched)
    dv = tally.default_view
    rep.add("default view precision", dv.precision, dv.tp + dv.fp, note="asserted, not historical")
    rep.add("default view recall", dv.recall, dv.tp + dv.fn)
    rep.add("default view F1", dv.f1)
    for spec in FIELDS:
        prf = tally.fields[spec.name]
        rep.add(
            f"{spec.name} F1", prf.f1, prf.tp + prf.fn, note=f"P {_pct(prf.precision)} R {_pct(prf.recall)}"
        )
    rep.add("place acc@161km", tally.place_161.value, tally.place_161.total)
    rep.add("place admin1", tally.place_admin1.value, tally.place_admin1.total)
    rep.add("date exact", tally.date_exact.value, tally.date_exact.total)
    rep.add("date ±1 day", tally.date_1day.value, tally.date_1day.total)
    rep.add("fatalities exact", tally.fatal_exact.value, tally.fatal_exact.total)
    rep.add("fatalities within 10%", tally.fatal_10pct.value, tally.fatal_10pct.total)
    for name, prf in (("injured", tally.injured), ("captured", tally.captured)):
        if tally.counts_annotated:
            note = f"P {_pct(prf.precision)} R {_pct(prf.recall)}; exact count, matched events"
            rep.add(f"{name} count F1", prf.f1, prf.tp + prf.fn, note=note)
        else:
            rep.add(f"{name} count F1", None, 0, note="not annotated in this gold split")
    fact_total = sum(tally.factuality.values())
    fact_ok = sum(n for (g, p), n in tally.factuality.items() if g == p)
    rep.add("factuality accuracy", fact_ok / fact_total if fact_total else None, fact_total)
    rep.add("historical accuracy", tally.historical_acc.value, tally.historical_acc.total)
    rep.add("historical F1", tally.historical.f1, tally.historical.tp + tally.historical.fn)
    rep.add(
        "attribution",
        tally.attribution.value,
        tally.attribution.total,
        note="gold contained in ours or vice versa",
    )
    rep.add("events from boilerplate", tally.boilerplate_events, None, unit="count", note="should be 0")
    rep.add(
        "events in no-event articles", tally.no_event_false, tally.no_event_articles, unit="count",
        note="should be 0",
    )  # fmt: skip
    rep.add("confidence ECE", ece(tally.confidence), len(tally.confidence), unit="ratio", note="10 bins")
    header = ["gold \\ coded", *FACTUALITY]
    rows = [header] + [[g, *(str(tally.factuality.get((g, p), 0)) for p in FACTUALITY)] for g in FACTUALITY]
    rep.tables["factuality confusion (matched events)"] = rows
    rep.notes += [
        "Matching: same sentence and compatible type (ACLED event type or PLOVER type); fields scored "
        "over matched pairs where the gold gives them (P = correct / coded, R = correct / gold).",
        *skipped,
    ]
    return rep


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{100 * v:.0f}%"


def run(root: Path, split: str, limit: int | None) -> BenchReport:
    """`root` (the shared benchmarks folder) is not used: the team gold set lives in the repository."""
    directory = gold_dir()
    articles = load_split(split, directory)[:limit] if limit else load_split(split, directory)
    tally, skipped = score_articles(articles)
    return report(tally, str(directory / f"{split}.jsonl"), split, len(articles), skipped)
