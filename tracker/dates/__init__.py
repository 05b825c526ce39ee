"""Date expressions in Arabic and English news text, resolved against a reference date.

``find_dates(text, reference)`` finds every date expression of a sentence or paragraph
("في 6 من شباط", "الثلاثاء الماضي", "أمس", "Feb. 6", "last week") and resolves it against
the article's publication date; ``parse_publication_date`` reads a dateline or byline.
The grammar is our own set of compiled patterns (:mod:`.resources`) run as a named chain
of rules (:mod:`.arabic`, :mod:`.english`) over a folded copy of the text whose matches map
back to exact spans of the original (:mod:`.textmap`).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from tracker.dates import arabic, english
from tracker.dates import resources as R
from tracker.dates.model import Candidate, DateMention
from tracker.dates.prefilter import families
from tracker.dates.publication import parse_publication_date
from tracker.dates.textmap import MatchText

__all__ = ["DateMention", "find_dates", "parse_publication_date"]

# What may sit between a weekday and the date it names: "الجمعة، 14", "الجمعة الموافق 14",
# "Tuesday, Feb. 6".
_JOINER_RE = re.compile(r"[\s،,\-–(]*(?:(?:الموافق|في|الواقع\s+في|on|the)[\s،,]*)?")


def _windows(text: str, anchors: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``[lo, hi)`` ranges around every anchor occurrence, ending on a space.

    A match cannot look past ``hi`` (``finditer``'s endpos), so ``hi`` is pushed to the end of
    the word it falls in; look-behinds still see the text before ``lo``.
    """
    n = len(text)
    merged: list[tuple[int, int]] = []
    for m in anchors.finditer(text):
        lo = max(0, m.start() - before)
        hi = text.find(" ", min(n, m.end() + after))
        hi = n if hi < 0 else hi
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _choose(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then leftmost; a candidate overlapping a chosen one is dropped."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.length, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _merge_weekdays(chosen: list[Candidate], folded: str) -> list[Candidate]:
    """Join a weekday to the day expression next to it, which wins.

    "الجمعة 14 من شباط" becomes one explicit mention; "اليوم الاثنين", "أمس الثلاثاء" one
    relative mention (the weekday only repeats what the relative word says).
    """
    merged: list[Candidate] = []
    for cand in chosen:
        prev = merged[-1] if merged else None
        if prev is None or cand.value is None or prev.value is None:
            merged.append(cand)
            continue
        joined = _JOINER_RE.fullmatch(folded, prev.end, cand.start) is not None
        if joined and prev.weekday is not None and cand.precision == "day" and cand.basis == "explicit":
            merged[-1] = Candidate(
                prev.start, cand.end, cand.value, "day", "explicit", cand.calendar, cand.written_year
            )
            continue
        if (
            joined
            and cand.weekday is not None
            and prev.basis == "relative"
            and prev.precision == "day"
            and folded[prev.end : cand.start].strip() in ("", "،", ",")
        ):
            merged[-1] = Candidate(prev.start, cand.end, prev.value, "day", "relative")
            continue
        merged.append(cand)
    return merged


def _after(value: date, precision: str, reference: date) -> bool:
    if precision == "year":
        return value.year > reference.year
    if precision == "month":
        return (value.year, value.month) > (reference.year, reference.month)
    return value > reference


def _find(text: str, reference: date | None, language: str) -> list[DateMention]:
    english_rules = language.lower().startswith("en")
    present = families(text, english_rules)
    if present & R.DIGIT_FAMILIES and R.RAW_DIGIT_ANCHOR_RE.search(text) is None:
        # A number that is no date ("قتل 5 أشخاص"): no digit rule has an anchor to scan around.
        present -= R.DIGIT_FAMILIES
    if not present:
        return []
    mt = MatchText(text)
    folded = mt.folded
    anchors = R.EN_ANCHORS if english_rules else R.AR_ANCHORS
    rules = english.RULES if english_rules else arabic.RULES
    windows: dict[str, list[tuple[int, int]]] = {}
    candidates: list[Candidate] = []
    for name, pattern, handler, family in rules:
        if family not in present:
            continue
        if family not in windows:
            windows[family] = _windows(folded, anchors[family], *R.WINDOWS[family])
        needs = R.RULE_NEEDS.get(name)
        for lo, hi in windows[family]:
            if needs is not None and needs.search(folded, lo, hi) is None:
                continue
            for m in pattern.finditer(folded, lo, hi):
                cand = handler(m, mt, reference)
                if cand is not None and cand.end > cand.start:
                    candidates.append(cand)
    mentions: list[DateMention] = []
    for cand in _merge_weekdays(_choose(candidates), mt.folded):
        if cand.value is None:
            continue
        if reference is not None and not cand.written_year and _after(cand.value, cand.precision, reference):
            continue
        start, end = mt.span(cand.start, cand.end)
        mentions.append(
            DateMention(start, end, text[start:end], cand.value, cand.precision, cand.basis, cand.calendar)
        )
    return mentions


def find_dates(text: str, reference: date | None, language: str = "ar") -> list[DateMention]:
    """Every date expression of ``text``, in reading order, resolved against ``reference``.

    Expressions that need a reference (weekdays, "أمس", a day and month with no year) are
    skipped when it is ``None``. Without a written year no date lies after the reference.
    Never raises: a text the grammar cannot read yields ``[]``.
    """
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, datetime):
        reference = reference.date()
    try:
        return _find(text, reference, language or "ar")
    except Exception:  # noqa: BLE001 - a date grammar must never take an ingest down with it
        return []
