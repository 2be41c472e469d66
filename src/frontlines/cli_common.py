"""What every `frontlines` command shares: stderr messages, exit codes, settings and path checks."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import typer

from frontlines.config import Settings, load_settings
from frontlines.errors import ConfigError, Rejected

EXIT_OK, EXIT_USAGE, EXIT_REJECTED = 0, 2, 3


def say(message: str) -> None:
    """One plain line on stderr (no wrapping, no markup: messages are grepped by scripts)."""
    print(message, file=sys.stderr, flush=True)


def settings(overrides: Mapping[str, Mapping[str, Any]] | None = None) -> Settings:
    """The validated settings; a bad defaults file or environment override is a usage error with the
    reason on stderr, never a traceback."""
    try:
        return load_settings(overrides=overrides)
    except ConfigError as exc:
        say(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def check_target(target: str, param_hint: str) -> None:
    """A usage error for a path that does not exist (`-` and http(s) URLs are not paths)."""
    from frontlines.ingest.sources import is_url

    if target != "-" and not is_url(target) and not Path(target).exists():
        raise typer.BadParameter(f"no such file or directory: {target}", param_hint=param_hint)


def check_choice(value: str, choices: Sequence[str], param_hint: str) -> None:
    """A usage error naming the choices when `value` is not one of them."""
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=param_hint)


def check_published(value: str | None) -> None:
    """A usage error for a --published that is not YYYY-MM-DD."""
    from frontlines.ingest.text import check_published as check

    try:
        check(value, "--published")
    except Rejected as exc:
        raise typer.BadParameter(exc.detail, param_hint="--published") from None
