"""The promise, threat or refusal an announced or refused action stands for (PLOVER): a second event of
the intent type beside the action's own ("will provide aid" is also an AGREE, "did not agree" a REJECT).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from frontlines.knowledge import cues, ontology
from frontlines.model import Event, Plover, PloverType

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc


def intent_event(doc: Doc, m: Mention, event: Event) -> Event | None:
    """The promise or threat an announced action stands for (PLOVER): "will provide aid" is also an
    AGREE, "plans to impose restrictions" also a THREATEN. For a predicted event (or a hypothetical one
    whose cue is a threat mark, "unless"; or a possible act a party says it could or might take)
    whose trigger has an `intent`, or whose PLOVER type has one in
    the ontology (`plover.intent`), this is a second event of the intent type, asserted (the promise
    was made), with no ACLED type; THREATEN whenever a threat mark is in the sentence. Likewise a
    negated event of a type with a `plover.negated` type ("did not agree": REJECT) is that refusal."""
    trig = m.trigger
    marks = set(cues().threat_marks)
    cue = (m.factuality_cue or "").lower()
    trigger_tok = doc.parses[m.sentence][m.trigger_i]
    # "would attack Israel if it were attacked": a conditional promise of action is a threat too
    # a noun's promise is on the verb it is the object of ("would consider a naval blockade if ...")
    carrier = trigger_tok
    if trigger_tok.pos_ in ("NOUN", "PROPN") and trigger_tok.dep_ in ("dobj", "nsubjpass"):
        carrier = trigger_tok.head
    aux = {c.lower_ for c in carrier.children if c.dep_ == "aux"}
    promised = bool(aux & {"will", "would", "'ll"}) and "have" not in aux  # not "would have attacked"
    # "vowed to step up attacks if ...", "threatened to strike unless ...": the act a party vows or threatens
    promised = promised or _vowed(carrier)
    conditional_threat = m.factuality == "hypothetical" and (cue in marks or (cue == "if" and promised))
    # "warned it could break off relations", "said it might expel diplomats": a possible act a party
    # announces is announced all the same (CAMEO 13 threaten, 03 express intent)
    f = cues().factuality
    announced_possibility = (
        m.factuality in ("hypothetical", "uncertain")
        and cue in {w.lower() for w in (*f.hypothetical_aux, *f.uncertain_aux)}
        and trigger_tok.dep_ == "ccomp"
        and trigger_tok.head.lemma_.lower() in {w.lower() for w in cues().say_verbs}
    )
    # "is considering a ban on steel imports", "is weighing sanctions": an act a party says it weighs is
    # announced too (GSR: "plans to impose restrictions" is a threat)
    # (the cue is the word as written: "considering")
    cue_lemmas = {t.lemma_.lower() for t in doc.parses[m.sentence] if t.lower_ == cue}
    weighing = {w.lower() for w in f.considering_verbs}
    considered = m.factuality == "hypothetical" and bool(cue_lemmas & weighing)
    plover_spec = ontology().plover
    if m.factuality == "negated" and trig.plover.type in plover_spec.negated:
        # "will not accept more refugees": a refusal, asserted
        intent: PloverType | None = plover_spec.negated[trig.plover.type]
        marks = set()
    elif m.factuality == "predicted" or conditional_threat or announced_possibility or considered:
        # troops to be sent to help are aid promised (code/plover_purpose.py)
        own = "AID" if event.plover.type == "AID" and trig.plover.type == "MOBILIZE" else trig.plover.type
        intent = trig.intent or plover_spec.intent.get(own)
    else:
        return None
    if intent is None:
        return None
    words = {t.lower_ for t in doc.parses[m.sentence]}
    ptype: PloverType = "THREATEN" if words & marks else intent
    return event.model_copy(
        update={
            "id": hashlib.sha256(f"{event.id}:{ptype}".encode()).hexdigest()[:16],
            "plover": Plover(type=ptype),
            "acled": None,
            "cameo": plover_spec.cameo.get(ptype, trig.cameo),
            "factuality": "hypothetical"
            if m.factuality == "hypothetical" and not (announced_possibility or considered)
            else "asserted",
        }
    )


def _vowed(tok: Any) -> bool:
    """The act (up a chain of infinitives) is what a party vows, promises or threatens to do."""
    frames = cues().plover_frames
    governors = {w.lower() for w in frames.intent_governors} if frames else set()
    governors.add("threaten")
    seen = 0
    while getattr(tok, "dep_", "") == "xcomp" and seen < 4:
        tok = tok.head
        seen += 1
        if tok.lemma_.lower() in governors:
            return True
    return False
