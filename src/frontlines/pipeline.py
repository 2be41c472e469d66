"""Ordered, named, versioned stages over one working document.

A stage is a plain function `Doc -> Doc` wrapped in a `Stage` that names it, versions it and declares
which `Doc` fields it reads (`requires`) and which it fills (`assigns`); a key such as
"mentions.location" names one part of a field that a later stage may require. `Pipeline` checks at
construction that every requirement is met by the input or an earlier stage, runs the stages in order,
checks each returns a `Doc`, wraps any exception in `StageError` carrying the stage's name, and records
`{name: version}` of every stage that ran on the document.

A stage may also have a batch form (`many`: a list of `Doc`s in, the same list out), which must give each
document exactly what `fn` gives it alone; `Pipeline.run_many` uses it to do one stage's work for a group
of documents at once (the parse stage: one spaCy call for the candidate sentences of every document in
the group, instead of one call per document, each paying spaCy's fixed cost per batch). The other stages
run one document at a time; each document keeps its own outcome, so one that fails or is rejected never
stops the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from frontlines.errors import PipelineError, Rejected, StageError
from frontlines.model import Article, Event
from frontlines.trace import Trace

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

    from frontlines.code.actor_lexicon import GroupSpan
    from frontlines.code.mention import Mention
    from frontlines.geo.gazetteer import Toponym


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article body: its text, its offsets in the body, its paragraph number, and
    whether the lexical pass found a trigger word in it (only candidates are parsed)."""

    start: int
    end: int
    text: str
    paragraph: int
    candidate: bool = False


@dataclass
class Doc:
    """The working document every stage reads and extends. Fields start empty; stages fill them."""

    raw: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    genre_hint: str | None = None
    """a genre the page metadata declares (readers fill it), else None"""
    article: Article | None = None
    dateline_end: int = 0
    """where the wire dateline ends in article.body (0: no dateline)"""
    sentences: list[Sentence] = field(default_factory=list)
    parses: dict[int, SpacyDoc] = field(default_factory=dict)
    """sentence index -> spaCy parse (candidate sentences only)"""
    groups: dict[int, list[GroupSpan]] = field(default_factory=dict)
    toponyms: dict[int, list[Toponym]] = field(default_factory=dict)
    english: frozenset[str] = frozenset()
    """the parsing model's English words (`nlp.models.english_words`): tells "Parliament" from a name"""
    context_countries: set[str] = field(default_factory=set)
    """ISO3 codes the article names unambiguously (and the dateline's): resolves ambiguous places"""
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)
    trace: Trace = field(default_factory=Trace)
    """why: chrome decisions, rejected triggers (for `frontlines explain`; not part of the output)"""


DOC_FIELDS = frozenset(f.name for f in fields(Doc))
# What a caller provides before any stage runs.
INPUT_FIELDS = frozenset({"raw", "published", "source", "url", "title", "genre_hint"})

StageFn = Callable[[Doc], Doc]
BatchFn = Callable[[list[Doc]], list[Doc]]
Outcome = Doc | Rejected | StageError
"""what one document comes to: the coded `Doc`, its rejection, or the failure of a stage on it"""


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    fn: StageFn
    requires: frozenset[str]
    assigns: frozenset[str]
    many: BatchFn | None = None
    """the batch form: `fn` over several documents at once, with the same result for each"""

    def __post_init__(self) -> None:
        # "mentions.location" names a part of a field: the field must exist
        unknown = {key for key in self.requires | self.assigns if key.split(".")[0] not in DOC_FIELDS}
        if unknown:
            raise PipelineError(f"stage {self.name}: unknown Doc fields {sorted(unknown)}")


def stage(
    name: str,
    version: str,
    *,
    requires: Iterable[str],
    assigns: Iterable[str],
    many: BatchFn | None = None,
) -> Callable[[StageFn], Stage]:
    """Decorator turning a `Doc -> Doc` function into a declared, versioned `Stage` (with `many`, its
    batch form)."""

    def wrap(fn: StageFn) -> Stage:
        return Stage(name, version, fn, frozenset(requires), frozenset(assigns), many)

    return wrap


class Pipeline:
    def __init__(self, stages: Sequence[Stage], provided: Iterable[str] = INPUT_FIELDS) -> None:
        available = set(provided)
        seen: set[str] = set()
        for st in stages:
            if st.name in seen:
                raise PipelineError(f"duplicate stage name {st.name!r}")
            seen.add(st.name)
            missing = {key for key in st.requires if key not in available}
            if missing:
                raise PipelineError(
                    f"stage {st.name} ({st.version}) requires {sorted(missing)}, "
                    "which neither the input nor an earlier stage provides"
                )
            available |= st.assigns
        self.stages: tuple[Stage, ...] = tuple(stages)

    @property
    def versions(self) -> dict[str, str]:
        return {st.name: st.version for st in self.stages}

    def __call__(self, doc: Doc) -> Doc:
        for st in self.stages:
            doc = _run(st, doc)
        return doc

    def run_many(self, docs: Sequence[Doc]) -> list[Outcome]:
        """Every document through every stage, in input order; returns each one's outcome (the coded
        `Doc`, or the `Rejected` / `StageError` it stopped with), the same as calling the pipeline on
        each document alone. A stage with a batch form runs once for all documents still going; if
        that call fails, the stage runs again on each of them alone, so that the failure is recorded
        on the document that caused it."""
        out: list[Outcome] = list(docs)
        start = 0
        while start < len(self.stages):
            batched = next(
                (i for i in range(start, len(self.stages)) if self.stages[i].many is not None),
                len(self.stages),
            )
            # the stages up to the next batch stage: one document at a time, each through all of them
            for k, item in enumerate(out):
                for st in self.stages[start:batched]:
                    if not isinstance(item, Doc):
                        break
                    item = _attempt(st, item)
                out[k] = item
            if batched < len(self.stages):
                self._run_batch(self.stages[batched], out)
            start = batched + 1
        return out

    @staticmethod
    def _run_batch(st: Stage, out: list[Outcome]) -> None:
        going = [(k, item) for k, item in enumerate(out) if isinstance(item, Doc)]
        if st.many is not None and len(going) > 1:
            try:
                results: Any = st.many([doc for _, doc in going])
            except Exception:
                results = None  # each alone below: the failure lands on its own document
            if (
                isinstance(results, list)
                and len(results) == len(going)
                and all(isinstance(r, Doc) for r in results)
            ):
                for (k, _), doc in zip(going, results, strict=True):
                    doc.stages[st.name] = st.version
                    out[k] = doc
                return
        for k, doc in going:
            out[k] = _attempt(st, doc)


def _run(st: Stage, doc: Doc) -> Doc:
    """One stage on one document: its `Doc`, or `Rejected`, or `StageError` raised."""
    try:
        result: Any = st.fn(doc)
    except Rejected:
        raise
    except Exception as exc:
        raise StageError(st.name, st.version, exc) from exc
    if not isinstance(result, Doc):
        raise StageError(st.name, st.version, TypeError(f"returned {type(result).__name__}, expected Doc"))
    result.stages[st.name] = st.version
    return result


def _attempt(st: Stage, doc: Doc) -> Outcome:
    """`_run`, with the rejection or failure returned instead of raised."""
    try:
        return _run(st, doc)
    except (Rejected, StageError) as exc:
        return exc
