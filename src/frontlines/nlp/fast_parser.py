"""The dependency parser's greedy decoding in numpy: the same parses as spaCy's, without its cost.

spaCy's `DependencyParser` decodes greedily in Cython, and (like the entity recognizer, nlp/fast_ner.py)
its `nogil` state accessors, compiled with profiling hooks for Python < 3.12, take and drop the GIL at
every call: a few dozen times per state and step (the context tokens, the validity of the five moves).
On the sentences the parse stage sends for bench/corpus (8.6k words) the parser took 0.13 s CPU, this
class 0.06 s.

`FastDependencyParser` runs the parser's own network for the features of each token (nlp/fast_ner.py's
`precomputed_features`: spaCy's token-to-vector layer and precomputed first layer, in spaCy's
sub-batches), then the arc-eager transition loop over all documents of MERGED batches at once (a
state's scores do not depend on the other states': fewer, larger steps), as spaCy's
`ArcEager` runs it: the eight context tokens of a state (the first two words of the buffer, the top
three of the stack, the latest left child of the first buffer word, the latest left and right children
of the stack top), the sum of their precomputed features plus the bias (in spaCy's order), the maxout,
the output layer through the same BLIS `sgemm` spaCy calls, and the best valid move under spaCy's
rules for shift, reduce (which puts a headless word back on the buffer), left and right arcs (which
may re-attach a word) and the sentence break. The annotations are then set as spaCy sets them (heads
and labels, ROOT for the words left without a head, children and sentence starts from the heads: one
`Doc.from_array`), and spaCy's own postprocess undoes the non-projective label decoration.

Outside what this reproduces, spaCy's parser runs instead: a document with a dependency already set or
a word marked as unable to start a sentence, a model with another feature set, subtoken arcs, unseen
classes, other postprocesses or a beam, and (not met on 1,144 documents, scripts/check_fast_parser.py)
a re-attachment whose old arc is not the latest of its head's, which spaCy's `map_del_arc` would
handle differently."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import blis.py  # type: ignore[import-untyped]
import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc

from frontlines.nlp.fast_ner import GreedyDecoder, precomputed_features
from frontlines.nlp.unsupported import Unsupported

# spaCy batches decoded in one transition loop (their features are held at once: ~4 kB a word)
MERGED = 2
# spaCy's arc-eager moves, by the letter of their class name
_SHIFT, _REDUCE, _LEFT, _RIGHT, _BREAK = range(5)
_LETTERS = {"S": _SHIFT, "D": _REDUCE, "L": _LEFT, "R": _RIGHT, "B": _BREAK}


class _Diverges(Exception):
    """A state spaCy's decoding would handle in a way this class does not reproduce."""


def _preset(doc: Doc) -> bool:
    """Whether `doc` has a dependency or a word that cannot start a sentence set before the parser."""
    values = doc.to_array([HEAD, DEP, SENT_START]).astype(np.int64)
    return bool(values[:, :2].any() or (values[:, 2] == -1).any())


class FastDependencyParser(GreedyDecoder):
    """spaCy's dependency parser, decoded in numpy (see the module docstring)."""

    def __init__(self, parser: Any) -> None:
        super().__init__(parser, "ArcEager", 8, "not the 8-feature maxout arc-eager parser")
        if [h.__name__ for h in parser.postprocesses] != ["deprojectivize"]:
            raise Unsupported("other postprocesses")
        # the labels spaCy adds before each batch (its built-in ones, for a document with no dependency)
        parser._ensure_labels_are_added([Doc(parser.vocab, words=["x"])])
        moves, labels = [], []
        for i in range(parser.moves.n_moves):
            letter, _, label = parser.moves.get_class_name(i).partition("-")
            if letter not in _LETTERS:
                raise Unsupported(f"move {letter}")
            if label == "subtok":
                raise Unsupported("subtoken arcs")
            moves.append(_LETTERS[letter])
            labels.append(self.vocab.strings.add(label) if label else 0)
        self._move = np.array(moves)
        self._label = np.array(labels, dtype=np.uint64)
        self._root = int(parser.moves.root_label)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """`docs` annotated, in their order; a group with a preset parse, or one whose decoding would
        diverge from spaCy's, is parsed by spaCy's parser."""
        # spaCy's batching: batches of `batch_size`, each sorted by length and run in quarters (the
        # features); the transition loop runs for up to MERGED batches at once (fewer steps in all)
        stream = iter(docs)
        while group := list(islice(stream, batch_size * MERGED)):
            if any(_preset(doc) for doc in group if len(doc)):
                yield from self.inner.pipe(group, batch_size=batch_size)
                continue
            batches = [sorted(group[i : i + batch_size], key=len) for i in range(0, len(group), batch_size)]
            by_length = [doc for batch in batches for doc in batch]
            try:
                parses = self._parse(batches, max(batch_size // 4, 2))
            except _Diverges:
                yield from self.inner.pipe(group, batch_size=batch_size)
                continue
            for doc, parse in zip(by_length, parses, strict=True):
                self._set(doc, parse)
            yield from group

    def _parse(self, batches: list[list[Doc]], size: int) -> list[tuple[Any, Any]]:
        """The (heads, labels) of each document of `batches` (each sorted by length; heads relative,
        labels as string ids): the features of spaCy's sub-batches of `size`, then one transition loop
        for all (a state's scores do not depend on the others')."""
        docs = [doc for batch in batches for doc in batch]
        lengths = np.array([len(doc) for doc in docs])
        total = int(lengths.sum())
        head = np.full(total + 1, -1)  # per word of the batch, the word it hangs from; last: a sentinel
        label = np.zeros(total + 1, dtype=np.int64)  # the class index of its arc
        if total:
            feats = precomputed_features(self.inner.model, batches, size)
            self._decode(docs, feats, lengths, head, label)
        attached = head[:-1] >= 0
        rel = np.where(attached, head[:-1] - np.arange(total), 0)
        deps = np.where(attached, self._label[label[:-1]], np.uint64(self._root))
        ends = np.cumsum(lengths).tolist()
        return [(rel[e - n : e], deps[e - n : e]) for e, n in zip(ends, lengths.tolist(), strict=True)]

    def _decode(self, docs: list[Doc], feats: Any, lengths: Any, head: Any, label: Any) -> None:
        """The transition loop (see the module docstring): sets `head` (the word each word hangs from,
        -1: none) and `label` (the class of its arc) for every word of `docs`, given their features."""
        model = self.inner.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        n_feats, width = feats.shape[1], feats.shape[2]
        feats = feats.reshape(-1, width)  # row (word + 1) * n_feats + feature; word -1: the padding
        pieces = lower.get_dim("nP")
        bias = lower.get_param("b").reshape(-1)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        n, total = len(docs), int(lengths.sum())
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        # per word (and a last, sentinel entry for "no word"): preset sentence starts, and what the
        # states set: sentence breaks, "put back on the buffer", the latest left / right child, and the
        # child that was its head's latest on that side before it (spaCy's arc lists, as stacks)
        starts = np.concatenate([doc.to_array([SENT_START]).ravel() == 1 for doc in docs] + [[False]])
        unshiftable = np.zeros(total + 1, dtype=bool)
        last_left = np.full(total + 1, -1)
        last_right = np.full(total + 1, -1)
        before = np.full(total + 1, -1)
        # each state's stack and buffer, in rows of one flat array each: the stack from column 3 up
        # (three -1 below it: S0, S1, S2 of a shallow stack), the buffer from column 2 up, its first
        # word on top (the words never shifted in reverse order, those put back above them)
        row = int(lengths.max()) + 3
        stack = np.full(n * row, -1)
        buffer = np.full(n * row, -1)
        for k, (length, off) in enumerate(zip(lengths.tolist(), offsets.tolist(), strict=True)):
            buffer[k * row + 2 : k * row + 2 + length] = np.arange(off + length - 1, off - 1, -1)
        live = np.nonzero(lengths > 0)[0]
        base = live * row  # the row of each live state
        depth = np.zeros(len(live), dtype=np.int64)
        top = lengths[live] + 1  # the column of the buffer's first word; 1: the buffer is empty
        move = self._move
        columns = np.repeat(np.arange(n_feats), len(live))
        while len(live):
            b0, b1 = buffer[base + top], buffer[base + top - 1]
            s0, s1, s2 = stack[base + depth + 2], stack[base + depth + 1], stack[base + depth]
            ids = np.concatenate([b0, b1, s0, s1, s2, last_left[b0], last_left[s0], last_right[s0]])
            rows = feats[(ids + 1) * n_feats + columns].reshape(n_feats, len(live), width)
            # (((0 + f0) + f1) + ... + f7) + bias, as spaCy sums them
            hidden = rows[0] + rows[1]
            for f in range(2, n_feats):
                hidden += rows[f]
            hidden += bias
            hidden = hidden.reshape(len(live), -1, pieces)
            best = hidden[:, :, 0]
            for piece in range(1, pieces):
                best = np.maximum(best, hidden[:, :, piece])
            scores = blis.py.gemm(np.ascontiguousarray(best), weights, trans2=True)
            scores += out_bias
            # spaCy's ArcEager validity (Shift, Reduce, LeftArc, RightArc, Break .is_valid) with no
            # word that cannot start a sentence: one of Shift (empty stack) and Reduce is always valid
            b0_starts = starts[b0]
            arc = (depth > 0) & (top > 1) & ~b0_starts
            by_move = np.concatenate(
                [
                    (depth == 0) | ((top > 2) & ~b0_starts & ~unshiftable[b0]),
                    depth > 0,
                    arc,
                    arc,
                    (top > 2) & (b1 == b0 + 1) & ~starts[b1],
                ]
            ).reshape(5, len(live))
            guess = np.where(by_move[move].T, scores, -np.inf).argmax(axis=1)
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
            starts[b1[taken == _BREAK]] = True
            # Reduce pops S0, or puts it back on the buffer if it has no head and is not alone
            reducing = taken == _REDUCE
            back = reducing & (head[s0] < 0) & (depth > 1)
            if back.any():
                unshiftable[s0[back]] = True
                buffer[(base + top + 1)[back]] = s0[back]
            # Shift and RightArc push B0
            pushing = (taken == _SHIFT) | is_right
            stack[(base + depth + 3)[pushing]] = b0[pushing]
            depth = depth + pushing - (reducing | is_left)
            top = top - pushing + back
            going = (depth > 0) | (top > 1)
            if not going.all():
                live, base, depth, top = live[going], base[going], depth[going], top[going]
                columns = np.repeat(np.arange(n_feats), len(live))

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
