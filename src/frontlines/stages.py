"""The default stages, in order. Each is a `Doc -> Doc` function with a name, a version, and the Doc
fields it requires and assigns; `default_stages(settings)` returns them for `Pipeline`.

    article.v2     raw text -> Article: chrome removed, language, dateline, genre    [clean/]
    dedupe.v1      exact / near-duplicate of an article seen earlier in the batch    [clean/dedupe.py]
    sentences.v1   Article -> sentences, candidates flagged by the lexical pass     [nlp/candidates.py]
    parse.v2       candidate sentences -> spaCy parses (verb lemmas fixed)           [nlp/models.py, lemmas]
    entities.v2    parses -> named groups, toponyms; whole body -> context countries [code/actors.py, geo/]
    triggers.v1    parses + toponyms -> mentions (one per sentence with a trigger)   [code/triggers.py]
    actors.v4      mentions -> actor1 / actor2                             [code/actors.py, code/roles.py]
    dates.v3       mentions -> date, historical (context carried across sentences)   [when/]
    places.v3      mentions -> location (sentence, paragraph, article, dateline)    [geo/]
    fatalities.v2  mentions -> fatalities, injured, captured                  [code/quantities.py]
    factuality.v2  mentions -> factuality, attribution                               [code/factuality.py]
    events.v3      mentions -> contract events (ids, ontology codes, calibrated confidence) [code/assemble.py]
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from frontlines.clean.article import build_article
from frontlines.clean.dedupe import Deduper
from frontlines.code.actor_phrases import stated
from frontlines.code.actors import default_coder
from frontlines.code.assemble import antecedent, crowd_arrests, intent_event, interceptions, to_event
from frontlines.code.background import generic_statement, tally_over_years
from frontlines.code.follow_ups import follow_up_event, orphan_toll
from frontlines.code.mention import Mention
from frontlines.code.plover_charges import charge_event, official_protest
from frontlines.code.plover_partner import with_partner, with_place_target, with_speaker_country
from frontlines.code.plover_purpose import helping_deployment
from frontlines.code.plover_receive import decided, received
from frontlines.code.plover_roles import with_target
from frontlines.code.story_doers import aerial_doers, home_forces
from frontlines.code.topics import figurative_topic, names_a_team
from frontlines.code.trigger_syntax import own_subject, same_doer
from frontlines.code.triggers import default_matcher
from frontlines.config import Settings
from frontlines.errors import Duplicate
from frontlines.field_stages import code_actors, code_dates, code_factuality, code_fatalities, code_places
from frontlines.geo.coordinated import coordinated_places
from frontlines.geo.gazetteer import default_index, surnames
from frontlines.geo.places import context_countries
from frontlines.knowledge import ontology
from frontlines.model import Event, Fatalities, Plover
from frontlines.nlp.candidates import is_candidate
from frontlines.nlp.lemmas import fix_verb_lemmas
from frontlines.nlp.models import english_words, load_spacy, prepared
from frontlines.nlp.text import split_sentences
from frontlines.pipeline import Doc, Sentence, Stage, stage


def article_stage(settings: Settings) -> Stage:
    index = default_index()

    @stage(
        "article",
        "article.v2",
        requires=["raw", "published", "source", "url", "title", "genre_hint"],
        assigns=["article", "dateline_end"],
    )
    def make_article(doc: Doc) -> Doc:
        built = build_article(
            doc.raw,
            settings.clean,
            published=doc.published,
            source=doc.source,
            url=doc.url,
            title=doc.title,
            genre_hint=doc.genre_hint,
            is_place=index.knows,
        )
        doc.article = built.article
        doc.dateline_end = built.dateline_end
        doc.trace.chrome = built.cleaned.decisions
        return doc

    return make_article


def dedupe_stage(deduper: Deduper) -> Stage:
    @stage("dedupe", "dedupe.v1", requires=["article"], assigns=[])
    def dedupe(doc: Doc) -> Doc:
        assert doc.article is not None
        found = deduper.check_and_add(doc.article.id, doc.article.body)
        if found is not None:
            raise Duplicate(found.original, found.similarity, found.exact, article=doc.article)
        return doc

    return dedupe


def sentences_stage(settings: Settings) -> Stage:
    scope = settings.extract.event_scope

    @stage("sentences", "sentences.v1", requires=["article", "dateline_end"], assigns=["sentences"])
    def make_sentences(doc: Doc) -> Doc:
        assert doc.article is not None
        body = doc.article.body
        # the dateline is not part of the first sentence: "ADEN, June 13, 2018 — The coalition ..."
        skip = doc.dateline_end
        doc.sentences = []
        for sp in split_sentences(body):
            start = skip if sp.start < skip < sp.end else sp.start
            text = body[start : sp.end]
            doc.sentences.append(Sentence(start, sp.end, text, sp.paragraph, is_candidate(text, scope)))
        return doc

    return make_sentences


def parse_stage(settings: Settings) -> Stage:
    """The candidate sentences parsed; its batch form parses those of several documents in one spaCy
    call (spaCy's annotations of a sentence do not depend on the others in its batch)."""
    x = settings.extract

    def wanted(doc: Doc) -> list[int]:
        return [
            i
            for i, s in enumerate(doc.sentences)
            if (s.candidate or not x.candidates_only) and len(s.text) <= x.max_sentence_chars
        ]

    def parse_all(docs: list[Doc]) -> list[Doc]:
        todo = [(doc, i) for doc in docs for i in wanted(doc)]
        if not todo:
            return docs
        nlp = load_spacy(settings.nlp.model, tuple(settings.nlp.disable))
        texts = (prepared(nlp, doc.sentences[i].text.replace("\n", " ")) for doc, i in todo)
        parsed = list(nlp.pipe(texts, batch_size=settings.nlp.batch_size))
        for (doc, i), sent in zip(todo, parsed, strict=True):
            doc.parses[i] = fix_verb_lemmas(sent)
        return docs

    @stage(
        "parse",
        f"parse.v2+{settings.nlp.model}",
        requires=["sentences"],
        assigns=["parses"],
        many=parse_all,
    )
    def parse(doc: Doc) -> Doc:
        return parse_all([doc])[0]

    return parse


def entities_stage(settings: Settings) -> Stage:
    """Named groups and toponyms in the parses; the model's English word list guards town names inside
    longer foreign names (read from the model at first use, as the model itself is loaded)."""
    model, disable = settings.nlp.model, tuple(settings.nlp.disable)

    @stage(
        "entities",
        "entities.v2",
        requires=["parses", "article"],
        assigns=["groups", "toponyms", "english", "context_countries"],
    )
    def find_entities(doc: Doc) -> Doc:
        assert doc.article is not None
        coder, index = default_coder(), default_index()
        people = surnames(doc.parses.values())
        english = doc.english = english_words(model, disable) if doc.parses else frozenset()
        for i, parse in doc.parses.items():
            groups = coder.find_groups(parse)
            doc.groups[i] = groups
            blocked = [(g.token_start, g.token_end) for g in groups]
            doc.toponyms[i] = index.find_in_parse(parse, doc.sentences[i].start, blocked, people, english)
        doc.context_countries = context_countries(index, doc.article, coder.demonym_iso3, coder.not_a_place)
        return doc

    return find_entities


SENTENCE_LIMIT = 3
"""events kept of one sentence (the strongest triggers)"""
PLOVER_ALL_LIMIT = 6
"""the same with extract.event_scope = all"""


def triggers_stage(settings: Settings) -> Stage:
    """Trigger matching; with event_scope "all" the stage version says so ("triggers.v1+all")."""
    matcher = default_matcher(settings.extract.event_scope)
    # every PLOVER type coded: a long sentence's main act, often a low-priority PLOVER-only entry ("expressed
    # support for the air strikes, which began after the Taliban refused to surrender ..."), is not
    # crowded out by the events of its background clauses
    limit = PLOVER_ALL_LIMIT if settings.extract.event_scope == "all" else SENTENCE_LIMIT

    @stage("triggers", matcher.version, requires=["parses", "toponyms"], assigns=["mentions"])
    def find_triggers(doc: Doc) -> Doc:
        for i, parse in sorted(doc.parses.items()):
            tops = doc.toponyms.get(i, [])
            toponym_tokens = {t for top in tops for t in range(top.token_start, top.token_end)}
            notes = doc.trace.triggers.setdefault(i, [])
            chosen = matcher.select(matcher.find(parse, toponym_tokens, notes), limit=limit, notes=notes)
            for hit in chosen or matcher.relaxed_hits(parse, toponym_tokens):
                span = parse[hit.start_i : max(hit.token_i, hit.end_i) + 1]
                doc.mentions.append(
                    Mention(
                        sentence=i,
                        trigger_i=hit.token_i,
                        trigger_text=span.text,
                        trigger_start=doc.sentences[i].start + span.start_char,
                        trigger=hit.trigger,
                    )
                )
        return doc

    return find_triggers


def events_stage(settings: Settings) -> Stage:
    """Contract events; with event_scope "all" also the promise / threat events of announced actions."""
    scope = settings.extract.event_scope

    @stage(
        "events",
        "events.v3" if scope == "conflict" else f"events.v3+{scope}",
        requires=[
            "mentions.actors",
            "mentions.location",
            "mentions.date",
            "mentions.fatalities",
            "mentions.factuality",
            "article",
        ],
        assigns=["events"],
    )
    def make_events(doc: Doc) -> Doc:
        assert doc.article is not None
        # (sentence, type, sub-type or mode, factuality) -> (actor1 name, subject lemma) of each event kept
        seen: dict[tuple[Any, ...], list[tuple[str, str] | None]] = {}
        placed: list[tuple[int, Event, dict[str, str]]] = []
        topic = figurative_topic(doc.article.body)
        published = doc.article.published
        year = int(published[:4]) if published else None
        for m in doc.mentions:
            if orphan_toll(doc, m):
                m.why["event"] = "dropped: a follow-up word, and no event of its kind told before it"
                continue
            event = follow_up_event(doc, m) if m.trigger.follow_up else to_event(doc, m, antecedent(doc, m))
            if event is None:
                continue
            if topic is not None and not (
                (
                    topic[1] == "actor_or_count"
                    and (event.actor1 or event.actor2 or event.fatalities.best is not None)
                )
                # a named armed side or force, not a default nor the played-against ("31 opponents");
                # in fiction, one the text itself ties to a country or a known group ("Ukrainian
                # soldiers", not "snipers shot at anyone crossing the bridge" in a memoir's review)
                or any(
                    a is not None
                    and stated(a)
                    and a.kind != "civilians"
                    and (
                        topic[1] != "named_actor"
                        or own is None
                        or own.id is not None
                        or own.country is not None
                    )
                    and not (topic[0] == "sports" and names_a_team(a.text))
                    for a, own in ((event.actor1, m.actor1), (event.actor2, m.actor2))
                )
            ):
                what = {"actor": "actor", "named_actor": "named actor"}.get(topic[1], "actor or count")
                m.why["event"] = f"dropped: a {topic[0]} report, and no {what} says this is violence"
                continue
            kind_of = generic_statement(doc.parses[m.sentence][m.trigger_i])
            if kind_of is not None:
                m.why["event"] = f"dropped: said of {kind_of!r} in general (a present-tense relative clause)"
                continue
            tally = tally_over_years(doc.parses[m.sentence][m.trigger_i], year)
            if tally is not None:
                m.why["event"] = f"dropped: a toll or record over years ({tally!r}), not one event"
                continue
            if scope == "all":
                if m.trigger.frame is not None or m.trigger.relaxed:
                    if event.actor1 is None:
                        # a frame tells only who announces, offers or asks, a relaxed entry fires on its
                        # verb alone: no party, no event
                        m.why["event"] = "dropped: a PLOVER frame or relaxed entry with no actor acting"
                        continue
                    if event.factuality in ("predicted", "negated", "hypothetical"):
                        # a frame's event is the announcement, offer or refusal itself, made now
                        event = event.model_copy(update={"factuality": "asserted"})
                riot = ontology().plover.by_acled.get(event.acled.event_type) if event.acled else None
                if riot is not None and riot != event.plover.type:
                    # "rioters torched shops": a riot's arson is a PROTEST (riot) in PLOVER
                    event = event.model_copy(update={"plover": Plover(type=riot)})
                event = official_protest(event, doc.parses[m.sentence][m.trigger_i])
                event = helping_deployment(event, doc.parses[m.sentence][m.trigger_i])
                if m.trigger.plover_all is not None:
                    # the PLOVER type of the entry's CAMEO code ("signed an agreement": SUPPORT 057)
                    event = event.model_copy(update={"plover": Plover(type=m.trigger.plover_all)})
                # PLOVER codes whom a protest is directed at, and the country acted in as the target
                # of an event with none named (ACLED does neither)
                event = with_target(
                    event, doc.parses[m.sentence][m.trigger_i], doc.groups.get(m.sentence, [])
                )
                # "Jordan received a pledge of aid from the United States": the giver acts
                event = received(event, doc.parses[m.sentence][m.trigger_i], doc.groups.get(m.sentence, []))
                event = decided(event, doc.parses[m.sentence][m.trigger_i], doc.groups.get(m.sentence, []))
                # "Russia and China held joint exercises": the second of the parties acting together
                event = with_partner(
                    event, doc.parses[m.sentence][m.trigger_i], doc.groups.get(m.sentence, [])
                )
                event = with_speaker_country(
                    event, doc.parses[m.sentence][m.trigger_i], doc.groups.get(m.sentence, [])
                )
                event = with_place_target(
                    event, doc.parses[m.sentence][m.trigger_i], doc.toponyms.get(m.sentence, [])
                )
            extra = intent_event(doc, m, event) if scope == "all" else None
            # "arrested for collaborating with Israel": the charge is an accusation too (CAMEO 112)
            charge = charge_event(event, doc.parses[m.sentence][m.trigger_i]) if scope == "all" else None
            for ev in (event, extra, charge):
                if ev is None:
                    continue
                # two triggers of one sentence that code to the same type are one event ("security
                # forces shot dead four protesters": the shooting and the protest are one
                # excessive-force event), unless different named actors do them ("Hezbollah fired
                # missiles ..., and Israeli artillery pounded"); an event with no ACLED type is keyed
                # by its PLOVER type
                # ("captured 20 villages in an offensive to retake the city": the act done and the one
                # aimed at are two events, by their factuality)
                # (... and a background act is another than the news told beside it: "the M23, who
                # captured Goma in January, said they had taken control of two villages")
                if ev.acled is not None:
                    key = (
                        m.sentence,
                        ev.acled.event_type,
                        ev.acled.sub_event_type,
                        ev.factuality,
                        ev.historical,
                    )
                else:
                    key = (
                        m.sentence,
                        f"PLOVER {ev.plover.type}",
                        ev.plover.mode or "",
                        ev.factuality,
                        ev.historical,
                    )
                # (... and acts the sentence dates apart: "The rebels, who seized Goma in January, said on
                # Monday they had captured Kavumu")
                dated = (ev.date.start, ev.date.end) if ev.date else (None, None)
                full_key: tuple[Any, ...] = (*key, *dated)
                doer = ev.actor1.name if ev.actor1 and key[1] not in ("Protests", "Riots") else None
                # ... or verbs with subjects of their own that differ ("a fighter jet dropped bombs ...,
                # and a helicopter then fired on survivors")
                subject = own_subject(doc.parses[m.sentence][m.trigger_i])
                if full_key in seen and (
                    doer is None or any(d is None or same_doer(d, doer, subject) for d in seen[full_key])
                ):
                    m.why["event"] = "merged: an earlier trigger of this sentence gave the same type"
                    continue
                seen.setdefault(full_key, []).append(None if doer is None else (doer, subject))
                doc.events.append(ev)
                placed.append((m.sentence, ev, m.why))
                if ev is event:
                    # one event a place: "protests in Tripoli, Benghazi and Misrata" (the toll, told once
                    # for all, stays with the first)
                    for place in coordinated_places(doc, m, default_index()):
                        copy = ev.model_copy(
                            update={
                                "id": hashlib.sha256(f"{ev.id}:{place.name}".encode()).hexdigest()[:16],
                                "location": place,
                                "fatalities": Fatalities(),
                            }
                        )
                        m.why[f"place {place.name!r}"] = (
                            "coordinated with the event's place: an event of its own"
                        )
                        doc.events.append(copy)
                        placed.append((m.sentence, copy, m.why))
        crowd_arrests(placed)
        interceptions(placed)
        aerial_doers(placed)
        home_forces(placed)
        return doc

    return make_events


def with_dedupe(stages: Sequence[Stage], deduper: Deduper) -> list[Stage]:
    """The same stages with a dedupe stage right after the article stage: a repeated article stops
    there with `Duplicate` and is not coded again."""
    out = list(stages)
    at = next(i for i, st in enumerate(out) if st.name == "article")
    out.insert(at + 1, dedupe_stage(deduper))
    return out


def default_stages(settings: Settings) -> list[Stage]:
    return [
        article_stage(settings),
        sentences_stage(settings),
        parse_stage(settings),
        entities_stage(settings),
        triggers_stage(settings),
        code_dates,  # before actors: a group named only in background fills in no unstated actor
        code_actors,  # (and before places: an earlier event's place is a fallback only if not background)
        code_factuality,  # before places: nor if the event is only supposed ("would respond to any attack")
        code_places,
        code_fatalities,
        events_stage(settings),
    ]
