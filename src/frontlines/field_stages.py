"""The stages that code each field of the mentions a sentence holds: actors, dates, places, fatalities and
factuality (see `frontlines.stages` for the whole order and what each reads and writes)."""

from __future__ import annotations

from datetime import date

from frontlines.code.actor_phrases import stated
from frontlines.code.actor_refs import stays_unidentified
from frontlines.code.actors import default_coder
from frontlines.code.background import years_after
from frontlines.code.background_groups import news_groups
from frontlines.code.factuality import default_factuality
from frontlines.code.force_naming import police_unit, security_forces
from frontlines.code.quantities import default_quantities
from frontlines.code.roles import roles
from frontlines.code.story_doers import incident_start
from frontlines.geo.gazetteer import default_index
from frontlines.geo.places import choose_place
from frontlines.model import EventDate
from frontlines.pipeline import Doc, stage
from frontlines.when.context import Item, date_article, is_background


def next_in_paragraph(doc: Doc, k: int) -> str | None:
    """The text of the sentence after sentence `k`, when the same paragraph holds it."""
    if k + 1 >= len(doc.sentences) or doc.sentences[k + 1].paragraph != doc.sentences[k].paragraph:
        return None
    return doc.sentences[k + 1].text


@stage(
    "actors",
    "actors.v4",
    requires=["mentions", "groups", "article", "mentions.historical"],
    assigns=["mentions.actors"],
)
def code_actors(doc: Doc) -> Doc:
    assert doc.article is not None
    coder = default_coder()
    named = coder.scan_groups(doc.article.body)
    # an actor the text does not state is filled in only from groups the article names in its news
    in_news = news_groups(doc, named)
    for m in doc.mentions:
        tok = doc.parses[m.sentence][m.trigger_i]
        # a separate incident ("In Kirkuk, a roadside bomb ...") has only the groups it names itself, before
        cut = incident_start(doc, m.sentence)
        lo, hi = (0, len(doc.article.body) + 1) if cut is None else (cut, m.trigger_start)
        # "the militants" / "their fighters": the armed group the article last named before here
        before = [g for offset, g in named if lo <= offset < m.trigger_start]
        after = [g for offset, g in named if m.trigger_start <= offset < hi]
        news_before = [g for offset, g in in_news if lo <= offset < m.trigger_start]
        news_after = [g for offset, g in in_news if m.trigger_start <= offset < hi]
        if {g.id for g in news_after} != {g.id for g in after}:
            news_after = []  # "the only armed group named after it" counts the background ones too
        # the one armed group of the article so far, unless the article names it only in its background
        upto = [g for offset, g in named if lo <= offset < doc.sentences[m.sentence].end]
        scope = coder.in_scope(upto or after)
        if scope is not None and not any(g.id == scope.id for _, g in in_news):
            scope = None
        actor1, actor2 = roles(tok, m.trigger, doc.groups.get(m.sentence, []), m.why, scope)
        told = doc.sentences[m.sentence].text
        # the next sentence of the same paragraph ("No group claimed responsibility.")
        following = next_in_paragraph(doc, m.sentence) or ""
        if not stays_unidentified(actor1, told, following):
            b, a = (before, after) if stated(actor1) else (news_before, news_after)
            actor1 = coder.resolve_generic(actor1, b, a, m.why, "actor1")
        if not stays_unidentified(actor2, told):
            b, a = (before, after) if stated(actor2) else (news_before, news_after)
            actor2 = coder.resolve_generic(actor2, b, a, m.why, "actor2")
        m.actor1 = police_unit(security_forces(actor1, actor2, m.trigger))
        m.actor2 = police_unit(security_forces(actor2, actor1, m.trigger))
    return doc


@stage(
    "places",
    "places.v3",
    requires=[
        "mentions",
        "toponyms",
        "english",
        "context_countries",
        "mentions.actors",
        "mentions.historical",
        "mentions.factuality",
    ],
    assigns=["mentions.location"],
)
def code_places(doc: Doc) -> Doc:
    for m in doc.mentions:
        found = choose_place(doc, m, default_index(), default_coder().not_a_place)
        if found is not None:
            m.location, m.location_source = found
    return doc


@stage(
    "dates", "dates.v3", requires=["mentions", "article"], assigns=["mentions.date", "mentions.historical"]
)
def code_dates(doc: Doc) -> Doc:
    """Dates in text order with the article's context carried over (`when/context.py`, docs/dates.md)."""
    assert doc.article is not None
    ref_text = doc.article.published or (doc.article.dateline.date if doc.article.dateline else None)
    ref = date.fromisoformat(ref_text) if ref_text else None
    order = sorted(doc.mentions, key=lambda m: (m.sentence, m.trigger_i))
    items = []
    for m in order:
        parse = doc.parses[m.sentence]
        # "called for more protests on Monday": a predicted event's weekday lies ahead
        ahead = default_factuality().factuality(parse[m.trigger_i])[0] == "predicted"
        items.append(Item(doc.sentences[m.sentence].paragraph, parse, m.trigger_i, ahead))
    told = [(s.paragraph, doc.parses.get(i, s.text)) for i, s in enumerate(doc.sentences)]
    lead = None
    if doc.sentences:
        first = doc.sentences[0].paragraph
        lead = (first, " ".join(s.text for s in doc.sentences if s.paragraph == first))
    dl = doc.article.dateline.date if doc.article.dateline else None
    dl_day = date.fromisoformat(dl) if dl else None
    dated = date_article(items, ref, lead, dl_day, told) if ref is not None else [None] * len(order)
    for m, d in zip(order, dated, strict=True):
        if d is None or d.resolved is None:
            m.date = EventDate(text=None, start=ref_text, end=ref_text, precision=None)
            m.why["date"] = f"no date stated for this event: the reference date {ref_text}"
            continue
        text = d.text
        if text == "dateline":  # dated by the dateline: its words are the date expression
            text = doc.article.body[: doc.dateline_end].strip(" \t\n—–-:") or text
        m.date = EventDate(
            text=text, start=d.resolved.start.isoformat(), end=d.resolved.end.isoformat(),
            precision=d.resolved.precision,
        )  # fmt: skip
        m.historical = ref is not None and is_background(d.resolved, ref)
        m.why["date"] = f"{d.text!r} resolved against {ref_text} (docs/dates.md)"
        m.why["historical"] = str(ref_text)
    for m in order:
        if m.historical:
            continue
        tok = doc.parses[m.sentence][m.trigger_i]
        remembered = default_factuality().remembered(tok)
        if remembered is not None:
            m.historical = True
            m.why["historical"] = f"remembered, not reported: the {remembered} of it"
        span = years_after(tok)
        if span is not None:
            m.historical = True
            m.why["historical"] = f"told as {span!r} ago"
    return doc


@stage(
    "fatalities",
    "fatalities.v2",
    requires=["mentions"],
    assigns=["mentions.fatalities", "mentions.injured", "mentions.captured"],
)
def code_fatalities(doc: Doc) -> Doc:
    coder = default_quantities()
    for m in doc.mentions:
        parse = doc.parses[m.sentence]
        m.fatalities, m.injured, m.captured = coder.counts(parse, parse[m.trigger_i])
    return doc


@stage(
    "factuality",
    "factuality.v2",
    requires=["mentions", "mentions.date"],
    assigns=["mentions.factuality", "mentions.attribution"],
)
def code_factuality(doc: Doc) -> Doc:
    coder = default_factuality()
    assert doc.article is not None
    notes: dict[int, str | None] = {}
    for m in doc.mentions:
        tok = doc.parses[m.sentence][m.trigger_i]
        m.factuality, m.factuality_cue = coder.factuality(tok)
        m.why["factuality"] = f"cue {m.factuality_cue!r}" if m.factuality_cue else "no cue: asserted"
        if m.factuality == "asserted":
            # "..., though it was impossible to verify their accounts" (after the trigger, in its sentence)
            rest = coder.unverified_note(
                doc.article.body[m.trigger_start : doc.sentences[m.sentence].end], None
            )
            if rest is not None and not coder.doubt_elsewhere(tok):
                m.factuality, m.factuality_cue = "uncertain", rest
                m.why["factuality"] = f"cue {m.factuality_cue!r}"
        after = m.sentence + 1
        following = next_in_paragraph(doc, m.sentence)
        if following is not None:
            if after not in notes:
                notes[after] = coder.unverified_note(following)
            note = notes[after]
            if m.factuality == "asserted" and note is not None:
                # "Rebels said they shot down a helicopter. Reuters could not independently verify the claim."
                m.factuality, m.factuality_cue = "uncertain", f"{note} (the next sentence)"
                m.why["factuality"] = f"cue {m.factuality_cue!r}"
        m.attribution = coder.attribution(tok)
        published = doc.article.published
        if (
            m.factuality == "asserted"
            and m.date is not None
            and m.date.text
            and m.date.start
            and published
            and m.date.start > published
        ):
            m.factuality, m.factuality_cue = "predicted", m.date.text
            m.why["factuality"] = f"date {m.date.text!r} is after publication ({published})"
    return doc
