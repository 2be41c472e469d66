"""What kind of input a byte string is, told from its first bytes, never from a file name.

Names lie (`.html` files that are feeds, `.gz` files of anything, URLs without a suffix), so every reader
dispatch goes through `sniff`. It looks at the head only (`HEAD_BYTES`), so a multi-gigabyte WARC costs
one small read.
"""

from __future__ import annotations

import re
import zlib
from typing import Literal

from frontlines.ingest.text import looks_like_jsonl

Kind = Literal["warc", "gzip", "html", "feed", "jsonl", "text"]

# How much of a stream is read to decide its kind (and how much of a gzip head is decompressed).
HEAD_BYTES = 65536
GZIP_MAGIC = b"\x1f\x8b"

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Leading constructs that say nothing about the root element: XML declaration, processing
# instructions, comments, whitespace.
_PROLOG = re.compile(rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_DOCTYPE = re.compile(rb"<!doctype\s+([a-z:]+)", re.I)
_FIRST_TAG = re.compile(rb"<([a-zA-Z][\w:.-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}
_HTML_ROOTS = {
    b"html", b"head", b"body", b"article", b"main", b"section", b"div", b"p", b"meta", b"title",
    b"header", b"nav", b"h1", b"h2", b"h3", b"table", b"span", b"link", b"script", b"style", b"figure",
}  # fmt: skip
# Block markup inside running text: a fragment such as "Intro<p>One.</p><p>Two.</p>" is HTML too.
_BLOCK_TAG = re.compile(
    rb"</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|table|tr|td|blockquote)\b[^>]*>", re.I
)
_MIN_BLOCK_TAGS = 5


def gunzip_head(head: bytes, limit: int = HEAD_BYTES) -> bytes:
    """The first `limit` decompressed bytes of a gzip head (b"" if it does not decompress)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, limit)
    except zlib.error:
        return b""


def sniff(head: bytes) -> Kind:
    """The kind of a document from its head: warc, gzip (of anything but a WARC), html, feed, jsonl or
    text. Binary data is "text" here: the text reader rejects it with reason "binary"."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(GZIP_MAGIC):
        return "warc" if gunzip_head(head, 16).startswith(b"WARC/") else "gzip"
    if looks_like_jsonl(head):
        return "jsonl"
    return sniff_markup(head)


def sniff_markup(head: bytes) -> Literal["html", "feed", "text"]:
    """Feed, HTML or plain text, by the root element (after any XML prolog, comments and doctype)."""
    body = head
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) :]
            break
    body = body.replace(b"\x00", b"")  # UTF-16 heads: enough for ASCII tag names
    prolog = _PROLOG.match(body)
    start = body[prolog.end() :] if prolog else body
    doctype = _DOCTYPE.match(start)
    if doctype is not None:
        root = doctype.group(1).lower()
        if root == b"html":
            return "html"
        if root in _FEED_ROOTS:
            return "feed"
        end = start.find(b">")
        start = start[end + 1 :].lstrip()
    tag = _FIRST_TAG.match(start)
    if tag is not None:
        name = tag.group(1).lower()
        if name in _FEED_ROOTS:
            return "feed"
        if name in _HTML_ROOTS:
            return "html"
    if len(_BLOCK_TAG.findall(head[:HEAD_BYTES])) >= _MIN_BLOCK_TAGS:
        return "html"
    return "text"
