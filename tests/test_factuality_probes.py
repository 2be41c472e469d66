"""Factuality probes: news-style event sentences (written by the team) and variants with the cues
reporters use for what is uncertain ("reportedly", "were said to have", "appeared to", "according to
unconfirmed reports"), predicted ("vowed to", "is set to", "a planned march", "fears of an attack"),
hypothetical ("could", "the risk of an attack", "an assault would put ... at risk") or negated ("denied",
"dismissed reports that", "no bomb exploded", "called off the march").

Each probe codes at least one event and every event it codes has the probe's label: above all, no
predicted, hypothetical, negated or uncertain mention may come out `asserted` (issue 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.extract import Extractor

PROBES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "factuality_probes.jsonl").read_text().splitlines()
    if line.strip()
]


def test_probe_set_is_varied() -> None:
    labels = [p["label"] for p in PROBES]
    assert len({p["id"] for p in PROBES}) == len(PROBES)
    for label in ("asserted", "uncertain", "predicted", "hypothetical", "negated"):
        assert labels.count(label) >= 10, label


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_factuality_probe(extractor: Extractor, probe: dict[str, str]) -> None:
    events = extractor.extract_text(probe["text"], published="2021-05-04").events
    got = [(e.evidence.trigger, e.factuality) for e in events]
    assert events, "no event coded"
    assert all(f == probe["label"] for _, f in got), got


def test_factuality_is_worked_out_once_per_word_of_a_parse() -> None:
    """The dates stage and the factuality stage both ask a trigger's factuality: the coder answers the
    second time from what it found the first, for that parse only (another parse with a word at the
    same place gets its own answer)."""
    from frontlines.code.factuality import default_factuality
    from frontlines.config import load_settings
    from frontlines.nlp.models import load_spacy

    nlp = load_spacy(load_settings().nlp.model)
    coder = default_factuality()
    denied = nlp("Rebels denied attacking the convoy.")
    attacked = nlp("Rebels were attacking the convoy.")
    first = coder.factuality(denied[2])
    assert first[0] == "negated"
    assert coder.factuality(denied[2]) is first
    assert coder.factuality(attacked[2]) == ("asserted", None)
