"""`frontlines explain`: the reasons it shows for events, rejected and dropped triggers, and chrome."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.code.confidence import FEATURES, score
from frontlines.explain import date_rule
from frontlines.knowledge import confidence_model

ARTICLE = Path(__file__).parent / "fixtures" / "explain" / "article.txt"
runner = CliRunner()


def explain_json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["explain", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def sentence(data: dict[str, Any], words: str) -> dict[str, Any]:
    return next(s for s in data["sentences"] if words in s["text"])


def test_predicted_event_shows_its_factuality_cue_and_field_reasons() -> None:
    data = explain_json(str(ARTICLE), "--published", "2017-03-03")
    s = sentence(data, "will attack")
    assert s["candidate"] and s["parsed"] and s["candidate_word"] == "attack"
    (event,) = s["events"]
    fields = event["fields"]
    assert fields["factuality"]["value"] == "predicted"
    assert "'will'" in fields["factuality"]["why"]
    assert fields["actor1"]["why"].startswith("subject of the verb")
    assert "generic head noun" in fields["actor1"]["why"]
    assert "'Idlib'" in fields["location"]["why"] and "attached to the trigger" in fields["location"]["why"]
    assert "'next week'" in fields["date"]["why"] and "relative to the reference" in fields["date"]["why"]
    assert fields["attribution"]["value"] == "a commander"
    assert fields["confidence"]["why"].startswith("logistic(")
    assert "not_asserted" in fields["confidence"]["why"]
    assert [t["outcome"] for t in s["triggers"]] == ["event"]


def test_rejected_trigger_shows_why() -> None:
    data = explain_json(str(ARTICLE), "--published", "2017-03-03")
    s = sentence(data, "seized weapons")
    assert s["events"] == []
    seized = next(t for t in s["triggers"] if t["text"] == "seized")
    assert seized["outcome"] == "rejected"
    assert seized["trigger"] == "capture_territory" and seized["kind"] == "verbal"
    assert "place_or_position object" in seized["reason"]


def test_dropped_trigger_and_non_candidate_sentence() -> None:
    data = explain_json(str(ARTICLE), "--published", "2017-03-03")
    striker = sentence(data, "striker")
    # "striker" is no form a trigger fires on ("strike" as verb or noun), so no "no entry" row for it
    attacked = next(t for t in striker["triggers"] if t["text"] == "attacked")
    assert attacked["outcome"] == "dropped" and "no actor" in attacked["reason"]
    weather = sentence(data, "weather")
    assert not weather["candidate"] and not weather["parsed"]
    assert weather["why"].startswith("not a candidate")


def test_chrome_lines_with_reasons() -> None:
    data = explain_json(str(ARTICLE), "--published", "2017-03-03", "--chrome")
    removed = {d["line"]: d["reason"] for d in data["chrome"] if d["label"] != "body"}
    assert removed["Share this article on Facebook"] == "call_to_action"
    assert all("Share this" not in s["text"] for s in data["sentences"])


def test_rich_text_output_and_jsonl_index(tmp_path: Path) -> None:
    result = runner.invoke(app, ["explain", str(ARTICLE), "--published", "2017-03-03"])
    assert result.exit_code == 0, result.output
    assert "rejected" in result.stdout and "no place_or_position object" in result.stdout
    assert "cue 'will'" in result.stdout
    feed = tmp_path / "two.jsonl"
    records = [
        {"text": "The weather was mild on Monday.", "published": "2017-03-03"},
        {"text": "Gunmen attacked a police checkpoint in Kandahar on Monday.", "published": "2017-03-03"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    second = explain_json(str(feed), "--index", "1")
    assert second["article"]["events"] == 1
    missing = runner.invoke(app, ["explain", str(feed), "--index", "5"])
    assert missing.exit_code == 2


def test_confidence_model_matches_features() -> None:
    model = confidence_model()
    assert set(model.features) == set(FEATURES)
    low, _ = score({})
    high, why = score({"actor1": 1.0, "actor2": 1.0, "named_actor": 1.0, "remote_violence": 1.0})
    assert 0.0 < low < high < 1.0
    assert model.version in why


def test_date_rule_names() -> None:
    assert date_rule("on Monday").startswith("weekday")
    assert date_rule("last week").startswith("a period")
    assert date_rule("in 2014").startswith("a year alone")
    assert date_rule("March 2").startswith("an explicit day")
