"""WikiEvents (KAIROS ontology) trigger scoring (`<benchmarks>/wikievents/`, read in place, never copied).

Data. `dev.jsonl` / `test.jsonl`, one document per line: `tokens` (the document's tokens),
`sentences` (per sentence: its tokens as [text, start char, end char] and its text), and
`event_mentions` with `event_type` (e.g. Conflict.Attack.DetonateExplode) and `trigger` {start, end}
in document token indices (end exclusive). The file's `text` is the sentences glued without any
space, so it is not used; the token offsets refer to the original article, whose whitespace is lost.
Splits: "dev", "test", "all" (both). `*_info.jsonl` and `coref/` are not needed for triggers.

Input. The document is rebuilt from the tokens and their offsets: one space where the original had a
gap inside a sentence; between sentences one space when the gap was one character, else a paragraph
break (a gap of 2+ characters was a line break). No publication date is known.

Scope. Gold triggers of types Conflict.* and Life.Die.* only (other KAIROS types are not scored: a
prediction of ours that lands on one of them is a false positive). Our events -> KAIROS
(`kairos_type`; frontlines has no death class, so the trigger word decides Life.Die):
  Life.Die.Unspecified                         trigger word kill*, die/died/dies/dying, dead, death*,
                                               slay*, slaughter*, massacre*, execut*, behead*;
  Conflict.Demonstrate.Unspecified             PLOVER PROTEST / ACLED Protests;
  Conflict.Demonstrate.DemonstrateWithViolence ACLED Riots;
  Conflict.Attack.DetonateExplode              ACLED Remote explosive/landmine/IED, Suicide bomb or
                                               Grenade, PLOVER mode explosives / suicide-attack, or a
                                               trigger word bomb*, blast*, explo*, detonat*;
  Conflict.Attack.Unspecified                  any other PLOVER ASSAULT (battles, air strikes,
                                               shelling, violence against civilians);
  not scored                                   abductions and every other type (no Conflict / Life.Die
                                               counterpart).

Matching. Our trigger is located in the body (`evidence.trigger` inside `evidence.sentence`; when it
occurs more than once there, the occurrence whose offset reproduces the event id is used), mapped
to the rebuilt text, and to the tokens it overlaps. Identification: a one-to-one matching of our
in-scope triggers to gold in-scope triggers whose token spans overlap. Classification: the same with
the mapped type equal to the gold type (full KAIROS type; the "parent" figures compare only the first
two levels, e.g. Conflict.Attack). P = matched / our in-scope triggers, R = matched / gold triggers.
frontlines codes at most one event per trigger word (one a place when the sentence coordinates places:
an event and its copies, `copies`, counted once here as the one trigger they are) and does not code
every violent word in a sentence, so recall is bounded well below 100%.

A missing data folder or split file raises `BenchmarkMissing` naming the path looked at. A document the
extractor rejects, fails on (a stage error) or spends over `DOC_SECONDS` on codes nothing; it is counted
and listed.
"""

from __future__ import annotations

import bisect
import difflib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlines.eval.bench_common import BenchmarkMissing, CodingRun, Extracts, add_prf, max_matching, pct
from frontlines.eval.copies import CopyKey, copy_key
from frontlines.eval.report import BenchReport
from frontlines.eval.score import PRF
from frontlines.model import Event, ExtractResult

FOLDER = "wikievents"
SPLITS: dict[str, tuple[str, ...]] = {"dev": ("dev",), "test": ("test",), "all": ("dev", "test")}
DOC_SECONDS = 30.0
"""CPU seconds one document may take; one over it, rejected or failing a stage codes nothing (listed)"""
SCOPE = ("Conflict.", "Life.Die.")

DIE = re.compile(
    r"\b(kill\w*|die[ds]?|dying|dead|deaths?|slay\w*|slain|slaughter\w*|massacre\w*|execut\w*|behead\w*)\b",
    re.I,
)
EXPLODE = re.compile(r"(bomb|blast|explo|detonat)", re.I)
DETONATE_SUBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


@dataclass(frozen=True)
class GoldTrigger:
    start: int
    """first token (document index)"""
    end: int
    """one past the last token"""
    type: str
    text: str


@dataclass
class WikiDoc:
    doc_id: str
    text: str
    """the rebuilt document text given to the extractor"""
    token_spans: list[tuple[int, int]]
    """character span of each document token in `text`"""
    triggers: list[GoldTrigger] = field(default_factory=list)
    """every gold event mention (all types)"""

    @property
    def in_scope(self) -> list[GoldTrigger]:
        return [t for t in self.triggers if in_scope(t.type)]


def in_scope(kairos: str) -> bool:
    return kairos.startswith(SCOPE)


def parent(kairos: str) -> str:
    return ".".join(kairos.split(".")[:2])


def rebuild(sentences: Sequence[Sequence[Any]]) -> tuple[str, list[tuple[int, int]]]:
    """Text and token spans from `sentences` ([[token, start, end], ...], text) (see the docstring)."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    prev_end: int | None = None
    for s_idx, sentence in enumerate(sentences):
        for t_idx, (tok, start, end) in enumerate(sentence[0]):
            if prev_end is not None:
                gap = int(start) - prev_end
                sep = " " if gap > 0 else ""
                if t_idx == 0 and s_idx > 0 and gap > 1:
                    sep = "\n\n"
                pieces.append(sep)
                pos += len(sep)
            spans.append((pos, pos + len(tok)))
            pieces.append(tok)
            pos += len(tok)
            prev_end = int(end)
    return "".join(pieces), spans


def parse_doc(obj: dict[str, Any], where: str) -> WikiDoc:
    try:
        text, spans = rebuild(obj["sentences"])
        if len(spans) != len(obj["tokens"]):
            raise BenchmarkMissing(f"{where}: sentence tokens do not add up to the document's tokens")
        triggers = [
            GoldTrigger(
                int(m["trigger"]["start"]), int(m["trigger"]["end"]), m["event_type"], m["trigger"]["text"]
            )
            for m in obj["event_mentions"]
        ]
        return WikiDoc(doc_id=obj["doc_id"], text=text, token_spans=spans, triggers=triggers)
    except (KeyError, TypeError, ValueError) as exc:
        raise BenchmarkMissing(f"{where}: not a WikiEvents document ({type(exc).__name__}: {exc})") from exc


def load_split(root: Path, split: str) -> tuple[list[WikiDoc], list[Path]]:
    if split not in SPLITS:
        raise BenchmarkMissing(f"WikiEvents has splits {', '.join(SPLITS)}, not {split!r}")
    folder = root / FOLDER
    if not folder.is_dir():
        raise BenchmarkMissing(
            f"WikiEvents data not found: looked for {folder} (under the shared benchmarks folder {root})"
        )
    docs: list[WikiDoc] = []
    paths: list[Path] = []
    for name in SPLITS[split]:
        path = folder / f"{name}.jsonl"
        if not path.is_file():
            raise BenchmarkMissing(f"WikiEvents {name} split not found: looked for {path}")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BenchmarkMissing(f"cannot read {path}: {exc}") from exc
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BenchmarkMissing(f"{path}:{lineno}: not JSON: {exc}") from exc
            docs.append(parse_doc(obj, f"{path}:{lineno}"))
        paths.append(path)
    return docs, paths


# --- our events -------------------------------------------------------------------------------------


def kairos_type(ev: Event) -> str | None:
    """The KAIROS type of one of our events within the scored scope, None when it has none."""
    et = ev.acled.event_type if ev.acled else None
    sub = ev.acled.sub_event_type if ev.acled else None
    trigger = ev.evidence.trigger
    if ev.plover.type == "PROTEST" or et in ("Protests", "Riots"):
        return (
            "Conflict.Demonstrate.DemonstrateWithViolence"
            if et == "Riots"
            else "Conflict.Demonstrate.Unspecified"
        )
    if ev.plover.type != "ASSAULT":
        return None
    if sub == "Abduction/forced disappearance" or ev.plover.mode == "abduct":
        return None
    if DIE.search(trigger):
        return "Life.Die.Unspecified"
    if sub in DETONATE_SUBS or ev.plover.mode in ("explosives", "suicide-attack") or EXPLODE.search(trigger):
        return "Conflict.Attack.DetonateExplode"
    return "Conflict.Attack.Unspecified"


def _event_id(article_id: str, start: int, trigger_start: int) -> str | None:
    try:
        from frontlines.code.assemble import event_id
    except ImportError:  # pragma: no cover - the id scheme is only a tie-breaker
        return None
    return event_id(article_id, start, trigger_start)


def trigger_span(result: ExtractResult, ev: Event) -> tuple[int, int] | None:
    """The trigger's character span in `result.article.body`."""
    body = result.article.body
    sentence = body[ev.evidence.start : ev.evidence.end]
    trig = ev.evidence.trigger
    hits = [m.start() for m in re.finditer(re.escape(trig), sentence, re.I)] if trig else []
    if not hits:
        return None
    offsets = [ev.evidence.start + h for h in hits]
    if len(offsets) > 1:
        for off in offsets:
            if _event_id(result.article.id, ev.evidence.start, off) == ev.id:
                return off, off + len(trig)
    return offsets[0], offsets[0] + len(trig)


def align(source: str, target: str) -> list[int]:
    """For each character of `source`, its index in `target` (-1 if none), matching the two texts on
    their non-space characters (the extractor only normalises whitespace)."""
    src = [i for i, c in enumerate(source) if not c.isspace()]
    tgt = [i for i, c in enumerate(target) if not c.isspace()]
    a = "".join(source[i] for i in src)
    b = "".join(target[i] for i in tgt)
    out = [-1] * len(source)
    if a == b:
        for i, j in zip(src, tgt, strict=True):
            out[i] = j
        return out
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            out[src[block.a + k]] = tgt[block.b + k]
    return out


def tokens_of(
    span: tuple[int, int], mapping: list[int], token_spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Document token range [first, last + 1) that a body character span overlaps."""
    chars = [mapping[i] for i in range(span[0], min(span[1], len(mapping))) if mapping[i] >= 0]
    if not chars:
        return None
    lo, hi = min(chars), max(chars) + 1
    starts = [s for s, _ in token_spans]
    first = max(0, bisect.bisect_right(starts, lo) - 1)
    if token_spans[first][1] <= lo:
        first += 1
    last = bisect.bisect_left(starts, hi) - 1
    if first > last:
        return None
    return first, last + 1


@dataclass(frozen=True)
class PredTrigger:
    start: int
    end: int
    type: str
    text: str


def predicted_triggers(doc: WikiDoc, result: ExtractResult) -> tuple[list[PredTrigger], int]:
    """Our in-scope triggers as token spans, and how many in-scope events could not be placed."""
    mapping = align(result.article.body, doc.text)
    out: list[PredTrigger] = []
    seen: set[tuple[str, CopyKey, tuple[int, int]]] = set()
    unplaced = 0
    for ev in result.events:
        kind = kairos_type(ev)
        if kind is None:
            continue
        span = trigger_span(result, ev)
        toks = tokens_of(span, mapping, doc.token_spans) if span else None
        if toks is None:
            unplaced += 1
            continue
        # an event and its copies for its other coordinated places ("in X and Y") are one trigger; the
        # token span tells apart a trigger word said twice in one sentence
        key = (kind, copy_key(ev), toks)
        if key not in seen:
            seen.add(key)
            out.append(PredTrigger(toks[0], toks[1], kind, ev.evidence.trigger))
    return out, unplaced


# --- scoring ----------------------------------------------------------------------------------------


def overlaps(g: GoldTrigger, p: PredTrigger) -> bool:
    return g.start < p.end and p.start < g.end


def _prf(n_gold: int, n_pred: int, matched: int) -> PRF:
    return PRF(tp=matched, fp=n_pred - matched, fn=n_gold - matched)


@dataclass
class Tally:
    identification: PRF = field(default_factory=PRF)
    classification: PRF = field(default_factory=PRF)
    parent: PRF = field(default_factory=PRF)
    gold_by_type: Counter[str] = field(default_factory=Counter)
    identified_by_type: Counter[str] = field(default_factory=Counter)
    classified_by_type: Counter[str] = field(default_factory=Counter)
    pred_by_type: Counter[str] = field(default_factory=Counter)
    pred_correct_by_type: Counter[str] = field(default_factory=Counter)
    on_any_gold: int = 0
    """our in-scope triggers that overlap a gold trigger of any type"""
    unplaced: int = 0

    def add(self, gold_all: Sequence[GoldTrigger], pred: Sequence[PredTrigger], unplaced: int = 0) -> None:
        gold = [g for g in gold_all if in_scope(g.type)]
        ident = max_matching(gold, pred, overlaps)
        cls = max_matching(gold, pred, lambda g, p: overlaps(g, p) and g.type == p.type)
        par = max_matching(gold, pred, lambda g, p: overlaps(g, p) and parent(g.type) == parent(p.type))
        for target, pairs in ((self.identification, ident), (self.classification, cls), (self.parent, par)):
            more = _prf(len(gold), len(pred), len(pairs))
            target.tp, target.fp, target.fn = target.tp + more.tp, target.fp + more.fp, target.fn + more.fn
        self.gold_by_type.update(g.type for g in gold)
        self.identified_by_type.update(gold[gi].type for gi, _ in ident)
        self.classified_by_type.update(gold[gi].type for gi, _ in cls)
        self.pred_by_type.update(p.type for p in pred)
        self.pred_correct_by_type.update(pred[pi].type for _, pi in cls)
        self.on_any_gold += sum(1 for p in pred if any(overlaps(g, p) for g in gold_all))
        self.unplaced += unplaced


def run(root: Path, split: str, limit: int | None, extractor: Extracts | None = None) -> BenchReport:
    """Score frontlines' triggers on WikiEvents `split` ("dev", "test", "all"), first `limit` documents."""
    docs, paths = load_split(root, split)
    docs = docs[:limit] if limit is not None else docs
    coding = CodingRun(extractor, DOC_SECONDS)
    tally = Tally()
    for doc, result in coding.code(docs, lambda d: (d.doc_id, d.text, None)):
        if result is None:
            tally.add(doc.triggers, [])
            continue
        pred, unplaced = predicted_triggers(doc, result)
        tally.add(doc.triggers, pred, unplaced)
    return report(tally, root, paths, split, docs, coding)


def report(
    tally: Tally,
    root: Path,
    paths: Sequence[Path],
    split: str,
    docs: Sequence[WikiDoc],
    coding: CodingRun,
) -> BenchReport:
    dataset = ", ".join(str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in paths)
    rep = BenchReport(bench="wikievents", dataset=dataset, split=split, items=len(docs))
    add_prf(rep, "trigger identification", tally.identification, "Conflict.* + Life.Die.*, token overlap")
    add_prf(rep, "trigger classification", tally.classification, "full KAIROS type")
    add_prf(
        rep,
        "trigger classification (parent)",
        tally.parent,
        "Conflict.Attack / Conflict.Demonstrate / Life.Die",
    )
    n_pred = tally.identification.tp + tally.identification.fp
    on_any = tally.on_any_gold / n_pred if n_pred else None
    rep.add(
        "our triggers on any gold trigger", on_any, n_pred, note="any KAIROS type, not only the scored ones"
    )
    rep.add("gold triggers in scope", sum(tally.gold_by_type.values()), unit="count")
    rep.add("gold triggers, all types", sum(len(d.triggers) for d in docs), unit="count")
    coding.add_counts(rep)
    rep.add(
        "our in-scope events not placed", tally.unplaced, unit="count", note="trigger not found in the text"
    )
    rows = [["gold type", "gold", "identified", "classified", "recall (cls)"]]
    for kind, n in sorted(tally.gold_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        ident, cls = tally.identified_by_type[kind], tally.classified_by_type[kind]
        rows.append([kind, str(n), str(ident), str(cls), pct(cls / n)])
    rep.tables["gold triggers by type"] = rows
    rows = [["our mapped type", "predicted", "correct (cls)", "precision (cls)"]]
    for kind, n in sorted(tally.pred_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        ok = tally.pred_correct_by_type[kind]
        rows.append([kind, str(n), str(ok), pct(ok / n)])
    rep.tables["our triggers by mapped type"] = rows
    rep.notes += [
        "Text rebuilt from the tokens and their offsets (the file's `text` field has no spaces between "
        "sentences): a space inside sentences, a space or a paragraph break between them. No published date.",
        "Type mapping: death trigger words (kill, die, dead, death, massacre, execute...) -> Life.Die; "
        "PROTEST -> Conflict.Demonstrate (ACLED Riots -> DemonstrateWithViolence); explosive ASSAULT "
        "(IED, suicide bomb, grenade, or a bomb/blast/explosion trigger) -> Conflict.Attack.DetonateExplode; "
        "other ASSAULT -> Conflict.Attack.Unspecified; abductions and other types are not scored.",
        "A trigger is identified when our trigger's tokens overlap a gold in-scope trigger (one to one), "
        "classified when the mapped type also equals the gold type.",
        "Reference: the published BART-Gen figure (Arg-C head F1 64.57) is for argument extraction given "
        "gold triggers, not trigger extraction: not comparable with these figures.",
    ]
    coding.add_notes(rep)
    return rep
