"""Segmentation for the English extractor: paragraphs, quotations, sentences and tokens.

Every unit carries absolute character offsets into the article text, so the rules can
slice spans that satisfy ``text[start:end] == span.text`` without recomputing anything.
Sentences never break inside a quotation: a three-sentence quote followed by "he said"
is one unit, the way a reader (and the gold) takes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from tracker.extract.en_resources import ABBREVIATIONS, PARAGRAPH_RE, QUOTE_CHAR_RE, SENTENCE_END_RE, TOKEN_RE


class Token(NamedTuple):
    # A NamedTuple, not a frozen dataclass: tokens are made by the ten thousand.
    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` cover the inner text, ``open``/``close`` the marks."""

    open: int
    start: int
    end: int
    close: int  # == end when the quote runs on to the paragraph's end unclosed


@dataclass(frozen=True)
class Sentence:
    """One sentence; its tokens are made on first use, since most sentences never need them."""

    start: int
    end: int
    paragraph: int
    quotes: tuple[Quote, ...]
    source: str = field(repr=False, compare=False, default="")

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tokenize(self.source, self.start, self.end)

    @property
    def text(self) -> str:
        return self.source[self.start : self.end]


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        out.append(Token(m.start(), m.end(), word, word.lower()))
    return tuple(out)


def find_quotes(text: str, start: int, end: int) -> tuple[Quote, ...]:
    """Quotations in one paragraph; curly quotes pair by shape, straight ones by position."""
    quotes: list[Quote] = []
    opened: int | None = None
    curly = False
    for m in QUOTE_CHAR_RE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if opened is None:
            if ch == "“" or (ch == '"' and (i == start or not text[i - 1].isalnum())):
                opened, curly = i, ch == "“"
        elif (curly and ch == "”") or (not curly and ch == '"') or (
            curly and ch == '"' and i + 1 < end and not text[i + 1].isalnum()
        ):
            if i > opened + 1:
                quotes.append(Quote(opened, opened + 1, i, i + 1))
            opened = None
        elif curly and ch == "“":
            opened = i  # a stray opener: restart from the latest one
    if opened is not None and end - opened > 2:
        quotes.append(Quote(opened, opened + 1, end, end))
    return tuple(quotes)


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in PARAGRAPH_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    j = dot
    while j > para_start and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def split_sentences(text: str, para_start: int, para_end: int, quotes: tuple[Quote, ...]) -> list[tuple[int, int]]:
    spans = []
    start = para_start
    chunk = text[para_start:para_end]
    for m in SENTENCE_END_RE.finditer(chunk):
        end = m.end() + para_start
        dot = m.start() + para_start
        if text[dot] == "." and _is_abbreviation(text, dot, para_start):
            continue
        if any(q.start <= dot < q.end - 1 for q in quotes):
            continue
        spans.append((start, end))
        start = end
        while start < para_end and text[start].isspace():
            start += 1
    if start < para_end:
        spans.append((start, para_end))
    return spans


def segment(text: str) -> list[list[Sentence]]:
    """Paragraphs, each a list of sentences with their tokens and quotations."""
    result = []
    for n, (ps, pe) in enumerate(paragraphs(text)):
        quotes = find_quotes(text, ps, pe)
        sents = []
        for ss, se in split_sentences(text, ps, pe, quotes):
            inner = tuple(q for q in quotes if q.open < se and q.close > ss)
            sents.append(Sentence(ss, se, n, inner, text))
        result.append(sents)
    return result


def in_quote(pos: int, quotes: tuple[Quote, ...]) -> Quote | None:
    for q in quotes:
        if q.open <= pos < q.close:
            return q
    return None
