"""Readers for the geoparsing benchmarks in `<benchmarks>/geoparsing/data/` (read in place, never copied).

- GeoWebNews, `GWN.xml`: `<article file=..>` with `<text>` and `<toponyms><toponym>` children
  `extractedName, type, start, end` and, for 2,601 of 6,612 annotations, `latitude, longitude` (most also
  a `geonamesID`). Every annotation has a `type` from Gritta et al.'s taxonomy; three of them are not
  toponyms (`Literal_Expression` "the city", `Non_Lit_Expression`, `Non_Toponym`). The BRAT files in
  `GeoWebNews/*.ann` hold the same annotations, with offsets into a text that starts with a
  "TITLE: … LINK: …" line; GWN.xml drops that line, so its title annotations have negative offsets.
- LGL (`Corpora/lgl.xml`) and TR-News (`Corpora/TR-News.xml`): `<article docid=..>` with `<text>` and
  `<toponym>` children `start, end, phrase` and, when resolved, `<gaztag geonameid=..>` with `lat, lon,
  fclass, fcode` (GeoNames feature class and code). Some TR-News offsets are shifted by a few characters;
  they are moved to the nearest occurrence of the phrase.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path

from frontlines.errors import FrontlinesError

GWN_NOT_TOPONYMS = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym"})
"""GeoWebNews annotation types that are not toponyms (common nouns, and names that only look like places)"""

REALIGN_WINDOW = 100
"""how far (characters) from its stated offset a gold phrase is looked for when the offset is off"""


class BenchDataError(FrontlinesError):
    """A benchmark's data folder or file is missing or cannot be read."""


@dataclass(frozen=True)
class GoldToponym:
    text: str
    start: int | None
    """character offsets into the document text; None when the phrase cannot be placed there"""
    end: int | None
    toponym: bool = True
    """counts for recognition (False for GeoWebNews' expressions and non-toponyms)"""
    type: str | None = None
    """GeoWebNews' toponym type (Literal, Metonymic, …); None for LGL and TR-News"""
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    fclass: str | None = None
    fcode: str | None = None


@dataclass
class GeoDoc:
    doc_id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    realigned: int = 0
    """gold offsets that did not match their phrase and were moved to its nearest occurrence"""
    unplaced: int = 0
    """gold offsets that could not be placed in the text (scored for resolution, not recognition)"""


def geo_file(root: Path, *parts: str) -> Path:
    """`root/geoparsing/data/<parts>`, or a clear error naming where it looked."""
    folder = root / "geoparsing"
    if not folder.is_dir():
        raise BenchDataError(
            f"geoparsing benchmarks not found: looked for {folder} (the shared benchmarks folder is "
            "../shared/benchmarks, or set FRONTLINES_EVAL_BENCHMARKS_DIR / --benchmarks-dir)"
        )
    path = folder.joinpath("data", *parts)
    if not path.is_file():
        raise BenchDataError(f"geoparsing benchmark file not found: {path}")
    return path


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise BenchDataError(f"cannot read {path}: {exc}") from exc


def _text(el: ET.Element | None, tag: str) -> str | None:
    if el is None:
        return None
    value = el.findtext(tag)
    return value.strip() if value is not None and value.strip() else None


def _float(value: str | None) -> float | None:
    return float(value) if value is not None else None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().lstrip("-").isdigit() else None


def place(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """The gold span's offsets: as given when they match the phrase, else the phrase's nearest
    occurrence within REALIGN_WINDOW characters, else None."""
    if 0 <= start <= end <= len(text) and text[start:end] == phrase:
        return start, end
    if start < 0 or not phrase:
        return None
    lo = max(0, start - REALIGN_WINDOW)
    hits: list[int] = []
    i = text.find(phrase, lo)
    while i != -1 and i <= start + REALIGN_WINDOW:
        hits.append(i)
        i = text.find(phrase, i + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(phrase)


def _doc(doc_id: str, text: str, raw: list[tuple[GoldToponym, int, int]]) -> GeoDoc:
    doc = GeoDoc(doc_id, text)
    for top, start, end in raw:
        span = place(text, start, end, top.text)
        if span is None:
            doc.unplaced += 1
        elif span != (start, end):
            doc.realigned += 1
        doc.toponyms.append(
            replace(top, start=None if span is None else span[0], end=None if span is None else span[1])
        )
    return doc


def read_gwn(path: Path) -> list[GeoDoc]:
    docs: list[GeoDoc] = []
    for art in _parse(path).iter("article"):
        text = art.findtext("text") or ""
        raw: list[tuple[GoldToponym, int, int]] = []
        for t in art.iter("toponym"):
            kind = _text(t, "type")
            name = t.findtext("extractedName") or ""
            gold = GoldToponym(
                name,
                None,
                None,
                toponym=kind not in GWN_NOT_TOPONYMS,
                type=kind,
                lat=_float(_text(t, "latitude")),
                lon=_float(_text(t, "longitude")),
                geonameid=_int(_text(t, "geonamesID")),
            )
            raw.append((gold, int(_text(t, "start") or -1), int(_text(t, "end") or -1)))
        docs.append(_doc(art.get("file", str(len(docs))), text, raw))
    return docs


def read_corpus(path: Path) -> list[GeoDoc]:
    """LGL and TR-News (the same XML layout)."""
    docs: list[GeoDoc] = []
    for art in _parse(path).iter("article"):
        text = art.findtext("text") or ""
        raw: list[tuple[GoldToponym, int, int]] = []
        for t in art.iter("toponym"):
            gaz = t.find("gaztag")
            gold = GoldToponym(
                t.findtext("phrase") or "",
                None,
                None,
                lat=_float(_text(gaz, "lat")),
                lon=_float(_text(gaz, "lon")),
                geonameid=_int(gaz.get("geonameid")) if gaz is not None else None,
                fclass=_text(gaz, "fclass"),
                fcode=_text(gaz, "fcode"),
            )
            raw.append((gold, int(_text(t, "start") or -1), int(_text(t, "end") or -1)))
        docs.append(_doc(art.get("docid", str(len(docs))), text, raw))
    return docs


def gold_level(fclass: str | None, fcode: str | None) -> str | None:
    """country / admin1 / city / other from a GeoNames feature class and code (None if neither)."""
    if fclass is None and fcode is None:
        return None
    if fcode is not None and (fcode.startswith("PCL") or fcode == "TERR"):
        return "country"
    if fcode in ("ADM1", "ADM1H"):
        return "admin1"
    if fclass == "P":
        return "city"
    return "other"


KIND_LEVEL = {"country": "country", "admin1": "admin1", "city": "city"}
"""our gazetteer's place kinds as feature levels (district, point, region → other)"""
