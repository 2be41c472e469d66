"""What every `frontlines` command shares: stderr messages, exit codes, settings and path checks."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from frontlines.config import Settings, load_settings
from frontlines.errors import ConfigError, Rejected

EXIT_OK, EXIT_USAGE, EXIT_REJECTED = 0, 2, 3
# 128 + SIGPIPE: the reader of stdout closed the pipe early (`frontlines export | head`), as `cat` exits
EXIT_PIPE = 141


def say(message: str) -> None:
    """One plain line on stderr (no wrapping, no markup: messages are grepped by scripts)."""
    print(message, file=sys.stderr, flush=True)


@contextmanager
def stdout_may_close() -> Iterator[None]:
    """Around a command's output to stdout: a reader that closes the pipe early (`| head`) ends the command
    quietly with EXIT_PIPE instead of click's bare exit 1 (or Python's "Exception ignored" at exit)."""
    try:
        yield
        sys.stdout.flush()
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # nothing more reaches the reader: stdout goes to /dev/null, so that what is still buffered does
        # not fail again when Python flushes it at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise typer.Exit(EXIT_PIPE) from None


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
