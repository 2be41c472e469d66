"""Test helpers for the readers: a real HTTP server on 127.0.0.1 and WARC files built with warcio.

The server is stdlib `http.server` on port 0 in a daemon thread; it serves canned routes, answers
conditional GETs (ETag / Last-Modified -> 304) and records every request so tests can see what was
asked. Nothing here touches the network beyond the loopback interface.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from frontlines.config import Settings, load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def settings_for(tmp_path: Path, **fetch: Any) -> Settings:
    """Settings with the fetch state under tmp_path and short limits for tests."""
    return load_settings(
        env={},
        overrides={
            "fetch": {"timeout_seconds": 0.5, "max_bytes": 50_000, "state_file": "", **fetch},
            "store": {"data_dir": str(tmp_path / "data")},
        },
    )


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering
    etag: str | None = None
    last_modified: str | None = None
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    location: str | None = None  # a redirect target


@dataclass
class Site:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.delay:
                time.sleep(route.delay)
            fresh = (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            )
            self.send_response(304 if fresh else route.status)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            if route.location:
                self.send_header("Location", route.location)
            if fresh:
                self.end_headers()
                return
            self.send_header("Content-Type", route.content_type)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (timeout tests)
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up on a slow route is expected


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Serve `site` on 127.0.0.1 (a free port) until the block ends."""
    server = _Server(("127.0.0.1", 0), _handler(site))
    site.port = server.server_address[1]
    thread = Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def rss(items: list[dict[str, str]], title: str = "Meridian Wire: World") -> bytes:
    """An RSS 2.0 feed; each item has link, title and optionally pubDate and content (content:encoded)."""
    parts = []
    for item in items:
        extra = f"<pubDate>{item['pubDate']}</pubDate>" if "pubDate" in item else ""
        if "content" in item:
            extra += f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>"
        link = f"<link>{item['link']}</link>" if "link" in item else ""
        parts.append(f"<item><title>{item['title']}</title>{link}{extra}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>https://meridianwire.example/</link>"
        f"<description>Latest</description>{''.join(parts)}</channel></rss>"
    ).encode()


def warc_bytes(records: list[tuple[str, str, str, bytes]], gz: bool = True) -> bytes:
    """A WARC file of `response` records: (url, HTTP status line, content type, body), plus one
    `request` record at the start, as crawlers write them."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    req = writer.create_warc_record(
        "https://meridianwire.example/",
        "request",
        payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: meridianwire.example\r\n\r\n"),
    )
    writer.write_record(req)
    for url, status, content_type, body in records:
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-03-14T08:00:00Z"},
        )
        writer.write_record(rec)
    return buf.getvalue()
