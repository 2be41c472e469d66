"""Who a name stands for when it is no group, leader or country phrase: well-known people who hold no
office ("Archbishop Desmond Tutu" -> people of South Africa), titles that alone name one country's head
("the pope" -> the Holy See), and a country's name or demonym standing alone as a noun ("Whitehall
agreed", "the British accused") -> that country. Used by `ActorCoder.actor_at`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

from frontlines.code.actor_lexicon import folded_key, name_ending_at
from frontlines.knowledge import actors
from frontlines.knowledge_actors import ActorFile
from frontlines.model import Actor

_NOMINAL = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "attr"}
"""slots of an actor: a name there is the party acting or acted on, not a modifier or a place phrase"""


class Standing:
    def __init__(self, data: ActorFile) -> None:
        self._figures = {
            folded_key(n): (iso3, n) for iso3, names in data.public_figures.items() for n in names
        }
        self._offices = {folded_key(t): iso3 for iso3, titles in data.offices.items() for t in titles}
        self._capitals = {folded_key(n): iso3 for iso3, names in data.capitals.items() for n in names}

    def figure(self, head: Any, text: str) -> Actor | None:
        """A well-known person named by the words ending at `head`: civilians of their country."""
        if head.pos_ != "PROPN" or not self._figures:
            return None
        found = name_ending_at(head, self._figures)
        if found is None:
            return None
        iso3, name = found
        return Actor(text=text, name=name, country=iso3, kind="civilians", id=None)

    def office(self, head: Any, tokens: list[Any]) -> str | None:
        """ISO3 of the country whose head a title alone names ("the pope", "the Holy Father"), when
        no other word of the phrase names a country or a person ("the pope's envoy" is reached from
        the envoy's phrase)."""
        iso3 = name_ending_at(head, self._offices, (2, 1))
        if iso3 is None:
            return None
        named = [t for t in tokens if t.i > head.i and t.pos_ == "PROPN"]
        return None if named else iso3

    def seat(self, tokens: list[Any]) -> str | None:
        """ISO3 of the country whose seat of government `tokens` name, wherever they stand ("the junta in
        Rangoon": a government's place, not a party)."""
        return self._capitals.get(folded_key(" ".join(t.text for t in tokens if t.dep_ != "det")))

    def capital(self, head: Any, tokens: list[Any]) -> str | None:
        """ISO3 of the government a capital stands for when it fills a party's slot: the subject, the
        object of a verb of talk or pressure, or after "with" / "against" / a passive's "by"."""
        if head.pos_ != "PROPN" or not self._capitals:
            return None
        words = [t for t in tokens if t.dep_ != "det"]
        iso3 = self._capitals.get(folded_key(" ".join(t.text for t in words)))
        if iso3 is None:
            return None
        up = head.head
        party = (
            head.dep_ == "nsubj"
            or (head.dep_ == "dobj" and up.lemma_.lower() in _TALK_VERBS)
            or (head.dep_ == "pobj" and (up.lower_ in ("with", "against") or up.dep_ == "agent"))
        )
        return iso3 if party else None


_TALK_VERBS = {"accuse", "urge", "warn", "criticize", "criticise", "condemn", "blame", "ask", "press", "call",
               "threaten", "support", "back", "thank", "praise", "reject", "rebuff", "invite", "assure",
               "persuade", "pressure", "pressurise", "pressurize", "reassure", "recognize",
               "recognise"}  # fmt: skip


def bare_name(head: Any, tokens: list[Any], country_of: Any) -> Any:
    """The country a capitalised name or demonym stands for when it alone fills an actor's slot, though
    the parser tagged it a common noun or an adjective: "Whitehall agreed", "The British accused",
    "talks with the French". `country_of` maps a word to its country (ActorCoder.country_of)."""
    if head.pos_ not in ("NOUN", "ADJ") or head.dep_ not in _NOMINAL or not head.text[:1].isupper():
        return None
    if any(t.i != head.i and t.dep_ != "det" for t in tokens):
        return None
    return country_of(head.text)


_INSTITUTIONS = {
    "ministry",
    "office",
    "government",
    "parliament",
    "assembly",
    "cabinet",
    "senate",
    "congress",
    "duma",
    "presidency",
    "embassy",
    "legislature",
    "administration",
    "department",
}
"""heads of a state body's proper name ("the Iranian Foreign Ministry", "the U.S. Congress")"""


def institution(head: Any, country: Any) -> bool:
    """True for a state body named as a proper noun with its country ("the Iranian Foreign Ministry",
    "Iraq's National Assembly", "the U.S. Congress"): the government of that country."""
    if head.pos_ != "PROPN" or country is None or head.lower_ not in _INSTITUTIONS or head.text.islower():
        return False
    # a defence ministry speaks for the armed forces (ACLED codes its claims as theirs)
    return not any(c.lower_ in ("defence", "defense") for c in head.children)


_PARTY_WORDS = {
    "opposition",
    "ruling",
    "governing",
    "political",
    "fundamentalist",
    "nationalist",
    "communist",
    "islamist",
    "islamic",
    "socialist",
    "conservative",
    "liberal",
    "democratic",
    "main",
    "largest",
}
"""modifiers that make "party" a political party ("the ruling party"), not a wedding or search party"""


def party(head: Any, text: str) -> Actor | None:
    """A political party not in the actor file ("the fundamentalist Umma party", "the opposition",
    "the ruling party"): an actor with no country yet (placed by its event's country or by a national
    word the caller finds)."""
    lemma = head.lemma_.lower()
    if lemma == "opposition" and head.pos_ == "NOUN" and head.dep_ in _NOMINAL:
        return Actor(text=text, name="Political Party", country=None, kind="other", id=None)
    if lemma != "party" or head.dep_ not in _NOMINAL:
        return None
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(m.pos_ == "PROPN" or m.lower_ in _PARTY_WORDS for m in mods) or head.text == "Party":
        return Actor(text=text, name="Political Party", country=None, kind="other", id=None)
    return None


@lru_cache(maxsize=1)
def default_standing() -> Standing:
    return Standing(actors())


_HALVES = {("North", "KOR"): "PRK", ("South", "PRK"): "KOR"}
"""a divided country's other half: "the North" in a sentence naming South Korea (or Seoul) is North Korea"""


def other_half(head: Any, tokens: list[Any], country_of: Any) -> str | None:
    """ISO3 of "the North" / "the South" standing for the other half of a divided country the sentence
    names ("Seoul offered food aid to the North" -> North Korea); None when it names neither half."""
    if head.text not in ("North", "South") or head.dep_ not in _NOMINAL:
        return None
    if any(t.i != head.i and t.dep_ != "det" for t in tokens):
        return None
    sent = list(head.sent)
    for i, t in enumerate(sent):
        for text in (f"{t.text} {sent[i + 1].text}" if i + 1 < len(sent) else "", t.text):
            country = country_of(text) if text and t.i != head.i else None
            other = _HALVES.get((head.text, country.iso3)) if country is not None else None
            if other is not None:
                return other
    return None


def stands_for(coder: Any, head: Any, tokens: list[Any], text: str) -> Actor | None:
    """The actor a noun phrase stands for by a well-known person, a title, a bare country name or
    demonym, or a party (`coder` is the ActorCoder asking; None when none applies)."""
    standing = default_standing()
    figure = standing.figure(head, text)  # "Archbishop Desmond Tutu"
    if figure is not None:
        return figure
    office = standing.office(head, tokens)  # "the pope"
    if office is not None:
        return cast(Actor, coder.state(text, coder.country_by_iso3(office), "Government"))
    seat = standing.capital(head, tokens)  # "Nairobi accused Kampala", "talks with Sanaa"
    if seat is not None:
        return cast(Actor, coder.state(text, coder.country_by_iso3(seat), "Government"))
    half = other_half(head, tokens, coder.country_of)  # "Seoul offered food aid to the North"
    if half is not None:
        return cast(Actor, coder.state(text, coder.country_by_iso3(half), "Military Forces"))
    bare = bare_name(head, tokens, coder.country_of)  # "Whitehall agreed", "the British accused"
    if bare is not None:
        return cast(Actor, coder.state(text, bare, "Military Forces"))
    partisan = party(head, text)  # "the opposition Umma party", "Pakistan's ruling party"
    if partisan is not None:
        country, _ = coder.country_in(tokens, head)
        return partisan.model_copy(update={"country": country.iso3 if country else None})
    return None
