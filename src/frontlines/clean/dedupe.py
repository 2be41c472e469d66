"""Exact and near-duplicate articles: MinHash over word shingles of the clean body, LSH to find
candidates (datasketch). The first article seen is the original; a later copy whose estimated Jaccard
similarity reaches the threshold is linked to it and not coded again. Syndicated copies differ in page
chrome, headline and a sentence or two, which is why this runs on the *clean* body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class DuplicateOf:
    """The article this one duplicates; `exact` when the normalised bodies are identical."""

    original: str
    similarity: float
    exact: bool


def shingles(body: str, size: int) -> set[bytes]:
    words = _WORDS.findall(body.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class Deduper:
    """Remembers the articles it has been given; `check` tells whether a new one repeats one of them.
    The MinHash index is built when there is something to compare: the first article is only kept
    (one document alone, as `frontlines extract FILE`, never imports datasketch, whose scipy costs
    ~0.5 s CPU and ~45 MB), and hashed when a second one is checked."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_words: int = 5) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self._lsh: MinHashLSH | None = None
        self._hashes: dict[str, MinHash] = {}
        self._waiting: dict[str, str] = {}
        """bodies added before the index was built, in order"""

    def __len__(self) -> int:
        return len(self._hashes) + len(self._waiting)

    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            # imported here: datasketch pulls in scipy (~50 MB), needed only where batches are deduplicated
            from datasketch import MinHashLSH

            # LSH only proposes candidates; each is then checked against `threshold` with its estimated
            # similarity. Banding for a lower threshold, weighted against misses, keeps recall near 1
            # at the threshold itself (a 0.87 pair was missed with banding for 0.8).
            self._lsh = MinHashLSH(
                threshold=max(0.3, self.threshold - 0.2), num_perm=self.num_perm, weights=(0.2, 0.8)
            )
            waiting, self._waiting = self._waiting, {}
            for article_id, body in waiting.items():
                self.add(article_id, body)
        return self._lsh

    def _minhash(self, body: str) -> MinHash:
        from datasketch import MinHash

        mh = MinHash(num_perm=self.num_perm)
        mh.update_batch(list(shingles(body, self.shingle_words)))
        return mh

    def check(self, article_id: str, body: str) -> DuplicateOf | None:
        if article_id in self._hashes or article_id in self._waiting:
            return DuplicateOf(article_id, 1.0, exact=True)
        if not len(self):
            return None  # nothing to repeat
        lsh = self._index()
        mh = self._minhash(body)
        best: DuplicateOf | None = None
        for key in lsh.query(mh):
            sim = float(mh.jaccard(self._hashes[key]))
            if sim >= self.threshold and (best is None or sim > best.similarity):
                best = DuplicateOf(str(key), sim, exact=False)
        return best

    def add(self, article_id: str, body: str) -> None:
        if article_id in self._hashes or article_id in self._waiting:
            return
        if self._lsh is None:
            self._waiting[article_id] = body
            return
        mh = self._minhash(body)
        self._hashes[article_id] = mh
        self._lsh.insert(article_id, mh)

    def check_and_add(self, article_id: str, body: str) -> DuplicateOf | None:
        """Check, and remember the article when it is new (a duplicate is not remembered: its original
        already stands for it)."""
        found = self.check(article_id, body)
        if found is None:
            self.add(article_id, body)
        return found
