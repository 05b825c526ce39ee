"""A cheap gate run before any pattern: most sentences hold no date at all.

Splitting on spaces and one set intersection with the trigger spellings (every hamza and
clitic form precomputed, so the text needs no folding) cost a few microseconds, where
scanning a paragraph with every pattern costs a hundred. The gate says which rule families can fire;
it may let a dateless text through (the patterns then find nothing) but must never stop a
text that has a date.
"""

from __future__ import annotations

from tracker.dates import resources as R
from tracker.dates.textmap import DROP_RE


def families(text: str, english: bool) -> frozenset[str]:
    """The rule families (see :data:`tracker.dates.resources.MONTH` ...) the text may trigger."""
    found: set[str] = set()
    if R.DIGIT_RE.search(text):
        found.update(R.DIGIT_FAMILIES)
    if english:
        triggers = R.EN_TRIGGERS
        words = set(text.lower().replace("-", " ").split())
        words.update([part for w in words if not w.isalpha() for part in R.NON_LETTERS_RE.split(w)])
        # "days", "weeks", "Tuesday's": the bare word carries the family.
        words.update([w[:-1] for w in words if w.endswith("s")])
    else:
        triggers = R.AR_TRIGGERS
        if DROP_RE.search(text):
            text = DROP_RE.sub("", text)
        words = set(text.split())
        # Only words glued to punctuation ("أمس،", "شباط/فبراير") need splitting; isalpha is cheap.
        words.update([part for w in words if not w.isalpha() for part in R.NON_LETTERS_RE.split(w)])
    for word in words & (R.EN_TRIGGER_WORDS if english else R.AR_TRIGGER_WORDS):
        found.update(triggers[word])
    return frozenset(found)


def may_have_date(text: str, english: bool) -> bool:
    return bool(families(text, english))
