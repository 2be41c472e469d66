"""`frontlines explain`: why each sentence of one document gave the events it gave, or none.

The pipeline is the one `frontlines extract` runs; its stages store short reasons where they decide
(`Mention.why`, `Doc.trace`, see `frontlines.trace`). This module only reads them back, sentence by
sentence, into a plain dict (`explain_doc`), which `frontlines.explain_render` prints as rich text and
the CLI prints as JSON with `--format json`. Nothing here changes what `extract` outputs.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from frontlines.code.assemble import event_id
from frontlines.code.mention import Mention
from frontlines.config import Settings
from frontlines.model import Actor, Count, Event
from frontlines.nlp.candidates import candidate_pattern, candidate_test
from frontlines.pipeline import Doc, Sentence
from frontlines.trace import TriggerNote
from frontlines.when.clauses import HISTORICAL_DAYS
from frontlines.when.periods import MONTHS, WEEKDAYS

SCHEMA = "frontlines/explain/1"


def explain_doc(doc: Doc, settings: Settings, chrome: bool = False) -> dict[str, Any]:
    """The explanation of a coded document: article facts, chrome decisions (with `chrome`), and one
    entry per sentence of the clean body."""
    article = doc.article
    assert article is not None
    by_id = {e.id: e for e in doc.events}
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "article": {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "published": article.published,
            "dateline": article.dateline.model_dump() if article.dateline else None,
            "genre": article.genre,
            "boilerplate_lines": len(article.boilerplate),
            "events": len(doc.events),
        },
        "sentences": [_sentence(doc, settings, i, s, by_id) for i, s in enumerate(doc.sentences)],
    }
    if chrome:
        out["chrome"] = [{"line": d.text, "label": d.label, "reason": d.reason} for d in doc.trace.chrome]
    return out


def _sentence(doc: Doc, settings: Settings, i: int, s: Sentence, by_id: dict[str, Event]) -> dict[str, Any]:
    word = candidate_test().search(s.text)
    parse = doc.parses.get(i)
    entry: dict[str, Any] = {
        "index": i,
        "paragraph": s.paragraph,
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "candidate": s.candidate,
        "candidate_word": word.group() if word else None,
        "parsed": parse is not None,
        "why": _why_sentence(s, parse is not None, settings),
        "triggers": [],
        "events": [],
    }
    if parse is None:
        return entry
    mentions = [m for m in doc.mentions if m.sentence == i]
    notes = doc.trace.triggers.get(i, [])
    entry["triggers"] = _triggers(parse, s.text, mentions, notes, doc, by_id)
    assert doc.article is not None
    for m in mentions:
        event = by_id.get(event_id(doc.article.id, s.start, m.trigger_start))
        if event is not None:
            entry["events"].append(_event(event, m))
    return entry


def _why_sentence(s: Sentence, parsed: bool, settings: Settings) -> str:
    if parsed:
        return "candidate: parsed" if s.candidate else "parsed (candidates_only is off)"
    if not s.candidate:
        return "not a candidate: no word of the trigger lexicon, not parsed"
    if len(s.text) > settings.extract.max_sentence_chars:
        return (
            f"candidate, not parsed: longer than max_sentence_chars ({settings.extract.max_sentence_chars})"
        )
    return "candidate, not parsed"


def _triggers(
    parse: Any,
    text: str,
    mentions: list[Mention],
    notes: list[TriggerNote],
    doc: Doc,
    by_id: dict[str, Event],
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    assert doc.article is not None
    sentence = doc.sentences[mentions[0].sentence] if mentions else None
    for m in mentions:
        tok = parse[m.trigger_i]
        seen.add(m.trigger_i)
        kept = sentence is not None and event_id(doc.article.id, sentence.start, m.trigger_start) in by_id
        outcome = "event" if kept else "dropped"
        reason = m.why.get("event", "coded as an event") if not kept else "coded as an event"
        rows.append(_trigger_row(tok, m.trigger.id, m.trigger_text, outcome, reason))
    for n in notes:
        tok = parse[n.token_i]
        seen.add(n.token_i)
        rows.append(_trigger_row(tok, n.trigger_id, tok.text, "rejected", n.reason))
    # lexicon words the parser read as something no trigger entry takes ("shelling" as a verb form, ADJ)
    for match in candidate_pattern().finditer(text):
        toks = [t for t in parse if match.start() <= t.idx < match.end()]
        if toks and not any(t.i in seen for t in toks):
            t = toks[-1]
            seen.add(t.i)
            why = f"a lexicon word, but the parser read it as {t.pos_} (lemma {t.lemma_!r}): no trigger entry"
            rows.append(_trigger_row(t, None, match.group(), "no entry", why))
    return sorted(rows, key=lambda r: (r["token"], r["outcome"] != "event"))


def _trigger_row(tok: Any, trigger_id: str | None, text: str, outcome: str, reason: str) -> dict[str, Any]:
    kind = "verbal" if tok.pos_ == "VERB" else "nominal" if tok.pos_ in ("NOUN", "PROPN") else tok.pos_
    return {
        "token": tok.i,
        "text": text,
        "lemma": tok.lemma_,
        "pos": tok.pos_,
        "kind": kind,
        "trigger": trigger_id,
        "outcome": outcome,
        "reason": reason,
    }


def _entry_kind(m: Mention) -> str:
    if m.trigger.frame is not None:
        return f"PLOVER frame: {m.trigger.frame}"
    kind = "verbal" if m.trigger.verbs else "nominal"
    return f"{kind}, relaxed: no object of its listed kind" if m.trigger.relaxed else kind


def _event(event: Event, m: Mention) -> dict[str, Any]:
    why = m.why
    acled = f"{event.acled.event_type} / {event.acled.sub_event_type}" if event.acled else None
    fields: dict[str, dict[str, Any]] = {
        "type": {
            "value": f"{event.plover.type} | {acled} | CAMEO {event.cameo}",
            "why": f"trigger entry {m.trigger.id!r} ({_entry_kind(m)}); "
            f"ACLED sub-type: {why.get('acled', 'the entry')}",
        },
        "actor1": _actor_field(
            event.actor1, why, "actor1", "no subject, 'by' agent or modifier naming an actor"
        ),
        "actor2": _actor_field(event.actor2, why, "actor2", "no object, target or victim naming an actor"),
        "location": _place_field(event, why),
        "date": _date_field(event, why),
        "fatalities": {"value": event.fatalities.best, "why": _count_why(event.fatalities, "killing")},
        "injured": {"value": event.injured.best, "why": _count_why(event.injured, "wounded")},
        "captured": {"value": event.captured.best, "why": _count_why(event.captured, "captured")},
        "factuality": {"value": event.factuality, "why": why.get("factuality", "no cue: asserted")},
        "attribution": {
            "value": event.attribution,
            "why": "subject of a speech verb governing the clause, or 'according to'"
            if event.attribution
            else "no speech verb or 'according to'",
        },
        "historical": {"value": event.historical, "why": _historical_why(event, why)},
        "confidence": {"value": event.confidence, "why": why.get("confidence", "")},
    }
    return {
        "id": event.id,
        "trigger": event.evidence.trigger,
        "factuality": event.factuality,
        "fields": fields,
    }


def _actor_field(actor: Actor | None, why: dict[str, str], key: str, none: str) -> dict[str, Any]:
    if actor is None:
        return {"value": None, "why": why.get(key, none) if key in why else none}
    parts = [why.get(key, "no rule recorded")]
    if f"{key} generic" not in why:
        parts.append(_recognised(actor))
    parts += [
        why[k]
        for k in (f"{key} generic", f"{key} country", f"{key} kind", "actor kind", "actor swap")
        if k in why
    ]
    value = f"{actor.name} [{actor.kind}{', ' + actor.country if actor.country else ''}] from {actor.text!r}"
    return {"value": value, "why": "; ".join(parts)}


def _count_why(f: Count, what: str) -> str:
    if not f.text:
        return f"no {what} count in the sentence"
    bounds = f" (low {f.low}, high {f.high})" if f.low is not None or f.high is not None else ""
    return f"phrase {f.text!r}{bounds}"


def _historical_why(event: Event, why: dict[str, str]) -> str:
    ref, end = why.get("historical"), event.date.end
    if not ref or not end or not event.date.text:
        return "no stated date: news of the day"
    days = (date.fromisoformat(ref) - date.fromisoformat(end)).days
    when = f"{days} days before" if days >= 0 else f"{-days} days after"
    return (
        f"the stated date ends {when} the reference {ref} (historical beyond {HISTORICAL_DAYS} days before)"
    )


def _recognised(actor: Actor) -> str:
    if actor.kind == "state_forces":
        return "state forces: a force noun, a national adjective or a country acting" + (
            f" ({actor.country})" if actor.country else " (no country named)"
        )
    if actor.id is not None:
        return f"named group: an alias of {actor.name}"
    return f"generic head noun -> {actor.name}"


def _place_field(event: Event, why: dict[str, str]) -> dict[str, Any]:
    p = event.location
    skipped = [
        f"{k.removeprefix('place skipped ')}: {v}" for k, v in why.items() if k.startswith("place skipped")
    ]
    parts = [why.get("place", "no place")]
    if "place candidates" in why:
        parts.append(f"candidates: {why['place candidates']}")
    if skipped:
        parts.append("skipped: " + "; ".join(skipped))
    value = None
    if p is not None:
        where = ", ".join(x for x in (p.admin2, p.admin1, p.country) if x)
        value = f"{p.name} ({where}; {p.precision}; geonameid {p.geonameid})"
    return {"value": value, "why": "; ".join(parts)}


def _date_field(event: Event, why: dict[str, str]) -> dict[str, Any]:
    d = event.date
    value = f"{d.start}..{d.end} ({d.precision})" if d.start and d.end != d.start else d.start
    parts = [why.get("date", "no reference date")]
    if d.text:
        parts.append(f"rule: {date_rule(d.text)}")
    parts += [
        f"{k.removeprefix('date skipped ')}: {v}" for k, v in why.items() if k.startswith("date skipped")
    ]
    return {"value": value, "why": "; ".join(parts)}


def date_rule(text: str) -> str:
    """Which rule of `frontlines.when.dates` reads a date expression, named from its form."""
    t = text.lower()
    words = set(re.findall(r"[a-z]+", t))
    if words & set(WEEKDAYS):
        return "weekday: the latest such day on or before the reference ('next': the first after)"
    if words & {"today", "tonight", "morning", "afternoon", "evening"}:
        return "today: the reference date"
    if "yesterday" in words or "last night" in t:
        return "yesterday: the reference date - 1 day"
    if re.search(r"\b(last|next|this) (week|month|year)\b", t):
        return "a period relative to the reference (week / month / year precision)"
    if "ago" in words:
        return "N days/weeks/months/years before the reference"
    if re.fullmatch(r"\D*(19|20)\d\d\D*", t) and not words & set(MONTHS):
        return "a year alone (year precision)"
    if words & set(MONTHS) and not re.search(r"\d", t):
        return "a month alone: the latest such month on or before the reference"
    if words & set(MONTHS) and re.fullmatch(r"\D*(19|20)\d\d\D*", t):
        return "month and year (month precision)"
    return "an explicit day (month and day; year: the latest on or before the reference)"
