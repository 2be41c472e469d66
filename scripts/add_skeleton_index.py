"""Add the consonant-skeleton index (schema 4) to a gazetteer file of schema 3, everything else kept as it
is: for a file built before schema 4 without rebuilding it from its sources (`make gazetteer` writes
schema 4 itself). Deterministic: the same input gives the same bytes.

Run: .venv/bin/python scripts/add_skeleton_index.py [FILE]  (default: the package's gazetteer.v2.json.gz)
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from frontlines.knowledge_gazetteer import skeleton_index

DEFAULT = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "data" / "gazetteer.v2.json.gz"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    data = json.loads(gzip.decompress(path.read_bytes()))
    if data.get("schema") != "frontlines/gazetteer/3":
        sys.exit(f"{path}: schema {data.get('schema')!r}, expected frontlines/gazetteer/3")
    out = {}
    for key, value in data.items():  # the build's key order: the index right after the names
        out[key] = value
        if key == "names":
            out["skeletons"] = skeleton_index(value["keys"])
    out["schema"] = "frontlines/gazetteer/4"
    raw = json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB, schema 4)", file=sys.stderr)


if __name__ == "__main__":
    main()
