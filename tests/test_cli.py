"""`frontlines extract` from the outside: formats, exit codes, and bad input that never stops a batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlines.cli import app

GOOD = "Gunmen attacked a police checkpoint in Kandahar on Monday, killing two officers.\n"
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed entry point, in a real process (stdin, stdout, stderr and exit code as a user sees)."""
    return subprocess.run(
        [sys.executable, "-m", "frontlines", *args], input=stdin, capture_output=True, timeout=300
    )


def test_stdin_json_palmyra() -> None:
    text = b"Syrian troops recaptured the ancient city of Palmyra from Islamic State fighters on Thursday."
    proc = run("extract", "-", "--published", "2017-03-03", "--source", "Levant Wire", stdin=text)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema"] == "frontlines/extract/1.1"
    assert data["article"]["source"] == "Levant Wire"
    assert data["events"][0]["date"]["start"] == "2017-03-02"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"Troops attacked the town \xff\xfe of Mosul.", "not_utf8"),
    ],
)
def test_bad_single_input_exits_3_with_reason(payload: bytes, reason: str) -> None:
    proc = run("extract", "-", stdin=payload)
    assert proc.returncode == 3
    assert proc.stderr.decode().startswith(f"rejected: {reason}")
    assert b"Traceback" not in proc.stderr
    assert proc.stdout == b""


def test_too_large_is_rejected(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 200)
    result = runner.invoke(app, ["extract", str(big), "--max-bytes", "1000"])
    assert result.exit_code == 3
    assert "rejected: too_large" in result.stderr


def test_size_limit_default_comes_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINES_INPUT_MAX_BYTES", "500")
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 20)
    result = runner.invoke(app, ["extract", str(big)])
    assert result.exit_code == 3 and "too_large" in result.stderr


def test_directory_with_one_bad_document_processes_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary junk")
    sub = tmp_path / "nested"
    sub.mkdir()
    (sub / "c.txt").write_text("Houthi fighters seized the port of Hodeidah on Sunday.")
    (tmp_path / "d.txt").write_text("")
    log = tmp_path / "rejections.jsonl"
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path),
            "--format",
            "jsonl",
            "--published",
            "2018-06-12",
            "--rejections",
            str(log),
        ],
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 2
    assert all(line["article"]["published"] == "2018-06-12" for line in lines)
    assert "b.txt: binary" in result.stderr and "d.txt: empty" in result.stderr
    assert "summary: 4 read, 2 coded" in result.stderr
    assert "2 rejected (binary 1, empty 1), 0 failed" in result.stderr
    records = [json.loads(x) for x in log.read_text().splitlines()]
    assert {(Path(r["document"]).name, r["reason"]) for r in records} == {
        ("b.txt", "binary"),
        ("d.txt", "empty"),
    }


def test_jsonl_with_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "text": GOOD,
                        "published": "2020-02-04",
                        "source": "Wire A",
                        "url": "https://a.example/1",
                    }
                ),
                "{not json",
                json.dumps({"title": "no text field"}),
                json.dumps({"text": GOOD, "published": "04/02/2020"}),
                json.dumps({"text": "Rebels shelled Goma on Friday.", "published": "2020-02-08"}),
            ]
        )
    )
    result = runner.invoke(app, ["extract", str(src), "--format", "jsonl"])
    assert result.exit_code == 0
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["article"]["published"] for o in out] == ["2020-02-04", "2020-02-08"]
    assert out[0]["article"]["url"] == "https://a.example/1"
    assert "batch.jsonl:2: invalid: line is not JSON" in result.stderr
    assert 'batch.jsonl:3: invalid: line has no "text" string' in result.stderr
    assert "batch.jsonl:4: invalid: published '04/02/2020' is not YYYY-MM-DD" in result.stderr


def test_jsonl_batch_stays_a_batch_when_its_first_line_is_bad(tmp_path: Path) -> None:
    """A broken first record, a byte-order mark or a first record longer than the 64 KB sniffed head
    must not turn the whole file into one plain-text document (the JSON coded as prose)."""
    good = json.dumps({"text": GOOD, "published": "2020-02-04"})
    other = json.dumps({"text": GOOD + " Two more were wounded.", "published": "2020-02-05"})
    long = json.dumps({"text": GOOD + "The market reopened later. " * 3000, "published": "2020-02-06"})
    cases = {
        "broken.jsonl": ("{not json\n" + good + "\n", ["2020-02-04"]),
        "bom.jsonl": ("\ufeff" + good + "\n" + other + "\n", ["2020-02-04", "2020-02-05"]),
        "long.jsonl": (long + "\n" + good + "\n", ["2020-02-06", "2020-02-04"]),
    }
    for name, (content, dates) in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        result = runner.invoke(app, ["extract", str(tmp_path / name), "--format", "jsonl"])
        assert result.exit_code == 0, (name, result.stderr)
        out = [json.loads(x) for x in result.stdout.splitlines()]
        assert [o["article"]["published"] for o in out] == dates, name
        if name == "broken.jsonl":
            assert "broken.jsonl:1: invalid: line is not JSON" in result.stderr


def test_all_rejected_batch_exits_3(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 3


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-", "--format", "xml"],
        ["extract", "-", "--published", "March 3"],
        ["extract", "/no/such/path.txt"],
        ["extract"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args, input="Troops attacked Mosul.")
    assert result.exit_code == 2


def test_several_documents_need_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD + " Again.")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "use --format jsonl" in result.stderr


def test_jsonl_on_stdin_is_detected_by_content() -> None:
    texts = (GOOD, "Rebels shelled the town of Goma on Friday, killing four civilians, officials said.")
    lines = "\n".join(json.dumps({"text": t, "published": "2020-01-02"}) for t in texts)
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=lines)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2


def test_a_repeated_article_is_reported_once_as_a_duplicate(tmp_path: Path) -> None:
    copy = (
        "Help us grow. Support Gulf Wire on Patreon!\n\n" + GOOD + "\n\nRelated stories\nArmy shells Aleppo"
    )
    lines = "\n".join(json.dumps({"text": t}) for t in (GOOD, GOOD, copy))
    log = tmp_path / "rejections.jsonl"
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl", "--rejections", str(log)], input=lines)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert "3 read, 1 coded" in result.stderr and "2 duplicate(s)" in result.stderr
    records = [json.loads(x) for x in log.read_text().splitlines()]
    first = json.loads(result.stdout)["article"]["id"]
    assert [r["duplicate_of"] for r in records] == [first, first]


def test_demo_writes_jsonl_and_prints_a_table(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    out = [json.loads(x) for x in (tmp_path / "samples.events.jsonl").read_text().splitlines()]
    assert len(out) >= 10
    assert sum(len(o["events"]) for o in out) >= 10
    assert "coded events" in result.stdout


def test_version_lists_stage_versions() -> None:
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0
    assert "triggers: triggers.v1" in result.stdout and "data/gazetteer: gazetteer.v2" in result.stdout


def test_jsonl_line_that_is_not_utf8_is_rejected_as_not_utf8() -> None:
    import io

    from frontlines.config import load_settings
    from frontlines.ingest.text import InputDoc, read_jsonl

    data = b'{"text": "Troops entered the town."}\n{"text": "bad \xff bytes"}\n{"text": "Rebels left."}\n'
    items = list(read_jsonl(io.BytesIO(data), load_settings(env={}).input, "b.jsonl"))
    assert [type(i).__name__ for i in items] == ["InputDoc", "Rejected", "InputDoc"]
    bad = items[1]
    assert not isinstance(bad, InputDoc)
    assert (bad.reason, bad.detail, bad.name) == (
        "not_utf8",
        "invalid UTF-8 at byte 14 of the line",
        "b.jsonl:2",
    )


@pytest.mark.parametrize("args", [["version"], ["eval", "--bench", "team"], ["demo"], ["extract", "-"]])
def test_a_bad_setting_is_a_usage_error_not_a_traceback(args: list[str]) -> None:
    result = runner.invoke(app, args, input=GOOD, env={"FRONTLINES_INPUT_MAX_BYTES": "lots"})
    assert result.exit_code == 2
    assert "error: invalid settings" in result.stderr and "input.max_bytes" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
