"""The shadow text the Arabic rules read, and its map back to the stored text.

Rules match on a cleaned copy (no tashkeel, tatweel or invisible marks, folded letters, a
space put back between "أنّ" and a word glued to it). Every offset found there is mapped back
through ``Shadow.orig`` so that spans always slice the stored text exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from tracker.extract.ar_glue import (
    ARTICLE_GLUED,
    GLUE_AFTER_OUTLETS,
    GLUE_AFTER_RES,
    GLUE_AN_RES,
    GLUE_ARTICLE_RE,
    GLUE_BEFORE_RES,
    GLUE_FI_RE,
    GLUE_HAMZA_BELOW_RE,
    GLUE_KANA_RE,
    GLUE_OUTLET_RE,
    GLUE_QAD_RE,
    GLUE_ROLE_RE,
    QAD_GLUED_RE,
    ROLE_GLUED,
)
from tracker.extract.ar_resources import (
    ARABIC_LETTER_RE,
    CLOSE_ONLY,
    FOLD_TABLE,
    OPEN_ONLY,
    QUOTE_CHARS,
    REMOVE_RE,
    SENTENCE_END_RE,
    SHADDA,
)
from tracker.records import Span

# "أنّه", "أنّها": an attached pronoun is not a glued word.
_PRONOUN_AFTER_RE = re.compile("(?:ه|ها|هم|هما|ني|نا|كم|كما)[\u064b-\u0652]*(?![\u0621-\u064a])")
_QUOTE_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
_TRAILING_MARKS = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670")


@dataclass(frozen=True, slots=True)
class Shadow:
    """The cleaned text and a piecewise map from its offsets to the original's.

    ``anchors``/``origins``: from shadow offset ``anchors[k]`` on, shadow offset ``i`` is
    original offset ``origins[k] + (i - anchors[k])`` (until the next anchor).
    """

    original: str
    text: str
    anchors: tuple[int, ...]
    origins: tuple[int, ...]
    #: Shadow offsets of the spaces put between words run together ("حركةالمقاومة").
    glued: tuple[int, ...] = ()

    def orig(self, i: int) -> int:
        """The original offset of shadow offset ``i`` (``len(text)`` maps to ``len(original)``)."""
        if i >= len(self.text):
            return len(self.original)
        k = bisect_right(self.anchors, i) - 1
        return self.origins[k] + (i - self.anchors[k])

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering shadow ``[start, end)``, with trailing marks kept."""
        if end <= start:
            pos = self.orig(start)
            return Span(pos, pos, "")
        ostart = self.orig(start)
        oend = self.orig(end - 1) + 1
        while oend < len(self.original) and self.original[oend] in _TRAILING_MARKS:
            oend += 1
        return Span(ostart, oend, self.original[ostart:oend])


_FOLD_PAIRS = tuple((chr(k), v) for k, v in FOLD_TABLE.items())


def fold_chars(text: str) -> str:
    """One-to-one letter folding; chained ``str.replace`` beats ``translate`` on non-ASCII text."""
    for a, b in _FOLD_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


def _word_starts(text: str, pos: int) -> bool:
    """Whether a word starts at ``pos``, after at most a conjunction و."""
    if pos and text[pos - 1] == "و":
        pos -= 1
    return not pos or not text[pos - 1].isalpha()


def _head_starts(text: str, pos: int) -> bool:
    """Whether a role's head starts a word at ``pos``, with or without its article."""
    if text[pos - 2 : pos] == "ال":
        pos -= 2
    return _word_starts(text, pos)


def build_shadow(text: str, split_at: tuple[int, ...] = ()) -> Shadow:
    """Fold and clean ``text``; keep an offset map so every match maps back exactly.

    ``split_at``: original offsets where a word run into the one before starts, found by the
    caller (a cue verb run into its source, "ودانتحركة").
    """
    folded = fold_chars(text)
    pieces: list[str] = []
    anchors: list[int] = [0]
    origins: list[int] = [0]
    length = 0  # shadow length so far
    pos = 0
    # "إلىوفاة", "الفلسطينيةضد": ى and ة end a word, so a letter right after them starts the next.
    glue = sorted(
        {g.end() for rx in GLUE_AFTER_RES for g in rx.finditer(text)}
        | {g.end() for rx in GLUE_BEFORE_RES for g in rx.finditer(text)}
        | {g.start() for g in GLUE_OUTLET_RE.finditer(text)}
        | {g.start() for g in GLUE_HAMZA_BELOW_RE.finditer(text)}
        | {g.end() for rx in GLUE_AFTER_OUTLETS for g in rx.finditer(text)}
        | set(split_at)
    )
    if QAD_GLUED_RE.search(text) is not None:
        glue = sorted(set(glue) | {g.end() for g in GLUE_QAD_RE.finditer(text)})
    if any(seam in text for seam in ARTICLE_GLUED):
        glue = sorted(set(glue) | {g.end() for g in GLUE_ARTICLE_RE.finditer(text)})
    for rx in (GLUE_FI_RE, GLUE_KANA_RE, *GLUE_AN_RES):  # rare: one search decides whether to look further
        if rx.search(text) is not None:
            glue = sorted(set(glue) | {g.end() for g in rx.finditer(text) if _word_starts(text, g.start())})
    if any(seam in text for seam in ROLE_GLUED):
        glue = sorted(
            set(glue) | {g.end() for g in GLUE_ROLE_RE.finditer(text) if _head_starts(text, g.start())}
        )
    glued: list[int] = []
    # The removed runs as (start, end) and the seams as (offset, past the text's end), so that a
    # plain sort puts a run before a seam at the same offset; without seams, they are in order.
    seam = len(folded) + 1
    events = [m.span() for m in REMOVE_RE.finditer(folded)]
    if glue:
        events.extend([(p, seam) for p in glue])
        events.sort()
    for at, e in events:
        if e == seam:
            if at < pos:
                continue
            pieces.append(folded[pos:at])
            length += at - pos
            pieces.append(" ")
            glued.append(length)
            anchors.extend((length, length + 1))
            origins.extend((at, at))
            length += 1
            pos = at
            continue
        s = at  # a removed run [s, e)
        if s < pos:
            continue
        pieces.append(folded[pos:s])
        length += s - pos
        # "أنّمئات": a shadda closing a word-initial أن/إن glued to the next word splits them;
        # "الميادينأنّ": a word-final أنّ glued to the word before is split off too.
        if folded.find(SHADDA, s, e) >= 0 and s >= 2 and folded[s - 2 : s] == "ان" and text[s - 2] in "أإ":
            # "أنّمئات", and "بأنّالمستوطنين" with the preposition bi before it.
            initial = s == 2 or not folded[s - 3].isalpha()
            if not initial and folded[s - 3] == "ب":
                initial = s == 3 or not folded[s - 4].isalpha()
            if initial:
                if (
                    e < len(folded)
                    and (ARABIC_LETTER_RE.match(folded[e]) or folded[e].isdigit())  # "أنّ26 مسيّرة"
                    and not _PRONOUN_AFTER_RE.match(folded, e)
                ):
                    pieces.append(" ")
                    glued.append(length)
                    anchors.append(length)
                    origins.append(e)
                    length += 1
            elif s >= 5 and folded[s - 5 : s - 2].isalpha() and (e >= len(folded) or not folded[e].isalpha()):
                last = pieces[-1]
                if len(last) >= 2 and last.endswith("ان"):
                    pieces[-1] = last[:-2] + " ان"
                    glued.append(length - 2)
                    # the space maps onto the alef, and so does the alef after it
                    anchors.extend((length - 2, length - 1))
                    origins.extend((s - 2, s - 2))
                    length += 1
        anchors.append(length)
        origins.append(e)
        pos = e
    pieces.append(folded[pos:])
    return Shadow(text, "".join(pieces), tuple(anchors), tuple(origins), tuple(glued))


class Sentence:
    """A sentence of the shadow text: its bounds, paragraph index and the quotes inside it.

    A plain slotted class rather than a frozen dataclass: one is made per sentence.
    """

    __slots__ = ("end", "paragraph", "quotes", "start")

    def __init__(self, start: int, end: int, paragraph: int, quotes: tuple[tuple[int, int], ...]) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.quotes = quotes

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.paragraph}, {self.quotes!r})"


def find_quotes(text: str, start: int, end: int, marks: list[int] | None = None) -> list[tuple[int, int]]:
    """Inner spans of the quotations in ``text[start:end]`` (one paragraph); ``marks``: where
    its quotation marks are, when the caller found them.

    Marks are paired by alternation, so mismatched pairs (”…” opening with a closing mark)
    still pair; a quote left open runs to the paragraph end. When alternation pairs a
    straight mark that can only open as a closing one, the straight marks are paired by
    where they stand instead (``_straight_quotes``).
    """
    quotes: list[tuple[int, int]] = []
    opened = -1
    if marks is None:
        marks = [qm.start() for qm in _QUOTE_RE.finditer(text, start, end)]
    for i in marks:
        ch = text[i]
        if opened < 0:
            if ch in CLOSE_ONLY:
                continue
            opened = i + 1
        elif ch in OPEN_ONLY:
            opened = i + 1
        elif ch == '"' and _opens(text, i, end):
            return _straight_quotes(text, start, end)
        else:
            quotes.append((opened, i))
            opened = -1
    if opened >= 0 and end - opened > 1:
        quotes.append((opened, end))
    return quotes


def _opens(text: str, i: int, end: int) -> bool:
    """Whether the quote mark at ``i`` can only open: a space before it, a letter after."""
    return i > 0 and text[i - 1] == " " and i + 1 < end and text[i + 1].isalpha()


def _closes(text: str, start: int, i: int, end: int) -> bool:
    """Whether the quote mark at ``i`` can only close: a word or a stop before it, and a
    space, a stop or the paragraph end after it."""
    before = text[i - 1] if i > start else " "
    return (before.isalpha() or before in ".؟?!…") and (i + 1 >= end or text[i + 1] in " ،,.:؛;؟?!)")


def _straight_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations of a paragraph whose straight marks do not alternate.

    '"الاحتلال قصفنا بقذائف "أر بي جي"، ونحن ..."' nests one quotation in another, and
    '"تورطت القوات ...، مؤكّدةً أنّ ردها "لن توقفه سقوف"' leaves the first one unclosed: a
    mark that can only open opens, one that can only close closes the latest open one, and
    any other mark does what alternation would. A quotation left open ends at the last
    comma before the next one opens (the lead-in "، مؤكّدةً أنّ" of the next one is the
    reporter's), or at the paragraph end. Only the outermost quotations are kept.
    """
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for qm in _QUOTE_RE.finditer(text, start, end):
        i = qm.start()
        ch = text[i]
        opens = ch in OPEN_ONLY or (ch == '"' and _opens(text, i, end))
        closes = ch in CLOSE_ONLY or (ch == '"' and not opens and _closes(text, start, i, end))
        if opens or (not closes and not stack):
            stack.append(i + 1)
        elif stack:
            spans.append((stack.pop(), i))
    for o in stack:  # left open
        nxt = min([a - 1 for a, _b in spans if a > o] + [u - 1 for u in stack if u > o], default=end)
        comma = text.rfind("،", o, nxt)
        stop = comma if comma > o and nxt < end else nxt
        if stop - o > 1:
            spans.append((o, stop))
    spans.sort()
    outer: list[tuple[int, int]] = []
    for a, b in spans:
        if outer and a < outer[-1][1]:
            continue  # inside the one before
        outer.append((a, b))
    return outer


def _positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` occurs in ``text``, in order: a ``str.find`` loop per character
    beats a class pattern, which tests every character of the text against the class."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


# The characters SENTENCE_END_RE opens with.
_STOP_CHARS = ".!؟?…"


def segment(text: str) -> list[Sentence]:
    """Split the shadow text into sentences, never inside a quotation."""
    sentences: list[Sentence] = []
    para_start = 0
    paragraph = 0
    length = len(text)
    # The quotation marks and stops of the whole text, found once and sliced per paragraph.
    marks = _positions(text, QUOTE_CHARS)
    stops = _positions(text, _STOP_CHARS)
    while para_start <= length:
        nl = text.find("\n", para_start)
        para_end = length if nl < 0 else nl
        if text[para_start:para_end].strip():
            quotes = find_quotes(
                text,
                para_start,
                para_end,
                marks[bisect_left(marks, para_start) : bisect_left(marks, para_end)],
            )
            s = para_start
            cut = para_start  # where the last match ended: the next one starts there at the earliest
            for stop in stops[bisect_left(stops, para_start) : bisect_left(stops, para_end)]:
                if stop < cut:
                    continue  # inside the "..." matched before
                m = SENTENCE_END_RE.match(text, stop, para_end)
                if m is None:
                    continue
                cut = m.end()
                if quotes and any(q0 <= m.start() < q1 for q0, q1 in quotes):
                    continue
                if _initial(text, m.start()):
                    continue  # "ديفيد أ. كرينغ": a name's initial, not a sentence's end
                if text[s:cut].strip():
                    sentences.append(_sentence(text, s, cut, paragraph, quotes))
                s = cut
            if text[s:para_end].strip():
                sentences.append(_sentence(text, s, para_end, paragraph, quotes))
            paragraph += 1
        if nl < 0:
            break
        para_start = nl + 1
    return sentences


def _initial(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` follows a one-letter word: an initial."""
    return (
        text[stop : stop + 1] == "."
        and stop >= 2
        and "\u0621" <= text[stop - 1] <= "\u064a"
        and text[stop - 2] == " "
        and text[stop + 1 : stop + 2] == " "
    )


def _sentence(text: str, s: int, e: int, paragraph: int, quotes: list[tuple[int, int]]) -> Sentence:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    inside = tuple((a, b) for a, b in quotes if a >= s and b <= e + 1) if quotes else ()
    return Sentence(s, e, paragraph, inside)


def strip_span(text: str, start: int, end: int, chars: str = " \t\n،,.:؛;-–—") -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
