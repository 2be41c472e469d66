"""Write src/frontlines/data/common_words.v1.txt: the gazetteer's one-word names that are also common
English words (wordfreq Zipf frequency >= 4.5: "march", "human", "airport", "vice", "roman").

A capitalised common word ("March", "Human Rights") matches some small town's name or alternate
spelling; the recogniser only takes such a word for a place when spaCy tags it as one or a place of
that name is large. The list is data (versioned, reviewable); wordfreq is needed only to rebuild it:

    .venv/bin/pip install wordfreq==3.1.1 && .venv/bin/python scripts/build_common_words.py
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import zipf_frequency

from frontlines.geo.gazetteer import default_index

OUT = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "data" / "common_words.v1.txt"
THRESHOLD = 4.5


def main() -> None:
    index = default_index()
    words = sorted(
        key
        for key in index.name_keys()
        if " " not in key and key.isalpha() and zipf_frequency(key, "en") >= THRESHOLD
    )
    header = (
        "# frontlines/common-words/1 — one-word gazetteer names that are common English words\n"
        f"# (wordfreq 3.1.1 Zipf >= {THRESHOLD}); built by scripts/build_common_words.py; one word per line\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
