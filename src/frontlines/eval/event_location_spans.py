"""Which tokens of the event-location sentence a chosen place stands for (the adapter's reading of our
output as the set marks places; see `bench_event_location`): the chosen toponym's name span, without a
lowercase side word or generic noun, and the proper names listed with it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from frontlines.geo.attach import _words, attachment, place_noun, site_end
from frontlines.geo.gazetteer import Toponym
from frontlines.geo.mention_words import side_words
from frontlines.geo.toponym_guards import NUMERIC_ENTS
from frontlines.geo.unknown_places import hyphen_article
from frontlines.model import Place

if TYPE_CHECKING:
    from frontlines.pipeline import Doc

Span = tuple[int, int]


def _name_span(parse: Any, offset: int, top: Toponym) -> Span:
    """The part of a toponym mention the gold marks: the place's name without a leading side word
    ("western Baghdad" -> "Baghdad"), or the sub-place a possessive names ("Mogadishu's Yaqshid" ->
    "Yaqshid", the most specific place the sentence gives), with the capitalised facility or place nouns
    that end its name in the sentence (`geo.attach.site_end`: "the Kindi Hospital", "Al Thawra
    District", where the gazetteer knew "Kindi", "Al Thawra"), as the gold marks "Jobar District"."""
    if parse is None:
        return top.start, top.end
    end = top.end
    last = max((t.i for t in parse if offset + t.idx < top.end), default=None)
    if last is not None and offset + parse[last].idx + len(parse[last].text) == top.end:
        stop = site_end(parse, last + 1)
        if stop > last + 1:
            end = offset + parse[stop - 1].idx + len(parse[stop - 1].text)
    after = top.token_end
    if (
        after + 1 < len(parse)
        and parse[after].text in ("'s", "\u2019s")
        and offset + parse[after + 1].idx < top.end
    ):
        return offset + parse[after + 1].idx, end
    # a capitalised side word is part of the name ("South Darfur", "West Bank"); a lowercase one is not
    first = top.token_start
    if first > 0 and offset + parse[first - 1].idx >= top.start and parse[first - 1].text[:1].isupper():
        first -= 1
    return offset + parse[first].idx, end


def locate(doc: Doc, place: Place, sentence: int, verb: Span) -> Span | None:
    """Body offsets of the chosen toponym: a recognised toponym of the verb's sentence with that text
    (the occurrence best attached to the verb, then the nearest: "an operative in Iraq, was captured by
    US forces in Iraq" -> the second; its name span, `_name_span`), else the nearest occurrence of the
    text in the body."""
    parse = doc.parses.get(sentence)
    offset = doc.sentences[sentence].start
    tops = [t for t in doc.toponyms.get(sentence, []) if t.text == place.text]
    if len(tops) > 1 and parse is not None:
        tops = _best_attached(parse, offset, tops, verb)
    cands = [_name_span(parse, offset, t) for t in tops]
    if not cands and doc.article is not None and place.text:
        body = doc.article.body
        cands = [(m.start(), m.end()) for m in re.finditer(re.escape(place.text), body)]
    if not cands or doc.article is None:
        return None
    span = min(cands, key=lambda c: abs(c[0] - verb[0]))
    if parse is not None:
        span = _whole_name(parse, offset, span)
    return _without_generic_noun(doc.article.body, span)


def _whole_name(parse: Any, offset: int, span: Span) -> Span:
    """The span with the rest of the name the place's words belong to, as the gold marks whole names:
    the words before it that hang on the name (`_name_start`: "Dahret 'Abd Rabo", "Tel Abyad",
    "Dahiya el-Barid" where the place found was the last words), a capitalised feature or facility noun
    and "of" before it ("the Gulf of Aden", "University of Malaya"), and after a capitalised side word
    the gazetteer took for a province, the name it begins ("Eastern Qalamoun", "North Phyongan"), or a
    short article joined by a hyphen ("Shatt al-Arab")."""
    inside = [t.i for t in parse if span[0] <= offset + t.idx < span[1]]
    if not inside:
        return span
    first, last = _name_start(parse, inside[-1], inside[0]), inside[-1]
    if (
        first >= 2
        and parse[first - 1].lower_ == "of"
        and parse[first - 2].text[:1].isupper()
        and parse[first - 2].lower_ in _feature_nouns()
    ):
        first -= 2
    if parse[last].text[:1].isupper() and parse[last].lower_ in side_words():
        while (
            last + 1 < len(parse)
            and parse[last + 1].pos_ == "PROPN"
            and parse[last + 1].text[:1].isupper()
            and parse[last + 1].ent_type_ not in NUMERIC_ENTS
            and (parse[last].head.i == last + 1 or parse[last + 1].head.i == parse[last].head.i)
        ):
            last += 1
    if parse[last].whitespace_ and hyphen_article(parse, last + 1):  # "Shatt al-Arab"
        last += 3
    end = offset + parse[last].idx + len(parse[last].text)
    return min(span[0], offset + parse[first].idx), max(span[1], end)


def _best_attached(parse: Any, offset: int, tops: list[Toponym], verb: Span) -> list[Toponym]:
    """The occurrences of one name best attached to the verb (`geo.attach.attachment`; one that is not
    the event's place ranks last)."""
    trigger = next((t.i for t in parse if offset + t.idx <= verb[0] < offset + t.idx + len(t.text)), None)
    if trigger is None:
        return tops

    def level(top: Toponym) -> int:
        found = attachment(parse, top.token_start, top.token_end, trigger)
        return 3 if found is None else found[0]

    levels = [level(t) for t in tops]
    best = min(levels)
    return [t for t, lvl in zip(tops, levels, strict=True) if lvl == best]


def _without_generic_noun(body: str, span: Span) -> Span:
    """The span without the lowercase common nouns that end it ("Helmand province" -> "Helmand",
    "Daychopan district" -> "Daychopan"): the gold marks the name, and keeps a capitalised one ("Jobar
    District", "Deir Ezzor Governorate")."""
    start, end = span
    while True:
        words = list(re.finditer(r"\S+", body[start:end]))
        if len(words) < 2:
            return start, end
        last = words[-1].group().strip(".,;:!?\"')")
        if not (last.isalpha() and last.islower()):
            return start, end
        end = start + words[-2].end()


def coordinated(doc: Doc, sentence: int, span: Span) -> list[Span]:
    """The proper names coordinated with the chosen place's ("in Idlib and Hama", "the towns of Al-Zorba
    and Khan Touman"): the gold marks every place of such a list as the event's location."""
    parse = doc.parses.get(sentence)
    if parse is None:
        return []
    offset = doc.sentences[sentence].start
    inside = [t for t in parse if offset + t.idx < span[1] and span[0] < offset + t.idx + len(t.text)]
    if not inside:
        return []
    head = parse[inside[0].i : inside[-1].i + 1].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    members = _conjuncts(head)
    # names on a place noun of the list ("the Jumla and Diwan villages": the parse makes "villages" the
    # conjunct and hangs "Diwan" on it)
    for noun in list(members):
        if noun.pos_ == "NOUN" and place_noun(noun):
            for c in noun.children:
                if c.dep_ in ("compound", "nmod") and c.i < noun.i:
                    members.extend(t for t in _conjuncts(c) if t not in members)
    # the same preposition repeated: "in Evian and in Switzerland", "in Paris and across France"
    members.extend(t for t in _repeated_preposition(head) if t not in members)
    # the list may be one of names on a shared place noun ("the Jumla and Diwan villages") or on coordinated
    # place nouns ("the city of Ariha and the villages of Kafr Bateekh and Al-Mansoura"): the names each
    # carrying noun holds, as `geo.coordinated` reads "the Kalbajar and Lachin districts"
    carrier, role = None, ""
    if head.dep_ in ("compound", "nmod") and head.head.i != head.i and place_noun(head.head):
        carrier, role = head.head, "name"
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and place_noun(head.head.head):
        carrier, role = head.head.head, "of"
    if carrier is not None:
        first = carrier
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        # names the parse coordinated with the carrying noun itself: "Kobane, Manbij and al-Mayadeen
        # areas" (the proper names of that chain; its nouns are the carriers read below). A capitalised
        # carrier is part of the name it carries ("Jibu Ward", "Al-Khalidiyah Industrial District")
        members.extend(t for t in _conjuncts(first) if t not in members)
        # the names in the same role on the other nouns of the list, never the larger place the carrier
        # belongs to ("the West Bank city of Nablus", "the Vedeno region of Chechnya")
        for noun in _conjuncts(first):
            if noun.i == carrier.i:
                continue
            for c in noun.children:
                if role == "name" and c.dep_ in ("compound", "nmod") and c.i < noun.i:
                    members.extend(t for t in _conjuncts(c) if t not in members)
                if role == "of" and c.dep_ == "prep" and c.lower_ == "of":
                    for obj in c.children:
                        if obj.dep_ == "pobj":
                            members.extend(t for t in _conjuncts(obj) if t not in members)
    # a name hanging on a member with a comma between them is a member the parse misattached ("the
    # districts of Sakhour, Hanano, ...": "Sakhour" made a modifier of "Hanano")
    for tok in list(members):
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("compound", "nmod", "appos") and parse[c.i + 1].text == ",":
                members.extend(t for t in _conjuncts(c) if t not in members)
    found: list[Span] = []
    for tok in members:
        if tok in inside or not _list_name(tok):
            continue
        start = _name_start(parse, tok.i)
        found.append((offset + parse[start].idx, offset + tok.idx + len(tok.text)))
    return found


def _list_name(tok: Any) -> bool:
    """A member of a place list the gold marks: a capitalised proper noun, or a capitalised word inside
    the sentence the parser calls a common noun ("are Ma'ardes, Sawran, and Taybat Al-Imam"), not a
    date, time or number."""
    if not tok.text[:1].isupper() or tok.ent_type_ in NUMERIC_ENTS:
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not tok.is_sent_start)


def _repeated_preposition(obj: Any) -> list[Any]:
    """The objects (and their conjuncts) of the locative prepositions coordinated with the one `obj`
    hangs on: "clashed in Evian and in Switzerland" -> Switzerland, for Evian."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.i == obj.i or prep.lower_ not in _words().locative:
        return []
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    found: list[Any] = []
    for other in _conjuncts(prep):
        if other.i == obj.head.i or other.pos_ != "ADP" or other.lower_ not in _words().locative:
            continue
        for child in other.children:
            if child.dep_ == "pobj":
                found.extend(_conjuncts(child))
    return found


_JOINERS = ("-", "/", "\u2018", "\u2019", "'", "`")
"""a hyphen, a slash or an opening quote joined to the next word inside a name ("Al-Fateh", "Tel
Abyad/Girespi", "Dahret \u2018Abd Rabo")"""
_ADMIN_NOUNS = frozenset(
    {"district", "governorate", "province", "town", "village", "city", "quarter", "neighbourhood",
     "neighborhood", "area", "region", "county", "municipality", "prefecture", "zone"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _feature_nouns() -> frozenset[str]:
    """The facility and feature nouns that begin a name with "of" ("the Gulf of Aden", "University of
    Malaya"); not a division's kind word ("the Province of Hama" is marked "Hama")."""
    return _words().facility - _ADMIN_NOUNS


def _conjuncts(tok: Any) -> list[Any]:
    """`tok` and the tokens coordinated with it, first to last as the parse links them."""
    members = [tok]
    for cur in members:
        members.extend(c for c in cur.children if c.dep_ == "conj")
    return members


def _name_start(parse: Any, i: int, first: int | None = None) -> int:
    """The first token of the name a proper noun ends: the words before it that hang on the name
    ("Bab Al-Maqam", "Taybat Al-Imam", "Harasta al-Qantra"): a capitalised word, a hyphen or a short
    lowercase article joined to the next word, whose head lies inside the name; `first`: the name's first
    token found so far, when the name is longer than the proper noun `i`."""
    start = i if first is None else first
    while start > 0:
        prev = parse[start - 1]
        inside = start <= prev.head.i <= i
        word = (
            prev.text[:1].isupper()
            and prev.pos_ in ("PROPN", "NOUN", "ADJ")
            and prev.ent_type_ not in NUMERIC_ENTS
            and prev.ent_type_ != "NORP"  # "Syrian Aleppo": a nationality word, not the name's
        )
        joined = not prev.whitespace_ and (
            prev.text in _JOINERS or (prev.text.isalpha() and prev.text.islower())
        )
        if not inside or not (word or joined):
            break
        start -= 1
    return start
