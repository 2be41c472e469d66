"""The FastAPI application over a `Store` (docs/api.md is the contract; keep them in step).

Read-only unless `[serve] token` is set; then `POST /api/articles` with that bearer token codes and
stores one article. Article text is untrusted and goes out as plain JSON strings: escaping is the
page's job (it inserts text with textContent).
"""

from __future__ import annotations

import secrets
import threading
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict

from frontlines import __version__
from frontlines.api import errors
from frontlines.api.errors import ApiError
from frontlines.api.submit import Submitter
from frontlines.config import ServeSettings, Settings
from frontlines.link.control import control_from_store
from frontlines.store import linked
from frontlines.store.export import feature
from frontlines.store.filters import EventFilter, FilterError, parse_filter
from frontlines.store.store import Store

TOTAL_CAP = 10_000
"""`total` of /api/events and /api/events.geojson is exact up to this many matches, then a lower bound"""

NOTICE = """<!doctype html><html><head><meta charset="utf-8"><title>frontlines</title></head>
<body><h1>frontlines</h1><p>The map page is not installed in this build.
The API is at <a href="/api/events">/api/events</a>; its documentation at <a href="/docs">/docs</a>.</p>
</body></html>"""


def _filters(
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    start: Annotated[
        str | None, Query(description="YYYY-MM-DD: events whose dates overlap [start, end]")
    ] = None,
    end: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
    acled_type: Annotated[list[str] | None, Query(description="ACLED event type (repeatable)")] = None,
    acled_subtype: Annotated[list[str] | None, Query(description="ACLED sub-event type (repeatable)")] = None,
    plover_type: Annotated[list[str] | None, Query(description="PLOVER type (repeatable)")] = None,
    actor: Annotated[str | None, Query(description="substring of actor1 or actor2 name")] = None,
    country: Annotated[list[str] | None, Query(description="ISO 3166-1 alpha-3 of the place")] = None,
    factuality: Annotated[
        list[str] | None, Query(description="asserted, predicted, ... (repeatable)")
    ] = None,
    historical: Annotated[str | None, Query(description="true or false; default both")] = None,
    q: Annotated[str | None, Query(description="full-text query over article bodies")] = None,
) -> EventFilter:
    return parse_filter(
        bbox=bbox,
        start=start,
        end=end,
        acled_type=acled_type,
        acled_subtype=acled_subtype,
        plover_type=plover_type,
        actor=actor,
        country=country,
        factuality=factuality,
        historical=historical,
        q=q,
    )


def _page(
    request: Request,
    limit: Annotated[int | None, Query(description="page size (default [serve] page_size, 100)")] = None,
    offset: Annotated[int, Query(description="events to skip")] = 0,
) -> tuple[int, int]:
    serve: ServeSettings = request.app.state.serve
    size = serve.page_size if limit is None else limit
    if not 1 <= size <= serve.max_page_size:
        raise FilterError("limit", f"must be between 1 and {serve.max_page_size}")
    if offset < 0:
        raise FilterError("offset", "must be 0 or more")
    return size, offset


# module level: FastAPI resolves these (string) annotations in this module's namespace
Filters = Annotated[EventFilter, Depends(_filters)]
Page = Annotated[tuple[int, int], Depends(_page)]


class ArticleIn(BaseModel):
    """POST /api/articles: `text` or `html`, and what the caller knows about the article."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    html: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


def create_app(settings: Settings, store: Store, *, static_dir: Path | None = None) -> FastAPI:
    """The application. `static_dir` (default: the package's `web/static`) is served at `/` when it
    exists; otherwise `/` is a short notice."""
    # FastAPIOffline serves the Swagger UI / ReDoc assets from its own package: no CDN
    app = FastAPIOffline(
        title="frontlines",
        version=__version__,
        description="Conflict events coded from news text (docs/api.md).",
    )
    errors.install(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith(("/docs", "/redoc", "/static-offline-docs")):
            # the map page and the API need nothing from elsewhere; article text can never run as code
            response.headers.setdefault("Content-Security-Policy", "default-src 'self'")
        return response

    serve = settings.serve
    app.state.serve = serve
    submitter = Submitter(settings, store)
    write_lock = threading.Lock()

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        counts = store.counts()
        return {
            "status": "ok",
            "database": store.dialect,
            "events": counts["events"],
            "articles": counts["articles"],
        }

    def counted(f: EventFilter, limit: int, offset: int, located: bool) -> dict[str, Any]:
        # exact up to TOTAL_CAP (or the end of this page, if further), then a lower bound
        total, lower_bound = store.count(f, located=located, cap=max(TOTAL_CAP, offset + limit))
        return {"total": total, "total_is_lower_bound": lower_bound, "limit": limit, "offset": offset}

    @app.get("/api/events")
    def events(f: Filters, paging: Page) -> JSONResponse:
        limit, offset = paging
        items = store.page(f, limit, offset)
        return JSONResponse({**counted(f, limit, offset, False), "items": items})

    @app.get("/api/events.geojson")
    def events_geojson(f: Filters, paging: Page) -> JSONResponse:
        limit, offset = paging
        items = store.page(f, limit, offset, located=True)
        features = [feat for feat in (feature(i) for i in items) if feat is not None]
        body = {"type": "FeatureCollection", **counted(f, limit, offset, True), "features": features}
        return JSONResponse(body, media_type="application/geo+json")

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        found = store.event(event_id)
        if found is None:
            raise ApiError(404, f"no event {event_id!r}")
        return found

    @app.get("/api/linked-events")
    def linked_events(f: Filters, paging: Page) -> dict[str, Any]:
        limit, offset = paging
        total, items = linked.linked_events_page(store, f, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/linked-events/{event_id}")
    def linked_event(event_id: str) -> dict[str, Any]:
        found, path = linked.linked_event(store, event_id)
        if found is None:
            raise ApiError(404, f"no linked event {event_id!r}")
        return {**found, "requested": event_id, "redirected_from": path}

    @app.get("/api/control")
    def control(
        place: Annotated[str | None, Query(description="part of a place name, any case")] = None,
        country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO3")] = None,
    ) -> dict[str, Any]:
        """Territorial control: per place, who took or left it and when, with evidence
        (docs/linking.md, "Territorial control")."""
        lines = control_from_store(store, place, country)
        return {"places": [t.to_json() for t in lines]}

    @app.get("/api/control.geojson")
    def control_geojson(
        country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="ISO3")] = None,
    ) -> JSONResponse:
        """The current holder of every place with a control change, as points (a map layer)."""
        features = []
        for t in control_from_store(store, None, country):
            tl = t.to_json()
            pl = tl["place"]
            if pl.get("lat") is None or pl.get("lon") is None:
                continue
            props = {k: tl[k] for k in ("place", "holder", "since", "contested")}
            props["changes"] = len(tl["changes"])
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [pl["lon"], pl["lat"]]},
                    "properties": props,
                }
            )
        body = {"type": "FeatureCollection", "features": features}
        return JSONResponse(body, media_type="application/geo+json")

    @app.get("/api/changes")
    def changes(
        since: Annotated[int, Query(ge=0, description="entries after this sequence number")] = 0,
        limit: Annotated[int, Query(ge=1, le=10_000, description="at most this many")] = 1000,
    ) -> dict[str, Any]:
        entries, last = linked.changes(store, since, limit)
        return {"since": since, "next": last, "changes": entries}

    @app.get("/api/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        found = store.article(article_id)
        if found is None:
            raise ApiError(404, f"no article {article_id!r}")
        return found

    @app.get("/api/stats")
    def stats(f: Filters) -> JSONResponse:
        return JSONResponse(store.stats(f))  # plain JSON already: skip FastAPI's (slow) re-encoding

    @app.post("/api/articles", status_code=201)
    def post_article(
        payload: ArticleIn, authorization: Annotated[str | None, Header()] = None
    ) -> JSONResponse:
        if not serve.token:
            raise ApiError(403, "this API is read-only: no [serve] token is configured")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if (
            not authorization
            or not authorization.startswith("Bearer ")
            or not secrets.compare_digest(given.encode(), serve.token.encode())
        ):
            raise ApiError(403, "a valid 'Authorization: Bearer <token>' header is required")
        if (payload.text is None) == (payload.html is None):
            raise ApiError(422, "give exactly one of 'text' or 'html'")
        meta = {
            "published": payload.published,
            "source": payload.source,
            "url": payload.url,
            "title": payload.title,
        }
        with write_lock:
            created, body = submitter.submit(payload.text, payload.html, meta)
        return JSONResponse(body, status_code=201 if created else 200)

    static = (
        static_dir
        if static_dir is not None
        else Path(str(resources.files("frontlines").joinpath("web", "static")))
    )
    if static.is_dir() and (static / "index.html").is_file():
        app.mount("/", StaticFiles(directory=static, html=True), name="static")
    else:

        @app.get("/", response_class=HTMLResponse, include_in_schema=False)
        def notice() -> str:
            return NOTICE

    return app
