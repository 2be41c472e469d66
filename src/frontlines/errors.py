"""One exception tree for frontlines, with coded reasons.

    FrontlinesError
     ├── ConfigError            a settings or data file is invalid (names the file and the field)
     ├── KnowledgeError         a knowledge data file fails its schema
     ├── PipelineError          the stage graph is inconsistent (missing requirement, duplicate name)
     ├── StageError             a stage raised while processing a document (carries the stage's name)
     └── Rejected               an input document was refused; `.reason` is one of REJECT_REASONS
          └── Duplicate         the article repeats one already seen (exact or near copy): not coded again

`Rejected` is expected and recoverable: a batch records it and goes on with the next document.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

RejectReason = Literal[
    "empty",
    "binary",
    "not_utf8",
    "too_large",
    "not_english",
    "unreadable",
    "invalid",
    "http_error",
    "timeout",
    "network",
    "malformed",
    "truncated",
    "duplicate",
]
# empty, binary, not_utf8, too_large, not_english, unreadable, invalid: the document itself.
# http_error (status >= 400; the detail has the status), timeout, network (refused, DNS, reset): a fetch.
# malformed: a feed or WARC that cannot be parsed; truncated: a WARC record or gzip stream cut off.
# duplicate: the clean body repeats an article already seen (see Duplicate).
REJECT_REASONS: tuple[RejectReason, ...] = get_args(RejectReason)


class FrontlinesError(Exception):
    """Base of every error frontlines raises on purpose."""


class ConfigError(FrontlinesError):
    """Invalid settings (defaults file, environment override or CLI value)."""


class KnowledgeError(FrontlinesError):
    """A knowledge data file (ontology, actors, triggers, gazetteer) is missing or fails its schema."""


class PipelineError(FrontlinesError):
    """The pipeline cannot be built: a stage needs something no earlier stage provides, or names clash."""


class StageError(FrontlinesError):
    """A stage failed on one document; the original exception is chained as `__cause__`."""

    def __init__(self, stage: str, version: str, cause: BaseException) -> None:
        self.stage = stage
        self.version = version
        super().__init__(f"stage {stage} ({version}) failed: {type(cause).__name__}: {cause}")


class Rejected(FrontlinesError):
    """An input document was refused. `reason` is a stable code; `detail` is for humans."""

    def __init__(self, reason: RejectReason, detail: str = "", *, name: str | None = None) -> None:
        if reason not in REJECT_REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        self.reason: RejectReason = reason
        self.detail = detail
        self.name = name
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason


class Duplicate(Rejected):
    """The article (after cleaning) repeats one already seen: `original` is that article's id. An exact
    copy is a no-op; a near copy (a syndicated version) is linked to its original and not coded again.
    `article` is the cleaned article, so a store can keep the link."""

    def __init__(
        self, original: str, similarity: float, exact: bool, article: Any = None, *, name: str | None = None
    ) -> None:
        self.original = original
        self.similarity = similarity
        self.exact = exact
        self.article = article
        kind = "exact copy" if exact else f"near copy (similarity {similarity:.2f})"
        super().__init__("duplicate", f"{kind} of article {original}", name=name)
