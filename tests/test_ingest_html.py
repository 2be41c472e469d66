"""The HTML reader and content sniffing: body and metadata from real-looking pages, and the guards."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from ingest_support import fixture, settings_for

from frontlines.config import load_settings
from frontlines.errors import Rejected
from frontlines.ingest.detect import sniff
from frontlines.ingest.html import read_html
from frontlines.ingest.sources import read_path, read_target
from frontlines.ingest.text import InputDoc

SETTINGS = load_settings(env={})


def doc(data: bytes, **kwargs: object) -> InputDoc:
    return read_html(data, SETTINGS.input, "page", **kwargs)  # type: ignore[arg-type]


def reason(data: bytes, **kwargs: object) -> tuple[str, str]:
    with pytest.raises(Rejected) as info:
        doc(data, **kwargs)
    return info.value.reason, info.value.detail


def test_wire_page_body_and_metadata() -> None:
    d = doc(fixture("wire.html"))
    assert d.text.startswith("KHARTOUM, March 12 (Meridian Wire) — Paramilitary fighters seized")
    assert "\n\n" in d.text and "Wad Ashar" in d.text
    assert "Home" not in d.text and "All rights reserved" not in d.text
    assert (d.title, d.source, d.author) == (
        "Paramilitary fighters seize market town south of Khartoum",
        "Meridian Wire",
        "Samir Okello",
    )
    assert d.published == "2024-03-12"
    assert d.url == "https://meridianwire.example/world/africa/sudan-market-town-seized"
    assert (d.kind, d.genre) == ("html", "news")


def test_blog_drops_comments_and_related_stories() -> None:
    d = doc(fixture("blog.html"))
    assert "pontoon crossing near the village of Krasnobir" in d.text
    assert d.published == "2023-11-04" and d.author == "Marta Ilyenko"
    for chrome in ("Army shells rebel positions", "propaganda", "View all comments", "Categories"):
        assert chrome not in d.text


def test_opinion_and_press_release_genre_hints() -> None:
    op = doc(fixture("opinion.html"))
    assert (op.genre, op.author, op.published) == ("opinion", "Leila Haddad", "2022-07-19")
    assert "It is likely that" in op.text and "newsletter" not in op.text
    press = doc(fixture("press.html"))
    assert press.genre == "press_release" and press.published == "2021-05-27"
    assert press.source == "Relief Coordination Office"


def test_caller_metadata_wins_and_fallback_loses() -> None:
    meta = {"published": "2024-03-13", "source": "Desk copy", "url": None, "title": None}
    d = doc(fixture("wire.html"), meta=meta, fallback={"title": "Feed title", "author": "Feed author"})
    assert (d.published, d.source) == ("2024-03-13", "Desk copy")
    assert d.title == "Paramilitary fighters seize market town south of Khartoum"
    assert d.author == "Samir Okello"
    bare = (
        b"<html><body><p>"
        + b"Rebels shelled the airport road on Tuesday, officials said. " * 5
        + b"</p></body></html>"
    )
    d = doc(bare, fallback={"title": "Feed title", "published": "2020-01-02", "source": "Feed"})
    assert (d.title, d.published, d.source) == ("Feed title", "2020-01-02", "Feed")


def test_no_publication_date_after_the_archive_date() -> None:
    page = fixture("wire.html")
    assert doc(page, date_bound=date(2024, 3, 14)).published == "2024-03-12"
    assert doc(page, date_bound=date(2024, 2, 20)).published is None
    future = page.replace(b"2024-03-12T09:41:00Z", b"2999-01-01T00:00:00Z")
    assert doc(future).published is None


def test_huge_nesting_is_rejected_quickly() -> None:
    page = b"<html><body>" + b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000 + b"</body></html>"
    start = time.monotonic()
    assert reason(page)[0] == "invalid"
    assert time.monotonic() - start < 2.0


def test_charset_declarations_and_invalid_utf8() -> None:
    body = "<p>" + "Le caf\xe9 pr\xe8s du march\xe9 a \xe9t\xe9 touch\xe9 par un obus mardi. " * 4 + "</p>"
    cp1252 = f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'.encode("cp1252")
    assert "café" in doc(cp1252).text
    latin = cp1252.replace(b"windows-1252", b"iso-8859-1")
    assert "café" in doc(latin).text
    assert "café" in doc(cp1252.replace(b' charset="windows-1252"', b""), charset="windows-1252").text
    undeclared = cp1252.replace(b'<meta charset="windows-1252">', b"")
    assert reason(undeclared)[0] == "not_utf8"
    bom = b"\xef\xbb\xbf" + body.encode("utf-8")
    assert "café" in doc(bom).text


def test_binary_empty_and_too_large() -> None:
    assert reason(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)[0] == "binary"
    assert (
        reason(b"<html><head><title>Gone</title></head><body><script>x = 1;</script></body></html>")[0]
        == "empty"
    )
    assert reason(b"   ")[0] == "empty"
    small = SETTINGS.model_copy(update={"input": SETTINGS.input.model_copy(update={"max_bytes": 100})})
    with pytest.raises(Rejected) as info:
        read_html(fixture("wire.html"), small.input, "page")
    assert info.value.reason == "too_large"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"  <html lang='en'><head>", "html"),
        (b"<!-- saved page --><body><p>x</p></body>", "html"),
        (b"<article><h1>Title</h1>", "html"),
        (b"Intro line<p>One.</p><p>Two.</p><p>Three.</p><br>", "html"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "feed"),
        (b'{"text": "Troops entered the town."}\n', "jsonl"),
        # a broken first record, a byte-order mark, a first record longer than the head: still a batch
        (b'{"text": "cut\n{"text": "Troops entered the town."}\n', "jsonl"),
        (b'\xef\xbb\xbf{"text": "Troops entered the town."}\n', "jsonl"),
        (b'{"text": "Troops entered the town. ' + b"More. " * 20000, "jsonl"),
        (b"{Editor's note} Troops entered the town.\nThey stayed.\n", "text"),
        (b"Troops entered the town on Monday. <b>Bold</b> claims followed.", "text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_gzip_is_sniffed_by_what_it_holds(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "page.bin"
    path.write_bytes(gzip.compress(fixture("opinion.html")))
    assert sniff(path.read_bytes()[:65536]) == "gzip"
    (item,) = read_path(path, settings_for(tmp_path))
    assert isinstance(item, InputDoc) and item.genre == "opinion"
    (cut,) = read_path(_write(tmp_path / "cut.gz", path.read_bytes()[:300]), settings_for(tmp_path))
    assert isinstance(cut, Rejected) and cut.reason == "truncated"


def test_directory_of_mixed_kinds_goes_on_after_bad_documents(tmp_path: Path) -> None:
    (tmp_path / "a_wire.txt").write_bytes(fixture("wire.html"))  # named .txt: told apart by content
    (tmp_path / "b_binary.html").write_bytes(b"\x00\x01\x02\x03 not a page")
    (tmp_path / "c_plain.txt").write_text("Rebels shelled Goma on Friday, killing three people.")
    (tmp_path / "d_broken.html").write_bytes(b"<html><body>" + b"<div>" * 1000 + b"x")
    lines = [
        json.dumps({"html": fixture("press.html").decode(), "source": "Caller source"}),
        json.dumps({"html": "<html><body></body></html>"}),
    ]
    (tmp_path / "e_batch.jsonl").write_text("\n".join(lines))
    items = list(read_path(tmp_path, settings_for(tmp_path)))
    got = [(Path(i.name).name, i.kind if isinstance(i, InputDoc) else i.reason) for i in items]
    assert got == [
        ("a_wire.txt", "html"),
        ("b_binary.html", "binary"),
        ("c_plain.txt", "text"),
        ("d_broken.html", "invalid"),
        ("e_batch.jsonl:1", "jsonl"),
        ("e_batch.jsonl:2", "empty"),
    ]
    press = items[4]
    assert isinstance(press, InputDoc) and press.source == "Caller source" and press.genre == "press_release"


def test_missing_path_is_a_rejection(tmp_path: Path) -> None:
    (item,) = read_target(str(tmp_path / "nope.html"), settings_for(tmp_path))
    assert isinstance(item, Rejected) and item.reason == "unreadable"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Gunmen storm hotel in Mogadishu | Horn Monitor", "Horn Monitor"),
        ("Kivu Morning Post - M23 rebels close in on Sake", "Kivu Morning Post"),
        ("Gunmen storm hotel in Mogadishu", None),
    ],
)
def test_site_name_from_the_title_element_when_no_metadata_names_it(title: str, site: str | None) -> None:
    headline = title.replace(" | Horn Monitor", "").replace("Kivu Morning Post - ", "")
    page = (
        f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{headline}</h1>"
        + "<p>Gunmen stormed a hotel in central Mogadishu on Friday and held guests hostage for hours, "
        "police said, before security forces ended the siege.</p>" * 3 + "</article></body></html>"
    )
    doc = read_html(page.encode(), load_settings().input, "page.html")
    assert isinstance(doc, InputDoc) and doc.source == site
