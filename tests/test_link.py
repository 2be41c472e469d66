"""The linker's rules, one difference at a time (docs/linking.md): type groups, dates by precision,
places by precision, actors, the same article, merges (older id wins) and the chosen values."""

from __future__ import annotations

import pytest
from link_support import event, mention

from frontlines.link import Clusters, load_rules
from frontlines.link.linker import Candidate, compare, link
from frontlines.link.provenance import summarise

R = load_rules()
IS = ("Islamic State", "rebels")


def test_same_incident_in_other_words_links() -> None:
    a = mention(event("a", "Remote explosive/landmine/IED", best=12))
    b = mention(event("b", "Suicide bomb", best=15))
    score = compare(a, b, R)
    assert score is not None and score >= R.threshold


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (event("b", "Peaceful protest"), "a protest is not an attack"),
        (event("b", day="2017-03-09"), "another day"),
        (event("b", place="Qayyarah"), "60 km away from a city"),
        (event("b", place="Aleppo"), "another country"),
    ],
)
def test_hard_conflicts_never_link(other: object, why: str) -> None:
    assert compare(mention(event("a")), mention(other), R) is None, why  # type: ignore[arg-type]


def test_place_distance_depends_on_precision() -> None:
    city = mention(event("a", place="Mosul"))
    assert compare(city, mention(event("b", place="Tel Keppe")), R) is not None  # 17 km: same city area
    assert compare(city, mention(event("c", place="Kirkuk")), R) is None  # 150 km
    province = mention(event("d", place="Nineveh"))
    assert compare(province, mention(event("e", place="Qayyarah")), R) is not None  # inside the province


def test_dates_overlap_by_precision() -> None:
    day = mention(event("a", day="2017-03-07"))
    month = mention(event("b", day="2017-03-01", end="2017-03-31", precision="month"))
    assert compare(day, month, R) is not None
    april = mention(event("c", day="2017-04-10", end="2017-04-30", precision="month"))
    assert compare(day, april, R) is None
    undated = mention(event("d", day=None))
    assert compare(day, undated, R) is not None  # published that day: the days before it


def test_one_article_two_days_stay_apart() -> None:
    a = mention(event("a", day="2017-03-07"), article="same")
    b = mention(event("b", day="2017-03-08"), article="same")
    assert compare(a, b, R) is None


def test_named_actors_that_differ_lower_the_score() -> None:
    base = compare(mention(event("a", actor1=IS)), mention(event("b", actor1=IS)), R)
    other = compare(mention(event("a", actor1=IS)), mention(event("b", actor1=("Army", "state_forces"))), R)
    generic = compare(
        mention(event("a", actor1=IS)), mention(event("b", actor1=("Unidentified Armed Group", "rebels"))), R
    )
    assert base is not None and other is not None and generic is not None
    assert base > generic > other


def test_link_picks_the_best_and_bridges_into_the_oldest() -> None:
    a = mention(event("a", "Attack"), order=1)
    b = mention(
        event("b", "Suicide bomb", "Mosul", "2017-03-01", end="2017-03-31", precision="month", actor1=IS)
    )
    assert link(b, [Candidate("E1", 1, [a])], R).kind == "new"  # related, not enough alike
    c = mention(event("c", "Attack", actor1=IS, best=3))
    decision = link(c, [Candidate("E2", 2, [b]), Candidate("E1", 1, [a])], R)
    assert decision.kind == "merge" and decision.target == "E1" and decision.merged == ("E2",)


def test_clusters_merge_and_redirect() -> None:
    cl = Clusters(R)
    e1 = cl.add(mention(event("a", "Attack"), order=1))
    e2 = cl.add(
        mention(
            event("b", "Suicide bomb", "Mosul", "2017-03-01", end="2017-03-31", precision="month", actor1=IS)
        )
    )
    assert e1 != e2
    assert cl.add(mention(event("c", "Attack", actor1=IS))) == e1
    assert cl.redirects == {e2: e1} and set(cl.by_id) == {e1}
    assert [(c.kind, c.event_id) for c in cl.changes] == [("created", e1), ("created", e2), ("merged", e2)]


def test_chosen_values_and_disagreements() -> None:
    ms = [
        mention(event("a", place="Nineveh", best=12, low=12), source="Wire A", order=1),
        mention(event("b", place="Mosul", best=15), source="Wire B", order=2),
        mention(event("c", place="Mosul", best=14), source="Wire C", order=3),
        mention(event("d", place="Mosul", best=20), source="Wire C", order=4),  # one outlet, counted once
    ]
    s = summarise(ms, R)
    assert s["location"]["name"] == "Mosul"  # the most precise place consistent with the others
    assert s["fatalities"] == {"best": 15, "low": 12, "high": 20}
    assert s["sources"] == ["Wire A", "Wire B", "Wire C"] and s["mentions"] == 4
    assert {"place", "fatalities"} <= set(s["disagreements"])
    origins = s["provenance"]["fatalities"]
    assert [o["source"] for o in origins] == ["Wire A", "Wire B", "Wire C", "Wire C"]
    assert origins[0]["evidence"]["sentence"] == "sentence of a"
