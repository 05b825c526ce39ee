"""How alike two claims read: rapidfuzz's token-set ratio over matching keys, length-guarded.

Why this scorer fits short paraphrases. A repeated claim is a handful of content words
(who, did what, to whom, how many) that reporters reorder, wrap in other function words,
inflect, and trim or pad ("قال الوزير إن ..." against a headline). Character scorers
(``ratio``) punish reordering; ``token_sort_ratio`` punishes any padding. ``token_set_ratio``
compares the shared words with each side's leftovers, so it is blind to order and to
padding, and on the *keys* of :mod:`tracker.linking.text` (no clitics, stems, skeletons,
figures as values) an inflected or re-cased word still counts as shared; the leftovers
are still compared character-wise, so a misspelt name scores near its twin.

Its failures, and the guards against them:

* the excerpt: a short text contained in a longer one scores 100 ("غزة" against every
  sentence about Gaza), so the ratio is scaled by how much of the longer claim the
  shorter one covers (:func:`length_factor`);
* chance: leftovers that happen to share letters lift a pair with one common word over
  the threshold, so a pair sharing no key is never scored and one sharing a single key
  must score higher (:func:`required_score`).

The score says *how alike*; whether alike means *the same* is :mod:`tracker.linking.guard`'s
decision.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from tracker.linking.text import ClaimText

# Below this share of the longer claim's keys, a shorter claim is scaled down linearly.
FULL_COVERAGE = 0.5
# The factor at coverage zero: an excerpt keeps some score, never a full one.
LENGTH_FLOOR = 0.3
# What a pair sharing a single key must score (see required_score).
ONE_SHARED_SCORE = 70.0


def length_factor(a: ClaimText, b: ClaimText) -> float:
    """1.0 when the shorter claim has at least half the longer one's keys, less below."""
    na, nb = len(a.keyset), len(b.keyset)
    longer = max(na, nb)
    if longer == 0:
        return 0.0
    coverage = min(na, nb) / longer
    if coverage >= FULL_COVERAGE:
        return 1.0
    return LENGTH_FLOOR + (1.0 - LENGTH_FLOOR) * coverage / FULL_COVERAGE


def required_score(a: ClaimText, b: ClaimText, cutoff: float) -> float | None:
    """The score a pair must reach given how many keys it shares; None: not comparable.

    The token-set ratio also rewards letters that leftover words happen to share, so one
    common word plus chance resemblance can pass a threshold. Sharing no key never
    compares; sharing one key (when both sides have three or more) must score
    ``ONE_SHARED_SCORE``; two shared keys use the caller's cutoff.
    """
    shared = len(a.keyset & b.keyset)
    if shared == 0:
        return None
    if shared == 1 and min(len(a.keyset), len(b.keyset)) >= 3:
        return max(cutoff, ONE_SHARED_SCORE)
    return cutoff


def similarity(a: ClaimText, b: ClaimText, cutoff: float = 0.0, *, by_keys: bool = True) -> float:
    """0-100: token-set ratio of the matching forms times :func:`length_factor`; 0 below ``cutoff``
    or, with ``by_keys``, below what the number of shared keys demands (:func:`required_score`)."""
    if by_keys:
        required = required_score(a, b, cutoff)
        if required is None:
            return 0.0
        cutoff = required
    factor = length_factor(a, b)
    if factor == 0.0 or factor * 100.0 < cutoff:
        return 0.0
    # The forms are already normalised by read_claim (once per statement, not per pair),
    # hence processor=None; the cutoff is raised to what the raw ratio must reach.
    raw = fuzz.token_set_ratio(a.form, b.form, processor=None, score_cutoff=cutoff / factor)
    score = raw * factor
    return score if score >= cutoff else 0.0
