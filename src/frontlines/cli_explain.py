"""`frontlines explain FILE`: the tool a user opens when a code looks wrong (see `frontlines.explain`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from frontlines.config import load_settings
from frontlines.errors import ConfigError, Rejected, StageError

EXIT_USAGE, EXIT_REJECTED = 2, 3


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


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
    from frontlines.ingest.sources import is_url, read_target
    from frontlines.ingest.text import check_published

    if fmt not in ("text", "json"):
        raise typer.BadParameter(f"{fmt!r} is not one of text, json", param_hint="--format")
    try:
        check_published(published, "--published")
    except Rejected as exc:
        raise typer.BadParameter(exc.detail, param_hint="--published") from None
    if path != "-" and not is_url(path) and not Path(path).exists():
        raise typer.BadParameter(f"no such file or directory: {path}", param_hint="PATH")
    try:
        settings = load_settings()
    except ConfigError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    meta = {"published": published, "source": source, "url": url, "title": title}
    item = next((x for i, x in enumerate(read_target(path, settings, **meta)) if i == index), None)
    if item is None:
        _say(f"error: {path} has no document number {index}")
        raise typer.Exit(EXIT_USAGE)
    if isinstance(item, Rejected):
        _say(f"rejected: {item.message}")
        raise typer.Exit(EXIT_REJECTED)
    extractor = Extractor(settings)
    doc = pipeline_doc(item)
    try:
        doc = extractor.pipeline(doc)
    except Rejected as exc:
        _say(f"rejected: {exc.message}")
        raise typer.Exit(EXIT_REJECTED) from None
    except StageError as exc:
        _say(f"failed: {exc}")
        raise typer.Exit(1) from None
    report = explain_doc(doc, settings, chrome=chrome)
    if fmt == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    render(report, Console(width=None if sys.stdout.isatty() else 160, highlight=False), quiet=quiet)


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)
