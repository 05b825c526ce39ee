"""Where an Arabic content ends, and the quote marks it keeps.

A strategy proposes a content running to the end of the sentence; :func:`trim_content` cuts
it back to the words the speaker is credited with. Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.ar_resources import (
    COMP_RE,
    CONCESSIVE_NOUN_RE,
    CONCESSIVE_RE,
    CONCESSIVE_TURN_RE,
    NON_CUE_PARTICIPLE_RE,
    QUOTE_CHARS,
    QUOTE_NARRATION_RE,
    QUOTE_TAIL_RE,
    RELATIVE_TAIL_RE,
    SELF_REF_RE,
    TIME_ASIDE_RE,
)
from tracker.extract.ar_slots import is_clause_verb
from tracker.extract.ar_text import Sentence, strip_span

# "وإذ قال ..."، "عندما أعلن ...": the cue opens a clause of time or circumstance.
_WHEN_CLAUSE_RE = re.compile(r"(?<!\S)[وف]?(?:اذ|عندما|بعدما|حين|حينما|لما)\s+$")

# A complementiser that opens a quotation the content is ("مؤكداً "أنّ النصر قريب""), dropped with
# the marks; one joined to a pronoun ("أنه") stays, it carries the quotation's subject.
_PLAIN_COMPS = frozenset({"ان", "بان"})
# Before a present verb "أن" is the subjunctive of a wish ('آملاً "أن يؤدي الاجتماع إلى ..."').
_PRESENT_PREFIXES = frozenset("يتن")
# Before these "إن" is "if" ('"إن لم نتمكّن من ..."'), part of the quotation.
_CONDITIONAL_NEXT = (["لم"], ["كان"], ["كانت"], ["كنا"], ["كنتم"])

#: Characters stripped from both ends of a content.
CONTENT_STRIP = " \t\n،,.:؛;-–—"


def _commas(text: str, start: int, end: int) -> Iterator[int]:
    i = text.find("،", start, end)
    while i >= 0:
        yield i
        i = text.find("،", i + 1, end)


def trim_content(
    text: str, sent: Sentence, span: tuple[int, int], cue_start: int, noun_object: bool = False
) -> tuple[int, int]:
    """Cut a content where the speaker's words end: a concession's turn, a self-reference
    ("بحسب تعبيره"), a participle of a verb we do not report, narration after a quotation;
    drop the outer quote marks of a content that is one quotation. A verbal-noun object
    (``noun_object``) also ends before an adverbial set off by a comma ("أعلن استقالته، في
    25 آذار، بعد ...": when and why are the narrator's)."""
    start, end = span
    if noun_object:
        end = _before_time_aside(text, sent, start, end)
    if _concessive_before(text, sent.start, cue_start):
        # "رغم أنّ الوزير أكد أن ...، إلا أنّ ...": the main clause after the turn is narration.
        turn = CONCESSIVE_TURN_RE.search(text, start, end)
        if turn:
            end = turn.start()
    # Every match holds "رغم": a literal find rules out most cues before the pattern runs.
    elif text.find("رغم", max(sent.start, cue_start - 16), cue_start) >= 0 and CONCESSIVE_NOUN_RE.search(
        text, max(sent.start, cue_start - 16), cue_start
    ):
        # "على الرغم من تأكيد مسؤول أنّ ...، لا توجد ...": the main clause follows the comma.
        comma = next(
            (i for i in _commas(text, start, end) if not any(a <= i < b for a, b in sent.quotes)),
            None,
        )
        if comma is not None:
            end = comma
    elif _WHEN_CLAUSE_RE.search(text, max(sent.start, cue_start - 10), cue_start):
        # "وإذ قال الوزير إن الخطة نجحت، ردّ النواب ...": the main clause after the comma is
        # narration when a known verb opens it.
        comma = next(
            (i for i in _commas(text, start, end) if not any(a <= i < b for a, b in sent.quotes)),
            None,
        )
        if comma is not None:
            nxt = text[comma + 1 : end].split()[:1]
            if nxt and is_clause_verb(nxt[0]):
                end = comma
    # Each tail pattern needs a comma, the self-reference one of its words ("حسب", "وفق",
    # "علي حد"): most contents have neither, and a substring test is far cheaper than a search.
    commas = text.find("،", start, end) >= 0 or text.find(",", start, end) >= 0
    self_ref = (
        text.find("حسب", start, end) >= 0
        or text.find("وفق", start, end) >= 0
        or (text.find("حد", start, end) >= 0 and text.find("علي", start, end) >= 0)
    )
    for rx in (SELF_REF_RE, NON_CUE_PARTICIPLE_RE, RELATIVE_TAIL_RE, QUOTE_TAIL_RE, QUOTE_NARRATION_RE):
        if not (self_ref if rx is SELF_REF_RE else (commas or self_ref) if rx is QUOTE_TAIL_RE else commas):
            continue
        m = _search(rx, text, start, end)
        while m is not None and any(
            q0 <= m.start() < q1 < len(text) and text[q1] in QUOTE_CHARS for q0, q1 in sent.quotes
        ):
            m = _search(rx, text, m.end(), end)  # a tail inside a closed quotation is the speaker's own
        if rx in (QUOTE_TAIL_RE, QUOTE_NARRATION_RE) and m and text.count('"', start, m.start()) % 2:
            m = None  # '"البنك ... "الدينار"، بعد': an inner quote closed, the outer one runs on
        if rx is QUOTE_NARRATION_RE and m and _quoted_words(text, start, m.start()) < 3:
            m = None  # 'إطلاق الصاروخين في اتجاه "تل أبيب"، حيث': a quoted name, not the speaker's words
        if m and m.start() > start:
            end = m.start()
    start, end = strip_span(text, start, end, CONTENT_STRIP)
    if _conjoined_verb(text, start, end):
        start += 1  # "وأصابت المقاومة ...، بحسب ما أعلن": the conjunction links to the narration
    if start < end and text[start] in QUOTE_CHARS:
        # Entirely one quotation: drop the outer marks (the guide's convention).
        for q0, q1 in sent.quotes:
            if q0 == start + 1 and q1 >= end - 1:
                comp = COMP_RE.match(text, q0, min(q1, end))
                if (
                    comp is not None
                    and comp.group().strip() in _PLAIN_COMPS
                    and text[comp.end() : comp.end() + 2].strip()[:1] not in _PRESENT_PREFIXES
                    and text[comp.end() : min(q1, end)].split()[:1] not in _CONDITIONAL_NEXT
                ):
                    q0 = comp.end()  # 'معرباً عن تأكيده "أنّ النصر قريب"': the complementiser too
                return strip_span(text, q0, min(q1, end), CONTENT_STRIP)
    # A closing mark left over at the end with no opening inside the content.
    if start < end and text[end - 1] in QUOTE_CHARS:
        inner = text[start : end - 1]
        if not any(q in inner for q in QUOTE_CHARS):
            end -= 1
    if start < end and text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
        end -= 1  # "(وزعم فلان أن هذا غير عادل)": the bracket closes the narration around it
    return strip_span(text, start, end, CONTENT_STRIP)


# The quote marks the look-behind of QUOTE_TAIL_RE and QUOTE_NARRATION_RE asks for.
_CLOSING_MARK_RE = re.compile('["»”“]')


def _search(rx: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """``rx.search(text, start, end)``. The two patterns that open with a look-behind for a
    closing quote mark are tried only right after each quote mark: ``re`` cannot skip ahead to
    a look-behind, and would try them at every position of the content."""
    if rx is not QUOTE_TAIL_RE and rx is not QUOTE_NARRATION_RE:
        return rx.search(text, start, end)
    for mark in _CLOSING_MARK_RE.finditer(text, max(0, start - 1), end):
        m = rx.match(text, mark.end(), end)
        if m is not None:
            return m
    return None


# What may follow a time aside after an object: more circumstances, not the object itself.
_NARRATION_TAIL_RE = re.compile(r"(?:و?(?:بعد|عقب|اثر|قبل|خلال|في|حيث|فيما|بينما|وسط|مع|وذلك|كما)(?!\w))")


def _quoted_words(text: str, start: int, after: int) -> int:
    """The words of the quotation whose closing mark is right before ``after``."""
    close = after - 1
    opening = max(text.rfind(q, start, close) for q in QUOTE_CHARS)
    return len(text[opening + 1 : close].split())


def _before_time_aside(text: str, sent: Sentence, start: int, end: int) -> int:
    """Where a verbal-noun object ends before a time set off by commas ("أعلن استقالته، في 25
    آذار الماضي، بعد ..."). Not when the object itself follows the time ("أعلنت الحركة -
    حماس، اليوم الخميس، اختيار ..." began the content too early)."""
    for i in _commas(text, start, end):
        if any(a <= i < b for a, b in sent.quotes):
            continue
        nxt = text.find("،", i + 1, end)
        seg = text[i + 1 : nxt if nxt >= 0 else end].strip()
        if not TIME_ASIDE_RE.match(seg):
            continue
        after = text[nxt + 1 : end].strip() if nxt >= 0 else ""
        if after and not (TIME_ASIDE_RE.match(after) or _NARRATION_TAIL_RE.match(after)):
            return end
        return i
    return end


def _concessive_before(text: str, start: int, cue_start: int) -> bool:
    """A concession ("رغم أنّ", "مع أنّ") before the cue: its match holds "رغم" or "مع",
    which most sentences lack, and a substring test is far cheaper than the search."""
    if text.find("رغم", start, cue_start) < 0 and text.find("مع", start, cue_start) < 0:
        return False
    return CONCESSIVE_RE.search(text, start, cue_start) is not None


def _conjoined_verb(text: str, start: int, end: int) -> bool:
    """A content opening with و and a past verb ("وضبطت", "وقصفوا"; not "وزارات", nor "وافقت"
    whose root starts with و: the shadow folds "وأصابت" to the same shape, so an alef after the
    و is left alone)."""
    if text[start : start + 1] != "و":
        return False
    stop = start
    while stop < end and text[stop].isalpha():
        stop += 1
    word = text[start:stop]
    if len(word) < 5 or not word.startswith("و") or word[1] == "ا":
        return False
    return (word.endswith("ت") and not word.endswith("ات")) or word.endswith("وا")


__all__ = ["CONTENT_STRIP", "trim_content"]
