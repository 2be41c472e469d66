"""`frontlines explain FILE`: the tool a user opens when a code looks wrong (see `frontlines.explain`)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

from frontlines.cli_common import (
    EXIT_REJECTED,
    EXIT_USAGE,
    check_choice,
    check_published,
    check_target,
    say,
    settings,
)
from frontlines.errors import Rejected, StageError


def explain(
    path: Annotated[
        str,
        typer.Argument(help="a text, HTML or JSONL file (told apart by content), or - for stdin"),
    ],
    index: Annotated[int, typer.Option(help="which document of a JSONL file or directory (0 = first)")] = 0,
    published: Annotated[str | None, typer.Option(help="publication date, YYYY-MM-DD")] = None,
    source: Annotated[str | None, typer.Option(help="source (outlet) name")] = None,
    url: Annotated[str | None, typer.Option(help="the article's URL")] = None,
    title: Annotated[str | None, typer.Option(help="the article's title")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text (rich) or json")] = "text",
    chrome: Annotated[
        bool, typer.Option("--chrome", help="also show every page line kept or removed, and why")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="leave out sentences that are not candidates")
    ] = False,
) -> None:
    """Show, sentence by sentence, which triggers fired or were turned down and why each field of each
    event has its value (the same pipeline as `frontlines extract`)."""
    from frontlines.explain import explain_doc
    from frontlines.explain_render import render
    from frontlines.extract import Extractor, pipeline_doc
    from frontlines.ingest.sources import read_target

    check_choice(fmt, ("text", "json"), "--format")
    check_published(published)
    check_target(path, "PATH")
    config = settings()
    meta = {"published": published, "source": source, "url": url, "title": title}
    item = next((x for i, x in enumerate(read_target(path, config, **meta)) if i == index), None)
    if item is None:
        say(f"error: {path} has no document number {index}")
        raise typer.Exit(EXIT_USAGE)
    if isinstance(item, Rejected):
        say(f"rejected: {item.message}")
        raise typer.Exit(EXIT_REJECTED)
    extractor = Extractor(config)
    doc = pipeline_doc(item)
    try:
        doc = extractor.pipeline(doc)
    except Rejected as exc:
        say(f"rejected: {exc.message}")
        raise typer.Exit(EXIT_REJECTED) from None
    except StageError as exc:
        say(f"failed: {exc}")
        raise typer.Exit(1) from None
    report = explain_doc(doc, config, chrome=chrome)
    if fmt == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    render(report, Console(width=None if sys.stdout.isatty() else 160, highlight=False), quiet=quiet)


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)
