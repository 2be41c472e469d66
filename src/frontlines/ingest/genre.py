"""What a page says about its own genre: a hint for the genre stage, read from metadata only.

Publishers label opinion pieces and press releases in their markup (og:type, article:section, schema.org
`OpinionNewsArticle`, categories, URL sections such as /opinion/). The hint is taken only from those
labels, never from the body text: reading the body is the genre classifier's job (frontlines.clean), and
a label the publisher chose is stronger evidence than any wording. No label: None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement  # type: ignore[import-untyped]

# Labels (section names, categories, og:type values) that mark a genre.
_OPINION = re.compile(r"\b(?:opinions?|comment(?:ary)?|editorials?|op-?eds?|columns?|columnists?)\b", re.I)
_PRESS = re.compile(r"\b(?:press[ _-]?releases?|news[ _-]releases?|media[ _-]releases?)\b", re.I)
# URL path segments that mark a genre (whole segments only: /opinion/…, /press-releases/…).
_OPINION_PATH = re.compile(r"(?:opinions?|op-?eds?|editorials?|comment(?:isfree)?|columns?)", re.I)
_PRESS_PATH = re.compile(r"(?:press-?releases?|news-?releases?|media-?releases?)", re.I)
# schema.org article types.
_LD_OPINION = {"opinionnewsarticle"}
_LD_NEWS = {"newsarticle", "reportagenewsarticle", "analysisnewsarticle", "backgroundnewsarticle"}
_META_KEYS = {"og:type", "article:section", "article:opinion", "section", "category", "dc.type"}


def page_labels(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """(labels, schema.org types) declared in the page head: og:type, article:section and the like,
    and the @type / articleSection / genre of JSON-LD blocks."""
    labels: list[str] = []
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key in _META_KEYS and value:
            labels.append(f"{key}={value}" if key == "article:opinion" else value)
    ld_types: list[str] = []
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for node in _ld_nodes(data, depth=0):
            ld_types.extend(_strings(node.get("@type")))
            labels.extend(_strings(node.get("articleSection")))
            labels.extend(_strings(node.get("genre")))
    return labels, ld_types


def genre_hint(labels: Iterable[str], ld_types: Iterable[str], url: str | None) -> str | None:
    """ "opinion", "press_release", "news" or None, from metadata labels, schema.org types and the URL."""
    labels = list(labels)
    types = {t.lower() for t in ld_types}
    segments = [s for s in urlsplit(url).path.split("/") if s] if url else []
    if (
        types & _LD_OPINION
        or "article:opinion=true" in (x.lower() for x in labels)
        or any(_OPINION.search(x) for x in labels)
        or any(_OPINION_PATH.fullmatch(s) for s in segments)
    ):
        return "opinion"
    if any(_PRESS.search(x) for x in labels) or any(_PRESS_PATH.fullmatch(s) for s in segments):
        return "press_release"
    if types & _LD_NEWS:
        return "news"
    return None


def _ld_nodes(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in a block (top level, lists and @graph), a few levels deep at most."""
    if depth > 3:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _ld_nodes(data.get("@graph"), depth + 1)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []
