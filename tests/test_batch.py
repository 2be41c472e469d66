"""Coding in groups (`Pipeline.run_many`, `Extractor.extract_many`): a stage's batch form runs once for
the group, each document's outcome is what coding it alone gives, and a document that fails or is
rejected, even inside the batch stage, never stops the others."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from frontlines.errors import Rejected, StageError
from frontlines.extract import Extractor
from frontlines.ingest.text import InputDoc, make_doc
from frontlines.model import ExtractResult
from frontlines.nlp.models import load_spacy
from frontlines.pipeline import Doc, Pipeline, stage

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus"


def _toy(calls: list[list[str]], fail_in_batch: str | None = None) -> Pipeline:
    @stage("first", "first.v1", requires=["raw"], assigns=["title"])
    def first(doc: Doc) -> Doc:
        if doc.raw == "reject me":
            raise Rejected("empty", "nothing to code")
        if doc.raw == "break me":
            raise ValueError("broken before the batch")
        doc.title = doc.raw.upper()
        return doc

    def shout_all(docs: list[Doc]) -> list[Doc]:
        calls.append([d.raw for d in docs])
        for d in docs:
            if d.raw == fail_in_batch:
                raise RuntimeError("one bad document in the batch")
            d.source = f"{d.title}!"
        return docs

    @stage("shout", "shout.v1", requires=["title"], assigns=["source"], many=shout_all)
    def shout(doc: Doc) -> Doc:
        return shout_all([doc])[0]

    @stage("last", "last.v1", requires=["source"], assigns=["url"])
    def last(doc: Doc) -> Doc:
        doc.url = f"{doc.source}?"
        return doc

    return Pipeline([first, shout, last])


def test_the_batch_form_runs_once_for_the_documents_still_going() -> None:
    calls: list[list[str]] = []
    out = _toy(calls).run_many([Doc(raw="a"), Doc(raw="reject me"), Doc(raw="break me"), Doc(raw="b")])
    assert calls == [["a", "b"]]  # one call, without the rejected and the broken one
    assert isinstance(out[0], Doc) and out[0].url == "A!?"
    assert isinstance(out[1], Rejected) and out[1].reason == "empty"
    assert isinstance(out[2], StageError) and out[2].stage == "first"
    assert isinstance(out[3], Doc) and out[3].url == "B!?"
    assert out[3].stages == {"first": "first.v1", "shout": "shout.v1", "last": "last.v1"}


def test_a_failing_batch_runs_again_one_document_at_a_time() -> None:
    calls: list[list[str]] = []
    out = _toy(calls, fail_in_batch="b").run_many([Doc(raw="a"), Doc(raw="b"), Doc(raw="c")])
    assert calls == [["a", "b", "c"], ["a"], ["b"], ["c"]]
    assert [type(o).__name__ for o in out] == ["Doc", "StageError", "Doc"]
    failed = out[1]
    assert isinstance(failed, StageError) and failed.stage == "shout"
    assert [o.url for o in out if isinstance(o, Doc)] == ["A!?", "C!?"]


def test_run_many_gives_what_each_document_alone_gives() -> None:
    raws = ["x", "reject me", "y", "break me", "z"]
    alone: list[Any] = []
    for raw in raws:
        try:
            alone.append(_toy([])(Doc(raw=raw)).url)
        except (Rejected, StageError) as exc:
            alone.append(type(exc).__name__)
    together = [o.url if isinstance(o, Doc) else type(o).__name__ for o in _toy([]).run_many(
        [Doc(raw=r) for r in raws]
    )]  # fmt: skip
    assert together == alone


@pytest.fixture(scope="module")
def articles() -> list[InputDoc]:
    paths = sorted(CORPUS.glob("*.txt"))[:5]
    return [make_doc(p.name, p.read_text(encoding="utf-8"), {"published": "2020-01-01"}) for p in paths]


def _json(outcome: object) -> object:
    assert isinstance(outcome, ExtractResult)
    return outcome.to_json_dict()


def test_a_group_parses_in_one_spacy_call_and_codes_as_one_at_a_time(
    extractor: Extractor, articles: list[InputDoc], monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = [_json(extractor.extract(a)) for a in articles]
    nlp = load_spacy(extractor.settings.nlp.model, tuple(extractor.settings.nlp.disable))
    real_pipe = nlp.pipe
    calls: list[int] = []

    def counting_pipe(texts: Any, **kw: Any) -> Any:
        docs = list(texts)
        calls.append(len(docs))
        return real_pipe(docs, **kw)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    out = list(extractor.extract_many(articles, dedupe=False, group=len(articles)))
    assert len(calls) == 1 and calls[0] > 5  # every candidate sentence of the five in one call
    assert [name for name, _ in out] == [a.name for a in articles]
    assert [_json(o) for _, o in out] == alone
    calls.clear()
    assert [_json(o) for _, o in extractor.extract_many(articles, dedupe=False, group=2)] == alone
    assert len(calls) == 3  # groups of 2, 2 and 1


def test_a_broken_document_in_the_middle_of_a_group(
    extractor: Extractor, articles: list[InputDoc], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document that makes the parse stage fail inside the batch, one rejected by the article stage
    and one rejected by the reader, in the middle of a group: the others are coded as if alone."""
    alone = [_json(extractor.extract(a)) for a in articles]
    stages = list(extractor.pipeline.stages)
    k = next(i for i, st in enumerate(stages) if st.name == "parse")
    real = stages[k]
    assert real.many is not None
    real_many = real.many

    def poisoned(docs: list[Doc]) -> list[Doc]:
        if any("POISON" in d.raw for d in docs):
            raise RuntimeError("spaCy choked")
        return real_many(docs)

    stages[k] = dataclasses.replace(real, fn=lambda d: poisoned([d])[0], many=poisoned)
    monkeypatch.setattr(extractor, "pipeline", Pipeline(stages))
    poison = make_doc("poison", "Troops shelled POISON positions near Mosul on Monday.", {})
    empty = make_doc("empty", "   \n  ", {})
    items: list[InputDoc | Rejected] = [
        articles[0],
        articles[1],
        poison,
        Rejected("binary", "control bytes", name="binary"),
        empty,
        *articles[2:],
    ]
    out = list(extractor.extract_many(items, dedupe=False, group=len(items)))
    assert [name for name, _ in out] == [
        articles[0].name, articles[1].name, "poison", "binary", "empty", *[a.name for a in articles[2:]]
    ]  # fmt: skip
    failed = out[2][1]
    assert isinstance(failed, StageError) and failed.stage == "parse"
    assert isinstance(out[3][1], Rejected) and out[3][1].reason == "binary"
    assert isinstance(out[4][1], Rejected)
    coded = [o for i, (_, o) in enumerate(out) if i not in (2, 3, 4)]
    assert [_json(o) for o in coded] == alone


def test_duplicates_are_found_across_groups(extractor: Extractor, articles: list[InputDoc]) -> None:
    items = [articles[0], articles[1], dataclasses.replace(articles[0], name="again")]
    for group in (1, 2, 3):
        out = list(extractor.extract_many(items, dedupe=True, group=group))
        assert [type(o).__name__ for _, o in out] == ["ExtractResult", "ExtractResult", "Duplicate"]


def test_the_heap_is_settled_once_the_first_document_is_coded() -> None:
    """`settle_heap`: in a fresh process nothing is frozen before the first document is coded (an early
    rejection does not count: the models are not loaded yet), everything loaded is frozen after it."""
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from frontlines.extract import Extractor\n"
        "from frontlines.ingest.text import make_doc\n"
        "ex = Extractor()\n"
        "seen = []\n"
        "items = [make_doc('empty', '  ', {}), make_doc('a', 'Rebels shelled Goma on Friday.', {}),\n"
        "         make_doc('b', 'Gunmen attacked a police post in Kabul on Monday.', {})]\n"
        "for name, outcome in ex.extract_many(items, dedupe=False):\n"
        "    seen.append((name, type(outcome).__name__, gc.get_freeze_count() > 0))\n"
        "print(seen)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str(
        [("empty", "Rejected", False), ("a", "ExtractResult", True), ("b", "ExtractResult", True)]
    )
