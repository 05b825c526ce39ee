"""What an English rule proposes: a :class:`Frame` (source mention, cue, content, date frame).

Shared by the rule modules (:mod:`.en_rules`, :mod:`.en_verbs`), with the small span
helpers they all use. Offsets are characters of the article text.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.en_resources import CONTENT_TRIM
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import Token


@dataclass
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


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, separating punctuation and a leading "that" from a content range."""
    while True:
        s0, e0 = start, end
        while start < end and text[start] in CONTENT_TRIM:
            start += 1
        while end > start and text[end - 1] in CONTENT_TRIM + ".":
            end -= 1
        low = text[start : start + 8].lower()
        for comp in ("that ", "whether "):
            if low.startswith(comp):
                start += len(comp)
        if (start, end) == (s0, e0):
            return start, end


def span_of(toks: tuple[Token, ...], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b].end


def mention_of(toks: tuple[Token, ...], a: int, b: int) -> Mention:
    return Mention(toks[a].start, toks[b].end, toks[a : b + 1])


def count_words(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())
