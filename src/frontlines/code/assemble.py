"""From a finished mention to a contract `Event`: ontology codes, ids, the evidence and a confidence.

ACLED sub-event type: the trigger's `acled`, replaced by the first of its `sentence_overrides` whose
lemmas occur in the sentence, else by `acled_by_target[kind of actor2]` (civilians, protesters), by
`acled_state` when actor1 is state forces, by `acled_nonstate` when actor1 is a non-state armed
group. State forces with no country take the country of the event's location. With no actor2, the
people the sentence says were killed, wounded or abducted are actor2. In riots, protesters are
coded as rioters; in protests met with intervention or excessive force, protesters are actor2.

A mention becomes an event only with some substance beyond the trigger word: an actor, a place the
sentence itself names, or a fatality count; a generic killing verb ("kill") also needs a victim or a
count. This keeps sports and market metaphors ("the striker attacked the box") out.

`confidence` is the calibrated probability that the event is right (`frontlines.code.confidence`: a
logistic model over binary features of the event, fitted on the team gold dev split).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from frontlines.code.actors import default_coder, stated
from frontlines.code.confidence import features, score
from frontlines.code.roles import protest_roles
from frontlines.model import Acled, Actor, Count, Event, EventDate, Evidence, Fatalities, Plover
from frontlines.trace import note

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

NON_STATE = {"rebels", "political_militia", "identity_militia", "external"}
INTERVENTION = {"Protest with intervention", "Excessive force against protesters"}


def _as_rioters(actor: Actor | None) -> Actor | None:
    if actor is None or actor.kind != "protesters":
        return actor
    return actor.model_copy(update={"kind": "rioters", "name": "Rioters"})


def event_id(article_id: str, start: int, trigger_start: int) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{trigger_start}".encode()).hexdigest()[:16]


def to_event(doc: Doc, m: Mention) -> Event | None:
    assert doc.article is not None
    trig = m.trigger
    fatalities = m.fatalities or Fatalities()
    has_count = fatalities.best is not None
    # a place counts as substance only when the sentence names it (not the dateline fallback)
    if not (stated(m.actor1) or stated(m.actor2) or m.location_source == "sentence" or has_count):
        m.why["event"] = "dropped: no actor, no place named in the sentence, no fatality count"
        return None
    if trig.id == "kill" and not (m.actor2 or has_count):
        m.why["event"] = "dropped: a killing verb with no victim and no count"
        return None
    coder = default_coder()
    actor1, actor2 = m.actor1, m.actor2
    if actor2 is None:
        actor2 = coder.victims(doc.parses[m.sentence], doc.groups.get(m.sentence, []))
        if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
            actor2 = None
        note(m.why, "actor2", actor2, "no target: the people the sentence says were killed/wounded/abducted")
    country = m.location.country if m.location else None
    if country is None and len(doc.context_countries) == 1:
        country = next(iter(doc.context_countries))  # an article about one country
    if country:
        for key, actor in (("actor1", actor1), ("actor2", actor2)):
            if actor is not None and actor.id is None and actor.country is None:
                m.why[f"{key} country"] = f"an unnamed actor with no country: the event's country {country}"
        actor1, actor2 = coder.placed(actor1, country), coder.placed(actor2, country)
    pair = trig.acled
    lemmas = {t.lemma_.lower() for t in doc.parses[m.sentence]} | {t.lower_ for t in doc.parses[m.sentence]}
    override = next((o.acled for o in trig.sentence_overrides if lemmas & set(o.lemmas)), None)
    m.why["acled"] = "the trigger entry's own"
    if override is not None:
        pair = override
        m.why["acled"] = "a sentence override: the sentence has one of its words"
    elif actor2 is not None and actor2.kind in trig.acled_by_target:
        pair = trig.acled_by_target[actor2.kind]
        m.why["acled"] = f"actor2 is {actor2.kind}"
    elif actor1 is not None and actor1.kind == "state_forces" and trig.acled_state:
        pair = trig.acled_state
        m.why["acled"] = "actor1 is state forces"
    elif actor1 is not None and actor1.kind in NON_STATE and trig.acled_nonstate:
        pair = trig.acled_nonstate
        m.why["acled"] = "actor1 is a non-state armed group"
    if pair.event_type == "Protests" and actor1 is not None and actor1.kind == "civilians":
        # "thousands of people marched": people who protest are protesters
        actor1 = actor1.model_copy(update={"kind": "protesters", "name": "Protesters"})
        m.why["actor1 kind"] = "people who protest are protesters"
    if pair.event_type == "Riots":
        # ACLED: the people in a riot are rioters, whatever the report calls them
        actor1, actor2 = (_as_rioters(a) for a in (actor1, actor2))
        m.why["actor kind"] = "in a riot, protesters are rioters"
    elif pair.sub_event_type in INTERVENTION:
        actor1, actor2 = protest_roles(pair.sub_event_type, actor1, actor2, country)
        m.why["actor swap"] = (
            "ACLED protest roles: protesters then the forces (intervention), or the forces then protesters"
        )
    sentence = doc.sentences[m.sentence]
    verbal = doc.parses[m.sentence][m.trigger_i].pos_ == "VERB"
    event = Event(
        id=event_id(doc.article.id, sentence.start, m.trigger_start),
        plover=Plover(type=trig.plover.type, mode=trig.plover.mode),
        acled=Acled(event_type=pair.event_type, sub_event_type=pair.sub_event_type),
        cameo=trig.cameo,
        actor1=actor1,
        actor2=actor2,
        location=m.location,
        date=m.date or EventDate(),
        fatalities=fatalities,
        injured=m.injured or Count(),
        captured=m.captured or Count(),
        factuality=m.factuality,
        attribution=m.attribution,
        historical=m.historical,
        evidence=Evidence(
            sentence=sentence.text, start=sentence.start, end=sentence.end, trigger=m.trigger_text
        ),
        confidence=0.0,
    )
    event.confidence, m.why["confidence"] = score(features(event, m, verbal))
    return event
