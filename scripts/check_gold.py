"""Check a team gold file beyond its schema: the conventions of gold/team/README.md.

    .venv/bin/python scripts/check_gold.py gold/team/dev.jsonl [--ids s4a-] [--strict]

Errors (exit 1): the file does not load (GoldArticle: schema, evidence sentence in text, duplicate ids),
a trigger that is not in its evidence sentence, an evidence sentence that does not start and end at a
sentence boundary, a sub-event type under the wrong ACLED event type, a date whose end precedes its start,
`low` above `best` or `best` above `high`, a split that disagrees with the file name.
Warnings (errors with --strict): a sub-country location without admin1 or coordinates, a historical
event dated within a month of publication (or a non-historical one dated more than a month before), an
actor name that is neither in actors.v1.yaml nor one of the generic names.
The check reads the gold only; it never runs the system.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

from frontlines.eval.gold import GoldArticle, GoldError, GoldEvent, load_gold

ROOT = Path(__file__).resolve().parent.parent
ACTORS = ROOT / "src" / "frontlines" / "data" / "actors.v1.yaml"

SUB_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
GENERIC_ACTOR = re.compile(
    r"^(Military Forces of .+|Police Forces of .+|Government of .+|Unidentified Armed Group"
    r"|Civilians|Protesters|Rioters)$"
)
# a sentence starts after the start of a paragraph, after end punctuation (and closing quote), or after a
# dateline / liveblog time stamp dash
_START = re.compile(r"(^|\n|[.!?][\"”’)]?\s+|[—–-]\s+|\)\s+)$")
_END = re.compile(r"^($|\s|\n)")


def known_actor_names() -> set[str]:
    data = yaml.safe_load(ACTORS.read_text(encoding="utf-8"))
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("name"), str) and "iso3" not in node:
                names.add(node["name"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(data)
    return names


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days


def check_event(art: GoldArticle, i: int, ev: GoldEvent, actors: set[str]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    doc = art.text or art.html or ""
    where = f"{art.id} event {i}"
    if ev.evidence is not None:
        sent = ev.evidence.sentence
        if ev.evidence.trigger and ev.evidence.trigger not in sent:
            errors.append(f"{where}: trigger {ev.evidence.trigger!r} not in its sentence")
        pos = doc.find(sent)
        if pos >= 0 and art.text is not None:
            if not _START.search(doc[:pos]):
                errors.append(f"{where}: evidence does not start at a sentence boundary: {sent[:50]!r}")
            if not _END.match(doc[pos + len(sent) :]):
                errors.append(f"{where}: evidence does not end at a sentence boundary: {sent[-50:]!r}")
    if ev.acled is not None and ev.acled.sub_event_type is not None:
        allowed = SUB_TYPES.get(ev.acled.event_type)
        if allowed is None:
            errors.append(f"{where}: unknown ACLED event type {ev.acled.event_type!r}")
        elif ev.acled.sub_event_type not in allowed:
            sub, typ = ev.acled.sub_event_type, ev.acled.event_type
            errors.append(f"{where}: {sub!r} is not a sub-event of {typ!r}")
    for key in ("fatalities", "injured", "captured"):
        f = getattr(ev, key)
        if f is None:
            continue
        if f.low is not None and f.best is not None and f.low > f.best:
            errors.append(f"{where}: {key}.low > best")
        if f.high is not None and f.best is not None and f.best > f.high:
            errors.append(f"{where}: {key}.best > high")
    if ev.date is not None and ev.date.start and ev.date.end and _days(ev.date.end, ev.date.start) < 0:
        errors.append(f"{where}: date ends before it starts")
    if ev.date is not None and ev.date.end and art.published and ev.historical is not None:
        if _days(ev.date.end, art.published) > 0 and ev.factuality in (None, "asserted"):
            warnings.append(f"{where}: asserted event dated after publication")
        old = _days(art.published, ev.date.end) > 31
        if old and not ev.historical:
            warnings.append(f"{where}: dated more than a month before publication but historical is false")
        if ev.historical and not old and _days(art.published, ev.date.start or ev.date.end) <= 31:
            warnings.append(f"{where}: historical but dated within a month of publication")
    loc = ev.location
    if loc is not None and loc.precision not in (None, "country", "region"):
        if not loc.admin1:
            warnings.append(f"{where}: {loc.name!r} ({loc.precision}) has no admin1")
        if loc.lat is None or loc.lon is None:
            warnings.append(f"{where}: {loc.name!r} has no coordinates")
    for role in ("actor1", "actor2"):
        a = getattr(ev, role)
        if a is not None and a.name and a.name not in actors and not GENERIC_ACTOR.match(a.name):
            warnings.append(f"{where}: {role} name {a.name!r} is not in actors.v1.yaml nor generic")
    return errors, warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--ids", default="", help="only articles whose id starts with this prefix")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = ap.parse_args(argv)
    try:
        arts = load_gold(args.path)
    except GoldError as exc:
        print(f"ERROR {exc}")
        return 1
    actors = known_actor_names()
    split = args.path.stem if args.path.stem in ("dev", "test") else None
    errors: list[str] = []
    warnings: list[str] = []
    n_events = 0
    for art in arts:
        if not art.id.startswith(args.ids):
            continue
        if split and art.split != split:
            errors.append(f"{art.id}: split {art.split!r} in {args.path.name}")
        for i, ev in enumerate(art.events):
            n_events += 1
            e, w = check_event(art, i, ev, actors)
            errors += e
            warnings += w
    for w in warnings:
        print(f"WARN  {w}")
    for e in errors:
        print(f"ERROR {e}")
    n_arts = sum(a.id.startswith(args.ids) for a in arts)
    print(f"{n_arts} articles, {n_events} events: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors or (args.strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main())
