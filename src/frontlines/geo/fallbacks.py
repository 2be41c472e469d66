"""Where an event is when its sentence names no place: the paragraph, the article, the dateline (used by
`geo.places`; see its docstring for the fallback order)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from frontlines.geo.divisions import foreign_alias
from frontlines.geo.gazetteer import GazetteerIndex, to_place
from frontlines.knowledge_gazetteer import GazPlace
from frontlines.model import Place

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

_SUPPOSED = frozenset({"hypothetical", "predicted"})

PlaceSource = Literal["sentence", "paragraph", "article", "dateline"]


def named_before(doc: Doc, mention: Mention, text: str) -> Place | None:
    """The place of an earlier event of the article whose text is `text` (a name the gazetteer lacks that
    an earlier sentence placed), else of the first event placed in its own sentence whose sentence names
    `text` ("bombed Kanbalu township ..., killing 100 people gathered in the village of Pazigyi" ... "the
    attack on Pazigyi": the village is where that event was), with `text` as its text; or None."""
    key = text.casefold()
    earlier = [m for m in doc.mentions if m.sentence < mention.sentence and m.location is not None]
    for m in reversed(earlier):
        if m.location.text.casefold() == key and m.location.lat is not None:  # type: ignore[union-attr]
            return m.location
    for m in earlier:
        loc = m.location
        if loc is None or loc.lat is None or m.location_source != "sentence":
            continue
        if names_word(doc.sentences[m.sentence].text, text):
            return loc.model_copy(update={"text": text})
    return None


def names_word(sentence: str, name: str) -> bool:
    """Does `sentence` name `name` as whole words (not "Zzyzqa" inside "Zzyzqan")?"""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence) is not None


# a sentence that opens on its scene: "In neighbouring Kaduna state, ..."
_OPENING_IN = re.compile(r"In ([^,]{1,60}),")


def beyond_sentence(
    doc: Doc,
    mention: Mention,
    index: GazetteerIndex,
    not_a_place: Callable[[str], bool],
    others: list[tuple[GazPlace, ...]],
) -> tuple[Place, PlaceSource] | None:
    """The place when the trigger's sentence names none: paragraph, article, dateline, else None."""
    sentence = doc.sentences[mention.sentence]
    located = [
        m
        for m in doc.mentions
        if m.sentence < mention.sentence
        and m.location is not None
        and m.location_source == "sentence"
        and not m.historical  # background ("in 2015 ... seized Sirte") is not where today's news is
        and m.factuality not in _SUPPOSED  # nor a supposed event ("would respond to any attack in Niger")
    ]
    same = [m for m in located if doc.sentences[m.sentence].paragraph == sentence.paragraph]
    if same:
        mention.why["place"] = "no place in the sentence: the place of an earlier event in the paragraph"
        return same[-1].location, "paragraph"  # type: ignore[return-value]
    earlier = [s for s in doc.sentences[: mention.sentence] if s.paragraph == sentence.paragraph]
    for prev in reversed(earlier):
        for name, cands in reversed(index.scan_text(prev.text, not_a_place)):
            best = index.resolve(name, cands, doc.context_countries, others)
            if foreign_alias(index, name, best, doc.context_countries, cands=cands):
                # "the Jebel area of the city" in a South Sudanese story: no Jebel of Turkmenistan
                continue
            mention.why["place"] = f"no place in the sentence: {name!r}, last named earlier in the paragraph"
            return to_place(name, best), "paragraph"
    opening = _OPENING_IN.match(sentence.text)
    if opening:
        # "In neighbouring Kaduna state, police said they had arrested ...": the scene the sentence opens
        # with (left unattached as the speaker's place) rather than an event's place in another paragraph
        for top in doc.toponyms.get(mention.sentence, []):
            if sentence.start + opening.start(1) <= top.start and top.end <= sentence.start + opening.end(1):
                best = index.resolve(top.text, top.candidates, doc.context_countries, others)
                if best.kind in ("city", "district", "admin1"):
                    mention.why["place"] = f"no place attached: {top.text!r}, the scene the sentence opens"
                    return to_place(top.text, best), "sentence"
    if located:
        mention.why["place"] = "no place in the sentence or paragraph: the place of an earlier event"
        return located[-1].location, "article"  # type: ignore[return-value]
    article = doc.article
    if article is not None and article.dateline and article.dateline.place:
        name = article.dateline.place
        cands = index.lookup(name)
        if cands:
            mention.why["place"] = (
                f"no place in the sentence, paragraph or earlier event: the dateline {name!r}"
            )
            return to_place(name, index.resolve(name, cands, doc.context_countries, others)), "dateline"
    mention.why["place"] = "no place in the sentence, the paragraph before it, an earlier event or a dateline"
    return None
