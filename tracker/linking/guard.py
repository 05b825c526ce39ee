"""The contradiction guard and the misquote diff: why two alike statements are not the same.

Surface similarity cannot tell "the strike continues" from "the strike stopped", or
"39 ألفاً" from "93 ألفاً": they share almost every word. So a link is only ever
``same`` when :func:`compare` finds no difference that changes truth conditions:

* negation: one side negated, the other not (parity of negators);
* figures: the two sides do not give the same figures;
* polarity: one side uses a word whose opposite the other uses (ارتفاع/انخفاض ...), or a
  reversing word (رفض, نفي, deny) that the other lacks;
* order: the shared words come in an order that swaps roles ("A warns B" / "B warns A");
  moving one word (the verb of a VSO against an SVO sentence) is allowed;
* words: a content word on each side with no counterpart (another place, name, date or
  figure in the same template), or more than a small addition on one side.

Every difference is reported as plain JSON (``ClaimLink.difference``) so a reviewer sees
what differs, not just a lower score.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from tracker.linking.resources import ANTONYM_ROWS
from tracker.linking.text import ClaimText, claim_words, surface_words

# Two keys this long that differ by a letter or two are one word misspelt ("مصنوع"/"مصنع").
FUZZY_KEY_MIN_LEN = 5
FUZZY_KEY_CUTOFF = 85.0
# A statement this long (in content keys) may carry one extra modifier and still be the
# same claim; shorter ones may not (in a headline one extra word is often the point).
ADDITION_MIN_KEYS = 6
# Shared words that may move without it meaning a swap of roles: one (the verb of a VSO
# against an SVO sentence), two from this many shared words on.
LONG_ORDER = 8


@dataclass(frozen=True, slots=True)
class Difference:
    """What separates two alike statements; empty means they may be the same claim."""

    negation: bool = False
    figures: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    polarity: tuple[str, ...] = ()
    reordered: bool = False
    words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    #: Only-one-side words that do not block "same" (a small addition in a long statement).
    tolerated: tuple[str, ...] = field(default=())

    @property
    def blocks_same(self) -> bool:
        return bool(
            self.negation
            or self.figures[0]
            or self.figures[1]
            or self.polarity
            or self.reordered
            or self.words[0]
            or self.words[1]
        )

    def as_json(self) -> dict[str, Any] | None:
        """The ``ClaimLink.difference`` form: only the parts that differ; None when nothing does."""
        out: dict[str, Any] = {}
        if self.negation:
            out["negation"] = True
        if self.figures[0] or self.figures[1]:
            out["figures"] = {"a": list(self.figures[0]), "b": list(self.figures[1])}
        if self.polarity:
            out["polarity"] = list(self.polarity)
        if self.reordered:
            out["reordered"] = True
        if self.words[0] or self.words[1]:
            out["words"] = {"a": list(self.words[0]), "b": list(self.words[1])}
        return out or None


def _counterpart(key: str, others: frozenset[str]) -> bool:
    if key in others:
        return True
    if len(key) < FUZZY_KEY_MIN_LEN or key.startswith("#"):
        return False
    return any(
        len(other) >= FUZZY_KEY_MIN_LEN
        and fuzz.ratio(key, other, processor=None, score_cutoff=FUZZY_KEY_CUTOFF)
        for other in others
        if not other.startswith("#")
    )


def _unmatched(a: ClaimText, b: ClaimText) -> tuple[str, ...]:
    others = b.keyset
    return tuple(
        key for key in dict.fromkeys(a.keys) if not key.startswith("#") and not _counterpart(key, others)
    )


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def _reordered(a: ClaimText, b: ClaimText) -> bool:
    # Figures move freely ("39 ألفاً بلغ" / "بلغ ... 39 ألفاً") and are checked apart.
    shared = {key for key in a.keyset & b.keyset if not key.startswith("#")}
    seq_a = [k for k in dict.fromkeys(a.keys) if k in shared]
    seq_b = [k for k in dict.fromkeys(b.keys) if k in shared]
    allowed = 1 if len(seq_a) < LONG_ORDER else 2
    if len(seq_a) <= allowed or seq_a == seq_b:
        return False  # the common subsequence cannot fall short by more (repeats: same order)
    return len(seq_a) - _lcs(seq_a, seq_b) > allowed


def _polarity(a: ClaimText, b: ClaimText) -> tuple[str, ...]:
    surface = {**surface_words(b), **surface_words(a)} if a.reversals ^ b.reversals else {}
    clashes = []
    for row, side in a.polarity ^ b.polarity:
        owner, other = (a, b) if (row, side) in a.polarity else (b, a)
        if (row, 1 - side) in other.polarity and (row, 1 - side) not in owner.polarity:
            # Named by the first word of each side of the antonym row ("ارتفاع/انخفاض").
            clashes.append("/".join(group.split()[0] for group in ANTONYM_ROWS[row]))
    clashes.extend("reversal:" + surface.get(key, key) for key in sorted(a.reversals ^ b.reversals))
    return tuple(sorted(set(clashes)))


def compare(a: ClaimText, b: ClaimText) -> Difference:
    """Every difference between two statements that may change what they claim."""
    negation = (a.negations % 2) != (b.negations % 2)
    figures: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # A figure on one side only counts too: "killed" and "killed 20" are not one claim.
    if a.figures != b.figures:
        figures = (tuple(sorted(a.figures - b.figures)), tuple(sorted(b.figures - a.figures)))
    only_a, only_b = _unmatched(a, b), _unmatched(b, a)
    tolerated: tuple[str, ...] = ()
    if not (only_a and only_b) and len(only_a) + len(only_b) == 1:
        shorter = min(len(a.keyset), len(b.keyset))
        if shorter >= ADDITION_MIN_KEYS:
            tolerated, only_a, only_b = only_a + only_b, (), ()
    # Keys are shown as the words they were read from (only when there is something to show).
    shown_a = surface_words(a) if only_a or tolerated else {}
    shown_b = surface_words(b) if only_b or tolerated else {}
    return Difference(
        negation=negation,
        figures=figures,
        polarity=_polarity(a, b),
        reordered=_reordered(a, b),
        words=(tuple(shown_a.get(k, k) for k in only_a), tuple(shown_b.get(k, k) for k in only_b)),
        tolerated=tuple(shown_a.get(k, shown_b.get(k, k)) for k in tolerated),
    )


def word_diff(a: ClaimText, b: ClaimText) -> list[dict[str, Any]] | None:
    """A word-level diff of two wordings (punctuation and quotation marks ignored).

    None when the words are the same; else the changed runs as
    ``{"op": "replace"|"delete"|"insert", "a": "...", "b": "..."}``.
    """
    words_a, words_b = claim_words(a), claim_words(b)
    if words_a == words_b:
        return None
    matcher = difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False)
    return [
        {"op": op, "a": " ".join(words_a[i1:i2]), "b": " ".join(words_b[j1:j2])}
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]
