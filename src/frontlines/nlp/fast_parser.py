"""The dependency parser's greedy decoding in numpy: the same parses as spaCy's, without its cost.

spaCy's `DependencyParser` decodes greedily in Cython, and (like the entity recognizer, nlp/fast_ner.py)
its `nogil` state accessors, compiled with profiling hooks for Python < 3.12, take and drop the GIL at
every call: a few dozen times per state and step (the context tokens, the validity of the five moves).

`FastDependencyParser` runs the parser's own network for the features of each token (nlp/fast_ner.py's
`precomputed_features`: spaCy's token-to-vector layer and precomputed first layer, in spaCy's
sub-batches), then the arc-eager transition loop over all documents of a batch at once, as spaCy's
`ArcEager` runs it: the eight context tokens of a state (the first two words of the buffer, the top
three of the stack, the latest left child of the first buffer word, the latest left and right children
of the stack top), the sum of their precomputed features plus the bias (in spaCy's order), the maxout,
the output layer through the same BLIS `sgemm` spaCy calls, and the best valid move under spaCy's
rules for shift, reduce (which puts a headless word back on the buffer), left and right arcs (which
may re-attach a word) and the sentence break. The annotations are then set as spaCy sets them (heads
and labels, ROOT for the words left without a head, children and sentence starts from the heads: one
`Doc.from_array`), and spaCy's own postprocess undoes the non-projective label decoration.

Outside what this reproduces, spaCy's parser runs instead: a document with a dependency already set, a
model with another feature set, unseen classes or a beam, and (not met in practice) a state where
spaCy's arc deletion would leave a stale arc or no move would be valid."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import blis.py  # type: ignore[import-untyped]
import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc

from frontlines.nlp.fast import Unsupported
from frontlines.nlp.fast_ner import precomputed_features

# spaCy's arc-eager moves, by the letter of their class name
_SHIFT, _REDUCE, _LEFT, _RIGHT, _BREAK = range(5)
_LETTERS = {"S": _SHIFT, "D": _REDUCE, "L": _LEFT, "R": _RIGHT, "B": _BREAK}


class _Diverges(Exception):
    """A state spaCy's decoding would handle in a way this class does not reproduce."""


class FastDependencyParser:
    """spaCy's dependency parser, decoded in numpy (see the module docstring)."""

    def __init__(self, parser: Any) -> None:
        if parser.cfg.get("beam_width", 1) != 1:
            raise Unsupported("beam search")
        model = parser.model
        if model.attrs.get("unseen_classes") or not model.attrs.get("has_upper"):
            raise Unsupported("unseen classes or no output layer")
        lower = model.get_ref("lower")
        if type(parser.moves).__name__ != "ArcEager" or lower.get_dim("nF") != 8 or lower.get_dim("nP") < 2:
            raise Unsupported("not the 8-feature maxout arc-eager parser")
        if [h.__name__ for h in parser.postprocesses] != ["deprojectivize"]:
            raise Unsupported("other postprocesses")
        self.inner = parser
        self.name = parser.name
        self.vocab = parser.vocab
        # the labels spaCy adds before each batch (its built-in ones, for a document with no dependency)
        parser._ensure_labels_are_added([Doc(parser.vocab, words=["x"])])
        subtok = self.vocab.strings.add("subtok")
        moves, labels = [], []
        for i in range(parser.moves.n_moves):
            letter, _, label = parser.moves.get_class_name(i).partition("-")
            if letter not in _LETTERS:
                raise Unsupported(f"move {letter}")
            moves.append(_LETTERS[letter])
            labels.append(self.vocab.strings.add(label) if label else 0)
        self._move = np.array(moves)
        self._label = np.array(labels, dtype=np.uint64)
        self._subtok = np.array([lab == subtok for lab in labels])
        self._root = int(parser.moves.root_label)

    @property
    def model(self) -> Any:
        return self.inner.model

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        # spaCy's batching: batches of `batch_size`, each sorted by length and run in quarters
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            if any(doc.to_array([HEAD, DEP]).any() for doc in batch if len(doc)):
                yield from self.inner.pipe(batch, batch_size=batch_size)
                continue
            by_length = sorted(batch, key=len)
            try:
                parses = self._parse(by_length, max(batch_size // 4, 2))
            except _Diverges:
                yield from self.inner.pipe(batch, batch_size=batch_size)
                continue
            for doc, parse in zip(by_length, parses, strict=True):
                self._set(doc, parse)
            yield from batch

    def _parse(self, docs: list[Doc], size: int) -> list[Any]:
        """The (heads, labels) of each of `docs` (sorted by length; heads relative, labels as string
        ids): the features of spaCy's sub-batches of `size`, then one transition loop for all (a state's
        scores do not depend on the others')."""
        lengths = np.array([len(doc) for doc in docs])
        total = int(lengths.sum())
        head = np.full(total + 1, -1)  # per word of the batch, the word it hangs from; last: a sentinel
        label = np.zeros(total + 1, dtype=np.int64)  # the class index of its arc
        if total:
            self._decode(docs, size, lengths, head, label)
        out, start = [], 0
        for n in lengths.tolist():
            h, cls = head[start : start + n], label[start : start + n]
            attached = h >= 0
            rel = np.where(attached, h - np.arange(start, start + n), 0)
            deps = np.where(attached, self._label[cls], np.uint64(self._root))
            out.append((rel, deps))
            start += n
        return out

    def _decode(self, docs: list[Doc], size: int, lengths: Any, head: Any, label: Any) -> None:
        model = self.inner.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        feats = precomputed_features(model, docs, size)
        n_hidden, n_pieces = lower.get_dim("nO"), lower.get_dim("nP")
        bias = lower.get_param("b").reshape(n_hidden * n_pieces)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        n, total = len(docs), int(lengths.sum())
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        # per word (and a last, sentinel entry for "no word"): preset sentence starts, and what the
        # states set: sentence breaks, "put back on the buffer", the latest left / right child, and the
        # child that was its head's latest on that side before it (spaCy's arc lists, as stacks)
        preset = np.concatenate(
            [doc.to_array([SENT_START]).astype(np.int64).ravel() for doc in docs if len(doc)] + [[0]]
        )
        starts, cannot = preset == 1, preset == -1
        unshiftable = np.zeros(total + 1, dtype=bool)
        last_left = np.full(total + 1, -1)
        last_right = np.full(total + 1, -1)
        before = np.full(total + 1, -1)
        width = int(lengths.max()) + 1
        stack = np.zeros((n, width), dtype=np.int64)
        depth = np.zeros(n, dtype=np.int64)
        rebuffer = np.zeros((n, width), dtype=np.int64)
        redepth = np.zeros(n, dtype=np.int64)
        nxt = np.zeros(n, dtype=np.int64)  # the next word never shifted, in its document
        move, subtok = self._move, self._subtok
        live = np.nonzero(lengths > 0)[0]
        while len(live):
            d, r, bi, length, off = depth[live], redepth[live], nxt[live], lengths[live], offsets[live]
            fresh0 = np.where(bi < length, off + bi, -1)
            fresh1 = np.where(bi + 1 < length, off + bi + 1, -1)
            b0 = np.where(r > 0, rebuffer[live, np.maximum(r - 1, 0)], fresh0)
            b1 = np.where(r > 1, rebuffer[live, np.maximum(r - 2, 0)], np.where(r == 1, fresh0, fresh1))
            s0 = np.where(d > 0, stack[live, np.maximum(d - 1, 0)], -1)
            s1 = np.where(d > 1, stack[live, np.maximum(d - 2, 0)], -1)
            s2 = np.where(d > 2, stack[live, np.maximum(d - 3, 0)], -1)
            # (((0 + f0) + f1) + ... + f7) + bias, as spaCy sums them (row 0 of `feats`: the padding)
            hidden = feats[b0 + 1, 0] + feats[b1 + 1, 1]
            for f, ids in enumerate((s0, s1, s2, last_left[b0], last_left[s0], last_right[s0]), 2):
                hidden = hidden + feats[ids + 1, f]
            hidden = hidden + bias
            hidden = hidden.reshape(len(live), n_hidden, n_pieces).max(axis=2)
            scores = blis.py.gemm(np.ascontiguousarray(hidden), weights, trans2=True)
            scores = scores + out_bias
            # spaCy's ArcEager validity (Shift, Reduce, LeftArc, RightArc, Break .is_valid)
            in_buffer = length - bi + r
            b0_starts = starts[b0]
            arc = (d > 0) & (in_buffer > 0) & ~b0_starts
            by_move = np.stack(
                [
                    (d == 0) | ((in_buffer >= 2) & ~b0_starts & ~unshiftable[b0]),
                    (d > 0) & ((in_buffer == 0) | ~((d == 1) & cannot[b0])),
                    arc,
                    arc,
                    (in_buffer >= 2) & (b1 == b0 + 1) & ~starts[b1] & ~cannot[b1],
                ],
                axis=1,
            )
            valid = by_move[:, move]
            if subtok.any():
                valid[:, subtok] &= (s0 == b0 - 1)[:, None]
            if not valid.any(axis=1).all():
                raise _Diverges("no valid move")
            guess = np.where(valid, scores, -np.inf).argmax(axis=1)
            taken = move[guess]
            is_left, is_right = taken == _LEFT, taken == _RIGHT
            # arcs: LeftArc B0 -> S0, RightArc S0 -> B0
            attach = is_left | is_right
            if attach.any():
                heads = np.where(is_left, b0, s0)[attach]
                children = np.where(is_left, s0, b0)[attach]
                _add_arcs(heads, children, guess[attach], head, label, last_left, last_right, before)
                unshiftable[b0[is_left]] = False
            # Break: B1 starts a sentence
            breaking = taken == _BREAK
            starts[b1[breaking]] = True
            # Reduce: pop S0, or put it back on the buffer if it has no head and is not alone
            reducing = taken == _REDUCE
            back = reducing & (head[s0] < 0) & (d > 1)
            if back.any():
                k = live[back]
                unshiftable[s0[back]] = True
                rebuffer[k, r[back]] = s0[back]
                redepth[k] += 1
            popping = reducing | is_left
            depth[live[popping]] -= 1
            # Shift and RightArc: push B0
            pushing = (taken == _SHIFT) | is_right
            if pushing.any():
                k, from_rebuffer = live[pushing], r[pushing] > 0
                redepth[k[from_rebuffer]] -= 1
                nxt[k[~from_rebuffer]] += 1
                stack[k, d[pushing]] = b0[pushing]
                depth[k] += 1
            live = live[(depth[live] > 0) | (lengths[live] - nxt[live] + redepth[live] > 0)]

    def _set(self, doc: Doc, parse: tuple[Any, Any]) -> None:
        """spaCy's `ArcEager.set_annotations` (heads, labels, then children and sentence starts from the
        heads) and the parser's postprocess (`nonproj.deprojectivize`)."""
        rel, deps = parse
        if len(doc):
            values: Any = np.stack([rel.astype(np.uint64), deps], axis=1)
            doc.from_array([HEAD, DEP], values)
        for hook in self.inner.postprocesses:
            hook(doc)


def _add_arcs(heads: Any, children: Any, classes: Any, head: Any, label: Any, *sides: Any) -> None:
    """spaCy's `StateC.add_arc` for several states at once (one arc each): a child that has a head
    loses that arc first (the latest child on its side of its old head, spaCy's `pop_back`), then joins
    its new head's children on its side. `sides`: the latest-left-child, latest-right-child and
    child-before arrays of `_decode`."""
    last_left, last_right, before = sides
    old = head[children]
    moved = old >= 0
    if moved.any():
        child, was = children[moved], old[moved]
        left = was > child
        for side, on in ((last_left, left), (last_right, ~left)):
            if not (side[was[on]] == child[on]).all():
                raise _Diverges("arc deleted from the middle of its head's list")
            side[was[on]] = before[child[on]]
    left = heads > children
    for side, on in ((last_left, left), (last_right, ~left)):
        before[children[on]] = side[heads[on]]
        side[heads[on]] = children[on]
    head[children] = heads
    label[children] = classes
