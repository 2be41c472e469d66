"""How a toponym of a sentence relates to an event's trigger in the dependency parse.

`attachment` gives a level (lower is closer) or None for a place that is not where the event happened:

- 0: attached to the trigger itself or to one of its arguments without crossing another clause:
  "killed 14 people in Iraq", "destroyed a hide-out in northwestern Pakistan", "the Mosul offensive",
  "air strikes on a market in the town of Maarat al-Numan";
- 1: attached to the clause the trigger belongs to ("a bomb exploded in Kabul, killing three"; a noun
  trigger's verb), or to the trigger through a relative clause;
- 2: elsewhere in the sentence, or a modifier of the acting subject ("Washington's new ambassador
  vowed", "Dallas police shot"); the actor's place ("gunmen in Kabul killed") and a reference point
  ("south of Cairo", "30 km from Mosul") are one level further than their attachment;
- None: the place acts (the subject of a verb: "Russia struck", "Moscow has not commented"), is
  someone's origin ("a militia from the town of Tarhuna"), a movement's destination ("fled to
  Turkey", "taken to a hospital in Tampere") or the speaker's place ("said in Geneva", "the police
  in Borno State confirmed that ...").

The place names the gazetteer does not know, found by where they stand (after a locative preposition,
named by a place noun) or by the parser's GPE/LOC/FAC entities, are `geo.unknown_places`. Which place a
place noun names ("the city of Rafah", "Helmand province") is `geo.place_nouns`.

The word lists are data (`data/attach.v1.yaml`); speech verbs are the coder's (`data/cues.v1.yaml`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.geo.toponym_guards import NUMERIC_ENTS
from frontlines.knowledge import attach_words, cues

# relations along which a clause carries on the same event ("exploded ..., killing"), or a noun trigger
# reaches its verb ("carried out dozens of air strikes")
_CLAUSE_LINKS = frozenset(
    {"advcl", "conj", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "nsubjpass", "attr", "appos",
     "compound", "nmod", "npadvmod", "oprd", "dative", "agent", "nsubj", "amod"}
)  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
_VERBS = frozenset({"VERB", "AUX"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


class _Words:
    """The word lists of attach.v1.yaml (and the coder's speech verbs) as sets, read once (`_words`)."""

    def __init__(self) -> None:
        data = attach_words()
        self.origin = frozenset(data.origin_preps)
        self.destination = frozenset(data.destination_preps)
        self.movement = frozenset(data.movement_verbs)
        self.reference = frozenset(data.reference_words)
        self.place_nouns = frozenset(data.place_nouns)
        self.neighbourhood = frozenset(data.neighbourhood_nouns)
        self.locative = frozenset(data.locative_preps)
        self.facility = frozenset(data.facility_nouns)
        self.part = frozenset(data.part_nouns) | self.reference
        self.prefixes = frozenset(data.place_prefixes)
        self.mission = frozenset(data.mission_nouns)
        self.time_zones = frozenset(data.time_zones)
        self.taken = frozenset(data.taken_verbs)
        self.struck = frozenset(data.struck_verbs)
        self.speech = frozenset(cues().say_verbs) | frozenset(cues().according)
        self.protest = frozenset(data.protest_verbs)

    def place_noun(self, tok: Any) -> bool:
        """Is `tok` (its form or lemma) one of `place_nouns` ("village", "districts")?"""
        return tok.lower_ in self.place_nouns or tok.lemma_ in self.place_nouns


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def _verdict(path: list[Any], words: _Words) -> str:
    """What the toponym's own chain up to where it meets the trigger's says: "out" (not the event's
    place), "weak" (it names whose rather than where: "Russia's army", "Dallas police"), "subject"
    (where the actor is: "gunmen in Kabul killed") or "ok"."""
    located = False  # a locative preposition below: "gunmen in Kabul killed" says where
    inside = False  # one of the locative prepositions (attach.v1.yaml `locative_preps`) below
    verdict = "ok"
    for k, tok in enumerate(path):
        head = tok.head
        if (
            k == 0
            and tok.dep_ == "poss"
            and not words.place_noun(head)
            and head.lower_ not in words.facility
            and head.ent_type_ not in _PLACE_ENTS
        ):
            verdict = "weak"  # "Colombia's main rebel group", "Israel's 1982 invasion": whose, not where
        if k == 0 and tok.dep_ == "nsubjpass" and tok.ent_type_ == "PERSON":
            verdict = "weak"  # "Santacruz was captured": a person the parser names, who bears a town's name
        if tok.dep_ in _SUBJECTS and head.pos_ in _VERBS:
            if k == 0:
                return "out"  # "Russia struck", "Moscow has not commented"
            verdict = "subject" if located else "weak"
        if tok.dep_ == "pobj" and head.lower_ in words.origin and head.head.pos_ in _NOMINALS:
            if not inside:
                return "out"  # "a militia from the town of Tarhuna", "one from Jordan"
            # "fighters from a Qaeda franchise in Syria have clashed": where the actor is, a last resort
            verdict = "weak"
        if k == 0 and tok.dep_ == "pobj" and head.dep_ == "agent":
            return "out"  # "forces backed by the United Arab Emirates": who acts, as a subject does
        if k == 0 and tok.dep_ == "pobj" and head.lower_ == "of" and head.head.ent_type_ == "PERSON":
            return "out"  # "Ricardo Munguia of El Salvador": where the person is from
        if (
            tok.dep_ == "pobj"
            and head.lower_ in words.destination
            and head.head.pos_ in _VERBS
            and head.head.lemma_ in words.movement
        ):
            return "out"  # "fled to Turkey", "was taken to a hospital in Tampere"
        if k == 0 and tok.dep_ in ("dobj", "dative") and head.pos_ in _VERBS and head.lemma_ in words.speech:
            return "out"  # "a police officer told Xinhua": whom the speaker told, not where
        if tok.dep_ == "pobj" and head.lower_ != "of":
            located = True
            inside = inside or head.lower_ in words.locative
    return verdict


def _where_clause(tok: Any) -> bool:
    """ "at Tamarind Court where Jessica Lall was murdered", "attacked Shawa village ... where 30 persons
    were killed": a relative clause opened by "where" says the event happened at the place it describes."""
    return tok.dep_ == "relcl" and any(c.lower_ == "where" and c.i < tok.i for c in tok.children)


def _reference(path: list[Any], words: _Words) -> int:
    """ "south of Cairo", "30 kilometres from Mosul", "outside Kabul": the place is a landmark (1); 2 when
    the landmark places another name ("Qurtaya, 40 km north of Mosul": the event is at Qurtaya); else 0."""
    for tok in path:
        ref = None
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("of", "from")
            and tok.head.head.lower_ in words.reference
        ):
            ref = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in words.reference:
            ref = tok.head
        if ref is not None:
            # the reference word (or its distance: "40 km north") hangs on a proper name
            placed = ref.head if ref.dep_ != "npadvmod" else ref.head.head
            return 2 if placed.pos_ == "PROPN" and placed.i != ref.i and placed.ent_type_ != "DATE" else 1
    return 0


def _protested(path: list[Any], trigger: Any, words: _Words) -> bool:
    """ "demonstrated against Israel", "protested against a war on Iraq": a place inside a protest
    verb's "against" phrase is what is protested, not where."""
    return trigger.lemma_ in words.protest and any(
        tok.lower_ == "against" and tok.head.i == trigger.i for tok in path
    )


def attachment(parse: Any, token_start: int, token_end: int, trigger_i: int) -> tuple[int, int] | None:
    """The attachment level of the toponym at `token_start:token_end` to the trigger token (see the
    module docstring) and the length of its path in the parse, or None when the place is not the
    event's."""
    words = _words()
    root = parse[token_start:token_end].root
    trigger = parse[trigger_i]
    chain = [trigger, *trigger.ancestors]
    position = {tok.i: k for k, tok in enumerate(chain)}
    path: list[Any] = []
    cur = root
    while cur.i not in position:
        path.append(cur)
        if cur.head.i == cur.i:
            break  # another root of the parse: not linked to the trigger
        cur = cur.head
    verdict = _verdict(path, words)
    if verdict == "out":
        return None
    if cur.i not in position:
        return 2, len(path)
    meet = position[cur.i]
    # a participle inside the noun phrase ("a bus stop crowded with soldiers at the junction") is no
    # clause of its own
    crosses = any(tok.pos_ in _VERBS and tok.dep_ != "acl" for tok in path[1:])
    if meet > 0:
        # the toponym hangs off a governor of the trigger
        if cur.lemma_ in words.speech:
            if not crosses:
                return None  # "said in Geneva that ...": the speaker's place
            return 2, len(path)  # another clause the speaker reports
        linked = all(tok.dep_ in _CLAUSE_LINKS or _where_clause(tok) for tok in chain[:meet])
        if not linked or any(tok.lemma_ in words.speech for tok in chain[1:meet]):
            return 2, len(path)
    level = 0 if meet == 0 and not crosses else 1
    reference = _reference(path, words)
    if reference:
        level = 2 if reference == 2 else min(level + 1, 2)
    if verdict == "weak" or _protested(path, trigger, words):
        level = 2
    elif verdict == "subject":
        level = min(level + 1, 2)
    return level, len(path)


def place_noun(tok: Any) -> bool:
    """A noun that names a place ("village", "districts", "the city of"; attach.v1.yaml `place_nouns`)."""
    words = _words()
    return words.place_noun(tok) or tok.lower_ in words.neighbourhood


def nationality(parse: Any, token_start: int, token_end: int, trigger_i: int) -> bool:
    """A country name modifying a noun that is not a place ("the U.S. occupation", "U.S. and Iraqi
    forces", and the trigger noun itself: "backed by U.S. air strikes"): whose, not where."""
    words = _words()
    root = parse[token_start:token_end].root
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and head.pos_ in ("NOUN", "PROPN")
        and not words.place_noun(head)
        and head.ent_type_ not in NUMERIC_ENTS  # "outside the Vatican Sunday": a date, no forces
    )


def names_a_mission(parse: Any, token_end: int) -> bool:
    """ "the U.S. Embassy", "the Danish embassy", "the Russian consulate": a place that names whose
    diplomatic mission, not where it is (attach.v1.yaml `mission_nouns`)."""
    words = _words()
    end = site_end(parse, token_end)
    last = parse[end - 1] if end > token_end else (parse[token_end] if token_end < len(parse) else None)
    return last is not None and last.lower_ in words.mission


def neighbourhood_nouns() -> frozenset[str]:
    """The nouns that name a quarter of a city (attach.v1.yaml `neighbourhood_nouns`)."""
    return _words().neighbourhood


def names_a_neighbourhood(parse: Any, token_start: int, token_end: int) -> bool:
    """ "the Muthanna neighbourhood", "the Muthanna and Qahira neighbourhoods": a name that modifies a
    neighbourhood noun, directly or through the name it is coordinated with, is part of a city."""
    words = _words()
    root = parse[token_start:token_end].root
    if root.dep_ == "poss":
        return False  # "Hama's Hamidiyeh and Bab Qubli neighborhoods": the town the quarters are in
    head = root.head.head if root.dep_ == "conj" else root.head
    nxt = parse[token_end] if token_end < len(parse) else None
    if head.lower_ in words.neighbourhood and head.i > root.i and _named_after_of(head):
        return False  # "the Nairobi suburb of Syokimau": the quarter is the name after "of", this the town
    return head.lower_ in words.neighbourhood or (nxt is not None and nxt.lower_ in words.neighbourhood)


def _named_after_of(noun: Any) -> bool:
    """Does the noun's "of" take a capitalised name ("the Nairobi suburb of Syokimau")?"""
    return any(
        c.dep_ == "pobj" and c.text[:1].isupper()
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
    )


def owns_a_place(parse: Any, token_start: int, token_end: int) -> bool:
    """ "Yala's Betong district", "Baghdad's Doura district", "Mogadishu's Madina hospital": a place whose
    possessive holds another proper name is the larger place around that one."""
    root = parse[token_start:token_end].root
    if root.dep_ != "poss" or root.head.i == root.i:
        return False
    return any(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not token_start <= t.i < token_end
        for t in root.head.subtree
    )


def site_end(parse: Any, token_end: int) -> int:
    """The end of a toponym's mention with the capitalised facility nouns that follow it ("Jobar
    District", "Baghdad Hotel", "Haifa Street", "Manger Square"): the place named after the town."""
    words = _words()
    end = token_end
    while end < len(parse) and parse[end].text[:1].isupper() and parse[end].lower_ in words.facility:
        end += 1
    return end
