"""The fast lexical pass: which sentences can hold an event, before anything is parsed.

A sentence is a candidate when it contains a regular inflection of a trigger lemma from the trigger
lexicon (attack, attacks, attacked, attacking, attacker...) or one of its listed irregular forms.
Cheap and generous: the parser-based stages decide; this pass only keeps sentences with no trigger
word from being parsed at all. Only the triggers of the event scope count (`extract.event_scope`:
the words of PLOVER-only triggers make no sentence a candidate under "conflict").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontlines.knowledge import CueFile, Trigger, TriggerFile, cues, triggers

_VOWELS = set("aeiou")


def inflections(lemma: str) -> set[str]:
    """The regular inflected forms of an English verb or noun lemma (plural, -s, -ed, -ing, -er)."""
    w = lemma.lower()
    return verb_forms(w) | _agent_forms(w)


def noun_forms(lemma: str) -> set[str]:
    """A noun lemma and its regular plural: the only forms a NOUN token with that lemma takes."""
    w = lemma.lower()
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return {w, w[:-1] + "ies"}
    return {w, w + ("es" if w.endswith(("s", "x", "z", "ch", "sh")) else "s")}


def verb_forms(lemma: str) -> set[str]:
    """A verb lemma and its regular -s, -ed and -ing forms (with a doubled final consonant after a
    single vowel: "stop" -> "stopped"); not the agent noun ("fighter"), which is no form of the verb."""
    w = lemma.lower()
    forms = {w}
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + ("es" if w.endswith(("s", "x", "z", "ch", "sh")) else "s"), w + "ed", w + "ing"}
        if _doubles(w):
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


def _doubles(w: str) -> bool:
    # doubled final consonant after a single vowel: "shell" has none, "stop" -> "stopped"
    return (
        len(w) >= 3 and w[-1] not in _VOWELS | {"w", "x", "y"} and w[-2] in _VOWELS and w[-3] not in _VOWELS
    )


def _agent_forms(w: str) -> set[str]:
    if w.endswith("e"):
        return {w + "r", w + "rs"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return {w + "er", w + "ers"}
    forms = {w + "er", w + "ers"}
    if _doubles(w):
        forms |= {w + w[-1] + "er", w + w[-1] + "ers"}
    return forms


def _token_lemmas(trig: Trigger) -> list[set[str]]:
    """The surface forms of the token a trigger fires on, one set a word: a verb of `verbs` (by
    lemma), a noun of `nouns` (lemma or plural), or one of the irregular `forms`."""
    return [
        *(verb_forms(v) for v in trig.verbs),
        *(noun_forms(n) for n in trig.nouns),
        *({f.lower()} for f in trig.forms),
    ]


def _condition_lemmas(trig: Trigger, cue_file: CueFile) -> list[set[str]] | None:
    """The words one of which the sentence must also hold for the trigger to fire, besides its own
    token, when the trigger code checks one by lemma or surface form (code/triggers.py): a modifier
    of the noun ("drone strike"), or a noun of the required subject or object ("warplanes struck",
    "signed a deal"). None when there is no such word: a place or position may be any toponym."""
    if trig.modifiers and not trig.verbs:
        return [inflections(m) for m in trig.modifiers]
    for kind in (trig.subject_required, trig.object_required):
        if kind is not None and kind != "place_or_position":
            return [inflections(n) for n in cue_file.object_nouns[kind]]
    return None


def candidate_words(
    lexicon: TriggerFile, scope: str = "conflict", cue_file: CueFile | None = None
) -> set[str]:
    """The words that make a sentence a candidate: for each trigger, the forms of the token it fires
    on. A trigger that also needs a word of another list (a modifier, a subject or object noun, see
    `_condition_lemmas`) adds only the forms of its own words not there already through triggers
    without one, or that list instead when it has fewer words ("drone strike": "drone", "air"...
    when "strike" is not there already)."""
    cue_file = cue_file if cue_file is not None else cues()
    scoped = [t for t in lexicon.triggers if t.in_scope(scope)]
    conditions = {t.id: _condition_lemmas(t, cue_file) for t in scoped}
    words: set[str] = set()
    for trig in scoped:
        if conditions[trig.id] is None:
            words.update(*_token_lemmas(trig))
    for trig in scoped:
        cond = conditions[trig.id]
        if cond is None:
            continue
        own = [forms - words for forms in _token_lemmas(trig) if forms - words]
        if not own:
            continue
        # the cost of a list: how many of its words are not there yet in their base forms (a
        # condition noun's rare verbal forms, "rocketed", are added but not counted)
        other = [forms - words for forms in cond if forms - words]
        other_cost = sum(1 for forms in cond if noun_forms(min(forms, key=len)) - words)
        words.update(*(other if other_cost <= len(own) else own))
    return words


def _atoms(word: str) -> list[str]:
    # hyphens and spaces inside multi-word forms ("air strike") match either
    return [r"[\s-]" if ch == " " else r"[\s-]?" if ch == "-" else re.escape(ch) for ch in word]


def _render(node: dict[str, Any]) -> str:
    """A trie node as a regular expression: its branches as alternatives, optional when a word ends
    here."""
    branches = [atom + _render(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def build_pattern(lexicon: TriggerFile, scope: str = "conflict") -> re.Pattern[str]:
    """One regular expression for all candidate words, as a trie ("attack(?:s|ed|...)?"): it matches
    exactly where a flat alternation of the words would, ~40 times faster with ~800 words (the regex
    engine tries the alternatives of a flat list one by one at every word boundary)."""
    trie: dict[str, Any] = {}
    for word in candidate_words(lexicon, scope):
        node = trie
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[""] = {}
    return re.compile(r"\b(?:" + _render(trie) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=2)
def candidate_pattern(scope: str = "conflict") -> re.Pattern[str]:
    return build_pattern(triggers(), scope)


def is_candidate(sentence: str, scope: str = "conflict") -> bool:
    return candidate_pattern(scope).search(sentence) is not None
