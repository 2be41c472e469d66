"""The benchmarks `frontlines eval --bench NAME` knows, each a module with a `run` function:

    def run(root: Path, split: str, limit: int | None) -> BenchReport

`root` is the shared benchmarks folder (../shared/benchmarks, or FRONTLINES_EVAL_BENCHMARKS_DIR);
the team gold set ignores it. Modules are imported only when their benchmark runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from frontlines.eval.report import BenchReport

BENCHES: dict[str, str] = {
    "team": "frontlines.eval.team",
    "chrome": "frontlines.eval.bench_chrome",
    "link": "frontlines.eval.bench_link",
    "plover-gsr": "frontlines.eval.bench_plover",
    "geowebnews": "frontlines.eval.bench_geo",
    "lgl": "frontlines.eval.bench_geo",
    "tr-news": "frontlines.eval.bench_geo",
    "muc4": "frontlines.eval.bench_muc4",
    "muc4-ree": "frontlines.eval.bench_muc4_ree",
    "wikievents": "frontlines.eval.bench_wikievents",
    "event-location": "frontlines.eval.bench_event_location",
}
# in the repository (team gold set, chrome corpus) vs read from the shared benchmarks folder
LOCAL = ["team", "chrome", "link"]
SHARED = [name for name in BENCHES if name not in LOCAL]

Runner = Callable[[Path, str, "int | None"], BenchReport]


def runner(name: str) -> Callable[..., BenchReport]:
    module = importlib.import_module(BENCHES[name])
    fn = getattr(module, "run_" + name.replace("-", "_"), None) or module.run
    return fn  # type: ignore[no-any-return]
