"""The output contract (DESIGN.md §2) as code: every field with its name and type, and `schema`."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.extract import Extractor
from frontlines.model import json_schema

# Transcribed from ../shared/DESIGN.md §2 (version 1), plus the 1.1 additions (`injured`, `captured`:
# Count objects shaped like Fatalities). JSON types; "null" where the contract says |null.
CONTRACT: dict[str, dict[str, set[str]]] = {
    "ExtractResult": {"schema": {"string"}, "article": {"object"}, "events": {"array"}},
    "Article": {
        "id": {"string"},
        "url": {"string", "null"},
        "source": {"string", "null"},
        "title": {"string", "null"},
        "published": {"string", "null"},
        "dateline": {"object", "null"},
        "language": {"string"},
        "genre": {"string"},
        "body": {"string"},
        "boilerplate": {"array"},
    },
    "Dateline": {"place": {"string", "null"}, "date": {"string", "null"}},
    "Event": {
        "id": {"string"},
        "plover": {"object"},
        "acled": {"object", "null"},
        "cameo": {"string", "null"},
        "actor1": {"object", "null"},
        "actor2": {"object", "null"},
        "location": {"object", "null"},
        "date": {"object"},
        "fatalities": {"object"},
        "injured": {"object"},  # 1.1
        "captured": {"object"},  # 1.1
        "factuality": {"string"},
        "attribution": {"string", "null"},
        "historical": {"boolean"},
        "evidence": {"object"},
        "confidence": {"number"},
    },
    "Plover": {"type": {"string"}, "mode": {"string", "null"}},
    "Acled": {"event_type": {"string"}, "sub_event_type": {"string"}},
    "EventDate": {
        "text": {"string", "null"},
        "start": {"string", "null"},
        "end": {"string", "null"},
        "precision": {"string", "null"},
    },
    "Fatalities": {
        "best": {"integer", "null"},
        "low": {"integer", "null"},
        "high": {"integer", "null"},
        "text": {"string", "null"},
    },
    "Count": {
        "best": {"integer", "null"},
        "low": {"integer", "null"},
        "high": {"integer", "null"},
        "text": {"string", "null"},
    },
    "Evidence": {"sentence": {"string"}, "start": {"integer"}, "end": {"integer"}, "trigger": {"string"}},
    "Actor": {
        "text": {"string"},
        "name": {"string"},
        "country": {"string", "null"},
        "kind": {"string"},
        "id": {"string", "null"},
    },
    "Place": {
        "text": {"string"},
        "name": {"string"},
        "country": {"string", "null"},
        "admin1": {"string", "null"},
        "admin2": {"string", "null"},
        "lat": {"number", "null"},
        "lon": {"number", "null"},
        "geonameid": {"integer", "null"},
        "precision": {"string", "null"},  # 1.1: null for a place kept as text
    },
}
ENUMS = {
    ("Event", "factuality"): {"asserted", "predicted", "hypothetical", "negated", "uncertain"},
    ("Article", "genre"): {"news", "opinion", "press_release", "other"},
    ("EventDate", "precision"): {"day", "week", "month", "year"},
    ("Place", "precision"): {"point", "city", "district", "admin1", "country", "region"},
    ("Actor", "kind"): {
        "state_forces", "government", "rebels", "political_militia", "identity_militia", "rioters",
        "protesters", "civilians", "external", "other",
    },
    ("Plover", "type"): {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    },
}  # fmt: skip


def _types(prop: dict[str, Any], defs: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(JSON types, enum values) of a schema property, following $ref and anyOf."""
    types: set[str] = set()
    enum: set[str] = set()
    options = prop.get("anyOf", [prop])
    for opt in options:
        if "$ref" in opt:
            target = defs[opt["$ref"].rsplit("/", 1)[-1]]
            types.add(target.get("type", "string" if "enum" in target else "object"))
            enum |= set(target.get("enum", []))
        elif "const" in opt:
            types.add("string")
            enum.add(opt["const"])
        else:
            types.add(opt["type"])
            enum |= set(opt.get("enum", []))
    return types, enum


def test_every_contract_field_exists_with_its_type() -> None:
    schema = json_schema()
    defs: dict[str, Any] = schema["$defs"]  # type: ignore[assignment]
    models = {**defs, "ExtractResult": schema}
    for model, fields in CONTRACT.items():
        props = models[model]["properties"]
        for name, expected in fields.items():
            assert name in props, f"{model}.{name} missing"
            types, enum = _types(props[name], defs)
            assert types == expected, f"{model}.{name}: {types} != {expected}"
            if (model, name) in ENUMS:
                assert enum == ENUMS[(model, name)], f"{model}.{name} values {enum}"
        # every field is always present in the output (unknown is null, never missing)
        required = set(models[model].get("required", []))
        assert set(fields) <= required, f"{model}: not always present: {set(fields) - required}"
        extra = set(props) - set(fields)
        assert extra <= {"stages"}, f"{model} has fields the contract does not name: {extra}"


def test_schema_id_is_the_contract_version() -> None:
    schema = json_schema()
    assert schema["$id"] == "frontlines/extract/1.1"
    assert schema["properties"]["schema"]["const"] == "frontlines/extract/1.1"  # type: ignore[index]


def test_schema_command_prints_the_generated_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


def test_real_output_validates_against_the_schema(extractor: Extractor) -> None:
    text = (
        "KABUL, Afghanistan (Jan. 25, 2013) — Taliban fighters attacked a police checkpoint in Ghazni "
        "province on Monday, killing three officers, the provincial governor said."
    )
    result = extractor.extract_text(text, published="2013-01-25")
    data = result.to_json_dict()
    jsonschema.validate(data, json_schema())
    assert data["events"], "expected at least one event"
    # offsets point into the body
    for event in data["events"]:
        ev = event["evidence"]
        assert data["article"]["body"][ev["start"] : ev["end"]] == ev["sentence"]


@pytest.mark.parametrize("bad", [{"factuality": "maybe"}, {"confidence": 1.5}])
def test_schema_rejects_values_outside_the_contract(extractor: Extractor, bad: dict[str, object]) -> None:
    result = extractor.extract_text(
        "Gunmen attacked a checkpoint in Mosul on Monday.", published="2017-01-10"
    )
    data = result.to_json_dict()
    data["events"][0].update(bad)  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())
