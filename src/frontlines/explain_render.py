"""Rich text for `frontlines explain` (the JSON form is the dict of `frontlines.explain` itself)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

_OUTCOME_STYLE = {"event": "bold green", "dropped": "yellow", "rejected": "red", "no entry": "magenta"}


def render(report: dict[str, Any], console: Console, quiet: bool = False) -> None:
    """Print the explanation. With `quiet`, sentences that are not candidates are left out."""
    a = report["article"]
    console.print(
        f"[bold]article[/] {a['id']}  title={escape(str(a['title']))}  published={a['published']}  "
        f"genre={a['genre']}  dateline={a['dateline']}  chrome lines removed={a['boilerplate_lines']}  "
        f"events={a['events']}"
    )
    if "chrome" in report:
        _chrome(report["chrome"], console)
    for s in report["sentences"]:
        if quiet and not s["candidate"]:
            continue
        _sentence(s, console)


def _chrome(lines: list[dict[str, str]], console: Console) -> None:
    table = Table(title="page lines: kept or removed, and why", show_lines=False, expand=False)
    table.add_column("label")
    table.add_column("reason")
    table.add_column("line", overflow="fold")
    for d in lines:
        style = "green" if d["label"] == "body" else "red"
        table.add_row(f"[{style}]{d['label']}[/]", escape(d["reason"]), escape(d["line"][:160]))
    console.print(table)


def _sentence(s: dict[str, Any], console: Console) -> None:
    head = f"[bold cyan][{s['index']}][/] ¶{s['paragraph']} {s['start']}-{s['end']}"
    if not s["parsed"]:
        console.print(f"{head} [dim]{escape(s['why'])}: {escape(_short(s['text']))}[/]")
        return
    word = f" (word {s['candidate_word']!r})" if s["candidate_word"] else ""
    console.print(f"\n{head} {escape(s['why'])}{escape(word)}")
    console.print(f"  [italic]{escape(s['text'])}[/]")
    if not s["triggers"]:
        console.print("  [dim]no trigger: no token's lemma and part of speech match a trigger entry[/]")
    for t in s["triggers"]:
        style = _OUTCOME_STYLE.get(t["outcome"], "")
        entry = f"entry {t['trigger']!r}, " if t["trigger"] else ""
        console.print(
            f"  trigger [bold]{escape(t['text'])}[/] ({entry}{t['kind']}, lemma {escape(t['lemma'])!r}): "
            f"[{style}]{t['outcome']}[/] - {escape(t['reason'])}"
        )
    for e in s["events"]:
        console.print(f"  [bold green]event[/] {e['id']} trigger {escape(e['trigger'])!r}")
        table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("value", overflow="fold")
        table.add_column("why", style="dim", overflow="fold")
        for name, f in e["fields"].items():
            table.add_row(f"    {name}", escape(str(f["value"])), escape(f["why"]))
        console.print(table)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
