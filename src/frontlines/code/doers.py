"""Who does it, read from subjects (actor1 for `roles`): the subject of a verb, through pronouns,
relative clauses and governing verbs (`_subject_of`); the doer of the verb whose object the trigger noun
is ("began a hunger strike": `_doer_heads`); a doer the actor dictionary does not know but whose nation
the phrase names (`_national_doer`); and state forces from a national word before an attack noun
(`_national`).
"""

from __future__ import annotations

from typing import Any

from frontlines.code.actor_lexicon import GroupSpan
from frontlines.code.actor_phrases import np_tokens, phrase_text
from frontlines.code.actors import default_coder
from frontlines.code.clause import has_to
from frontlines.code.role_repairs import misread_subject
from frontlines.code.role_syntax import _agents, _governing_verb, _is_pronoun, _prep_objects
from frontlines.geo.context import sure_country
from frontlines.geo.gazetteer import default_index
from frontlines.model import Actor

# verbs whose subject performs the event their object names ("militants launched an attack",
# "jets carried out dozens of air strikes", "gunmen threw a grenade", "the group fired a barrage")
_LAUNCH_VERBS = {
    "launch", "carry", "conduct", "stage", "mount", "claim", "unleash", "wage", "send", "throw",
    "fire", "hurl", "detonate", "lob", "drop", "use", "plant", "execute", "perpetrate", "step",
    "open", "attempt", "press", "trigger", "spark", "resume", "begin", "start", "intensify",
}  # fmt: skip
_CLIMB_DEPS = {"xcomp", "advcl", "conj", "ccomp", "acomp", "pcomp", "relcl", "acl"}
_DOER_VERBS = {
    "begin", "start", "continue", "stage", "hold", "launch", "mount", "conduct", "carry", "go", "declare",
    "announce", "organise", "organize", "lead",
}  # fmt: skip
"""verbs whose subject does what their object names ("began a hunger strike", "held a rally")"""
_PLACE_PREPS = {"in", "from"}
"""prepositions that place a doer in its country ("opposition groups in Zimbabwe", "a missionary from
Calgary"); also through a participle ("a group based in Trinidad")"""


def _doer_heads(trigger_tok: Any) -> list[Any]:
    """The subject (a passive's `by` agent) of the trigger verb, or of the verb whose object the
    trigger noun is when that verb says its subject does it ("began a hunger strike"); a verb with no
    subject of its own ("threatened to break off", "met and agreed") takes the one it hangs on."""
    verb = trigger_tok
    if trigger_tok.pos_ != "VERB":
        verb = _governing_verb(trigger_tok)
        # "dumped manure outside the ministry in protest": who does it protests
        manner = (
            trigger_tok.dep_ == "pobj" and trigger_tok.head.lower_ == "in" and trigger_tok.lemma_ == "protest"
        )
        if verb is None or (verb.lemma_.lower() not in _DOER_VERBS | _LAUNCH_VERBS and not manner):
            return []
    for _ in range(3):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return _agents(verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return [s for s in subjects if not _is_pronoun(s)]
        # "began a strike to demand ...": a purpose infinitive shares the subject of its verb
        purpose = verb.dep_ == "advcl" and has_to(verb)
        if (verb.dep_ not in ("xcomp", "conj") and not purpose) or verb.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = verb.head
    return []


def _national_doer(heads: list[Any]) -> Actor | None:
    """A doer whose head noun names no known actor but whose phrase names its nation: an adjective or
    country name ("Algerian landowners", "an official Syrian newspaper"), or a country or town it is
    in or from ("opposition groups in Zimbabwe", "a missionary from Calgary"). CAMEO and PLOVER code
    such a source by its country; its kind is unknown, so it is coded as people of that country."""
    coder = default_coder()
    for head in heads:
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
            continue
        tokens = np_tokens(head)
        # "an Iran-aligned militia", "US-backed forces": a hyphenated country is a sponsor, not the nation
        own = [t for t in tokens if not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")]
        country, _ = coder.country_in(own, head)
        iso3 = country.iso3 if country is not None else None
        if iso3 is None:
            places = _prep_objects(head, _PLACE_PREPS)
            places += [o for c in head.children if c.dep_ == "acl" for o in _prep_objects(c, _PLACE_PREPS)]
            for place in places:
                named = coder.country_of(place.text)
                if named is not None:
                    iso3 = named.iso3
                elif place.pos_ == "PROPN":
                    iso3 = sure_country(default_index().lookup(place.text))
                if iso3 is not None:
                    break
        people = coder.generic("civilians", phrase_text(tokens))
        if iso3 is not None and people is not None:
            return people.model_copy(update={"country": iso3})
    return None


def _subject_of(verb: Any, groups: list[GroupSpan], depth: int = 0) -> Actor | None:
    """actor1 of a verb: its subject (a passive's `by` agent); for a pronoun subject, or none, the
    subject of the governing verb or the noun a relative clause modifies."""
    coder = default_coder()
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return coder.first(_agents(verb), groups)
    subj_heads = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    real = [h for h in subj_heads if not _is_pronoun(h)]
    if real and real[0].lemma_.lower() in coder.attack_nouns:
        # "Artillery fire by the RSF struck the camp": the attack's `by` agent, before its weapon
        found = coder.first(_prep_objects(real[0], ["by"]), groups)
        if found is not None:
            return found
    actor = coder.first(real, groups)
    if actor is not None and not _vague_possessed(actor, real[0]):
        return actor
    if actor is None and real and real[0].pos_ in ("NOUN", "PROPN"):
        # "A drone strike killed ...": the subject is itself an event; its modifiers act
        mods = [t for t in real[0].children if t.dep_ in ("compound", "amod", "nmod", "poss")]
        found = coder.first(mods, groups)
        if found is None and real[0].lemma_.lower() in coder.attack_nouns:
            found = _national(real[0])
        if (
            found is not None
            and found.kind == "government"
            and found.country is None
            and (nation := _national(real[0])) is not None
        ):
            # "an Egyptian foreign ministry statement said": the ministry of the nation the phrase names
            found = coder.placed(found, nation.country) if nation.country else found
        if found is None:
            # "a drone launched by the RSF hit ...", "shells fired by militants landed ...": the thing
            # that struck was sent by the agent of the participle that describes it
            sent = [c for c in real[0].children if c.dep_ == "acl" and c.tag_ == "VBN"]
            found = coder.first([a for c in sent for a in _agents(c)], groups)
        if found is not None:
            return found
    if depth >= 3 or (real and actor is None):
        return actor
    if subj_heads and not real:
        # "If the rebels push south, they could attack Goma": a pronoun subject is the subject of a
        # clause before it that modifies its verb
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.i < verb.i:
                earlier = [c for c in clause.children if c.dep_ == "nsubj" and not _is_pronoun(c)]
                found = coder.first(earlier, groups)
                if found is not None:
                    return found
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        found = coder.first([verb.head], groups)
        if found is None and has_to(verb):
            # "the government has taken steps to ease restrictions" (an infinitive read as a relative
            # clause): the subject of the verb the noun is the object of does it
            outer = _governing_verb(verb.head)
            found = _subject_of(outer, groups, depth + 1) if outer is not None else None
        return found or actor
    if (doer := misread_subject(verb)) is not None and (found := coder.first([doer], groups)):
        return found
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        # "repelled an attempt by government forces to advance ..., killing 15 soldiers"
        outer = _governing_verb(verb.head)
        return (_subject_of(outer, groups, depth + 1) if outer is not None else None) or actor
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        # "could embolden the militants to attack Pemba", "ordered troops to advance": the governing
        # verb's object does what the complement says
        controller = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        found = coder.first(controller, groups)
        if found is not None:
            return found
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ == "VERB":
        # "was quoted as saying he would ...": the speaker is the subject of the verb the "as" hangs on;
        # "Turkey retaliated by striking ...", "were killed after storming the base": so is the doer
        verb = verb.head
    if (
        verb.dep_ in _CLIMB_DEPS | {"prep"}
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX", "ADJ")
    ):
        up = verb.head
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in up.children):
            inherited = coder.first([c for c in up.children if c.dep_ == "nsubjpass"], groups)
        else:
            inherited = _subject_of(up, groups, depth + 1)
        if (speaker := _speaker_of_participle(verb, inherited, groups, depth)) is not None:
            return speaker
        if actor is not None and inherited is not None and inherited.kind == "government":
            # "the ministry said its jets ...": the forces stay forces, of the government's country
            return coder.placed(actor, inherited.country) if inherited.country else actor
        return inherited or actor
    return actor


_REPORT_VERBS = {"say", "tell", "report", "announce", "state", "add", "claim"}
_STATE = ("state_forces", "government")


def _speaker_of_participle(
    verb: Any, inherited: Actor | None, groups: list[GroupSpan], depth: int
) -> Actor | None:
    """The speaker of a participle that closes a reported clause ("the ministry said North Korean boats
    had crossed the border, accusing Pyongyang of provocation") when the reported clause's doer would
    address its own state: a state's forces or government do not accuse or warn their own government,
    so the participle is the speaker's, the subject of the verb of saying."""
    up = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "advcl"
        or up.dep_ != "ccomp"
        or up.head.lemma_.lower() not in _REPORT_VERBS
        or inherited is None
        or inherited.country is None
        or inherited.kind not in _STATE
    ):
        return None
    addressed = default_coder().first([c for c in verb.children if c.dep_ == "dobj"], groups)
    if addressed is None or addressed.country != inherited.country or addressed.kind not in _STATE:
        return None
    speaker = _subject_of(up.head, groups, depth + 1)
    return speaker if speaker is not None and speaker.country != inherited.country else None


def _vague_possessed(actor: Actor, head: Any) -> bool:
    """ "his forces", "its aircraft": forces of no stated country, owned by a pronoun."""
    return (
        actor.id is None
        and actor.country is None
        and any(c.dep_ == "poss" and _is_pronoun(c) for c in head.children)
    )


def _national(noun: Any) -> Actor | None:
    """State forces from a national word among a noun's left modifiers ("US missile strikes",
    "Israeli air strike", "a Russian missile attack")."""
    coder = default_coder()
    for tok in noun.lefts:
        for t in tok.subtree:
            if t.i >= noun.i:
                break
            country = coder.country_of(t.text)
            if country is not None and (t.pos_ in ("ADJ", "PROPN") or t.dep_ in ("compound", "amod")):
                return coder.state(t.text, country)
    return None
