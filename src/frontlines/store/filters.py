"""The event filters shared by the API (`/api/events`, `/api/events.geojson`, `/api/stats`) and
`frontlines export`: parsed and validated once here, so a bad value is the same error everywhere, and
turned into SQL here, so both front ends select exactly the same events (docs/api.md, "Filters")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, get_args

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    TextualSelect,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)

from frontlines import knowledge
from frontlines.errors import FrontlinesError
from frontlines.model import Factuality, PloverType
from frontlines.store.schema import ArticleRow, EventMentionRow, EventRow

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"\w+", re.UNICODE)


class FilterError(FrontlinesError):
    """A filter value that cannot be used; `param` names the parameter (the API answers 422)."""

    def __init__(self, param: str, message: str) -> None:
        self.param = param
        super().__init__(f"{param}: {message}")


@dataclass(frozen=True)
class EventFilter:
    """Validated filters; empty lists and None mean "no restriction"."""

    bbox: tuple[float, float, float, float] | None = None
    start: str | None = None
    end: str | None = None
    acled_type: tuple[str, ...] = ()
    acled_subtype: tuple[str, ...] = ()
    plover_type: tuple[str, ...] = ()
    actor: str | None = None
    country: tuple[str, ...] = ()
    factuality: tuple[str, ...] = ()
    historical: bool | None = None
    q: str | None = None


def _flat(values: Iterable[str] | str | None) -> list[str]:
    if values is None:
        return []
    items = [values] if isinstance(values, str) else list(values)
    return [v.strip() for v in items if v is not None and v.strip()]


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    try:
        minlon, minlat, maxlon, maxlat = (float(p) for p in parts)
    except ValueError:
        raise FilterError("bbox", f"{value!r} is not minlon,minlat,maxlon,maxlat (four numbers)") from None
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180):
        raise FilterError("bbox", "longitudes must be within -180..180")
    if not (-90 <= minlat <= maxlat <= 90):
        raise FilterError("bbox", "latitudes must be within -90..90 and minlat <= maxlat")
    return minlon, minlat, maxlon, maxlat


def _date(param: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise FilterError(param, f"{value!r} is not a date (YYYY-MM-DD)") from None
    return value


def _choices(param: str, values: list[str], allowed: Iterable[str]) -> tuple[str, ...]:
    allowed_set = set(allowed)
    for v in values:
        if v not in allowed_set:
            raise FilterError(param, f"{v!r} is not one of: {', '.join(sorted(allowed_set))}")
    return tuple(values)


def _bool(param: str, value: str | bool | None) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    low = value.strip().lower()
    if low in ("", "any", "all"):
        return None
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise FilterError(param, f"{value!r} is not true or false")


def parse_filter(
    *,
    bbox: str | None = None,
    start: str | None = None,
    end: str | None = None,
    acled_type: Iterable[str] | str | None = None,
    acled_subtype: Iterable[str] | str | None = None,
    plover_type: Iterable[str] | str | None = None,
    actor: str | None = None,
    country: Iterable[str] | str | None = None,
    factuality: Iterable[str] | str | None = None,
    historical: str | bool | None = None,
    q: str | None = None,
) -> EventFilter:
    """Validate raw parameter values (as strings, as a query string or the CLI gives them)."""
    onto = knowledge.ontology()
    subtypes = {s for subs in onto.acled.values() for s in subs}
    start_d, end_d = _date("start", start), _date("end", end)
    if start_d and end_d and start_d > end_d:
        raise FilterError("start", f"start {start_d} is after end {end_d}")
    countries = [c.upper() for c in _flat(country)]
    for c in countries:
        if not _ISO3.match(c):
            raise FilterError("country", f"{c!r} is not an ISO 3166-1 alpha-3 code")
    query = q.strip() if q and q.strip() else None
    if query is not None and not _WORD.search(query):
        raise FilterError("q", "the query has no words to search for")
    return EventFilter(
        bbox=_bbox(bbox),
        start=start_d,
        end=end_d,
        acled_type=_choices("acled_type", _flat(acled_type), onto.acled),
        acled_subtype=_choices("acled_subtype", _flat(acled_subtype), subtypes),
        plover_type=_choices("plover_type", [p.upper() for p in _flat(plover_type)], get_args(PloverType)),
        actor=actor.strip() if actor and actor.strip() else None,
        country=tuple(countries),
        factuality=_choices("factuality", [f.lower() for f in _flat(factuality)], get_args(Factuality)),
        historical=_bool("historical", historical),
        q=query,
    )


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: every word quoted (so punctuation and FTS5 operators in user
    input are literal text), all required — the same meaning as PostgreSQL's plainto_tsquery."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in _WORD.findall(q))


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(f: EventFilter, dialect: str, table: Any = EventRow) -> list[ColumnElement[bool]]:
    """SQL conditions on `events` (and, for `q`, a subquery on `articles`) for these filters. `table`:
    another table with the same filter columns (`linked_events`); `q` then selects the rows linked to
    a matching article's mentions."""
    out: list[ColumnElement[bool]] = []
    if f.bbox is not None and dialect == "sqlite" and table is EventRow:
        out.append(literal_column("events.rowid").in_(_rtree_candidates(f)))
    if f.bbox is not None:
        minlon, minlat, maxlon, maxlat = f.bbox
        out.append(table.lat.between(minlat, maxlat))
        if minlon <= maxlon:
            out.append(table.lon.between(minlon, maxlon))
        else:  # the box crosses the antimeridian
            out.append(or_(table.lon >= minlon, table.lon <= maxlon))
    if f.start is not None:
        out.append(table.date_end >= f.start)
    if f.end is not None:
        out.append(table.date_start <= f.end)
    if f.acled_type:
        out.append(table.acled_type.in_(f.acled_type))
    if f.acled_subtype:
        out.append(table.acled_subtype.in_(f.acled_subtype))
    if f.plover_type:
        out.append(table.plover_type.in_(f.plover_type))
    if f.country:
        out.append(table.place_country.in_(f.country))
    if f.factuality:
        out.append(table.factuality.in_(f.factuality))
    if f.historical is not None:
        out.append(table.historical.is_(f.historical))
    if f.actor is not None:
        pattern = f"%{_like_escape(f.actor)}%"
        out.append(
            or_(
                table.actor1_name.ilike(pattern, escape="\\"),
                table.actor2_name.ilike(pattern, escape="\\"),
            )
        )
    if f.q is not None:
        ids = _matching_articles(f.q, dialect)
        if table is EventRow:
            out.append(EventRow.article_id.in_(ids))
        else:
            linked = select(EventMentionRow.event_id).where(EventMentionRow.article_id.in_(ids))
            out.append(table.id.in_(linked))
    return out


_JULIAN_DAY_OF_ORDINAL_0 = 1721424.5  # julianday('0001-01-01') - date(1, 1, 1).toordinal()


def _julian_day(iso: str) -> float:
    return date.fromisoformat(iso).toordinal() + _JULIAN_DAY_OF_ORDINAL_0


def _rtree_candidates(f: EventFilter) -> TextualSelect:
    """The rowids of the events whose R*Tree box (SQLite, migration 0003) meets the bbox and the date
    range: a superset of the matches (the tree's boxes are rounded outwards), so the exact filters
    still apply to what it selects. A box across the antimeridian is two boxes."""
    assert f.bbox is not None
    minlon, minlat, maxlon, maxlat = f.bbox
    lon_ranges = [(minlon, maxlon)] if minlon <= maxlon else [(minlon, 180.0), (-180.0, maxlon)]
    days = ""
    params: dict[str, float] = {"minlat": minlat, "maxlat": maxlat}
    if f.start is not None:
        days += " AND max_day >= :start_day"
        params["start_day"] = _julian_day(f.start)
    if f.end is not None:
        days += " AND min_day <= :end_day"
        params["end_day"] = _julian_day(f.end)
    parts = []
    for i, (lo, hi) in enumerate(lon_ranges):
        parts.append(
            f"SELECT id FROM events_rtree WHERE max_lon >= :lo{i} AND min_lon <= :hi{i} "
            f"AND max_lat >= :minlat AND min_lat <= :maxlat{days}"
        )
        params[f"lo{i}"], params[f"hi{i}"] = lo, hi
    return text(" UNION ALL ".join(parts)).bindparams(**params).columns(column("id", Integer))


def _matching_articles(q: str, dialect: str) -> Select[Any]:
    if dialect == "sqlite":
        matching = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts_q").bindparams(
            fts_q=fts_query(q)
        )
        return select(ArticleRow.id).where(ArticleRow.seq.in_(matching))
    tsquery = func.plainto_tsquery("english", q)
    return select(ArticleRow.id).where(func.to_tsvector("english", ArticleRow.body).op("@@")(tsquery))


def where(f: EventFilter, dialect: str, table: Any = EventRow) -> ColumnElement[bool]:
    conds = conditions(f, dialect, table)
    return and_(*conds) if conds else true()
