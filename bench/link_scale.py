"""Linking at scale: synthetic statements with known repeats, timed, with recall measured.

Usage: python bench/link_scale.py N [--exhaustive-at M] [--seed S]
       python bench/link_scale.py N --db URL   (the database path: bench/link_latency.py)

The generator writes Arabic-script statements from a Zipf-distributed vocabulary (so a
few words are very common, as "said" and "Syria" are in news) with figures; 30% of the
statements repeat an earlier claim, reworded (clitics added, words swapped, a word
dropped, a function word added), and 5% are hard negatives: an earlier claim with
another figure or one content word replaced.

Reported, for N statements linked with the rarest-keys index (``tracker.linking``'s
``Clusterer``, the code shared with the database path):

* CPU seconds (process time: the machine may be shared), statements per second and
  peak memory (max RSS);
* repeats that join their original's claim, and hard negatives merged as ``same``;
* with ``--exhaustive-at M`` (default 20000, 0 to skip): on the first M statements, the
  share of pairs scoring at or above the link threshold under exhaustive comparison that
  the index also scored (candidate recall), and the exhaustive time beside the index time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time

LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
FUNCTION_WORDS = ("في", "من", "على", "إن", "أن", "قال", "مع", "إلى")
MULTIPLIERS = ("ألف", "مليون")


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))))
    return sorted(words)


class Generator:
    """Statements with ground truth: ``truth[i]`` is the claim i repeats; ``hard[i]`` marks negatives."""

    def __init__(self, seed: int, vocabulary: int = 60_000) -> None:
        self.rng = random.Random(seed)
        self.vocab = make_vocabulary(self.rng, vocabulary)
        # Stopwords are gone before matching, so the head of the distribution is flattened.
        weights = [1.0 / (rank + 50) for rank in range(len(self.vocab))]
        total = 0.0
        self.cum = []
        for weight in weights:
            total += weight
            self.cum.append(total)

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=count)

    def base(self) -> list[str]:
        words = self.words(self.rng.randint(7, 13))
        if self.rng.random() < 0.5:
            words.insert(
                self.rng.randint(0, len(words)), f"{self.rng.randint(2, 999)} {self.rng.choice(MULTIPLIERS)}"
            )
        return words

    def reword(self, words: list[str]) -> list[str]:
        out = list(words)
        for _ in range(self.rng.randint(1, 3)):
            op = self.rng.random()
            i = self.rng.randrange(len(out))
            if op < 0.3 and not out[i][0].isdigit():
                out[i] = self.rng.choice(("و", "ال", "بال")) + out[i]
            elif op < 0.55 and len(out) > 1:
                j = min(i + 1, len(out) - 1)
                out[i], out[j] = out[j], out[i]
            elif op < 0.75 and len(out) > 8 and not out[i][0].isdigit():
                del out[i]
            else:
                out.insert(i, self.rng.choice(FUNCTION_WORDS))
        return out

    def hard_negative(self, words: list[str]) -> list[str]:
        out = list(words)
        figures = [i for i, w in enumerate(out) if w[0].isdigit()]
        if figures:
            i = figures[0]
            value, unit = out[i].split()
            out[i] = f"{int(value) + self.rng.randint(1, 50)} {unit}"
        else:
            i = self.rng.randrange(len(out))
            out[i] = self.rng.choice(self.vocab[5000:])
        return out

    def generate(self, n: int) -> tuple[list[str], list[int], list[bool]]:
        texts: list[str] = []
        truth: list[int] = []
        hard: list[bool] = []
        bases: list[tuple[int, list[str]]] = []
        for i in range(n):
            roll = self.rng.random()
            if bases and roll < 0.30:
                # Repeats cluster in time: mostly recent claims, sometimes old ones.
                pick = (
                    bases[-self.rng.randint(1, min(len(bases), 2000))]
                    if self.rng.random() < 0.8
                    else self.rng.choice(bases)
                )
                texts.append(" ".join(self.reword(pick[1])))
                truth.append(pick[0])
                hard.append(False)
            elif bases and roll < 0.35:
                pick = bases[-self.rng.randint(1, min(len(bases), 2000))]
                texts.append(" ".join(self.hard_negative(pick[1])))
                truth.append(-pick[0] - 1)  # a negative of pick[0]: never the same claim
                hard.append(True)
            else:
                words = self.base()
                bases.append((i, words))
                texts.append(" ".join(words))
                truth.append(i)
                hard.append(False)
        return texts, truth, hard


def run_index(texts: list[str]) -> tuple[float, list[object], object]:
    from tracker.linking import Clusterer, Item, read_claim

    clusterer = Clusterer()
    decisions = []
    started = time.process_time()
    for i, text in enumerate(texts):
        decisions.append(clusterer.add(Item(i, read_claim(text))))
    return time.process_time() - started, decisions, clusterer


def quality(
    truth: list[int], hard: list[bool], clusterer: object, decisions: list[object]
) -> dict[str, float]:
    claim_of = clusterer.claim_of  # type: ignore[attr-defined]
    repeats = linked = negatives = merged = 0
    for i, original in enumerate(truth):
        if hard[i]:
            negatives += 1
            source = -original - 1
            if (
                claim_of[i] == claim_of[source]
                and decisions[i].relation == "same"
                and decisions[source].relation == "same"
            ):  # type: ignore[attr-defined]
                merged += 1
        elif original != i:
            repeats += 1
            linked += claim_of[i] == claim_of[original]
    return {
        "repeats_linked": round(linked / max(repeats, 1), 4),
        "hard_negatives_merged_as_same": round(merged / max(negatives, 1), 4),
    }


def candidate_recall(texts: list[str]) -> dict[str, float]:
    """Pairs at or above the link threshold: exhaustive comparison against the index's candidates."""
    from rapidfuzz import fuzz, process

    from tracker.linking import LinkRules, read_claim, similarity
    from tracker.linking.candidates import MemoryIndex

    threshold = LinkRules().link_threshold
    claims = [read_claim(t) for t in texts]
    forms = [c.form for c in claims]
    started = time.process_time()
    exhaustive: set[tuple[int, int]] = set()
    for j in range(1, len(claims)):
        # The raw token-set ratio bounds the length-guarded score from above, so this C++
        # scan loses no pair; the few survivors get the exact score.
        for _, _, i in process.extract(
            forms[j],
            forms[:j],
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=threshold,
            limit=None,
        ):
            if similarity(claims[j], claims[i], threshold):
                exhaustive.add((i, j))
    exhaustive_seconds = time.process_time() - started
    started = time.process_time()
    index = MemoryIndex()
    found: set[tuple[int, int]] = set()
    for j, claim in enumerate(claims):
        ids, counts = index.candidates(claim)
        for i in ids:
            if similarity(claim, claims[i], threshold):
                found.add((i, j))
        index.add(j, claim, counts)
    index_seconds = time.process_time() - started
    return {
        "statements": len(texts),
        "exhaustive_pairs": len(exhaustive),
        "index_pairs_found": len(exhaustive & found),
        "candidate_recall": round(len(exhaustive & found) / max(len(exhaustive), 1), 4),
        "exhaustive_seconds": round(exhaustive_seconds, 1),
        "index_seconds": round(index_seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--exhaustive-at", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db", help="measure per-statement linking latency in this database instead (bench/link_latency.py)"
    )
    args = parser.parse_args()
    if args.db:
        from link_latency import run

        print(json.dumps(run(args.db, args.n, seed=args.seed), indent=2))
        return
    texts, truth, hard = Generator(args.seed).generate(args.n)
    seconds, decisions, clusterer = run_index(texts)
    report: dict[str, object] = {
        "statements": args.n,
        "cpu_seconds": round(seconds, 1),
        "per_second": round(args.n / seconds),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "claims": len(set(clusterer.claim_of.values())),  # type: ignore[attr-defined]
        **quality(truth, hard, clusterer, decisions),
    }
    if args.exhaustive_at:
        del decisions, clusterer
        report["recall_check"] = candidate_recall(texts[: args.exhaustive_at])
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
