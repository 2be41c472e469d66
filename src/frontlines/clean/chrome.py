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

Every decision carries its reason, so `frontlines explain` (and a puzzled user) can see why a line went.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from frontlines.clean.dateline import FULL_DATE

Label = str  # "body" | "chrome" | "title"

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$|[.!?]\s*\(\w[^()]{0,40}\)$")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019\-]*")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,2}[.)])\s+")

# cues that may be tested on a line of any length: nobody writes these in an article's prose
_ANY_LENGTH = {
    "copyright": re.compile(r"\u00a9|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I),
    "disclaimer": re.compile(
        r"\bviews (?:and opinions )?expressed\b[^.]{0,80}\b(?:author|own|necessarily|not those of)\b"
        r"|\bdo(?:es)? not necessarily (?:reflect|represent)\b|\bopinions expressed (?:here|in this)\b",
        re.I,
    ),
    "cookies": re.compile(
        r"\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b"
        r"|\baccept (?:all )?cookies\b|\bby continuing to (?:browse|use)\b",
        re.I,
    ),
    "patronage": re.compile(
        r"\bon patreon\b|\bsupport (?:our|independent) journalism\b|\bhelp us grow\b"
        r"|\bbecome a (?:member|patron|subscriber)\b|\bmake a (?:donation|contribution)\b"
        r"|\bpatrons?\b[^.]{0,40}\b(?:help|support|keep|fund)"
        r"|\bkeep (?:us|[A-Z]\w+(?: [A-Z]\w+){0,2}) independent\b",
        re.I,
    ),
    "call_to_action": re.compile(
        r"\b(?:click|tap) here\b|\benter your e-?mail\b|\bin your inbox\b|\bis now on (?:whatsapp|telegram)\b"
        r"|\bjoin our (?:whatsapp|telegram) channel\b|\b(?:subscribe|sign up) here\b|\bforwarded this email\b"
        r"|\bthis (?:issue|newsletter|episode|podcast|article|page|content|briefing) is"
        r" (?:supported|sponsored|brought to you)"
        r"|^follow [A-Z][\w ]{0,40} on (?:telegram|twitter|x|facebook|instagram|whatsapp|youtube|tiktok)\b"
        r"|^how to (?:donate|help|subscribe|support)\b|\bwe welcome (?:responses|letters|comments)\b"
        r"|\bsubmit a letter\b|\bwrite to the editor\b|\bhave your say\b"
        r"|^get (?:the|our)\b.{0,40}\b(?:briefing|newsletter|app|alerts|updates|digest)\b",
        re.I,
    ),
    "credit": re.compile(r"\((?:photo|image|picture|video|file photo)s?\s*(?:credit)?\s*:[^)]*\)\s*$", re.I),
    "contact": re.compile(  # tested on lines of up to 40 words only (see _cue)
        r"[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.[\w-]+\.\w|https?://\S+|(?<![\w@])@[A-Za-z_]\w{2,}|(?<![\w&])#[A-Za-z]\w{2,}"
    ),
    "figure": re.compile(
        r"^(?:figure|fig\.|table|chart|map|graphic|image|photo)\s*\d+(?:\s+of\s+\d+)?\s*[:.]", re.I
    ),
    "reporting_credit": re.compile(
        r"^(?:additional |with )?reporting (?:by|from)\b|^(?:writing|editing) by\b"
        r"|^the (?:writer|author) is\b"
        r"|^[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){1,3} reported from\b|^contributor'?s note\b",
        re.I,
    ),
}
_FULL_DATE = rf"{FULL_DATE}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
# cues tested only on short lines (at most SHORT words)
SHORT = 14
_SHORT_ONLY = {
    "call_to_action": re.compile(
        r"\b(?:subscribe|sign up|newsletter|donate|download (?:our|the) app|get the app|follow us"
        r"|share (?:this|on|via|the)|share:|click here|tap here|listen to (?:this|the)|watch:"
        r"|join (?:us|our)|support us|log in|login|sign in|register|create an account"
        r"|for subscribers|subscribers only|premium content|continue reading|print this|view this post"
        r"|show more|load more|see more|keep reading|read the full)\b"
        r"|^(?:share|tweet|email|print|whatsapp|facebook|twitter|telegram|linkedin|reddit|copy link)\b",
        re.I,
    ),
    "comments": re.compile(
        r"\bcomments?\b|\brepl(?:y|ies)\b|\bnotify (?:me )?of\b|\binline feedbacks?\b"
        r"|\bwhat do you think\b|\bmost voted\b|\bbe the first to\b|\bnewest\b.*\boldest\b"
        r"|\bjoin the (?:conversation|discussion)\b",
        re.I,
    ),
    "date_line": re.compile(
        r"^(?:(?:published|updated|posted|started|first published)\s*:?\s*)?(?:\w+day,?\s+)?"
        rf"(?:{_FULL_DATE})(?:\b.{{0,40}})?$"
        r"|^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:GMT|UTC|local time|EST|CET))?$"
        r"|^(?:yesterday|today|just now|\d+\s*(?:h|hrs?|mins?|d))$"
        r"|^\d+\s*(?:s|m|min|mins|h|hr|hrs|d)\s+ago$|^(?:yesterday|today),?\s+\d{1,2}[:.]\d{2}"
        r"|^(?:post |entry )?updated\b.{0,30}\d{1,2}[:.]\d{2}"
        r"|^\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[A-Z]{2,4}(?:[+-]\d+)?$"
        r"|^(?:page \d+ of \d+|\d+ of \d+|image \d+/\d+)$",
        re.I,
    ),
    "advertising": re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted)\b", re.I),
    "byline": re.compile(
        r"^(?:by|words by|reporting by|written by|edited by|posted by|author:)\s+\S"
        r"|^(?:posted|published|updated|last updated)\b|\b\d+\s+(?:min(?:ute)?s?|hours?|days?) (?:ago|read)\b"
        r"|^(?:filed under|posted in|tagged|tags?:|categor(?:y|ies):|topics?:|section:)",
        re.I,
    ),
    "credit": re.compile(
        r"^(?:photo|image|picture|video|file photo|credit|source|caption)s?\s*(?:credit)?\s*[:|/]"
        r"|\b(?:photo|photograph|image|picture)s?\s*(?:/|:)\s*[A-Z]"
        r"|^\((?:photo|image|picture)\b|\b(?:getty images|afp via getty|shutterstock)\b",
        re.I,
    ),
    "related_inline": re.compile(
        r"^(?:read more|read also|also read|see also|related(?: \w+)?|more|watch|listen|recommended|read"
        r"|podcast|analysis"
        r"|opinion|explainer|live|video|gallery|in pictures|in depth|fact check|interview|timeline|profile)"
        r"\s*[:\u2014\u2013>|-]+\s*\S|^[\u25ba\u25b6\u2192\u00bb>]\s*\S"
        r"|^[A-Z]{3,}(?: [A-Z]{3,})?\s*\|\s*\S|\s[\u2014\u2013-]\s\d{1,2} \w+ \d{4}$",
        re.I,
    ),
}
_ANCHORED = frozenset({"advertising", "byline", "credit", "related_inline", "date_line"})
_IMPERATIVE = re.compile(
    r"^(?:subscribe|sign up|donate|download (?:our|the)|follow us|join us|join our|support us|support our"
    r"|share this|click (?:here|to)|tap (?:here|to)|get our|get the latest|never miss)\b",
    re.I,
)
_RELATED_HEADING = re.compile(
    r"^(?:related(?: stories| articles| news| coverage| content| posts| reading| topics)?"
    r"|read (?:more|next|also)|see also|also read|more (?:from|on|in|about|stories|news|headlines)\b.*"
    r"|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories)?"
    r"|trending(?: now| stories)?|most (?:read|popular|viewed|shared|commented)(?: stories| articles)?"
    r"|latest(?: news| stories| headlines| articles)?|top stories|editor'?s picks|further reading"
    r"|in other news|popular(?: now| stories)?|what to read next|don'?t miss|elsewhere on .*|more stories"
    r"|recent posts|previous (?:post|article)|next (?:post|article)|notes? to editors?|media contacts?"
    r"|press contacts?|about the authors?|about us|share this|tags|topics|comments|key events|highlights"
    r"|show key events only)[\s:.\u2014\u2013>|-]*$",
    re.I,
)
# headings after which nothing more of the article comes (press-release and author boilerplate)
_CLOSING_HEADING = re.compile(
    r"^[\s\u2013\u2014-]*(?:(?i:notes? to editors?|media contacts?|press contacts?|for media enquiries"
    r"|for media inquiries|about the authors?|about us|ends|###)"
    r"|(?i:about) (?:the )?[A-Z][\w&'\-]*(?: [A-Z][\w&'\-]*){0,5})[\s:.\u2013\u2014-]*$"
)
_NAV_WORDS = frozenset(
    """home news world politics business economy markets sport sports opinion opinions video videos menu
    search contact about us login logout sign in subscribe sections more live podcasts podcast culture tech
    technology science health weather africa middle east asia europe americas latin america us uk
    local national international features analysis investigations photos gallery galleries skip to content
    main navigation newsletter newsletters donate shop jobs events lifestyle travel entertainment arts
    environment climate education edition english arabic français español privacy terms cookies careers
    advertise help faq rss feeds archive archives magazine blog blogs authors follow share
    facebook twitter instagram youtube whatsapp telegram linkedin tiktok x email print""".split()
)
_BREADCRUMB = re.compile(r"[\u00bb\u203a>|/\u2022\u00b7]")


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


@dataclass(frozen=True)
class _Line:
    text: str
    para: int
    words: int
    prose: bool
    sentence: bool
    headline: bool
    cue: str | None
    lower: float
    """share of words after the first that start in lower case (prose is mostly lower case)"""


def _lower_ratio(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].islower()) / len(words)


def _cue(text: str, n_words: int) -> str | None:
    for name, pattern in _ANY_LENGTH.items():
        if name == "contact" and n_words > 40:
            continue  # a URL or a handle inside a long paragraph does not make it page chrome
        if pattern.search(text):
            return name
    stripped = text.strip()
    if n_words <= 6 and _RELATED_HEADING.match(stripped):
        return "related_heading"
    if _IMPERATIVE.match(stripped):
        return "call_to_action"
    if n_words <= SHORT:
        words = _WORD.findall(stripped)
        # a short sentence of prose ("The army did not respond to requests for comment.") keeps its
        # words: only cues anchored at the start of the line count there
        prose_like = n_words >= 6 and bool(_SENTENCE_END.search(stripped)) and _lower_ratio(words[1:]) >= 0.45
        for name, pattern in _SHORT_ONLY.items():
            if prose_like and name not in _ANCHORED:
                continue
            if pattern.search(stripped):
                return name
    lowered = re.sub(r"[^\w\s]", " ", stripped.lower())
    tokens = lowered.split()
    short_enough = n_words > 1 or len(stripped) < 20
    if tokens and n_words <= 12 and short_enough and all(t in _NAV_WORDS for t in tokens):
        return "navigation"
    if n_words <= 12 and len(_BREADCRUMB.findall(stripped)) >= 2:
        return "breadcrumb"
    if n_words < 2 and not _BULLET.match(stripped) and not re.search(r"\d", stripped):
        return "residue"
    if n_words == 1 and stripped.strip("\u2013\u2014- ").lower() in ("ends", "end"):
        return "residue"
    return None


_SPEAKER = re.compile(r"^(?:[A-Z][A-Z .'\-]{0,30}|Q|A):\s")  # "HOST: ...", "Q: ...": someone speaking
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|yours)\b", re.I)


_READER_ACTION = re.compile(
    r"\b(?:get|sign(?:ing)? up|subscribe|download|follow|join|support|donate|turn on|tap|click|share"
    r"|tell|send|enter|receiv(?:e|ing)|listen|watch|read|agree|miss|enjoy(?:ed)?|help|become|sign in"
    r"|log in|register)\b",
    re.I,
)


def addresses_reader(text: str) -> bool:
    """Asks something of the reader ("Get alerts on your phone", "By signing up you agree"), outside
    quotes, in a short line: news prose reports and does not address its reader. Long paragraphs (an
    op-ed saying "you") are never taken for this."""
    words = len(text.split())
    if words > 40:
        return False
    unquoted = _QUOTED.sub(" ", text)
    if not _SECOND_PERSON.search(unquoted):
        return False
    # a form label ("Your email address") or a request ("Get our newsletter in your inbox")
    return (words <= 6 and not _SENTENCE_END.search(text.rstrip())) or bool(_READER_ACTION.search(unquoted))


def _describe(text: str, para: int) -> _Line:
    flat = text.replace("\n", " ")
    words = _WORD.findall(flat)
    n = len(words)
    sentence = bool(_SENTENCE_END.search(flat.rstrip()))
    lower = _lower_ratio(words[1:])
    prose = sentence and n >= 8 and lower >= 0.45
    headline = not sentence and 2 <= n <= 22 and not flat.rstrip().endswith((":", ","))
    cue = _cue(flat, n)
    if cue is None and addresses_reader(flat) and not _SPEAKER.match(flat):
        cue = "reader_address"
    return _Line(text, para, n, prose, sentence, headline, cue, lower)


def _is_wrapped(block: list[str]) -> bool:
    """A hard-wrapped paragraph (one paragraph broken into lines of similar length), as opposed to a
    paragraph of separate lines (a list of headlines, a menu)."""
    if len(block) < 2:
        return False
    widths = [len(x) for x in block[:-1]]
    widest = max(len(x) for x in block)
    if widest < 55 or min(widths) < 0.7 * widest:
        return False
    mid_sentence = sum(
        1
        for a, b in pairwise(block)
        if not _SENTENCE_END.search(a.rstrip()) and (b[:1].islower() or a.rstrip().endswith((",", ";")))
    )
    return mid_sentence >= max(1, (len(block) - 1) // 2)


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for para, block in enumerate(re.split(r"\n\s*\n", text)):
        rows = [r.strip() for r in block.split("\n") if r.strip()]
        if not rows:
            continue
        if _is_wrapped(rows):
            out.append(_describe("\n".join(rows), para))
        else:
            out.extend(_describe(r, para) for r in rows)
    return out


def _resumes(lines: list[_Line], i: int) -> bool:
    """Does real prose resume at line i (after a related-links section)? Two prose lines in a row
    (line-level chrome between them ignored), or one long prose line."""
    if not lines[i].prose or lines[i].cue or _BULLET.match(lines[i].text):
        return False
    if lines[i].words >= 35:
        return True
    for j in range(i + 1, len(lines)):
        if lines[j].cue:
            continue
        return lines[j].prose and not _BULLET.match(lines[j].text)
    return False


def remove_chrome(text: str) -> Cleaned:
    """Split normalised text into body and chrome (see the module docstring for the rules)."""
    lines = _split_lines(text)
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


def _drop_author_bio(lines: list[_Line], labels: list[tuple[Label, str]]) -> None:
    """ "Jane Doe is a researcher based in Tunis." as the last body line is the author's bio."""
    body = [i for i, (label, _) in enumerate(labels) if label == "body"]
    if len(body) >= 2 and lines[body[-1]].words <= 40 and _BIO.match(lines[body[-1]].text):
        labels[body[-1]] = ("chrome", "author's bio after the body")


_TITLE_REASONS = frozenset({"headline before the body", "under a related-links heading"})


def _title_line(lines: list[_Line], labels: list[tuple[Label, str]], first: int) -> int | None:
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


def line_cue(text: str) -> str | None:
    """The kind of chrome a line's words alone announce (call_to_action, comments, copyright, ...)."""
    return _describe(text, 0).cue


def _subheading_word(text: str) -> bool:
    word = text.strip().rstrip(".:")
    return word.isalpha() and word[:1].isupper() and word.lower() not in _NAV_WORDS


def _is_list_headline(ln: _Line) -> bool:
    return ln.headline and 4 <= ln.words <= 18 and not ln.cue and not _BULLET.match(ln.text)


def _headline_runs(lines: list[_Line]) -> set[int]:
    """Lines in runs of headline-like lines: three or more in a row, or two next to a chrome line.
    A sub-heading stands alone above its paragraph; a run of headlines is a list of links."""
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
        if n >= 3 or (n == 2 and near_chrome):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _before_body(lines: list[_Line], i: int, first: int) -> tuple[Label, str]:
    ln = lines[i]
    if ln.sentence and ln.words >= 5 and ln.lower >= 0.45:
        return ("body", "sentence before the first prose line")
    if _BULLET.match(ln.text) and i + 1 < len(lines) and lines[i + 1].para == ln.para:
        return ("body", "list item before the first prose line")
    if ln.headline and ln.words >= 3:
        return ("chrome", "headline before the body")
    return ("chrome", "page header before the body")


def _after_body(ln: _Line) -> tuple[Label, str]:
    if ln.sentence and ln.words >= 3 and ln.lower >= 0.45:
        return ("body", "sentence after the last prose line")
    return ("chrome", "headline-like line after the body")


def _assemble(lines: list[_Line], labels: list[tuple[Label, str]], title: str | None) -> Cleaned:
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
