"""`frontlines ingest`: read targets, skip what is already stored, code the rest (in this process or in
N worker processes), and write in atomic batches from this process alone.

Idempotent and resumable: before coding, each document's input key (the id the article stage would
give it; `rows.input_key`) is looked up, so a rerun after a crash or on the same inputs codes and writes
only what is missing; at write time an article id already present is a duplicate, never a second row.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from typing import Any, TypeVar

from frontlines.clean.dedupe import Deduper
from frontlines.config import Settings
from frontlines.errors import Rejected, StageError
from frontlines.extract import Extractor, pipeline_doc
from frontlines.ingest.sources import read_targets
from frontlines.ingest.text import InputDoc
from frontlines.model import ExtractResult
from frontlines.pipeline import Pipeline
from frontlines.report import BatchCounts
from frontlines.stages import article_stage
from frontlines.store.linking import link_pending
from frontlines.store.rows import input_key, rejection_key
from frontlines.store.store import Coded, Store

T = TypeVar("T")


@dataclass
class IngestSummary(BatchCounts):
    """What one ingest did (`BatchCounts` plus what the store adds). `skipped`: already stored before
    this run (not coded again); `duplicates`: the article repeats one already stored: the same clean
    body under another input (not written again), or a near copy (written, linked to its original by
    `duplicate_of`, not coded)."""

    stored: int = 0
    skipped: int = 0
    linked: int = 0
    """mentions linked into events (docs/linking.md)"""
    stages: dict[str, str] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.duplicates + self.failed + self.rejected_total

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "rejected": dict(sorted(self.rejected.items())),
            "failed": self.failed,
            "events": self.events,
            "linked": self.linked,
        }


def outcome_to_coded(name: str, key: str | None, outcome: ExtractResult | Rejected | StageError) -> Coded:
    if isinstance(outcome, ExtractResult):
        return Coded(name, key, result=outcome)
    if isinstance(outcome, Rejected):
        return Coded(name, key, reason=outcome.reason, detail=outcome.detail)
    return Coded(name, key, reason="stage_error", detail=str(outcome), stage=outcome.stage)


def code_group(extractor: Extractor, docs: Sequence[InputDoc]) -> list[Coded]:
    """Code documents (one group: `Extractor.extract_many`) into picklable `Coded`s, in order (a broken
    installation still raises). Near-duplicates were settled by the parent before (`_Linker`), so the
    worker does not dedupe."""
    outcomes = extractor.extract_many(docs, dedupe=False, group=len(docs) or 1)
    return [
        outcome_to_coded(name, input_key(doc.text), outcome)
        for doc, (name, outcome) in zip(docs, outcomes, strict=True)
    ]


def code_one(extractor: Extractor, doc: InputDoc) -> Coded:
    """`code_group` of one document."""
    return code_group(extractor, [doc])[0]


# Per-worker-process state: each worker builds its Extractor once in `_init_worker` (the usual
# multiprocessing.Pool initializer pattern); the parent process never touches it.
_worker_extractor: list[Extractor] = []


def _init_worker(settings: Settings) -> None:
    _worker_extractor.append(Extractor(settings))


def _work(docs: list[InputDoc]) -> list[Coded]:
    return code_group(_worker_extractor[0], docs)


class _Coder:
    """Codes documents in order, here (jobs=1) or in a pool of spawned workers, in groups of
    `[nlp] group_documents` (their candidate sentences parsed in one spaCy call), never more than
    `[store] batch_size` (coding does not run far ahead of the writes), with a bounded number of
    groups in flight (so a huge input is streamed, not queued whole)."""

    def __init__(self, settings: Settings, jobs: int, extractor: Extractor | None = None) -> None:
        self.jobs = jobs
        self.group = min(settings.nlp.group_documents, settings.store.batch_size)
        self.pool: Pool | None = None
        self.extractor: Extractor | None = None
        if jobs > 1:
            ctx = multiprocessing.get_context("spawn")
            self.pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(settings,))
        else:
            self.extractor = extractor or Extractor(settings)

    def code(self, docs: Iterable[InputDoc]) -> Iterator[Coded]:
        groups = _batches(docs, self.group)
        if self.pool is None:
            assert self.extractor is not None
            for group in groups:
                yield from code_group(self.extractor, group)
            return
        pending: deque[AsyncResult[list[Coded]]] = deque()
        for group in groups:
            pending.append(self.pool.apply_async(_work, (group,)))
            if len(pending) >= self.jobs * 2:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def close(self, *, abort: bool = False) -> None:
        if self.pool is not None:
            if abort:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()


# how many of the most recent stored articles a new one is compared with for near-duplicates
RECENT_ORIGINALS = 20_000


class _Linker:
    """Near-duplicates, in the parent (the one writer): each new document's clean article is built
    (the article stage alone: chrome, language, dateline; no parsing) and compared by MinHash with the
    articles seen in this run and the most recent ones stored. A syndicated copy is written as an
    article linked to its original (`duplicate_of`) and is never coded."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        c = settings.clean
        self.deduper = Deduper(c.near_duplicate_threshold, c.num_perm, c.shingle_words) if c.dedupe else None
        self.stage = Pipeline([article_stage(settings)])
        if self.deduper is not None:
            for article_id_, body in store.recent_originals(RECENT_ORIGINALS):
                self.deduper.add(article_id_, body)

    def check(self, doc: InputDoc, key: str) -> Coded | None:
        """None: code it. Otherwise the rejection or the duplicate to write instead."""
        if self.deduper is None:
            return None
        try:
            built = self.stage(pipeline_doc(doc))
        except Rejected as rej:
            return Coded(doc.name, key, reason=rej.reason, detail=rej.detail)
        except StageError:
            return None  # the coder will record the failure with its stage
        article = built.article
        assert article is not None
        found = self.deduper.check_and_add(article.id, article.body)
        if found is None or found.exact:
            return None  # new, or the same body: the write-time id check makes it a no-op
        result = ExtractResult(article=article, events=[], stages=built.stages)
        return Coded(
            doc.name,
            key,
            result=result,
            duplicate_of=found.original,
            detail=f"near copy (similarity {found.similarity:.2f}) of {found.original}",
        )


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(
    targets: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    jobs: int = 1,
    command: str = "ingest",
    on_progress: Callable[[IngestSummary], None] | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Read, skip the known, code, write in batches of `[store] batch_size`; returns the summary.
    `extractor`: reuse an already built one (jobs=1 only; workers build their own)."""
    summary = IngestSummary()
    run_id = store.start_run(command)
    size = settings.store.batch_size
    coder = _Coder(settings, jobs, extractor)
    linker = _Linker(settings, store)

    def notify() -> None:
        if on_progress is not None:
            on_progress(summary)

    def fresh() -> Iterator[InputDoc]:
        """Documents still to code; reader rejections and already-known documents are settled here."""
        for batch in _batches(read_targets(targets, settings), size):
            summary.read += len(batch)
            docs = [d for d in batch if isinstance(d, InputDoc)]
            # each document's key made once: it normalises the whole body
            key_of = {id(d): input_key(d.text) for d in docs}
            known = store.known(set(key_of.values()))
            rejected_before = store.rejected({rejection_key(d.name, key_of[id(d)]) for d in docs})
            early: list[Coded] = []
            for item in batch:
                if isinstance(item, Rejected):
                    name = item.name or "<input>"
                    early.append(Coded(name, None, reason=item.reason, detail=item.detail))
                    continue
                key = key_of[id(item)]
                if key in known or rejection_key(item.name, key) in rejected_before:
                    summary.skipped += 1
                    continue
                settled = linker.check(item, key)
                if settled is not None:
                    early.append(settled)
                    continue
                yield item
            if early:
                for coded, status in zip(early, store.write_batch(early, run_id), strict=True):
                    if status == "duplicate":
                        summary.duplicates += 1
                    else:
                        summary.rejected[coded.reason or "invalid"] += 1
            notify()

    try:
        pending: list[Coded] = []
        for coded in coder.code(fresh()):
            pending.append(coded)
            if coded.result is not None:
                summary.stages.update(coded.result.stages)
            if len(pending) >= size:
                _flush(store, pending, run_id, summary)
                notify()
        _flush(store, pending, run_id, summary)
        notify()
    except BaseException:
        coder.close(abort=True)
        raise
    coder.close()
    store.finish_run(run_id, summary.stages, summary.as_dict())
    return summary


def _flush(store: Store, pending: list[Coded], run_id: str, summary: IngestSummary) -> None:
    if not pending:
        return
    statuses = store.write_batch(pending, run_id)
    # linking runs in the writer after each batch: the new mentions join (or start) linked events
    summary.linked += link_pending(store).mentions
    for coded, status in zip(pending, statuses, strict=True):
        if status == "stored":
            summary.stored += 1
            summary.events += len(coded.result.events) if coded.result else 0
        elif status == "duplicate":
            summary.duplicates += 1
        elif status == "failed":
            summary.failed += 1
        else:
            summary.rejected[coded.reason or "invalid"] += 1
    pending.clear()
