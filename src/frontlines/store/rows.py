"""Contract objects to table rows: the one place that decides which event fields become columns."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from frontlines.model import Article, Event
from frontlines.nlp.text import article_id, normalise_body


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def input_key(text: str) -> str:
    """The id the article stage would give this input if nothing but normalisation changed its body:
    lets ingest skip a document already stored without coding it again."""
    return article_id(normalise_body(text))


def rejection_key(document: str, key: str | None) -> str:
    return hashlib.sha256(f"{document}\x00{key or ''}".encode()).hexdigest()[:32]


def article_row(
    article: Article, key: str, run_id: str | None, duplicate_of: str | None = None
) -> dict[str, Any]:
    return {
        "id": article.id,
        "input_key": key,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "dateline": article.dateline.model_dump(mode="json") if article.dateline else None,
        "language": article.language,
        "genre": article.genre,
        "body": article.body,
        "boilerplate": list(article.boilerplate),
        "duplicate_of": duplicate_of,
        "ingested_at": now(),
        "run_id": run_id,
    }


def event_row(event: Event, article_id_: str) -> dict[str, Any]:
    a1, a2, place = event.actor1, event.actor2, event.location
    return {
        "id": event.id,
        "article_id": article_id_,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "acled_type": event.acled.event_type if event.acled else None,
        "acled_subtype": event.acled.sub_event_type if event.acled else None,
        "cameo": event.cameo,
        "actor1_name": a1.name if a1 else None,
        "actor1_country": a1.country if a1 else None,
        "actor1_kind": a1.kind if a1 else None,
        "actor2_name": a2.name if a2 else None,
        "actor2_country": a2.country if a2 else None,
        "actor2_kind": a2.kind if a2 else None,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "place_admin1": place.admin1 if place else None,
        "place_admin2": place.admin2 if place else None,
        "place_precision": place.precision if place else None,
        "place_geonameid": place.geonameid if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "date_start": event.date.start,
        "date_end": event.date.end or event.date.start,
        "date_precision": event.date.precision,
        "date_text": event.date.text,
        "fatalities_best": event.fatalities.best,
        "fatalities_low": event.fatalities.low,
        "fatalities_high": event.fatalities.high,
        "factuality": event.factuality,
        "attribution": event.attribution,
        "historical": event.historical,
        "confidence": event.confidence,
        "evidence_sentence": event.evidence.sentence,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "evidence_trigger": event.evidence.trigger,
        "data": event.model_dump(mode="json"),
    }


def article_json(row: Any) -> dict[str, Any]:
    """The contract `article` object from an articles row."""
    return {
        "id": row.id,
        "url": row.url,
        "source": row.source,
        "title": row.title,
        "published": row.published,
        "dateline": row.dateline,
        "language": row.language,
        "genre": row.genre,
        "body": row.body,
        "boilerplate": row.boilerplate,
    }
