"""The `frontlines` command line: thin Typer commands over plain functions."""

from __future__ import annotations

import json
import sys
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from frontlines import __version__
from frontlines.cli_common import (
    EXIT_REJECTED,
    EXIT_USAGE,
    check_choice,
    check_published,
    check_target,
    say,
    settings,
    stdout_may_close,
)
from frontlines.errors import Duplicate, Rejected, StageError
from frontlines.ingest.sources import Inputs, read_target
from frontlines.model import ExtractResult, json_schema
from frontlines.report import Tally, summary_table

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="frontlines: conflict event data from news text (who did what to whom, where, when, and whether).",
)


FORMATS = ("json", "jsonl")


def _inputs(path: str, config: Any, meta: dict[str, str | None]) -> Inputs:
    check_target(path, "PATH")
    return read_target(path, config, **meta)


def _record(name: str, outcome: Rejected | StageError) -> dict[str, str]:
    if isinstance(outcome, Duplicate):
        return {
            "document": name,
            "status": "duplicate",
            "reason": "duplicate",
            "duplicate_of": outcome.original,
            "similarity": f"{outcome.similarity:.3f}",
            "detail": outcome.detail,
        }
    if isinstance(outcome, Rejected):
        return {"document": name, "status": "rejected", "reason": outcome.reason, "detail": outcome.detail}
    return {
        "document": name,
        "status": "failed",
        "reason": "stage_error",
        "stage": outcome.stage,
        "detail": str(outcome),
    }


@app.command()
def extract(
    path: Annotated[
        str,
        typer.Argument(
            help="a text, HTML, JSONL, RSS/Atom or WARC file (told apart by content), a directory of them, "
            "an http(s) URL of a page or feed, or - for stdin"
        ),
    ],
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    source: Annotated[str | None, typer.Option(help="source (outlet) name")] = None,
    url: Annotated[str | None, typer.Option(help="the article's URL")] = None,
    title: Annotated[str | None, typer.Option(help="the article's title")] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json (one document) or jsonl (one line per document)")
    ] = "json",
    rejections: Annotated[
        Path | None, typer.Option(help="append a JSONL record for every rejected document to this file")
    ] = None,
    max_bytes: Annotated[
        int | None, typer.Option(help="reject documents larger than this (default 2 MB)")
    ] = None,
) -> None:
    """Code one document (or a batch with --format jsonl) into events (contract frontlines/extract/1.1)."""
    check_choice(fmt, FORMATS, "--format")
    check_published(published)
    config = settings(overrides={"input": {"max_bytes": max_bytes}} if max_bytes else None)
    from frontlines.extract import Extractor

    meta = {"published": published, "source": source, "url": url, "title": title}
    items = _inputs(path, config, meta)
    first = list(next(items, None) for _ in range(2))
    batch = [x for x in first if x is not None]
    if fmt == "json" and len(batch) > 1:
        say(f"error: {path} holds several documents; use --format jsonl")
        raise typer.Exit(EXIT_USAGE)
    extractor = Extractor(config)
    tally = Tally()
    problems: list[dict[str, str]] = []
    with stdout_may_close():
        for name, outcome in extractor.extract_many(chain(batch, items)):
            tally.add(outcome)
            if isinstance(outcome, ExtractResult):
                data = outcome.to_json_dict()
                print(json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None), flush=True)
                continue
            record = _record(name, outcome)
            problems.append(record)
            label = record["status"]
            detail = outcome.message if isinstance(outcome, Rejected) else str(outcome)
            say(f"{label}: {detail}" if len(batch) == 1 else f"{label}: {name}: {detail}")
    for line in items.report.lines():
        say(line)
    if rejections is not None and problems:
        with rejections.open("a", encoding="utf-8") as fh:
            for record in problems:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    if len(batch) > 1:
        say(tally.summary())
    if tally.coded == 0 and (tally.failed or tally.rejected_total):
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output contract (frontlines/extract/1.1), generated from the models."""
    print(json.dumps(json_schema(), indent=2))


@app.command()
def demo(
    out: Annotated[Path, typer.Option(help="directory for the JSONL output")] = Path("demo-output"),
) -> None:
    """Code the bundled sample articles, print a summary table and write the events as JSONL."""
    from frontlines.extract import Extractor
    from frontlines.ingest.text import read_jsonl

    config = settings()
    extractor = Extractor(config)
    samples = resources.files("frontlines").joinpath("examples", "samples.jsonl")
    out.mkdir(parents=True, exist_ok=True)
    target = out / "samples.events.jsonl"
    results: list[ExtractResult] = []
    with samples.open("rb") as fh, target.open("w", encoding="utf-8") as sink:
        for name, outcome in extractor.extract_many(read_jsonl(fh, config.input, "samples.jsonl")):
            if isinstance(outcome, ExtractResult):
                results.append(outcome)
                sink.write(json.dumps(outcome.to_json_dict(), ensure_ascii=False) + "\n")
            else:
                say(f"{name}: {outcome}")
    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(summary_table(results))
    n_events = sum(len(r.events) for r in results)
    console.print(f"{len(results)} articles, {n_events} events -> {target}")


DEFAULT_SPLIT = {
    "team": "dev",
    "chrome": "dev",
    "link": "dev",
    "muc4": "test",
    "muc4-ree": "test",
    "wikievents": "test",
}


@app.command("eval")
def eval_(
    bench: Annotated[str, typer.Option(help="benchmark name, or 'all' (see --list)")] = "team",
    split: Annotated[
        str | None, typer.Option(help="dev | test (| all); default depends on the benchmark")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="score only the first N items")] = None,
    report_fmt: Annotated[str, typer.Option("--report", help="table | md | json")] = "table",
    benchmarks_dir: Annotated[
        Path | None, typer.Option(help="the shared benchmarks folder (default ../shared/benchmarks)")
    ] = None,
    list_: Annotated[bool, typer.Option("--list", help="list the benchmarks and exit")] = False,
) -> None:
    """Score frontlines against the team gold set or a shared benchmark and print the figures."""
    from frontlines.errors import FrontlinesError
    from frontlines.eval.registry import BENCHES, LOCAL, SHARED, runner

    if list_:
        for name in BENCHES:
            print(name)
        return
    check_choice(report_fmt, ("table", "md", "json"), "--report")
    names = [*LOCAL, *SHARED] if bench == "all" else [bench]
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        raise typer.BadParameter(f"unknown benchmark {unknown[0]!r}; one of {', '.join(BENCHES)}, all")
    root = benchmarks_dir or Path(settings().eval.benchmarks_dir)
    if bench == "all" and not root.is_dir():
        say(
            f"{root} does not exist: running the team gold set and chrome corpus only"
            " (shared benchmarks skipped)"
        )
        names = list(LOCAL)
    console = Console(width=None if sys.stdout.isatty() else 140)
    failed = 0
    for name in names:
        try:
            rep = runner(name)(root, split or DEFAULT_SPLIT.get(name, "all"), limit)
        except FrontlinesError as exc:
            say(f"{name}: {exc}")
            failed += 1
            continue
        if report_fmt == "md":
            print(rep.to_markdown())
        elif report_fmt == "json":
            print(rep.to_json())
        else:
            for table in rep.to_table():
                console.print(table)
            for note in rep.notes:
                console.print(f"  - {note}", markup=False, highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def version() -> None:
    """Print the frontlines version and the version of every stage and knowledge file."""
    from frontlines.extract import Extractor

    config = settings()
    print(f"frontlines {__version__}")
    for name, ver in Extractor(config).versions.items():
        print(f"  {name}: {ver}")


from frontlines.cli_store import register as _register_store_commands  # noqa: E402

_register_store_commands(app)

from frontlines.cli_explain import register as _register_explain  # noqa: E402

_register_explain(app)


def main() -> None:
    app()
