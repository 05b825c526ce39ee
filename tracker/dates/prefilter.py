"""A cheap gate run before any pattern: most sentences hold no date at all.

Punctuation and digits become spaces (one precompiled substitution), the text splits into
runs of letters, and one set intersection with the trigger spellings (every hamza and clitic
form precomputed, so the text needs no folding) says which rule families can fire. The gate may
let a dateless text through (the patterns then find nothing) but must never stop a text that
has a date.
"""

from __future__ import annotations

from tracker.dates import resources as R
from tracker.dates import shortcuts as S
from tracker.dates.textmap import DROP_RE

_EMPTY: frozenset[str] = frozenset()


def families(text: str, english: bool) -> frozenset[str]:
    """The rule families (see :data:`tracker.dates.resources.MONTH` ...) the text may trigger."""
    if not english and DROP_RE.search(text):
        text = DROP_RE.sub("", text)  # a mark inside a word would hide it from the gate
    return families_kept(text, english)


def families_kept(text: str, english: bool) -> frozenset[str]:
    """:func:`families` of a text whose marks and invisibles are already removed (Arabic)."""
    if english:
        text = text.lower()
        triggers, words = R.EN_TRIGGERS, S.EN_TRIGGER_WORDS_S
    else:
        triggers, words = R.AR_TRIGGERS, R.AR_TRIGGER_WORDS
    # Punctuation and digits are no letters: as spaces they leave the runs of letters as they were.
    tokens = S.GLUE_RE.sub(" ", text).split()
    if "".join(tokens).isalpha():
        # Letters only (most sentences): the tokens are exactly the runs of letters.
        hits = words.intersection(tokens)
    else:
        # Rarer glue ("$5", "#hashtag"): split the tokens that still hold something else.
        parts = set(tokens)
        parts.update([part for w in parts if not w.isalpha() for part in R.NON_LETTERS_RE.split(w)])
        hits = words.intersection(parts)
    found: set[str] = set(R.DIGIT_FAMILIES) if R.DIGIT_RE.search(text) else set()
    for word in hits:
        # English "weeks", "Tuesdays": the bare word carries the family.
        found.update(triggers[word] if word in triggers else triggers[word[:-1]])
    return frozenset(found) if found else _EMPTY
