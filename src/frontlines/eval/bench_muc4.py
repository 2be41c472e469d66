"""MUC-3/4 terrorism templates (`<benchmarks>/muc4/`, read in place, never copied).

Data. The official MUC-3/4 release under `muc4/raw_files/muc34/TASK/CORPORA/<set>/`: per set, text files
(named after the set, e.g. `tst3-muc4`; documents start with a line holding the id, e.g. TST3-MUC4-0001)
and answer keys (`key-*`, 25 numbered slots per template). The GTT files in `muc4/processed/` are
easier to read but keep only incident type, perpetrators, targets, victims and weapons, in lower case and
without the dateline, so they cannot score DATE or LOCATION; the raw keys are read instead.

Splits: "test" = TST3 + TST4 (200 documents, the standard MUC-4 test set and GTT/GRIT's test split),
"dev" = TST1 + TST2 (200 documents, GTT/GRIT's dev split), "all" = both, "muc-dev" = the original
1,300-document DEV set (GTT/GRIT train on it).

Input. Each document starts with a dateline "SAN SALVADOR, 10 JAN 90 (SOURCE) -- [TEXT] ...": its date
becomes `published` (two-digit years are 19YY), its place is kept as a dateline "SAN SALVADOR -- " that
frontlines reads, and the bracketed header tags are dropped. The texts are hard-wrapped upper-case
wire copy: lines of a paragraph are joined, and the text is sentence-cased (`sentence_case`: lower case,
then a capital at the start of each paragraph and after . ! ? and for "I"), because the coder's parser
and place finder need mixed case. No gold information is used. (TST4 also ships a mixed-case original;
it is not used, so that both test sets are read the same way.)

Our events -> MUC templates. An event counts if its factuality is not negated / hypothetical /
predicted (MUC keeps accomplished, attempted and threatened acts reported as fact) and its incident type
(`muc_type`) is one of:
  KIDNAPPING  ACLED Abduction/forced disappearance, or PLOVER mode "abduct";
  BOMBING     ACLED Explosions/Remote violence (PLOVER modes explosives / suicide-attack), except
              Air/drone strike, which is ATTACK (the MUC guidelines code aerial bombs as ATTACK);
  ARSON       ACLED Looting/property destruction or PLOVER COERCE "destroy" with a fire trigger
              (burn, fire, torch, arson); ROBBERY the same with a loot/rob/steal trigger;
  ATTACK      any other PLOVER ASSAULT event (ACLED Battles, Violence against civilians, ...).
MUC's relevance rule (1b) leaves out guerrilla acts against the military / police: an ATTACK whose
target (actor2) is state forces is dropped, unless it is a murder (a killing, shooting or assassination
trigger) by someone other than rebels or another state's forces: policemen murdered by a cartel, a
death squad or unnamed killers are a terrorist act. FORCED WORK STOPPAGE and HIJACKING have no source in our
ontology and are never predicted.

Slots, scored per document (a set of gold values against a set of predicted values):
  incident type  gold: each template's TYPE (alternatives "ATTACK / BOMBING"); ours: `muc_type`.
  date           gold: DD MMM YY, "D1 - D2" (on or between) or "- D" (on or before D, the form the key
                 uses when the date defaults to the dateline); ours: date start..end, correct when the
                 whole range lies inside the key's interval.
  location       gold: the most specific place of each alternative path ("PERU: LIMA (CITY): SAN ISIDRO
                 (NEIGHBORHOOD)" -> SAN ISIDRO); ours: location name or text.
  location country  gold: the path's country mapped to ISO3 with our gazetteer; ours: location country.
  perp org       gold: PERP: ORGANIZATION ID; ours: actor1 name or text.
  perp (org or individual)  gold: PERP: ORGANIZATION ID and PERP: INDIVIDUAL ID; ours: the same actor1.
  target         gold: PHYS TGT: ID, HUM TGT: NAME and HUM TGT: DESCRIPTION (the described side of a
                 "DESCRIPTION": "NAME" pair); ours: actor2 text or name. frontlines has no separate
                 physical-target slot, so one "target" slot covers people and things.
Strings match when equal after `norm` (case, accents, punctuation, leading article, spaces). Each gold
value (with its alternatives) and each predicted value counts once per document; matching is one to
one. A gold value from an OPTIONAL template or marked "?" is not a miss when unmatched, and counts as
correct when matched. P = correct / predicted values, R = correct / gold values.

Templates. Our events of one type in one document form one template per distinct (location, date)
(the MUC guideline: a separate instance has a different location, date or perpetrator); the events one
trigger codes one a place ("in X and Y": an event and its copies, `copies`) are one template listing
both places. A predicted template is correct when it is matched one to one to a gold template of the
same incident type.
Relevance: a document is relevant when its key has a non-optional template ("*" keys are irrelevant);
documents whose only templates are OPTIONAL are left out of the relevance figures.

A missing data folder raises `BenchmarkMissing` naming the path looked at. A document the extractor
rejects, fails on (a stage error) or spends over `DOC_SECONDS` on codes nothing; it is counted and listed.

Modules: `bench_muc4_keys` reads the release's texts and answer keys, `bench_muc4_score` scores templates
and slots; this one gives the texts to frontlines, turns our events into templates and writes the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from frontlines.eval.bench_common import CodingRun, Extracts, add_prf, pct
from frontlines.eval.bench_muc4_case import truecase
from frontlines.eval.bench_muc4_keys import MucDoc, MucSet, load_set, norm
from frontlines.eval.bench_muc4_score import SLOTS, PredTemplate, Tally
from frontlines.eval.copies import copy_key
from frontlines.eval.report import BenchReport
from frontlines.model import Event

KEPT_FACTUALITY = frozenset({"asserted", "uncertain"})
DOC_SECONDS = 30.0
"""CPU seconds one document may take; one over it, rejected or failing a stage codes nothing (listed)"""
_FIRE = re.compile(r"\b(burn|fire|torch|arson|set ablaze|blaze)", re.I)
_ROB = re.compile(r"\b(loot|rob|steal|stole|hold-?up|holdup|plunder)", re.I)


# --- our input text ---------------------------------------------------------------------------------


def sentence_case(text: str) -> str:
    """Upper-case text to sentence case: lower case, then a capital at the start of each line and
    after sentence-ending punctuation, and for the pronoun "I"."""
    out = text.lower()
    out = re.sub(
        r"(^|[.!?][\"')\]]*\s+)([\"'(\[]*)([a-z])",
        lambda m: m.group(1) + m.group(2) + m.group(3).upper(),
        out,
        flags=re.M,
    )
    return re.sub(r"\bi\b(?!\.)", "I", out)


def input_text(doc: MucDoc) -> str:
    """The text given to the extractor: dateline place (in capitals, as wire datelines are written),
    then the body with hard-wrapped lines joined and sentence-cased."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", doc.body)]
    body = "\n\n".join(truecase(sentence_case(p)) for p in paragraphs if p)
    if doc.place:
        where = doc.place + (f", {doc.country.title()}" if doc.country else "")
        return f"{where} -- {body}"
    return body


# --- our events as MUC templates --------------------------------------------------------------------


def muc_type(ev: Event) -> str | None:
    """The MUC incident type of one of our events (see the module docstring), None when it has none."""
    et = ev.acled.event_type if ev.acled else None
    sub = ev.acled.sub_event_type if ev.acled else None
    mode = ev.plover.mode
    trigger = ev.evidence.trigger
    if sub == "Looting/property destruction" or (ev.plover.type == "COERCE" and mode == "destroy"):
        if _FIRE.search(trigger):
            return "ARSON"
        if _ROB.search(trigger):
            return "ROBBERY"
        return None
    if ev.plover.type != "ASSAULT":
        return None
    if sub == "Abduction/forced disappearance" or mode == "abduct":
        return "KIDNAPPING"
    if sub == "Air/drone strike" or mode == "aerial":
        return "ATTACK"
    if et == "Explosions/Remote violence" or mode in ("explosives", "suicide-attack"):
        return "BOMBING"
    return "ATTACK"


def relevant_event(ev: Event) -> str | None:
    """`muc_type` for an event MUC would record, else None (factuality and relevance rule 1b)."""
    kind = muc_type(ev)
    if kind is None or ev.factuality not in KEPT_FACTUALITY:
        return None
    on_forces = kind == "ATTACK" and ev.actor2 is not None and ev.actor2.kind == "state_forces"
    # guerrillas (or another army) fighting the military or police are left out; a murder of policemen
    # by unnamed killers, a cartel or a death squad is a terrorist act
    if on_forces and (ev.actor1 is None or ev.actor1.kind in ("rebels", "state_forces") or not _murder(ev)):
        return None
    return kind


_MURDER = re.compile(r"\b(murder|assassinat|kill|shot|shoot|slay|slain)", re.I)


def _murder(ev: Event) -> bool:
    return bool(_MURDER.search(ev.evidence.trigger))


def _alts(*texts: str | None) -> frozenset[str]:
    return frozenset(n for n in (norm(t) for t in texts if t) if n)


def predicted_templates(events: Iterable[Event]) -> list[PredTemplate]:
    """Our kept events, one template per (incident type, location, start date); an event's copies for its
    other coordinated places ("attacks in X and Y", `copies`) are one incident with several locations,
    as MUC lists them: they join the template of the first."""
    out: dict[tuple[str, str, str], PredTemplate] = {}
    told: dict[tuple[str, int, str], tuple[str, str, str]] = {}
    for ev in events:
        kind = relevant_event(ev)
        if kind is None:
            continue
        loc = ev.location
        act = (kind, *copy_key(ev))
        key = told.setdefault(act, (kind, norm(loc.name) if loc else "", ev.date.start or ""))
        tpl = out.setdefault(key, PredTemplate(kind))
        if ev.date.start:
            tpl.dates.add(
                (date.fromisoformat(ev.date.start), date.fromisoformat(ev.date.end or ev.date.start))
            )
        if loc is not None:
            tpl.locations.add(_alts(loc.name, loc.text))
            if loc.country:
                tpl.countries.add(frozenset({loc.country}))
        if ev.actor1 is not None:
            tpl.perps.add(_alts(ev.actor1.name, ev.actor1.text))
        if ev.actor2 is not None:
            tpl.targets.add(_alts(ev.actor2.name, ev.actor2.text))
    return list(out.values())


def run(root: Path, split: str, limit: int | None, extractor: Extracts | None = None) -> BenchReport:
    """Score frontlines on MUC-4 `split` ("test", "dev", "all", "muc-dev"); the first `limit` documents."""
    data = load_set(root, split)
    docs = data.docs[:limit] if limit is not None else data.docs
    coding = CodingRun(extractor, DOC_SECONDS)
    tally = Tally()
    for doc, result in coding.code(docs, lambda d: (d.docid, input_text(d), d.published)):
        found: list[Event] = result.events if result is not None else []
        tally.add(data.keys[doc.docid], predicted_templates(found))
    return report(tally, data, split, docs, coding)


def report(
    tally: Tally,
    data: MucSet,
    split: str,
    docs: Sequence[MucDoc],
    coding: CodingRun,
) -> BenchReport:
    folders = sorted({str(Path(s).parent) for s in data.sources})
    rep = BenchReport(bench="muc4", dataset=", ".join(folders), split=split, items=len(docs))
    gold = [t for d in docs for t in data.keys[d.docid]]
    relevant = sum(1 for d in docs if any(not t.optional for t in data.keys[d.docid]))
    for slot in SLOTS:
        note = "document-level, strings equal after normalisation" if slot == "incident type" else ""
        add_prf(rep, slot, tally.slots[slot], note)
    add_prf(rep, "template", tally.templates, "one-to-one, same incident type")
    add_prf(
        rep, "relevant document", tally.relevance, f"{tally.relevance_skipped} optional-only docs left out"
    )
    rep.add("gold templates", len(gold), unit="count", note=f"{sum(t.optional for t in gold)} optional")
    rep.add("relevant documents", relevant, unit="count")
    coding.add_counts(rep)
    rows = [["incident type", "gold templates", "predicted", "matched", "P", "R", "F1"]]
    for kind, prf in tally.by_type.items():
        n_gold = sum(1 for t in gold if kind in t.types)
        rows.append(
            [kind, str(n_gold), str(prf.tp + prf.fp), str(prf.tp)]
            + [pct(v) for v in (prf.precision, prf.recall, prf.f1)]
        )
    rep.tables["templates by incident type (one-to-one within a document)"] = rows
    rep.notes += [
        "Input: the dateline date is passed as `published` and its place kept as a dateline; header tags "
        "dropped; hard-wrapped lines joined; the upper-case text sentence-cased (lower case, a capital at "
        "paragraph start and after . ! ?). The TST4 mixed-case original is not used.",
        "Types: abduction -> KIDNAPPING; ACLED Explosions/Remote violence -> BOMBING (air/drone strike -> "
        "ATTACK, as MUC codes aerial bombs); property destruction by fire / theft -> ARSON / ROBBERY; any "
        "other PLOVER ASSAULT -> ATTACK. Kept: factuality asserted or uncertain; ATTACKs on state forces "
        "dropped (MUC relevance rule 1b) unless a murder by other than rebels or state forces. FORCED WORK "
        "STOPPAGE and HIJACKING are never predicted.",
        "Slots are scored per document (set of values vs set of values, one to one); a value matches any "
        "'/' alternative of a gold filler after normalising case, accents, punctuation and a leading "
        "article. Date: our range must lie inside the key's interval ('- D' = on or before D). Location: "
        "the most specific place of the key path. Target = PHYS TGT ID + HUM TGT NAME + DESCRIPTION.",
        "OPTIONAL templates and '?' fillers count when matched and are not misses when unmatched.",
        "Reference: GTT and GRIT (Du et al. 2021) are the published systems on this split; they are scored "
        "on role-filler entities (PerpInd, PerpOrg, Target, Victim, Weapon) from the processed keys, not on "
        "these slots, and the benchmarks README gives no figure: not directly comparable (`--bench muc4-ree` "
        "scores our events that way).",
    ]
    coding.add_notes(rep)
    return rep
