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

import re
from dataclasses import dataclass, replace
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


def _pick(
    text: str, mentions: list[DateMention], item: DatingInput, contents: list[tuple[int, int]]
) -> DateMention | None:
    s0, s1 = item.sentence
    best: tuple[tuple[bool, int, int, int], DateMention] | None = None
    for m in mentions:
        if m.start < s0 or m.end > s1:
            continue
        # A date inside any content of the sentence is about what was said ("وأكدت أن ... منذ
        # تشرين الأول، مضيفةً أن ..."), not when the following statement was made.
        if any(c0 <= m.start and m.end <= c1 for c0, c1 in contents):
            continue
        if m.precision == "year":
            continue
        # "قال اليوم إنّ ...": a day right at the verb dates the speech before any other date of
        # the sentence ("بعد أداء كارثي في المناظرة في 27 حزيران، قال اليوم").
        adjacent = m.precision == "day" and _next_to(text, item.cue, m)
        rank = (
            not adjacent,
            _PRECISION_RANK[m.precision],
            _BASIS_RANK.get(m.basis, 3),
            abs(m.start - item.cue),
        )
        if best is None or rank < best[0]:
            best = (rank, m)
    return best[1] if best else None


def _next_to(text: str, cue: int, m: DateMention) -> bool:
    """Whether the mention sits right after the cue's word or right before it, no comma between."""
    if 0 <= m.start - cue <= 16:
        return "،" not in text[cue : m.start] and "," not in text[cue : m.start]
    return 0 <= cue - m.end <= 3 and not text[m.end : cue].strip()


# "منذ" and up to seven words ("منذ "حرب الإبادة" على قطاع غزة في 7 ...") before a date, with no comma between.
# The word first, its look-behind after it: re then skips ahead to each "منذ" by a literal search.
_SINCE_RE = re.compile(r"منذ(?<!\wمنذ)(?:\s+[^\s،,.]+){0,7}\s*$")
_QUOTES = '"«»“”'
# A date that names an event ("عملية الـ7 من أكتوبر", "أحداث 11 أيلول", "ذكرى 7 أكتوبر") is not
# the day anyone spoke.
_EVENT_NOUNS = r"عملي[ةه]|هجوم|هجمات|[أا]حداث|معرك[ةه]|مجزر[ةه]"
_EVENT_NAME_RE = re.compile(
    rf"(?<!\w)(?:{_EVENT_NOUNS}|حرب|انتخابات|اتفاق|اتفاقي[ةه]|انقلاب|ثور[ةه]|انتفاض[ةه]|ذكرى|"
    r"(?:حصل|جرى|حدث|وقع)\s+في)\s*$"
    # "عقب عملية طوفان الأقصى في السابع من تشرين الأول": the event's name, then its date
    rf"|(?<!\w)(?:{_EVENT_NOUNS}|طوفان)(?:\s+[^\s،,.]+){{0,3}}\s+في\s*$"
)
# How far before a statement a narration date may be to date it (about two sentences).
_PEG_REACH = 300
# ... and it must date a speech ("في كلمة له يوم الجمعة"), not an event.
_SPEECH_NOUN_RE = re.compile(
    r"(?:كلمة|كلمته|خطاب|خطابه|مقابلة|مؤتمر|بيان|تصريح|تصريحات|حديث|تغريدة|منشور)(?:\s+\S+){0,3}\s*$"
)


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened after ``start``."""
    return sum(text.count(q, start, pos) for q in _QUOTES) % 2 == 1


def _recent(m: DateMention, reference: date | None) -> bool:
    """A news-peg date: a day within the week before the article (not a historical date)."""
    if m.precision != "day" or reference is None:
        return False
    return 0 <= (reference - m.value).days <= 7


def _find_in(text: str, reference: date | None, regions: list[tuple[int, int]] | None) -> list[DateMention]:
    """Date mentions of the given regions only (offsets in ``text``); all of it when None."""
    if regions is None:
        return find_dates(text, reference, "ar")
    out: list[DateMention] = []
    for a, b in regions:
        for m in find_dates(text[a:b], reference, "ar"):
            out.append(replace(m, start=m.start + a, end=m.end + a))
    return out


def assign_dates(
    text: str, reference: date | None, items: list[DatingInput], regions: list[tuple[int, int]] | None = None
) -> list[StatementDate]:
    """One :class:`StatementDate` per statement, in the order given (reading order).

    ``regions`` limits the date search to the paragraphs that can matter (for speed).
    """
    if not items:
        return []
    # A statement is never made after the article that reports it, nor on a date that starts
    # a period ("منذ بداية الحرب في الـ7 من تشرين الأول").
    mentions = [
        m
        for m in _find_in(text, reference, regions)
        if (reference is None or m.value <= reference)
        and not _SINCE_RE.search(text, max(0, m.start - 60), m.start)
        and not _EVENT_NAME_RE.search(text, max(0, m.start - 40), m.start)
    ]
    contents = [it.content for it in items]
    # Dates in the narration (outside every statement) that can set the report's date.
    narration = [
        m for m in mentions if _recent(m, reference) and not any(a <= m.start < b for a, b in contents)
    ]
    own: list[StatementDate | None] = []
    for item in items:
        m = _pick(text, mentions, item, contents)
        if m is None:
            # "ابتداءً من اليوم", "في العدوان الذي استهدف، مساء الثلاثاء، ..." on a Tuesday:
            # today's date inside the content still dates a fresh statement, which cannot come
            # before what it reports nor after the article. Not inside a quotation: the
            # speaker's own "اليوم" is the day of the speech.
            m = next(
                (x for x in mentions if item.content[0] <= x.start < item.content[1]
                 and x.basis in ("relative", "weekday") and reference is not None and x.value == reference
                 and not _quoted(text, item.content[0], x.start)),
                None,
            )  # fmt: skip
        own.append(StatementDate(m.value, m.precision, m.basis, m.text) if m else None)
    out: list[StatementDate] = []
    by_speaker: dict[int, StatementDate] = {}
    spoke_at: dict[int, int] = {}  # where each source's last statement was
    last: tuple[int, StatementDate] | None = None
    for i, item in enumerate(items):
        sd = own[i]
        if sd is not None and sd.precision != "day" and item.speaker_key in by_speaker:
            sd = None  # "في تشرين الأول" dates an event; the source's report day is better
        if sd is None and item.speaker_key in spoke_at:
            # "وكان فلان قد دان، في كلمة له يوم الجمعة الماضي، ... . وقال ...": a date in the
            # narration just before, after the source last spoke, dates the speech it introduces.
            peg = next((m for m in reversed(narration) if m.end <= item.cue), None)
            if (
                peg is not None
                and peg.start > spoke_at[item.speaker_key]
                and item.cue - peg.end <= _PEG_REACH
                and _SPEECH_NOUN_RE.search(text, max(0, peg.start - 40), peg.start)
            ):
                sd = StatementDate(peg.value, peg.precision, "report", peg.text)
        if sd is None and item.speaker_key in by_speaker:
            prev = by_speaker[item.speaker_key]
            sd = StatementDate(prev.value, prev.precision, "report", prev.evidence)
        if sd is None:
            # "قالت ... إن ... / ورأت ... / وأضافت خلال إحاطتها اليوم": the briefing's date, given
            # by a later statement of the same source before any other source speaks, covers all.
            j = i + 1
            while j < len(items) and items[j].speaker_key == item.speaker_key and own[j] is None:
                j += 1
            nxt = own[j] if j < len(items) and items[j].speaker_key == item.speaker_key else None
            if nxt is not None and nxt.precision == "day":
                sd = StatementDate(nxt.value, nxt.precision, "report", nxt.evidence)
        if sd is None:
            pos = item.cue
            peg = next((m for m in reversed(narration) if m.end <= pos), None)
            if peg is not None and (last is None or peg.start > last[0]):
                sd = StatementDate(peg.value, peg.precision, "report", peg.text)
            elif last is not None:
                sd = StatementDate(last[1].value, last[1].precision, "report", last[1].evidence)
        if sd is None:
            sd = StatementDate()
        spoke_at[item.speaker_key] = item.cue
        if sd.value is not None and sd.precision == "day":
            # Only a day is shared with the statements that follow: "in October" dates an
            # event far more often than the report itself.
            by_speaker[item.speaker_key] = sd
            last = (item.cue, sd)
        out.append(sd)
    return out
