"""One entry point for every input a user can name: a file, a directory tree, `-` (stdin) or a URL.

`read_target` / `read_targets` yield `InputDoc | Rejected` in order, streaming; the kind of each input is
told by its content (see `frontlines.ingest.detect`), never by its name:

    WARC / WARC.gz   -> warc.read_warc     (record by record; never loaded whole)
    gzip of anything -> decompressed, then told apart again (one level)
    JSONL            -> text.read_jsonl    (lines with "text" or "html")
    RSS / Atom       -> feed.read_feed     (item pages fetched and read as HTML)
    HTML             -> html.read_html
    anything else    -> text.read_bytes    (plain text, or a typed rejection: binary, not_utf8, ...)

A URL is fetched (conditionally, if it was a feed seen before) and its body told apart the same way.
Only URLs the user gave, and the item links of feeds they gave, are ever fetched.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, cast

from frontlines.config import Settings
from frontlines.errors import Rejected
from frontlines.ingest.detect import GZIP_MAGIC, HEAD_BYTES, sniff
from frontlines.ingest.feed import FeedState, read_feed, read_page, state_path
from frontlines.ingest.fetch import Fetcher
from frontlines.ingest.html import read_html
from frontlines.ingest.report import ReadReport
from frontlines.ingest.text import InputDoc, check_size, read_bytes, read_jsonl
from frontlines.ingest.warc import read_warc

Meta = Mapping[str, str | None]


class Inputs(Iterator[InputDoc | Rejected]):
    """The documents of some targets, in order. `report` (a `ReadReport`: feeds not modified, records
    skipped on purpose) is complete once the iterator is exhausted."""

    def __init__(self, targets: Iterable[str], settings: Settings, meta: Meta) -> None:
        self.report = ReadReport()
        self._items = _read_all(targets, settings, dict(meta), self.report)

    def __iter__(self) -> Inputs:
        return self

    def __next__(self) -> InputDoc | Rejected:
        return next(self._items)


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def read_target(target: str, settings: Settings, **meta: str | None) -> Inputs:
    """Documents from one target. A missing path is a rejection (reason `unreadable`), not a crash."""
    return Inputs([target], settings, meta)


def read_targets(targets: Iterable[str], settings: Settings, **meta: str | None) -> Inputs:
    return Inputs(targets, settings, meta)


def _read_all(
    targets: Iterable[str], settings: Settings, meta: Meta, report: ReadReport
) -> Iterator[InputDoc | Rejected]:
    for target in targets:
        if target == "-":
            yield from read_stream(sys.stdin.buffer, settings, "<stdin>", report, **meta)
        elif is_url(target):
            yield from read_url(target, settings, report, **meta)
        elif not Path(target).exists():
            yield Rejected("unreadable", "no such file or directory", name=target)
        else:
            yield from read_path(Path(target), settings, report, **meta)


def read_path(
    path: Path, settings: Settings, report: ReadReport | None = None, **meta: str | None
) -> Iterator[InputDoc | Rejected]:
    """A file of any kind, or a directory tree of them (sorted; hidden files skipped)."""
    report = report if report is not None else ReadReport()
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield from read_path(child, settings, report, **meta)
        return
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Rejected("unreadable", f"{exc.strerror or exc}", name=name)
        return
    with fh:
        yield from read_stream(fh, settings, name, report, **meta)


def read_stream(
    stream: IO[bytes],
    settings: Settings,
    name: str = "<stdin>",
    report: ReadReport | None = None,
    **meta: str | None,
) -> Iterator[InputDoc | Rejected]:
    """A byte stream (an open file, stdin) of any kind, told apart by its head."""
    yield from _read_stream(stream, settings, name, report or ReadReport(), meta, gzipped=False)


def read_url(
    target: str, settings: Settings, report: ReadReport | None = None, **meta: str | None
) -> Iterator[InputDoc | Rejected]:
    """Fetch a URL the user named and read it as what it turns out to be: a feed (its items are fetched
    too, and the feed's validators kept for a conditional GET next time), a page, or a file."""
    url = target
    report = report if report is not None else ReadReport()
    state = FeedState(state_path(settings))
    with Fetcher(settings.fetch) as fetcher:
        try:
            fetched = fetcher.get(url, headers=state.request_headers(url))
        except Rejected as rej:
            yield rej
            return
        if fetched.status == 304:
            report.note_not_modified(url)
            return
        kind = sniff(fetched.content[:HEAD_BYTES])
        if kind == "feed":
            parsed = yield from read_feed(fetched.content, settings, fetcher, url, meta, report, fetched.url)
            if parsed:
                state.remember(url, fetched)
            return
        if kind in ("html", "text"):
            try:
                yield read_page(fetched, settings, url, meta)
            except Rejected as rej:
                yield rej
            return
    yield from _read_stream(io.BytesIO(fetched.content), settings, url, report, meta, gzipped=False)


def _read_stream(
    stream: IO[bytes], settings: Settings, name: str, report: ReadReport, meta: Meta, *, gzipped: bool
) -> Iterator[InputDoc | Rejected]:
    try:
        head = stream.read(HEAD_BYTES)
    except OSError as exc:
        yield Rejected("unreadable", f"{exc.strerror or exc}", name=name)
        return
    except EOFError as exc:
        yield Rejected("truncated", f"gzip stream cut off: {exc}", name=name)
        return
    if head.startswith(GZIP_MAGIC) and sniff(head) == "warc" and _gzip_per_record(head):
        # warcio reads record-by-record gzip members itself, and keeps every record before a cut;
        # a WARC gzipped as one stream goes through GzipFile below instead (warcio refuses it)
        yield from read_warc(_Prefixed.wrap(head, stream), settings.input, name, meta, report)
        return
    if head.startswith(GZIP_MAGIC):
        if gzipped:
            yield Rejected("invalid", "gzip inside gzip is not read", name=name)
            return
        inner = cast(IO[bytes], gzip.GzipFile(fileobj=_Prefixed.wrap(head, stream), mode="rb"))
        yield from _read_stream(inner, settings, name, report, meta, gzipped=True)
        return
    kind = sniff(head)
    whole = _Prefixed.wrap(head, stream)
    try:
        if kind == "warc":
            yield from read_warc(whole, settings.input, name, meta, report)
            return
        if kind == "jsonl":
            # JSONL is a batch: the size limit applies to each line's document, not to the stream.
            yield from read_jsonl(whole, settings.input, name)
            return
        data = (
            head + stream.read(settings.input.max_bytes + 1 - len(head)) if len(head) == HEAD_BYTES else head
        )
    except EOFError as exc:
        yield Rejected("truncated", f"gzip stream cut off: {exc}", name=name)
        return
    except (OSError, gzip.BadGzipFile) as exc:
        yield Rejected("malformed", f"unreadable stream: {exc}", name=name)
        return
    try:
        if kind == "feed":
            check_size(data, settings.input, name)
            with Fetcher(settings.fetch) as fetcher:
                yield from read_feed(data, settings, fetcher, name, meta, report)
        elif kind == "html":
            yield read_html(data, settings.input, name, meta)
        else:
            yield read_bytes(data, settings.input, name, meta)
    except Rejected as rej:
        yield rej


def _gzip_per_record(head: bytes) -> bool:
    """True when the first gzip member ends inside the head and another follows: the one-member-per-
    record layout crawlers write (the first record, warcinfo or a request, is small)."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflate.decompress(head)
    except zlib.error:
        return False
    return inflate.eof and inflate.unused_data.startswith(GZIP_MAGIC)


class _Prefixed(io.RawIOBase):
    """The bytes already read to sniff a stream, followed by the rest of it (stdin cannot seek back)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    @classmethod
    def wrap(cls, head: bytes, rest: IO[bytes]) -> io.BufferedReader:
        return io.BufferedReader(cls(head, rest), buffer_size=HEAD_BYTES)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
