"""Actors: named groups, state forces from demonyms and country names, generic actors from head nouns.
Who is actor1 and who actor2 for a trigger is decided in `frontlines.code.roles`. The lookups the coder
stands on (groups, countries, demonyms) and the actors it makes from them are in `code.actor_lexicon`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.code.actor_lexicon import (
    _ARMED_KINDS,
    _DESCRIBING,
    ActorLexicon,
    GroupSpan,
    name_ending_at,
)
from frontlines.code.actor_phrases import (
    ARGUMENT_DEPS,
    HELD_PLACES,
    HOLD_VERBS,
    HOST_VERBS,
    QUANTITY_HEADS,
    RULERS,
    anaphoric,
    civil_craft,
    determined,
    np_tokens,
    phrase_text,
    protesting,
)
from frontlines.code.standing import default_standing, institution, stands_for
from frontlines.knowledge import actors
from frontlines.knowledge_actors import Country
from frontlines.model import Actor


class ActorCoder(ActorLexicon):
    """The actor a noun phrase names (`actor_at`), read with the lookups of `ActorLexicon`."""

    def actor_at(self, head: Any, groups: list[GroupSpan]) -> Actor | None:
        """The actor named by the noun phrase headed by `head`, or None when it names no actor."""
        if civil_craft(head):
            return None  # "a passenger jet crashed ..., killing 179": an airliner is no armed force
        if head.pos_ == "NUM" or head.lower_ in QUANTITY_HEADS:
            # "thousands of people", "dozens of gunmen": the counted noun names the actor
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return self.actor_at(obj, groups)
        named_as = self._known_as(head, groups)
        if named_as is not None:
            return named_as  # "armed groups known as colectivos"
        tokens = np_tokens(head)
        idx = {t.i for t in tokens}
        text = phrase_text(tokens)
        if head.lower_ in self._force_nouns:
            # "Afghan and coalition forces": the first of coordinated owners acts
            for mod in head.children:
                nation = self.country_of(mod.text) if mod.dep_ in ("amod", "compound") else None
                if nation is not None and any(c.dep_ in ("conj", "cc") for c in mod.children):
                    return self._state(text, nation, "Military Forces")
        # "Al Qaeda-linked JNIM": the group the head names before one that modifies it
        # ("fighters of the al-Qaeda-linked JNIM": JNIM, the group the other one describes)
        doc = head.doc

        def describes(g: GroupSpan) -> bool:
            nxt = doc[g.token_end : g.token_end + 2]
            words = [t.lower_ for t in nxt]
            return bool(words) and (
                words[0].lstrip("-") in _DESCRIBING
                or (words[0] == "-" and len(words) > 1 and words[1] in _DESCRIBING)
            )

        for span in sorted(
            groups, key=lambda g: (head.i not in range(g.token_start, g.token_end), describes(g))
        ):
            if idx & set(range(span.token_start, span.token_end)):
                if (
                    head.pos_ == "PROPN"
                    and head.i not in range(span.token_start, span.token_end)
                    and self.is_country_name(head.text)
                ):
                    continue  # "NATO-member Norway": the country is the actor, the group describes it
                g = span.group
                return Actor(text=text, name=g.name, country=g.country, kind=g.kind, id=g.id)
        holder = self._holder(head, groups) or self._hosted(head, groups)
        if holder is not None:
            return holder
        leader = self._leader(head)
        if leader is not None:
            return self._state(text, leader, "Government")  # "President Bill Clinton"
        standing = stands_for(self, head, tokens, text)  # "Desmond Tutu", "the pope", "Whitehall"
        if standing is not None:
            return standing
        lemma = head.lemma_.lower()
        words = {head.lower_, lemma}
        country, is_country = self.country_in(tokens, head)
        # multi-word force nouns ("security forces", "special forces")
        prev = head.doc[head.i - 1].lower_ + " " + head.lower_ if head.i > 0 else ""
        # "police reservists", "police commandos": a force noun under a police modifier is the police
        before = head.doc[head.i - 1].lower_ if head.i > 0 else ""
        police_mod = bool(words & self._force_nouns) and before in self._police_nouns
        if words & self._police_nouns or prev in self._police_nouns or police_mod:
            return self._state(text, country, "Police Forces")
        if words & self._force_nouns or prev in self._force_nouns:
            return self._state(text, country, "Military Forces")
        if words & self._national_weapons and country is not None:
            return self._state(text, country, "Military Forces")  # "Ukrainian drones"
        if (
            lemma in ("vehicle", "carrier")
            and any(c.lower_ in ("armoured", "armored") for c in head.children)
            and not any(c.dep_ == "poss" for c in head.children)  # ("their armoured vehicle": whose?)
        ):
            return self._state(text, country, "Military Forces")  # "an Israeli armoured vehicle"
        if head.pos_ == "NOUN":
            owned = self._owned(head, text, country)
            if owned is not None:
                return owned
            if (head.lower_ in self._civilian_places or prev in self._civilian_places) and (
                gen_civ := self._generic.get("civilians")
            ):
                # "fired missiles at homes", "shelled a hospital": the people in them
                iso3 = country.iso3 if country else None
                return Actor(text=text, name=gen_civ.name, country=iso3, kind=gen_civ.kind, id=None)
        ethnic = self._ethnic_militia(head, tokens, text)
        if ethnic is not None:
            return ethnic
        armed = self._armed_person(head, text)
        if armed is not None:
            return armed
        if head.lower_ == "group" and anaphoric(head):
            # "the group": the armed group the article is about (resolved against the named ones)
            return self.generic("gunmen", text)
        # "President Salva Kiir", "Prime Minister Nikol Pashinyan": a titled official is the government
        titled = (
            head.pos_ == "PROPN"
            and any(c.dep_ in ("compound", "nmod") and c.lower_ in self._gov_nouns for c in head.children)
            and not any(t.lower_ in self._generic for t in tokens)  # "former rebel leader Riek Machar"
        )
        # "an official visit": an adjective is no official
        if (
            titled
            or institution(head, country)
            or (
                (words & self._gov_nouns or prev in self._gov_nouns)
                # a listed two-word office tagged a lower-case "proper noun" ("the Egyptian foreign ministry")
                and (head.pos_ not in ("PROPN", "ADJ") or (head.text.islower() and prev in self._gov_nouns))
            )
        ):
            if country is None:
                # "the Clinton administration", "the Yeltsin government", "the government of President
                # Laurent Gbagbo": the leader it is named after
                namers = [*head.children, *(g for p in head.children if p.lower_ == "of" for g in p.children)]
                country = next((c for c in map(self._leader, namers) if c is not None), None)
            if country is None:
                # "a spokesman for the Chinese embassy in Tokyo": the office spoken for names the nation
                bodies = [
                    g for p in head.children if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"
                ]
                country = next((c for c in (self.country_in(np_tokens(g), g)[0] for g in bodies) if c), None)
            if country is None and head.pos_ != "PROPN":
                country = self._country_at(head, seat=True)  # "officials in Manama"
            return self._state(text, country, "Government")
        person = head.dep_ in ARGUMENT_DEPS and determined(head)
        person_of = self.demonym_iso3(head.text) if person else None
        if person_of is not None and head.text[:1].isupper() and (civ := self._generic.get("civilians")):
            # "a 19-year-old Palestinian was shot", "an Israeli was stabbed": one person of a nation
            return Actor(text=text, name=civ.name, country=person_of, kind=civ.kind, id=None)
        if is_country:
            # "Russia struck ..." : a country acting in violence is its armed forces (roles turns it
            # into its government for talk, agreements and the like)
            return self._state(text, country, "Military Forces")
        gen = self._generic.get(head.lower_) or self._generic.get(lemma)
        if gen is None and head.tag_ in ("NNS", "NNPS") and head.text.endswith("s"):
            # "Palestinians", "two Iraqis": people of a nation are civilians of it ("Bosnian Serbs":
            # of the country their modifier names)
            nation = self.country_of(head.text[:-1])
            if nation is not None:
                own = [c for c in head.children if c.dep_ in ("amod", "compound")]
                named, _ = self.country_in(own, head) if own else (None, False)
                gen, country = self._generic.get("civilians"), named or nation
        if gen is not None and gen.kind == "civilians" and protesting(head):
            gen = self._generic.get("protesters", gen)  # "students demanding an end to quotas"
        if gen is not None and gen.kind == "political_militia":
            gen = self._rebel_word(head) or gen  # "separatist fighters", "rebel gunmen"
        if gen is not None and country is not None and any(t.lower_ == "ethnic" for t in tokens):
            # "ethnic Albanian guerrillas in Macedonia": a community is of the country it lives in (the
            # place or the other side says which), not of its nation's state
            country = None
        if gen is not None and country is None:
            country = self._country_at(head)
        if gen is not None:
            return Actor(
                text=text, name=gen.name, country=country.iso3 if country else None, kind=gen.kind, id=None
            )
        return None

    def _country_at(self, head: Any, seat: bool = False) -> Country | None:
        """The country people are in or come from, by a country's name in their "in" / "from" phrase
        ("the flood victims in Sudan", "refugees from Kosovo", "officials in Manama")."""
        places = [
            g for p in head.children if p.lower_ in ("in", "from") for g in p.children if g.dep_ == "pobj"
        ]
        found = next((c for c in (self.country_in(np_tokens(g), g)[0] for g in places) if c), None)
        if found is None and seat:
            # "the junta in Rangoon": a government at a seat of government not among the countries' names
            seats = (default_standing().seat(np_tokens(g)) for g in places if g.pos_ == "PROPN")
            found = next((self.country_by_iso3(iso3) for iso3 in seats if iso3), None)
        return found

    def _rebel_word(self, head: Any) -> Any:
        """The rebels' generic actor when a modifier of an armed group's noun is a rebel word ("separatist
        fighters", "guerrilla gunmen"): the README's Unidentified Rebel Group, not an armed group."""
        for mod in head.children:
            if mod.dep_ in ("amod", "compound"):
                gen = self._generic.get(mod.lower_) or self._generic.get(mod.lower_ + "s")
                if gen is not None and gen.kind == "rebels":
                    return gen
        return None

    def _known_as(self, head: Any, groups: list[GroupSpan]) -> Actor | None:
        """ "armed groups known as colectivos", "a militia called X": the named group the phrase gives."""
        for acl in head.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in ("know", "call"):
                continue
            for prep in acl.children:
                objs = [o for o in prep.children if o.dep_ == "pobj"] if prep.lower_ == "as" else []
                objs += [o for o in (prep,) if prep.dep_ in ("oprd", "dobj")]
                for obj in objs:
                    actor = self.actor_at(obj, groups)
                    if actor is not None and actor.id is not None:
                        return actor
        return None

    def _leader(self, head: Any) -> Country | None:
        """The country a named leader heads: the name ends at `head` ("Bill Clinton", "al-Bashir")."""
        if head.pos_ != "PROPN" or not self._leaders:
            return None
        return name_ending_at(head, self._leaders)

    def _owned(self, head: Any, text: str, country: Country | None) -> Actor | None:
        """Things and places of a force that stand for it: "army bulldozers", "a police station", "an
        army checkpoint", "their positions"."""
        mods = [c for c in head.children if c.dep_ in ("compound", "amod", "poss")]
        # "an army command centre": the owner may modify a compound of the head
        inner = [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
        for mod in mods + inner:
            if mod.lower_ in self._police_nouns:
                return self._state(text, country, "Police Forces")
            armed_head = (
                gen_head := self._generic.get(head.lower_)
            ) is not None and gen_head.kind in _ARMED_KINDS
            if mod.lower_.startswith("paramilitar") and armed_head:
                continue  # "paramilitary fighters" (the RSF's, Colombia's AUC) are an armed group's men
            if mod.lower_ in self._force_nouns or mod.lower_ == "military":
                return self._state(text, country, "Military Forces")
            if mod.lower_ in RULERS and (head.lower_ in self._installations or head.lemma_ == "target"):
                # "government positions", "Syrian regime targets": the places of the state's forces
                return self._state(text, country, "Military Forces")
            gen = self._generic.get(mod.lower_)
            if gen is not None and gen.kind in _ARMED_KINDS and head.lower_ in self._installations:
                # "militant positions", "rebel bases": the group's places stand for the group
                return Actor(text=text, name=gen.name, country=None, kind=gen.kind, id=None)
        bare = all(m.dep_ == "poss" and m.pos_ == "PRON" for m in mods)  # "positions", "its positions"
        # "Pakistani positions", "Syria's bases": a nation's positions stand for its forces
        national = any(self.country_of(m.text) is not None for m in mods) and country is not None
        if head.lower_ in self._installations and (bare or national):
            if country is None and any(m.lower_ == "its" for m in mods):
                country = self._speaker_country(head)
            return self._state(text, country, "Military Forces")
        return None

    def _armed_person(self, head: Any, text: str) -> Actor | None:
        """People described as armed ("armed men", "masked men", "unidentified men") and members of an
        unnamed armed group ("gang members", "militia members") are an unidentified armed group."""
        lemma = head.lemma_.lower()
        mods = [c for c in head.children if c.dep_ in ("amod", "compound")]
        if lemma == "member":
            for mod in mods:
                gen = self._generic.get(mod.lower_) or self._generic.get(mod.lower_ + "s")  # "gang"
                if gen is not None and gen.kind in _ARMED_KINDS:
                    return Actor(text=text, name=gen.name, country=None, kind=gen.kind, id=None)
            return None
        person = lemma in ("man", "person") or head.lower_ in self._militia_nouns
        gen = self._generic.get(head.lower_) or self._generic.get(lemma)
        if not (person or (gen is not None and gen.kind == "civilians")):
            return None
        if any(m.lower_ in self._armed_people for m in mods if m.dep_ == "amod"):
            return self.generic("gunmen", text)
        return None

    def _speaker_country(self, head: Any) -> Country | None:
        """The country of a force that reports on itself: "Ukraine's military said rebels had shelled
        its positions" (the subject of the sentence's main verb, when a country's forces)."""
        root = head.sent.root
        if root.i == head.i:
            return None
        for subj in root.children:
            if subj.dep_ == "nsubj" and subj.lower_ in self._force_nouns | {"ministry", "army"}:
                country, _ = self.country_in(np_tokens(subj), subj)
                if country is not None:
                    return country
        return None

    def _ethnic_militia(self, head: Any, tokens: list[Any], text: str) -> Actor | None:
        """ "armed Murle youths", "Fulani gunmen" -> Murle / Fulani Ethnic Militia."""
        if head.lower_ not in self._militia_nouns:
            return None
        for t in tokens:
            if t.i < head.i and t.text.lower() in self._ethnic:
                name = f"{self._ethnic[t.text.lower()]} Ethnic Militia"
                return Actor(text=text, name=name, country=None, kind="identity_militia", id=None)
        return None

    def victims(self, sentence: Any, groups: list[GroupSpan]) -> Actor | None:
        """Who was killed in the sentence ("..., killing dozens of shoppers"), if an actor."""
        for tok in sentence:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in ("kill", "wound", "injure", "abduct", "kidnap"):
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                heads = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
                actor = self.first(heads, groups)
                if actor is not None:
                    return actor
        return None

    def _holder(self, head: Any, groups: list[GroupSpan]) -> Actor | None:
        """Whoever holds a position or a place stands for it as a target: "positions held by Islamic
        State", "rebel-held towns", "a Houthi-controlled base"."""
        if head.lower_ not in self._installations and head.lower_ not in HELD_PLACES:
            return None
        owners: list[Any] = []
        for c in head.children:
            if c.lemma_.lower() not in HOLD_VERBS:
                continue
            if c.dep_ == "acl":  # "positions held by X"
                owners += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            elif c.dep_ == "amod" and any(h.tag_ == "HYPH" for h in c.children):  # "X-held towns"
                owners += [m for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod", "amod")]
        for owner in owners:
            actor = self.actor_at(owner, groups)
            if actor is not None:
                if actor.kind == "government":  # "government-held towns": its forces hold them
                    return self._state(
                        actor.text, self.country_by_iso3(actor.country or ""), "Military Forces"
                    )
                return actor
        return None

    def _hosted(self, head: Any, groups: list[GroupSpan]) -> Actor | None:
        """Forces a base hosts stand for it as a target: "a base hosting US troops", "the Ain al-Asad
        air base in Anbar province, which hosts US troops" (the clause may hang on the base's place)."""
        if head.lower_ not in self._installations:
            return None
        holders = [head] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
        ]
        for h in holders:
            for c in h.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HOST_VERBS:
                    for obj in c.children:
                        if obj.dep_ == "dobj":
                            actor = self.actor_at(obj, groups)
                            if actor is not None and actor.kind == "state_forces":
                                return actor
        return None

    def first(self, heads: list[Any], groups: list[GroupSpan]) -> Actor | None:
        """The actor named by the first of `heads` that names one."""
        for h in heads:
            actor = self.actor_at(h, groups)
            if actor is not None:
                return actor
        return None


@lru_cache(maxsize=1)
def default_coder() -> ActorCoder:
    return ActorCoder(actors())
