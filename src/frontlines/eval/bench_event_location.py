"""Event location (Halterman 2019, `event_location/labeled_text.jsonl`): which toponym, if any, is the
location of a given verb's event.

Format. Despite its name the file is one JSON list (JSON Lines is read too). Each item has `text`,
`tokens` (the set's own tokenisation, with character offsets), `spans` (one VERB, zero or more
LOCATION; `start`/`end` characters, `token_start`/`token_end` inclusive token indices, sometimes
`text`), `source` ("RELABEL" marks the 496 adjudicated gold items) and `_id`. Items without exactly
one VERB span are skipped (counted in the notes).

Gold spans. Some LOCATION spans hold token indices where character offsets belong: 876 have
start == end == token_start, and a few hundred multi-token ones have start = token_start,
end = token_end. The set's README says to treat start == end as "no location" after checking; checked,
their `token_start`/`token_end` and `text` name a real toponym of the sentence (874 of 876 agree), so
the main figures read every span from its token indices (`gold_span`). The README reading (start ==
end dropped) is reported beside them ("README rule").

Prediction. Each distinct sentence goes through the pipeline once (every sentence parsed, not only
trigger candidates, so the fallback has a parse). For the item's verb:
1. event: a pipeline mention whose trigger overlaps the verb (character offsets) and that became an
   event (same sentence and trigger text) -> that event's location;
2. fallback: otherwise the place-attachment logic itself, `geo.places.choose_place`, run with the
   verb's token as the trigger (it reads only the mention's sentence and trigger token).
The predicted span is the chosen place's text found in the sentence (of its occurrences, the one best
attached to the verb, then the nearest), with the rest of the name its words belong to ("Gulf of Aden",
"Eastern Slavonia", "Dahret 'Abd Rabo", "Shatt al-Arab": `event_location_spans._whole_name`),
as the gold marks places: its name without a lowercase side word ("western Baghdad" -> "Baghdad"; a
capitalised one stays: "South Darfur"), the sub-place a possessive names ("Mogadishu's Yaqshid
district" -> "Yaqshid"; the event's place is Mogadishu with that text) or an unknown sub-place the
place keeps as text ("the Al-Bayaa neighbourhood of south Baghdad" -> "Al-Bayaa"), without the
lowercase common nouns that end it ("Helmand province" -> "Helmand"; "Jobar District" stays) and with
the capitalised facility nouns that end its name in the sentence ("Kindi Hospital" where the gazetteer
knew "Kindi": `geo.attach.site_end`, the system's own reading of such names), plus the proper names
coordinated with it in the parse ("in Idlib and Hama" -> both), as the gold marks every place of such a
list, also where the names sit on one place noun or on coordinated place nouns ("the Jumla and Diwan
villages", "Kobane, Manbij and al-Mayadeen areas", "the city of X and the villages of Y and Z": the list
the events stage reads in `geo.coordinated`), after a repeated locative preposition ("in Evian and in
Switzerland"), a name the parse hung on the next one across a comma ("the districts of Sakhour, Hanano,
..."), and a capitalised list word the parser tags a common noun. Left out, as the gold is split on
them: lists with the verb left out ("six in Hama, five in Idlib": as many false places as right ones on
dev). That reading is in `eval.event_location_spans`.

Scores use whitespace tokens of the sentence, as Halterman: over items with a gold location, token
precision / recall / F1 (micro, predicted vs gold tokens; gold = all of the item's LOCATION spans),
exact-span accuracy (the predicted tokens equal one gold span's) and any-overlap accuracy; over items
without one, the false-location rate. Figures are given for all items, the adjudicated subset, the
event route alone (fallback predictions counted as none) and the README rule.

Split. The set has no split field, so a deterministic one is made here: an item is "dev" when the
first hex digit of the SHA-1 of its sentence text (UTF-8) is even, "test" when it is odd; "all"
(the default) is every item. Keying on the sentence keeps every item of one sentence (several verbs,
repeated items) in the same half. Tune on "dev" only and report both halves. A `split` field in the
data, if present, would be honoured instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlines.code.actors import default_coder
from frontlines.code.mention import Mention
from frontlines.config import load_settings
from frontlines.errors import Rejected, StageError
from frontlines.eval.bench_common import BenchmarkMissing, time_limit, timed_out, warm_up
from frontlines.eval.event_location_spans import coordinated, locate
from frontlines.eval.report import BenchReport
from frontlines.extract import Extractor
from frontlines.geo.gazetteer import default_index
from frontlines.geo.places import choose_place
from frontlines.knowledge import triggers
from frontlines.model import Place
from frontlines.pipeline import Doc

FOLDER = "event_location"
FILE = "labeled_text.jsonl"
SPLITS = ("dev", "test", "all")
ADJUDICATED = "RELABEL"
PUBLISHED = "Halterman 2019: token P/R > 0.83"
ITEM_SECONDS = 1.0
"""a sentence normally takes ~10-50 ms; one that runs past this is scored as predicting nothing"""

Span = tuple[int, int]


def split_of(text: str) -> str:
    """ "dev" or "test": the parity of the first hex digit of the SHA-1 of the sentence text."""
    return "dev" if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "test"


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    source: str
    verb: Span
    locations: tuple[Span, ...]
    """gold location spans (characters), read from token indices where the offsets are not characters"""
    readme_locations: tuple[Span, ...]
    """the same, without spans whose start == end (the README's "no location" reading)"""


def load_raw(root: Path) -> list[dict[str, Any]]:
    path = root / FOLDER / FILE
    if not path.is_file():
        raise BenchmarkMissing(f"event location: no {FILE} at {path} (looked in benchmarks root {root})")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchmarkMissing(f"event location: cannot read {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise BenchmarkMissing(f"event location: {path} is neither a JSON list nor JSON Lines") from exc
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise BenchmarkMissing(f"event location: {path} does not hold a list of items")
    return [d for d in data if isinstance(d, dict)]


def gold_span(text: str, tokens: list[dict[str, Any]], span: dict[str, Any]) -> Span | None:
    """Character offsets of an annotated span. Offsets that disagree with the span's own token indices
    and equal them instead (start == token_start, end == token_start, token_end or token_end + 1) are
    token indices: the span is read from the tokens, cut to the span's `text` when that is given and
    starts there (a few token_end values overshoot). None for an empty span that is neither."""
    start, end = int(span["start"]), int(span["end"])
    ts, te = span.get("token_start"), span.get("token_end")
    label = str(span.get("text") or "")
    if isinstance(ts, int) and isinstance(te, int) and 0 <= ts <= te and ts < len(tokens):
        cs = int(tokens[ts]["start"])
        ce = int(tokens[min(te, len(tokens) - 1)]["end"])  # a few token_end values lie past the end
        if (start, end) == (cs, ce):
            return start, end
        chars = start < end and text[start:end] == label
        if start == ts and end in (ts, te, te + 1) and not chars:
            if label and text[cs : cs + len(label)] == label:
                return cs, cs + len(label)
            return cs, ce
    if start < end:
        return start, end
    return None


def parse_item(raw: dict[str, Any]) -> Item | None:
    """One scorable item, or None when it has no text or not exactly one VERB span."""
    text = raw.get("text")
    spans = raw.get("spans") or []
    tokens = raw.get("tokens") or []
    if not isinstance(text, str) or not text.strip():
        return None
    verbs = [s for s in spans if s.get("label") == "VERB"]
    if len(verbs) != 1:
        return None
    verb = gold_span(text, tokens, verbs[0])
    if verb is None:
        return None
    locs: list[Span] = []
    readme: list[Span] = []
    for s in spans:
        if s.get("label") != "LOCATION":
            continue
        got = gold_span(text, tokens, s)
        if got is None:
            continue
        locs.append(got)
        if int(s["start"]) != int(s["end"]):
            readme.append(got)
    return Item(
        id=str(raw.get("_id", raw.get("doc_id", ""))),
        text=text,
        source=str(raw.get("source", "")),
        verb=verb,
        locations=tuple(locs),
        readme_locations=tuple(readme),
    )


def ws_tokens(text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def tokens_of(span: Span, toks: list[Span]) -> frozenset[int]:
    """Indices of the whitespace tokens a character span overlaps."""
    return frozenset(i for i, (a, b) in enumerate(toks) if a < span[1] and span[0] < b)


@dataclass
class Prediction:
    route: str
    """event | fallback | no_parse | timeout | failed"""
    has_location: bool = False
    tokens: frozenset[int] = frozenset()


@dataclass
class Tally:
    with_gold: int = 0
    tp: int = 0
    n_pred_tokens: int = 0
    n_gold_tokens: int = 0
    exact: int = 0
    overlap: int = 0
    predicted: int = 0
    without_gold: int = 0
    false_location: int = 0
    routes: Counter[str] = field(default_factory=Counter)

    def add(self, pred: Prediction, gold: tuple[frozenset[int], ...]) -> None:
        self.routes[pred.route] += 1
        if not gold:
            self.without_gold += 1
            self.false_location += pred.has_location
            return
        union = frozenset().union(*gold)
        self.with_gold += 1
        self.tp += len(pred.tokens & union)
        self.n_pred_tokens += len(pred.tokens)
        self.n_gold_tokens += len(union)
        self.exact += bool(pred.tokens) and any(pred.tokens == g for g in gold)
        self.overlap += bool(pred.tokens & union)
        self.predicted += pred.has_location

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_pred_tokens if self.n_pred_tokens else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold_tokens if self.n_gold_tokens else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self, rep: BenchReport, label: str, full: bool = True) -> None:
        sfx = f" ({label})" if label else ""
        n = self.with_gold
        rep.add(f"token precision{sfx}", self.precision, n, note=f"{self.n_pred_tokens} predicted tokens")
        rep.add(f"token recall{sfx}", self.recall, n, note=f"{self.n_gold_tokens} gold tokens")
        rep.add(f"token F1{sfx}", self.f1, n)
        if full:
            rep.add(f"exact span{sfx}", self.exact / n if n else None, n)
            rep.add(f"any token overlap{sfx}", self.overlap / n if n else None, n)
            rep.add(f"location predicted{sfx}", self.predicted / n if n else None, n, note="gold has one")
        rep.add(
            f"false-location rate{sfx}",
            self.false_location / self.without_gold if self.without_gold else None,
            self.without_gold,
            note="gold has none",
        )


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Predictor:
    """Runs one sentence through the pipeline and answers for each of its verbs."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.index = default_index()
        self.not_a_place = default_coder().not_a_place
        self.placeholder = triggers().triggers[0]  # choose_place does not read the trigger entry

    def run(self, text: str) -> Doc | str:
        """The processed Doc, or the reason there is none ("timeout", "failed")."""
        try:
            with time_limit(ITEM_SECONDS):
                return self.extractor.pipeline(Doc(raw=text))
        except (Rejected, StageError) as exc:
            return "timeout" if timed_out(exc) else "failed"

    def predict(self, doc: Doc, text: str, verb: Span) -> Prediction:
        assert doc.article is not None
        body = doc.article.body
        raw_toks, body_toks = ws_tokens(text), ws_tokens(body)
        # the body may end earlier, page chrome after the sentence ("// <!--") cleaned away
        prefix = [body[a:b] for a, b in body_toks] == [text[a:b] for a, b in raw_toks[: len(body_toks)]]
        if len(raw_toks) != len(body_toks) and not prefix:
            return Prediction("failed")  # normalisation changed the word sequence (not seen in the set)
        k = min(tokens_of(verb, raw_toks), default=None)
        if k is None or k >= len(body_toks):
            return Prediction("failed")
        shift = body_toks[k][0] - raw_toks[k][0]
        bverb = (verb[0] + shift, verb[1] + shift)
        place: Place | None = None
        sentence: int | None = None
        route = ""
        for m in doc.mentions:
            if not _overlaps((m.trigger_start, m.trigger_start + len(m.trigger_text)), bverb):
                continue
            start = doc.sentences[m.sentence].start
            event = next(
                (e for e in doc.events if e.evidence.start == start and e.evidence.trigger == m.trigger_text),
                None,
            )
            if event is not None:
                place, sentence, route = event.location, m.sentence, "event"
                break
        if not route:
            route, place, sentence = self._fallback(doc, bverb)
        if place is None or sentence is None:
            return Prediction(route)
        found = locate(doc, place, sentence, bverb)
        if found is None:
            return Prediction(route, has_location=True)
        # the k-th whitespace token of the body is the k-th of the item's text
        tokens = tokens_of(found, body_toks).union(
            *(tokens_of(c, body_toks) for c in coordinated(doc, sentence, found))
        )
        return Prediction(route, has_location=True, tokens=tokens)

    def _fallback(self, doc: Doc, bverb: Span) -> tuple[str, Place | None, int | None]:
        si = next((i for i, s in enumerate(doc.sentences) if s.start <= bverb[0] < s.end), None)
        parse = doc.parses.get(si) if si is not None else None
        if si is None or parse is None:
            return "no_parse", None, None
        offset = doc.sentences[si].start
        tok = next(
            (t for t in parse if _overlaps((offset + t.idx, offset + t.idx + len(t.text)), bverb)), None
        )
        if tok is None:
            return "no_parse", None, None
        mention = Mention(
            sentence=si,
            trigger_i=tok.i,
            trigger_text=tok.text,
            trigger_start=offset + tok.idx,
            trigger=self.placeholder,
        )
        try:
            with time_limit(ITEM_SECONDS):
                found = choose_place(doc, mention, self.index, self.not_a_place)
        except Exception as exc:  # counted, not fatal: one sentence must not stop the run
            return ("timeout" if timed_out(exc) else "failed"), None, None
        return "fallback", (found[0] if found else None), si


def run(root: Path, split: str, limit: int | None, extractor: Extractor | None = None) -> BenchReport:
    if split not in SPLITS:
        raise BenchmarkMissing(f"event location: use one of {', '.join(SPLITS)} (not {split!r})")
    raw_items = load_raw(root)
    has_split = any("split" in r for r in raw_items)
    if split != "all":
        if has_split:
            raw_items = [r for r in raw_items if r.get("split") == split]
        else:
            raw_items = [r for r in raw_items if split_of(str(r.get("text") or "")) == split]
    if limit is not None:
        raw_items = raw_items[:limit]
    items: list[Item] = []
    skipped = 0
    for r in raw_items:
        it = parse_item(r)
        if it is None:
            skipped += 1
        else:
            items.append(it)
    if extractor is None:
        extractor = Extractor(load_settings(overrides={"extract": {"candidates_only": False}}))
    warm_up(extractor)
    predictor = Predictor(extractor)

    by_text: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        by_text.setdefault(it.text, []).append(i)
    preds: list[Prediction] = [Prediction("failed")] * len(items)
    for text, members in by_text.items():
        doc = predictor.run(text)
        for i in members:
            preds[i] = (
                Prediction(doc) if isinstance(doc, str) else predictor.predict(doc, text, items[i].verb)
            )

    main, adjudicated, event_only, readme = Tally(), Tally(), Tally(), Tally()
    for it, pred in zip(items, preds, strict=True):
        toks = ws_tokens(it.text)
        gold = tuple(g for g in (tokens_of(s, toks) for s in it.locations) if g)
        main.add(pred, gold)
        if it.source == ADJUDICATED:
            adjudicated.add(pred, gold)
        event_only.add(pred if pred.route == "event" else Prediction(pred.route), gold)
        readme.add(pred, tuple(g for g in (tokens_of(s, toks) for s in it.readme_locations) if g))

    rep = BenchReport(
        bench="event-location", dataset=str(root / FOLDER / FILE), split=split, items=len(items)
    )
    main.report(rep, "")
    adjudicated.report(rep, f"adjudicated {ADJUDICATED}")
    event_only.report(rep, "event route only", full=False)
    readme.report(rep, "README rule: start==end = no location", full=False)
    routes = [["route", "items", "meaning"]]
    meaning = {
        "event": "a coded event's trigger is the verb: its location",
        "fallback": "no such event: choose_place with the verb as trigger",
        "no_parse": "the verb's sentence was not parsed",
        "timeout": f"stopped after {ITEM_SECONDS:g} s of CPU time (a pipeline hang)",
        "failed": "the pipeline or choose_place rejected or failed on the sentence",
    }
    for route, count in main.routes.most_common():
        routes.append([route, str(count), meaning.get(route, "")])
    rep.tables["how each item's location was predicted"] = routes
    dup = sum(c - 1 for c in Counter((it.text, it.verb) for it in items).values() if c > 1)
    recovered = sum(len(it.locations) - len(it.readme_locations) for it in items)
    rep.notes += [
        PUBLISHED,
        "tokens are whitespace tokens of the sentence; P/R are micro-averaged over items with a gold "
        "location (gold = all its LOCATION spans); exact span = predicted tokens equal one gold span's.",
        f"{recovered} gold location spans with start == end were read from their token indices (they name "
        "a toponym); the README rule rows treat them as no location instead.",
        f"{len(items)} items scored, {len(by_text)} distinct sentences; {skipped} items skipped (no text "
        f"or not exactly one VERB span); {dup} items repeat another's sentence and verb (kept).",
        (
            "split field honoured"
            if has_split
            else f"split {split!r}: "
            + (
                "every item"
                if split == "all"
                else "sentence SHA-1 first hex digit " + ("even" if split == "dev" else "odd")
            )
        )
        + (f"; first {limit} items" if limit is not None else "")
        + ".",
    ]
    return rep
