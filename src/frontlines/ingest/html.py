"""HTML pages to `InputDoc`: the article body, title, outlet, author, publication date and a genre hint.

The body and metadata come from trafilatura (comments and tables left out: comment threads and data tables
are not the report), the publication date from htmldate (called by trafilatura with our parameters). The
guards come first, because web pages are hostile input: size, decoding, and nesting depth, which the parser
caps (libxml2 stops at 256 levels and drops the rest of the page without a word) and which recursive code
further on would not survive.

Metadata precedence, strongest first: what the caller passed (CLI flags, JSONL fields), what the page
declares, then `fallback` (a feed entry's title, date and link; the feed's title as source).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]
import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document

from frontlines.config import InputSettings
from frontlines.errors import Rejected
from frontlines.ingest.genre import genre_hint, page_labels
from frontlines.ingest.text import DATE_RE, InputDoc, check_binary, check_size, make_doc

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Labels browsers treat as windows-1252 (WHATWG Encoding): pages declaring latin-1 are nearly always it.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}


def read_html(
    data: bytes,
    settings: InputSettings,
    name: str,
    meta: Mapping[str, str | None] | None = None,
    *,
    fallback: Mapping[str, str | None] | None = None,
    charset: str | None = None,
    location: str | None = None,
    date_bound: date | None = None,
    kind: str = "html",
) -> InputDoc:
    """One HTML page to an `InputDoc`, or `Rejected` (too_large, empty, binary, not_utf8, invalid).

    `charset` is the HTTP Content-Type charset if there was one; `location` the URL the bytes were
    fetched from or archived under (used when the caller gave none, and to resolve the page's own URL);
    `date_bound` the fetch or archive date: no publication date later than it (or than today) is kept,
    because htmldate can fall back to a date near "now" that is not the article's.
    """
    check_size(data, settings, name)
    text = decode_html(data, charset, settings, name)
    tree = parse_html(text, settings, name)
    bound = min(date_bound, date.today()) if date_bound else date.today()
    labels, ld_types = page_labels(tree)
    try:
        found = trafilatura.bare_extraction(
            tree,
            url=location,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_date_params(bound),
        )
    except RecursionError:
        raise Rejected("invalid", "page structure too deep to extract", name=name) from None
    body = _paragraphs(found.text, found.title) if isinstance(found, Document) else ""
    if not isinstance(found, Document) or not body:
        raise Rejected("empty", "no article text found in the page", name=name)
    page_url = location or _clean(found.url)
    sitename = _clean(found.sitename)
    host = _host(page_url)
    if sitename and host and sitename.casefold() == host.casefold():
        sitename = None  # trafilatura's stand-in from the URL: weaker than a feed's title, used last
    title = _clean(found.title)
    page = {
        "title": title,
        "source": sitename or site_from_title(tree, title),
        "author": _clean(found.author),
        "published": _bounded(found.date, bound),
        "url": page_url,
        "genre": genre_hint([*labels, *(found.categories or [])], ld_types, page_url),
    }
    back = dict(fallback or {})
    if back.get("published"):
        back["published"] = _bounded(back["published"], bound)
    merged = {
        key: _first((meta or {}).get(key), page.get(key), back.get(key))
        for key in ("published", "source", "url", "title", "author", "genre")
    }
    merged["source"] = merged["source"] or host
    return make_doc(name, body, merged, kind)


_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7:-]\s+")


def site_from_title(tree: HtmlElement, headline: str | None) -> str | None:
    """The site's name from a `<title>` such as "Headline | Gulf Wire" or "Kivu Morning Post -
    Headline": the end segment that is not the headline, when it is short enough to be a name."""
    raw = tree.findtext(".//title")
    if not raw:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(" ".join(raw.split())) if p.strip()]
    if len(parts) < 2:
        return None
    head = " ".join((headline or "").split()).casefold()
    for candidate in (parts[-1], parts[0]):
        if candidate.casefold() != head and candidate.casefold() not in head and len(candidate.split()) <= 5:
            rest = " ".join(p for p in parts if p is not candidate).casefold()
            if not head or rest in head or head in rest:
                return candidate
    return None


def decode_html(data: bytes, charset: str | None, settings: InputSettings, name: str) -> str:
    """Bytes to text: a byte-order mark first, then the HTTP charset, then the page's own declaration
    (<meta charset>, http-equiv, XML declaration), then UTF-8. Rejected ("not_utf8") only when none of
    those decodes; rejected ("binary") when the bytes are not text at all."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    check_binary(data, settings, name)
    head = data[:4096]
    declared = [charset]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        declared.append(match.group(1).decode("ascii") if match else None)
    tried: list[str] = []
    for label in [*declared, "utf-8"]:
        for encoding in _encodings(label):
            if encoding in tried:
                continue
            tried.append(encoding)
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise Rejected("not_utf8", f"does not decode as {' or '.join(tried)}", name=name)


def parse_html(text: str, settings: InputSettings, name: str) -> HtmlElement:
    """An lxml tree, or `Rejected("invalid")` when there is no markup or it nests too deep.

    Depth is measured on the parsed tree with an iterative walk (no recursion, so 100,000 nested
    elements cost milliseconds): the parser's own limit truncates silently, so anything near it is
    refused rather than read with its end missing."""
    text = _CONTROL.sub("", _XML_DECL.sub("", text, count=1))
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise Rejected("invalid", f"not parseable as HTML: {exc}", name=name) from None
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > deepest:
            deepest = depth
            if deepest > settings.max_html_depth:
                raise Rejected(
                    "invalid", f"elements nested more than {settings.max_html_depth} deep", name=name
                )
    return tree


def _encodings(label: str | None) -> list[str]:
    """Python codec names for a declared charset label; unknown labels give none."""
    if not label:
        return []
    label = label.strip().lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return []
    return ["cp1252", codec] if label in _WINDOWS_1252 else [codec]


def _date_params(bound: date) -> dict[str, Any]:
    # extensive_search off: in a conflict report the dates found in running text are mostly those of
    # events (often past ones), not of publication; an unknown date (null) is better than a wrong one.
    # max_date one day past the bound: htmldate clamps a too-late date of the same month to max_date
    # itself, so the clamped value lands past the bound and `_bounded` drops it, while a page really
    # published on the bound day (today's news) keeps its date.
    return {
        "original_date": True,
        "extensive_search": False,
        "outputformat": "%Y-%m-%d",
        "max_date": (bound + timedelta(days=1)).isoformat(),
    }


def _bounded(value: str | None, bound: date) -> str | None:
    """A YYYY-MM-DD date no later than `bound`, else None."""
    if not value or not DATE_RE.match(value):
        return None
    try:
        return value if date.fromisoformat(value) <= bound else None
    except ValueError:
        return None


def _paragraphs(text: str | None, title: str | None) -> str:
    """trafilatura's one-line-per-block text to paragraphs separated by a blank line, without a leading
    headline that repeats the title (the title is kept apart, and a dateline must open the body)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if lines and title and _squash(lines[0]) == _squash(title):
        lines = lines[1:]
    return "\n\n".join(lines)


def _squash(value: str) -> str:
    return " ".join(value.split()).casefold()


def _host(url: str | None) -> str | None:
    """The host of a URL without "www.", as trafilatura names a site that declares no name."""
    if not url:
        return None
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        return None
    return netloc.removeprefix("www.") or None


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)
