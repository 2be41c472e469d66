"""Body normalisation, article ids and sentence splitting (no model needed). Datelines: clean/dateline.py."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_TRAILING_WS = re.compile(r"[ \t\u00a0]+\n")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_INNER_SPACES = re.compile(r"[ \t\u00a0]{2,}")


def normalise_body(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    text = _TRAILING_WS.sub("\n", text)
    text = _INNER_SPACES.sub(" ", text)
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def article_id(body: str) -> str:
    """Stable id: SHA-256 of the body, lower-cased with whitespace collapsed (first 16 hex digits)."""
    key = " ".join(body.lower().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# --- sentences ----------------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep st jr sr prof rev no vs
    etc jan feb mar apr jun
    jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx est dept fig""".split()
)
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lower().lstrip("(\"'")
    if word in _ABBREVIATIONS:
        return True
    # single capital initials ("J. Smith") and dotted acronyms ("U.S."); not a one-digit number that
    # ends a sentence ("declared a state of emergency on Aug. 4. The U.N. said ...")
    return (len(word) == 1 and not word.isdigit()) or ("." in word and len(word) <= 5)


def _segments(block: str) -> list[tuple[int, int]]:
    """Lines of a paragraph that belong together: a hard-wrapped line (long, not ending a sentence)
    continues on the next line; any other line break ends a segment (headlines, list items)."""
    out: list[tuple[int, int]] = []
    seg_start = 0
    for lm in re.finditer(r"\n", block):
        line_start = block.rfind("\n", 0, lm.start()) + 1
        line = block[line_start : lm.start()].rstrip()
        wrapped = len(line) >= 50 and not re.search(r"[.!?:\"\u201d)]$", line)
        if not wrapped:
            out.append((seg_start, lm.start()))
            seg_start = lm.end()
    out.append((seg_start, len(block)))
    return out


def split_sentences(body: str) -> list[SentenceSpan]:
    """Paragraphs on blank lines; sentences on terminal punctuation (not after abbreviations) and on
    line breaks that do not look like hard wrapping."""
    spans: list[SentenceSpan] = []
    for paragraph, pm in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body)):
        block = pm.group()
        for seg_start, seg_end in _segments(block):
            seg = block[seg_start:seg_end]
            base = pm.start() + seg_start
            cursor = 0
            for em in _SENT_END.finditer(seg):
                if seg[em.start()] == "." and _is_abbreviation(seg, em.start()):
                    continue
                _add(spans, body, base + cursor, base + em.end(), paragraph)
                cursor = em.end()
            _add(spans, body, base + cursor, base + len(seg), paragraph)
    return spans


def _add(spans: list[SentenceSpan], body: str, start: int, end: int, paragraph: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(SentenceSpan(start, end, paragraph))
