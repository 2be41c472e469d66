"""The other places coordinated with an event's own in its sentence ("protests in Tripoli, Benghazi and
Misrata"): ACLED codes one event a place (`coordinated_places`, used by the events stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontlines.geo.divisions import foreign_alias
from frontlines.geo.gazetteer import GazetteerIndex, to_place
from frontlines.geo.sentence_unknowns import attachable
from frontlines.model import Place

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc


def _conjuncts(tok: Any) -> set[int]:
    """The tokens coordinated with `tok` ("Tripoli, Benghazi and Misrata"), itself included."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out: set[int] = set()
    todo = [first]
    while todo:
        cur = todo.pop()
        out.add(cur.i)
        todo.extend(c for c in cur.children if c.dep_ == "conj")
    return out


def _name_head(parse: Any, start: int, end: int) -> Any:
    """The token of a name whose head is outside the name."""
    return next((t for t in parse[start:end] if not start <= t.head.i < end), parse[end - 1])


def coordinated_places(doc: Doc, mention: Mention, index: GazetteerIndex) -> list[Place]:
    """The other places coordinated with the event's own in its sentence ("protests in Tripoli,
    Benghazi and Misrata", "towns of Sderot and Ofakim", "the Dnipropetrovsk and Sumy regions"): ACLED
    codes one event a place. Not countries (more often sides than places: "Armenia and Azerbaijan"),
    nor places "between" which something happens."""
    loc = mention.location
    if loc is None or mention.location_source != "sentence" or loc.precision in (None, "country", "region"):
        return []
    parse = doc.parses[mention.sentence]
    tops = attachable(doc.toponyms.get(mention.sentence, []))
    own = next((t for t in tops if loc.text == t.text or loc.text.startswith(t.text + " ")), None)
    if own is None:
        return []
    head = _name_head(parse, own.token_start, own.token_end)
    group = _conjuncts(head)
    noun = head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    group |= _conjuncts(noun)
    # "the Aghdam district ... and the Kalbajar and Lachin districts": the names on a coordinated noun
    group |= {
        i for t in list(group) for c in parse[t].children if c.dep_ == "compound" for i in _conjuncts(c)
    }
    if any(a.lower_ == "between" for a in head.ancestors):
        return []
    others = [top.candidates for tops_ in doc.toponyms.values() for top in tops_]
    out: list[Place] = []
    seen = {loc.name}
    for top in tops:
        if top is own:
            continue
        if _name_head(parse, top.token_start, top.token_end).i not in group:
            continue
        name = parse[top.token_start : top.token_end].text
        best = index.resolve(name, top.candidates, doc.context_countries, others)
        if best.kind in ("country", "region") or best.name in seen:
            continue
        if foreign_alias(index, name, best, doc.context_countries):
            continue  # "the Salaheddin and Qasr Bin Ghashir areas" of Tripoli: not Iraq's Salah ad Din
        seen.add(best.name)
        out.append(to_place(top.text, best))
    return out
