"""Language identification with py3langid (the langid.py model ships inside the wheel: nothing is
downloaded). The model loads once per process (~1 s) and classifies a body in about a millisecond."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import py3langid


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # normalised probabilities instead of raw log-scores, so a confidence can be reported
    return py3langid.langid.LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE, norm_probs=True)


SAMPLE_CHARS = 3000


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, judged on its first 3,000 characters
    (plenty for a confident call; the cost grows with the length)."""
    code, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return str(code), float(prob)
