"""MUC-3/4 release reading for `bench_muc4`: the texts (dateline, header tags, body) and the answer
keys (templates and their slot fillers), from `<benchmarks>/muc4/raw_files/muc34/TASK/CORPORA/<set>/`
(read in place, never copied). The splits and the meaning of each slot are in `bench_muc4`'s docstring.

A missing data folder, set or key raises `BenchmarkMissing` naming the path looked at.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.geo.gazetteer import default_index

CORPORA = Path("muc4", "raw_files", "muc34", "TASK", "CORPORA")
"""where the MUC-3/4 texts and keys are, relative to the benchmarks folder"""

SPLITS: dict[str, tuple[str, ...]] = {
    "test": ("tst3", "tst4"),
    "dev": ("tst1", "tst2"),
    "all": ("tst1", "tst2", "tst3", "tst4"),
    "muc-dev": ("dev",),
}

_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
_DOC_ID = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\b[^\n]*$", re.M)
_DATELINE = re.compile(
    r"^\s*(?P<place>[^,\n]+?)\s*,\s*(?P<date>\d{1,2} [A-Z]{3}(?: \d{2})?|NO DATE)\s*"
    r"(?:\((?P<source>[^)]*)\))?\s*--\s*"
)
_HEADER_TAGS = re.compile(r"^(?:\s*\[[^\]]*\])+\s*")
_SLOT_LINE = re.compile(r"^(\d{1,2})\.\s+([A-Z][A-Z ]*: [A-Z][A-Z ]*?)(?:\s{2,}(.*?))?\s*$")
_DATE = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})")


@dataclass(frozen=True)
class MucDoc:
    docid: str
    published: str | None
    """the dateline date, YYYY-MM-DD (None for NO DATE or a date without a year)"""
    place: str | None
    """the dateline city, None for CLANDESTINE / NO CITY"""
    country: str | None
    """the dateline's country in parentheses, when the city is outside the nine countries of interest"""
    body: str
    """the text after the dateline and header tags, as in the file"""


@dataclass(frozen=True)
class Fill:
    """One slot filler: its alternatives (normalised), and whether the key marks it optional ("?")."""

    alts: frozenset[str]
    optional: bool = False


@dataclass(frozen=True)
class DateFill:
    alts: tuple[tuple[date | None, date], ...]
    """(first, last) day of each alternative; first is None for "- D" (on or before D)"""
    optional: bool = False


@dataclass
class GoldTemplate:
    optional: bool
    types: frozenset[str]
    dates: list[DateFill] = field(default_factory=list)
    locations: list[Fill] = field(default_factory=list)
    countries: list[Fill] = field(default_factory=list)
    perp_org: list[Fill] = field(default_factory=list)
    perp_ind: list[Fill] = field(default_factory=list)
    targets: list[Fill] = field(default_factory=list)


def norm(text: str) -> str:
    """Comparison key: no accents, lower case, punctuation to spaces, no leading article."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("'s ", " ")
    words = re.sub(r"[^\w\s]", " ", text).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _two_digit_year(yy: str) -> int:
    return 1900 + int(yy)


def parse_date(text: str) -> date | None:
    m = _DATE.fullmatch(text.strip())
    if not m or m.group(2) not in _MONTHS:
        return None
    try:
        return date(_two_digit_year(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def _split_alternatives(fill: str) -> list[str]:
    """Top-level " / " alternatives (not inside quotes or parentheses)."""
    parts, depth, quoted, cur = [], 0, False, []
    i = 0
    while i < len(fill):
        c = fill[i]
        if c == "\\" and i + 1 < len(fill):
            cur.append(fill[i : i + 2])
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif not quoted and c == "(":
            depth += 1
        elif not quoted and c == ")":
            depth = max(0, depth - 1)
        elif not quoted and depth == 0 and c == "/":
            parts.append("".join(cur).strip())
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def _strip_parens(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")"):
        depth = 0
        for i, c in enumerate(text):
            depth += c == "("
            depth -= c == ")"
            if depth == 0 and i < len(text) - 1:
                return text
        text = text[1:-1].strip()
    return text


def _optional(fill: str) -> tuple[str, bool]:
    fill = fill.strip()
    if fill.startswith("?"):
        return fill[1:].strip(), True
    return fill, False


def string_fill(fill: str) -> Fill | None:
    """A text-string filler: `"A" / "B"`, `? "A"`, or a cross-referenced `"DESCR": "NAME"` (-> DESCR)."""
    fill, optional = _optional(fill)
    if fill in ("", "-", "*"):
        return None
    lhs = re.split(r'(?<=")\s*:\s*(?=")', fill, maxsplit=1)[0]
    strings = [s.replace('\\"', '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', lhs)]
    if not strings:  # an unquoted filler (one key has one)
        strings = [lhs]
    alts = frozenset(n for n in (norm(s) for s in strings) if n)
    return Fill(alts, optional) if alts else None


def date_fill(fill: str) -> DateFill | None:
    fill, optional = _optional(fill)
    if fill in ("", "-", "*"):
        return None
    alts: list[tuple[date | None, date]] = []
    for alt in _split_alternatives(fill):
        alt = _optional(_strip_parens(alt))[0]
        days = [parse_date(m.group(0)) for m in _DATE.finditer(alt)]
        if not days or any(d is None for d in days):
            continue
        first, last = days[0], days[-1]
        assert first is not None and last is not None
        if alt.startswith("-"):
            alts.append((None, last))
        else:
            alts.append((first, max(first, last)))
    return DateFill(tuple(alts), optional) if alts else None


def _place_names(component: str) -> list[str]:
    """ "CUCUTA (CITY) - CAMPANARIO (REGION)" -> [CUCUTA, CAMPANARIO]; "LIMA (CITY)" -> [LIMA]."""
    names = []
    for piece in re.split(r"\s+-\s+", component):
        name = re.sub(r"\s*\([^()]*\)\s*$", "", piece.strip()).strip()
        if name:
            names.append(name)
    return names


def location_fills(fill: str) -> tuple[Fill | None, Fill | None]:
    """(most specific place names, country ISO3 codes) over the alternatives of a LOCATION filler."""
    fill, optional = _optional(fill)
    if fill in ("", "-", "*"):
        return None, None
    places: set[str] = set()
    countries: set[str] = set()
    for alt in _split_alternatives(fill):
        parts = [p for p in (x.strip() for x in _strip_parens(alt).split(":")) if p]
        if not parts:
            continue
        places.update(norm(n) for n in _place_names(parts[-1]))
        iso3 = country_iso3(_place_names(parts[0])[0] if _place_names(parts[0]) else parts[0])
        if iso3:
            countries.add(iso3)
    place_fill = Fill(frozenset(p for p in places if p), optional) if places else None
    country_fill = Fill(frozenset(countries), optional) if countries else None
    return place_fill, country_fill


def country_iso3(name: str) -> str | None:
    """A MUC country name to ISO3 with our gazetteer's country entries (None when it has none)."""
    for place in default_index().lookup(name.title()):
        if place.kind == "country" and place.country:
            return place.country
    return None


def parse_keys(text: str) -> dict[str, list[GoldTemplate]]:
    """An answer-key file: document id -> its templates ([] for an irrelevant document, "*")."""
    out: dict[str, list[GoldTemplate]] = {}
    for block in re.split(r"\n\s*\n", text):
        slots: dict[int, list[str]] = {}
        last: int | None = None
        for line in block.splitlines():
            if not line.strip() or line.lstrip().startswith(";"):
                continue
            m = _SLOT_LINE.match(line)
            if m:
                last = int(m.group(1))
                slots.setdefault(last, []).append((m.group(3) or "").strip())
            elif last is not None and line[:1].isspace():
                slots[last].append(line.strip())
        if 0 not in slots:
            continue
        docid = slots[0][0].split()[0]
        templates = out.setdefault(docid, [])
        head = slots.get(1, ["*"])[0]
        if head.startswith("*"):
            continue
        types = set()
        for fill in slots.get(4, []):
            for alt in _split_alternatives(_optional(fill)[0]):
                if alt not in ("-", "*"):
                    types.add(alt.strip())
        tpl = GoldTemplate(optional="OPTIONAL" in head, types=frozenset(types))
        tpl.dates = [d for d in (date_fill(f) for f in slots.get(2, [])) if d]
        for f in slots.get(3, []):
            place, country = location_fills(f)
            if place:
                tpl.locations.append(place)
            if country:
                tpl.countries.append(country)
        tpl.perp_ind = [x for x in (string_fill(f) for f in slots.get(9, [])) if x]
        tpl.perp_org = [x for x in (string_fill(f) for f in slots.get(10, [])) if x]
        for n in (12, 18, 19):
            tpl.targets += [x for x in (string_fill(f) for f in slots.get(n, [])) if x]
        templates.append(tpl)
    return out


def parse_texts(text: str) -> dict[str, MucDoc]:
    """A text file: document id -> document (dateline read, header tags dropped)."""
    marks = list(_DOC_ID.finditer(text))
    out: dict[str, MucDoc] = {}
    for i, m in enumerate(marks):
        raw = text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)]
        out[m.group(1)] = parse_document(m.group(1), raw)
    return out


def parse_document(docid: str, raw: str) -> MucDoc:
    place: str | None = None
    country: str | None = None
    published: str | None = None
    body = raw
    dl = _DATELINE.match(raw)
    if dl:
        body = raw[dl.end() :]
        pm = re.fullmatch(r"(.*?)\s*\(([^)]*)\)", dl.group("place").strip())
        place, country = (pm.group(1), pm.group(2)) if pm else (dl.group("place").strip(), None)
        if place in ("CLANDESTINE", "NO CITY"):
            place = None
        day = parse_date(dl.group("date"))
        published = day.isoformat() if day else None
    body = _HEADER_TAGS.sub("", body.lstrip(), count=1)
    return MucDoc(docid=docid, published=published, place=place, country=country, body=body.strip())


@dataclass
class MucSet:
    docs: list[MucDoc]
    keys: dict[str, list[GoldTemplate]]
    sources: list[str]


def corpora_dir(root: Path) -> Path:
    path = root / CORPORA
    if not path.is_dir():
        raise BenchmarkMissing(
            f"MUC-3/4 data not found: looked for {path} (the MUC-3/4 release's TASK/CORPORA folder, "
            f"under the shared benchmarks folder {root})"
        )
    return path


def load_set(root: Path, split: str) -> MucSet:
    if split not in SPLITS:
        raise BenchmarkMissing(f"MUC-4 has splits {', '.join(SPLITS)}, not {split!r}")
    base = corpora_dir(root)
    docs: list[MucDoc] = []
    keys: dict[str, list[GoldTemplate]] = {}
    sources: list[str] = []
    for name in SPLITS[split]:
        folder = base / name
        if not folder.is_dir():
            raise BenchmarkMissing(f"MUC-3/4 set {name!r} not found: looked for {folder}")
        files = sorted(p for p in folder.iterdir() if p.is_file())
        key_files = [p for p in files if p.name.startswith("key-")]
        text_files = [
            p for p in files if p.name.startswith(name + "-") and not p.name.endswith(".mixed-case")
        ]
        if not key_files or not text_files:
            raise BenchmarkMissing(
                f"MUC-3/4 set {name!r} in {folder} has no key-* files or no {name}-* texts"
            )
        for path in text_files:
            docs += parse_texts(_read(path)).values()
        for path in key_files:
            keys.update(parse_keys(_read(path)))
        sources += [str(p.relative_to(root)) for p in text_files + key_files]
    missing = [d.docid for d in docs if d.docid not in keys]
    if missing:
        raise BenchmarkMissing(
            f"MUC-3/4 {split}: no answer key for {len(missing)} documents, e.g. {missing[0]}"
        )
    return MucSet(docs, keys, sources)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="latin-1")
    except OSError as exc:
        raise BenchmarkMissing(f"cannot read {path}: {exc}") from exc
