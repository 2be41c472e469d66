"""The signal of the fast spaCy components (nlp/fast.py, nlp/fast_ner.py) that they cannot reproduce a
component: its own module, so that fast.py can import the components that raise it without a cycle."""

from __future__ import annotations


class Unsupported(ValueError):
    """A pattern or mode the fast component does not reproduce: keep spaCy's component."""
