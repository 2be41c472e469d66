"""Who is actor1 (the one acting) and who actor2 (the one acted upon) for a trigger.

Verbal trigger: actor1 = subject, or the `by` agent of a passive ("was attacked by gunmen"); a pronoun
subject ("Police said they had arrested ...", "the M23, which captured Goma") or a missing one ("will
try to retake", "entered ..., capturing") is the subject of the governing verb or the noun a relative
clause hangs on. actor2 = the parts named by the trigger's `target_roles` (direct object,
`from`/`against`/`on` objects, passive subject), else any direct object that names an actor.

Nominal trigger ("a Taliban attack on ...", "Russian air strikes", "an ambush by gunmen", "clashes
between the army and the rebels"): actor1 from its modifiers, `by`, a "claimed by" clause or the
first side of `between`; actor2 from its target prepositions or the second side of `between`; when
the noun is the subject of a verb ("a drone strike killed five militants"), actor2 is that verb's
object; when it is the object of "launch"/"carry out", actor1 is that verb's subject. A trigger
that names people ("protesters", "a suicide bomber") is itself actor1, or actor2 when it is the
object of someone's act ("police fired on protesters").

Defaults when the sentence names nobody, as ACLED codes such events, and ACLED's roles in protests
met by force: `code/acled_roles.py`.
"""

from __future__ import annotations

from typing import Any

from frontlines.code.acled_roles import TERRITORY, acled_defaults
from frontlines.code.actor_lexicon import GroupSpan
from frontlines.code.actors import default_coder, np_tokens, phrase_text
from frontlines.code.role_repairs import misread_subject
from frontlines.geo.context import sure_country
from frontlines.geo.gazetteer import default_index
from frontlines.knowledge import Trigger, cues, triggers
from frontlines.model import Actor
from frontlines.trace import note

# verbs whose subject performs the event their object names ("militants launched an attack",
# "jets carried out dozens of air strikes", "gunmen threw a grenade", "the group fired a barrage")
_LAUNCH_VERBS = {
    "launch", "carry", "conduct", "stage", "mount", "claim", "unleash", "wage", "send", "throw",
    "fire", "hurl", "detonate", "lob", "drop", "use", "plant", "execute", "perpetrate", "step",
    "open", "attempt", "press", "trigger", "spark", "resume", "begin", "start", "intensify",
}  # fmt: skip
_PRONOUNS = {"they", "it", "he", "she", "we", "which", "who", "that", "them", "its", "their", "his", "her"}
_CLIMB_DEPS = {"xcomp", "advcl", "conj", "ccomp", "acomp", "pcomp", "relcl", "acl"}
_HARM_VERBS = {"kill", "wound", "injure", "abduct", "kidnap"}
_FORCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
"""PLOVER types in which a country named as such acts through its forces ("Russia struck ...")"""
_DIRECTIONAL = {"at", "into", "towards", "toward", "against", "upon"}
"""target prepositions that can hang on the thing thrown or fired instead of on the verb"""
_IRREGULAR_PLURALS = {"men", "women", "people", "children", "youth", "", "civilians"}
_REPEL_VERBS = {"repel", "repulse", "thwart", "foil"}
"""verbs whose subject (or passive agent) is the target of the attack they govern"""
_RULING_BODIES = {"government", "regime", "junta", "authorities", "administration"}
_REGIMES = {"regime", "junta"}
"""heads that name a state's rulers, who take territory through its forces"""
_PEOPLE_KINDS = {"protesters", "rioters", "political_militia", "rebels", "identity_militia"}


def roles(
    trigger_tok: Any,
    trigger: Trigger,
    groups: list[GroupSpan],
    why: dict[str, str] | None = None,
    in_scope: Actor | None = None,
) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 of the event `trigger` announces at token `trigger_tok`; `why` (if given)
    gets the rule that found each. `in_scope` is the one non-state armed group the article has named
    so far, if it has named exactly one: the side of a battle the sentence leaves unnamed."""
    coder = default_coder()
    if trigger.subject_is_target and trigger_tok.pos_ == "VERB":
        # "the unit came under fire from several hundred terrorists": the subject is attacked
        actor2 = _subject_of(trigger_tok, groups)
        note(why, "actor2", actor2, "subject of a verb whose subject is the side attacked")
        actor1 = coder.first(_prep_objects(trigger_tok, trigger.agent_preps), groups)
        note(why, "actor1", actor1, f"object of {'/'.join(trigger.agent_preps)!r}: who attacked the subject")
        if actor1 is None and (actor2 is None or actor2.kind == "state_forces"):
            # forces fired on by nobody named: the one armed group the article names, else unidentified
            actor1 = in_scope or coder.generic("gunmen", "")
            note(why, "actor1", actor1, "nobody named fired on the forces: an armed group")
        return actor1, actor2
    if trigger_tok.pos_ == "VERB" and trigger_tok.dep_ not in ("nsubj", "csubj", "pobj", "dobj"):
        actor1, actor2 = _verbal_roles(trigger_tok, trigger.target_roles, groups, why, trigger.agent_preps)
        if (
            actor2 is None
            and _symmetric(trigger)
            and (
                trigger.plover.type == "AGREE"
                or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() not in _COGNATE for c in trigger_tok.children
                )
            )
        ):
            # "Armenia and Azerbaijan signed ...", "the army and the rebels clashed": the other party;
            # with an object the subjects act together ("RSF fighters and allied militias killed ...")
            subjects = [c for c in trigger_tok.children if c.dep_ == "nsubj"]
            others = [c for h in subjects for c in h.children if c.dep_ == "conj"]
            actor2 = coder.first(others, groups)
            note(why, "actor2", actor2, "second of two coordinated subjects of a two-party event")
        if actor2 is None and actor1 is not None and actor1.kind in ("protesters", "rioters"):
            # "rioters threw bricks at a mosque and set fire to a police van": what a crowd does
            actor2 = coder.first(_crowd_targets(trigger_tok, trigger.target_roles), groups)
            note(why, "actor2", actor2, "what the crowd does it does to: objects of its coordinated verbs")
    else:
        actor1, actor2 = _nominal_roles(trigger_tok, trigger.target_roles, groups, why)
    if trigger.plover.type == "ASSAULT" and actor2 is not None and coder.is_country_name(actor2.text):
        # "Russia attacked Kyiv": a place attacked is where, not whom (its people, forces or the
        # other side are found below)
        if why is not None:
            why["actor2"] = f"dropped {actor2.text!r}: a country or capital attacked is a place"
        actor2 = None
    if (
        actor1 is not None
        and actor2 is not None
        and actor2.name == actor1.name
        and actor2.id is None
        and actor2.text != actor1.text  # "clashes between rival gangs": one phrase, both sides
    ):
        actor2 = None  # "Azerbaijani artillery pounded positions": not its own positions
    if actor1 is None and trigger.plover.type not in _FORCE_TYPES and trigger_tok.pos_ != "VERB":
        # "Israel and Lebanon renewed negotiations": who holds the talks is the verb's subject
        host = _governing_verb(trigger_tok)
        actor1 = _subject_of(host, groups) if host is not None else None
        note(why, "actor1", actor1, "subject of the verb that governs the trigger noun")
    if actor1 is None and trigger.acled is None and trigger_tok.i != trigger_tok.sent.root.i:
        # "Norway is willing to send material ..., Norway's foreign minister said": with no doer named
        # in its clause, a statement's speaker stands for the party it speaks for (CAMEO's source)
        root = trigger_tok.sent.root
        if root.lemma_.lower() in set(cues().say_verbs):
            actor1 = _subject_of(root, groups)
            note(why, "actor1", actor1, f"nobody named: the speaker of {root.text!r}")
    vague = actor1 is not None and actor1.id is None and actor1.country is None
    if vague and trigger.acled is None and trigger_tok.pos_ != "VERB":
        # "China staged military exercises": the doer the sentence names beats a modifier of no country
        named = coder.first(_doer_heads(trigger_tok), groups)
        if named is not None and named.country is not None:
            actor1 = named
            note(why, "actor1", actor1, "the named doer of the verb the trigger noun is the object of")
    figurative = trigger_tok.pos_ == "VERB" and trigger_tok.lemma_.lower() in triggers().figurative_verbs
    if actor1 is None and not figurative:
        # "Algerian landowners began a hunger strike", "an Argentine judge ordered ...": a doer the
        # actor dictionary does not know, but whose nation the phrase names, acts for that nation (not
        # for verbs with figurative senses: "Egyptian bonds rallied")
        actor1 = _national_doer(_doer_heads(trigger_tok))
        note(why, "actor1", actor1, "the doer names no known actor but its nation")
    if trigger.plover.type not in _FORCE_TYPES and (actor2 is None or _countryless(actor2)):
        # "recalled its ambassador from Nigeria": a party with a country beats an unplaced official
        found = _addressee(trigger_tok, groups, actor1, trigger.acled is None)
        if actor2 is None or (found is not None and found.country is not None):
            actor2 = found
            note(why, "actor2", actor2, "who the statement or act is addressed to, or whose proposal it is")
    ruler = (actor1.text.lower().split() or [""])[-1] if actor1 is not None else ""
    if (
        actor1 is not None
        and actor1.kind == "government"
        and trigger.acled is not None
        and trigger.plover.type == "ASSAULT"
        and ruler in _RULING_BODIES
        # "the administration attacked the plan" is talk: only ground taken, or a regime, is fighting
        and (trigger.acled.sub_event_type in TERRITORY or ruler in _REGIMES)
    ):
        # "the government has vowed to retake Bangassou", "Syrian government shelling", "the regime
        # bombed Aleppo": a government fights through its forces
        actor1 = coder.state(actor1.text, coder.country_by_iso3(actor1.country or ""))
        note(why, "actor1 kind", actor1, "a government doing violence: its forces")
    killed = coder.victims(trigger_tok.doc, groups) if actor2 is None else None
    actor1, actor2 = acled_defaults(actor1, actor2 or killed, trigger, why, in_scope)
    if actor2 is killed:
        actor2 = None  # the victims are coded where the event is assembled
    if trigger.plover.type not in _FORCE_TYPES:
        actor1, actor2 = coder.as_government(actor1), coder.as_government(actor2)
        for key, actor in (("actor1", actor1), ("actor2", actor2)):
            if actor is not None and actor.kind == "government":
                note(why, f"{key} kind", actor, "a country named as such, outside violence: its government")
    elif (
        trigger.plover.type == "ASSAULT" and actor1 is not None and actor1.kind in ("government", "civilians")
    ):
        # officials and civilians do not fight: "lawmakers attacked the plan" is talk, "the Ivorians
        # kept attacking" is sport (civilians who do violence are coded as rioters or a militia)
        head = (actor1.text.lower().split() or [""])[-1]
        lone = actor1.kind == "civilians" and not head.endswith("s") and head not in _IRREGULAR_PLURALS
        if lone and trigger.acled is not None and trigger.acled.event_type != "Battles":
            # "a Palestinian man stabbed two settlers": one person who attacks is an unidentified
            # armed group of his nation, as ACLED codes lone assailants
            armed = coder.generic("gunmen", actor1.text)
            actor1 = armed.model_copy(update={"country": actor1.country}) if armed is not None else None
            note(why, "actor1", actor1, "a lone civilian assailant: an unidentified armed group")
        else:
            if why is not None:
                why["actor1"] = f"dropped {actor1.kind}: officials and civilians are not assailants"
            actor1 = None
    return actor1, actor2


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
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
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


def _countryless(actor: Actor) -> bool:
    """An unnamed actor of no stated country ("its ambassador", "the officials")."""
    return actor.id is None and actor.country is None


# objects that repeat a two-party verb ("exchanged fire", "fought a battle", "fought each other")
_COGNATE = {
    "fire",
    "gunfire",
    "battle",
    "battles",
    "each",
    "another",
    "clash",
    "clashes",
    "war",
    "shot",
    "shots",
}


def _symmetric(trigger: Trigger) -> bool:
    """Events between two parties on an equal footing: agreements and armed clashes."""
    return trigger.plover.type == "AGREE" or (
        trigger.acled is not None and trigger.acled.sub_event_type == "Armed clash"
    )


def _is_pronoun(tok: Any) -> bool:
    return bool(tok.pos_ == "PRON" or tok.lower_ in _PRONOUNS)


def _subject_of(verb: Any, groups: list[GroupSpan], depth: int = 0) -> Actor | None:
    """actor1 of a verb: its subject (a passive's `by` agent); for a pronoun subject, or none, the
    subject of the governing verb or the noun a relative clause modifies."""
    coder = default_coder()
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return coder.first(_agents(verb), groups)
    subj_heads = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    real = [h for h in subj_heads if not _is_pronoun(h)]
    actor = coder.first(real, groups)
    if actor is not None and not _vague_possessed(actor, real[0]):
        return actor
    if actor is None and real and real[0].pos_ in ("NOUN", "PROPN"):
        # "A drone strike killed ...": the subject is itself an event; its modifiers act
        mods = [t for t in real[0].children if t.dep_ in ("compound", "amod", "nmod", "poss")]
        found = coder.first(mods, groups)
        if found is None and real[0].lemma_.lower() in coder.attack_nouns:
            found = _national(real[0])
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
        return coder.first([verb.head], groups) or actor
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
    if (
        verb.dep_ == "pcomp"
        and verb.lemma_.lower() in set(cues().say_verbs)
        and verb.head.pos_ == "ADP"
        and verb.head.head.pos_ == "VERB"
    ):
        # "was quoted as saying he would ...": the speaker is the subject of the verb the "as" hangs on
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
        if actor is not None and inherited is not None and inherited.kind == "government":
            # "the ministry said its jets ...": the forces stay forces, of the government's country
            return coder.placed(actor, inherited.country) if inherited.country else actor
        return inherited or actor
    return actor


def _agents(verb: Any) -> list[Any]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


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


def _prep_objects(head: Any, preps: list[str] | set[str]) -> list[Any]:
    found = []
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in c.children:
            if g.dep_ == "pobj":
                found.append(g)
            elif g.dep_ == "pcomp" and g.tag_ == "VBG" and c.lower_ in _DIRECTIONAL | {"on"}:
                # "against advancing troops", "on retreating forces": the parser takes the participle
                # modifying the target for a gerund whose object the target is
                found += [o for o in g.children if o.dep_ == "dobj" and o.i == g.i + 1]
    return found


def _verbal_roles(
    verb: Any,
    target_roles: list[str],
    groups: list[GroupSpan],
    why: dict[str, str] | None,
    agent_preps: list[str] | None = None,
) -> tuple[Actor | None, Actor | None]:
    coder = default_coder()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        actor1 = coder.first(_agents(verb), groups)
        note(why, "actor1", actor1, "passive verb: the 'by' agent")
        if actor1 is None:
            # "a civilian was killed when an Israeli shell struck a house": the cause's subject
            clauses = [
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.pos_ == "VERB"
                and any(m.lower_ in ("when", "after") for m in c.children)
            ]
            actor1 = next((a for a in (_subject_of(c, groups) for c in clauses) if a is not None), None)
            note(why, "actor1", actor1, "passive with no agent: the subject of its 'when'/'after' clause")
        if actor1 is None:
            # "two fighters were killed in an exchange of fire with Iraqi troops": who they fought killed them
            actor1 = coder.first([w for n in _prep_objects(verb, ["in"]) for w in _fought_with(n)], groups)
            note(why, "actor1", actor1, "passive with no agent: the other side of the fight it happened in")
    else:
        actor1 = _subject_of(verb, groups)
        note(why, "actor1", actor1, "subject of the verb (a pronoun's from the governing clause)")
    if actor1 is None and agent_preps:
        # "the town could fall to the militants": who takes it is in the "to" phrase
        actor1 = coder.first(_prep_objects(verb, agent_preps), groups)
        note(
            why,
            "actor1",
            actor1,
            f"object of {'/'.join(agent_preps)!r}: who the event befalls the subject by",
        )
    targets: list[Any] = []
    for role in target_roles:
        if role == "dobj":
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            targets += objects
            if any(o.lower_ == "fire" for o in objects):
                targets += _prep_objects(verb, ["to"])  # "set fire to a police station"
        elif role != "poss":
            targets += _prep_objects(verb, [role])
    targets += _hung_on_things(verb, [r for r in target_roles if r in _DIRECTIONAL])
    if passive:
        targets = [c for c in verb.children if c.dep_ == "nsubjpass"] + targets
    # "fought ..., with warplanes striking RSF bases": an absolute "with" clause tells how, not whom
    targets = [
        t
        for t in targets
        if not (t.head.lower_ == "with" and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in t.children))
    ]
    actor2 = coder.first(targets, groups)
    note(why, "actor2", actor2, "first actor of: " + ", ".join(f"{t.dep_} {t.text!r}" for t in targets))
    if actor2 is None and not passive:
        # "Government troops fought Houthi fighters": a direct object that names an actor
        actor2 = coder.first([c for c in verb.children if c.dep_ == "dobj"], groups)
        note(why, "actor2", actor2, "the direct object names an actor")
    return actor1, actor2


def _between(noun: Any, groups: list[GroupSpan]) -> tuple[Actor | None, Actor | None]:
    """ "clashes between the army and the rebels" -> (army, rebels)."""
    coder = default_coder()
    for obj in _prep_objects(noun, ["between"]):
        sides = [obj] + [c for c in obj.children if c.dep_ == "conj"]
        found = [a for a in (coder.actor_at(s, groups) for s in sides) if a is not None]
        if len(found) == 1 and len(sides) == 1 and obj.tag_ == "NNS":
            # "gunfights between rival factions of the Sinaloa Cartel": one plural side fights itself
            return found[0], found[0]
        if found:
            return found[0], found[1] if len(found) > 1 else None
    return None, None


def _nominal_roles(
    noun: Any, target_roles: list[str], groups: list[GroupSpan], why: dict[str, str] | None
) -> tuple[Actor | None, Actor | None]:
    coder = default_coder()
    itself = coder.actor_at(noun, groups)
    verb = _governing_verb(noun)
    if itself is not None and itself.kind in _PEOPLE_KINDS:
        # the trigger names people: "protesters gathered", "police fired on protesters"
        if verb is not None and noun.dep_ not in ("nsubj", "nsubjpass"):
            doer = _subject_of(verb, groups)
            if doer is not None and doer.kind not in ("protesters", "rioters"):
                note(
                    why,
                    "actor1",
                    doer,
                    f"subject of {verb.text!r}, which acts on the people the trigger names",
                )
                note(why, "actor2", itself, "the trigger noun names the people acted upon")
                return doer, itself
        actor2 = None
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            actor2 = coder.first(_crowd_targets(noun.head, target_roles), groups)
        note(why, "actor1", itself, "the trigger noun itself names who acts")
        note(why, "actor2", actor2, "object of the verb the trigger noun is subject of")
        return itself, actor2
    actor1, actor2 = _between(noun, groups)
    if actor1 is None and noun.dep_ in ("nsubj", "csubj") and noun.head.pos_ == "VERB":
        # "clashes broke out between A and B"
        actor1, actor2 = _between(noun.head, groups)
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    by = _prep_objects(noun, ["by"])
    claimed = [
        g
        for c in noun.children
        if c.dep_ == "acl"
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
    ]
    note(why, "actor1", actor1, "first side of 'between'")
    note(why, "actor2", actor2, "second side of 'between'")
    actor1 = actor1 or coder.first(by + claimed + mods, groups) or _national(noun)
    note(why, "actor1", actor1, "'by' object, 'claimed by' agent or modifier of the trigger noun")
    if actor1 is None and verb is not None and verb.lemma_.lower() in _LAUNCH_VERBS:
        actor1 = _subject_of(verb, groups)
        note(why, "actor1", actor1, f"subject of {verb.text!r}, which governs the trigger noun")
    if actor2 is None and verb is not None and verb.lemma_.lower() in _REPEL_VERBS:
        # "soldiers repelled an attack on Damboa", "the assault was repelled by the army": who repels an
        # attack is the one attacked
        passive_verb = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        repellers = _agents(verb) if passive_verb else [c for c in verb.children if c.dep_ == "nsubj"]
        actor2 = coder.first([r for r in repellers if not _is_pronoun(r)], groups)
        note(why, "actor2", actor2, f"who {verb.text} the attack is the one attacked")
    host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if actor1 is None and host is not None and host.lemma_.lower() in _HARM_VERBS:
        # "Russian aircraft killed 46 civilians in an attack on a village": who kills attacks
        actor1 = _subject_of(host, groups)
        note(why, "actor1", actor1, f"subject of {host.text!r}, the killing the trigger noun describes")
    killing = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    # "two soldiers were killed and three wounded in a clash": the subjects of coordinated verbs too
    sufferers = [] if killing is None else [killing] + ([killing.head] if killing.dep_ == "conj" else [])
    victims = [c for v in sufferers for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
    if actor1 is None and killing is not None and _suffers(killing) and victims:
        # "three soldiers were killed in a clash with militants", "died in a gunfight with the army":
        # the other side killed them; the dead are the side acted upon
        opponent = coder.first(_fought_with(noun), groups)
        if opponent is not None:
            actor1, actor2 = opponent, actor2 or coder.first(victims, groups)
            note(why, "actor1", actor1, f"the other side of the fight in which people were {killing.text!r}")
            note(why, "actor2", actor2, f"those who were {killing.text!r} in the fight")
    if actor2 is None:
        targets = _prep_objects(noun, target_roles)
        if verb is not None and verb.lemma_.lower() in _LAUNCH_VERBS:
            # "threw a grenade at the police station", "sent car bombs against advancing troops"
            targets += _prep_objects(verb, [*target_roles, "at", "against", "into", "on"])
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            targets += [c for c in noun.head.children if c.dep_ == "dobj"]
        actor2 = coder.first(targets, groups)
        note(why, "actor2", actor2, "first actor of: " + ", ".join(f"{t.dep_} {t.text!r}" for t in targets))
    return actor1, actor2


def _fought_with(noun: Any) -> list[Any]:
    """The other side of a fight named by `noun`: "a clash with X", "an exchange of fire with X"."""
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return [o for h in heads for o in _prep_objects(h, ["with"])]


def _suffers(verb: Any) -> bool:
    """ "were killed", "was wounded", "died": the subject suffers the harm."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return (passive and verb.lemma_.lower() in _HARM_VERBS) or verb.lemma_.lower() == "die"


def _crowd_targets(verb: Any, target_roles: list[str]) -> list[Any]:
    """What people who act do it to: the objects of `verb` and of the verbs coordinated with it
    ("stormed the parliament, beating the speaker", "threw stones at troops", "set fire to a police
    van"), including a target hung on the thing thrown ("threw fireworks and stones at police")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"]
    preps = [*target_roles, "at", "against", "on", "upon"]
    found: list[Any] = []
    for v in verbs:
        objects = [c for c in v.children if c.dep_ == "dobj"]
        found += objects
        found += _prep_objects(v, preps)
        if any(o.lower_ == "fire" for o in objects):
            found += _prep_objects(v, ["to"])  # "set fire to a police van"
        found += _hung_on_things(v, _DIRECTIONAL)
    return found


def _hung_on_things(verb: Any, preps: list[str] | set[str]) -> list[Any]:
    """Targets the parser hangs on the thing fired or thrown rather than on the verb ("fired a barrage
    of rockets and a drone at an army post"): `preps` objects of the verb's direct objects and of the
    objects coordinated with them."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return [t for o in objects for t in _prep_objects(o, preps)]


def _governing_verb(noun: Any) -> Any | None:
    """The verb whose object (possibly through "dozens of", "a barrage of", "fire on") is `noun`."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("dobj", "pobj", "prep", "compound", "nsubjpass", "attr"):
            return None
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur
    return None


_ADDRESS_PREPS = {
    "to", "with", "against", "on", "for", "from", "at", "toward", "towards", "over", "between",
    "into",  # "an investigation into the former dictator"
}  # fmt: skip


def _addressee(
    trigger_tok: Any, groups: list[GroupSpan], actor1: Actor | None, plover_only: bool = False
) -> Actor | None:
    """actor2 of a verbal or diplomatic event (agree, reject, demand, threaten ...): the party
    addressed ("gave Tanzania a grant", "rejected an Indian proposal", "praised Haiti's efforts",
    "threatened action against Russia", "demanded that the United States match ...")."""
    coder = default_coder()
    verb = trigger_tok if trigger_tok.pos_ in ("VERB", "AUX") else _governing_verb(trigger_tok)
    heads = [trigger_tok] if verb is None else [verb, trigger_tok]
    for h in list(heads):
        # "threatened to break off relations with Congo", "offered to negotiate with Armenia"
        heads += [c for c in h.children if c.dep_ == "xcomp"]
        heads += [g for c in h.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dative", "dobj", "iobj")]
    objects += [o for h in heads for o in _prep_objects(h, _ADDRESS_PREPS)]
    clauses = [c for c in (verb.children if verb is not None else []) if c.dep_ in ("ccomp", "xcomp")]
    objects += [c for cl in clauses for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "promised military aid to Mozambique", "called for sanctions against Nigeria"
    objects += [o for obj in list(objects) for o in _prep_objects(obj, _ADDRESS_PREPS | {"by"})]
    # "suspended part of a military aid program for Bosnia", "the lifting of sanctions against Iraq":
    # the addressee of a thing named through an "of" phrase
    parts = [g for obj in list(objects) for g in _prep_objects(obj, ["of"])]
    objects += [o for g in parts for o in _prep_objects(g, _ADDRESS_PREPS)]
    first: Actor | None = None
    for obj in objects:
        if obj.i == trigger_tok.i:
            continue
        found = coder.actor_at(obj, groups) or _owner(obj)
        if found is not None and (actor1 is None or found.name != actor1.name):
            if not _countryless(found):
                return found
            first = first or found  # "its ambassador from Nigeria": a party with a country comes first
    if first is None and plover_only:
        # "offered to return the remains of Japanese soldiers": whose the thing acted on is
        for g in parts:
            found = coder.actor_at(g, groups) or _owner(g)
            if (
                found is not None
                and found.country is not None
                and (actor1 is None or found.name != actor1.name)
            ):
                return found
    return first


def _owner(noun: Any) -> Actor | None:
    """The country a thing belongs to: "an Indian proposal", "Haiti's efforts", "the demand of Australia"."""
    coder = default_coder()
    country, _ = coder.country_in(np_tokens(noun), noun)
    if country is None:
        # "Yeltsin's economic reforms": a named leader's thing is their government's
        owners = [coder.actor_at(c, []) for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        return next((a for a in owners if a is not None and a.kind == "government" and a.country), None)
    return coder.state(noun.text, country, "Government")
