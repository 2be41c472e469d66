"""List the team gold events the pipeline misses and the events it codes that gold does not have,
grouped by the likely cause. For tuning on the dev split only:

    .venv/bin/python scripts/event_errors.py [--split dev] [--only CAUSE] [--limit N]

Causes for a missed gold event (first that applies):
  no-sentence      the gold sentence is not found among the article's sentences (chrome, splitting)
  not-candidate    the sentence never passed the lexical candidate pass (nlp/candidates.py)
  no-trigger       parsed, but no trigger of the lexicon matched any token
  wrong-type       an event was coded in the sentence, but of an incompatible type
  merged           a compatible event was coded in the sentence but matched another gold event
  dropped-select   a compatible trigger matched but `select` dropped it (same type / linked / limit)
  dropped-substance  a mention of a compatible type was built but `to_event` returned None
  other            anything else (e.g. dropped by the events stage's same-type rule)
False events: coded events no gold event matched, with whether gold has any event in that sentence.
Sub-type errors: matched pairs whose ACLED sub-event type differs.
Factuality errors: matched pairs whose factuality differs from gold's.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

from frontlines.code.assemble import to_event
from frontlines.code.triggers import default_matcher
from frontlines.eval.score import match, norm_text, same_sentence, type_compatible
from frontlines.eval.team import load_split
from frontlines.extract import Extractor
from frontlines.pipeline import Doc


def _sentence_index(doc: Doc, text: str) -> int | None:
    target = norm_text(text)
    for i, s in enumerate(doc.sentences):
        if norm_text(s.text) == target:
            return i
    for i, s in enumerate(doc.sentences):
        if same_sentence(text, s.text):
            return i
    return None


def _gold_label(g: Any) -> str:
    acled = f"{g.acled.event_type} / {g.acled.sub_event_type}" if g.acled else "-"
    plover = g.plover.type if g.plover else "-"
    trig = g.evidence.trigger if g.evidence else "-"
    return f"[{acled} | {plover}] trigger={trig!r}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--only", default=None)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if args.split != "dev":
        raise SystemExit("error analysis is for the dev split only")
    extractor = Extractor()
    matcher = default_matcher()
    groups: dict[str, list[str]] = defaultdict(list)
    articles = load_split(args.split)[: args.limit] if args.limit else load_split(args.split)
    for art in articles:
        if art.text is None:
            continue
        from frontlines.ingest.text import make_doc

        item = make_doc(
            "<text>",
            art.text,
            {"published": art.published, "source": art.source, "title": art.title, "url": art.url},
        )
        doc = extractor.pipeline(
            Doc(raw=item.text, published=item.published, source=item.source, url=item.url, title=item.title)
        )
        pred = doc.events
        pairs = match(art.events, pred)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, pi in pairs:
            g, p = art.events[gi], pred[pi]
            if (
                g.acled
                and g.acled.sub_event_type
                and p.acled
                and p.acled.sub_event_type != g.acled.sub_event_type
            ):
                gs = g.evidence.sentence if g.evidence else ""
                groups["subtype"].append(
                    f"{art.id}: gold {g.acled.sub_event_type!r} coded {p.acled.sub_event_type!r} "
                    f"trig={p.evidence.trigger!r} a1={p.actor1.name if p.actor1 else None} "
                    f"a2={p.actor2.name if p.actor2 else None}\n    {gs}"
                )
        for gi, pi in pairs:
            g, p = art.events[gi], pred[pi]
            if g.factuality is not None and p.factuality != g.factuality:
                gs = g.evidence.sentence if g.evidence else ""
                groups["factuality"].append(
                    f"{art.id}: gold {g.factuality!r} coded {p.factuality!r} "
                    f"trig={p.evidence.trigger!r}\n    {gs}"
                )
        for gi, g in enumerate(art.events):
            if gi in matched_g:
                continue
            sent = g.evidence.sentence if g.evidence else ""
            si = _sentence_index(doc, sent) if sent else None
            line = f"{art.id}: {_gold_label(g)}\n    {sent}"
            if si is None:
                cause = "no-sentence"
            elif si not in doc.parses:
                cause = "not-candidate" if not doc.sentences[si].candidate else "not-parsed"
            else:
                parse = doc.parses[si]
                tops = {t for top in doc.toponyms.get(si, []) for t in range(top.token_start, top.token_end)}
                hits = matcher.find(parse, tops)
                in_sent = [p for p in pred if same_sentence(sent, p.evidence.sentence)]
                mentions = [m for m in doc.mentions if m.sentence == si]
                compat_m = []
                for m in mentions:
                    ev = to_event(doc, m)
                    if ev is not None and type_compatible(g, ev):
                        compat_m.append(m)
                hit_desc = ", ".join(f"{parse[h.token_i].text}->{h.trigger.id}" for h in hits)
                line += f"\n    hits: {hit_desc or '-'}"
                line += "\n    coded: " + (
                    "; ".join(
                        f"{p.acled.sub_event_type if p.acled else None} ({p.evidence.trigger})"
                        for p in in_sent
                    )
                    or "-"
                )
                if not hits:
                    cause = "no-trigger"
                elif any(type_compatible(g, p) for p in in_sent):
                    cause = "merged"
                elif compat_m:
                    cause = "other"
                elif mentions and any(to_event(doc, m) is None for m in mentions):
                    cause = "dropped-substance"
                elif len(hits) > len(mentions):
                    cause = "dropped-select"
                elif in_sent:
                    cause = "wrong-type"
                else:
                    cause = "other"
            groups[cause].append(line)
        for pi, p in enumerate(pred):
            if pi in matched_p:
                continue
            gold_here = [
                g
                for g in art.events
                if g.evidence and same_sentence(g.evidence.sentence, p.evidence.sentence)
            ]
            kind = "false-in-gold-sentence" if gold_here else "false-no-gold"
            groups[kind].append(
                f"{art.id}: coded {p.acled.event_type if p.acled else None} / "
                f"{p.acled.sub_event_type if p.acled else None} trig={p.evidence.trigger!r} "
                f"{'(no-event article)' if not art.events else ''}\n    {p.evidence.sentence}"
                + "".join(f"\n    gold: {_gold_label(g)}" for g in gold_here)
            )
    for cause in sorted(groups, key=lambda c: -len(groups[c])):
        if args.only and cause != args.only:
            continue
        print(f"\n=== {cause}: {len(groups[cause])}")
        for line in groups[cause]:
            print(line)
    print("\n" + ", ".join(f"{c}={len(v)}" for c, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))))


if __name__ == "__main__":
    main()
