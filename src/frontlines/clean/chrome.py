"""Page chrome removal for plain text: which lines are the article body and which are page debris.

Scraped text keeps what surrounded the article on the page: navigation, bylines and breadcrumbs above it;
share bars, newsletter and donation pleas, cookie notices and "Read more" links inside it; comment widgets,
copyright lines and lists of related headlines below it. Related headlines are the dangerous part: "Army
shells rebel positions near Aleppo" under an unrelated article reads like news and would be coded.

The classifier looks at one line (a paragraph of scraped text) at a time, but decides by position and
context rather than by a list of one site's phrases:

1. *Shape*: is the line prose (several words, mostly lower case, ends like a sentence) or headline-like
   (no final punctuation, short)? Is it residue (no words, breadcrumbs, a lone category)?
2. *Cues*, by kind (call to action, comments widget, cookies, copyright, disclaimer, byline/credit,
   navigation, related-links heading). Cues that common words could trigger ("share", "comments") only
   count on short lines; a cue inside a long prose line does not make it chrome.
3. *Position*: the body is the stretch from the first to the last prose line. Headline-like lines before
   it are the title and page header; after it, the related-headline lists and footer. A related-links
   heading inside the text opens a chrome section that lasts until prose resumes for real (two prose
   lines in a row, or one long one) — the one-sentence blurbs under related headlines do not count.

Steps 1 and 2 (one line's shape and cues) are in `chrome_lines`; this module applies step 3 and
assembles the body. Every decision carries its reason, so `frontlines explain` (and a puzzled user)
can see why a line went.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from frontlines.clean.chrome_lines import BULLET, NAV_WORDS, Label, Line, split_lines

# headings after which nothing more of the article comes (press-release and author boilerplate)
_CLOSING_HEADING = re.compile(
    r"^[\s\u2013\u2014-]*(?:(?i:notes? to editors?|media contacts?|press contacts?|for media enquiries"
    r"|for media inquiries|about the authors?|about us|ends|###)"
    r"|(?i:about) (?:the )?[A-Z][\w&'\-]*(?: [A-Z][\w&'\-]*){0,5})[\s:.\u2013\u2014-]*$"
)


@dataclass(frozen=True)
class LineDecision:
    text: str
    label: Label
    reason: str


@dataclass
class Cleaned:
    """The body (paragraphs joined by blank lines), what was removed in order, the title line if the
    text began with one, and one decision per non-blank input line."""

    body: str
    boilerplate: list[str] = field(default_factory=list)
    title: str | None = None
    decisions: list[LineDecision] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    """the chrome lines above the body, in order (bylines, dates, banners, section kickers)"""
    kicker: str | None = None
    """a short section label right above the headline ("Opinion", "Analysis"), if any"""


def _resumes(lines: list[Line], i: int) -> bool:
    """Does real prose resume at line i (after a related-links section)? Two prose lines in a row
    (line-level chrome between them ignored), or one long prose line."""
    if not lines[i].prose or lines[i].cue or BULLET.match(lines[i].text):
        return False
    if lines[i].words >= 35:
        return True
    for j in range(i + 1, len(lines)):
        if lines[j].cue:
            continue
        return lines[j].prose and not BULLET.match(lines[j].text)
    return False


def remove_chrome(text: str) -> Cleaned:
    """Split normalised text into body and chrome (see the module docstring for the rules)."""
    lines = split_lines(text)
    labels: list[tuple[Label, str]] = [("body", "")] * len(lines)
    prose_idx = [i for i, ln in enumerate(lines) if ln.prose and not ln.cue]
    if not prose_idx:
        # no prose at all (a short note, a list): keep every line without a cue
        for i, ln in enumerate(lines):
            labels[i] = ("chrome", ln.cue) if ln.cue else ("body", "no prose in the text: kept")
        return _assemble(lines, labels, title=None)
    first, last = prose_idx[0], prose_idx[-1]
    counts = Counter(ln.text for ln in lines if ln.words >= 2)
    repeated = {t for t, c in counts.items() if c > 1}
    runs = _headline_runs(lines)
    in_section = closed = False
    for i, ln in enumerate(lines):
        if closed:
            labels[i] = ("chrome", "after a closing heading (about, notes to editors, contacts)")
            continue
        if i > first and ln.words <= 7 and _CLOSING_HEADING.match(ln.text.strip()):
            labels[i] = ("chrome", "closing heading")
            closed = True
            continue
        if ln.cue == "related_heading":
            labels[i] = ("chrome", "related-links heading")
            in_section = True
            continue
        if ln.cue == "residue" and first < i < last and _subheading_word(ln.text):
            labels[i] = ("body", "one-word sub-heading inside the body")
            continue
        if ln.cue:
            labels[i] = ("chrome", ln.cue)
            continue
        if ln.text in repeated:
            labels[i] = ("chrome", "repeated line (page header or footer)")
            continue
        if first < i < last and i in runs:
            labels[i] = ("chrome", "list of headlines inside the body")
            continue
        if in_section:
            if _resumes(lines, i):
                in_section = False
            else:
                labels[i] = ("chrome", "under a related-links heading")
                continue
        if i < first:
            labels[i] = _before_body(lines, i, first)
        elif i > last:
            labels[i] = _after_body(ln)
        else:
            labels[i] = ("body", "prose" if ln.prose else "inside the body")
    # the last prose line may itself sit in a related section: recompute the tail after a section closes
    _drop_author_bio(lines, labels)
    title = kicker = None
    at = _title_line(lines, labels, first)
    if at is not None:
        title = lines[at].text
        labels[at] = ("title", "the headline nearest the body")
        if at > 0 and lines[at - 1].words <= 3:
            kicker = lines[at - 1].text
    cleaned = _assemble(lines, labels, title)
    cleaned.header = [ln.text for i, ln in enumerate(lines[:first]) if labels[i][0] != "body"]
    cleaned.kicker = kicker
    return cleaned


_BIO = re.compile(
    r"^[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){1,3} (?:covers|has covered|writes about|reports on)"
    r" [^.]{0,80}\bfor\b"
    r"|^[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){1,3} (?:is|was)"
    r" (?:a|an|the|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3}'s)\b[^.]{0,100}"
    r"\b(?i:researcher|journalist|writer|author|analyst|fellow|professor|editor|correspondent|columnist|reporter"
    r"|director|lecturer|consultant|student|commentator|novelist|historian|scholar|lawyer|activist|economist"
    r"|photographer|producer|contributor|adviser|advisor|founder|based in)\b"
)


def _drop_author_bio(lines: list[Line], labels: list[tuple[Label, str]]) -> None:
    """ "Jane Doe is a researcher based in Tunis." as the last body line is the author's bio."""
    body = [i for i, (label, _) in enumerate(labels) if label == "body"]
    if len(body) >= 2 and lines[body[-1]].words <= 40 and _BIO.match(lines[body[-1]].text):
        labels[body[-1]] = ("chrome", "author's bio after the body")


_TITLE_REASONS = frozenset({"headline before the body", "under a related-links heading"})


def _title_line(lines: list[Line], labels: list[tuple[Label, str]], first: int) -> int | None:
    """The headline: a headline-like line above the body that is not a site banner (all capitals, a
    "Name | tagline" pair) nor longer than a headline (a standfirst is). A byline or date right below
    it marks it; otherwise the one nearest the body wins."""
    best: tuple[int, int] | None = None
    for i in range(first):
        ln = lines[i]
        if labels[i][1] not in _TITLE_REASONS or not ln.headline or ln.words < 3 or ln.words > 20:
            continue
        if ln.text.isupper() or " | " in ln.text:
            continue
        below = [lines[j].cue for j in range(i + 1, min(i + 3, len(lines)))]
        score = 2 if any(c in ("byline", "date_line") for c in below) else 0
        if best is None or score >= best[0]:
            best = (score, i)
    return best[1] if best else None


def _subheading_word(text: str) -> bool:
    word = text.strip().rstrip(".:")
    return word.isalpha() and word[:1].isupper() and word.lower() not in NAV_WORDS


def _is_list_headline(ln: Line) -> bool:
    return ln.headline and 4 <= ln.words <= 18 and not ln.cue and not BULLET.match(ln.text)


def _headline_runs(lines: list[Line]) -> set[int]:
    """Lines in runs of headline-like lines: three or more in a row, two next to a chrome line, or one
    right under an image credit in the same block (a thumbnail's link). A sub-heading stands alone above
    its paragraph; a run of headlines is a list of links."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_list_headline(lines[j]):
            j += 1
        n = j - i
        near_chrome = (i > 0 and lines[i - 1].cue is not None) or (
            j < len(lines) and lines[j].cue is not None
        )
        # a related link with its thumbnail: "Image: Soldiers on patrol" then the linked headline, in one
        # block with no blank line between
        thumbnail = n == 1 and i > 0 and lines[i - 1].cue == "credit" and lines[i - 1].para == lines[i].para
        if n >= 3 or (n == 2 and near_chrome) or thumbnail:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _before_body(lines: list[Line], i: int, first: int) -> tuple[Label, str]:
    ln = lines[i]
    if ln.sentence and ln.words >= 5 and ln.lower >= 0.45:
        return ("body", "sentence before the first prose line")
    if BULLET.match(ln.text) and i + 1 < len(lines) and lines[i + 1].para == ln.para:
        return ("body", "list item before the first prose line")
    if ln.headline and ln.words >= 3:
        return ("chrome", "headline before the body")
    return ("chrome", "page header before the body")


def _after_body(ln: Line) -> tuple[Label, str]:
    if ln.sentence and ln.words >= 3 and ln.lower >= 0.45:
        return ("body", "sentence after the last prose line")
    return ("chrome", "headline-like line after the body")


def _assemble(lines: list[Line], labels: list[tuple[Label, str]], title: str | None) -> Cleaned:
    paragraphs: list[list[str]] = []
    last_para = -1
    boilerplate: list[str] = []
    decisions: list[LineDecision] = []
    for ln, (label, reason) in zip(lines, labels, strict=True):
        decisions.append(LineDecision(ln.text, label, reason))
        if label != "body":
            boilerplate.append(ln.text)
            last_para = -1  # removed chrome between two body lines separates their paragraphs
            continue
        if ln.para == last_para and paragraphs:
            paragraphs[-1].append(ln.text)
        else:
            paragraphs.append([ln.text])
        last_para = ln.para
    body = "\n\n".join("\n".join(p) for p in paragraphs)
    return Cleaned(body=body, boilerplate=boilerplate, title=title, decisions=decisions)


def drop_repeated_title(cleaned: Cleaned, title: str) -> Cleaned:
    """The page's headline repeated among the first lines of the body (HTML extractors keep the
    `<h1>`) is the title, not the article."""
    key = " ".join(title.split()).casefold()
    paragraphs = cleaned.body.split("\n\n")
    for i, para in enumerate(paragraphs[:3]):
        if " ".join(para.split()).casefold() == key:
            rest = paragraphs[:i] + paragraphs[i + 1 :]
            if not rest:
                return cleaned
            return Cleaned(
                body="\n\n".join(rest),
                boilerplate=[para, *cleaned.boilerplate],
                title=cleaned.title,
                decisions=cleaned.decisions,
                header=[*cleaned.header, para],
                kicker=cleaned.kicker,
            )
    return cleaned
