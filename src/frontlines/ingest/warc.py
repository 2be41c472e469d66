"""WARC files (plain or gzip, e.g. Common Crawl CC-NEWS), streamed record by record with warcio.

Only `response` records with HTTP 200 and an HTML content type are articles; the rest (requests,
metadata, images, redirects, 404s) are skipped silently and counted in the `ReadReport`. A record's URL
is its WARC-Target-URI; its WARC-Date bounds the publication date (a page cannot have been published
after it was archived) but is never used as the publication date itself: the crawl may be years after
the article, and an unknown date is null, not a guess.

Damage never raises out of the reader: a record cut short (fewer bytes than its Content-Length) is
`Rejected("truncated")`, as are bytes after the last complete record that do not form one; a stream
warcio cannot parse, or a gzip stream that is corrupt, ends the file with `Rejected("malformed")`
(a gzip stream cut off, with `Rejected("truncated")`). Documents read before the damage are kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping
from datetime import date
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from frontlines.config import InputSettings
from frontlines.errors import Rejected
from frontlines.ingest.detect import HEAD_BYTES, sniff_markup
from frontlines.ingest.html import read_html
from frontlines.ingest.report import ReadReport
from frontlines.ingest.text import InputDoc

HTML_TYPES = {"text/html", "application/xhtml+xml"}
# Errors warcio and zlib raise on damaged input (warcio also trips over its own None checks on some
# cut-off headers: AttributeError, TypeError, IndexError, KeyError).
_DAMAGE = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    zlib.error,
    ValueError,
    OSError,
    AttributeError,
    TypeError,
    IndexError,
    KeyError,
)


class _Counting:
    """A read-only stream wrapper that counts the bytes read, to find data after the last record."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.total = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.total += len(data)
        return data


def read_warc(
    stream: IO[bytes],
    settings: InputSettings,
    name: str,
    meta: Mapping[str, str | None],
    report: ReadReport,
) -> Iterator[InputDoc | Rejected]:
    """The HTML responses of one WARC stream, in file order."""
    counting = _Counting(stream)
    records = ArchiveIterator(counting)
    n = 0
    try:
        for record in records:
            n += 1
            if record.rec_type is None:  # the headers themselves are cut off
                yield Rejected("truncated", f"record {n} has incomplete WARC headers", name=name)
                return
            item = _read_record(record, settings, f"{name}#record{n}", meta, report)
            records.read_to_end()
            if _cut_short(record):
                yield Rejected(
                    "truncated", "record ends before its Content-Length", name=_uri(record, name, n)
                )
            elif item is not None:
                yield item
    except EOFError as exc:
        yield Rejected("truncated", f"stream cut off after record {n}: {exc}", name=name)
        return
    except _DAMAGE as exc:
        yield Rejected("malformed", f"unreadable after record {n}: {type(exc).__name__}: {exc}", name=name)
        return
    if counting.total > records.offset:
        lost = counting.total - records.offset
        yield Rejected("truncated", f"{lost} byte(s) after record {n} do not form a record", name=name)


def _read_record(
    record: Any, settings: InputSettings, where: str, meta: Mapping[str, str | None], report: ReadReport
) -> InputDoc | Rejected | None:
    """One record to a document, a rejection, or None (skipped on purpose and counted)."""
    if record.rec_type != "response" or record.http_headers is None:
        report.skip("warc_not_response")
        return None
    if record.http_headers.get_statuscode() != "200":
        report.skip("warc_not_200")
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    if media and media not in HTML_TYPES:
        report.skip("warc_not_html")
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    name = uri or where
    if record.length is not None and record.length > settings.max_bytes + 65536:
        return Rejected("too_large", f"record of {record.length} bytes", name=name)
    try:
        data = record.content_stream().read(settings.max_bytes + 1)
    except _DAMAGE as exc:  # a bad Content-Encoding or chunked body in this record only
        return Rejected("malformed", f"record body unreadable: {type(exc).__name__}: {exc}", name=name)
    if not media and sniff_markup(data[:HEAD_BYTES]) != "html":
        report.skip("warc_not_html")
        return None
    try:
        return read_html(
            data,
            settings,
            name,
            meta,
            charset=_charset(params),
            location=uri,
            date_bound=_warc_date(record.rec_headers.get_header("WARC-Date")),
            kind="warc",
        )
    except Rejected as rej:
        return rej


def _cut_short(record: Any) -> bool:
    """True when the stream ended before the record's declared length (warcio says nothing), or the
    headers were cut before the Content-Length every WARC record must declare."""
    if not record.rec_headers.get_header("Content-Length"):
        return True
    limit = getattr(record.raw_stream, "limit", None)
    return limit is None or limit > 0


def _uri(record: Any, name: str, n: int) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or f"{name}#record{n}")


def _charset(params: str) -> str | None:
    for part in params.split(";"):
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _warc_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
