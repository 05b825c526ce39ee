"""The shadow text the Arabic rules read, and its map back to the stored text.

Rules match on a cleaned copy (no tashkeel, tatweel or invisible marks, folded letters, a
space put back between "أنّ" and a word glued to it). Every offset found there is mapped back
through ``omap`` so that spans always slice the stored text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_TRAILING_MARKS = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670")


@dataclass(frozen=True, slots=True)
class Shadow:
    """The cleaned text and, for each of its characters, the index in the original."""

    original: str
    text: str
    omap: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering shadow ``[start, end)``, with trailing marks kept."""
        if end <= start:
            pos = self.omap[start] if start < len(self.omap) else len(self.original)
            return Span(pos, pos, "")
        ostart = self.omap[start]
        oend = self.omap[end - 1] + 1
        while oend < len(self.original) and self.original[oend] in _TRAILING_MARKS:
            oend += 1
        return Span(ostart, oend, self.original[ostart:oend])


def build_shadow(text: str) -> Shadow:
    """Fold and clean ``text``; keep an index map so every match maps back exactly."""
    folded = text.translate(FOLD_TABLE)
    pieces: list[str] = []
    omap: list[int] = []
    pos = 0
    for m in REMOVE_RE.finditer(folded):
        s, e = m.span()
        pieces.append(folded[pos:s])
        omap.extend(range(pos, s))
        # "أنّمئات": a shadda closing a word-initial أن/إن glued to the next word splits them;
        # "الميادينأنّ": a word-final أنّ glued to the word before is split off too.
        if SHADDA in m.group() and s >= 2 and folded[s - 2 : s] == "ان" and text[s - 2] in "أإ":
            if s == 2 or not folded[s - 3].isalpha():
                if e < len(folded) and ARABIC_LETTER_RE.match(folded[e]) and not _PRONOUN_AFTER_RE.match(folded, e):
                    pieces.append(" ")
                    omap.append(e)
            elif s >= 5 and folded[s - 5 : s - 2].isalpha() and (e >= len(folded) or not folded[e].isalpha()):
                last = pieces[-1]
                if len(last) >= 2 and last.endswith("ان"):
                    pieces[-1] = last[:-2] + " ان"
                    omap.insert(len(omap) - 2, omap[-2])
        pos = e
    pieces.append(folded[pos:])
    omap.extend(range(pos, len(folded)))
    omap.append(len(text))
    return Shadow(text, "".join(pieces), tuple(omap))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the shadow text: its bounds, paragraph index and the quotes inside it."""

    start: int
    end: int
    paragraph: int
    quotes: tuple[tuple[int, int], ...]


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inner spans of the quotations in ``text[start:end]`` (one paragraph).

    Marks are paired by alternation, so mismatched pairs (”…” opening with a closing mark)
    still pair; a quote left open runs to the paragraph end.
    """
    quotes: list[tuple[int, int]] = []
    opened = -1
    for i in range(start, end):
        ch = text[i]
        if ch not in QUOTE_CHARS:
            continue
        if opened < 0:
            if ch in CLOSE_ONLY:
                continue
            opened = i + 1
        elif ch in OPEN_ONLY:
            opened = i + 1
        else:
            quotes.append((opened, i))
            opened = -1
    if opened >= 0 and end - opened > 1:
        quotes.append((opened, end))
    return quotes


def segment(text: str) -> list[Sentence]:
    """Split the shadow text into sentences, never inside a quotation."""
    sentences: list[Sentence] = []
    para_start = 0
    paragraph = 0
    length = len(text)
    while para_start <= length:
        nl = text.find("\n", para_start)
        para_end = length if nl < 0 else nl
        if text[para_start:para_end].strip():
            quotes = find_quotes(text, para_start, para_end)
            s = para_start
            for m in SENTENCE_END_RE.finditer(text, para_start, para_end):
                cut = m.end()
                if any(q0 <= m.start() < q1 for q0, q1 in quotes):
                    continue
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


def _sentence(text: str, s: int, e: int, paragraph: int, quotes: list[tuple[int, int]]) -> Sentence:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    inside = tuple((a, b) for a, b in quotes if a >= s and b <= e + 1)
    return Sentence(s, e, paragraph, inside)


def strip_span(text: str, start: int, end: int, chars: str = " \t\n،,.:؛;-–—") -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and punctuation."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
