"""From a finished mention to a contract `Event`: ontology codes, ids, the evidence and a confidence.

ACLED sub-event type: the trigger's `acled`, replaced by the first of its `sentence_overrides` whose
lemmas occur in the sentence, else by `acled_by_target[kind of actor2]` (civilians, protesters), by
`acled_state` when actor1 is state forces, by `acled_nonstate` when actor1 is a non-state armed
group. State forces with no country take the country of the event's location. With no actor2, the
people the sentence says were killed, wounded or abducted are actor2. In riots, protesters are
coded as rioters; in protests met with intervention or excessive force, protesters are actor2.

When actor1 is of a kind listed in the trigger's `acled_by_actor1` (protesters storming a building,
residents setting fire to houses), that pair is used before the target- and state-based ones.

A mention becomes an event only with some substance beyond the trigger word: an actor, a place the
sentence itself names, a fatality or wounded count, or a grammatical subject for a trigger with no ACLED
type ("the minister telephoned ...") and for a verb trigger that is not one of the lexicon's
`figurative_verbs` ("gang members set fire to cars", "markets were looted"; not "lawmakers attacked
the plan"); a generic killing verb ("kill") also needs a victim or a count. This keeps sports and
market metaphors ("the striker attacked the box") out (code/substance.py). A definite anaphoric noun
("the attack", "the kidnapping") that refers back to an event already coded in the article
(`antecedent`, code/anaphora.py) needs no substance of its own and, when the trigger is `generic`,
takes that event's ACLED type; the antecedent's place, date, fatalities and actors fill what the
sentence does not give ("The government blamed the coalition for the attack" after an air strike).

`confidence` is the calibrated probability that the event is right (`frontlines.code.confidence`: a
logistic model over binary features of the event, fitted on the team gold dev split).
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

from frontlines.code.acled_roles import NON_STATE, protest_roles
from frontlines.code.actor_phrases import stated
from frontlines.code.actors import default_coder
from frontlines.code.anaphora import antecedent, remark_on_told, unclaimed
from frontlines.code.confidence import features, score
from frontlines.code.facility_target import facility_target
from frontlines.code.intent_events import intent_event
from frontlines.code.substance import (
    concrete_argument,
    dated_in_clause,
    has_subject,
    indefinite_target,
    named_victim,
)
from frontlines.geo.mention_words import water_words
from frontlines.knowledge import AcledPair, triggers
from frontlines.model import Acled, Actor, Count, Event, EventDate, Evidence, Fatalities, Plover
from frontlines.trace import note

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

__all__ = ["antecedent", "crowd_arrests", "event_id", "intent_event", "interceptions", "to_event"]


_CONTRAST = {"while", "whereas", "whilst"}


def _override_words(parse: Any, trigger_i: int) -> set[str]:
    """The words (and lemmas) of a sentence that may override a trigger's ACLED type: all but those of
    a relative clause the trigger is not in, which tells about the noun it hangs on, not this event
    ("rallied over the collapse of a canopy that killed 15 people", "Suu Kyi, who has been held since
    soldiers detained her"), nor those on the other side of a contrast ("..., while in Lagos a march
    passed off peacefully")."""
    skip: set[int] = set()
    for tok in parse:
        # "protests in Nakuru, where crowds blocked roads and burned tyres": what happened there is the
        # protest's own doing
        if tok.dep_ == "relcl" and not any(c.lower_ == "where" for c in tok.children):
            span = {t.i for t in tok.subtree}
            if trigger_i not in span:
                skip |= span
    # "police fired tear gas in Abuja, while in Lagos a march passed off peacefully": a contrast after a
    # comma tells another event (the rest of the sentence, read linearly: the parser often hangs it badly)
    for tok in parse:
        if tok.dep_ == "mark" and tok.lower_ in _CONTRAST and tok.i > 0 and parse[tok.i - 1].text == ",":
            span = set(range(tok.i, len(parse)))
            skip |= span if trigger_i not in span else set(range(len(parse))) - span
            break
    return {w for t in parse if t.i not in skip for w in (t.lemma_.lower(), t.lower_)}


INTERVENTION = {"Protest with intervention", "Excessive force against protesters"}


def _as_rioters(actor: Actor | None) -> Actor | None:
    if actor is None or actor.kind != "protesters":
        return actor
    return actor.model_copy(update={"kind": "rioters", "name": "Rioters"})


_RIOT_CAUSE = re.compile(
    r"\b(?:over|for|in connection with)\s+(?:the\s+)?(?:unrest|riots?|rioting|arson|looting|lynchings?)\b",
    re.IGNORECASE,
)
"""what people are arrested for when the arrest follows a riot"""
_CROWD_WORDS = set(
    "people persons others individuals youths students demonstrators activists supporters".split()
)


def crowd_arrests(events: list[tuple[int, Event, dict[str, str]]]) -> None:
    """People arrested at a protest or a riot are its protesters or rioters (as ACLED codes them):
    an arrest whose acted-upon party is unnamed people ("police detained more than 50 people", "30
    people were arrested over the unrest") takes that kind when the event told just before it in the
    article (arrests aside) or one in the same sentence is a protest or a riot: protesters if the
    article reports a protest at all (a protest that turned violent still has protesters), else
    rioters. A named person, a described one ("a 22-year-old woman", "five men") or nobody named
    keeps the civilian kind. `events` holds (sentence number, event, the mention's reasons) in
    article order; the events and reasons are updated in place."""
    protests = any(e.acled is not None and e.acled.event_type == "Protests" for _, e, _ in events)
    last: str | None = None
    for sent, ev, why in events:
        if ev.acled is None:
            continue
        kind = ev.acled.event_type
        if ev.acled.sub_event_type != "Arrests":
            last = kind
            continue
        same = [e.acled.event_type for s, e, _ in events if s == sent and e.acled is not None]
        crowd = next((k for k in same if k in ("Protests", "Riots")), None)
        rioting = _RIOT_CAUSE.search(ev.evidence.sentence) is not None
        if rioting:
            crowd = "Riots"  # "arrested 30 people over the unrest", "... for arson": for a riot
        if crowd is None and last in ("Protests", "Riots"):
            crowd = last
        a2 = ev.actor2
        if crowd is None or a2 is None or a2.kind != "civilians" or a2.id is not None:
            continue
        words = a2.text.lower().replace('"', " ").split()
        words = words[: words.index("of")] if "of" in words else words  # "30 activists of the BYC"
        if not words or words[-1] not in _CROWD_WORDS:
            continue
        name = "Protesters" if not rioting and (crowd == "Protests" or protests) else "Rioters"
        ev.actor2 = a2.model_copy(update={"kind": name.lower(), "name": name})
        why["actor2 kind"] = f"unnamed people arrested at a {crowd.lower().rstrip('s')}: {name.lower()}"


def interceptions(events: list[tuple[int, Event, dict[str, str]]]) -> None:
    """What is intercepted or shot down was fired by someone: a disrupted weapons use whose acted-upon
    party goes unnamed ("its air defences intercepted the missile") takes as actor2 whoever did the
    last shelling, missile, drone or air attack told before it in the same or the previous sentence
    ("the Houthis fired a ballistic missile at Jizan. The coalition said it intercepted the missile").
    `events` holds (sentence number, event, the mention's reasons) in article order; updated in place."""
    for k, (sent, ev, why) in enumerate(events):
        if ev.acled is None or ev.acled.sub_event_type != "Disrupted weapons use" or ev.actor2 is not None:
            continue
        fired = [
            e
            for s, e, _ in events[:k]
            if sent - 1 <= s <= sent
            and e.acled is not None
            and e.acled.event_type == "Explosions/Remote violence"
            and e.actor1 is not None
        ]
        if fired:
            ev.actor2 = fired[-1].actor1
            note(
                why,
                "actor2",
                ev.actor2,
                "what is intercepted was fired by the last attacker told just before",
            )


_PEOPLE_KINDS = frozenset(
    {"rebels", "protesters", "rioters", "civilians", "identity_militia", "political_militia"}
)
"""kinds of unnamed actor a PLOVER-only event places in the other side's country (`_placed_by_other`)"""


def _placed_by_other(
    actor1: Actor | None, actor2: Actor | None, why: dict[str, str], plover_only: bool = False
) -> tuple[Actor | None, Actor | None]:
    """With no country for the event, an unnamed actor with none ("protesters", "civilians", "three
    soldiers") is of the country of the other side when that side is a national one: state forces or
    a named group of a country ("Iranian security forces fired on protesters", "RSF fighters shot dead
    dozens of civilians"), as most such violence is within one country. In a PLOVER-only event (talk,
    demands, accusations) only people and armed groups are placed so ("President Andres Pastrana urged
    the rebels to return to talks"), not forces (which a state may send abroad)."""
    coder = default_coder()
    pair = [actor1, actor2]
    for k, (actor, other) in enumerate(((actor1, actor2), (actor2, actor1))):
        if actor is None or actor.id is not None or actor.country is not None:
            continue
        if plover_only and actor.kind not in _PEOPLE_KINDS:
            continue
        if other is None or other.country is None or other.kind in ("external", "civilians"):
            continue
        if other.kind not in ("state_forces", "government") and other.id is None:
            continue
        pair[k] = coder.placed(actor, other.country)
        note(why, f"actor{k + 1} country", pair[k], f"no event country: the other side's, {other.country}")
    return pair[0], pair[1]


def event_id(article_id: str, start: int, trigger_start: int) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{trigger_start}".encode()).hexdigest()[:16]


def to_event(doc: Doc, m: Mention, antecedent: Event | None = None) -> Event | None:
    assert doc.article is not None
    trig = m.trigger
    fatalities = m.fatalities or Fatalities()
    has_count = fatalities.best is not None
    # a place counts as substance only when the sentence names one (not the dateline fallback), even
    # one that is not the event's own ("said in Geneva")
    # a diplomatic or verbal event (no ACLED type) also stands on a grammatical subject or agent
    # a violent or coercive act told by a verb with its doer or undergoer as subject ("gang members set
    # fire to cars", "markets were looted") stands on that subject too, unless the verb is one with
    # common figurative senses ("lawmakers attacked the plan", "bonds rallied")
    tok = doc.parses[m.sentence][m.trigger_i]
    literal_verb = tok.pos_ == "VERB" and tok.lemma_.lower() not in triggers().figurative_verbs
    said_by = (trig.acled is None or literal_verb) and has_subject(tok)
    stated_actor = stated(m.actor1) or stated(m.actor2)
    # "in the Gulf of Guinea": a water body is a place named too, though no toponym of a country
    named_place = bool(doc.toponyms.get(m.sentence)) or any(
        e.label_ in ("LOC", "GPE") and any(t.lower_ in water_words() for t in e)
        for e in doc.parses[m.sentence].ents
    )
    trigger_tok = doc.parses[m.sentence][m.trigger_i]
    # an indefinite target does not make a mere possibility a particular event ("the risk of a missile
    # hitting your factory", "a drone could hit a plant"): that one needs an actor, a place, a count or
    # a date ("weighing air strikes on rebel camps" stays)
    concrete = (
        concrete_argument(trigger_tok, trig.plover.mode)
        and not (m.factuality == "hypothetical" and indefinite_target(trigger_tok))
    ) or (trig.plover.type == "ASSAULT" and named_victim(trigger_tok))
    # a time the sentence itself gives ("further protests are planned for Thursday", "will hold a march
    # on Saturday") makes the event a particular one
    dated = m.date is not None and bool(m.date.text) and dated_in_clause(tok, m.date.text or "")
    # people wounded are a toll too ("a mortar shell landed in a camp, wounding five children"); not
    # people arrested ("police detained 22 people" beside a protest is that protest's outcome)
    other_count = m.injured is not None and m.injured.best is not None
    if not (
        stated_actor or named_place or has_count or other_count or said_by or antecedent or concrete or dated
    ):
        m.why["event"] = "dropped: no actor, no place named in the sentence, no fatality count"
        return None
    if unclaimed(tok):
        m.why["event"] = "dropped: an event nobody claimed ('there was no claim for the strike')"
        return None
    if antecedent is not None and remark_on_told(tok):
        m.why["event"] = "dropped: a remark on the event told before ('the attack was the deadliest')"
        return None
    if trig.id == "kill" and not (m.actor2 or has_count or named_victim(trigger_tok)):
        m.why["event"] = "dropped: a killing verb with no victim and no count"
        return None
    coder = default_coder()
    actor1, actor2 = m.actor1, m.actor2
    location, date = m.location, m.date
    historical = m.historical
    if not stated(actor2) and trig.plover.type == "ASSAULT":
        # "a bomb exploded outside a police station": the force whose facility it struck at
        at_facility = facility_target(coder, tok, doc.groups.get(m.sentence, []))
        if at_facility is not None:
            actor2 = at_facility
            m.why["actor2"] = (
                f"no target named: the force at whose facility it happened ({at_facility.text!r})"
            )
    if actor2 is None:
        # the sentence's own victims come before those of an earlier telling ("the deadliest attack
        # since 2019, when militants killed 35 civilians")
        actor2 = coder.victims(doc.parses[m.sentence], doc.groups.get(m.sentence, []))
        if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
            actor2 = None
        note(m.why, "actor2", actor2, "no target: the people the sentence says were killed/wounded/abducted")
    if antecedent is not None:
        # the same event told again: what this sentence does not say, the first telling did
        if m.location_source != "sentence" and antecedent.location is not None:
            location = antecedent.location
        if not (date and date.text) and antecedent.date.text:
            date = antecedent.date
        if (
            antecedent.historical
            and not dated
            and not any(not e.historical and e.plover.type == antecedent.plover.type for e in doc.events)
        ):
            # "... jailed for the 2016 market bombing. The organisers of the attack are still at large":
            # the earlier telling is background, this sentence gives the event no date of its own, and
            # the article reports no event of the day of that kind the word could refer to instead
            date, historical = antecedent.date, True
        if not has_count and antecedent.fatalities.best is not None:
            fatalities = antecedent.fatalities
        # an actor this sentence does not state (a default, the article's one armed group) gives way to
        # the first telling's ("claimed responsibility for the attack": the attack on US troops)
        if not stated(actor1) and antecedent.actor1 is not None:
            actor1 = antecedent.actor1
            m.why["actor1"] = "the earlier telling of this event"
        if not stated(actor2) and antecedent.actor2 is not None:
            actor2 = antecedent.actor2
            m.why["actor2"] = "the earlier telling of this event"
    country = location.country if location else None
    if country is None and len(doc.context_countries) == 1:
        country = next(iter(doc.context_countries))  # an article about one country
    if country:
        for key, actor in (("actor1", actor1), ("actor2", actor2)):
            if actor is not None and actor.id is None and actor.country is None:
                m.why[f"{key} country"] = f"an unnamed actor with no country: the event's country {country}"
        foreign = (
            actor1 is not None
            and actor1.kind == "state_forces"
            and actor1.country not in (None, country)
            and actor2 is not None
            and actor2.id is None
            and not actor2.text
            and actor2.kind == "political_militia"
            and trig.acled is not None
            and trig.acled.event_type == "Battles"
            # "Rwandan and Mozambican troops": fighting beside the host's own forces, not against them
            and not any(
                (c := coder.country_of(w)) is not None and c.iso3 == country for w in actor1.text.split()
            )
        )
        if foreign:
            # "Russia's forces captured five villages" in Ukraine: a state's forces fighting abroad with
            # no opponent named fight the forces of the country where it happens
            actor2 = coder.state("", coder.country_by_iso3(country))
            note(
                m.why,
                "actor2",
                actor2,
                f"foreign forces fighting in {country}: its forces are the other side",
            )
        actor1, actor2 = coder.placed(actor1, country), coder.placed(actor2, country)
        actor1, actor2 = coder.as_mission(actor1, country), coder.as_mission(actor2, country)
        actor1, actor2 = coder.as_affiliate(actor1, country), coder.as_affiliate(actor2, country)
        if actor2 is None and trig.acled is None:
            # a PLOVER-only event whose target goes unnamed acts on the country where it happens, as
            # CAMEO/PLOVER code it ("eased emergency measures in Montenegro": Serbia -> Montenegro)
            actor2 = coder.state("", coder.country_by_iso3(country), "Government")
            note(m.why, "actor2", actor2, f"no target named: the country where it happens, {country}")
    elif trig.acled is None or trig.acled.event_type != "Explosions/Remote violence":
        # (shells and missiles cross borders: their victims need not be of the firing side's country;
        # "President Andres Pastrana urged the rebels to return to talks": the president's rebels)
        actor1, actor2 = _placed_by_other(actor1, actor2, m.why, trig.acled is None)
    pair = trig.acled
    lemmas = _override_words(doc.parses[m.sentence], m.trigger_i)
    override = next(
        (o.acled for o in trig.sentence_overrides if lemmas & set(o.lemmas) and not lemmas & set(o.unless)),
        None,
    )
    m.why["acled"] = "the trigger entry's own" if pair is not None else "none: ACLED has no such type"
    if pair is None:
        pass  # a PLOVER type ACLED has no category for: acled stays null
    elif (
        antecedent is not None
        and antecedent.acled is not None
        and trig.generic
        and "territory" not in antecedent.acled.sub_event_type
        # "gunmen stormed the town ... 70 people were killed": the earlier telling's generic clash
        # gives way to what this mention's own target makes of it (civilians: an attack)
        and not (
            antecedent.acled.sub_event_type == "Armed clash"
            and (
                (actor2 is not None and actor2.kind in trig.acled_by_target)
                # ... and so does a word whose own type is violence against civilians ("the bodies of
                # three men, their hands tied, were found dumped beside a highway": killings)
                or (trig.acled is not None and trig.acled.event_type == "Violence against civilians")
            )
        )
    ):
        pair = AcledPair(
            event_type=antecedent.acled.event_type, sub_event_type=antecedent.acled.sub_event_type
        )
        m.why["acled"] = "the earlier event this anaphoric word refers back to"
    elif override is not None:
        pair = override
        m.why["acled"] = "a sentence override: the sentence has one of its words"
    elif actor1 is not None and actor1.kind in trig.acled_by_actor1:
        pair = trig.acled_by_actor1[actor1.kind]
        m.why["acled"] = f"actor1 is {actor1.kind}"
    elif actor2 is not None and actor2.kind in trig.acled_by_target:
        pair = trig.acled_by_target[actor2.kind]
        m.why["acled"] = f"actor2 is {actor2.kind}"
    elif actor1 is not None and actor1.kind == "state_forces" and trig.acled_state:
        pair = trig.acled_state
        m.why["acled"] = "actor1 is state forces"
    elif actor1 is not None and actor1.kind in NON_STATE and trig.acled_nonstate:
        pair = trig.acled_nonstate
        m.why["acled"] = "actor1 is a non-state armed group"
    acled_type = pair.event_type if pair is not None else None
    if acled_type == "Protests" and actor1 is not None and actor1.kind == "civilians":
        # "thousands of people marched": people who protest are protesters
        actor1 = actor1.model_copy(update={"kind": "protesters", "name": "Protesters"})
        m.why["actor1 kind"] = "people who protest are protesters"
    if acled_type == "Riots":
        # ACLED: the people in a riot are rioters, whatever the report calls them
        actor1, actor2 = (_as_rioters(a) for a in (actor1, actor2))
        if actor1 is not None and actor1.kind == "civilians":
            # "residents set fire to the homes of ...", "youths threw stones at troops": people who riot
            # are rioters (those they attack stay civilians)
            actor1 = actor1.model_copy(update={"kind": "rioters", "name": "Rioters"})
        elif (actor1 is None or (not stated(actor1) and actor1.id is None)) and pair is not trig.acled:
            # "a rally descended into clashes with police": a battle word a protest made a riot has
            # ACLED's riot actor1 where nobody is named
            actor1 = coder.generic("rioters", "")
            actor1 = coder.placed(actor1, country) if country else actor1
        m.why["actor kind"] = "in a riot, protesters are rioters"
    elif pair is not None and pair.sub_event_type in INTERVENTION:
        actor1, actor2 = protest_roles(pair.sub_event_type, actor1, actor2, country)
        m.why["actor swap"] = (
            "ACLED protest roles: protesters then the forces (intervention), or the forces then protesters"
        )
    sentence = doc.sentences[m.sentence]
    verbal = doc.parses[m.sentence][m.trigger_i].pos_ == "VERB"
    event = Event(
        id=event_id(doc.article.id, sentence.start, m.trigger_start),
        plover=Plover(type=trig.plover.type, mode=trig.plover.mode),
        acled=Acled(event_type=pair.event_type, sub_event_type=pair.sub_event_type) if pair else None,
        cameo=trig.cameo,
        actor1=actor1,
        actor2=actor2,
        location=location,
        date=date or EventDate(),
        fatalities=fatalities,
        injured=m.injured or Count(),
        captured=m.captured or Count(),
        factuality=m.factuality,
        attribution=m.attribution,
        historical=historical,
        evidence=Evidence(
            sentence=sentence.text, start=sentence.start, end=sentence.end, trigger=m.trigger_text
        ),
        confidence=0.0,
    )
    event.confidence, m.why["confidence"] = score(features(event, m, verbal))
    return event
