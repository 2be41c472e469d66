"""MUC-4 role-filler entity extraction (REE), scored with CEAF-REE as the published neural systems are.

Data. The GTT/GRIT processing of MUC-4 in `<benchmarks>/muc4/processed/` (read in place): `test.json`
(TST3 + TST4, 200 documents) and `dev.json` (TST1 + TST2), JSON lines with `docid`, `doctext` (lower
case, no dateline) and either `templates` (GTT: a list of templates, each role -> a list of entities,
an entity being a list of [mention, offset] pairs) or `extracts` (GRIT: role -> entities). Roles:
PerpInd, PerpOrg, Target, Victim, Weapon. Gold entities of a role are the union over the document's
templates; two entities sharing a (normalised) mention are one entity, with the union of mentions.

Input. The processed text, paragraphs (runs of 3+ spaces) split and sentence-cased as the `muc4`
adapter does; when the raw MUC-3/4 release is present, the document's dateline place and date are
added from it (as `muc4` feeds them; they do not affect the roles). No gold information is used.

Our events -> roles: `bench_muc4_roles` (only events the `muc4` adapter keeps; actors, objects of the
trigger and weapon words of the evidence sentence; one entity per distinct mention per role).

Metric (CEAF-REE, Du et al. 2021). Strings are normalised: lower case, punctuation removed, the words
a / an / the removed, spaces squeezed. Per document and role, predicted entities are aligned one to
one with gold entities maximising the summed phi_strict (1 when every mention of the predicted entity
is among the gold entity's mentions, else 0); with a 0/1 phi this is a maximum bipartite matching.
P = matched / predicted entities, R = matched / gold entities, summed over documents per role; the
micro average sums the five roles' counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlines.eval.bench_common import BenchmarkMissing, CodingRun, Extracts, add_prf, pct
from frontlines.eval.bench_muc4 import DOC_SECONDS, input_text
from frontlines.eval.bench_muc4_ceaf import ROLES, Entity, ReeTally, ree_norm
from frontlines.eval.bench_muc4_keys import MucDoc, load_set
from frontlines.eval.bench_muc4_published import published_notes, published_rows
from frontlines.eval.bench_muc4_roles import predicted_entities
from frontlines.eval.report import BenchReport
from frontlines.model import Event

PROCESSED = Path("muc4", "processed")
SPLITS: dict[str, tuple[str, ...]] = {"test": ("test",), "dev": ("dev",), "all": ("dev", "test")}
RAW_SPLIT = {"test": "test", "dev": "dev", "all": "all"}


# --- gold -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReeDoc:
    docid: str
    text: str
    """the processed document text (lower case, no dateline)"""
    gold: dict[str, list[Entity]]


def merge_entities(entities: Iterable[Iterable[str]]) -> list[Entity]:
    """Entities as sets of normalised mentions; entities sharing a mention become one."""
    groups: list[set[str]] = []
    for ent in entities:
        mentions = {n for n in (ree_norm(m) for m in ent) if n}
        if not mentions:
            continue
        joined = [g for g in groups if g & mentions]
        for g in joined:
            mentions |= g
            groups.remove(g)
        groups.append(mentions)
    return [tuple(sorted(g)) for g in groups]


def _mentions(entity: Any) -> list[str]:
    """[[mention, offset], ...] or [mention, ...] -> mention strings."""
    return [m[0] if isinstance(m, list) else str(m) for m in entity]


def parse_doc(record: dict[str, Any]) -> ReeDoc:
    """One line of the processed files (GTT `templates` or GRIT `extracts` form)."""
    tables = [record["extracts"]] if "extracts" in record else list(record.get("templates", []))
    gold = {
        role: merge_entities(_mentions(e) for table in tables for e in table.get(role, [])) for role in ROLES
    }
    return ReeDoc(docid=str(record["docid"]), text=str(record["doctext"]), gold=gold)


def load_processed(root: Path, split: str) -> tuple[list[ReeDoc], list[Path]]:
    if split not in SPLITS:
        raise BenchmarkMissing(f"MUC-4 REE has splits {', '.join(SPLITS)}, not {split!r}")
    docs: list[ReeDoc] = []
    paths = [root / PROCESSED / f"{name}.json" for name in SPLITS[split]]
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise BenchmarkMissing(
                f"MUC-4 processed data not found: cannot read {path} (the GTT/GRIT processing, "
                f"muc4/processed/, under the shared benchmarks folder {root}): {exc}"
            ) from exc
        docs += [parse_doc(json.loads(line)) for line in lines if line.strip()]
    return docs, paths


def raw_datelines(root: Path, split: str) -> dict[str, MucDoc]:
    """The raw release's documents by id (for their dateline), or {} when the release is not there."""
    try:
        return {d.docid: d for d in load_set(root, RAW_SPLIT[split]).docs}
    except BenchmarkMissing:
        return {}


def ree_input(doc: ReeDoc, raw: MucDoc | None) -> tuple[str, str | None]:
    """(text for the extractor, published date): the processed text in paragraphs, sentence-cased as
    `muc4.input_text` does, with the raw document's dateline place and date when known."""
    paragraphs = [p for p in re.split(r"\s{3,}", doc.text.strip()) if p.strip()]
    body = "\n\n".join(paragraphs)
    base = MucDoc(
        docid=doc.docid,
        published=raw.published if raw else None,
        place=raw.place if raw else None,
        country=raw.country if raw else None,
        body=body,
    )
    return input_text(base), base.published


def run(root: Path, split: str, limit: int | None, extractor: Extracts | None = None) -> BenchReport:
    """Score frontlines on the processed MUC-4 `split` ("test", "dev", "all") with CEAF-REE."""
    docs, paths = load_processed(root, split)
    docs = docs[:limit] if limit is not None else docs
    raw = raw_datelines(root, split)
    coding = CodingRun(extractor, DOC_SECONDS)
    tally = ReeTally()
    for doc, result in coding.code(docs, lambda d: (d.docid, *ree_input(d, raw.get(d.docid)))):
        found: list[Event] = result.events if result is not None else []
        body = result.article.body if result is not None else ""
        tally.add(doc.gold, predicted_entities(found, body))
    return report(tally, docs, paths, root, split, coding, dated=bool(raw))


def report(
    tally: ReeTally,
    docs: Sequence[ReeDoc],
    paths: Sequence[Path],
    root: Path,
    split: str,
    coding: CodingRun,
    dated: bool,
) -> BenchReport:
    dataset = ", ".join(str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in paths)
    rep = BenchReport(bench="muc4-ree", dataset=dataset, split=split, items=len(docs))
    for role in ROLES:
        add_prf(rep, role, tally.roles[role])
    add_prf(rep, "micro average", tally.micro(), "CEAF-REE, phi_strict, summed over the five roles")
    coding.add_counts(rep)
    rows = [["role", "gold entities", "predicted", "matched", "P", "R", "F1"]]
    for role, prf in [*tally.roles.items(), ("Micro Avg", tally.micro())]:
        rows.append(
            [role, str(prf.tp + prf.fn), str(prf.tp + prf.fp), str(prf.tp)]
            + [pct(v) for v in (prf.precision, prf.recall, prf.f1)]
        )
    rep.tables["role-filler entities (CEAF-REE, strict)"] = rows
    rep.notes += [
        "Metric: CEAF-REE (Du, Rush and Cardie, EACL 2021). Per document and role, predicted entities "
        "are aligned one to one with gold entities maximising the number with phi_strict = 1 (every "
        "predicted mention is a mention of the gold entity), after lower-casing and removing "
        "punctuation and the articles a/an/the. P = matched / predicted, R = matched / gold, summed "
        "over documents; micro average over the five roles. Implemented here (maximum bipartite "
        "matching), not the authors' script.",
        "Gold: the GTT/GRIT processed keys; a role's entities are the union over the document's "
        "templates, entities sharing a mention merged. Ours (bench_muc4_roles): events the muc4 adapter "
        "keeps; actor1 -> PerpOrg (named group or institution word) or PerpInd; Victim = names only (the "
        "keys' victims are MUC HUM TGT NAMEs): a named actor2 or a non-description object of a "
        "kill/kidnap trigger; Target = objects / places of the trigger headed by a physical-target word; "
        "Weapon = weapon words of the evidence sentence (word lists: data/muc4_roles.v1.yaml). One "
        "predicted entity per distinct mention; leading numbers and quantifiers dropped.",
        "Input: the processed (lower-case) text, paragraphs sentence-cased as in the muc4 adapter"
        + (
            "; dateline place and date from the raw release."
            if dated
            else "; no dateline (raw release not found)."
        ),
    ]
    rep.tables["published systems (MUC-4 test split, percent) and ours"] = published_rows(
        tally.roles, tally.micro(), split
    )
    rep.notes += published_notes()
    coding.add_notes(rep)
    return rep
