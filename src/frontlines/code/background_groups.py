"""Armed groups an unstated actor may be filled in from: those the article names in its news, not only in
its background. A group named only in a background sentence ("The Taliban briefly overran the city in
August last year") is history, not a party to a later event whose doer the text does not state; named
in a sentence that tells news as well ("Taliban fighters stormed a checkpoint on Sunday"), it stays.

A background clause is the clause of a historical event mention (dated more than a month before
publication: `when.context.is_background`) in a sentence that tells no news event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontlines.knowledge_actors import Group
    from frontlines.pipeline import Doc


def _clause(tok: Any) -> Any:
    """The verb whose clause holds `tok` (itself for a verb): "killed" for "a suicide car bombing"."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head
    return tok


def background_spans(doc: Doc) -> list[tuple[int, int]]:
    """Body character spans of the clauses that tell history: the clause of each historical mention, in
    a sentence that tells no news ("In October 2014, a bombing claimed by Ansar Beit al-Maqdis killed 33
    soldiers"); not a historical clause inside a news sentence ("the militants belonged to Lashkar-e-Taiba,
    the group India blames for the 2008 Mumbai attacks": the group is named in the news)."""
    news = {m.sentence for m in doc.mentions if not m.historical}
    spans = []
    for m in doc.mentions:
        if not m.historical or m.sentence in news or m.sentence not in doc.parses:
            continue
        clause = _clause(doc.parses[m.sentence][m.trigger_i])
        toks = list(clause.subtree)
        base = doc.sentences[m.sentence].start
        spans.append((base + toks[0].idx, base + toks[-1].idx + len(toks[-1].text)))
    return spans


def news_groups(doc: Doc, named: list[tuple[int, Group]]) -> list[tuple[int, Group]]:
    """`named` ((body offset, group), in text order) without the groups named in a background clause."""
    spans = background_spans(doc)
    return [(offset, g) for offset, g in named if not any(a <= offset < b for a, b in spans)]
