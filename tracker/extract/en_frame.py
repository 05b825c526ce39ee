"""What an English rule proposes: a :class:`Frame` (source mention, cue, content, date frame).

Shared by the rule modules (:mod:`.en_rules`, :mod:`.en_verbs`), with the small span
helpers they all use. Offsets are characters of the article text.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.en_resources import CLAUSE_MARKERS, CONTENT_TRIM, NOUN_PHRASE_LEADS
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import Token


@dataclass(slots=True)
class Frame:
    """A proposed statement, in character offsets; ``speaker`` None means "same as before"."""

    speaker: Mention | None
    cue: tuple[int, int]
    content: tuple[int, int]
    frame: tuple[int, int]  # speaker + cue + adverbials: where the statement's date is written
    method: str
    confidence: float
    appositive: str | None = None
    via: Mention | None = None


def trim(text: str, start: int, end: int, quoted: bool = False) -> tuple[int, int]:
    """Strip spaces, separating punctuation and a leading "that" from a content range (but
    not from a quotation's own words, ``quoted``: "That makes me smart")."""
    if quoted:
        while start < end and text[start] in CONTENT_TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM_END:
            end -= 1
        return start, end
    while True:
        while start < end and text[start] in CONTENT_TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM_END:
            end -= 1
        # Stripped on both sides: only a removed "that"/"whether" can leave more to strip.
        low = text[start : start + 8].lower()
        if low.startswith("that "):
            start += 5
        elif low.startswith("whether "):
            start += 8
        else:
            return start, end


_TRIM_END = CONTENT_TRIM + "."


def span_of(toks: tuple[Token, ...], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b].end


def mention_of(toks: tuple[Token, ...], a: int, b: int) -> Mention:
    return tuple.__new__(Mention, (toks[a].start, toks[b].end, toks[a : b + 1]))


def count_words(text: str, a: int, b: int) -> int:
    """The words of ``text[a:b]``, exactly up to nine: callers compare with small numbers, so
    a long range is only split as far as its first two hundred characters when those hold nine."""
    if b - a > 200:
        n = len(text[a : a + 200].split())
        if n >= 9:
            return n
    return len(text[a:b].split())


def is_proposition(text: str, start: int, end: int) -> bool:
    """Whether a content reports something said rather than naming a topic or an object:
    "cited the figure", "declared bankruptcy", "mentioned climate change" are not statements.
    A short unquoted content without a finite verb is such a noun phrase when it has two
    words or opens like one ("the same thing", "his tax returns", "being a Democrat");
    "openness builds trust" is a clause."""
    words = text[start : min(end, start + 200)].split()
    if len(words) > 3:
        return True
    if end > start + 200:
        words = text[start:end].split()
        if len(words) > 3:
            return True
    if text[max(0, start - 1) : start] in {'"', "“", "'", "‘"} or any(c in text[start:end] for c in '"“”'):
        return True
    lows = [w.lower().strip(".,;:!?") for w in words]
    if any(w in CLAUSE_MARKERS or w.endswith(("n't", "n’t")) for w in lows):
        return True
    # "advises President Htin Kyaw": three capitalised words without a verb are a name.
    return (
        len(words) == 3
        and lows[0] not in NOUN_PHRASE_LEADS
        and not lows[0].endswith("ing")
        and not all(w[:1].isupper() for w in words)
    )
