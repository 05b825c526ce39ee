"""Date expressions in Arabic and English news text, resolved against a reference date.

``find_dates(text, reference)`` finds every date expression of a sentence or paragraph
("في 6 من شباط", "الثلاثاء الماضي", "أمس", "Feb. 6", "last week") and resolves it against
the article's publication date; ``parse_publication_date`` reads a dateline or byline.
The grammar is our own set of compiled patterns (:mod:`.resources`) run as a named chain
of rules (:mod:`.arabic`, :mod:`.english`) over a folded copy of the text whose matches map
back to exact spans of the original (:mod:`.textmap`).

Most texts hold no date, so the work is staged from cheap to dear: the gate
(:mod:`.prefilter`) names the rule families a text can trigger, necessary conditions read
on the original text (:mod:`.shortcuts`) drop families that cannot fire, and only then is
the text folded, windowed around anchors and scanned; a window lacking what a rule's match
must contain is not scanned by that rule. Every shortcut is exact: results are the same.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from tracker.dates import arabic, english
from tracker.dates import resources as R
from tracker.dates import shortcuts as S
from tracker.dates.model import Candidate, DateMention
from tracker.dates.prefilter import families_kept
from tracker.dates.publication import parse_publication_date
from tracker.dates.textmap import MatchText, drop_marks, kept_text

__all__ = ["DateMention", "find_dates", "parse_publication_date"]

# What may sit between a weekday and the date it names: "الجمعة، 14", "الجمعة الموافق 14",
# "Tuesday, Feb. 6".
_JOINER_RE = re.compile(r"[\s،,\-–(]*(?:(?:الموافق|في|الواقع\s+في|on|the)[\s،,]*)?")


def _windows(text: str, anchors: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``[lo, hi)`` ranges around every anchor occurrence, ending on a space."""
    return _windows_around(text, [m.span() for m in anchors.finditer(text)], before, after)


def _word_anchors(text: str, family: str) -> list[tuple[int, int]]:
    """The spans ``R.AR_ANCHORS[family].finditer`` finds, by ``str.find`` per anchor word.

    A pattern opening on a class of first letters is tried at every one of them, and for the
    common alef and ya a few finds cost a third to a half of it. The finditer is kept exact: at
    each place the longest word wins (the trie's greedy branches), and a word that starts inside
    the one before is skipped (matches never overlap).
    """
    found: list[tuple[int, int]] = []
    for word in R.AR_ANCHOR_WORDS[family]:
        size = len(word)
        i = text.find(word)
        while i >= 0:
            found.append((i, -size))
            i = text.find(word, i + 1)
    found.sort()
    spans: list[tuple[int, int]] = []
    last = 0
    for start, neg_size in found:
        if start >= last:
            last = start - neg_size
            spans.append((start, last))
    return spans


def _windows_around(
    text: str, anchors: list[tuple[int, int]], before: int, after: int
) -> list[tuple[int, int]]:
    """Merged ``[lo, hi)`` ranges around the anchor spans (in order), ending on a space.

    A match cannot look past ``hi`` (``finditer``'s endpos), so ``hi`` is pushed to the end of
    the word it falls in; look-behinds still see the text before ``lo``.
    """
    n = len(text)
    merged: list[tuple[int, int]] = []
    last_lo, last_hi = -1, -1
    for start, end in anchors:
        lo = start - before if start > before else 0
        reach = min(n, end + after)
        if last_hi >= 0 and lo <= last_hi:
            # Inside the open window: it grows only when the anchor reaches past its end (the
            # next space after a point before it cannot lie past it).
            if reach > last_hi:
                hi = text.find(" ", reach)
                last_hi = n if hi < 0 else hi
            continue
        if last_hi >= 0:
            merged.append((last_lo, last_hi))
        hi = text.find(" ", reach)
        last_lo, last_hi = lo, n if hi < 0 else hi
    if last_hi >= 0:
        merged.append((last_lo, last_hi))
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
    relative mention (the weekday only repeats what the relative word says), unless the
    weekday names the day before (a text stamped after midnight).
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
            if cand.value.weekday() != prev.value.weekday() and abs((prev.value - cand.value).days) == 1:
                # "اليوم الثلاثاء" in an article stamped after midnight: the weekday names the
                # day the text was written, one day before the stamp.
                merged[-1] = Candidate(prev.start, cand.end, cand.value, "day", "weekday")
            else:
                merged[-1] = Candidate(prev.start, cand.end, prev.value, "day", "relative")
            continue
        merged.append(cand)
    return merged


# Each rule with what its match must contain (looked up once: hashing a Pattern is slow).
_RULES = {
    lang: tuple(
        (pattern, handler, family, S.RULE_NEEDS.get(pattern)) for _n, pattern, handler, family in rules
    )
    for lang, rules in (("en", english.RULES), ("ar", arabic.RULES))
}


def _after(value: date, precision: str, reference: date) -> bool:
    if precision == "year":
        return value.year > reference.year
    if precision == "month":
        return (value.year, value.month) > (reference.year, reference.month)
    return value > reference


def _find(text: str, reference: date | None, language: str) -> list[DateMention]:
    english_rules = language.lower().startswith("en")
    # The text without marks and invisibles: the gate reads it, and folding starts from it.
    # One scan for the marks serves the gate's text and the offset map.
    marks = drop_marks(text) if not english_rules else None
    kept = kept_text(text, marks) if marks else text
    present = families_kept(kept, english_rules)
    if present & R.DIGIT_FAMILIES and S.RAW_DIGIT_ANCHOR_RE.search(text) is None:
        # A number that is no date ("قتل 5 أشخاص"): no digit rule has an anchor to scan around.
        present -= R.DIGIT_FAMILIES
    if not english_rules and present & S.AR_FAMILY_NEEDS.keys():
        for family, family_needs in S.AR_FAMILY_NEEDS.items():
            if family in present and family_needs.search(kept) is None:
                present -= {family}
    if not present:
        return []
    mt = MatchText(text, marks, kept)
    folded = mt.folded
    anchors, anchor_text = R.AR_ANCHORS, folded
    if english_rules:
        anchors = R.EN_ANCHORS
        lower = folded.lower()
        if len(lower) == len(folded) and S.EN_CASE_SPECIAL_RE.search(folded) is None:
            anchors, anchor_text = S.EN_ANCHORS_LOWER, lower
    rules = _RULES["en" if english_rules else "ar"]
    windows: dict[str, list[tuple[int, int]]] = {}
    candidates: list[Candidate] = []
    for pattern, handler, family, needs in rules:
        if family not in present:
            continue
        if family not in windows:
            if not english_rules and family in R.AR_ANCHOR_WORDS:
                spans = _word_anchors(anchor_text, family)
            else:
                spans = [m.span() for m in anchors[family].finditer(anchor_text)]
            windows[family] = _windows_around(anchor_text, spans, *R.WINDOWS[family])
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
