"""The map page in Debian Chromium against a canned API shaped as docs/api.md.

The real API is not used: a stdlib HTTP server on 127.0.0.1 serves src/frontlines/web/static/ and answers
/api/* from tests/fixtures/page/api.json (invented reports, one of them carrying <script> and <img onerror>
in its body and evidence), with the Content-Security-Policy the page promises to work under.
"""

from __future__ import annotations

import json
import mimetypes
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, Request, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "src" / "frontlines" / "web" / "static"
FIXTURE = ROOT / "tests" / "fixtures" / "page" / "api.json"
CSP = "default-src 'self'"
HOSTILE_SENTENCE = (
    "Protesters chanting <script>window.__pwned=1</script> marched in Omdurman on Friday, and police fired "
    'tear gas <img src=x onerror="window.__pwned=2">, a rights group said.'
)

Json = dict[str, Any]


class CannedApi:
    """The endpoints of docs/api.md the page uses, over a fixed list of events; records every request."""

    def __init__(self, extra: int = 0) -> None:
        data = json.loads(FIXTURE.read_text(encoding="utf-8"))
        self.events: list[Json] = data["events"] + [synthetic_event(i) for i in range(extra)]
        self.articles: dict[str, Json] = data["articles"]
        self.requests: list[str] = []
        self.lock = threading.Lock()

    def select(self, q: dict[str, list[str]]) -> list[Json]:
        def keep(ev: Json) -> bool:
            acled = ev["acled"] or {}
            if "acled_type" in q and acled.get("event_type") not in q["acled_type"]:
                return False
            if "factuality" in q and ev["factuality"] not in q["factuality"]:
                return False
            if "historical" in q and ev["historical"] != (q["historical"][0] == "true"):
                return False
            if "actor" in q:
                names = " ".join(a["name"] for a in (ev["actor1"], ev["actor2"]) if a).lower()
                if q["actor"][0].lower() not in names:
                    return False
            if "q" in q:
                body = self.articles.get(ev["article"]["id"], {}).get("body", "")
                if q["q"][0].lower() not in body.lower():
                    return False
            start, end = ev["date"]["start"], ev["date"]["end"]
            if "start" in q and (end is None or end < q["start"][0]):
                return False
            return not ("end" in q and (start is None or start > q["end"][0]))

        found = [ev for ev in self.events if keep(ev)]
        found.sort(key=lambda ev: ev["id"])
        found.sort(key=lambda ev: ev["date"]["start"] or "", reverse=True)
        return found

    def answer(self, path: str, q: dict[str, list[str]]) -> tuple[int, Json]:
        limit = int(q.get("limit", ["100"])[0])
        offset = int(q.get("offset", ["0"])[0])
        if not 0 < limit <= 1000 or offset < 0:
            return 422, {"error": {"code": "bad_request", "message": "limit must be 1..1000"}}
        if q.get("q") == ["(("]:
            return 422, {"error": {"code": "bad_request", "message": "q: unbalanced parentheses"}}
        if path == "/api/events.geojson":
            page = self.select(q)[offset : offset + limit]
            features = [
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [ev["location"]["lon"], ev["location"]["lat"]],
                    },
                    "properties": ev,
                }
                for ev in page
                if ev["location"] and ev["location"]["lat"] is not None
            ]
            return 200, {"type": "FeatureCollection", "features": features}
        if path == "/api/stats":
            found = self.select(q)
            by_day: dict[tuple[str, str | None], int] = {}
            by_type: dict[str | None, int] = {}
            for ev in found:
                kind = ev["acled"]["event_type"] if ev["acled"] else None
                by_type[kind] = by_type.get(kind, 0) + 1
                if ev["date"]["start"]:
                    by_day[(ev["date"]["start"], kind)] = by_day.get((ev["date"]["start"], kind), 0) + 1
            return 200, {
                "total": len(found),
                "by_day": [{"date": d, "acled_type": t, "count": n} for (d, t), n in sorted(by_day.items())],
                "by_type": [{"acled_type": t, "count": n} for t, n in by_type.items()],
            }
        if path.startswith("/api/events/"):
            wanted = unquote(path.removeprefix("/api/events/"))
            for ev in self.events:
                if ev["id"] == wanted:
                    body = self.articles.get(ev["article"]["id"], {}).get("body")
                    return 200, {**ev, "article": {**ev["article"], "body": body}}
        if path.startswith("/api/articles/"):
            article = self.articles.get(unquote(path.removeprefix("/api/articles/")))
            if article:
                return 200, article
        return 404, {"error": {"code": "not_found", "message": f"{path} not found"}}


def synthetic_event(i: int) -> Json:
    """Many located events for the paging test (a grid over the Sahel, one day each in 2024)."""
    return {
        "id": f"ev-bulk-{i:05d}",
        "plover": {"type": "ASSAULT", "mode": None},
        "acled": {"event_type": "Battles", "sub_event_type": "Armed clash"},
        "cameo": "19",
        "actor1": None,
        "actor2": None,
        "location": {
            "text": "Gao",
            "name": "Gao",
            "country": "MLI",
            "admin1": None,
            "admin2": None,
            "lat": 10 + (i % 100) * 0.1,
            "lon": -5 + (i // 100) * 0.3,
            "geonameid": None,
            "precision": "point",
        },
        "date": {
            "text": None,
            "start": f"2024-01-{1 + i % 28:02d}",
            "end": f"2024-01-{1 + i % 28:02d}",
            "precision": "day",
        },
        "fatalities": {"best": None, "low": None, "high": None, "text": None},
        "factuality": "asserted",
        "attribution": None,
        "historical": False,
        "evidence": {"sentence": "Fighting was reported.", "start": 0, "end": 22, "trigger": "Fighting"},
        "confidence": 0.5,
        "article": {"id": "a-bulk", "title": None, "source": None, "url": None, "published": None},
    }


def serve(api: CannedApi) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Security-Policy", CSP)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if url.path.startswith("/api/"):
                with api.lock:
                    api.requests.append(self.path)
                status, payload = api.answer(url.path, parse_qs(url.query))
                kind = "application/geo+json" if url.path.endswith(".geojson") else "application/json"
                self.send(status, json.dumps(payload).encode(), kind)
                return
            name = "index.html" if url.path == "/" else unquote(url.path).lstrip("/")
            file = (STATIC / name).resolve()
            if file.parent != STATIC.resolve() or not file.is_file():
                self.send(
                    404, b'{"error": {"code": "not_found", "message": "no such file"}}', "application/json"
                )
                return
            kind = "application/geo+json" if file.suffix == ".geojson" else mimetypes.guess_type(file.name)[0]
            self.send(200, file.read_bytes(), kind or "application/octet-stream")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("install Debian chromium: apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        yield b
        b.close()


class Session:
    def __init__(self, browser: Browser, extra: int = 0) -> None:
        self.api = CannedApi(extra)
        self.server = serve(self.api)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.page: Page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.problems: list[str] = []
        self.page.on("pageerror", lambda err: self.problems.append(f"page error: {err}"))
        self.page.on(
            "console",
            lambda msg: (
                self.problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
            ),
        )

    def close(self) -> None:
        self.page.close()
        self.server.shutdown()
        self.server.server_close()

    def markers(self, n: int) -> None:
        self.page.wait_for_function("n => document.querySelectorAll('path.fl-marker').length === n", arg=n)

    def geojson_request(self, *needles: str) -> Any:
        def match(r: Request) -> bool:
            return "/api/events.geojson" in r.url and all(n in r.url for n in needles)

        return self.page.expect_request(match)


@pytest.fixture
def session(browser: Browser) -> Iterator[Session]:
    s = Session(browser)
    yield s
    s.close()


def test_markers_panel_filters_and_brush(session: Session) -> None:
    page = session.page
    with session.geojson_request("factuality=asserted", "historical=false", "limit=1000", "offset=0"):
        page.goto(session.base + "/")
    session.markers(5)  # 9 events: 7 asserted and not historical, one of them without coordinates
    assert page.locator("path.fl-precision").count() == 5
    assert page.text_content("#no-place") == "1 event without a place (not drawn)."
    assert page.text_content("#status") == "5 events on the map (6 match)."
    assert page.locator("#histogram rect:not(.brush)").count() >= 5
    page.wait_for_function("() => document.querySelector('.leaflet-countries-pane canvas') !== null")

    # The event panel: the evidence sentence is text, highlighted by nodes, nothing in it runs.
    page.click('path.fl-marker[data-event-id="ev-omdurman-1"]')
    page.wait_for_selector("#evidence")
    assert page.text_content("#evidence") == HOSTILE_SENTENCE
    marks = page.eval_on_selector_all("#evidence mark", "ms => ms.map(m => [m.className, m.textContent])")
    assert marks == [
        ["hl-actor", "Protesters"],
        ["hl-place", "Omdurman"],
        ["hl-actor", "police"],
        ["hl-trigger", "fired tear gas"],
    ]
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#panel img, #panel script, #panel b, #panel i").count() == 0
    panel = page.text_content("#panel") or ""
    assert "<b>Protest</b> in Omdurman <script>window.__pwned=3</script>" in panel
    assert "Nile <i>Wire</i>" in panel
    assert "according to a rights group" in panel
    assert "city ±10 km" in panel
    assert "Injured12 — “wounding at least 12”" in panel  # killed, wounded, captured: separate counts
    assert "Captured30 — “detained 30”" in panel
    assert "Fatalities" not in panel  # none stated
    assert page.locator('#panel a[href^="javascript"]').count() == 0  # the article's url is javascript:
    assert page.get_attribute("#panel a", "href") == "/api/articles/a-omdurman"
    assert page.evaluate("document.activeElement.id") == "panel"
    assert "event=ev-omdurman-1" in page.url
    page.click("#panel summary")
    assert page.text_content("#panel .article-body mark") == HOSTILE_SENTENCE
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.screenshot(path="/tmp/page.png")
    page.keyboard.press("Escape")
    assert page.is_hidden("#panel")

    # Factuality: ticking "predicted" asks for both and draws the predicted raid.
    with session.geojson_request("factuality=asserted&factuality=predicted") as request:
        page.get_by_label("predicted").check()
    assert "historical=false" in request.value.url
    session.markers(6)
    assert "factuality=predicted" in page.url

    # The brush: dragging over the histogram sets start/end for the next request.
    box = page.locator("#histogram").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    with session.geojson_request("start=", "end=") as request:
        page.mouse.move(box["x"] + box["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
        page.mouse.up()
    query = parse_qs(urlsplit(request.value.url).query)
    start, end = query["start"][0], query["end"][0]
    assert "2024-03-05" < start <= end < "2024-03-20"
    assert page.input_value("#start") == start
    assert f"start={start}" in page.url
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('on the map')")

    with session.geojson_request("factuality=predicted") as request:
        page.click("#clear-dates")
    assert "start=" not in request.value.url
    session.markers(6)
    assert session.problems == []


def test_the_hash_restores_filters_and_the_panel(session: Session) -> None:
    page = session.page
    hash_ = "#factuality=asserted&factuality=negated&start=2024-03-15&end=2024-03-15&event=ev-elfasher-1"
    with session.geojson_request("factuality=negated", "start=2024-03-15", "end=2024-03-15"):
        page.goto(session.base + "/" + hash_)
    session.markers(2)  # the Omdurman protest and the denied El Fasher abduction
    assert page.is_checked("#factuality-list input[value=negated]")
    assert not page.is_checked("#factuality-list input[value=predicted]")
    page.wait_for_selector("#evidence")
    assert (
        page.text_content("#evidence")
        == "Officials denied that militia fighters abducted aid workers near El Fasher."
    )
    assert "negated according to Officials" in (page.text_content("#panel") or "")
    with session.geojson_request("actor=militia"):
        page.fill("#actor", "militia")
        page.press("#actor", "Enter")
    session.markers(1)
    assert session.problems == []


def test_types_historical_keyboard_and_api_errors(session: Session) -> None:
    page = session.page
    page.goto(session.base + "/")
    session.markers(5)

    with session.geojson_request("acled_type=Riots") as request:
        page.get_by_role("checkbox", name="Battles").uncheck()
    assert "acled_type=Battles" not in request.value.url
    assert request.value.url.count("acled_type=") == 5
    session.markers(3)
    assert "type=Riots" in page.url

    with page.expect_request(lambda r: "events.geojson" in r.url and "historical" not in r.url):
        page.get_by_label("Include historical (background) events").check()
    session.markers(4)  # the 2022 shelling of Kharkiv is back
    assert "historical=1" in page.url

    # A marker is a focusable button: Enter opens the panel, Escape closes it and returns focus.
    page.focus('path.fl-marker[data-event-id="ev-goma-1"]')
    page.keyboard.press("Enter")
    page.wait_for_selector("#evidence")
    assert page.text_content("#panel-title") == "Riots"
    assert page.text_content("#evidence mark.hl-trigger") == "burned"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('data-event-id')") == "ev-goma-1"

    # The API's error shape reaches the user as text.
    page.fill("#q", "((")
    page.press("#q", "Enter")
    page.wait_for_selector("#error:not([hidden])")
    assert "q: unbalanced parentheses" in (page.text_content("#error") or "")
    assert all("status of 422" in problem for problem in session.problems), session.problems


def test_paging_follows_offsets_up_to_the_cap(browser: Browser) -> None:
    s = Session(browser, extra=5200)
    try:
        s.page.goto(s.base + "/#factuality=asserted")
        s.page.wait_for_function(
            "() => document.querySelector('#status').textContent.startsWith('Showing the first')"
        )
        assert s.page.locator("path.fl-marker").count() == 5000
        offsets = [parse_qs(urlsplit(r).query)["offset"][0] for r in s.api.requests if "events.geojson" in r]
        # Pages count events, located or not: the first page has 999 markers, so a sixth page is needed.
        assert offsets == ["0", "1000", "2000", "3000", "4000", "5000"]
        assert "Showing the first 5,000 of 5,206 events" in (s.page.text_content("#status") or "")
        assert s.problems == []
    finally:
        s.close()
