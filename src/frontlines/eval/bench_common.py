"""Shared by the benchmark adapters: the missing-data error, a per-item time limit, a warm-up, the run
loop over a benchmark's documents (`CodingRun`) and the report rows and notes every adapter writes."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from types import FrameType
from typing import Protocol, TypeVar

from frontlines.errors import ConfigError, FrontlinesError, KnowledgeError, Rejected, StageError
from frontlines.eval.report import BenchReport
from frontlines.eval.score import PRF
from frontlines.extract import Extractor
from frontlines.model import ExtractResult

ITEM_SECONDS = 5.0
"""an item the pipeline spends longer than this on is scored as coding nothing and counted"""


class Extracts(Protocol):
    """What an adapter needs of the coder (an `Extractor`, or a stub in the adapters' tests)."""

    def extract_text(self, text: str, published: str | None = None) -> ExtractResult: ...


G = TypeVar("G")
P = TypeVar("P")
D = TypeVar("D")


def max_matching(gold: Sequence[G], pred: Sequence[P], ok: Callable[[G, P], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (gold index, predicted index) under `ok` (augmenting paths)."""
    owner: dict[int, int] = {}  # gold index -> predicted index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi, g in enumerate(gold):
            if gi in seen or not ok(g, pred[pi]):
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    for pi in range(len(pred)):
        augment(pi, set())
    return sorted(owner.items())


class BenchmarkMissing(FrontlinesError):
    """A benchmark's data is not where it was looked for, cannot be read, or has no such split."""


class ItemTimeout(Exception):
    """Raised inside the pipeline when one item runs past its time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` of this process's CPU time with `ItemTimeout` (SIGPROF, so a
    busy machine does not cut items short; main thread only, else no limit). One pathological sentence
    must not stall a run over thousands."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum: int, frame: FrameType | None) -> None:
        raise ItemTimeout(f"item took more than {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, _raise)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def timed_out(exc: BaseException) -> bool:
    """True for a `StageError` (or bare exception) caused by `time_limit`."""
    return isinstance(exc, ItemTimeout) or isinstance(exc.__cause__, ItemTimeout)


def extract_or_skip(
    extractor: Extracts, doc_id: str, text: str, published: str | None, seconds: float, skipped: list[str]
) -> ExtractResult | None:
    """Code one benchmark document under a time limit. A rejected document, a stage failure or a
    timeout is appended to `skipped` (with the reason) and gives None; a broken installation (a bad
    knowledge or settings file) is raised, since every later document would fail the same way."""
    try:
        with time_limit(seconds):
            return extractor.extract_text(text, published=published)
    except Rejected as rej:
        skipped.append(f"{doc_id}: rejected: {rej.message}")
    except (StageError, ItemTimeout) as err:
        if isinstance(err.__cause__, (KnowledgeError, ConfigError)):
            raise err.__cause__ from None
        skipped.append(f"{doc_id}: " + (f"over {seconds:g} s" if timed_out(err) else str(err)))
    return None


def add_prf(rep: BenchReport, name: str, prf: PRF, note: str = "") -> None:
    """Three rows: `name` P, R and F1."""
    rep.add(f"{name} P", prf.precision, prf.tp + prf.fp, note=note)
    rep.add(f"{name} R", prf.recall, prf.tp + prf.fn)
    rep.add(f"{name} F1", prf.f1, prf.tp + prf.fn)


def ready_extractor(extractor: Extracts | None) -> Extracts:
    """The extractor a benchmark was given (a test's stub), else a real one, warmed up."""
    if extractor is not None:
        return extractor
    built = Extractor()
    warm_up(built)
    return built


def warm_up(extractor: Extractor) -> None:
    """Load the models and knowledge files outside any item's time limit."""
    with suppress(Rejected, StageError):
        extractor.extract_text("Gunmen attacked a police post in Kabul on Monday, killing two officers.")


class CodingRun:
    """One run of the coder over a benchmark's documents: each is coded under a time limit
    (`extract_or_skip`), our events and the documents not coded are counted and the run is timed."""

    def __init__(self, extractor: Extracts | None, doc_seconds: float) -> None:
        self.extractor = ready_extractor(extractor)
        self.doc_seconds = doc_seconds
        self.events = 0
        self.skipped: list[str] = []
        """one line per document not coded: its id and why (rejected, a stage error, over the limit)"""
        self.seconds = 0.0
        """wall time from the first document to the end of the last one's scoring"""

    def code(
        self, docs: Iterable[D], doc_input: Callable[[D], tuple[str, str, str | None]]
    ) -> Iterator[tuple[D, ExtractResult | None]]:
        """Each document with its result (None when it was not coded); `doc_input` gives a document's
        (id, text, published date). The caller scores a document before the next one is coded."""
        started = time.monotonic()
        for doc in docs:
            doc_id, text, published = doc_input(doc)
            result = extract_or_skip(self.extractor, doc_id, text, published, self.doc_seconds, self.skipped)
            if result is not None:
                self.events += len(result.events)
            yield doc, result
        self.seconds = time.monotonic() - started

    def add_counts(self, rep: BenchReport) -> None:
        """The report rows "our events" and "documents not coded"."""
        rep.add("our events", self.events, unit="count")
        rep.add(
            "documents not coded",
            len(self.skipped),
            unit="count",
            note="rejected, stage error or time limit (notes)",
        )

    def add_notes(self, rep: BenchReport) -> None:
        """The report notes on the run time (over `rep.items` documents) and the documents not coded."""
        rep.notes.append(
            f"Run time: {self.seconds:.1f} s for {rep.items} documents (extraction and scoring)."
        )
        if self.skipped:
            rep.notes.append(
                f"{len(self.skipped)} documents scored as coding nothing (rejected, a stage failed, or over "
                f"the time limit): " + "; ".join(self.skipped[:5])
            )


def pct(value: float | None) -> str:
    """A share as a percentage with one decimal ("n/a" for none), for report tables."""
    return "n/a" if value is None else f"{100 * value:.1f}%"
