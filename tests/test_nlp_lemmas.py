"""Verb lemmas the rule lemmatizer misreads ("staged" -> "stag") are fixed after parsing."""

from __future__ import annotations

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.nlp.lemmas import VERB_LEMMA_FIXES, fix_verb_lemmas
from frontlines.nlp.models import load_spacy


def test_misread_verb_lemmas_are_fixed() -> None:
    nlp = load_spacy(load_settings().nlp.model)
    doc = fix_verb_lemmas(nlp("Rebels staged an attack and have waged war; the court fined them."))
    lemmas = {t.lower_: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage" and lemmas["fined"] == "fine"
    assert VERB_LEMMA_FIXES["raping"] == "rape" and "routed" not in VERB_LEMMA_FIXES


def test_the_subject_of_staged_does_the_strike() -> None:
    ex = Extractor(load_settings())
    text = "Thousands of South Korean workers staged a general strike on Monday."
    events = ex.extract_text(text, published="2020-01-10").events
    assert [(e.plover.type, e.actor1.country if e.actor1 else None) for e in events] == [("PROTEST", "KOR")]
