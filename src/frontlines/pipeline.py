"""Ordered, named, versioned stages over one working document.

A stage is a plain function `Doc -> Doc` wrapped in a `Stage` that names it, versions it and declares
which `Doc` fields it reads (`requires`) and which it fills (`assigns`); a key such as
"mentions.location" names one part of a field that a later stage may require. `Pipeline` checks at
construction that every requirement is met by the input or an earlier stage, runs the stages in order,
checks each returns a `Doc`, wraps any exception in `StageError` carrying the stage's name, and records
`{name: version}` of every stage that ran on the document.
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


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    fn: StageFn
    requires: frozenset[str]
    assigns: frozenset[str]

    def __post_init__(self) -> None:
        # "mentions.location" names a part of a field: the field must exist
        unknown = {key for key in self.requires | self.assigns if key.split(".")[0] not in DOC_FIELDS}
        if unknown:
            raise PipelineError(f"stage {self.name}: unknown Doc fields {sorted(unknown)}")


def stage(
    name: str, version: str, *, requires: Iterable[str], assigns: Iterable[str]
) -> Callable[[StageFn], Stage]:
    """Decorator turning a `Doc -> Doc` function into a declared, versioned `Stage`."""

    def wrap(fn: StageFn) -> Stage:
        return Stage(name, version, fn, frozenset(requires), frozenset(assigns))

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
            try:
                result: Any = st.fn(doc)
            except Rejected:
                raise
            except Exception as exc:
                raise StageError(st.name, st.version, exc) from exc
            if not isinstance(result, Doc):
                raise StageError(
                    st.name, st.version, TypeError(f"returned {type(result).__name__}, expected Doc")
                )
            doc = result
            doc.stages[st.name] = st.version
        return doc
