"""What every `frontlines` command shares: stderr messages, exit codes, settings and path checks."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer

from frontlines.config import Settings, load_settings
from frontlines.errors import ConfigError

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
