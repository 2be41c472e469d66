"""Feeds and the fetcher against a real HTTP server on 127.0.0.1: item pages, failures that never stop
the batch, conditional GET, and typed rejections for every way a fetch can fail."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from ingest_support import Route, Site, fixture, rss, serve, settings_for

from frontlines.errors import Rejected
from frontlines.ingest.feed import state_path
from frontlines.ingest.sources import read_path, read_target
from frontlines.ingest.text import InputDoc

UNDATED = (
    b"<html><head><title>Checkpoint attacked</title></head><body><article><p>"
    + b"Gunmen attacked a police checkpoint on the northern highway on Sunday, killing two officers. " * 4
    + b"</p></article></body></html>"
)
FULL_CONTENT = (
    "<p>" + "Militia fighters looted the grain depot at the edge of the camp on Thursday. " * 10 + "</p>"
)


def outcomes(items: list[InputDoc | Rejected]) -> list[tuple[str, str]]:
    return [(i.name or "", i.kind if isinstance(i, InputDoc) else i.reason) for i in items]


def news_site() -> Site:
    site = Site()
    site.routes = {
        "/news/wire.html": Route(fixture("wire.html")),
        "/news/undated.html": Route(UNDATED),
        "/news/slow.html": Route(fixture("blog.html"), delay=1.5),
        "/news/huge.html": Route(b"<html><body>" + b"<p>padding text</p>" * 5000 + b"</body></html>"),
        "/news/streamed.html": Route(b"<p>x</p>" * 10000, send_length=False),
        "/news/opinion.html": Route(fixture("opinion.html")),
        "/moved": Route(status=301, location="/news/opinion.html"),
    }
    return site


def feed_items(site: Site) -> list[dict[str, str]]:
    return [
        {"title": "Town seized", "link": site.url("/news/wire.html")},
        {"title": "Missing page", "link": site.url("/news/missing.html")},
        {
            "title": "Attack",
            "link": site.url("/news/undated.html"),
            "pubDate": "Sun, 02 Jun 2024 07:00:00 GMT",
        },
        {"title": "Slow page", "link": site.url("/news/slow.html")},
        {"title": "Huge page", "link": site.url("/news/huge.html")},
        {"title": "Streamed page", "link": site.url("/news/streamed.html")},
        {"title": "Depot looted", "link": site.url("/news/gone.html"), "content": FULL_CONTENT},
        {"title": "Column", "link": site.url("/moved")},
    ]


def test_feed_by_url_items_failures_and_conditional_get(tmp_path: Path) -> None:
    site = news_site()
    with serve(site):
        site.routes["/feed.xml"] = Route(
            rss(feed_items(site)), content_type="application/rss+xml", etag='"v1"'
        )
        settings = settings_for(tmp_path)
        items = read_target(site.url("/feed.xml"), settings)
        got = list(items)
        assert outcomes(got) == [
            (site.url("/news/wire.html"), "feed"),
            (site.url("/news/missing.html"), "http_error"),
            (site.url("/news/undated.html"), "feed"),
            (site.url("/news/slow.html"), "timeout"),
            (site.url("/news/huge.html"), "too_large"),
            (site.url("/news/streamed.html"), "too_large"),
            (site.url("/news/gone.html"), "feed"),
            (site.url("/moved"), "feed"),
        ]
        wire, missing, undated, _, _, _, depot, column = got
        assert isinstance(missing, Rejected) and "404" in missing.detail
        assert (
            isinstance(wire, InputDoc) and wire.published == "2024-03-12" and wire.source == "Meridian Wire"
        )
        assert wire.url == site.url("/news/wire.html")
        # the page declares no date, title or site name: the entry and the feed fill them in
        assert isinstance(undated, InputDoc)
        assert (undated.published, undated.source) == ("2024-06-02", "Meridian Wire: World")
        assert isinstance(depot, InputDoc) and "grain depot" in depot.text and depot.title == "Depot looted"
        assert isinstance(column, InputDoc) and column.genre == "opinion"
        assert column.url == site.url("/news/opinion.html")  # the final URL, after the redirect
        assert items.report.skipped["feed_content_used"] == 1 and items.report.not_modified == []
        ua = dict(site.requests)["/feed.xml"]["user-agent"]
        assert ua.startswith("frontlines/")
        state = json.loads(state_path(settings).read_text())
        assert state[site.url("/feed.xml")]["etag"] == '"v1"'

        site.requests.clear()
        again = read_target(site.url("/feed.xml"), settings)
        assert list(again) == []
        assert again.report.not_modified == [site.url("/feed.xml")]
        assert again.report.lines() == [f"{site.url('/feed.xml')}: not modified since the last fetch"]
        assert [path for path, _ in site.requests] == ["/feed.xml"]
        assert site.requests[0][1]["if-none-match"] == '"v1"'


def test_last_modified_and_max_items(tmp_path: Path) -> None:
    site = news_site()
    stamp = "Wed, 05 Jun 2024 10:00:00 GMT"
    with serve(site):
        items = [{"title": f"Item {n}", "link": site.url("/news/wire.html")} for n in range(3)]
        site.routes["/atom-ish.xml"] = Route(rss(items), content_type="application/xml", last_modified=stamp)
        settings = settings_for(tmp_path, max_items=2, state_file=str(tmp_path / "state" / "s.json"))
        first = read_target(site.url("/atom-ish.xml"), settings)
        assert len(list(first)) == 2 and first.report.skipped["feed_over_max_items"] == 1
        second = read_target(site.url("/atom-ish.xml"), settings)
        assert list(second) == [] and second.report.not_modified
        assert site.requests[-1][1]["if-modified-since"] == stamp


def test_atom_feed_file_fetches_its_items(tmp_path: Path) -> None:
    site = news_site()
    with serve(site):
        atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Herald</title><id>urn:x</id>
<updated>2022-07-19T06:00:00Z</updated>
<entry><title>Column</title><id>urn:1</id><updated>2022-07-19T06:00:00Z</updated>
<link href="{site.url("/news/opinion.html")}"/></entry>
<entry><title>No link, short summary</title><id>urn:2</id><updated>2022-07-19T06:00:00Z</updated>
<summary>Short.</summary></entry>
</feed>"""
        path = tmp_path / "feed.xml"
        path.write_text(atom)
        got = list(read_path(path, settings_for(tmp_path)))
    assert outcomes(got) == [(site.url("/news/opinion.html"), "feed"), (f"{path}#2", "invalid")]
    assert not state_path(settings_for(tmp_path)).exists()  # files are not conditional-GET'd


def test_malformed_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken</ti <<<>>> &&&')
    (item,) = read_path(path, settings_for(tmp_path))
    assert isinstance(item, Rejected) and item.reason == "malformed"


def test_fetch_failures_are_typed(tmp_path: Path) -> None:
    site = news_site()
    with serve(site):
        settings = settings_for(tmp_path)
        (page,) = read_target(site.url("/news/wire.html"), settings)
        assert isinstance(page, InputDoc) and page.kind == "html" and page.url == site.url("/news/wire.html")
        (gone,) = read_target(site.url("/nowhere"), settings)
        assert isinstance(gone, Rejected) and gone.reason == "http_error" and "404" in gone.detail
        site.routes["/loop"] = Route(status=302, location="/loop")
        (loop,) = read_target(site.url("/loop"), settings)
        assert isinstance(loop, Rejected) and loop.reason == "http_error" and "redirects" in loop.detail
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (refused,) = read_target(f"http://127.0.0.1:{port}/feed.xml", settings)
    assert isinstance(refused, Rejected) and refused.reason == "network"
