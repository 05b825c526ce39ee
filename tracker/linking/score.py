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
  shorter one covers (the length factor);
* chance: leftovers that happen to share letters lift a pair with one common word over
  the threshold, so a pair sharing no key is never scored and one sharing a single key
  must score higher.

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
# What a pair sharing a single key must score (when both sides have three keys or more).
ONE_SHARED_SCORE = 70.0


def similarity(a: ClaimText, b: ClaimText, cutoff: float = 0.0, *, by_keys: bool = True) -> float:
    """0-100: token-set ratio of the matching forms times the length factor; 0 below ``cutoff``.

    The length factor is 1.0 when the shorter claim has at least ``FULL_COVERAGE`` of the
    longer one's keys, and falls linearly to ``LENGTH_FLOOR`` below. With ``by_keys``, a
    pair sharing no key scores 0 and one sharing a single key (both sides having three or
    more) must reach ``ONE_SHARED_SCORE``: the ratio also rewards letters that leftover
    words happen to share, so one common word plus chance resemblance could pass.

    Written as one function, not three: linking scores tens of candidates per statement,
    most of them ruled out by these checks, so the calls themselves were the cost.
    """
    ka, kb = a.keyset, b.keyset
    na, nb = len(ka), len(kb)
    if by_keys:
        if ka.isdisjoint(kb):
            return 0.0
        if cutoff < ONE_SHARED_SCORE and na >= 3 and nb >= 3 and len(ka & kb) == 1:
            cutoff = ONE_SHARED_SCORE
    longer, shorter = (na, nb) if na >= nb else (nb, na)
    if longer == 0:
        return 0.0
    coverage = shorter / longer
    factor = (
        1.0 if coverage >= FULL_COVERAGE else LENGTH_FLOOR + (1.0 - LENGTH_FLOOR) * coverage / FULL_COVERAGE
    )
    if factor * 100.0 < cutoff:
        return 0.0
    # The forms are already normalised by read_claim (once per statement, not per pair),
    # hence processor=None; the cutoff is raised to what the raw ratio must reach.
    raw = fuzz.token_set_ratio(a.form, b.form, processor=None, score_cutoff=cutoff / factor)
    score = raw * factor
    return score if score >= cutoff else 0.0
