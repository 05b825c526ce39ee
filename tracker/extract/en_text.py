"""Segmentation for the English extractor: paragraphs, quotations, sentences and tokens.

Every unit carries absolute character offsets into the article text, so the rules can
slice spans that satisfy ``text[start:end] == span.text`` without recomputing anything.
Sentences never break inside a quotation: a three-sentence quote followed by "he said"
is one unit, the way a reader (and the gold) takes it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from tracker.extract.en_resources import (
    ABBREVIATIONS,
    CUE_WORDS,
    PARAGRAPH_RE,
    QUOTE_CHAR_RE,
    SENTENCE_END_RE,
    SPACED_TOKEN_RE,
    TOKEN_RE,
)


class Token(NamedTuple):
    # A NamedTuple, not a frozen dataclass: tokens are made by the ten thousand.
    start: int
    end: int
    text: str
    low: str


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` cover the inner text, ``open``/``close`` the marks."""

    open: int
    start: int
    end: int
    close: int  # == end when the quote runs on to the paragraph's end unclosed


class Sentence:
    """One sentence; its tokens are made on first use, since most sentences never need them.

    A plain slotted class rather than a frozen dataclass: three thousand are made for a long
    article, and only a few are ever tokenised.
    """

    __slots__ = ("_tokens", "end", "paragraph", "quotes", "source", "start")

    def __init__(
        self, start: int, end: int, paragraph: int, quotes: tuple[Quote, ...], source: str = ""
    ) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.quotes = quotes
        self.source = source
        self._tokens: tuple[Token, ...] | None = None

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.paragraph}, {self.quotes!r})"

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's tokens, each closed quotation inside it folded into one token.

        The rules never read inside a quotation (those are the speaker's words): its marks
        stay tokens and its words become a single ``QUOTED`` token spanning them, so a long
        quote costs no tokenising.
        """
        if self._tokens is None:
            self._tokens = self._tokenize()
        return self._tokens

    def _tokenize(self) -> tuple[Token, ...]:
        quotes = [
            q
            for q in self.quotes
            if q.open >= self.start
            and q.end < q.close <= self.end
            # '"PENCE: Well, look, ..."': a transcript label is read by the colon rule.
            and self.source.find(":", q.start, min(q.end, q.start + 40)) < 0
        ]
        if not quotes:
            return tokenize(self.source, self.start, self.end)
        out: list[Token] = []
        pos = self.start
        new = tuple.__new__
        for q in quotes:
            if q.start - q.open == 2 and self.source[q.open] == "'":
                # ''...'' (some archives' double quotation mark): one '"' token each side, so
                # the rules that look for an opening or closing mark see it as they see '"'.
                out.extend(tokenize(self.source, pos, q.open))
                out.append(new(Token, (q.open, q.start, '"', '"')))
            else:
                out.extend(tokenize(self.source, pos, q.start))
            if q.end > q.start:
                out.append(new(Token, (q.start, q.end, QUOTED, QUOTED)))
            if q.close - q.end == 2 and self.source[q.end] == "'":
                out.append(new(Token, (q.end, q.close, '"', '"')))
                pos = q.close
            else:
                pos = q.end
        out.extend(tokenize(self.source, pos, self.end))
        return tuple(out)

    @property
    def text(self) -> str:
        return self.source[self.start : self.end]


#: The text of the one token standing for a quotation's words (no rule reads them).
QUOTED = "…"


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of ``text[start:end]``: runs of word characters (glued by an apostrophe,
    period or hyphen: "don't", "U.S", "al-Assad") and single other characters."""
    piece = text[start:end]
    chunks = piece.split()
    spaced = len(" ".join(chunks))  # as long as the piece when one space parts each two words
    if spaced != len(piece):
        stripped = piece.lstrip()
        if spaced != len(stripped.rstrip()):
            return _tokenize_spaced(text, start, end)
        start += len(piece) - len(stripped)  # spaces before the first word ('" she said')
    # Words apart by single spaces (nearly every sentence; a no-break space counts as one):
    # ``str.split`` finds the words and their offsets, and only a word with punctuation in
    # it costs a regex match; each match costs the engine far more than a split.
    new = tuple.__new__  # skips the NamedTuple constructor's keyword handling
    out: list[Token] = []
    add = out.append
    pos = start
    for chunk in chunks:
        stop = pos + len(chunk)
        if chunk.isalnum() or stop - pos == 1:
            add(new(Token, (pos, stop, chunk, chunk.lower())))
        elif chunk[:-1].isalnum() and chunk[-1] != "_":
            # "said," "Trump.": a word, then a mark (a final "'", "." or "-" glues nothing).
            word, mark = chunk[:-1], chunk[-1]
            add(new(Token, (pos, stop - 1, word, word.lower())))
            add(new(Token, (stop - 1, stop, mark, mark.lower())))
        elif chunk[1:].isalnum() and chunk[0] != "_":
            # '"We': a mark, then a word.
            mark, word = chunk[0], chunk[1:]
            add(new(Token, (pos, pos + 1, mark, mark.lower())))
            add(new(Token, (pos + 1, stop, word, word.lower())))
        else:
            s = pos
            for w in TOKEN_RE.findall(text, pos, stop):
                e = s + len(w)
                add(new(Token, (s, e, w, w.lower())))
                s = e
        pos = stop + 1
    return tuple(out)


def _tokenize_spaced(text: str, start: int, end: int) -> tuple[Token, ...]:
    # One ``findall`` yields (spaces before, token) pairs: offsets are running sums of their
    # lengths, with no match objects and no searching (tokens cover every non-space character).
    new = tuple.__new__
    out = []
    pos = start
    for space, w in SPACED_TOKEN_RE.findall(text, start, end):
        s = pos + len(space)
        pos = s + len(w)
        out.append(new(Token, (s, pos, w, w.lower())))
    return tuple(out)


class QuoteMarks:
    """The one-character quotation marks of a whole article, found once and handed out by
    paragraph (a bisection each, instead of three ``str.find`` scans of every paragraph)."""

    __slots__ = ("doubled", "marks", "positions")

    def __init__(self, text: str) -> None:
        self.marks = _quote_marks(text, 0, len(text))
        self.positions = [i for i, _mark in self.marks]
        #: Whether the article has a ''...'' mark at all (else no paragraph is searched for one).
        self.doubled = text.find("''") >= 0

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        """:func:`_quote_marks` of ``text[start:end]``."""
        return self.marks[bisect_left(self.positions, start) : bisect_left(self.positions, end)]


def find_quotes(text: str, start: int, end: int, marks: QuoteMarks | None = None) -> tuple[Quote, ...]:
    """Quotations in one paragraph (``marks``: the article's, when the caller made them).

    Curly quotes pair by shape; straight ones ("...", and the ''...'' some archives use)
    pair by position: an opener follows a space or punctuation, a closer follows a word.
    """
    quotes: list[Quote] = []
    opened: int | None = None
    width = 1
    curly = False
    if (marks is None or marks.doubled) and text.find("''", start, end) >= 0:
        found = [(m.start(), m.group()) for m in QUOTE_CHAR_RE.finditer(text, start, end)]
    else:
        found = _quote_marks(text, start, end) if marks is None else marks.between(start, end)
        if not found:
            return ()  # most paragraphs quote nobody
    depth = 0  # curly quotations open inside the current one: “... “hell” ...”
    for n_mark, (i, mark) in enumerate(found):
        if opened is None:
            if mark == "“" or (mark != "”" and (i == start or not text[i - 1].isalnum())):
                opened, width, curly = i, len(mark), mark == "“"
            elif (
                mark == "”"
                and (i == start or text[i - 1].isspace())
                and i + 1 < end
                and text[i + 1].isalnum()
            ):
                opened, width, curly = i, 1, True  # a closing mark typed as an opener
        elif (curly and mark in {"”", '"'}) or (not curly and mark != "“" and len(mark) == width):
            if depth:
                depth -= 1  # the inner quotation closes; the outer one goes on
                continue
            if i > opened + width:
                quotes.append(tuple.__new__(Quote, (opened, opened + width, i, i + len(mark))))
            opened = None
        elif curly and mark == "“":
            if _nested(found, n_mark, depth):
                depth += 1  # '“I would rather live in what he calls “hell” than ...”'
            else:
                opened = i  # a stray opener: restart from the latest one
    if opened is not None and end - opened > 2:
        quotes.append(tuple.__new__(Quote, (opened, opened + width, end, end)))
    return tuple(quotes)


#: The one-character quotation marks.
_QUOTE_MARKS = ('"', "“", "”")


def _quote_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The one-character quotation marks of ``text[start:end]`` with their positions, in order.

    ``str.find`` per mark, not a regex scan: the engine tests every character against the
    class, while ``find`` skips to the next mark, and a paragraph has few."""
    marks = []
    for mark in _QUOTE_MARKS:
        i = text.find(mark, start, end)
        while i >= 0:
            marks.append((i, mark))
            i = text.find(mark, i + 1, end)
    marks.sort()
    return marks


def _nested(marks: list[tuple[int, str]], n: int, depth: int) -> bool:
    """Whether the opener ``marks[n]``, met inside an open curly quotation, starts a quotation
    inside it: enough closers follow to close it and the outer one (and any later openers);
    otherwise the outer one was never closed and this opener starts afresh."""
    closers = openers = 0
    for _pos, mark in marks[n + 1 :]:
        if mark == "“":
            openers += 1
        elif mark in {"”", '"'}:
            closers += 1
    return closers >= openers + depth + 2


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
    """Whether the word before a period is an abbreviation ("Mr.", "U.S.", "Jan.", "A.")."""
    word = text[max(text.rfind(" ", para_start, dot) + 1, para_start) : dot]
    if not word.replace(".", "").isalnum():
        # Punctuation inside ("(U.S.", '"Mr.'): the letters, digits and periods before the dot.
        j = dot
        while j > para_start and (text[j - 1].isalnum() or text[j - 1] == "."):
            j -= 1
        word = text[j:dot]
    word = word.lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def _cue_follows(text: str, pos: int, limit: int) -> bool:
    words = text[pos : min(limit, pos + 60)].split()[:5]
    return any(w.strip(".,;:").lower() in CUE_WORDS for w in words[1:]) and words[0][:1] not in {"“", '"'}


def _quote_around(quotes: tuple[Quote, ...], opens: list[int], pos: int) -> Quote | None:
    """The quotation whose inner text contains ``pos``, if any (quotations never overlap)."""
    k = bisect_right(opens, pos) - 1
    if k >= 0 and quotes[k].start <= pos < quotes[k].end:
        return quotes[k]
    return None


def split_sentences(
    text: str, para_start: int, para_end: int, quotes: tuple[Quote, ...]
) -> list[tuple[int, int]]:
    spans = []
    start = para_start
    opens = [q.open for q in quotes]
    for m in SENTENCE_END_RE.finditer(text, para_start, para_end):
        dot, end = m.span()
        if text[dot] == "." and _is_abbreviation(text, dot, para_start):
            continue
        q = _quote_around(quotes, opens, dot) if quotes else None
        if q is not None and dot < q.end - 1:
            continue
        if q is not None and dot < q.end and text[dot] in "?!" and _cue_follows(text, end, para_end):
            continue  # '"Is it fair?" Graham asked.': the question is part of the sentence
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
    marks = QuoteMarks(text)
    for n, (ps, pe) in enumerate(paragraphs(text)):
        quotes = find_quotes(text, ps, pe, marks)
        opens = [q.open for q in quotes]
        if not quotes:
            result.append([Sentence(ss, se, n, (), text) for ss, se in split_sentences(text, ps, pe, quotes)])
            continue
        sents = []
        for ss, se in split_sentences(text, ps, pe, quotes):
            # Quotations never overlap, so a bisect finds the ones touching this sentence.
            k = max(bisect_right(opens, ss) - 1, 0)
            inner = []
            while k < len(quotes) and quotes[k].open < se:
                if quotes[k].close > ss:
                    inner.append(quotes[k])
                k += 1
            sents.append(Sentence(ss, se, n, tuple(inner), text))
        result.append(sents)
    return result


def in_quote(pos: int, quotes: tuple[Quote, ...]) -> Quote | None:
    for q in quotes:
        if q.open <= pos < q.close:
            return q
    return None
