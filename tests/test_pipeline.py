"""The stage runner: declared requirements checked at construction, errors named, versions recorded."""

from __future__ import annotations

import pytest

from frontlines.errors import PipelineError, Rejected, StageError
from frontlines.pipeline import Doc, Pipeline, Stage, stage


@stage("upper", "upper.v1", requires=["raw"], assigns=["title"])
def upper(doc: Doc) -> Doc:
    doc.title = doc.raw.upper()
    return doc


@stage("needs_mentions", "nm.v1", requires=["mentions.location"], assigns=["events"])
def needs_location(doc: Doc) -> Doc:
    return doc


def test_runs_in_order_and_records_versions() -> None:
    @stage("exclaim", "exclaim.v2", requires=["title"], assigns=["source"])
    def exclaim(doc: Doc) -> Doc:
        doc.source = (doc.title or "") + "!"
        return doc

    pipe = Pipeline([upper, exclaim])
    out = pipe(Doc(raw="hello"))
    assert out.source == "HELLO!"
    assert out.stages == {"upper": "upper.v1", "exclaim": "exclaim.v2"}
    assert pipe.versions == {"upper": "upper.v1", "exclaim": "exclaim.v2"}


def test_missing_requirement_is_refused_at_construction() -> None:
    with pytest.raises(PipelineError, match=r"needs_mentions \(nm.v1\) requires \['mentions.location'\]"):
        Pipeline([upper, needs_location])


def test_order_matters() -> None:
    @stage("uses_title", "t.v1", requires=["article"], assigns=["events"])
    def uses(doc: Doc) -> Doc:
        return doc

    @stage("makes_article", "a.v1", requires=["raw"], assigns=["article"])
    def makes(doc: Doc) -> Doc:
        return doc

    Pipeline([makes, uses])
    with pytest.raises(PipelineError, match="uses_title"):
        Pipeline([uses, makes])


def test_duplicate_names_and_unknown_fields_are_refused() -> None:
    with pytest.raises(PipelineError, match="duplicate"):
        Pipeline([upper, upper])
    with pytest.raises(PipelineError, match="unknown Doc fields"):
        Stage("bad", "bad.v1", lambda d: d, frozenset({"nonsense"}), frozenset())


def test_stage_exception_is_wrapped_with_the_stage_name() -> None:
    @stage("explodes", "boom.v3", requires=["raw"], assigns=["title"])
    def explodes(doc: Doc) -> Doc:
        raise KeyError("missing thing")

    with pytest.raises(StageError, match=r"stage explodes \(boom.v3\) failed: KeyError") as info:
        Pipeline([upper, explodes])(Doc(raw="x"))
    assert info.value.stage == "explodes"
    assert isinstance(info.value.__cause__, KeyError)


def test_a_stage_must_return_a_doc() -> None:
    @stage("returns_none", "n.v1", requires=["raw"], assigns=["title"])
    def returns_none(doc: Doc) -> Doc:
        return None  # type: ignore[return-value]

    with pytest.raises(StageError, match="returned NoneType, expected Doc"):
        Pipeline([returns_none])(Doc(raw="x"))


def test_rejection_passes_through_unwrapped() -> None:
    @stage("rejects", "r.v1", requires=["raw"], assigns=["title"])
    def rejects(doc: Doc) -> Doc:
        raise Rejected("empty", "nothing left")

    with pytest.raises(Rejected) as info:
        Pipeline([rejects])(Doc(raw="x"))
    assert info.value.reason == "empty"


def test_default_pipeline_declares_a_consistent_graph(extractor: object) -> None:
    from frontlines.extract import Extractor

    assert isinstance(extractor, Extractor)
    names = [st.name for st in extractor.pipeline.stages]
    assert names[0] == "article" and names[-1] == "events"
    assert all(v.startswith(k) for k, v in extractor.pipeline.versions.items())


def test_memoized_lemmas_match_spacy() -> None:
    """The lemma cache (nlp/fast.py) gives exactly what spaCy's own lemmatizer gives."""
    import spacy

    from frontlines.config import load_settings
    from frontlines.nlp.models import load_spacy

    model = load_settings().nlp.model
    text = (
        "Gunmen killed three soldiers and wounded two others; the soldiers were killed as they slept, "
        "and the army said it had killed the gunmen's leader. Ain't nobody gonna forget it."
    )
    ours = load_spacy(model)
    plain = spacy.load(model)
    for _ in range(2):  # the second pass is served from the cache
        assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in plain(text)]
