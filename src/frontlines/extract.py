"""`extract`: documents in, contract results out. The CLI, the tests and (later) the API call this."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from itertools import islice

from frontlines import knowledge
from frontlines.clean.dedupe import Deduper
from frontlines.config import Settings, load_settings
from frontlines.errors import ConfigError, KnowledgeError, Rejected, StageError
from frontlines.ingest.text import InputDoc, make_doc
from frontlines.model import ExtractResult
from frontlines.pipeline import Doc, Pipeline
from frontlines.stages import default_stages, with_dedupe


def pipeline_doc(item: InputDoc) -> Doc:
    """The pipeline's input for one document: its raw text and what the caller knows about it."""
    return Doc(
        raw=item.text,
        published=item.published,
        source=item.source,
        url=item.url,
        title=item.title,
        genre_hint=item.genre,
    )


_settled = False  # `settle_heap` has run


def settle_heap() -> None:
    """Once per process, when the first document has been coded (so the spaCy model, the gazetteer and
    the knowledge files are loaded): move every object alive into the garbage collector's permanent
    generation (`gc.freeze`). They live as long as the process, and each full collection would
    otherwise walk their millions of objects again; coding a group of documents allocates enough to set
    off several (measured on bench/corpus: 0.3-0.9 s CPU of ~2.2 s). Output is unchanged: only the
    cycle collector skips them; reference counting frees what is dropped later. Whether it was done is
    remembered (`heap_settled`): `gc.get_freeze_count` walks the whole permanent generation (~15 ms
    for the ~160,000 objects then alive), too dear to ask at every group."""
    global _settled
    if not _settled:
        if gc.get_freeze_count() == 0:
            gc.freeze()
        _settled = True


def heap_settled() -> bool:
    """`settle_heap` has run in this process."""
    return _settled


class Extractor:
    """A built pipeline. Construction checks the stage graph; models load on first use."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self.pipeline = Pipeline(default_stages(self.settings))

    def new_deduper(self) -> Deduper:
        c = self.settings.clean
        return Deduper(c.near_duplicate_threshold, c.num_perm, c.shingle_words)

    @property
    def versions(self) -> dict[str, str]:
        return {**self.pipeline.versions, **knowledge.versions()}

    def extract(self, item: InputDoc, pipeline: Pipeline | None = None) -> ExtractResult:
        """Code one document. Raises `Rejected` for input that cannot be coded (`Duplicate` when the
        pipeline dedupes and has seen it), `StageError` on a bug."""
        result = self._result((pipeline or self.pipeline)(pipeline_doc(item)))
        settle_heap()
        return result

    def extract_text(self, text: str, published: str | None = None, **meta: str | None) -> ExtractResult:
        return self.extract(make_doc("<text>", text, {**meta, "published": published}))

    def extract_many(
        self, items: Iterable[InputDoc | Rejected], dedupe: bool | None = None, group: int | None = None
    ) -> Iterator[tuple[str, ExtractResult | Rejected | StageError]]:
        """Code a batch, yielding (document name, outcome) in input order. A rejected document, or one a
        stage fails on, is yielded as that error and the batch goes on with the next document. With
        `dedupe` (default: `[clean] dedupe`), an article that repeats one seen earlier in the batch is
        yielded as `Duplicate` (a `Rejected`) without being coded. Documents are coded in groups of
        `group` (default `[nlp] group_documents`; `Pipeline.run_many`): a group's outcomes are yielded
        when its last document is coded, and are what coding each document alone gives."""
        use_dedupe = self.settings.clean.dedupe if dedupe is None else dedupe
        pipeline = (
            Pipeline(with_dedupe(self.pipeline.stages, self.new_deduper())) if use_dedupe else self.pipeline
        )
        size = group or self.settings.nlp.group_documents
        it = iter(items)
        # one document at a time until one is coded (the models are loaded then: `settle_heap`)
        while chunk := list(islice(it, size if heap_settled() else 1)):
            docs = [pipeline_doc(item) for item in chunk if isinstance(item, InputDoc)]
            done = pipeline.run_many(docs)
            if any(isinstance(d, Doc) for d in done):
                settle_heap()
            outcomes = iter(done)
            for item in chunk:
                if isinstance(item, Rejected):
                    yield item.name or "<input>", item
                    continue
                outcome = next(outcomes)
                if isinstance(outcome, Rejected):
                    outcome.name = outcome.name or item.name
                    yield item.name, outcome
                elif isinstance(outcome, StageError):
                    if isinstance(outcome.__cause__, (KnowledgeError, ConfigError)):
                        raise outcome.__cause__ from None  # the installation is broken, not this document
                    yield item.name, outcome
                else:
                    yield item.name, self._result(outcome)

    def _result(self, doc: Doc) -> ExtractResult:
        assert doc.article is not None
        return ExtractResult(
            article=doc.article, events=doc.events, stages={**doc.stages, **knowledge.versions()}
        )
