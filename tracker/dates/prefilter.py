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
        gate, triggers = R.EN_GATE_RE, R.EN_TRIGGERS
    else:
        gate, triggers = R.AR_GATE_RE, R.AR_TRIGGERS
    first = gate.search(text)
    if first is None:
        return _EMPTY
    found: set[str] = set()
    if R.DIGIT_RE.search(text, first.start()):
        found.update(R.DIGIT_FAMILIES)
    if not english and DROP_RE.search(text, first.start()):
        # A mark or invisible inside a word hides it from the gate: scan the cleaned text.
        text = DROP_RE.sub("", text)
        first = gate.search(text)
    pos = first.start() if first is not None else len(text)
    for m in gate.finditer(text, pos):
        word = m.group("w")
        if word is not None:
            found.update(triggers[word.removesuffix("s")] if english and word not in triggers else triggers[word])
    return frozenset(found) if found else _EMPTY


def may_have_date(text: str, english: bool) -> bool:
    return bool(families(text, english))
