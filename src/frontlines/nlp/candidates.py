"""The fast lexical pass: which sentences can hold an event, before anything is parsed.

A sentence is a candidate when it contains a form of a trigger word from the trigger lexicon that
the trigger code (code/triggers.py) can fire on: a regular form of a verb lemma (attack, attacks,
attacked, attacking), a noun lemma or its plural, or a listed irregular form. A trigger that also
needs a word of another list checked by lemma or surface form (a modifier: "drone strike"; a noun of
the required subject or object: "warplanes struck", "reached a deal") makes a candidate only when a
word of that list is there too. Cheap and generous: the parser-based stages decide; this pass only
keeps sentences where no trigger can fire from being parsed at all. Only the triggers of the event
scope count (`extract.event_scope`: the words of PLOVER-only triggers make no sentence a candidate
under "conflict").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontlines.knowledge import Trigger, TriggerFile, cues, triggers
from frontlines.knowledge_cues import CueFile

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


def _relaxable(trig: Trigger, scope: str) -> bool:
    return (
        scope == "all"
        and trig.acled is None
        and trig.object_required not in (None, "place_or_position", "self")
        and not trig.modifiers
        and not (trig.complement_aux or trig.required_preps or trig.required_particles)
    )


def _frame_lemmas(trig: Trigger, cue_file: CueFile) -> list[set[str]]:
    """The words that can make a PLOVER frame (a frame entry has no words of its own: cues.v1.yaml
    `plover_frames`): a governor, adjective or noun of intent, a future auxiliary, a directive verb."""
    f = cue_file.plover_frames
    if trig.frame is None or f is None:
        return []
    if trig.frame == "directive":
        return [verb_forms(v) for v in f.directive_verbs]
    irregular = [{w.lower()} for w in f.irregular_forms]
    if trig.frame == "allegation":
        # "said Sudan was behind the attempt", "found him guilty": the blame word makes the candidate
        return [*(verb_forms(v) for v in f.allege_verbs), *({w.lower()} for w in f.blame_words)]
    if trig.frame == "threat":
        return [*(verb_forms(v) for v in f.warning_verbs), *(verb_forms(v) for v in f.intent_governors)]
    if trig.frame == "transfer":
        return [*(verb_forms(v) for v in f.transfer_verbs), *irregular]
    return [
        *(verb_forms(v) for v in f.intent_governors),
        *({a.lower()} for a in f.intent_adjectives),
        *(noun_forms(n) for n in f.intent_nouns),
        *({a.lower()} for a in (*f.future_aux, *f.possibility_aux) if a.isalpha()),
        *irregular,
    ]


def _condition_lemmas(trig: Trigger, cue_file: CueFile) -> list[set[str]] | None:
    """The words one of which the sentence must also hold for the trigger to fire, besides its own
    token, when the trigger code checks one by lemma or surface form (code/triggers.py): a modifier
    of the noun ("drone strike"), a noun of the required subject or object ("warplanes struck",
    "signed a deal"), or a required auxiliary, preposition or particle. None when there is no such
    word: a place or position may be any toponym."""
    if trig.modifiers and not trig.verbs:
        return [inflections(m) for m in trig.modifiers]
    for kind in (trig.subject_required, trig.object_required):
        if kind is not None and kind != "place_or_position":
            return [inflections(n) for n in cue_file.object_nouns[kind]]
    # words checked by their surface form: "said Iraq must", "fired on", "shot down"
    for surface in (trig.complement_aux, trig.required_preps, trig.required_particles):
        if surface:
            return [{w.lower()} for w in surface]
    return None


def _split(
    lexicon: TriggerFile, scope: str, cue_file: CueFile
) -> tuple[set[str], dict[frozenset[str], set[str]]]:
    """The words that alone make a sentence a candidate (the token forms of the triggers that need no
    other word), and for the triggers that need a word of another list (`_condition_lemmas`), the forms
    of their own words not among those, keyed by that list: such a word makes a candidate only beside
    a word of its list ("reached" needs "deal", "agreement"...; "drone", "air"... are needed only by
    a "strike" that is a candidate anyway)."""
    scoped = [t for t in lexicon.triggers if t.in_scope(scope)]
    # a PLOVER-only entry may fire without an object of its listed kind where nothing else does
    # (code/triggers.py `relaxed_hits`): its own words alone make a candidate in scope "all"
    conditions = {t.id: None if _relaxable(t, scope) else _condition_lemmas(t, cue_file) for t in scoped}
    words: set[str] = set()
    for trig in scoped:
        if conditions[trig.id] is None:
            words.update(*_token_lemmas(trig), *_frame_lemmas(trig, cue_file))
    pairs: dict[frozenset[str], set[str]] = {}
    for trig in scoped:
        cond = conditions[trig.id]
        if cond is None:
            continue
        own = set().union(*_token_lemmas(trig)) - words
        if own:
            pairs.setdefault(frozenset().union(*cond), set()).update(own)
    return words, pairs


def candidate_words(
    lexicon: TriggerFile, scope: str = "conflict", cue_file: CueFile | None = None
) -> set[str]:
    """The words that alone make a sentence a candidate: the forms of the token of each trigger that
    needs no word of another list."""
    return _split(lexicon, scope, cue_file if cue_file is not None else cues())[0]


def lexicon_words(lexicon: TriggerFile, scope: str = "conflict", cue_file: CueFile | None = None) -> set[str]:
    """Every form of a trigger token: the words alone, and those that need a word of another list."""
    words, pairs = _split(lexicon, scope, cue_file if cue_file is not None else cues())
    return words.union(*pairs.values())


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
    """The pattern of the words that alone make a sentence a candidate (`candidate_words`)."""
    return word_pattern(candidate_words(lexicon, scope))


def word_pattern(words: set[str]) -> re.Pattern[str]:
    """One regular expression for a set of words, as a trie ("attack(?:s|ed|...)?"): it matches
    exactly where a flat alternation of the words would, ~40 times faster with ~800 words (the regex
    engine tries the alternatives of a flat list one by one at every word boundary)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[""] = {}
    return re.compile(r"\b(?:" + _render(trie) + r")\b", re.IGNORECASE)


class CandidateTest:
    """Whether a sentence is a candidate: it has a word that alone makes one, or a word that needs a
    word of another list together with a word of that list."""

    def __init__(self, lexicon: TriggerFile, cue_file: CueFile, scope: str = "conflict") -> None:
        words, pairs = _split(lexicon, scope, cue_file)
        self.alone = word_pattern(words)
        # one search for the words of all pairs first: most sentences that are no candidate have none
        self.paired = word_pattern(set().union(*pairs.values()))
        self.pairs = [
            (word_pattern(own), word_pattern(set(cond)))
            for cond, own in sorted(pairs.items(), key=lambda p: sorted(p[0]))
        ]

    def search(self, sentence: str) -> re.Match[str] | None:
        """The trigger word that makes the sentence a candidate, if any."""
        found = self.alone.search(sentence)
        if found is not None or self.paired.search(sentence) is None:
            return found
        for own, cond in self.pairs:
            found = own.search(sentence)
            if found is not None and cond.search(sentence) is not None:
                return found
        return None


@lru_cache(maxsize=2)
def candidate_test(scope: str = "conflict") -> CandidateTest:
    return CandidateTest(triggers(), cues(), scope)


@lru_cache(maxsize=2)
def candidate_pattern(scope: str = "conflict") -> re.Pattern[str]:
    """Every form of a trigger token (`lexicon_words`), whether or not it alone makes a candidate."""
    return word_pattern(lexicon_words(triggers(), scope))


def is_candidate(sentence: str, scope: str = "conflict") -> bool:
    return candidate_test(scope).search(sentence) is not None
