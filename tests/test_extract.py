"""Batches: a document a stage fails on is recorded with the stage's name and the batch goes on."""

from __future__ import annotations

import pytest

from frontlines.errors import Rejected, StageError
from frontlines.extract import Extractor
from frontlines.ingest.text import InputDoc
from frontlines.model import ExtractResult
from frontlines.pipeline import Doc, Pipeline, Stage


def test_a_stage_failure_on_one_document_does_not_stop_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    ex = Extractor()
    stages = list(ex.pipeline.stages)
    real = next(st for st in stages if st.name == "triggers")

    def flaky(doc: Doc) -> Doc:
        if "POISON" in doc.raw:
            raise RuntimeError("boom")
        return real.fn(doc)

    stages[stages.index(real)] = Stage(real.name, real.version, flaky, real.requires, real.assigns)
    monkeypatch.setattr(ex, "pipeline", Pipeline(stages))
    items: list[InputDoc | Rejected] = [
        InputDoc("a", "Gunmen attacked a checkpoint in Kandahar on Monday, killing two officers."),
        InputDoc("b", "Troops attacked POISON positions in Mosul on Monday."),
        Rejected("binary", "control bytes", name="c"),
        InputDoc("d", "Rebels shelled Goma on Friday.", published="2020-02-08"),
    ]
    out = list(ex.extract_many(items))
    assert [name for name, _ in out] == ["a", "b", "c", "d"]
    kinds = [type(o).__name__ for _, o in out]
    assert kinds == ["ExtractResult", "StageError", "Rejected", "ExtractResult"]
    failed = out[1][1]
    assert isinstance(failed, StageError) and failed.stage == "triggers"
    assert isinstance(out[3][1], ExtractResult) and out[3][1].events
