"""Repeated claims, pure: matching form, scorer, contradiction guard, candidates, clustering.

No database and no terminal here (``tracker.services.claims`` is the database side):

* :mod:`.text` -- :func:`read_claim`, the one matching normalisation;
* :mod:`.score` -- :func:`similarity` (rapidfuzz token-set ratio, length-guarded);
* :mod:`.guard` -- :func:`compare` (negation, figures, antonyms, roles, words) and
  :func:`word_diff` for misquotes;
* :mod:`.candidates` -- the rarest-keys inverted index;
* :mod:`.decide` -- :func:`decide`, one statement's link, shared by both paths;
* :mod:`.cluster` -- in-memory clustering for ``tracker cluster`` and the benchmarks.
"""

from __future__ import annotations

from tracker.linking.cluster import Clusterer, ClusterRow, cluster_texts
from tracker.linking.decide import MISQUOTE, SAME, VARIANT, Decision, Item, LinkRules, Member, decide
from tracker.linking.guard import Difference, compare, word_diff
from tracker.linking.score import similarity
from tracker.linking.text import ClaimText, read_claim

__all__ = [
    "MISQUOTE",
    "SAME",
    "VARIANT",
    "ClaimText",
    "ClusterRow",
    "Clusterer",
    "Decision",
    "Difference",
    "Item",
    "LinkRules",
    "Member",
    "cluster_texts",
    "compare",
    "decide",
    "read_claim",
    "similarity",
    "word_diff",
]
