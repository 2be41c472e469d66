"""The entity recognizer's greedy decoding in numpy: the same entities as spaCy's, without its cost.

spaCy's `EntityRecognizer` decodes greedily in Cython: at each step, for each sentence, it asks each of
its 74 moves (B-, I-, L-, U- of 18 labels, and O) whether it is valid. Built for Python < 3.12, spaCy's
Cython modules are compiled with profiling hooks, and every call of a `nogil` state accessor there
(`StateC.B_`, `safe_get`: several per move) takes and drops the GIL: two-thirds of the recognizer's
time on this corpus (perf: pthread mutexes, take_gil/drop_gil), 0.5 s of the parse stage's 1.2 s CPU on
bench/corpus, which the dependency parser (a handful of validity tests per step) hardly pays.

`FastEntityRecognizer` runs the recognizer's own network for the features of each token (its
token-to-vector layer and its precomputed first layer, as spaCy does, in the same sub-batches), then the
transition loop over all sentences of a sub-batch at once: the context tokens of each state (the next
word, the open entity's first word, the word before the next), the sum of their precomputed features
plus the bias (added in spaCy's order), the maxout, the output layer through the same BLIS `sgemm`
spaCy calls (per row, its result does not depend on the other rows), and the best valid move. The
validity rules are spaCy's `BiluoPushDown` rules for a document with no preset entity (no token's
`ent_iob` set before the recognizer runs): a batch holding one is left to spaCy's own recognizer, as is
a model this class does not reproduce (another feature set, unseen classes, a beam)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import blis.py  # type: ignore[import-untyped]
import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from frontlines.nlp.unsupported import Unsupported

# the moves of spaCy's BILUO transition system, by the letter of their class name
_BEGIN, _IN, _LAST, _UNIT, _OUT, _NONE = range(6)
_LETTERS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}


def precomputed_features(model: Any, batches: list[list[Doc]], size: int) -> Any:
    """The precomputed first layer of a transition model (`ner.model`, `parser.model`) for every word of
    `batches`, computed as spaCy does (for each batch, its token-to-vector layer and precomputed layer
    over sub-batches of `size` documents), in one array (words, features, hidden * pieces) after one
    padding row."""
    lower, tok2vec = model.get_ref("lower"), model.get_ref("tok2vec")
    pad = lower.get_param("pad")
    total = sum(len(doc) for docs in batches for doc in docs)
    feats = np.empty((total + 1, pad.shape[1], pad[0, 0].size), dtype=pad.dtype)
    feats[0] = pad.reshape(feats.shape[1:])
    row = 1
    for docs in batches:
        for sub in (docs[i : i + size] for i in range(0, len(docs), size)):
            words = sum(len(doc) for doc in sub)
            if words:
                cached = lower.predict(tok2vec.predict(sub))  # row 0: the padding
                feats[row : row + words] = cached[1:].reshape(words, *feats.shape[1:])
                row += words
    return feats


def greedy_maxout(component: Any, moves: str, features: int, what: str) -> None:
    """Raise `Unsupported` unless spaCy's transition-based `component` (`ner`, `parser`) is what the numpy
    decoders reproduce: greedy (no beam), every class seen, an output layer, a maxout first layer of
    `features` context tokens, and the transition system named `moves` (`what` says which is meant)."""
    if component.cfg.get("beam_width", 1) != 1:
        raise Unsupported("beam search")
    model = component.model
    if model.attrs.get("unseen_classes") or not model.attrs.get("has_upper"):
        raise Unsupported("unseen classes or no output layer")
    lower = model.get_ref("lower")
    if type(component.moves).__name__ != moves or lower.get_dim("nF") != features or lower.get_dim("nP") < 2:
        raise Unsupported(what)


class GreedyDecoder:
    """What the numpy decoders share: the spaCy component they stand in for (`inner`, checked by
    `greedy_maxout`), its name, vocabulary and model, and one document annotated through `pipe`."""

    def __init__(self, inner: Any, moves: str, features: int, what: str) -> None:
        greedy_maxout(inner, moves, features, what)
        self.inner = inner
        self.name = inner.name
        self.vocab = inner.vocab

    @property
    def model(self) -> Any:
        """The wrapped component's model (spaCy's pipeline asks a component for it)."""
        return self.inner.model

    def __call__(self, doc: Doc) -> Doc:
        """`doc` annotated as the wrapped component would annotate it."""
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        raise NotImplementedError


class FastEntityRecognizer(GreedyDecoder):
    """spaCy's entity recognizer, decoded in numpy (see the module docstring)."""

    def __init__(self, ner: Any) -> None:
        super().__init__(ner, "BiluoPushDown", 3, "not the 3-feature maxout recognizer")
        moves, labels = [], []
        for i in range(ner.moves.n_moves):
            name = ner.moves.get_class_name(i)
            letter, _, label = name.partition("-")
            move = _OUT if name == "O" else _LETTERS.get(letter, _NONE)
            if move in (_BEGIN, _IN, _LAST, _UNIT) and not label:
                move = _NONE  # "U-": a blocked preset span, never valid without presets
            moves.append(move)
            labels.append(self.vocab.strings.add(label) if label else 0)
        self._move = np.array(moves)
        self._label = np.array(labels, dtype=np.uint64)
        self._label_index = np.array([labels.index(lab) if lab else -1 for lab in labels])
        self._is = {m: self._move == m for m in (_BEGIN, _IN, _LAST, _UNIT, _OUT)}

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """`docs` annotated, in their order; a batch with a preset entity is left to spaCy's recognizer."""
        # spaCy's batching: batches of `batch_size`, each sorted by length and run in quarters
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            if any(doc.to_array(ENT_IOB).any() for doc in batch if len(doc)):
                yield from self.inner.pipe(batch, batch_size=batch_size)
                continue
            by_length = sorted(batch, key=len)
            self._annotate(by_length, max(batch_size // 4, 2))
            yield from batch

    def _annotate(self, docs: list[Doc], size: int) -> None:
        """The entities of `docs` (sorted by length): the features of spaCy's sub-batches of `size`, then
        one transition loop for all (a state's scores do not depend on the others')."""
        if not any(len(doc) for doc in docs):
            for doc in docs:
                self._set(doc, [])
            return
        model = self.inner.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        feats = precomputed_features(model, [docs], size)
        n_hidden, n_pieces = lower.get_dim("nO"), lower.get_dim("nP")
        bias = lower.get_param("b").reshape(n_hidden * n_pieces)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        total = int(lengths.sum())
        # per token of the batch (and one past its end): is it whitespace, does a sentence start there
        attrs = np.concatenate(
            [doc.to_array([IS_SPACE, SENT_START]).astype(np.int64) for doc in docs if len(doc)]
            + [np.zeros((1, 2), dtype=np.int64)]
        )
        space, sent_start = attrs[:, 0] == 1, attrs[:, 1] == 1
        b = np.zeros(len(docs), dtype=np.int64)  # the next word of each state (in its document)
        open_start = np.full(len(docs), -1)  # the first word of the open entity, -1: none open
        open_label = np.full(len(docs), -1)  # the class index of its label
        ents: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        move, label_index, is_ = self._move, self._label_index, self._is
        while True:
            live = np.nonzero(b < lengths)[0]
            if not len(live):
                break
            nxt = b[live]
            start = open_start[live]
            is_open = start >= 0
            ids0 = offsets[live] + nxt
            ids1 = np.where(is_open, offsets[live] + start, -1)
            ids2 = np.where(is_open, ids0 - 1, -1)
            # ((0 + f0) + f1) + f2 + bias, as spaCy sums them (row 0 of `cached` is the padding)
            hidden = feats[ids0 + 1, 0] + feats[ids1 + 1, 1]
            hidden = hidden + feats[ids2 + 1, 2]
            hidden = hidden + bias
            hidden = hidden.reshape(len(live), n_hidden, n_pieces).max(axis=2)
            scores = blis.py.gemm(np.ascontiguousarray(hidden), weights, trans2=True)
            scores = scores + out_bias
            has_next = lengths[live] - nxt >= 2
            next_start = has_next & sent_start[np.minimum(ids0 + 1, total)]
            on_space = space[ids0]
            same_label = label_index[None, :] == open_label[live][:, None]
            valid = (
                (is_[_BEGIN] & (~is_open & has_next & ~next_start & ~on_space)[:, None])
                | (is_[_IN] & (is_open & has_next & ~next_start)[:, None] & same_label)
                | (is_[_LAST] & is_open[:, None] & same_label)
                | (is_[_UNIT] & (~is_open & ~on_space)[:, None])
                | (is_[_OUT] & ~is_open[:, None])
            )
            guess = np.where(valid, scores, -np.inf).argmax(axis=1)
            taken = move[guess]
            closing = (taken == _LAST) | (taken == _UNIT)
            for k, g, first, word in zip(
                live[closing].tolist(),
                guess[closing].tolist(),
                np.where(is_open, start, nxt)[closing].tolist(),
                nxt[closing].tolist(),
                strict=True,
            ):
                ents[k].append((first, word + 1, g))
            opening = taken == _BEGIN
            open_start[live[opening]] = nxt[opening]
            open_label[live[opening]] = label_index[guess[opening]]
            open_start[live[closing]] = -1
            open_label[live[closing]] = -1
            b[live] += 1
        for doc, found in zip(docs, ents, strict=True):
            self._set(doc, found)

    def _set(self, doc: Doc, found: list[tuple[int, int, int]]) -> None:
        """spaCy's `BiluoPushDown.set_annotations` for a document with no preset entity."""
        spans = [Span(doc, s, e, label=int(self._label[g]), kb_id=doc[s].ent_kb_id) for s, e, g in found]
        doc.set_ents(spans, default="outside")
