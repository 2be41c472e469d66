"""One line of scraped text described for `chrome`: its shape (prose, a sentence, headline-like) and the
chrome cue its words announce (steps 1 and 2 of the rules in `chrome`'s docstring). Cues that common
words could trigger ("share", "comments") only count on short lines; a cue inside a long prose line does
not make it chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from frontlines.clean.dateline import FULL_DATE

Label = str  # "body" | "chrome" | "title"

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$|[.!?]\s*\(\w[^()]{0,40}\)$")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019\-]*")
BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,2}[.)])\s+")

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
NAV_WORDS = frozenset(
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
class Line:
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
    if tokens and n_words <= 12 and short_enough and all(t in NAV_WORDS for t in tokens):
        return "navigation"
    # the slashes of a numeric date ("on 6/12/2023") are no breadcrumb separators
    if n_words <= 12 and len(_BREADCRUMB.findall(re.sub(r"\d/\d", "", stripped))) >= 2:
        return "breadcrumb"
    if n_words < 2 and not BULLET.match(stripped) and not re.search(r"\d", stripped):
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


def describe(text: str, para: int) -> Line:
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
    return Line(text, para, n, prose, sentence, headline, cue, lower)


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


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    for para, block in enumerate(re.split(r"\n\s*\n", text)):
        rows = [r.strip() for r in block.split("\n") if r.strip()]
        if not rows:
            continue
        if _is_wrapped(rows):
            out.append(describe("\n".join(rows), para))
        else:
            out.extend(describe(r, para) for r in rows)
    return out


def line_cue(text: str) -> str | None:
    """The kind of chrome a line's words alone announce (call_to_action, comments, copyright, ...)."""
    return describe(text, 0).cue
