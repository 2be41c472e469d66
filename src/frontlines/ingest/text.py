"""Plain-text input: `InputDoc`, decoding with typed rejections, and the JSONL reader.

Every reader yields `InputDoc | Rejected` so one bad document never stops a batch. Files, directories,
stdin and URLs are dispatched by content in `frontlines.ingest.sources`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import IO

from frontlines.config import InputSettings
from frontlines.errors import Rejected

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class InputDoc:
    """One document to code: its text and what the caller knows about it."""

    name: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    # what the reader saw: text, jsonl, html, feed, warc (summaries count documents by kind)
    kind: str = "text"
    # a genre the page metadata declares (e.g. "opinion" from og:type / section); None if it says nothing
    genre: str | None = None


def check_size(data: bytes, settings: InputSettings, name: str) -> None:
    """`Rejected("too_large")` or `Rejected("empty")` for bytes no reader should look further into."""
    if len(data) > settings.max_bytes:
        raise Rejected("too_large", f"over the {settings.max_bytes}-byte limit", name=name)
    if not data.strip():
        raise Rejected("empty", "no text", name=name)


def check_binary(data: bytes, settings: InputSettings, name: str) -> None:
    """`Rejected("binary")` when the head holds NUL bytes or too many control bytes."""
    head = data[:65536]
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or control / max(len(head), 1) > settings.max_binary_ratio:
        raise Rejected("binary", "control bytes found: not a text document", name=name)


def decode(data: bytes, settings: InputSettings, name: str = "<input>") -> str:
    """Bytes to text, or `Rejected` with the reason: too_large, empty, binary, not_utf8."""
    check_size(data, settings, name)
    check_binary(data, settings, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Rejected("not_utf8", f"invalid UTF-8 at byte {exc.start}", name=name) from None
    return text


def check_published(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not DATE_RE.match(value):
        raise Rejected("invalid", f"published {value!r} is not YYYY-MM-DD", name=name)
    return value


def make_doc(name: str, text: str, meta: Mapping[str, str | None], kind: str = "text") -> InputDoc:
    """An `InputDoc` from caller metadata (published, source, url, title, author, genre); a published
    date that is not YYYY-MM-DD is a rejection."""
    return InputDoc(
        name=name,
        text=text,
        published=check_published(meta.get("published"), name),
        source=meta.get("source"),
        url=meta.get("url"),
        title=meta.get("title"),
        author=meta.get("author"),
        genre=meta.get("genre"),
        kind=kind,
    )


def read_bytes(
    data: bytes, settings: InputSettings, name: str, meta: Mapping[str, str | None], kind: str = "text"
) -> InputDoc:
    return make_doc(name, decode(data, settings, name), meta, kind)


def read_jsonl(stream: IO[bytes], settings: InputSettings, name: str) -> Iterator[InputDoc | Rejected]:
    """JSONL: one object per line with `text` (or `html`, read by the HTML reader) and optional
    published, source, url, title, author, genre. The line's fields win over what a page declares."""
    from frontlines.ingest.html import read_html  # imported here: the HTML reader builds on this module

    for lineno, raw in enumerate(stream, start=1):
        where = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield Rejected("not_utf8", f"invalid UTF-8 at byte {exc.start} of the line", name=where)
            continue
        except json.JSONDecodeError as exc:
            yield Rejected("invalid", f"line is not JSON: {exc}", name=where)
            continue
        if not isinstance(obj, dict):
            yield Rejected("invalid", 'line has no "text" string (nor "html")', name=where)
            continue
        text, html = obj.get("text"), obj.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield Rejected("invalid", 'line has no "text" string (nor "html")', name=where)
            continue
        meta = {k: obj.get(k) for k in ("published", "source", "url", "title", "author", "genre")}
        bad = [k for k, v in meta.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield Rejected("invalid", f"fields must be strings: {', '.join(bad)}", name=where)
            continue
        try:
            if isinstance(text, str):
                yield read_bytes(text.encode("utf-8"), settings, where, meta, kind="jsonl")
            else:
                assert isinstance(html, str)
                yield read_html(html.encode("utf-8"), settings, where, meta, charset="utf-8", kind="jsonl")
        except Rejected as rej:
            yield rej


_JSONL_PROBE_LINES = 20
_OBJECT_START = re.compile(rb'\A\{\s*"')


def looks_like_jsonl(head: bytes) -> bool:
    """The head of a JSONL batch: it starts with "{" (after a UTF-8 byte-order mark and white space)
    and one of its first lines is a JSON object, or its first line runs past the head (a record longer
    than the head) and opens like one (`{"`). So a broken first record, a long one or a byte-order mark
    leaves the batch a batch: its bad lines are rejected one by one, never coded as one text."""
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not body.startswith(b"{"):
        return False
    lines = body.split(b"\n")
    for line in lines[:_JSONL_PROBE_LINES]:
        try:
            if isinstance(json.loads(line), dict):
                return True
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
    return len(lines) == 1 and _OBJECT_START.match(body) is not None
