"""MUC-4 role fillers from our events, for the `muc4-ree` benchmark (see `bench_muc4_ree`).

Only events the `muc4` adapter keeps (`relevant_event`). Per event:
  PerpInd / PerpOrg  actor1's noun phrase: PerpOrg when it is a named group from our actor dictionary
                     or its head is an institution word (army, armed forces, front, movement, ...), else
                     PerpInd; a compound before a perpetrator noun ("fmln rebels") is also a PerpOrg.
                     With no actor1, the subject (or "by" agent) of the trigger in the evidence sentence
                     when its head is a perpetrator or person word (PerpInd), an institution word or a
                     proper noun (PerpOrg).
  Victim             the processed keys list victims by name (MUC's HUM TGT: NAME), so descriptions
                     ("peasants", "two policemen") are not predicted: actor2 when it is a named group,
                     and objects of the trigger that are neither person, perpetrator nor target words
                     when the trigger kills, hurts or seizes people (or the object is a proper noun).
  Target             objects of the trigger (direct object, passive subject, on / against / at / of
                     complement, their conjuncts) and where it happened (in / at / near ... complement)
                     whose head is a physical-target word (building, bus, pylon, ...).
  Weapon             weapon words and phrases in the evidence sentence.
Word lists: data/muc4_roles.v1.yaml. Mentions are noun phrases without a leading determiner, number or
quantifier ("two peasants" -> "peasants"). One entity per distinct normalised mention per role and
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from frontlines.code.actor_phrases import np_tokens, phrase_text
from frontlines.code.actors import default_coder
from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.eval.bench_muc4 import relevant_event
from frontlines.eval.bench_muc4_ceaf import ROLES, Entity, ree_norm
from frontlines.geo.gazetteer import default_index
from frontlines.knowledge import actors
from frontlines.model import Event

ROLES_FILE = Path(__file__).resolve().parent.parent / "data" / "muc4_roles.v1.yaml"


@dataclass(frozen=True)
class RoleWords:
    weapons: re.Pattern[str]
    institutions: frozenset[str]
    persons: frozenset[str]
    perpetrators: frozenset[str]
    targets: frozenset[str]
    victim_triggers: frozenset[str]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    data = yaml.safe_load(ROLES_FILE.read_text(encoding="utf-8"))
    if data.get("schema") != "frontlines/muc4-roles/1":
        raise BenchmarkMissing(f"{ROLES_FILE}: expected schema frontlines/muc4-roles/1")
    weapons = sorted({str(w).lower() for w in data["weapons"]}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, weapons)) + r")(?![\w-])", re.I)
    return RoleWords(
        weapons=pattern,
        institutions=frozenset(str(w).lower() for w in data["institution_heads"]),
        persons=frozenset(str(w).lower() for w in data["person_heads"]),
        perpetrators=frozenset(str(w).lower() for w in data["perpetrator_heads"]),
        targets=frozenset(str(w).lower() for w in data["target_heads"]),
        victim_triggers=frozenset(str(w).lower() for w in data["victim_triggers"]),
    )


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from frontlines.config import load_settings
    from frontlines.nlp.models import load_spacy

    settings = load_settings()
    return load_spacy(settings.nlp.model, tuple(settings.nlp.disable))


def _head_phrase(text: str) -> str:
    """The part of a noun phrase before an "of" complement or a comma, lower case."""
    return re.split(r"\s+of\s+|,", text.lower(), maxsplit=1)[0].strip()


def _is_institution(text: str) -> bool:
    head = _head_phrase(text)
    return any(head == w or head.endswith(" " + w) for w in role_words().institutions)


def trigger_token(parsed: Any, trigger: str) -> Any | None:
    """The token of the evidence sentence the trigger names (its first verb or noun)."""
    at = parsed.text.lower().find(trigger.lower())
    if at < 0 or not trigger:
        return None
    span = parsed.char_span(at, at + len(trigger), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    for tok in span:
        if tok.pos_ in ("VERB", "NOUN"):
            return tok
    return span[0]


def _with_conjuncts(heads: list[Any]) -> list[Any]:
    """The heads, their conjuncts and appositions ("three vehicles -- an ambulance and a truck")."""
    out = list(heads)
    for h in heads:
        out += [c for c in h.conjuncts if c not in out]
        for a in (c for c in h.children if c.dep_ == "appos"):
            out += [t for t in (a, *a.conjuncts) if t not in out]
    return out


def trigger_objects(tok: Any) -> list[Any]:
    """Heads of what the trigger acts on: direct object, passive subject, on/against/of complement."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = ("on", "against", "of", "at") if tok.pos_ == "NOUN" else ("on", "against", "at")
    heads += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not passive and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        heads += [c for c in tok.head.children if c.dep_ == "dobj"]
    return _with_conjuncts(heads)


def trigger_places(tok: Any) -> list[Any]:
    """Heads of where the trigger happened: in / at / outside / inside / into complements (not "near":
    what an act happened near was not hit)."""
    heads = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "outside", "inside", "into", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return _with_conjuncts(heads)


def trigger_subjects(tok: Any) -> list[Any]:
    """Heads of who did it: the subject of an active trigger, else the "by" agent."""
    agents = [
        g
        for c in tok.children
        if c.dep_ in ("agent",) or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] if tok.pos_ == "VERB" else []
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DOING_VERBS:
        # "terrorists staged three bomb attacks": the subject of the verb that carries the act out
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return _with_conjuncts(subjects + agents)


_DOING_VERBS = {"stage", "carry", "perpetrate", "commit", "launch", "mount", "conduct", "execute", "make"}


def attacker_modifier(tok: Any) -> Any | None:
    """A nominal act's modifier naming who did it: "terrorist" in "the terrorist attack", "guerrilla"
    in "a guerrilla ambush" (MUC keys such a modifier as the perpetrator)."""
    if tok.pos_ != "NOUN":
        return None
    words = role_words()
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.i < tok.i:
            forms = {c.lower_, c.lemma_.lower(), c.lower_ + "s"}
            if forms & words.perpetrators:
                return c
    return None


def _object_role(head: Any, trigger: Any) -> str | None:
    """Victim for a person's name, Target for a physical-target word; a description of people ("the
    peasants") is no victim, since the keys' victims are names."""
    words = role_words()
    forms = {head.lemma_.lower(), head.lower_}
    if forms & words.persons:
        return None  # a description ("the peasants"): the keys' victims are names
    if forms & words.targets:
        return "Target"
    if forms & words.perpetrators:
        return None
    return "Victim" if person_name(head) else None


def person_name(head: Any) -> bool:
    """A person's name: a proper noun that spaCy does not take for a place, an organisation, a group or a
    number, and that the gazetteer does not know as a place."""
    if head.pos_ != "PROPN" or head.like_num:
        return False
    if not head.text[:1].isupper() and head.ent_type_ != "PERSON":
        return False  # a lower-case word the tagger took for a name ("highway")
    if head.ent_type_ in _NOT_ENTITIES or head.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
        return False
    return head.ent_type_ == "PERSON" or not default_index().lookup(name_tokens_text(head))


def name_tokens_text(head: Any) -> str:
    """The name a proper noun heads: the proper nouns run up to it ("Jesuit priest Ignacio Ellacuria"
    -> "Ignacio Ellacuria", "governor Antonio Roldan" -> "Antonio Roldan"): MUC keys a victim by name,
    without title or description."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in (head.i, start):
        start -= 1
    titles = role_words().persons
    while start < head.i and (doc[start].lower_ in titles or doc[start].lemma_.lower() in titles):
        start += 1
    return str(doc[start : head.i + 1].text)


_NOT_ENTITIES = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
_QUANTIFIERS = {
    "many",
    "several",
    "some",
    "few",
    "various",
    "numerous",
    "approximately",
    "about",
    "at",
    "least",
    "more",
    "than",
    "other",
    "all",
    "both",
}


def mention_text(head: Any) -> str:
    """The noun phrase of `head` without a leading determiner, number or quantifier ("two peasants"
    -> "peasants"): the bare form is the one a MUC-4 key lists among an entity's mentions."""
    toks = np_tokens(head)
    while len(toks) > 1 and (
        toks[0].dep_ in ("det", "nummod", "quantmod", "predet")
        or toks[0].like_num
        or toks[0].lower_ in _QUANTIFIERS
        or toks[0].is_punct
    ):
        toks.pop(0)
    return phrase_text(toks)


def _perp_role(head: Any, text: str) -> str | None:
    words = role_words()
    if _is_institution(text):
        return "PerpOrg"
    if head.lemma_.lower() in words.perpetrators or head.lower_ in words.perpetrators:
        return "PerpInd"
    if head.lemma_.lower() in words.persons:
        return "PerpInd"
    if head.pos_ == "PROPN":
        return "PerpOrg"
    return None


def _named(text: str, actor_id: str | None) -> bool:
    """A named group from our actor dictionary, not a generic phrase the coder resolved to one."""
    last = (_head_phrase(text).split() or [""])[-1]
    words = role_words()
    return actor_id is not None and last not in words.perpetrators and last not in words.persons


def _span_root(parsed: Any, text: str) -> Any | None:
    """The head token of `text` in the parsed sentence (None when it is not found)."""
    at = parsed.text.find(text)
    span = parsed.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None
    return span.root if span is not None and len(span) else None


def _organisation_modifier(head: Any) -> str | None:
    """ "fmln rebels", "shining path terrorists": the compound before a perpetrator noun names the
    organisation."""
    if head.lemma_.lower() not in role_words().perpetrators and head.lower_ not in role_words().perpetrators:
        return None
    mods = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if not mods:
        return None
    toks = sorted({t for m in mods for t in m.subtree if t.i < head.i}, key=lambda t: t.i)
    return phrase_text(toks)


def _perp(out: dict[str, list[str]], head: Any, text: str, role: str) -> None:
    out[role].append(text)
    org = _organisation_modifier(head)
    if org:
        out["PerpOrg"].append(org)


def group_alias(text: str, actor_id: str | None) -> str | None:
    """The alias of our actor file's group `actor_id` that `text` contains ("FMLN" in "the FMLN
    rebels"), as written there; None when there is none."""
    if actor_id is None:
        return None
    group = next((g for g in actors().groups if g.id == actor_id), None)
    if group is None:
        return None
    for alias in sorted({group.name, *group.aliases}, key=len, reverse=True):
        m = re.search(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text, re.I)
        if m:
            return m.group(0)
    return None


_HELD = {
    "seize",
    "find",
    "confiscate",
    "recover",
    "capture",
    "discover",
    "carry",
    "possess",
    "surrender",
    "hand",
    "store",
    "sell",
    "buy",
    "smuggle",
    "supply",
    "deliver",
    "send",
    "ship",
    "have",
}


def _used(parsed: Any, at: int) -> bool:
    """A weapon word the act used, not one seized, found or carried ("seized a rifle", "found
    explosives"): the verb governing it is no verb of holding or moving weapons."""
    span = parsed.char_span(at, at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span.root
    while tok.dep_ in ("compound", "amod", "conj", "appos", "pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
    return not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _HELD)


def event_roles(ev: Event) -> dict[str, list[str]]:
    """The role fillers (mention strings) one kept event gives."""
    out: dict[str, list[str]] = {r: [] for r in ROLES}
    a1, a2 = ev.actor1, ev.actor2
    sentence = ev.evidence.sentence.replace("\n", " ")
    parsed = _nlp()(sentence)
    out["Weapon"] += [m.group(0) for m in role_words().weapons.finditer(sentence) if _used(parsed, m.start())]
    if a1 is not None:
        head = _span_root(parsed, a1.text)
        alias = group_alias(a1.text, a1.id) if _named(a1.text, a1.id) else None
        if alias is not None:
            out["PerpOrg"].append(alias)  # a named group: its name, not the whole phrase
            words = role_words()
            if head is not None and {head.lemma_.lower(), head.lower_} & words.perpetrators:
                out["PerpInd"].append(mention_text(head))  # "FMLN guerrillas"
        elif default_coder().is_country_name(a1.text):
            pass  # a country by metonymy ("the United States"): the keys name organisations, not states
        else:
            role = "PerpOrg" if _named(a1.text, a1.id) or _is_institution(a1.text) else "PerpInd"
            if head is None:
                out[role].append(a1.text)
            else:
                _perp(out, head, mention_text(head), role)
    a2_head = _span_root(parsed, a2.text) if a2 is not None else None
    if a2_head is not None and person_name(a2_head):
        out["Victim"].append(name_tokens_text(a2_head))
    tok = trigger_token(parsed, ev.evidence.trigger)
    if tok is None:
        return out
    for head in trigger_objects(tok):
        if head.pos_ not in ("NOUN", "PROPN") or (a2_head is not None and head.i == a2_head.i):
            continue
        obj_role = _object_role(head, tok)
        if obj_role == "Victim":
            out["Victim"].append(name_tokens_text(head))
        elif obj_role is not None:
            out[obj_role].append(mention_text(head))
    for head in trigger_places(tok):  # "a bomb exploded at the hotel": a target word where it happened
        if {head.lemma_.lower(), head.lower_} & role_words().targets:
            out["Target"].append(mention_text(head))
    if a1 is None or not a1.text.strip():
        modifier = attacker_modifier(tok)
        if modifier is not None:
            out["PerpInd"].append(modifier.text)
        for head in trigger_subjects(tok):
            text = mention_text(head)
            perp_role = _perp_role(head, text) if head.pos_ in ("NOUN", "PROPN") else None
            if perp_role is not None:
                _perp(out, head, text, perp_role)
                break
    return out


_NAME_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:de|del|la|las|los|y)\s+)?[A-Z][\w'-]*)*")


def full_name(name: str, text: str) -> str:
    """The longest way `text` writes the name `name` ("Maza Marquez" -> "Miguel Maza Marquez"): the
    longest run of capitalised non-English words that contains it; `name` itself when there is none."""
    from frontlines.eval.bench_muc4_case import is_english

    words = name.split()
    best = name
    for m in _NAME_RUN.finditer(text):
        run = m.group(0).split()
        while run and is_english(run[0]):
            run.pop(0)  # "President Alfredo Cristiani", a sentence's first word
        n = len(words)
        contains = any(run[i : i + n] == words for i in range(len(run) - n + 1))
        foreign = not any(is_english(w) for w in run if w not in ("de", "del", "la", "las", "los", "y"))
        if len(run) > len(best.split()) and contains and foreign:
            best = " ".join(run)
    return best


def predicted_entities(events: Iterable[Event], text: str = "") -> dict[str, list[Entity]]:
    """Our kept events' role fillers in one document: one entity per distinct normalised mention; a
    victim's name as the longest form the document `text` gives of it."""
    seen: dict[str, dict[str, None]] = {r: {} for r in ROLES}
    for ev in events:
        if relevant_event(ev) is None:
            continue
        for role, mentions in event_roles(ev).items():
            for m in mentions:
                if role == "Victim" and text:
                    m = full_name(m, text)
                key = ree_norm(m)
                if key:
                    seen[role][key] = None
    return {role: [(m,) for m in keys] for role, keys in seen.items()}
