"""PLOVER events by frame (extract.event_scope "all"): acts a party announces, offers or promises
(intent), threatens or refuses; requests to another party; aid handed over; warnings and accusations.
The words are cues.v1.yaml `plover_frames` and the party nouns of actors.v1.yaml."""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import has_to
from frontlines.code.trigger_hit import TriggerHit
from frontlines.knowledge import Trigger, actors
from frontlines.knowledge_cues import PloverFrames

_PERSONAL = {"it", "he", "she", "they", "we", "i"}


def _low(words: list[str]) -> set[str]:
    return {w.lower() for w in words}


class _FrameWords:
    """cues.v1.yaml `plover_frames` as lower-case sets, with the nouns that name a party (a government,
    a force, a generic group: actors.v1.yaml) and the words that make an announced act a threat
    ("unless")."""

    def __init__(self, f: PloverFrames, threat_marks: list[str]) -> None:
        self.governors = _low(f.intent_governors)
        self.adjectives = _low(f.intent_adjectives)
        self.nouns = _low(f.intent_nouns)
        self.announce = _low(f.announce_verbs)
        self.future = _low(f.future_aux)
        self.possible = _low(f.possibility_aux)
        self.warning = _low(f.warning_verbs)
        self.allege = _low(f.allege_verbs)
        self.blame = _low(f.blame_words)
        self.blamed_acts = _low(f.blamed_acts)
        self.verdict = _low(f.verdict_verbs)
        self.rallying = _low(f.rallying_verbs)
        self.refusal = _low(f.refusal_words)
        self.stop = _low(f.stop_verbs)
        self.hostile = _low(f.hostile_words)
        self.hostile_preps = _low(f.hostile_preps)
        self.threat_marks = _low(threat_marks)
        self.directive = _low(f.directive_verbs)
        self.transfer = _low(f.transfer_verbs)
        self.not_goods = _low(f.not_goods)
        self.party_nouns = _low(f.party_nouns)
        self.peace_mods = _low(f.peace_force_modifiers)
        self.recipient_preps = _low(f.recipient_preps)
        a = actors()
        self.parties = {w.lower() for k in ("government", "state_forces") for w in a.force_nouns.get(k, [])}
        self.parties |= {w.lower() for g in a.generic for w in g.nouns}


def _party(tok: Any, words: _FrameWords) -> bool:
    """A subject that can be a party to a PLOVER event: a personal pronoun, a name (a country,
    nationality, organisation or person), or a noun naming a government, a force or a group."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    low = {tok.lemma_.lower(), tok.lower_}
    return bool(low & words.parties or low & words.party_nouns)


_NP_LINKS = ("pobj", "prep", "compound", "amod", "conj", "appos", "nmod")


def _verbless_subject(tok: Any) -> Any | None:
    """The subject of a verb the parser hung as a reduced relative on the sentence's first noun phrase,
    leaving the sentence with a noun for its root ("Doctors from two aid groups donated ...", "A human
    rights group charged that ..."): that root noun."""
    root = tok.sent.root
    if tok.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or tok.i < root.i:
        return None
    cur = tok.head
    while cur.i != root.i:
        if cur.dep_ not in _NP_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return root


def _frame_subject(tok: Any) -> Any | None:
    """Who announces the act: the verb's own subject, else that of the verb, adjective or noun that
    governs its infinitive ("Israel is ready to work", "Japan expressed willingness to help")."""
    cur = tok
    for _ in range(3):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            return subs[0]
        if (root := _verbless_subject(cur)) is not None:
            return root
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _hostile(tok: Any, words: _FrameWords) -> bool:
    """The announced act names force or is aimed against someone ("take military action against
    Kuwait", "turn the city into a sea of fire")."""
    if any(c.dep_ == "prep" and c.lower_ in words.hostile_preps for c in tok.children):
        return True
    near = [tok]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [
        g for o in list(objs) for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    near += objs
    near += [m for o in objs for m in o.children if m.dep_ in ("amod", "compound")]
    return any(
        (w.lemma_.lower() in words.hostile or w.lower_ in words.hostile) and not _peace_force(w, words)
        for w in near
    )


def _peace_force(tok: Any, words: _FrameWords) -> bool:
    """ "an international force", "a peacekeeping force": a force no threat is made with."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words.peace_mods for c in tok.children)


def _party_phrase(tok: Any, words: _FrameWords) -> bool:
    """A noun phrase naming a party: a party itself ("Syria", "the government"), or people told by
    their country or nationality ("famine victims in Somalia", "Kurdish refugees")."""
    if _party(tok, words) and tok.pos_ != "PRON":
        return True
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
    mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children]
    return any(m.pos_ == "PROPN" or m.ent_type_ in ("GPE", "NORP") for m in mods)


def _transfer(tok: Any, words: _FrameWords) -> bool:
    """A thing handed over to a party: a transfer verb with an object that is no message, envoy or
    force and a recipient ("to Syria", "gave Bangladesh $30 million") that names a party."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or any(o.lemma_.lower() in words.not_goods or o.lower_ in words.not_goods for o in objs):
        return False
    if any(o.lemma_.lower() in words.parties or o.lower_ in words.parties for o in objs):
        return False  # "sent troops to the border": a posting (MOBILIZE), not aid
    recipients = [c for c in tok.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    # "to Syria", "flew rice into Haiti"; "delivered $50,000 worth of goods to X": the parser may hang
    # the recipient on the object
    recipients += [
        g for h in (tok, *objs) for c in h.children
        if c.dep_ in ("dative", "prep") and c.lower_ in words.recipient_preps
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return any(_party_phrase(r, words) for r in recipients)


def _blamed(clause: Any, words: _FrameWords, taken: set[int]) -> bool:
    """A clause that puts another party behind a listed act: "Sudan was behind the assassination
    attempt", "Baghdad was responsible for the attack" (not "it was", which may be the speaker; not
    "responsible for security")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        clause.lemma_.lower() == "be"
        and any(s.lower_ not in _PERSONAL and _party(s, words) for s in subjects)
        and any(
            c.dep_ in ("prep", "acomp", "attr")
            and c.lower_ in words.blame
            and any(t.i in taken or t.lemma_.lower() in words.blamed_acts for t in c.subtree)
            for c in clause.children
        )
    )


def _said_no(tok: Any, words: _FrameWords) -> bool:
    """ "said no to the request": a refusal said to someone."""
    return any(c.dep_ in ("intj", "dobj") and c.lower_ in words.refusal for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children
    )


def _rallied_against(tok: Any, words: _FrameWords) -> bool:
    """ "urged Muslims to rise up against Israel", "called on Arabs to unite and mobilize against
    Sharon": an act others are called to take against a party."""
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.lemma_.lower() not in words.rallying:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "against" and any(_party_phrase(g, words) for g in c.children)
        for v in (tok, *tok.conjuncts)
        for c in v.children
    )


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def frame_hits(
    parse: Any, hits: list[TriggerHit], frames: dict[str, Trigger], words: _FrameWords
) -> list[TriggerHit]:
    """PLOVER events of verbs the lexicon does not list, by the frame they stand in (extract.event_scope
    "all"). An act a party announces, offers or promises ("said it would send food", "is ready to work
    with Jordan", "expressed willingness to help Indonesia") is an intent (AGREE); one aimed against
    someone or naming force a threat (THREATEN); one it says it will not take a refusal (REJECT). A
    verb telling another party to act ("wants Britain to fund", "invited the UN to mediate") is a
    request (REQUEST); a thing handed over to a party ("delivered fighter planes to Syria") aid (AID);
    a warning that another party will act a threat (THREATEN), a charge that it did an accusation
    (ACCUSE). Tokens with a listed trigger, infinitives of a governor that has one
    ("threatened to", "agreed to") and verbs whose object or complement has one ("ready to host a
    meeting") are left to the lexicon (and the ontology's `plover.intent`)."""
    taken = {h.token_i for h in hits} | {h.start_i for h in hits}
    # "pledged to crush the rebellion": a promise (a listed AGREE verb) of a hostile act is a threat too
    promises = {h.token_i for h in hits if h.trigger.plover.type == "AGREE" and h.trigger.frame is None}
    out: list[TriggerHit] = []
    for tok in parse:
        if tok.pos_ != "VERB" or tok.i in taken:
            continue
        lemma = tok.lemma_.lower()
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if "allegation" in frames and _rallied_against(tok, words):
            # (CAMEO 113 rally opposition against)
            out.append(TriggerHit(parse, tok.i, tok.i, frames["allegation"]))
            continue
        if lemma in words.verdict and "allegation" in frames and not _negated(tok):
            # "a court found the Kurdish leader guilty of treason" (CAMEO 116 find guilty)
            verdicts = [c for c in tok.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")]
            if any(c.lower_ in words.blame for c in verdicts):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["allegation"]))
                continue
        if lemma in words.announce and not _negated(tok):
            # "Egypt said Sudan was behind the attempt" (an accusation), "said no to the request" (a refusal)
            kind = "allegation" if any(_blamed(c, words, taken) for c in clauses) else "refusal"
            subject = _frame_subject(tok)
            if (
                kind in frames
                and (kind == "allegation" or _said_no(tok, words))
                and subject is not None
                and _party(subject, words)
            ):
                out.append(TriggerHit(parse, tok.i, tok.i, frames[kind]))
                taken |= {c.i for c in clauses}
                continue
        if lemma in words.warning | words.governors and not _negated(tok) and "threat" in frames:
            # "warned Serbia of air strikes", "vowed revenge against Israel": the act warned of or vowed
            # is a listed event or a hostile word
            warned = (
                [
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "against")
                    for g in c.children
                    if g.dep_ == "pobj" and g.i in taken
                ]
                if lemma in words.warning
                else []
            )
            vowed = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words.hostile]
            subject = _frame_subject(tok)
            if (warned or vowed) and subject is not None and _party(subject, words):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["threat"]))
                continue
        if lemma in words.warning | words.allege and clauses and not _negated(tok):
            # "warned Pakistan that New Delhi would hit back", "charged that Chinese troops had crossed"
            # a warning addressed to a party, or announcing what a party will do; a charge against a
            # party named in the clause (not "it", which may be the speaker)
            subject = _frame_subject(tok)
            said = [x for x in (_frame_subject(c) for c in clauses) if x is not None and _party(x, words)]
            if lemma in words.warning:
                kind = "threat"
                aimed = bool(said) or any(c.dep_ == "dobj" and _party(c, words) for c in tok.children)
            else:
                kind = "allegation"
                aimed = any(x.lower_ not in _PERSONAL for x in said)
            if kind in frames and aimed and subject is not None and _party(subject, words):
                out.append(TriggerHit(parse, tok.i, tok.i, frames[kind]))
                taken |= {c.i for c in clauses}
            continue
        if lemma in words.directive and "directive" in frames:
            # "wants Britain to fund", "invited the United Nations to mediate"
            told = [
                c
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp")
                and c.pos_ == "VERB"
                and has_to(c)
                and (
                    any(s.dep_ == "nsubj" for s in c.children)
                    or any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)
                )
            ]
            subject = _frame_subject(tok)
            if told and subject is not None and _party(subject, words) and not _negated(tok):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["directive"]))
            continue
        governs_trigger = any(
            c.i in taken for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp", "attr")
        )
        if lemma in words.transfer and "transfer" in frames and not governs_trigger and _transfer(tok, words):
            # "American military planes began flying rice into Haiti": the giver told by its country
            subject = _frame_subject(tok)
            giver = subject is not None and (_party(subject, words) or _party_phrase(subject, words))
            if giver and not _negated(tok):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["transfer"]))
                continue
        head = tok.head
        if head.i == tok.i and tok.dep_ != "ROOT":
            continue
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        promised = "to" in aux and tok.dep_ == "xcomp" and head.i in promises
        infinitive = "to" in aux and tok.dep_ in ("xcomp", "acl") and (head.i not in taken or promised)
        announced = (
            (
                infinitive
                and (
                    (head.pos_ == "VERB" and head.lemma_.lower() in words.governors)
                    or (head.pos_ == "ADJ" and head.lemma_.lower() in words.adjectives)
                    or (head.pos_ == "NOUN" and head.lemma_.lower() in words.nouns)
                )
            )
            or (
                bool(aux & words.future)
                and "have" not in aux
                and (tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and head.lemma_.lower() in words.announce))
            )
            or (bool(aux & words.possible) and tok.dep_ == "ccomp" and head.lemma_.lower() in words.announce)
        )
        if not announced:
            continue
        if governs_trigger:
            # "gave a warm welcome to", "prepared to resume shelling", "ready to host a meeting": the
            # listed trigger is the act
            continue
        subject = _frame_subject(tok)
        if subject is None or not _party(subject, words):
            continue
        hostile = _hostile(tok, words)
        if lemma in words.stop and not hostile:
            continue
        # "would close the strait unless ...": an act announced on a condition of that kind is a threat
        hostile = hostile or any(t.lower_ in words.threat_marks for t in tok.sent)
        refused = _negated(tok) or (infinitive and _negated(head))
        kind = "refusal" if refused and not hostile else "threat" if hostile and not refused else "intent"
        if promised and kind != "threat":
            continue  # the promise is coded by its own verb
        if kind in frames:
            out.append(TriggerHit(parse, tok.i, tok.i, frames[kind]))
    return out
