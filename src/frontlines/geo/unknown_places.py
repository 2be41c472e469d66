"""Place names the gazetteer does not know, found by where they stand in the sentence.

`unknown_places` takes a GPE/LOC/FAC entity of the parser's, or a run of proper names, that stands where
places stand: after a locative preposition ("in Sheikh Sa'eed"), named by a place noun ("the village of
Mainok", "Rangae district"), the object of a verb that strikes or takes ground ("recaptured Kidal"),
or a site's name ("stormed the Heart Hospital"); not a people ("Shiite Muslims"), a time zone, a
mission's sender ("the Danish Embassy") or one of a kind of things ("a Black Hawk"). Split from
`geo.attach`, which says how a place relates to an event's trigger and holds the word lists
(`data/attach.v1.yaml`).
"""

from __future__ import annotations

from typing import Any

from frontlines.geo.attach import _PLACE_ENTS, _Words, _words, site_end
from frontlines.geo.toponym_guards import NUMERIC_ENTS, indefinite

# entity types that say a proper name is something other than a place
_NOT_PLACE_ENTS = NUMERIC_ENTS | {"PERSON", "NORP", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"}


def _where_places_stand(tok: Any, tagged: bool, words: _Words, site: bool = False) -> str | None:
    """Where a name whose root is `tok` stands, when that is where a place does: "named" when a place
    noun names it ("the village of Mainok", "Rangae district", "al-Tijara neighbourhood": a place
    whatever the parser's entity type says; so too after "of" and a noun that names a part or the people of
    a place: "the outskirts of Zzyzqa", "residents of Kasumbalesa", "northeast of Karmah"), "located" after
    a locative preposition ("in Sheikh Sa'eed", "near the T-3 Airport") or, for a name the parser
    tags as a place or that reads as a site (`site`: "the Heart Hospital", "Jabal al-Sayyid"), as the
    object of a verb ("stormed the Heart Hospital", "Utah Beach was captured", "to capture Kabbani",
    "patrolled Nouackchott"); else None. A name coordinated with or in apposition to such a name stands
    there too."""
    cur = tok
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
        cur = cur.head
    head = cur.head
    if cur.dep_ == "pobj":
        if head.lower_ == "of" and _in_a_name(head.head):
            return None  # "the Islamic State of Iraq", "the Bank of Baghdad": an organisation's name
        if head.lower_ == "of" and (words.place_noun(head.head) or head.head.lower_ in words.facility):
            return "named"
        if head.lower_ == "of" and (head.head.lower_ in words.part or head.head.lemma_ in words.part):
            return "named"
        return "located" if head.lower_ in words.locative else None
    if cur.dep_ in ("compound", "nmod") and head.i != cur.i:
        return "named" if words.place_noun(head) or head.lower_ in words.facility else None
    # a person the parser tags as a place is often the one shot or captured ("Zeevi was shot"): a passive
    # subject is a place when it reads as a site or is tagged a location or facility, not a town
    if cur.dep_ == "dobj" and (site or tagged):
        return "located"
    if cur.dep_ == "nsubjpass" and (site or tok.ent_type_ in ("LOC", "FAC")):
        return "located"
    return None


def _ground_taken(tok: Any, words: _Words) -> bool:
    """Is `tok` (or the name it is coordinated with) the object of a verb that takes ground ("recaptured
    Kidal", "seized Kidal and the rest of the north")?"""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "dobj" and cur.head.lemma_.lower() in words.taken:
        return True
    # "recaptured Kidal, the rebels' stronghold": the parser may hang the verb on the name it takes
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.pos_ == "VERB" and before.lemma_.lower() in words.taken


def _struck(span: Any, words: _Words) -> bool:
    """ "bombed Waku-Congo", "shelled Gagrian and Sawjian area", "stormed Mar'e": a name no person's (or one
    it is coordinated with) that a verb striking or taking only ground has for its object (attach.v1.yaml
    `struck_verbs`, `taken_verbs` but "capture" and "seize", which take people too)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head.lemma_.lower()
    ground = verb in words.struck or (verb in words.taken and verb not in ("capture", "seize"))
    return root.dep_ == "dobj" and ground and all(t.ent_type_ != "PERSON" for t in span)


def _in_a_name(noun: Any) -> bool:
    """A capitalised noun after another capitalised word: part of a name ("Islamic State of")."""
    return bool(noun.i > 0 and noun.text[:1].isupper() and noun.doc[noun.i - 1].text[:1].isupper())


def _known_yet_place(span: Any, stands: str, parse: Any, start: int, demonym: Any) -> bool:
    """A name the gazetteer knows that the toponym finder left (a surname, an English word, a name the
    parser calls a nationality) is a place still when it begins with an Arabic article ("al-Bukamal"), or
    when a noun names it and it is no demonym ("Mohammad Agha District", "al-Ain refugee camp", "the
    countryside of Aleppo"; not "the Thai province of Pattani")."""
    if hyphen_article(parse, start):
        return True
    return stands in ("named", "located") and not demonym(span.text)


def _a_people(span: Any, demonym: Any, named: bool) -> bool:
    """ "Albanians", "Shiite Muslims", "Croatian Serbs": a plural the parser tags (or whose first word it
    tags) a nationality or religious group, or a demonym's plural; not a place noun's or a feature's."""
    text = span.text
    if not text.endswith("s") or _words().place_noun(span[-1]) or span[-1].lower_ in _words().facility:
        return False  # "the Golan Heights", "the Nuba Mountains": a place's name
    if demonym(text[:-1]) or (len(span) > 1 and span[0].ent_type_ == "NORP"):
        return True  # "Albanians", "Croatian Serbs", "Shiite Muslims"
    # a single name the parser tags a group ("Muslims marched"), unless a place noun names it: "the
    # province of Esmeraldas" is a place whatever its tag
    return not named and all(t.ent_type_ == "NORP" for t in span)


def _cap_noun(parse: Any, i: int) -> bool:
    """ "in Durres", "in Taez": a capitalised word inside the sentence the parser calls a common noun."""
    tok = parse[i]
    return (
        i > 0
        and tok.pos_ == "NOUN"
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.text.isupper()
        and parse[i - 1].text not in ('"', "``", "'", ":", ".", "-", "(")
    )


def foreign_adjective(tok: Any, english: frozenset[str] = frozenset()) -> bool:
    """ "Madduvil area", "shelled Gagrian and Sawjian area": a capitalised word inside the sentence the
    parser calls an adjective, no English word (`english`: not "Kurdish", "Shiite areas"), that modifies
    a singular place noun (or is coordinated with one that does): the name of the place the noun names."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    noun = cur.head
    return (
        tok.i > 0
        and tok.tag_ == "JJ"
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.text.isupper()
        and tok.lower_ not in english
        and cur.dep_ == "amod"
        and noun.i > cur.i
        and noun.tag_ == "NN"
        and noun.text.islower()
        and _words().place_noun(noun)
    )


_QUOTES = str.maketrans("", "", "'\u2018\u2019`")


def english_run(span: Any, english: frozenset[str]) -> bool:
    """Are the span's words (those with a letter, read without apostrophes) all English words, and is
    there one ("the Northern Alliance", "Parliament")? A name with an apostrophe in every word
    ("Mayda'a", "Dara\u2019a", "\u2018Ibtra\u2019a") is no English run: no word of it is alphabetic."""
    words = [t.lower_.translate(_QUOTES) for t in span if any(c.isalpha() for c in t.text)]
    return bool(words) and all(w in english for w in words)


def hyphen_article(parse: Any, i: int) -> bool:
    """ "al-Mashi", "el-Ain": a short lowercase article joined by a hyphen to a capitalised name."""
    return (
        i + 2 < len(parse)
        and parse[i].text.isalpha()
        and parse[i].text.islower()
        and len(parse[i].text) <= 3
        and not parse[i].whitespace_
        and parse[i + 1].text == "-"
        and not parse[i + 1].whitespace_
        and parse[i + 2].text[:1].isupper()
    )


def unknown_places(
    parse: Any,
    taken: set[int],
    known: Any,
    demonym: Any = lambda text: None,
    english: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Token ranges of the sentence's place names that no toponym covers (`taken`: toponyms' and named
    groups' tokens) and the gazetteer does not know (`known(text)`): a GPE/LOC/FAC entity, or a run of
    proper names, standing where places stand (`_where_places_stand`); a name the parser calls an
    organisation only when it ends in a facility noun ("Minya University", "the Heart Hospital"); a
    foreign word the parser calls an adjective on a place noun ("Madduvil area": `foreign_adjective`, with
    the parsing model's `english` words)."""
    words = _words()
    runs: list[tuple[int, int, bool]] = []
    for ent in parse.ents:
        if ent.label_ in _PLACE_ENTS:
            runs.append((ent.start, site_end(parse, ent.end), True))  # "the Deir Ezzor Governorate"
    i, n = 0, len(parse)
    while i < n:
        if (
            (parse[i].pos_ == "PROPN" and parse[i].text[:1].isupper())
            or hyphen_article(parse, i)
            or _cap_noun(parse, i)
            or (english and foreign_adjective(parse[i], english))
        ):
            j = i + 1
            while j < n and (
                parse[j].pos_ == "PROPN"
                or (parse[j].text[:1].isupper() and parse[j].lower_ in words.facility)
                or (parse[j].text == "-" and not parse[j - 1].whitespace_ and j + 1 < n)
            ):
                j += 1
            while j > i + 1 and parse[j - 1].text == "-":
                j -= 1
            runs.append((i, j, False))
            i = j
        else:
            i += 1
    found: list[tuple[int, int]] = []
    used: set[int] = set()
    for start, end, tagged in runs:
        while start < end and parse[start].pos_ == "DET":
            start += 1
        if start >= end or any(k in taken or k in used for k in range(start, end)):
            continue
        span = parse[start:end]
        if not (span.text[:1].isupper() or hyphen_article(parse, start)) or span[-1].lower_ in words.mission:
            continue  # "the Danish Embassy in Islamabad": the sender's name; the host place says where
        if all(t.lower_ in words.time_zones for t in span):
            continue  # "(1300 GMT)", "at 0900 UTC": a time
        if indefinite(span):
            continue  # "shot down a Black Hawk": one of a kind of things
        site = (span[-1].lower_ in words.facility and span[-1].text[:1].isupper()) or (
            len(span) > 1 and span[0].lower_ in words.prefixes
        )
        adjective = len(span) == 1 and bool(english) and foreign_adjective(span[0], english)
        stands = "named" if adjective else _where_places_stand(span.root, tagged, words, site)
        ground = (
            stands is None
            and ((_ground_taken(span.root, words) and known(span.text)) or _struck(span, words))
            and not demonym(span.text)
        )
        if ground:
            stands = "located"  # "recaptured Kidal" (tagged a nationality): the ground taken
        if _a_people(span, demonym, stands == "named" or ground):
            continue  # "Shiite Muslims marched", "the stronghold of the Croatian Serbs": people, not a place
        if stands is None or (known(span.text) and not _known_yet_place(span, stands, parse, start, demonym)):
            continue
        # where it stands says place, whatever the parser's entity type ("the neighbourhood of Baba Amr",
        # "at Thangam Nagar", tagged a person, an organisation)
        ents = {t.ent_type_ for t in span} - {"", "PERSON", "NORP", "ORG"}
        if ents & _NOT_PLACE_ENTS and not tagged:
            continue
        found.append((start, end))
        used.update(range(start, end))
    return found
