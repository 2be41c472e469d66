"""The gazetteer's consonant-skeleton index (schema 4): written by the build, bisected at look-up."""

from __future__ import annotations

from frontlines import knowledge
from frontlines.geo.names import skeleton
from frontlines.knowledge_gazetteer import GazetteerFile, skeleton_index


def test_the_files_skeleton_index_is_the_skeletons_of_its_names() -> None:
    # written by the build (schema 4): stale when `skeleton` changes and the file is not rebuilt
    gaz = knowledge.gazetteer()
    assert gaz._bones == f"\n{skeleton_index(list(gaz.names))}\n"
    assert "ma'arrat an nu'man" in gaz.keys_of_skeleton("mrtnmn")


def _tiny_file(keys: list[str]) -> GazetteerFile:
    n = len(keys)
    column = list(range(n))
    return GazetteerFile(
        {
            "schema": "frontlines/gazetteer/4",
            "version": "test",
            "provenance": "test",
            "built": "2026-01-01",
            "counts": {"city": n},
            "strings": ["city", "SYR"],
            "places": {
                "id": column,
                "name": keys,
                "country": [1] * n,
                "kind": [0] * n,
                "lat": [0] * n,
                "lon": [0] * n,
                "pop": [0] * n,
                "admin1": [-1] * n,
                "admin2": [-1] * n,
            },
            "names": {"keys": keys, "rows": column},
            "skeletons": skeleton_index(keys),
            "demonyms": {},
        }
    )


def test_skeleton_lookup_bisects_to_every_line_and_only_whole_skeletons() -> None:
    keys = ["aya", "bab", "babb", "bb", "hama", "homs", "hums", "maarat al-numan", "zab", "zabb"]
    gaz = _tiny_file(keys)
    expected: dict[str, list[str]] = {}
    for key in keys:
        expected.setdefault(skeleton(key), []).append(key)
    assert expected["hms"] == ["homs", "hums"] and expected[""] == ["aya"]
    for bone, names in expected.items():
        assert gaz.keys_of_skeleton(bone) == names
    for absent in ("a", "bbx", "h", "hmx", "hmss", "mrtnm", "zzz", "\t", "\n", "zb\tb"):
        assert gaz.keys_of_skeleton(absent) == []
    assert gaz.countries_of("homs") == {"SYR"} and gaz.countries_of("nowhere") == set()
    assert _tiny_file([]).keys_of_skeleton("") == []
