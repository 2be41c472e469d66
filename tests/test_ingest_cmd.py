"""`frontlines ingest`: idempotent, resumable after SIGKILL (a real subprocess), `-j 2` stores the
same as `-j 1`, and a broken document is stored as a rejection while the rest goes on."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.store import Store
from frontlines.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
N_DOCS = 8
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "bench" / "corpus").glob("*.txt"))[:N_DOCS]:
        shutil.copy(path, folder / path.name)
    return folder


def _stored(db: Path) -> tuple[list[str], list[str]]:
    """(article ids, event ids) in the database, duplicates kept (so a double write would show)."""
    with sqlite3.connect(db) as conn:
        articles = [r[0] for r in conn.execute("select id from articles order by id")]
        events = [r[0] for r in conn.execute("select id from events order by id")]
    return articles, events


@pytest.fixture(scope="module")
def reference(
    corpus: Path, extractor: Extractor, tmp_path_factory: pytest.TempPathFactory
) -> tuple[list[str], list[str]]:
    """What one uninterrupted single-process ingest of the corpus stores."""
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    store = Store.open(f"sqlite:///{db}")
    summary = ingest([str(corpus)], load_settings(env={}), store, extractor=extractor)
    store.close()
    assert summary.stored == N_DOCS and summary.read == N_DOCS
    return _stored(db)


def test_ingest_twice_stores_once(
    corpus: Path, reference: tuple[list[str], list[str]], tmp_path: Path
) -> None:
    db = tmp_path / "twice.db"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", f"sqlite:///{db}"])
    assert first.exit_code == 0, first.output
    assert f"read {N_DOCS}, stored {N_DOCS}" in first.output
    second = runner.invoke(app, ["ingest", str(corpus), "--db", f"sqlite:///{db}"])
    assert second.exit_code == 0, second.output
    assert f"read {N_DOCS}, stored 0 (0 events), skipped {N_DOCS}" in second.output
    assert _stored(db) == reference
    with sqlite3.connect(db) as conn:
        runs = conn.execute("select finished_at, counts from runs").fetchall()
    assert len(runs) == 2 and all(finished for finished, _ in runs)


def test_two_workers_store_the_same_as_one(
    corpus: Path, reference: tuple[list[str], list[str]], tmp_path: Path
) -> None:
    db = tmp_path / "j2.db"
    store = Store.open(f"sqlite:///{db}")
    summary = ingest([str(corpus)], load_settings(env={}), store, jobs=2)
    store.close()
    assert summary.stored == N_DOCS
    assert _stored(db) == reference


def test_sigkill_mid_run_then_rerun_loses_and_doubles_nothing(
    corpus: Path, reference: tuple[list[str], list[str]], tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    env = {**os.environ, "FRONTLINES_STORE_BATCH_SIZE": "2"}
    cmd = [sys.executable, "-m", "frontlines", "ingest", str(corpus), "--db", f"sqlite:///{db}"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored_before_kill = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as conn:
                        stored_before_kill = conn.execute("select count(*) from articles").fetchone()[0]
                except sqlite3.OperationalError:
                    stored_before_kill = 0  # schema not created yet
            if stored_before_kill >= 2:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.05)
    finally:
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 2 <= stored_before_kill < N_DOCS
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    articles, events = _stored(db)
    assert (articles, events) == reference  # every article exactly once, every event exactly once
    assert "skipped" in rerun.stdout and f"read {N_DOCS}" in rerun.stdout


def test_broken_documents_are_rejections_and_the_rest_is_stored(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:2]:
        shutil.copy(path, folder / path.name)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 attacked".encode("latin-1"))
    db = tmp_path / "mixed.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.output and "rejected 3" in result.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select document, reason from rejections order by document").fetchall()
    assert [(Path(d).name, r) for d, r in rows] == [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("latin1.txt", "not_utf8"),
    ]
    again = runner.invoke(app, ["ingest", str(folder), "--db", f"sqlite:///{db}"])
    assert again.exit_code == 0 and "skipped 2" in again.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from rejections").fetchone()[0] == 3


def test_all_rejected_exits_3_and_missing_path_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 100)
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert runner.invoke(app, ["ingest", str(bad), "--db", db]).exit_code == 3
    assert runner.invoke(app, ["ingest", str(tmp_path / "missing"), "--db", db]).exit_code == 2


def test_a_syndicated_copy_is_linked_to_its_original_and_not_coded(
    corpus: Path, extractor: Extractor, tmp_path: Path
) -> None:
    original = sorted(corpus.glob("*.txt"))[0].read_text(encoding="utf-8")
    paragraphs = original.split("\n\n")
    # another outlet's page: its own chrome around the same story, its last sentence trimmed
    last = paragraphs[-1].rsplit(". ", 1)[0] + "."
    copy = "\n\n".join(
        [
            "Skip to content",
            "Support Kivu Morning Post on Patreon",
            *paragraphs[:-1],
            last,
            "Related stories\nArmy shells rebel positions near Aleppo\nGunmen kidnap aid workers in Abyan",
            "© 2024 Kivu Morning Post. All rights reserved.",
        ]
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-original.txt").write_text(original, encoding="utf-8")
    db = tmp_path / "dup.db"
    store = Store.open(f"sqlite:///{db}")
    settings = load_settings(env={})
    first = ingest([str(folder)], settings, store, extractor=extractor)
    (folder / "b-copy.txt").write_text(copy, encoding="utf-8")
    second = ingest([str(folder)], settings, store, extractor=extractor)
    assert (first.stored, second.stored, second.skipped, second.duplicates) == (1, 0, 1, 1)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select id, duplicate_of, source from articles order by ingested_at").fetchall()
        per_article = dict(
            conn.execute("select article_id, count(*) from events group by article_id").fetchall()
        )
    store.close()
    (orig_id, orig_dup, _), (copy_id, copy_dup, copy_source) = rows
    assert orig_dup is None and copy_dup == orig_id and copy_id != orig_id
    assert copy_source == "Kivu Morning Post"
    assert per_article.get(orig_id, 0) > 0 and copy_id not in per_article
