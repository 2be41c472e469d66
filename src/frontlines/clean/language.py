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


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language."""
    code, prob = _identifier().classify(text)
    return str(code), float(prob)
