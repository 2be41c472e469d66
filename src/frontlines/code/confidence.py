"""An event's confidence: the probability that it is right, from a logistic model fitted on the team gold
dev split (`scripts/fit_confidence.py` writes `data/confidence.v1.json`).

"Right" is what `frontlines eval` scores: the event matches a gold event (same sentence, compatible
type) and, where the gold gives one, has its ACLED sub-event type. The features are binary facts about
the coded event (`FEATURES`); the score is `1 / (1 + exp(-(intercept + sum of the weights of the
features present)))`, rounded to two decimals and kept within [0.01, 0.99].
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from frontlines.knowledge import ConfidenceModel, confidence_model

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.model import Event

# name -> what it means (the fitted file must list exactly these)
FEATURES: dict[str, str] = {
    "actor1": "actor1 coded",
    "actor2": "actor2 coded",
    "named_actor": "an actor is a named group or state forces of a named country",
    "place_in_sentence": "the place is named in the event's sentence",
    "place_fallback": "the place comes from the paragraph or the dateline",
    "date_stated": "the sentence states a date",
    "fatalities": "a fatality count",
    "verbal": "the trigger is a verb",
    "not_asserted": "predicted, hypothetical, negated or uncertain",
    "historical": "background, not news of the day",
    "attribution": "the sentence says who reports it",
    "battles": "ACLED Battles",
    "remote_violence": "ACLED Explosions/Remote violence",
    "civilians": "ACLED Violence against civilians",
    "demonstrations": "ACLED Protests or Riots",
}


def features(event: Event, m: Mention, verbal: bool) -> dict[str, float]:
    """The binary features of a coded event (1.0 present; absent ones are left out)."""
    kind = event.acled.event_type if event.acled else ""
    actors = [a for a in (event.actor1, event.actor2) if a is not None]
    present = {
        "actor1": event.actor1 is not None,
        "actor2": event.actor2 is not None,
        "named_actor": any(a.id is not None for a in actors),
        "place_in_sentence": m.location_source == "sentence",
        "place_fallback": m.location_source in ("paragraph", "dateline"),
        "date_stated": bool(event.date.text),
        "fatalities": event.fatalities.best is not None,
        "verbal": verbal,
        "not_asserted": event.factuality != "asserted",
        "historical": event.historical,
        "attribution": event.attribution is not None,
        "battles": kind == "Battles",
        "remote_violence": kind == "Explosions/Remote violence",
        "civilians": kind == "Violence against civilians",
        "demonstrations": kind in ("Protests", "Riots"),
    }
    return {name: 1.0 for name, on in present.items() if on}


def score(feats: dict[str, float], model: ConfidenceModel | None = None) -> tuple[float, str]:
    """(confidence, the components as text for `frontlines explain`)."""
    model = model or confidence_model()
    z = model.intercept + sum(model.weights.get(name, 0.0) * v for name, v in feats.items())
    p = 1.0 / (1.0 + math.exp(-z))
    value = round(min(max(p, 0.01), 0.99), 2)
    parts = " ".join(f"{name} {model.weights.get(name, 0.0):+.2f}" for name in feats)
    return value, f"logistic({model.intercept:+.2f} {parts}) = {p:.3f} [{model.version}]"
