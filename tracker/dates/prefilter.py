"""A cheap gate run before any pattern: most sentences hold no date at all.

Splitting on spaces and looking words up in a frozen set costs a few microseconds, where
one big regex alternation over the text costs tens. The gate may let a dateless text
through (it then just runs the patterns); it must never stop a text that has a date.
"""

from __future__ import annotations

from tracker.dates import resources as R
from tracker.dates.textmap import DROP_RE


def may_have_date(text: str, english: bool) -> bool:
    if R.DIGIT_RE.search(text):
        return True
    if english:
        words = text.lower().replace("-", " ").split()
        triggers = R.EN_TRIGGERS
        return any(w.strip(R.PUNCTUATION).rstrip("s").rstrip("'") in triggers or w.strip(R.PUNCTUATION) in triggers
                   for w in words)
    if DROP_RE.search(text):
        text = DROP_RE.sub("", text)
    triggers = R.AR_TRIGGER_SPELLINGS
    for word in text.split():
        word = word.strip(R.PUNCTUATION)
        # Up to two glued clitics: "و", "ف", "ب", "ل" ("وبالأمس", "ولشهر").
        if word in triggers or word[1:] in triggers or word[2:] in triggers:
            return True
    return False

