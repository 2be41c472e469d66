"""`frontlines extract … | head` and `frontlines export … | head`: a reader that closes the pipe early
ends the run cleanly (exit 141, 128 + SIGPIPE, as `cat`/`yes` do; nothing on stderr), not with click's
silent exit 1 or a traceback. Real processes and a real OS pipe."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from frontlines.cli_common import EXIT_PIPE
from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.store import Store
from frontlines.store.ingest import ingest

SAMPLES = str(resources.files("frontlines").joinpath("examples", "samples.jsonl"))


def _closed_early(args: list[str], read_line: bool) -> subprocess.CompletedProcess[bytes]:
    """Run `frontlines ARGS` with stdout on a pipe whose reader closes it early: after one line (`| head -1`)
    or before anything was written (a reader that gave up at once)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontlines", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline() if read_line else b""
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=300)
    assert first.strip() or not read_line, err
    return subprocess.CompletedProcess(proc.args, proc.returncode, first, err)


def _quiet(done: subprocess.CompletedProcess[bytes]) -> None:
    assert done.returncode == EXIT_PIPE == 141, done.stderr
    assert b"Traceback" not in done.stderr and b"rror" not in done.stderr, done.stderr


def test_extract_into_a_closed_pipe_exits_quietly() -> None:
    # one document coded at a time: the next line is written well after the reader closed the pipe
    _quiet(_closed_early(["extract", SAMPLES, "--format", "jsonl"], read_line=True))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('pipe') / 'pipe.db'}"
    store = Store.open(url)
    ingest([SAMPLES], load_settings(env={}), store, extractor=extractor)
    store.close()
    return url


# the samples' JSONL export (over 100 kB) outgrows a pipe's 64 kB buffer: the writer is still writing when
# the reader of one line closes; the other formats meet a pipe closed before their first write
@pytest.mark.parametrize(("fmt", "read_line"), [("jsonl", True), ("acled-csv", False), ("geojson", False)])
def test_export_into_a_closed_pipe_exits_quietly(db: str, fmt: str, read_line: bool) -> None:
    done = _closed_early(["export", "--db", db, "--all", "--format", fmt], read_line)
    _quiet(done)
    assert b"exported" not in done.stderr
