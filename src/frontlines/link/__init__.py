"""Linking mentions (one coded event from one article) into events across articles (docs/linking.md).

rules.py       the tunable rules (`data/link.v1.yaml`), validated on load
mention.py     the `Mention` a linker compares: a coded event plus its article's source and date
linker.py      pure pairwise compatibility and `link(mention, candidates) -> Decision`
clusters.py    the incremental process: assign, create, merge (older id wins)
provenance.py  per-field values by mention and the chosen value of a linked event
"""

from frontlines.link.clusters import Cluster, Clusters
from frontlines.link.linker import Decision, link
from frontlines.link.mention import Mention
from frontlines.link.rules import LinkRules, load_rules

__all__ = ["Cluster", "Clusters", "Decision", "LinkRules", "Mention", "link", "load_rules"]
