"""One entry point for every input a user can name: a file, a directory tree, `-` (stdin) or a URL.

`read_targets` yields `InputDoc | Rejected` in order, streaming; the kind of each file is told by its
content (see `frontlines.ingest.detect`), not by its name alone.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from frontlines.config import Settings
from frontlines.errors import Rejected
from frontlines.ingest.text import InputDoc, read_path, read_stream


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def read_target(target: str, settings: Settings, **meta: str | None) -> Iterator[InputDoc | Rejected]:
    """Documents from one target. A missing path is a rejection (reason `unreadable`), not a crash."""
    if target == "-":
        yield from read_stream(sys.stdin.buffer, settings.input, **meta)
        return
    if is_url(target):
        yield Rejected("unreadable", "URL input is not supported by this build", name=target)
        return
    path = Path(target)
    if not path.exists():
        yield Rejected("unreadable", "no such file or directory", name=target)
        return
    yield from read_path(path, settings.input, **meta)


def read_targets(
    targets: Sequence[str], settings: Settings, **meta: str | None
) -> Iterator[InputDoc | Rejected]:
    for target in targets:
        yield from read_target(target, settings, **meta)
