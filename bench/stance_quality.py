"""Clustering quality on stance pairs (s1, s2, stance: agree / disagree / other).

Usage: python bench/stance_quality.py PATH [--exhaustive]

Clusters every distinct sentence of the file with ``tracker.linking.cluster_texts`` (the
code behind ``tracker cluster``), in file order, then reports:

* agree pairs that end in the same claim (target >= 90%);
* disagree pairs merged *as the same claim*: same claim and both linked as ``same``
  (target <= 5%; the same claim as a ``variant`` is fine), and, for information, how many
  share a claim at all;
* the number of claims and the largest one.

Tune on the train file, report on dev. The corpus paths are arguments: no corpus text
is stored in the project.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import time
from collections import Counter


def evaluate(path: str, exhaustive: bool = False) -> dict[str, object]:
    from tracker.linking import cluster_texts

    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = list(dict.fromkeys(itertools.chain.from_iterable((r["s1"], r["s2"]) for r in rows)))
    started = time.perf_counter()
    out = cluster_texts(texts, exhaustive=exhaustive)
    elapsed = time.perf_counter() - started
    by_text = {row.text: row for row in out}
    totals: Counter[str] = Counter()
    together: Counter[str] = Counter()
    as_same: Counter[str] = Counter()
    for row in rows:
        a, b, stance = by_text[row["s1"]], by_text[row["s2"]], row["stance"]
        totals[stance] += 1
        if a.claim == b.claim:
            together[stance] += 1
            if a.relation == "same" and b.relation == "same":
                as_same[stance] += 1
    sizes = Counter(row.claim for row in out)

    def share(counter: Counter[str], stance: str) -> float:
        return round(counter[stance] / totals[stance], 4) if totals[stance] else 0.0

    return {
        "file": path,
        "pairs": dict(totals),
        "sentences": len(texts),
        "agree_same_claim": share(together, "agree"),
        "agree_linked_as_same": share(as_same, "agree"),
        "disagree_merged_as_same": share(as_same, "disagree"),
        "disagree_same_claim_any_relation": share(together, "disagree"),
        "other_merged_as_same": share(as_same, "other"),
        "claims": len(sizes),
        "largest_claim": max(sizes.values()) if sizes else 0,
        "seconds": round(elapsed, 2),
        "candidates": "exhaustive" if exhaustive else "index",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--exhaustive", action="store_true", help="score all pairs instead of the index")
    args = parser.parse_args()
    print(json.dumps(evaluate(args.path, args.exhaustive), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
