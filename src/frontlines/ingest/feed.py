"""RSS / Atom feeds: each entry's page is fetched and read as HTML; feeds fetched by URL are asked only
for what changed since the last run (conditional GET).

feedparser only parses bytes we fetched ourselves (it is never given a URL, so it never fetches). For
each entry, at most `fetch.max_items` of them:

- the item link is fetched and read with the HTML reader; the entry's title, date and link, and the
  feed's title as source, fill whatever the page does not declare;
- if that fetch fails, the rejection is yielded under the item URL and the batch goes on — unless the
  entry carries its own full text (content:encoded with at least `fetch.feed_content_min_chars`
  characters of text), which is read instead: a full-text feed is the publisher's own copy of the
  article, whereas a summary is not an article and is never coded as one;
- an entry without an http(s) link is read from its content when that is long enough, else rejected.

Validators (ETag, Last-Modified) are kept per feed URL in a JSON state file and saved only after every
entry has been yielded, so a run that stops half way fetches the feed again next time.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Generator, Mapping
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import feedparser

from frontlines.config import Settings
from frontlines.errors import Rejected
from frontlines.ingest.detect import HEAD_BYTES, sniff_markup
from frontlines.ingest.fetch import Fetched, Fetcher, is_http_url
from frontlines.ingest.html import read_html
from frontlines.ingest.report import ReadReport
from frontlines.ingest.text import InputDoc, read_bytes

log = logging.getLogger("frontlines.ingest")
_TAG = re.compile(r"<[^>]+>")


def state_path(settings: Settings) -> Path:
    """Where conditional-GET validators live: fetch.state_file, or <store.data_dir>/fetch-state.json."""
    return Path(settings.fetch.state_file or Path(settings.store.data_dir) / "fetch-state.json")


class FeedState:
    """ETag / Last-Modified per feed URL, in a JSON file written atomically (temp file + rename)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, dict[str, str]] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("%s: unreadable fetch state (%s); starting afresh", path, exc)
            return
        if isinstance(loaded, dict):
            self._data = {k: v for k, v in loaded.items() if isinstance(v, dict)}

    def request_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for a URL seen before; {} otherwise."""
        seen = self._data.get(url, {})
        headers = {}
        if seen.get("etag"):
            headers["If-None-Match"] = seen["etag"]
        if seen.get("last_modified"):
            headers["If-Modified-Since"] = seen["last_modified"]
        return headers

    def remember(self, url: str, fetched: Fetched) -> None:
        """Keep the validators of a feed that was read to the end, and save."""
        if not (fetched.etag or fetched.last_modified):
            return
        self._data[url] = {
            k: v for k, v in (("etag", fetched.etag), ("last_modified", fetched.last_modified)) if v
        }
        self._data[url]["checked"] = date.today().isoformat()
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".fetch-state.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._data, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def read_feed(
    data: bytes,
    settings: Settings,
    fetcher: Fetcher,
    name: str,
    meta: Mapping[str, str | None],
    report: ReadReport,
    base_url: str | None = None,
) -> Generator[InputDoc | Rejected, None, bool]:
    """The documents of one feed's entries. Returns True if the feed parsed (validators may be kept)."""
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(BytesIO(data), response_headers=headers)
    entries: list[Any] = list(parsed.get("entries") or [])
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        yield Rejected("malformed", f"not a readable RSS/Atom feed: {reason}", name=name)
        return False
    max_items = settings.fetch.max_items
    if len(entries) > max_items:
        report.skip("feed_over_max_items", len(entries) - max_items)
    feed_title = _text(parsed.get("feed", {}).get("title"))
    for i, entry in enumerate(entries[:max_items], start=1):
        yield _read_entry(entry, f"{name}#{i}", settings, fetcher, meta, feed_title, report)
    return True


def read_page(
    fetched: Fetched,
    settings: Settings,
    name: str,
    meta: Mapping[str, str | None],
    fallback: Mapping[str, str | None] | None = None,
    kind: str = "html",
) -> InputDoc:
    """A fetched page: HTML (by content, or by Content-Type) through the HTML reader, plain text through
    the text reader; anything else is rejected."""
    head = fetched.content[:HEAD_BYTES]
    markup = sniff_markup(head)
    is_html = markup == "html" or fetched.content_type in ("text/html", "application/xhtml+xml")
    if is_html and markup != "feed":
        return read_html(
            fetched.content,
            settings.input,
            name,
            meta,
            fallback=fallback,
            charset=fetched.charset,
            location=fetched.url,
            kind=kind,
        )
    if markup == "text" and fetched.content_type in (None, "text/plain"):
        merged = {**(fallback or {}), "url": fetched.url, **{k: v for k, v in meta.items() if v}}
        return read_bytes(fetched.content, settings.input, name, merged, kind)
    raise Rejected("invalid", f"not an HTML page ({fetched.content_type or markup})", name=name)


def _read_entry(
    entry: Any,
    where: str,
    settings: Settings,
    fetcher: Fetcher,
    meta: Mapping[str, str | None],
    feed_title: str | None,
    report: ReadReport,
) -> InputDoc | Rejected:
    link = _text(entry.get("link"))
    fallback = {
        "title": _text(entry.get("title")),
        "published": _entry_date(entry),
        "url": link,
        "source": feed_title,
        "author": _text(entry.get("author")),
    }
    content = _full_content(entry, settings.fetch.feed_content_min_chars)
    if not is_http_url(link):
        if content is None:
            detail = f"feed entry has no http(s) link ({link or 'none'}) and no full content"
            return Rejected("invalid", detail, name=where)
        return _from_content(content, settings, where, meta, fallback)
    assert link is not None
    try:
        return read_page(fetcher.get(link), settings, link, meta, fallback, kind="feed")
    except Rejected as rej:
        rej.name = link
        if content is None or rej.reason not in ("http_error", "timeout", "network", "too_large"):
            return rej
        log.info("%s: page not fetched (%s); reading the feed's full content instead", link, rej.message)
        report.skip("feed_content_used")
        return _from_content(content, settings, link, meta, fallback)


def _from_content(
    content: str,
    settings: Settings,
    name: str,
    meta: Mapping[str, str | None],
    fallback: Mapping[str, str | None],
) -> InputDoc | Rejected:
    page = f"<html><body><article>{content}</article></body></html>".encode()
    try:
        return read_html(page, settings.input, name, meta, fallback=fallback, charset="utf-8", kind="feed")
    except Rejected as rej:
        return rej


def _full_content(entry: Any, min_chars: int) -> str | None:
    """The entry's full content (Atom <content>, RSS content:encoded) if its text is long enough."""
    for part in entry.get("content") or []:
        value = part.get("value") if isinstance(part, Mapping) else None
        if isinstance(value, str) and len(_TAG.sub(" ", value).strip()) >= max(min_chars, 1):
            return value
    return None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
