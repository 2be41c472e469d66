"""Place copies (eval/copies.py): an event coded once per coordinated place shares its `copy_key` with
its copies, and the scorers that count triggers or incidents count them once. Invented sentences."""

from __future__ import annotations

import re

from frontlines.eval import bench_muc4 as muc
from frontlines.eval import bench_wikievents as wiki
from frontlines.eval.copies import copy_key
from frontlines.extract import Extractor
from frontlines.model import ExtractResult

TEXT = "Bombs exploded in Kabul and Jalalabad on Monday. A car bomb exploded in Kandahar on Tuesday."


def coded(extractor: Extractor) -> ExtractResult:
    result = extractor.extract_text(TEXT, published="2021-05-06")
    places = [e.location.text for e in result.events if e.location]
    assert places == ["Kabul", "Jalalabad", "Kandahar"], places
    return result


def test_an_event_and_its_copies_share_a_key_other_events_do_not(extractor: Extractor) -> None:
    events = coded(extractor).events
    assert len({e.id for e in events}) == 3
    keys = [copy_key(e) for e in events]
    assert keys[0] == keys[1] == (0, "exploded")
    assert keys[2][0] > 0  # another sentence: another key


def test_wikievents_counts_an_event_and_its_copies_as_one_trigger(extractor: Extractor) -> None:
    result = coded(extractor)
    spans = [m.span() for m in re.finditer(r"\w+|[^\w\s]", TEXT)]
    doc = wiki.WikiDoc(doc_id="d", text=TEXT, token_spans=spans)
    pred, unplaced = wiki.predicted_triggers(doc, result)
    assert unplaced == 0
    # the first sentence's event and its copy are one trigger, the second sentence's event another
    assert [(TEXT[spans[p.start][0] : spans[p.end - 1][1]], p.type) for p in pred] == [
        ("exploded", "Conflict.Attack.DetonateExplode"),
        (result.events[2].evidence.trigger, "Conflict.Attack.DetonateExplode"),
    ]


def test_muc4_lists_the_places_of_an_event_and_its_copies_in_one_template(extractor: Extractor) -> None:
    templates = muc.predicted_templates(coded(extractor).events)
    assert [t.type for t in templates] == ["BOMBING", "BOMBING"]
    # each place's alternatives are its gazetteer name and its text: the text is kept here
    places = [sorted(n for alts in t.locations for n in alts if n in TEXT.lower()) for t in templates]
    assert places == [["jalalabad", "kabul"], ["kandahar"]]
