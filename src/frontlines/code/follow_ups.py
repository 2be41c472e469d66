"""Follow-up mentions: sentences that tell again an event told before, with words that alone tell no
event ("Two more soldiers were wounded.", "Five bodies were found beside the highway.", "Al Shabaab
claimed responsibility."). A `follow_up` trigger entry (triggers.v1.yaml) makes an event only in an
article that told an event of its PLOVER type before it, and stands for the last such event (its
ACLED type, and what the sentence does not say: place, date, victims); with none told (a road
accident's injured, a drowned hiker's body found), or denied by its subject ("no group has claimed
responsibility"), it is no event.
"""

from __future__ import annotations

from typing import Any

from frontlines.code.actor_phrases import stated
from frontlines.code.assemble import event_id, to_event
from frontlines.code.mention import Mention
from frontlines.code.nobody import claim_denied
from frontlines.model import Event
from frontlines.pipeline import Doc


def told_before(doc: Doc, m: Mention) -> Event | None:
    """The last event the article coded before `m` of its trigger's PLOVER type; when the sentence
    states who acts, the last one that actor did ("Al Shabaab claimed responsibility": its attack on
    the restaurant, not the security forces' raid that ended the siege)."""
    kind = m.trigger.plover.type
    # (the wounded of a riot are a riot's: "Rioters threw bricks at police ... ¶ 39 officers were injured")
    before = [
        e
        for e in doc.events
        if (
            e.plover.type == kind
            or (kind == "ASSAULT" and e.acled is not None and e.acled.event_type == "Riots")
        )
        and e.evidence.start < m.trigger_start
    ]
    if stated(m.actor1):
        assert m.actor1 is not None
        own = [e for e in before if e.actor1 is not None and e.actor1.name == m.actor1.name]
        before = own or before
    if not before:
        return None
    # of the events of the last sentence that told one, the last not told in a clause that describes a
    # noun ("Rioters threw bricks at a mosque on Tuesday, hours after a vigil for three girls killed in a
    # knife attack on Monday. ¶ Police said 39 officers had been injured": the rioting's, not the attack's)
    last = [e for e in before if e.evidence.start == before[-1].evidence.start]
    main = [e for e in last if not _describes_noun(doc, e)]
    return (main or last)[-1]


def _describes_noun(doc: Doc, event: Event) -> bool:
    """The trigger of `event` lies in a participle or relative clause hung on a noun ("three girls killed
    in a knife attack")."""
    article = doc.article.id if doc.article is not None else ""
    for m in doc.mentions:
        sentence = doc.sentences[m.sentence]
        if sentence.start == event.evidence.start and event.id == event_id(
            article, sentence.start, m.trigger_start
        ):
            tok = doc.parses[m.sentence][m.trigger_i]
            while tok.head.i != tok.i:
                if tok.dep_ in ("acl", "relcl"):
                    return True
                if tok.tag_ in ("VBD", "VBZ", "VBP"):
                    return (
                        False  # a finite verb heads a clause of its own ("... passed and then opened fire")
                    )
                tok = tok.head
            return False
    return False


def orphan_toll(doc: Doc, m: Mention) -> bool:
    """True when `m` is a follow-up trigger that tells no event: another trigger of its sentence tells
    one of its PLOVER type or its own clause denies it ("no group has claimed responsibility"; for a
    generic word, which tells nothing of its own), or the article coded none of its type before it."""
    if not m.trigger.follow_up:
        return False
    # "claimed responsibility, saying it had attacked a militia": the sentence tells the act itself
    kind = m.trigger.plover.type
    if m.trigger.generic and (
        any(o is not m and o.sentence == m.sentence and o.trigger.plover.type == kind for o in doc.mentions)
        or claim_denied(doc.parses[m.sentence][m.trigger_i])
    ):
        return True
    return told_before(doc, m) is None


_CLAIMS = {"claim", "accept", "admit"}
_DEADLINE = {"by", "until", "till"}


def _own_day(doc: Doc, m: Mention) -> bool:
    """The sentence dates the act it tells itself ("five bodies were dumped on Sunday night"): a date
    the sentence gives, not a deadline ("recovered by Monday evening"), not the day of a claim
    (made after the act)."""
    tok: Any = doc.parses[m.sentence][m.trigger_i]
    text = m.date.text if m.date is not None else None
    if not text or tok.lemma_.lower() in _CLAIMS:
        return False
    sentence = doc.sentences[m.sentence].text.lower()
    at = sentence.find(text.lower())
    return at >= 0 and sentence[:at].split()[-1:] not in ([w] for w in _DEADLINE)


def follow_up_event(doc: Doc, m: Mention) -> Event | None:
    """The event a follow-up mention tells again, coded with the last event of its kind told before as
    its antecedent, on that event's date unless the sentence dates its act itself ("150 bodies
    recovered by Monday evening", "claimed responsibility on Sunday": the dead are found and the claim
    made after the attack, whose day is the event's)."""
    before = told_before(doc, m)
    event = to_event(doc, m, before)
    if event is None or before is None or _own_day(doc, m):
        return event
    return event.model_copy(update={"date": before.date, "historical": before.historical})
