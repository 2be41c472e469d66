"""`frontlines extract` on HTML, WARC, feed files and feed URLs (a local server), end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_support import Route, Site, fixture, rss, serve, warc_bytes
from typer.testing import CliRunner

from frontlines.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _state_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINES_FETCH_STATE_FILE", str(tmp_path / "fetch-state.json"))
    monkeypatch.setenv("FRONTLINES_FETCH_TIMEOUT_SECONDS", "2")


def test_extract_html_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture("wire.html"))
    result = runner.invoke(app, ["extract", str(page)])
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert (article["source"], article["published"]) == ("Meridian Wire", "2024-03-12")
    assert article["title"] == "Paramilitary fighters seize market town south of Khartoum"
    assert article["body"].startswith("KHARTOUM, March 12")
    assert "<p>" not in article["body"]


def test_extract_warc_gz(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        warc_bytes(
            [
                ("https://meridianwire.example/a", "200 OK", "text/html", fixture("wire.html")),
                ("https://meridianwire.example/b.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ]
        )
    )
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["article"]["url"] == "https://meridianwire.example/a"
    assert "1 WARC response(s) that are not HTML" in result.stderr


def test_extract_feed_file_and_feed_url(tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        site.routes["/a.html"] = Route(fixture("wire.html"))
        site.routes["/b.html"] = Route(fixture("press.html"))
        feed = rss(
            [
                {"title": "A", "link": site.url("/a.html")},
                {"title": "Gone", "link": site.url("/gone.html")},
                {"title": "B", "link": site.url("/b.html")},
            ]
        )
        site.routes["/feed.xml"] = Route(feed, content_type="application/rss+xml", etag='"e1"')
        path = tmp_path / "feed.xml"
        path.write_bytes(feed)
        from_file = runner.invoke(app, ["extract", str(path), "--format", "jsonl"])
        from_url = runner.invoke(app, ["extract", site.url("/feed.xml"), "--format", "jsonl"])
        again = runner.invoke(app, ["extract", site.url("/feed.xml"), "--format", "jsonl"])
    for result in (from_file, from_url):
        assert result.exit_code == 0, result.stderr
        urls = [json.loads(x)["article"]["url"] for x in result.stdout.splitlines()]
        assert urls == [site.url("/a.html"), site.url("/b.html")]
        assert f"rejected: {site.url('/gone.html')}: http_error: HTTP 404" in result.stderr
    assert again.exit_code == 0 and again.stdout == ""
    assert f"{site.url('/feed.xml')}: not modified since the last fetch" in again.stderr
