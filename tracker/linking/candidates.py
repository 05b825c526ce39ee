"""Candidate generation: an inverted index of each statement's rarest keys, never all pairs.

A repeat of a claim shares its rare words (names, figures, the uncommon verb) with the
original, while sentences that merely share "said" or "Syria" do not need comparing.
So each statement is indexed under its ``INDEX_TERMS`` rarest keys, and a new statement
looks up the postings of its own keys, skipping any key whose postings exceed
``LOOKUP_CAP`` (a key that common picks out nothing). The statements hit by the most
keys are scored; work per statement is bounded by keys x cap, whatever the store's size.

The same functions serve the in-memory index of ``tracker cluster`` (:class:`MemoryIndex`)
and the ``StatementTerm`` table of the database path (``tracker.services.claims``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from operator import itemgetter

from tracker.linking.text import ClaimText

# How many keys of a statement go into the index.
INDEX_TERMS = 10
# A key with more postings than this is too common to pick candidates.
LOOKUP_CAP = 400
# When every key is common, still look at this many of the rarest ones.
MIN_LOOKUP_KEYS = 2
# How many of the best-hit statements are scored.
MAX_CANDIDATES = 40
# From this many looked-up keys on, a candidate must be hit by two of them.
MULTI_HIT_KEYS = 4
# At most this many keys of one statement are looked up.
MAX_LOOKUP_KEYS = 32
# Keys are stored in a String(100) column.
MAX_KEY_LEN = 100


def lookup_keys(claim: ClaimText) -> list[str]:
    """The distinct keys a statement is looked up (and indexed) by.

    A long statement keeps its ``MAX_LOOKUP_KEYS`` longest keys (longer words are the rarer
    ones), so a speech pasted whole costs a bounded number of lookups too.
    """
    keys = [key[:MAX_KEY_LEN] for key in dict.fromkeys(claim.keys) if len(key) >= 2]
    if len(keys) > MAX_LOOKUP_KEYS:
        keep = set(sorted(keys, key=len, reverse=True)[:MAX_LOOKUP_KEYS])
        keys = [key for key in keys if key in keep]
    return keys


def choose_lookups(keys: Sequence[str], counts: Mapping[str, int], cap: int = LOOKUP_CAP) -> list[str]:
    """The keys worth looking up: those under the cap, else the rarest few."""
    ranked = sorted(keys, key=lambda key: (counts.get(key, 0), -len(key)))
    usable = [key for key in ranked if counts.get(key, 0) <= cap]
    if len(usable) < MIN_LOOKUP_KEYS:
        usable = ranked[:MIN_LOOKUP_KEYS]
    return usable


def rank_candidates(postings: Sequence[Sequence[int]], limit: int = MAX_CANDIDATES) -> list[int]:
    """Statement ids hit by the most looked-up keys.

    With ``MULTI_HIT_KEYS`` or more keys looked up, a statement hit by one only is dropped:
    the scorer wants two shared keys (or an unlikely 70 with one), and those single hits
    are most of the postings of a long statement.
    """
    tally = Counter(chain.from_iterable(postings))
    # Counter.most_common's order (by hits, then first seen), sorted in C: a stable sort.
    best = sorted(tally.items(), key=itemgetter(1), reverse=True)[:limit]
    if len(postings) >= MULTI_HIT_KEYS:
        return [statement_id for statement_id, hits in best if hits >= 2]
    return [statement_id for statement_id, _ in best]


def choose_index_terms(keys: Sequence[str], counts: Mapping[str, int], k: int = INDEX_TERMS) -> list[str]:
    """The ``k`` rarest keys (by the posting counts seen at lookup time), longer first among equals."""
    return sorted(keys, key=lambda key: (counts.get(key, 0), -len(key)))[:k]


class MemoryIndex:
    """The in-memory inverted index (``tracker cluster``, the benchmarks)."""

    def __init__(self) -> None:
        self._postings: dict[str, list[int]] = {}

    @property
    def postings(self) -> dict[str, list[int]]:
        """key -> statement ids indexed under it, oldest first (read-only use)."""
        return self._postings

    def counts(self, keys: Iterable[str]) -> dict[str, int]:
        return {key: len(self._postings.get(key, ())) for key in keys}

    def candidates(
        self, claim: ClaimText, cap: int = LOOKUP_CAP, limit: int = MAX_CANDIDATES
    ) -> tuple[list[int], dict[str, int]]:
        """Candidate ids for a claim, and the posting counts of its keys (for indexing it)."""
        keys = lookup_keys(claim)
        counts = self.counts(keys)
        # The most recent postings of a common key: a repeat is more likely recent.
        chosen = [self._postings.get(key, [])[-cap:] for key in choose_lookups(keys, counts, cap)]
        return rank_candidates(chosen, limit), counts

    def add(self, statement_id: int, claim: ClaimText, counts: Mapping[str, int]) -> list[str]:
        """Index a statement under its rarest keys; returns those keys."""
        terms = choose_index_terms(lookup_keys(claim), counts)
        for key in terms:
            self._postings.setdefault(key, []).append(statement_id)
        return terms
