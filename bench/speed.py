"""Speed: words/second of the full frontlines pipeline vs bare spaCy on the same corpus, same run.

Each measurement runs in a fresh worker process (so peak RSS is per system), alternating
spaCy / frontlines for --repeats rounds; the median of each is reported with their ratio.
Bare spaCy = en_core_web_sm with only tok2vec + parser + ner, over every paragraph of the corpus, as
installed (thinc's BLIS matrix products). frontlines routes those products through numpy's OpenBLAS on
one thread (`nlp/fast.py: install_fast_matmul`), which on some CPUs is far faster; so the same bare
spaCy is also measured with that change ("spaCy+OpenBLAS"), and the ratio against it says what the
pipeline's design (candidates first, parse second) gains, apart from the faster matrix products.
frontlines = the whole `extract` pipeline over every article (one document per corpus file), coded as
`frontlines extract` codes a batch (`Extractor.extract_many`: groups of `[nlp] group_documents`, the
candidate sentences of a group parsed in one spaCy call) but without the duplicate check, as in every
session before (its datasketch import pulls in scipy: ~0.5 s CPU once per process, ~45 MB); the frontlines
rounds also report the process CPU time of each stage (median over rounds).

Run: make bench      (or: .venv/bin/python bench/speed.py --repeats 3 [--json out.json])
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"
KINDS = ("spacy", "spacy+openblas", "frontlines")


def load_corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def timed_stages(extractor: Any, cpu: dict[str, float]) -> None:
    """Wrap each stage of the extractor's pipeline (and its batch form) to add its process CPU time to
    `cpu[stage name]` (two clock reads a stage and document: no measurable cost)."""

    def wrap(name: str, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(doc: Any) -> Any:
            c0 = time.process_time()
            try:
                return fn(doc)
            finally:
                cpu[name] = cpu.get(name, 0.0) + time.process_time() - c0

        return run

    extractor.pipeline.stages = tuple(
        dataclasses.replace(
            st, fn=wrap(st.name, st.fn), many=None if st.many is None else wrap(st.name, st.many)
        )
        for st in extractor.pipeline.stages
    )


def worker(kind: str) -> dict[str, Any]:
    docs = load_corpus()
    paragraphs = [p for d in docs for p in d.split("\n\n") if p.strip()]
    words = sum(len(d.split()) for d in docs)
    stage_cpu: dict[str, float] = {}
    if kind in ("spacy", "spacy+openblas"):
        import spacy

        from frontlines.config import load_settings
        from frontlines.nlp.fast import install_fast_matmul

        nlp = spacy.load(load_settings().nlp.model, exclude=["tagger", "attribute_ruler", "lemmatizer"])
        if kind == "spacy+openblas" and not install_fast_matmul(nlp):
            print(
                "spaCy+OpenBLAS: numpy has no single-threaded OpenBLAS here; measured as bare spaCy",
                file=sys.stderr,
            )
        list(nlp.pipe(paragraphs[:5]))  # warm up
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(paragraphs, batch_size=64):
            pass
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        events = 0.0
    else:
        from frontlines.extract import Extractor
        from frontlines.ingest.text import make_doc
        from frontlines.model import ExtractResult

        extractor = Extractor()
        extractor.extract_text(docs[0], published="2020-01-01")  # warm up: models and data load
        timed_stages(extractor, stage_cpu)
        items = [make_doc(f"doc{i}", d, {"published": "2020-01-01"}) for i, d in enumerate(docs)]
        t0, c0 = time.perf_counter(), time.process_time()
        events = 0.0
        for name, outcome in extractor.extract_many(items, dedupe=False):
            if not isinstance(outcome, ExtractResult):
                raise SystemExit(f"{name}: {outcome}")
            events += len(outcome.events)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "words": words,
        "paragraphs": len(paragraphs),
        "docs": len(docs),
        "seconds": elapsed,
        "wps": words / elapsed,
        "cpu_seconds": cpu,
        "cpu_wps": words / cpu,
        "rss_mb": rss_mb,
        "events": events,
        "stage_cpu_seconds": stage_cpu,
    }


def run_worker(kind: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", kind], capture_output=True, text=True, check=True, timeout=1800
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--worker", choices=list(KINDS))
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    for i in range(args.repeats):
        for kind in KINDS:
            r = run_worker(kind)
            runs[kind].append(r)
            print(
                f"round {i + 1} {kind:>14}: {r['wps']:8.0f} words/s  peak RSS {r['rss_mb']:.0f} MB",
                flush=True,
            )
    med = {k: statistics.median(r["wps"] for r in v) for k, v in runs.items()}
    cpu_med = {k: statistics.median(r["cpu_wps"] for r in v) for k, v in runs.items()}
    # the fastest round of each: other work on the machine only ever slows a round down
    best = {k: max(r["cpu_wps"] for r in v) for k, v in runs.items()}
    rss = {k: max(r["rss_mb"] for r in v) for k, v in runs.items()}
    first = runs["frontlines"][0]
    ratio = med["frontlines"] / med["spacy"]
    cpu_ratio = cpu_med["frontlines"] / cpu_med["spacy"]
    best_ratio = best["frontlines"] / best["spacy"]
    same_ops = {
        "ratio": med["frontlines"] / med["spacy+openblas"],
        "cpu_ratio": cpu_med["frontlines"] / cpu_med["spacy+openblas"],
        "best_cpu_ratio": best["frontlines"] / best["spacy+openblas"],
    }
    print()
    print(
        f"corpus: bench/corpus, {int(first['docs'])} documents, {int(first['paragraphs'])} paragraphs, "
        f"{int(first['words'])} words; {args.repeats} rounds; {platform.python_version()}"
    )
    print(f"bare spaCy (tok2vec+parser+ner): {med['spacy']:8.0f} words/s  peak RSS {rss['spacy']:.0f} MB")
    print(f"bare spaCy + OpenBLAS products:  {med['spacy+openblas']:8.0f} words/s")
    print(
        f"frontlines extract (full):       {med['frontlines']:8.0f} words/s  "
        f"peak RSS {rss['frontlines']:.0f} MB  ({int(first['events'])} events)"
    )
    print(f"ratio frontlines / spaCy:        {ratio:8.2f}  (wall clock)")
    # CPU time of each process: far less disturbed by other work on a shared 2-core machine
    print(f"ratio frontlines / spaCy, CPU:   {cpu_ratio:8.2f}  (process CPU time)")
    print(f"ratio frontlines / spaCy, best:  {best_ratio:8.2f}  (fastest round of each, CPU time)")
    print(
        f"ratio vs spaCy+OpenBLAS (design only): {same_ops['ratio']:.2f} wall, "
        f"{same_ops['cpu_ratio']:.2f} CPU, {same_ops['best_cpu_ratio']:.2f} best"
    )
    stage_cpu = {
        name: statistics.median(r["stage_cpu_seconds"][name] for r in runs["frontlines"])
        for name in runs["frontlines"][0]["stage_cpu_seconds"]
    }
    total = statistics.median(r["cpu_seconds"] for r in runs["frontlines"])
    print(
        f"frontlines CPU by stage (median of rounds, of {total:.2f} s): "
        + ", ".join(f"{name} {sec:.2f} s ({100 * sec / total:.0f}%)" for name, sec in stage_cpu.items())
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "median_wps": med,
                    "median_cpu_wps": cpu_med,
                    "peak_rss_mb": rss,
                    "ratio": ratio,
                    "cpu_ratio": cpu_ratio,
                    "best_cpu_ratio": best_ratio,
                    "vs_spacy_openblas": same_ops,
                    "frontlines_stage_cpu_seconds": stage_cpu,
                    "runs": runs,
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
