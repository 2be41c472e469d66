"""Noun-phrase tests and word lists the actor coder (code/actors.py) reads: quantity heads ("dozens of
gunmen"), places that stand for the party holding them, determiners, protest verbs, and the noun phrase
around a head word."""

from __future__ import annotations

from typing import Any

from frontlines.model import Actor

_NP_DEPS = {"compound", "amod", "nmod", "poss", "nummod", "quantmod", "det", "case", "punct", "npadvmod"}


QUANTITY_HEADS = {
    "thousands",
    "hundreds",
    "dozens",
    "scores",
    "tens",
    "millions",
    "some",
    "many",
    "most",
    "group",
    "groups",
    # "members of the presidential guard", "an element of the army": the body they belong to acts
    "members",
    "member",
    "elements",
    # "the bodies of three men": the dead are the people named
    "bodies",
    "body",
    "corpses",
}
HOLD_VERBS = {"hold", "control", "occupy", "run"}
RULERS = {"government", "regime", "junta", "pro-government"}
HOST_VERBS = {"host", "house"}
HELD_PLACES = {
    "town",
    "towns",
    "city",
    "cities",
    "area",
    "areas",
    "territory",
    "village",
    "villages",
    "district",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "wing",
    "wings",
    "block",
    "blocks",
    "camp",
    "camps",
    "zone",
    "zones",
}
"""places that, held by an armed party, stand for it as a target ("rebel-held towns", "a prison wing
controlled by Los Choneros", "gang-controlled neighbourhoods")"""


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}


def determined(head: Any) -> bool:
    """ "a Palestinian", "the 19-year-old Palestinian": a word with an article of its own is a noun (a
    person), not an adjective; "the British" alone is the nation."""
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    described = any(c.dep_ in ("amod", "nummod") for c in head.children)  # not "the British" (the nation)
    return bool(dets & {"a", "an", "one"}) or ("the" in dets and described)


def anaphoric(head: Any) -> bool:
    """ "the group" alone: a definite noun with no other modifier."""
    deps = [c for c in head.children if c.dep_ not in ("punct",)]
    return len(deps) == 1 and deps[0].dep_ == "det" and deps[0].lower_ == "the"


_PROTEST_VERBS = {"protest", "demand", "demonstrate", "march", "rally", "chant"}


def protesting(head: Any) -> bool:
    """People described by a protest verb are protesters: "students demanding an end to quotas",
    "residents protesting against the dam", "workers who marched on parliament"."""
    return any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.lemma_.lower() in _PROTEST_VERBS
        for c in head.children
    )


def stated(actor: Actor | None) -> bool:
    """True for an actor the text names; False for none or one inferred by an ACLED default (which
    has empty `text`)."""
    return actor is not None and actor.text != ""


def np_tokens(head: Any) -> list[Any]:
    """The noun phrase around `head`: its modifiers (recursively) and an `of` complement."""
    out = [head]
    for child in head.children:
        if child.dep_ in _NP_DEPS:
            out += np_tokens(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            out.append(child)
            for g in child.children:
                if g.dep_ == "pobj":
                    out += np_tokens(g)
    return sorted(out, key=lambda t: t.i)


def phrase_text(tokens: list[Any]) -> str:
    """Text of a noun phrase without a leading determiner or edge punctuation."""
    toks = list(tokens)
    while len(toks) > 1 and (toks[0].dep_ == "det" or toks[0].is_punct):
        toks.pop(0)
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    doc = toks[0].doc
    return str(doc[toks[0].i : toks[-1].i + 1].text)


_CRAFT_HEADS = {
    "jet",
    "jets",
    "plane",
    "planes",
    "aircraft",
    "airliner",
    "helicopter",
    "helicopters",
    "flight",
}
_CIVIL_MODIFIERS = {
    "passenger",
    "cargo",
    "commercial",
    "civilian",
    "private",
    "charter",
    "airline",
    "medical",
}


def civil_craft(head: Any) -> bool:
    """ "a passenger jet", "a cargo plane", "a medical helicopter": a civil aircraft, not a force's
    ("jets" and "aircraft" alone are the air force's)."""
    return head.lower_ in _CRAFT_HEADS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _CIVIL_MODIFIERS for c in head.children
    )
