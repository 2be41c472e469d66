"""Gazetteer load time and memory: `.venv/bin/python bench/gazetteer_load.py` (one fresh process)."""

from __future__ import annotations

import resource
import time


def main() -> None:
    import frontlines.geo.gazetteer as gz  # imports (pydantic, model) are not counted

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    index = gz.default_index()
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{index.version}: load {took:.2f} s, peak RSS {after:.0f} MB "
        f"(+{after - before:.0f} MB for the index)"
    )


if __name__ == "__main__":
    main()
