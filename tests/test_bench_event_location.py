"""The event-location adapter on an invented fixture in the set's layout (never the shared data).

Fixture (tests/fixtures/event_location/event_location/labeled_text.jsonl, one JSON list like the set):
  1 "Gunmen killed ... in Kandahar"          gold Kandahar                  -> we find Kandahar
  2 "Militants attacked ... Qaryat Zaytun"   gold Qaryat Zaytun (2 tokens)  -> no place (not in gazetteer)
  3 "Three soldiers were wounded ..."        no location, RELABEL           -> none
  4 "Rebels shelled ... Aleppo"              Aleppo given as start == end == token index, RELABEL
  5 "Clashes erupted in Homs and Hama"       two gold spans; verb "erupted" is not our trigger -> fallback
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from frontlines.config import load_settings
from frontlines.errors import FrontlinesError
from frontlines.eval import bench_event_location as bel
from frontlines.eval.bench_common import BenchmarkMissing, warm_up
from frontlines.eval.report import BenchReport
from frontlines.extract import Extractor

ROOT = Path(__file__).parent / "fixtures" / "event_location"


@pytest.fixture(scope="module")
def report() -> BenchReport:
    return bel.run(ROOT, "all", None)


def test_missing_folder_is_a_frontlines_error_naming_the_path(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkMissing) as err:
        bel.run(tmp_path, "all", None)
    assert isinstance(err.value, FrontlinesError)
    assert str(tmp_path / "event_location" / "labeled_text.jsonl") in str(err.value)


def test_unknown_split_is_refused() -> None:
    with pytest.raises(BenchmarkMissing):
        bel.run(ROOT, "train", None)


def test_gold_spans_read_token_indices_where_offsets_are_not_characters() -> None:
    text = "Rebels shelled the outskirts of Aleppo overnight."
    tokens = [{"start": m, "end": m + len(w)} for w, m in _words(text)]
    # character offsets that agree with the tokens
    assert bel.gold_span(text, tokens, {"start": 32, "end": 38, "token_start": 5, "token_end": 5}) == (32, 38)
    # start == end == token index (876 such spans in the set)
    span = {"start": 5, "end": 5, "token_start": 5, "token_end": 5, "text": "Aleppo"}
    assert bel.gold_span(text, tokens, span) == (32, 38)
    # start/end = token_start/token_end on a multi-token span
    assert bel.gold_span(text, tokens, {"start": 2, "end": 3, "token_start": 2, "token_end": 3}) == (15, 28)
    # token_end past the last token: the span's text decides
    span = {"start": 5, "end": 5, "token_start": 5, "token_end": 23, "text": "Aleppo"}
    assert bel.gold_span(text, tokens, span) == (32, 38)
    # an empty span that is not a token index
    assert bel.gold_span(text, tokens, {"start": 9, "end": 9, "token_start": 1, "token_end": 1}) is None


def _words(text: str) -> list[tuple[str, int]]:
    import re

    return [(m.group(), m.start()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def test_items_need_exactly_one_verb() -> None:
    base = {"text": "Gunmen attacked Kabul.", "tokens": []}
    verb = {"start": 7, "end": 15, "label": "VERB"}
    assert bel.parse_item({**base, "spans": []}) is None
    assert bel.parse_item({**base, "spans": [verb, verb]}) is None
    item = bel.parse_item({**base, "spans": [verb, {"start": 16, "end": 21, "label": "LOCATION"}]})
    assert item is not None and item.verb == (7, 15) and item.locations == ((16, 21),)


def test_whitespace_tokens() -> None:
    toks = bel.ws_tokens("Shelling hit  Donetsk's centre.")
    assert toks == [(0, 8), (9, 12), (14, 23), (24, 31)]
    assert bel.tokens_of((14, 21), toks) == {2}
    assert bel.tokens_of((0, 12), toks) == {0, 1}


def test_tally_arithmetic() -> None:
    t = bel.Tally()
    t.add(bel.Prediction("event", True, frozenset({6})), (frozenset({6}),))  # exact
    t.add(bel.Prediction("event"), (frozenset({8, 9}),))  # missed
    t.add(bel.Prediction("fallback", True, frozenset({3, 4})), (frozenset({3}), frozenset({5})))
    t.add(bel.Prediction("fallback", True, frozenset({1})), ())  # false location
    t.add(bel.Prediction("fallback"), ())
    assert (t.tp, t.n_pred_tokens, t.n_gold_tokens) == (2, 3, 5)
    assert t.precision == pytest.approx(2 / 3)
    assert t.recall == pytest.approx(2 / 5)
    assert t.f1 == pytest.approx(0.5)
    assert (t.with_gold, t.exact, t.overlap, t.predicted) == (3, 1, 2, 2)
    assert (t.without_gold, t.false_location) == (2, 1)


def test_fixture_figures(report: BenchReport) -> None:
    assert report.items == 5
    # with a gold location: items 1, 2, 4, 5. Predicted tokens: Kandahar, Qaryat Zaytun (a place the
    # gazetteer does not know, kept as text), Aleppo, Homs and the name coordinated with it, Hama (6, all
    # right); gold tokens: 1 + 2 + 1 + 2 = 6. Item 5's prediction (Homs + Hama) equals neither gold span
    assert report.get("token precision") == 1.0
    assert report.get("token recall") == 1.0
    assert report.get("token F1") == 1.0
    assert report.get("exact span") == 0.75
    assert report.get("location predicted") == 1.0
    assert report.get("false-location rate") == 0.0
    # adjudicated (RELABEL): item 4 with a location (right), item 3 without (none predicted)
    assert report.get("token precision (adjudicated RELABEL)") == 1.0
    assert report.get("token recall (adjudicated RELABEL)") == 1.0
    assert report.get("false-location rate (adjudicated RELABEL)") == 0.0
    # events alone: Homs came from the fallback, so 4 of 6 gold tokens
    assert report.get("token recall (event route only)") == pytest.approx(2 / 3)
    # README rule: item 4 has no location, so predicting Aleppo there is a false location
    readme = "README rule: start==end = no location"
    assert report.get(f"token recall ({readme})") == 1.0
    assert report.get(f"false-location rate ({readme})") == 0.5
    routes = {row[0]: row[1] for row in report.tables["how each item's location was predicted"][1:]}
    assert routes == {"event": "3", "fallback": "2"}
    assert "Halterman 2019: token P/R > 0.83" in report.notes


def test_limit_takes_the_first_items() -> None:
    rep = bel.run(ROOT, "all", 1)
    assert rep.items == 1
    assert rep.get("exact span") == 1.0


def test_time_limit_stops_a_hung_item() -> None:
    from frontlines.eval.bench_common import ItemTimeout, time_limit, timed_out

    with pytest.raises(ItemTimeout) as err, time_limit(0.2):
        while True:
            pass
    assert timed_out(err.value)


def test_split_is_a_deterministic_half_by_sentence() -> None:
    texts = [f"Sentence number {i} about a place." for i in range(200)]
    halves = [bel.split_of(t) for t in texts]
    assert halves == [bel.split_of(t) for t in texts]
    assert set(halves) == {"dev", "test"} and 60 < halves.count("dev") < 140
    dev, test = bel.run(ROOT, "dev", None), bel.run(ROOT, "test", None)
    assert dev.items + test.items == 5


def test_a_list_of_places_on_coordinated_place_nouns_is_predicted_whole() -> None:
    # invented names: the adapter reports every name of the list the chosen place belongs to
    extractor = Extractor(load_settings(overrides={"extract": {"candidates_only": False}}))
    warm_up(extractor)
    predictor = bel.Predictor(extractor)
    text = "Rebels shelled the city of Homs and the villages of Zzyzqa and Qurtaya on Monday."
    doc = predictor.run(text)
    assert not isinstance(doc, str)
    start = text.index("shelled")
    pred = predictor.predict(doc, text, (start, start + len("shelled")))
    words = text.split()
    assert {words[i].strip(".,") for i in pred.tokens} == {"Homs", "Zzyzqa", "Qurtaya"}


@pytest.fixture(scope="module")
def predictor() -> bel.Predictor:
    extractor = Extractor(load_settings(overrides={"extract": {"candidates_only": False}}))
    warm_up(extractor)
    return bel.Predictor(extractor)


def _predicted_words(predictor: bel.Predictor, text: str, verb: str) -> set[str]:
    doc = predictor.run(text)
    assert not isinstance(doc, str)
    start = text.index(verb)
    pred = predictor.predict(doc, text, (start, start + len(verb)))
    words = text.split()
    return {words[i].strip(".,") for i in pred.tokens}


def test_names_the_parse_coordinates_with_the_list_s_place_noun_are_predicted(
    predictor: bel.Predictor,
) -> None:
    # "Kobane, Zzyzqa and al-Mayadeen areas": the parse chains the first names to "areas", whose
    # compound is the chosen place (invented middle name)
    text = (
        "At least 20 militants were killed in the coalition's airstrikes in Kobane, Zzyzqa and "
        "al-Mayadeen areas on Sunday."
    )
    assert _predicted_words(predictor, text, "killed") == {"Kobane", "Zzyzqa", "al-Mayadeen"}


def test_places_of_a_repeated_locative_preposition_are_one_list(predictor: bel.Predictor) -> None:
    text = "Protesters clashed with police in Kandahar and in Qurtaya on Sunday."
    assert _predicted_words(predictor, text, "clashed") == {"Kandahar", "Qurtaya"}


def test_a_toponym_s_span_keeps_the_capitalised_facility_noun_ending_its_name(
    predictor: bel.Predictor,
) -> None:
    from frontlines.eval.event_location_spans import _name_span
    from frontlines.geo.gazetteer import Toponym

    for text, kept in (
        ("A bomb exploded at the Zzyzqa Hospital on Sunday.", "Zzyzqa Hospital"),
        ("A bomb exploded at the Zzyzqa hospital on Sunday.", "Zzyzqa"),
    ):
        doc = predictor.run(text)
        assert not isinstance(doc, str)
        parse = doc.parses[0]
        i = next(t.i for t in parse if t.text == "Zzyzqa")
        top = Toponym(
            start=parse[i].idx,
            end=parse[i].idx + 6,
            text="Zzyzqa",
            token_start=i,
            token_end=i + 1,
            candidates=(),
            partly_tagged=False,
        )
        start, end = _name_span(parse, 0, top)
        assert text[start:end] == kept


def _hand_parse(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    """A spaCy parse with the given heads, labels and tags (the misattachments the list reading must
    survive, independent of the model's mood)."""
    from spacy.tokens import Doc as SpacyDoc
    from spacy.vocab import Vocab

    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return SpacyDoc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def _listed(parse: Any, chosen: str) -> list[str]:
    from frontlines.eval.event_location_spans import coordinated
    from frontlines.pipeline import Doc, Sentence

    doc = Doc(raw=parse.text)
    doc.sentences = [Sentence(text=parse.text, start=0, end=len(parse.text), paragraph=0)]
    doc.parses = {0: parse}
    start = parse.text.index(chosen)
    return [parse.text[a:b] for a, b in coordinated(doc, 0, (start, start + len(chosen)))]


def test_a_list_member_the_parse_hung_on_the_next_name_before_a_comma_is_listed() -> None:
    # "Jets struck the districts of Zzyzqa, Hanano and Qurtaya": the parse makes "Zzyzqa" a modifier of
    # "Hanano"; the comma between them says it is a name of the list
    words = ["Jets", "struck", "the", "districts", "of", "Zzyzqa", ",", "Hanano", "and", "Qurtaya", "."]
    heads = [1, 1, 3, 1, 3, 7, 7, 4, 7, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "nmod", "punct", "pobj", "cc", "conj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    assert _listed(_hand_parse(words, heads, deps, pos), "Hanano") == ["Qurtaya", "Zzyzqa"]
    # without the comma, a modifier is part of the next name's phrase, not a member
    words2 = [w for w in words if w != ","]
    heads2 = [1, 1, 3, 1, 3, 6, 4, 6, 6, 1]
    deps2 = [d for i, d in enumerate(deps) if words[i] != ","]
    pos2 = [p for i, p in enumerate(pos) if words[i] != ","]
    assert _listed(_hand_parse(words2, heads2, deps2, pos2), "Hanano") == ["Qurtaya"]


def test_a_capitalised_word_the_parser_calls_a_common_noun_is_a_list_member() -> None:
    # "The towns shelled were Zzyzqa, Sawran and Qurtaya" with "Zzyzqa" tagged NOUN
    words = ["The", "towns", "shelled", "were", "Zzyzqa", ",", "Sawran", "and", "Qurtaya", "."]
    heads = [1, 3, 1, 3, 3, 4, 4, 6, 6, 3]
    deps = ["det", "nsubj", "acl", "ROOT", "attr", "punct", "conj", "cc", "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "AUX", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    assert _listed(_hand_parse(words, heads, deps, pos), "Sawran") == ["Zzyzqa", "Qurtaya"]


def _predicted_indices(predictor: bel.Predictor, text: str, verb: str) -> set[int]:
    doc = predictor.run(text)
    assert not isinstance(doc, str)
    start = text.index(verb)
    return set(predictor.predict(doc, text, (start, start + len(verb))).tokens)


def test_the_occurrence_of_the_chosen_name_best_attached_to_the_verb(predictor: bel.Predictor) -> None:
    # the first "Kandahar" is the marchers' origin, the second where they marched
    text = "Farmers from Kandahar marched in Kandahar on Sunday."
    assert _predicted_indices(predictor, text, "marched") == {5}


def test_the_whole_name_around_the_chosen_words(predictor: bel.Predictor) -> None:
    # "the Gulf of Aden" (the gazetteer knows Aden), "Eastern Slavonia" (it took "Eastern" for a province)
    assert _predicted_words(
        predictor, "Pirates captured a tanker in the Gulf of Aden on Sunday.", "captured"
    ) == {
        "Gulf",
        "of",
        "Aden",
    }
    assert _predicted_words(
        predictor, "Eastern Slavonia was captured by rebel Serbs in 1991.", "captured"
    ) == {
        "Eastern",
        "Slavonia",
    }


def test_a_name_begins_with_the_words_joined_to_it_by_a_quote_or_a_slash() -> None:
    from frontlines.eval.event_location_spans import _name_start

    # "at Dahret 'Abd Rabo" with the quote a token of its own, "Tel Abyad/Girespi"
    words = ["Jets", "hit", "targets", "at", "Dahret", "\u2018", "Abd", "Rabo", "."]
    heads = [1, 1, 1, 2, 7, 7, 7, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "compound", "punct", "compound", "pobj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    spaces = [True, True, True, True, True, False, True, False, False]
    from spacy.tokens import Doc as SpacyDoc
    from spacy.vocab import Vocab

    parse = SpacyDoc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert _name_start(parse, 7, 6) == 4
