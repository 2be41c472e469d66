"""CEAF-REE (Du, Rush and Cardie, EACL 2021) for MUC-4 role-filler entities, written for frontlines.

Strings are normalised (lower case, punctuation removed, the words a / an / the removed, spaces
squeezed). Per document and role, predicted entities are aligned one to one with gold entities
maximising the summed phi_strict: 1 when every mention of the predicted entity is among the gold
entity's mentions, else 0. With a 0/1 phi the best alignment is a maximum bipartite matching.
P = matched / predicted entities, R = matched / gold entities, counts summed over documents per role;
the micro average sums the roles' counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from frontlines.eval.bench_common import max_matching
from frontlines.eval.score import PRF

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")

Entity = tuple[str, ...]
"""an entity: its mentions"""


def ree_norm(text: str) -> str:
    """CEAF-REE string key: lower case, no punctuation, no articles, single spaces."""
    text = re.sub(r"[^\w\s]", "", text.lower())
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def phi_strict(gold: Iterable[str], pred: Iterable[str]) -> bool:
    """1 when every (normalised) mention of the predicted entity is a mention of the gold entity."""
    gold_set = {ree_norm(m) for m in gold}
    pred_list = [ree_norm(m) for m in pred]
    return bool(pred_list) and all(m in gold_set for m in pred_list)


def ceaf_ree(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> PRF:
    """One document and role: tp = size of the best one-to-one alignment under `phi_strict`."""
    matched = len(max_matching(gold, pred, phi_strict))
    return PRF(tp=matched, fp=len(pred) - matched, fn=len(gold) - matched)


@dataclass
class ReeTally:
    roles: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})

    def add(self, gold: dict[str, list[Entity]], pred: dict[str, list[Entity]]) -> None:
        for role in ROLES:
            got = ceaf_ree(gold.get(role, []), pred.get(role, []))
            prf = self.roles[role]
            prf.tp, prf.fp, prf.fn = prf.tp + got.tp, prf.fp + got.fp, prf.fn + got.fn

    def micro(self) -> PRF:
        return PRF(
            tp=sum(p.tp for p in self.roles.values()),
            fp=sum(p.fp for p in self.roles.values()),
            fn=sum(p.fn for p in self.roles.values()),
        )
