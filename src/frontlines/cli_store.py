"""The store's commands: `ingest`, `export`, `serve`, `db` (registered on the main app by cli.py).

Each parses its arguments and calls one function of `frontlines.store` / `frontlines.api`."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from frontlines.cli_common import EXIT_REJECTED, EXIT_USAGE, check_choice, check_target, say, stdout_may_close
from frontlines.cli_common import settings as _settings
from frontlines.config import Settings
from frontlines.errors import ConfigError

if TYPE_CHECKING:
    from frontlines.store import Store

db_app = typer.Typer(
    no_args_is_help=True, help="Database schema: upgrade to the latest migration, show the revision."
)


def _open_store(settings: Settings, db: str | None, *, migrate: bool = True) -> Store:
    from sqlalchemy.exc import SQLAlchemyError

    from frontlines.store import Store, database_url

    try:
        url = database_url(settings, db)
        return Store.open(url, migrate=migrate)
    except ConfigError as exc:
        say(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except SQLAlchemyError as exc:  # a database that cannot be reached: say so, not a traceback
        say(f"error: cannot open the database: {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from None


DbOpt = Annotated[
    str | None, typer.Option("--db", help="database URL (default: FRONTLINES_DB, [store] url, SQLite)")
]


def ingest(
    targets: Annotated[list[str], typer.Argument(help="files, directories, URLs, or - for stdin")],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="worker processes that code documents")
    ] = 1,
    db: DbOpt = None,
) -> None:
    """Code documents and store articles, events and rejections (idempotent; safe to rerun after a crash)."""
    from frontlines.store.ingest import IngestSummary
    from frontlines.store.ingest import ingest as run_ingest

    for target in targets:
        check_target(target, "TARGETS")
    settings = _settings()
    store = _open_store(settings, db)
    command = "frontlines ingest " + " ".join(shlex.quote(t) for t in targets)
    try:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(
                TextColumn("ingest"),
                BarColumn(),
                TextColumn("{task.fields[line]}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            ) as bar:
                task = bar.add_task("ingest", total=None, line="")

                def show(s: IngestSummary) -> None:
                    bar.update(task, completed=s.done, line=_line(s))

                summary = run_ingest(targets, settings, store, jobs=jobs, command=command, on_progress=show)
        else:

            def plain(s: IngestSummary) -> None:
                say(f"ingest: {_line(s)}")

            summary = run_ingest(targets, settings, store, jobs=jobs, command=command, on_progress=plain)
    finally:
        store.close()
    print(
        f"read {summary.read}, stored {summary.stored} ({summary.events} events), skipped {summary.skipped} "
        f"(already stored), duplicates {summary.duplicates}, rejected {summary.rejected_total}, "
        f"failed {summary.failed}"
    )
    for reason, n in sorted(summary.rejected.items()):
        print(f"  rejected {reason}: {n}")
    if summary.stored + summary.skipped + summary.duplicates == 0 and (summary.rejected or summary.failed):
        raise typer.Exit(EXIT_REJECTED)


def _line(s: object) -> str:
    from frontlines.store.ingest import IngestSummary

    assert isinstance(s, IngestSummary)
    return (
        f"{s.read} read, {s.stored} stored, {s.skipped} skipped, {s.duplicates} duplicates, "
        f"{s.rejected_total} rejected, {s.failed} failed"
    )


def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv | geojson | jsonl | parquet")] = "jsonl",
    out: Annotated[
        Path | None, typer.Option(help="output file (default stdout; parquet needs a file)")
    ] = None,
    bbox: Annotated[str | None, typer.Option(help="minlon,minlat,maxlon,maxlat")] = None,
    start: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    end: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    acled_type: Annotated[list[str] | None, typer.Option(help="ACLED event type (repeatable)")] = None,
    acled_subtype: Annotated[list[str] | None, typer.Option(help="ACLED sub-event type (repeatable)")] = None,
    plover_type: Annotated[list[str] | None, typer.Option(help="PLOVER type (repeatable)")] = None,
    actor: Annotated[str | None, typer.Option(help="substring of an actor's name")] = None,
    country: Annotated[list[str] | None, typer.Option(help="ISO3 of the place (repeatable)")] = None,
    factuality: Annotated[
        list[str] | None, typer.Option(help="repeatable; default asserted (unless --all)")
    ] = None,
    historical: Annotated[str | None, typer.Option(help="true | false; default false (unless --all)")] = None,
    q: Annotated[str | None, typer.Option(help="full-text query over article bodies")] = None,
    all_: Annotated[
        bool,
        typer.Option("--all", help="include predicted/hypothetical/negated/uncertain and historical events"),
    ] = False,
    db: DbOpt = None,
) -> None:
    """Export stored events as ACLED-layout CSV, GeoJSON, JSONL or Parquet (same filters as the API)."""
    from frontlines.store.export import FORMATS
    from frontlines.store.export import export as run_export
    from frontlines.store.filters import FilterError, parse_filter

    check_choice(fmt, FORMATS, "--format")
    if fmt == "parquet" and out is None:
        raise typer.BadParameter("parquet is binary: give --out FILE", param_hint="--out")
    if not all_:
        factuality = factuality or ["asserted"]
        historical = historical if historical is not None else "false"
    try:
        f = parse_filter(
            bbox=bbox,
            start=start,
            end=end,
            acled_type=acled_type,
            acled_subtype=acled_subtype,
            plover_type=plover_type,
            actor=actor,
            country=country,
            factuality=factuality,
            historical=historical,
            q=q,
        )
    except FilterError as exc:
        raise typer.BadParameter(str(exc), param_hint=f"--{exc.param.replace('_', '-')}") from None
    settings = _settings()
    store = _open_store(settings, db)
    try:
        with stdout_may_close():
            n = run_export(store, f, fmt, out, sys.stdout)
    finally:
        store.close()
    say(f"{n} event(s) exported" + (f" -> {out}" if out else ""))


def serve(
    host: Annotated[str | None, typer.Option(help="bind address (default [serve] host, 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default [serve] port, 8000)")] = None,
    db: DbOpt = None,
) -> None:
    """Serve the HTTP API (docs/api.md) and the map page over the store."""
    import uvicorn

    from frontlines.api import create_app

    settings = _settings()
    store = _open_store(settings, db)
    bind_host = host or settings.serve.host
    bind_port = port or settings.serve.port
    app = create_app(settings, store)
    mode = "read-write (token set)" if settings.serve.token else "read-only"
    say(f"frontlines: serving http://{bind_host}:{bind_port}/ ({store.dialect}, {mode}); Ctrl-C stops")
    try:
        uvicorn.run(app, host=bind_host, port=bind_port, log_level="warning")
    finally:
        store.close()


def link(
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="link every mention again from scratch (after a rules change)")
    ] = False,
    db: DbOpt = None,
) -> None:
    """Link stored mentions into events across articles (ingest does this after each batch)."""
    from frontlines.store.linking import link_pending
    from frontlines.store.linking import rebuild as run_rebuild

    store = _open_store(_settings(), db)
    try:
        s = run_rebuild(store) if rebuild else link_pending(store)
    finally:
        store.close()
    print(
        f"linked {s.mentions} mention(s): {s.created} event(s) created, {s.updated} updated, "
        f"{s.merged} merged, {s.split} split"
    )


def changes(
    since: Annotated[int, typer.Option("--since", min=0, help="feed entries after this sequence number")] = 0,
    limit: Annotated[int, typer.Option(min=1, help="at most this many entries")] = 1000,
    db: DbOpt = None,
) -> None:
    """Print the linked-event change feed as JSON lines (seq, event_id, kind, into, at), oldest first."""
    import json

    from frontlines.store.linked import changes as feed

    store = _open_store(_settings(), db)
    try:
        entries, _ = feed(store, since, limit)
    finally:
        store.close()
    for entry in entries:
        print(json.dumps(entry))


def control(
    place: Annotated[str | None, typer.Option(help="part of a place name, any case")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json")] = "table",
    db: DbOpt = None,
) -> None:
    """Territorial control over time: per place, who took or left it and when, with the evidence."""
    import json

    from rich.console import Console
    from rich.table import Table

    from frontlines.link.control import control_from_store

    check_choice(fmt, ("table", "json"), "--format")
    store = _open_store(_settings(), db)
    try:
        lines = [t.to_json() for t in control_from_store(store, place, country)]
    finally:
        store.close()
    if fmt == "json":
        print(json.dumps({"places": lines}, ensure_ascii=False, indent=2))
        return
    table = Table(title="territorial control (newest change first)")
    for col in ("place", "date", "change", "holder after", "lost by", "evidence"):
        table.add_column(col)
    for tl in lines:
        name = f"{tl['place'].get('name')} [{tl['place'].get('country') or '?'}]"
        for ch in tl["changes"]:
            holder = (ch["holder"] or {}).get("name") or "unknown"
            lost = (ch["lost_by"] or {}).get("name") or "-"
            flag = " (contested)" if ch["contested"] else ""
            sentence = (ch["evidence"] or {}).get("sentence", "")
            table.add_row(name, ch["date"], ch["kind"] + flag, holder, lost, sentence[:90])
            name = ""
    Console(width=None if sys.stdout.isatty() else 160).print(table)


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = None) -> None:
    """Create the schema or bring it up to the latest migration."""
    from frontlines.store.db import current_revision

    store = _open_store(_settings(), db)
    print(f"{store.dialect}: at revision {current_revision(store.engine)}")
    store.close()


@db_app.command("current")
def db_current(db: DbOpt = None) -> None:
    """Show the schema revision of the database and the latest one this build knows."""
    from frontlines.store.db import current_revision, head_revision

    store = _open_store(_settings(), db, migrate=False)
    print(f"{store.dialect}: revision {current_revision(store.engine)} (latest: {head_revision()})")
    store.close()


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(export)
    app.command()(serve)
    app.command()(link)
    app.command()(changes)
    app.command()(control)
    app.add_typer(db_app, name="db")
