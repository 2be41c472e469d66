"""Drop-in replacements for two rule-based spaCy components that give exactly the same annotations,
several times faster on the short batches the parse stage sends (a document's candidate sentences).

`FastAttributeRuler` replaces `attribute_ruler`: spaCy runs a general `Matcher` over every token of
every document; the ~180 patterns of en_core_web_sm only test TAG, LOWER, DEP and IS_SPACE of one or
two tokens, so the patterns that match depend only on those values, and are computed once per
distinct value tuple and remembered. The matched attributes are then set on each token in spaCy's
order (later patterns win), with spaCy's own `set_token_attrs`.

`FastLemmatizer` replaces a rule or lookup `lemmatizer`: the rule lemmatizer reads only a token's
text, part of speech and morphology, so each (orth, pos, morph) is lemmatized once (spaCy's own cache
misses the proper nouns, punctuation and base forms that return early: a new Token, a morphology
lookup and a rule pass for every such token); its word index tables are sets instead of lists (it only
tests membership, which on a 57,000-word list took a third of a millisecond a word).

`install_fast_components` also puts nlp/fast_ner.py's `FastEntityRecognizer` and nlp/fast_parser.py's
`FastDependencyParser` (their greedy decoding in numpy) in place of `ner` and `parser`. Any pattern,
mode or model outside what these classes handle leaves spaCy's component in place.

`install_fast_matmul` sends the matrix products of the neural components (the two token-to-vector
networks, the parser's and the entity recognizer's feature layers: two thirds of the parse stage's
time) through numpy's OpenBLAS on one thread instead of thinc's bundled BLIS: thinc's own
`NumpyOps(use_blis=False)`. On this machine's CPUs BLIS reaches ~20 GFLOPS on these products (a
batch of ~200 tokens times a 288 x 288 layer), OpenBLAS ~70. The annotations are the same: on 142k
tokens (team gold, bench/corpus, the samples, GeoWebNews) every tag, part of speech, dependency,
head, entity and lemma agreed (tests/test_nlp_fast.py checks a few). Used only when numpy's BLAS is
an OpenBLAS whose thread count can be set to one: its threads would cost several times the CPU time
on these small products (and far more on a shared machine).
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from frontlines.nlp.fast_ner import FastEntityRecognizer
from frontlines.nlp.fast_parser import FastDependencyParser
from frontlines.nlp.unsupported import Unsupported as Unsupported

# the token attributes a pattern may test, in the order of the feature tuple
_FEATURES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = list(_FEATURES.values())
_FLAGS = {"IS_SPACE"}
# the memo tables start over when they reach this many entries (a long ingest meets ever more words)
CACHE_LIMIT = 200_000

Predicate = Callable[[tuple[int, ...], Any], bool]


def _predicate(col: int, key: str, value: Any) -> tuple[Predicate, frozenset[int] | None]:
    """A test of one token attribute, and the values that can pass it when they are few (to index
    the patterns by)."""
    if key in _FLAGS:
        if not isinstance(value, bool):
            raise Unsupported(f"{key}: {value!r}")
        flag = int(value)
        return (lambda f, strings: f[col] == flag), None
    if isinstance(value, str):
        h = get_string_id(value)
        return (lambda f, strings: f[col] == h), frozenset([h])
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            hashes = frozenset(get_string_id(a) for a in arg)
            if op == "IN":
                return (lambda f, strings: f[col] in hashes), hashes
            return (lambda f, strings: f[col] not in hashes), None
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return (lambda f, strings: rx.search(strings[f[col]]) is not None), None
    raise Unsupported(f"{key}: {value!r}")


class _Rule:
    """One pattern of an attribute ruler rule: a test per token, the token it sets, and for the first
    token the (column, values) that can pass, if any column's test names its values."""

    def __init__(self, number: int, pattern: list[dict[str, Any]], index: int) -> None:
        if not pattern or not -len(pattern) <= index < len(pattern):
            raise Unsupported(f"rule {number}: index {index} of a {len(pattern)}-token pattern")
        self.number, self.index = number, index % len(pattern)
        self.tests: list[list[Predicate]] = []
        self.key: tuple[int, frozenset[int]] | None = None
        for position, spec in enumerate(pattern):
            tests = []
            for name, value in spec.items():
                if name not in _FEATURES:
                    raise Unsupported(name)
                col = list(_FEATURES).index(name)
                test, values = _predicate(col, name, value)
                tests.append(test)
                if position == 0 and values is not None and self.key is None:
                    self.key = (col, values)
            self.tests.append(tests)

    def matches(self, feats: list[tuple[int, ...]], start: int, strings: Any, first: int) -> bool:
        """Whether the pattern matches at `start`, its tokens from `first` on (earlier ones checked)."""
        if start + len(self.tests) > len(feats):
            return False
        return all(
            test(feats[start + k], strings) for k in range(first, len(self.tests)) for test in self.tests[k]
        )


class FastAttributeRuler:
    """The annotations of a spaCy `AttributeRuler`, from its patterns (see the module docstring)."""

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self._attrs: list[dict[int, int]] = list(ruler.attrs)
        self._indexed: dict[tuple[int, int], list[_Rule]] = {}
        self._unindexed: list[_Rule] = []
        for number, index in enumerate(ruler.indices):
            found = ruler.matcher.get(self.vocab.strings[str(number)])
            if found is None:
                raise Unsupported(f"rule {number} has no patterns")
            for pattern in found[1]:
                rule = _Rule(number, pattern, index)
                if rule.key is None:
                    self._unindexed.append(rule)
                else:
                    col, values = rule.key
                    for v in values:
                        self._indexed.setdefault((col, v), []).append(rule)
        # a token's attribute values -> the rules whose first token they pass
        self._first: dict[tuple[int, ...], tuple[_Rule, ...]] = {}
        self._merged: dict[tuple[int, ...], dict[int, int]] = {}

    def _first_passed(self, feats: list[tuple[int, ...]], i: int) -> tuple[_Rule, ...]:
        f = feats[i]
        found = self._first.get(f)
        if found is None:
            strings = self.vocab.strings
            candidates = [r for col, v in enumerate(f) for r in self._indexed.get((col, v), ())]
            found = tuple(r for r in candidates + self._unindexed if all(t(f, strings) for t in r.tests[0]))
            if len(self._first) >= CACHE_LIMIT:
                self._first.clear()
            self._first[f] = found
        return found

    def _merge(self, rules: tuple[int, ...]) -> dict[int, int]:
        """The attributes the rules set on one token, applied in rule order: later rules win."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in sorted(rules):
                merged.update(self._attrs[rule])
            self._merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        feats = [tuple(row) for row in doc.to_array(_COLUMNS).tolist()]
        hits: list[list[int]] = [[] for _ in feats]
        strings = self.vocab.strings
        for start in range(len(feats)):
            for rule in self._first_passed(feats, start):
                if len(rule.tests) == 1 or rule.matches(feats, start, strings, 1):
                    hits[start + rule.index].append(rule.number)
        for i, rules in enumerate(hits):
            if rules:
                set_token_attrs(doc[i], self._merge(tuple(rules)))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """The lemmas of a spaCy rule or lookup `Lemmatizer`, memoized (see the module docstring)."""

    def __init__(self, lemmatizer: Any) -> None:
        if lemmatizer.mode not in ("rule", "lookup"):
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode!r}")
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        self.inner = lemmatizer
        self.vocab = lemmatizer.vocab
        self.overwrite: bool = lemmatizer.overwrite
        # what the lemma depends on: the text for lookups; text, POS and morphology for rules
        self._columns = [ORTH] if lemmatizer.mode == "lookup" else [ORTH, POS, MORPH]
        self._cache: dict[tuple[int, ...], int] = {}
        if lemmatizer.mode == "rule" and "lemma_index" in lemmatizer.lookups:
            index = lemmatizer.lookups.get_table("lemma_index")
            for key in list(index.keys()):
                if isinstance(index[key], list):
                    index[key] = frozenset(index[key])

    def __call__(self, doc: Doc) -> Doc:
        arr: Any = doc.to_array([*self._columns, LEMMA])  # uint64 (the stub says float64)
        rows = arr.tolist()
        changed = False
        for i, row in enumerate(rows):
            if self.overwrite or row[-1] == 0:
                key = tuple(row[:-1])
                lemma = self._cache.get(key)
                if lemma is None:
                    if len(self._cache) >= CACHE_LIMIT:
                        self._cache.clear()
                    lemma = self._cache[key] = self.vocab.strings.add(self.inner.lemmatize(doc[i])[0])
                arr[i, -1] = lemma
                changed = True
        if changed:
            doc.from_array([LEMMA], arr[:, -1:])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


FastComponent = FastAttributeRuler | FastLemmatizer | FastEntityRecognizer | FastDependencyParser
# fast components built from the spaCy ones they replace, waiting for the factory to hand them over
_PENDING: dict[str, FastComponent] = {}


@Language.factory("frontlines_fast_component")
def _hand_over(nlp: Language, name: str) -> FastComponent:
    return _PENDING.pop(name)


_REPLACEMENTS: dict[str, type[FastComponent]] = {
    "attribute_ruler": FastAttributeRuler,
    "lemmatizer": FastLemmatizer,
    "ner": FastEntityRecognizer,
    "parser": FastDependencyParser,
}


def install_fast_components(nlp: Language) -> list[str]:
    """Replace the enabled `attribute_ruler`, `lemmatizer`, `parser` and `ner` of `nlp` (same names, same
    places) by their fast equivalents where those support the component's patterns, mode or model;
    returns the names replaced."""
    replaced = []
    for name in list(nlp.pipe_names):
        cls = _REPLACEMENTS.get(nlp.get_pipe_meta(name).factory)
        if cls is None:
            continue
        try:
            _PENDING[name] = cls(nlp.get_pipe(name))
        except Unsupported:
            continue
        nlp.replace_pipe(name, "frontlines_fast_component")
        replaced.append(name)
    return replaced


# the function that sets the thread count of an OpenBLAS, by the names numpy's builds export it under
_OPENBLAS_SET_THREADS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def _single_threaded_openblas() -> bool:
    """Set numpy's OpenBLAS to one thread; False (and nothing changed) when numpy's BLAS is not an
    OpenBLAS found in its wheel's library folder or has no thread setter."""
    import numpy

    try:
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except (KeyError, TypeError, ValueError):
        return False
    if "openblas" not in str(blas.get("name", "")).lower():
        return False
    root = Path(numpy.__file__).parent
    # where the wheels bundle it: numpy.libs (Linux), numpy/.dylibs (macOS)
    for path in sorted([*root.parent.glob("numpy.libs/*openblas*"), *root.glob(".dylibs/*openblas*")]):
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for name in _OPENBLAS_SET_THREADS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter.argtypes, setter.restype = [ctypes.c_int], None
                setter(1)
                return True
    return False


def install_fast_matmul(nlp: Language) -> bool:
    """Matrix products of `nlp`'s neural components through numpy's OpenBLAS on one thread (see the
    module docstring); False, and the components left as they are, when that is not available."""
    from thinc.api import Model, NumpyOps

    if not _single_threaded_openblas():
        return False
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return True
