"""Which date applies to each Arabic statement.

The date grammar itself is :func:`tracker.dates.find_dates`; this module only decides which
of the found dates belongs to a statement:

1. a date in the statement's own sentence *outside* its content, nearest the cue
   ("وقال ..., في 6 من شباط, إن ...") — a date inside the content is about what was said,
   not about when it was said;
2. else the date of the same source's previous statement, then of the report the
   statement continues (basis ``report``): statements of one briefing share its date;
3. else no date (basis ``none``): never the article date by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.dates import DateMention, find_dates
from tracker.records import StatementDate

_BASIS_RANK = {"explicit": 0, "relative": 1, "weekday": 2}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True, slots=True)
class DatingInput:
    """What dating needs to know about one statement, in stored-text offsets."""

    sentence: tuple[int, int]
    content: tuple[int, int]
    cue: int
    speaker_key: int
    paragraph: int


def _pick(mentions: list[DateMention], item: DatingInput) -> DateMention | None:
    s0, s1 = item.sentence
    c0, c1 = item.content
    best: tuple[tuple[int, int, int], DateMention] | None = None
    for m in mentions:
        if m.start < s0 or m.end > s1 or (m.start >= c0 and m.end <= c1):
            continue
        if m.precision == "year":
            continue
        rank = (_PRECISION_RANK[m.precision], _BASIS_RANK.get(m.basis, 3), abs(m.start - item.cue))
        if best is None or rank < best[0]:
            best = (rank, m)
    return best[1] if best else None


def assign_dates(text: str, reference: date | None, items: list[DatingInput]) -> list[StatementDate]:
    """One :class:`StatementDate` per statement, in the order given (reading order)."""
    if not items:
        return []
    mentions = find_dates(text, reference, "ar")
    by_speaker: dict[int, StatementDate] = {}
    last: StatementDate | None = None
    out: list[StatementDate] = []
    for item in items:
        m = _pick(mentions, item)
        if m is not None:
            sd = StatementDate(m.value, m.precision, m.basis, m.text)
        elif item.speaker_key in by_speaker:
            prev = by_speaker[item.speaker_key]
            sd = StatementDate(prev.value, prev.precision, "report", prev.evidence)
        elif last is not None:
            sd = StatementDate(last.value, last.precision, "report", last.evidence)
        else:
            sd = StatementDate()
        if sd.value is not None:
            by_speaker[item.speaker_key] = sd
            last = sd
        out.append(sd)
    return out
