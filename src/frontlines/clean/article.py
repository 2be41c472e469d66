"""Raw text -> the contract's `Article`: chrome removed, language checked, dateline read, publication
date, source, title and genre decided. The article stage (stages.py) calls `build_article`.

Precedence (documented in docs/inputs.md and README):
- published: the caller's option > page metadata (readers put both in `published`, caller first) >
  a full date in the page header above the body > the dateline's date > none. Never "today".
- source: caller / page metadata > copyright or patronage line in the chrome > the dateline's agency.
- title: caller / page metadata > the headline line that opened the text.
- genre: page metadata's declaration > the text's own signals (see clean/metadata.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from frontlines.clean.chrome import Cleaned, drop_repeated_title, remove_chrome
from frontlines.clean.dateline import Dateline as DatelineMatch
from frontlines.clean.dateline import dateline_date, find_dateline
from frontlines.clean.language import detect_language
from frontlines.clean.metadata import date_from_header, detect_genre, source_from_chrome
from frontlines.config import CleanSettings
from frontlines.errors import Rejected
from frontlines.model import Article, Dateline
from frontlines.nlp.text import article_id, normalise_body


def _find_dateline(body: str, is_place: Callable[[str], bool] | None) -> tuple[DatelineMatch | None, int]:
    """The dateline opens the first paragraph, or the second or third after an editor's note or a
    one-line lead-in; returns it with the offset of its paragraph in the body."""
    offset = 0
    for paragraph in body.split("\n\n")[:3]:
        found = find_dateline(paragraph, is_place)
        if found is not None:
            return found, offset
        offset += len(paragraph) + 2
    return None, 0


@dataclass(frozen=True)
class Built:
    article: Article
    dateline_end: int
    cleaned: Cleaned


def build_article(
    raw: str,
    settings: CleanSettings,
    *,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    genre_hint: str | None = None,
    is_place: Callable[[str], bool] | None = None,
) -> Built:
    text = normalise_body(raw)
    if not text:
        raise Rejected("empty", "no text after normalisation")
    cleaned = remove_chrome(text)
    if title:
        cleaned = drop_repeated_title(cleaned, title)
    body = cleaned.body
    if not body.strip():
        raise Rejected("empty", f"nothing left after removing page chrome ({len(cleaned.boilerplate)} lines)")
    language = settings.languages[0]
    if len(body) >= settings.min_language_chars:
        language, prob = detect_language(body)
        if language not in settings.languages and prob < settings.min_language_confidence:
            language = settings.languages[0]  # unsure: the text is kept, in the expected language
        elif language not in settings.languages:
            raise Rejected(
                "not_english" if "en" in settings.languages else "invalid",
                f"language detected: {language} (p={prob:.2f}); accepted: {', '.join(settings.languages)}",
            )
    page_date = published or date_from_header(cleaned.header)
    found, offset = _find_dateline(body, is_place)
    dateline = None
    dateline_end = 0
    if found is not None:
        dateline_end = offset + found.end
        ref = date.fromisoformat(page_date) if page_date else None
        day = dateline_date(found.date_text, ref) if found.date_text else None
        dateline = Dateline(place=found.place, date=day.isoformat() if day else None)
    article = Article(
        id=article_id(body),
        url=url,
        source=source
        or source_from_chrome(cleaned.boilerplate, found.agency if found else None, cleaned.header),
        title=title or cleaned.title,
        published=page_date or (dateline.date if dateline else None),
        dateline=dateline,
        language=language,
        genre=detect_genre(body, cleaned.boilerplate, genre_hint, cleaned.kicker),
        body=body,
        boilerplate=cleaned.boilerplate,
    )
    return Built(article, dateline_end, cleaned)
