"""A cheap gate run before any pattern: most sentences hold no date at all.

One precompiled search (:data:`tracker.dates.resources.AR_GATE_RE`) looks for a digit or a
trigger word (every hamza and clitic spelling precomputed, so the text needs no folding) as
a whole run of letters; a sentence without one costs a microsecond or two. Only a text that
passes has all its triggers collected, which says which rule families can fire. The gate may
let a dateless text through (the patterns then find nothing) but must never stop a text that
has a date.
"""

from __future__ import annotations

from tracker.dates import resources as R
from tracker.dates.textmap import DROP_RE

_EMPTY: frozenset[str] = frozenset()


def families(text: str, english: bool) -> frozenset[str]:
    """The rule families (see :data:`tracker.dates.resources.MONTH` ...) the text may trigger."""
    if english:
        text = text.lower()
        gate, triggers, words = R.EN_GATE_RE, R.EN_TRIGGERS, R.EN_TRIGGER_WORDS_S
    else:
        gate, triggers, words = R.AR_GATE_RE, R.AR_TRIGGERS, R.AR_TRIGGER_WORDS
        if DROP_RE.search(text):
            text = DROP_RE.sub("", text)  # a mark inside a word would hide it from the gate
    tokens = R.GLUE_RE.sub(" ", text).split()
    # Letters only: the tokens are exactly the runs of letters the gate looks for.
    if "".join(tokens).isalpha():
        found: set[str] = set(R.DIGIT_FAMILIES) if R.DIGIT_RE.search(text) else set()
        for word in words.intersection(tokens):
            found.update(triggers[word] if word in triggers else triggers[word[:-1]])
        return frozenset(found) if found else _EMPTY
    first = gate.search(text)
    if first is None:
        return _EMPTY
    found = set()
    if R.DIGIT_RE.search(text, first.start()):
        found.update(R.DIGIT_FAMILIES)
    for m in gate.finditer(text, first.start()):
        word = m.group("w")
        if word is not None:
            found.update(triggers[word.removesuffix("s")] if english and word not in triggers else triggers[word])
    return frozenset(found) if found else _EMPTY


def may_have_date(text: str, english: bool) -> bool:
    return bool(families(text, english))
