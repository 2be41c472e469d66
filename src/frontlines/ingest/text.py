"""Plain-text input: decoding with typed rejections, and the readers for files, stdin, directories, JSONL.

Every reader yields `InputDoc | Rejected` so one bad document never stops a batch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import IO

from frontlines.config import InputSettings
from frontlines.errors import Rejected

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


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


def decode(data: bytes, settings: InputSettings, name: str = "<input>") -> str:
    """Bytes to text, or `Rejected` with the reason: too_large, empty, binary, not_utf8."""
    if len(data) > settings.max_bytes:
        raise Rejected("too_large", f"over the {settings.max_bytes}-byte limit", name=name)
    if not data.strip():
        raise Rejected("empty", "no text", name=name)
    control = sum(1 for b in data[:65536] if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in data[:65536] or control / min(len(data), 65536) > settings.max_binary_ratio:
        raise Rejected("binary", "control bytes found: not a text document", name=name)
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
    """JSONL: one object per line with `text` and optional published, source, url, title."""
    for lineno, raw in enumerate(stream, start=1):
        where = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Rejected("invalid", f"line is not JSON: {exc}", name=where)
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Rejected("invalid", 'line has no "text" string', name=where)
            continue
        meta = {k: obj.get(k) for k in ("published", "source", "url", "title", "author", "genre")}
        bad = [k for k, v in meta.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield Rejected("invalid", f"fields must be strings: {', '.join(bad)}", name=where)
            continue
        try:
            yield read_bytes(obj["text"].encode("utf-8"), settings, where, meta, kind="jsonl")
        except Rejected as rej:
            yield rej


def looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip()[:1]
    if first != b"{":
        return False
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def read_path(path: Path, settings: InputSettings, **meta: str | None) -> Iterator[InputDoc | Rejected]:
    """A file (plain text or JSONL, told apart by content) or a directory tree of such files."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name.startswith("."):
                continue
            yield from read_path(child, settings, **meta)
        return
    name = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
            if looks_like_jsonl(head):
                fh.seek(0)
                yield from read_jsonl(fh, settings, name)
                return
            rest = fh.read(settings.max_bytes + 1 - len(head)) if len(head) == 65536 else b""
    except OSError as exc:
        yield Rejected("unreadable", f"{exc.strerror or exc}", name=name)
        return
    try:
        yield read_bytes(head + rest, settings, name, meta)
    except Rejected as rej:
        yield rej


def read_stream(
    stream: IO[bytes], settings: InputSettings, **meta: str | None
) -> Iterator[InputDoc | Rejected]:
    """Standard input: plain text or JSONL, told apart by content."""
    data = stream.read(settings.max_bytes + 1)
    if looks_like_jsonl(data[:65536]):
        # JSONL is a batch: the size limit applies to each document, not to the stream.
        yield from read_jsonl(BytesIO(data + stream.read()), settings, "<stdin>")
        return
    try:
        yield read_bytes(data, settings, "<stdin>", meta)
    except Rejected as rej:
        yield rej
