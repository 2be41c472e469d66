"""The actor knowledge as the coder reads it (`ActorLexicon`, the base of `actors.ActorCoder`): named groups
found in a sentence or a text, countries by name, demonym or ISO3, and the actors made from them: the
state forces or government of a country, a generic actor, a UN mission, an unnamed armed actor taken as
the armed group the article names."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from frontlines.code.alias_scan import AliasScanner
from frontlines.code.force_naming import peacekeeping_force
from frontlines.knowledge_actors import ActorFile, Country, GenericActor, Group
from frontlines.model import Actor
from frontlines.trace import note

_DESCRIBING = {"linked", "backed", "affiliated", "allied", "aligned", "inspired", "supported", "sponsored"}
"""the second half of "Al Qaeda-linked", "Iran-backed": the group before it describes another"""


@dataclass(frozen=True)
class GroupSpan:
    token_start: int
    token_end: int
    group: Group


T = TypeVar("T")

_HYPHEN = re.compile(r"\s*-\s*")


def _key(text: str) -> str:
    return " ".join(_HYPHEN.sub("-", text.replace("\u2019", "'")).split())


def folded_key(text: str) -> str:
    """`_key` in lower case: the key of the name tables looked up whatever the case (leaders, public
    figures, offices, capitals)."""
    return _key(text).lower()


def name_ending_at(head: Any, table: Mapping[str, T], lengths: Sequence[int] = (4, 3, 2, 1)) -> T | None:
    """The entry of `table` (keyed by `folded_key`) for the longest name of `lengths` tokens that ends
    at `head` ("Bill Clinton", "al-Bashir", "the Holy Father")."""
    for length in lengths:
        start = head.i - length + 1
        if start < 0:
            continue
        found = table.get(folded_key(head.doc[start : head.i + 1].text))
        if found is not None:
            return found
    return None


class ActorLexicon:
    def __init__(self, data: ActorFile) -> None:
        self.version = data.version
        self._groups_exact: dict[str, Group] = {}
        self._groups_folded: dict[str, Group] = {}
        self._max_tokens = 1
        self._first_words: set[str] = set()
        for group in data.groups:
            for alias in (group.name, *group.aliases):
                key = _key(alias)
                if alias.isupper() and len(alias) <= 4:
                    self._groups_exact[key] = group
                else:
                    self._groups_folded[key.lower()] = group
                words = re.findall(r"\w+|[^\w\s]", key)
                self._max_tokens = max(self._max_tokens, len(words))
                self._first_words.add(words[0].lower())
        self._exact_re = AliasScanner(self._groups_exact, ignore_case=False)
        self._folded_re = AliasScanner(self._groups_folded, ignore_case=True)
        self._demonyms: dict[str, Country] = {}
        self._country_names: dict[str, Country] = {}
        self._countries_exact: dict[str, Country] = {}
        self._by_iso3: dict[str, Country] = {}
        self._exact_demonyms: set[str] = set()
        for country in data.countries:
            self._by_iso3[country.iso3] = country
            for name in (country.name, *country.names):
                if _short_caps(name):
                    self._countries_exact[name] = country
                else:
                    self._country_names[name.lower()] = country
            for dem in country.demonyms:
                if _short_caps(dem):
                    self._countries_exact[dem] = country
                    self._exact_demonyms.add(dem)
                else:
                    self._demonyms[dem.lower()] = country
        self._leaders: dict[str, Country] = {
            folded_key(name): self._by_iso3[iso3] for iso3, names in data.leaders.items() for name in names
        }
        self._gov_nouns = {w.lower() for w in data.force_nouns.get("government", [])}
        self._force_nouns = {w.lower() for w in data.force_nouns.get("state_forces", [])}
        self._national_weapons = {w.lower() for w in data.force_nouns.get("national_weapons", [])}
        self.attack_nouns = {w.lower() for w in data.force_nouns.get("attack_nouns", [])}
        self._installations = {w.lower() for w in data.force_nouns.get("installations", [])}
        self._police_nouns = {w.lower() for w in data.force_nouns.get("police", [])}
        self._civilian_places = {w.lower() for w in data.force_nouns.get("civilian_places", [])}
        self.civilian_targets = {w.lower() for w in data.force_nouns.get("civilian_targets", [])}
        self._armed_people = {w.lower() for w in data.force_nouns.get("armed_people", [])}
        self._ethnic = {e.lower(): e for e in data.ethnic_groups}
        by_id = {g.id: g for g in data.groups}
        self._un_missions = {iso3: by_id[gid] for iso3, gid in data.un_missions.items() if gid in by_id}
        self._affiliates = {
            gid: {iso3: by_id[aid] for iso3, aid in places.items() if aid in by_id}
            for gid, places in data.affiliates.items()
        }
        self._by_country = set(data.branch_by_country)
        self._militia_nouns = {w.lower() for w in data.militia_nouns}
        self._generic: dict[str, GenericActor] = {}
        for gen in data.generic:
            for noun in gen.nouns:
                self._generic[noun.lower()] = gen

    # --- recognition ------------------------------------------------------------------------------

    def find_groups(self, parse: Any) -> list[GroupSpan]:
        """Named groups in a parsed sentence, longest match first, left to right."""
        pieces = [t.text_with_ws for t in parse]
        lowers = [t.lower_ for t in parse]
        spans: list[GroupSpan] = []
        i, n = 0, len(parse)
        while i < n:
            if lowers[i] not in self._first_words:
                i += 1
                continue
            for length in range(min(self._max_tokens + 1, n - i), 0, -1):
                text = _key("".join(pieces[i : i + length]))
                group = self._groups_exact.get(text) or self._groups_folded.get(text.lower())
                if group is not None:
                    spans.append(GroupSpan(i, i + length, group))
                    i += length
                    break
            else:
                i += 1
        return spans

    def country_of(self, word: str) -> Country | None:
        """The country a word or name stands for ("Syrian", "Britain", "US"), else None."""
        exact = self._countries_exact.get(word)
        if exact is not None:
            return exact
        low = folded_key(word)
        return self._demonyms.get(low) or self._country_names.get(low)

    def country_in(self, tokens: list[Any], head: Any) -> tuple[Country | None, bool]:
        """The first country named in a noun phrase's tokens (up to 4-token names such as "United
        States", "Saudi"), and whether the name includes a proper-noun head ("the United States",
        "Russia"), which makes the phrase the country itself."""
        idx = {t.i for t in tokens}
        doc = head.doc
        for t in tokens:
            # longest first: "Democratic Republic of the Congo" before "Republic of the Congo"
            for length in range(6, 0, -1):
                end = t.i + length
                if any(i not in idx for i in range(t.i, end)) or end > len(doc):
                    continue
                span = doc[t.i : end]
                if head.i in range(t.i, end) and head.pos_ != "PROPN":
                    continue
                country = self.country_of(span.text)
                if country is not None and not _against(doc, t.i) and not _sponsor(doc, end):
                    return country, head.i in range(t.i, end)
        return None, False

    def country_by_iso3(self, iso3: str) -> Country | None:
        return self._by_iso3.get(iso3)

    def is_country_name(self, text: str) -> bool:
        """True when `text` is a country's name or one of its other names ("Israel", "Washington")."""
        text = re.sub(r"^(?:the|The)\s+|\s*'s$", "", text.strip())
        return text in self._countries_exact or folded_key(text) in self._country_names

    def scan_groups(self, text: str) -> list[tuple[int, Group]]:
        """Named groups anywhere in a text (parsed or not): (character offset, group), in order."""
        found = [(m.start(), self._groups_exact[m.group()]) for m in self._exact_re.finditer(text)]
        found += [
            (m.start(), self._groups_folded[folded_key(m.group())]) for m in self._folded_re.finditer(text)
        ]
        return sorted(found, key=lambda f: f[0])

    def resolve_generic(
        self,
        actor: Actor | None,
        groups_before: list[Group],
        groups_after: list[Group] | None = None,
        why: dict[str, str] | None = None,
        key: str = "",
    ) -> Actor | None:
        """An unnamed armed actor ("the militants", "their fighters", "a suicide bomber") is the armed
        group the article last named before it, when that group is a non-state armed group; with none
        before, the one armed group the article names after it, if it names only one."""
        if actor is None or actor.id is not None or actor.name not in _GENERIC_ARMED:
            return actor
        if re.search(r"\b(?:unidentified|unknown)\b", actor.text, re.IGNORECASE):
            return actor  # "an unidentified attacker" says the group is not known
        if key == "actor1" and re.search(r"\bsuspected\b", actor.text, re.IGNORECASE):
            # "suspected insurgents set fire to a school": who did it is not known ("arrested three
            # suspected militants", a target, are people suspected of belonging to the group named)
            return actor
        if re.search(
            r"\b(?:armed|masked|hooded)\s+(?:men|man|persons?|people|individuals)\b", actor.text, re.I
        ):
            return actor  # "armed men" describes people, it does not refer back to a group
        # "a Palestinian gunman" is no group of another nation's people (Israeli settlers)
        nations = {n for w in actor.text.split() if (n := self.demonym_iso3(w))}

        def fits(g: Group) -> bool:
            return g.kind in _ARMED_KINDS and not (nations and g.country and g.country not in nations)

        armed = [g for g in groups_before if fits(g)]
        if not armed:
            later = {g.id: g for g in groups_after or [] if fits(g)}
            if len(later) != 1:
                return actor
            armed = list(later.values())
            g = armed[-1]
            note(
                why,
                f"{key} generic",
                g,
                f"{actor.text!r} is the only armed group the article names: {g.name}",
            )
        g = armed[-1]
        note(why, f"{key} generic", g, f"{actor.text!r} is the armed group last named before: {g.name}")
        return Actor(text=actor.text, name=g.name, country=g.country, kind=g.kind, id=g.id)

    @staticmethod
    def in_scope(groups: list[Group]) -> Actor | None:
        """The armed group an article is about: the one non-state armed group among `groups` (those
        it names up to some point), as an unstated actor (empty text); None for none or several."""
        armed = {g.id: g for g in groups if g.kind in _ARMED_KINDS}
        if len(armed) != 1:
            return None
        g = next(iter(armed.values()))
        return Actor(text="", name=g.name, country=g.country, kind=g.kind, id=g.id)

    def not_a_place(self, text: str) -> bool:
        """True for names that are armed groups or demonyms ("Hamas", "Somali"), not places."""
        key = _key(text)
        return (
            key in self._groups_exact
            or key.lower() in self._groups_folded
            or key.lower() in self._demonyms
            or key in self._exact_demonyms
        )

    def demonym_iso3(self, word: str) -> str | None:
        """ISO3 of a demonym ("Lebanese" -> LBN); None for anything else."""
        country = self._demonyms.get(word.lower())
        return country.iso3 if country else None

    def with_country(self, actor: Actor, iso3: str) -> Actor:
        """State forces named without a country ("the army"), placed in a country by their event:
        "Military Forces" -> "Military Forces of Iraq"."""
        country = self._by_iso3.get(iso3)
        what = next(
            (w for w in ("Police Forces", "Government") if actor.name.startswith(w)), "Military Forces"
        )
        if country is None:
            return actor.model_copy(update={"country": iso3})
        return self._state(actor.text, country, what)

    def as_mission(self, actor: Actor | None, iso3: str) -> Actor | None:
        """UN peacekeepers, or the UN mission, in a country with a peacekeeping mission are that mission:
        "UN peacekeepers exchanged fire with anti-balaka militiamen" in the Central African Republic ->
        MINUSCA."""
        mission = self._un_missions.get(iso3)
        if actor is None or mission is None or not (actor.id == "un" or peacekeeping_force(actor)):
            return actor  # ("Egyptian peacekeepers" serve in the mission too)
        # (its assets too: "a UN helicopter came under fire", "a UN convoy was ambushed")
        if not re.search(_MISSION_WORDS, actor.text, re.IGNORECASE):
            return actor
        return Actor(
            text=actor.text, name=mission.name, country=mission.country, kind=mission.kind, id=mission.id
        )

    def as_affiliate(self, actor: Actor | None, iso3: str) -> Actor | None:
        """A movement's local branch named through the movement ("al Qaeda-linked militants" in Mali,
        "the Islamic State's regional affiliate" in Afghanistan) is that branch where the movement has
        one: JNIM, Islamic State Khorasan Province. A movement listed in `branch_by_country` is its branch
        there even by its plain name ("Islamic State fighters" in Mozambique: Islamic State Mozambique
        Province), as ACLED names it."""
        branch = self._affiliates.get(actor.id or "", {}).get(iso3) if actor is not None else None
        if actor is None or branch is None:
            return actor
        if actor.id not in self._by_country and not _AFFILIATE_RE.search(actor.text):
            return actor
        return Actor(
            text=actor.text, name=branch.name, country=branch.country, kind=branch.kind, id=branch.id
        )

    def placed(self, actor: Actor | None, iso3: str) -> Actor | None:
        """An unnamed actor with no country ("gunmen", "civilians", "the army") takes the country of
        its event's location, as ACLED codes it: "Civilians (Kenya)", "Military Forces of Iraq".
        Named groups keep theirs, even none (Islamic State)."""
        if actor is None or actor.id is not None or actor.country is not None:
            return actor
        if actor.kind in ("state_forces", "government"):
            return self.with_country(actor, iso3)
        return actor.model_copy(update={"country": iso3})

    def as_government(self, actor: Actor | None) -> Actor | None:
        """A country named as such ("Israel", "the United States") outside violence is its government."""
        if actor is None or actor.kind != "state_forces" or actor.country is None:
            return actor
        if not self.is_country_name(actor.text) and self.country_of(actor.text) is None:
            return actor  # a country's name, or its demonym alone ("the British")
        return self._state(actor.text, self._by_iso3.get(actor.country), "Government")

    @staticmethod
    def _state(text: str, country: Country | None, what: str) -> Actor:
        name = f"{what} of {country.name}" if country else what
        return Actor(
            text=text,
            name=name,
            country=country.iso3 if country else None,
            kind="government" if what == "Government" else "state_forces",
            id=f"{what.split()[0].lower()}:{country.iso3}" if country else None,
        )

    def generic(self, noun: str, text: str) -> Actor | None:
        """The unnamed actor a head noun names ("gunmen" -> Unidentified Armed Group), no country."""
        gen = self._generic.get(noun.lower())
        if gen is None:
            return None
        return Actor(text=text, name=gen.name, country=None, kind=gen.kind, id=None)

    def state(self, text: str, country: Country | None, what: str = "Military Forces") -> Actor:
        return self._state(text, country, what)


_MISSION_WORDS = (
    r"peacekeep|mission|troops|blue helmets|\b(?:bases?|helicopters?|convoys?|patrols?|vehicles?|compounds?"
    r"|camps?|aircraft|planes?)\b"
)
_AFFILIATE_RE = re.compile(
    r"\b(?:linked|affiliated|affiliates?|loyal|branch|offshoot|franchise)\b", re.IGNORECASE
)
_ARMED_KINDS = {"rebels", "political_militia", "identity_militia"}
_GENERIC_ARMED = {"Unidentified Armed Group", "Unidentified Rebel Group"}


def _sponsor(doc: Any, end: int) -> bool:
    """ "an Iran-backed militia", "Russian-aligned fighters": the country backing a group is not its own."""
    words = [t.lower_ for t in doc[end : end + 2]] + ["", ""]
    if words[0] == "-" and words[1] in _DESCRIBING:
        return True
    if words[0].lstrip("-") not in _DESCRIBING:
        return False
    # "Egypt backed the plan": the country is the subject of the verb, not a sponsor
    return not (end > 0 and doc[end - 1].dep_ in ("nsubj", "nsubjpass") and doc[end - 1].head.i == end)


def _against(doc: Any, i: int) -> bool:
    """ "anti-Syria", "pro-Russian": a country a phrase is for or against is not its own."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro")


def _short_caps(name: str) -> bool:
    """ "US", "U.S.", "CAR", "DRC": abbreviations matched only in capitals (not "us", "car")."""
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 4
