"""Geoparsing benchmark adapters (GeoWebNews, LGL, TR-News) on tiny invented fixtures in the real layouts.

tests/fixtures/geo/ stands in for the shared benchmarks folder: geoparsing/data/GWN.xml and
geoparsing/data/Corpora/{lgl,TR-News}.xml. Nothing here reads ../shared.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontlines.errors import ConfigError, FrontlinesError
from frontlines.eval.bench_geo import (
    PUBLISHED,
    resolve_doc,
    run_geowebnews,
    run_lgl,
    run_tr_news,
    select,
    split_of,
)
from frontlines.eval.geo_candidates import embedded, name_forms
from frontlines.eval.geo_formats import (
    BenchDataError,
    GeoDoc,
    GoldToponym,
    geo_file,
    place,
    read_corpus,
    read_gwn,
)
from frontlines.eval.registry import runner
from frontlines.eval.report import BenchReport
from frontlines.geo.gazetteer import default_index

ROOT = Path(__file__).parent / "fixtures" / "geo"


@pytest.fixture(scope="module")
def gwn() -> BenchReport:
    return run_geowebnews(ROOT, "all", None)


@pytest.fixture(scope="module")
def lgl() -> BenchReport:
    return run_lgl(ROOT, "all", None)


def table_row(rep: BenchReport, table: str, first: str) -> list[str]:
    return next(r for r in rep.tables[table] if r[0] == first)


# --- formats --------------------------------------------------------------------------------------


def test_gwn_reader_keeps_types_coordinates_and_title_annotations() -> None:
    docs = read_gwn(geo_file(ROOT, "GWN.xml"))
    assert [d.doc_id for d in docs] == ["7", "12"]
    aden = docs[0].toponyms[0]
    assert (aden.text, aden.type, aden.geonameid, aden.toponym) == ("Aden", "Literal", 415189, True)
    assert docs[0].text[aden.start or 0 : aden.end or 0] == "Aden"
    city = next(t for t in docs[0].toponyms if t.text == "city")
    assert city.toponym is False and city.lat is None
    yemen = next(t for t in docs[0].toponyms if t.text == "Yemen")
    assert yemen.start is None and yemen.lat == 15.5  # negative offset: it is in the title
    assert docs[0].unplaced == 1


def test_corpus_reader_realigns_shifted_offsets() -> None:
    doc = read_corpus(geo_file(ROOT, "Corpora", "TR-News.xml"))[0]
    kabul = doc.toponyms[0]
    assert (kabul.start, kabul.end) == (doc.text.index("Kabul"), doc.text.index("Kabul") + 5)
    assert doc.realigned == 1
    assert (kabul.fclass, kabul.fcode, kabul.geonameid) == ("P", "PPLC", 1138958)


def test_place_and_name_forms() -> None:
    text = "Shelling hit Gaza and then Gaza again."
    assert place(text, 13, 17, "Gaza") == (13, 17)
    assert place(text, 15, 19, "Gaza") == (13, 17)  # nearest occurrence
    assert place(text, 29, 33, "Gaza") == (27, 31)
    assert place(text, -5, -1, "Gaza") is None
    assert place(text, 13, 18, "Rafah") is None
    assert name_forms("the Gaza Strip's") == [
        "the Gaza Strip's",
        "Gaza Strip's",
        "the Gaza Strip",
        "Gaza Strip",
    ]
    assert name_forms("Tripoli") == ["Tripoli"]


def test_a_place_inside_a_longer_name_is_resolved() -> None:
    index = default_index()
    form, cands = embedded(index, "University of Alberta")
    assert form == "Alberta" and any(p.kind == "admin1" and p.country == "CAN" for p in cands)
    assert embedded(index, "South Kilburn Estate")[0] == "Kilburn"  # not a province called "South"
    form, cands = embedded(index, "European Commission")
    assert form == "European" and [p.name for p in cands] == ["Europe"]
    # a feature's generic word is never the place inside its name; the rest of the name may be
    assert embedded(index, "Lake Cumberland")[0] == "Cumberland"
    assert embedded(index, "Aleutian Islands") == ("Aleutian Islands", [])
    assert embedded(index, "Whole Foods") == ("Whole Foods", [])  # common words
    text = "He studied at the University of Alberta before moving to the Craven Cottage stadium."
    doc = GeoDoc(
        "x",
        text,
        [
            GoldToponym("University of Alberta", 18, 39, lat=55.0, lon=-115.0),
            GoldToponym("Craven Cottage", 61, 75),
        ],
    )
    (alberta,) = resolve_doc(index, doc)
    assert alberta.chosen is not None and alberta.chosen.name == "Alberta" and alberta.correct


# --- GeoWebNews -----------------------------------------------------------------------------------


def test_geowebnews_resolution(gwn: BenchReport) -> None:
    # Aden, Yemen (title), Lebanon, Tripoli (context: Lebanon), Tripoli's (possessive stripped) right;
    # Alexandria, Virginia resolved to Alexandria, Egypt; Qarnat Zorbat has no candidate
    assert gwn.items == 2 and gwn.split == "all"
    assert gwn.get("acc@161km") == pytest.approx(5 / 7)
    assert gwn.get("exact GeoNames id") == pytest.approx(5 / 6)
    assert gwn.get("coverage") == pytest.approx(6 / 7)
    assert gwn.get("candidate ceiling @161km") == pytest.approx(6 / 7)  # Alexandria, USA was a candidate
    # Mordecai 3's own figure leaves out Qarnat Zorbat, whose gold id no candidate has
    assert gwn.get("acc@161km, gold among candidates") == pytest.approx(5 / 6)
    assert gwn.get("median error km") == 0.0
    assert gwn.get("mean error km") == pytest.approx(9175.8 / 6, abs=1)


def test_geowebnews_recognition_and_types(gwn: BenchReport) -> None:
    # toponym spans placed in the text: Aden, Alexandria, Qarnat Zorbat, Lebanon, Tripoli, Tripoli's
    assert gwn.get("toponym recall") == pytest.approx(5 / 6)
    assert gwn.get("toponym precision") == 1.0
    table = "by GeoWebNews toponym type"
    assert table_row(gwn, table, "Literal") == ["Literal", "4", "50.0%", "4", "75.0%"]
    assert table_row(gwn, table, "Metonymic") == ["Metonymic", "2", "100.0%", "1", "100.0%"]
    assert table_row(gwn, table, "Non_Toponym *") == ["Non_Toponym *", "0", "n/a", "1", "0.0%"]
    assert table_row(gwn, "by feature level", "unknown")[1:3] == ["1", "0.0%"]
    assert PUBLISHED in gwn.notes
    assert any("could not be placed" in n for n in gwn.notes)
    assert "acc@161km" in gwn.to_markdown()


# --- LGL ------------------------------------------------------------------------------------------


def test_lgl_resolution_counts_the_gold_feature_as_exact(lgl: BenchReport) -> None:
    # Mosul right; Canada is the gold GeoNames feature but our centroid is 1,031 km from GeoNames';
    # Springfield, Illinois resolved to Springfield, Ohio (Ohio is named); Ohio (the US state, with its
    # GeoNames id) right; Miller Creek has no candidate
    assert lgl.get("acc@161km") == pytest.approx(3 / 5)
    assert lgl.get("acc@161km, our coordinates") == pytest.approx(2 / 5)
    assert lgl.get("exact GeoNames id") == pytest.approx(3 / 5)
    assert lgl.get("coverage") == pytest.approx(4 / 5)
    assert lgl.get("mean error km") == pytest.approx(498.1 / 4, abs=1)
    assert table_row(lgl, "by feature level", "country") == [
        "country",
        "1",
        "100.0%",
        "100.0%",
        "1",
        "100.0%",
    ]
    assert table_row(lgl, "by feature level", "admin1") == ["admin1", "1", "100.0%", "100.0%", "1", "100.0%"]
    assert table_row(lgl, "by feature level", "city")[1:3] == ["2", "50.0%"]
    assert "by GeoWebNews toponym type" not in lgl.tables


def test_lgl_recognition(lgl: BenchReport) -> None:
    # gold spans: Mosul (first mention only), Canada, Springfield, Ohio, Dogpatch Hollow, Miller Creek;
    # recognised: Mosul, Canada, Mosul (not annotated: a false positive), Springfield, Ohio, and "Miller"
    # and "Creek" (two small towns) inside Miller Creek
    assert lgl.get("toponym recall") == pytest.approx(5 / 6)
    assert lgl.get("toponym precision") == pytest.approx(6 / 7)


# --- TR-News --------------------------------------------------------------------------------------


def test_tr_news_one_right_one_wrong_one_unresolved() -> None:
    rep = run_tr_news(ROOT, "all", 1)  # first document: Kabul right, Paris (Texas) wrong, Zorbistan unknown
    assert rep.items == 1
    assert rep.get("acc@161km") == pytest.approx(1 / 3)
    assert rep.get("exact GeoNames id") == pytest.approx(1 / 3)
    assert rep.get("coverage") == pytest.approx(2 / 3)
    assert rep.get("toponym recall") == pytest.approx(2 / 3)
    assert rep.get("toponym precision") == 1.0
    assert any("1 of 3 gold offsets" in n for n in rep.notes)
    everything = run_tr_news(ROOT, "all", None)
    assert everything.items == 2 and everything.get("acc@161km") == pytest.approx(2 / 4)


# --- errors, splits, registry ---------------------------------------------------------------------


def test_splits_are_halves_by_the_document_key_hash() -> None:
    # sha1("9001") = "5…" (odd), sha1("9002") = "c…" (even), sha1("2") = "d…" (odd)
    assert (split_of("9001"), split_of("9002"), split_of("2")) == ("test", "dev", "test")
    docs = read_corpus(geo_file(ROOT, "Corpora", "TR-News.xml"))
    dev, test = select(docs, "dev"), select(docs, "test")
    assert sorted(d.doc_id for d in dev + test) == sorted(d.doc_id for d in docs)
    assert not {d.doc_id for d in dev} & {d.doc_id for d in test}
    assert all(split_of(d.doc_id) == "dev" for d in dev)
    rep = run_tr_news(ROOT, "dev", None)
    assert rep.split == "dev" and rep.items == len(dev)
    with pytest.raises(ConfigError):
        run_tr_news(ROOT, "train", 1)


def test_missing_data_names_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(BenchDataError, match=re.escape(str(tmp_path / "geoparsing"))):
        run_geowebnews(tmp_path, "all", None)
    (tmp_path / "geoparsing").mkdir()
    with pytest.raises(FrontlinesError, match=r"lgl\.xml"):
        run_lgl(tmp_path, "all", None)


def test_registry_finds_the_runners() -> None:
    assert runner("geowebnews") is run_geowebnews
    assert runner("lgl") is run_lgl
    assert runner("tr-news") is run_tr_news
