"""One statement per proposition and source.

The issue asks: "when the same statement appears in the description and the body, report it
once". News pages repeat the description as the opening (and often closing) paragraph and
newscasts print their headline list more than once; the same source saying the same words
again is one statement, not several. A lead that words the statement differently from the
body's sentence ("تعلن ارتفاع حصيلة الضحايا" / "ارتفعت حصيلة القتلى، وفق ما أفادت") is its
own appearance: the annotation guide counts it apart from the body's (as optional), and
claim linking puts the two in one claim.
"""

from __future__ import annotations

from typing import Any

from tracker.extract.ar_cues import word_set
from tracker.extract.ar_text import Sentence

# Word overlap (Dice of the distinct words) from which two statements by one source are the
# same words said again; below it a reworded lead and the body's sentence both stay.
SAME_STATEMENT = 0.95


def once_per_source(text: str, rows: list[Any]) -> list[Any]:
    """One statement per proposition and source: "when the same statement appears in the
    description and the body, report it once". A statement whose words are (nearly) those of
    a later one by the same source is dropped, so the body's fuller, dated sentence is kept."""
    by_source: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_source.setdefault(id(row[1]), []).append(i)
    drop: set[int] = set()
    # Two sets reach the threshold only if their sizes are close: skip the rest cheaply.
    ratio = SAME_STATEMENT / (2 - SAME_STATEMENT)
    for idx in by_source.values():
        if len(idx) < 2:
            continue
        # The distinct WORD_RE words, split at spaces where that gives them (as the cue lookup does).
        words = [frozenset(word_set(text[rows[i][0].content[0] : rows[i][0].content[1]])) for i in idx]
        for x in range(len(idx)):
            wx = words[x]
            for y in range(x + 1, len(idx)):
                wy = words[y]
                nx, ny = len(wx), len(wy)
                if not nx or not ny or min(nx, ny) < ratio * max(nx, ny):
                    continue
                # Dice overlap of the distinct words (set operations run in C).
                if 2 * len(wx & wy) >= SAME_STATEMENT * (nx + ny):
                    drop.add(idx[x])
                    break
    return [row for i, row in enumerate(rows) if i not in drop]


def skip_repeated_lead(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Drop a closing paragraph that repeats the opening one (the description, twice)."""
    if not sentences:
        return sentences
    last_para = sentences[-1].paragraph
    if last_para == 0:
        return sentences
    first = " ".join(" ".join(text[s.start : s.end] for s in sentences if s.paragraph == 0).split())
    last = " ".join(" ".join(text[s.start : s.end] for s in sentences if s.paragraph == last_para).split())
    if first and first == last:
        return [s for s in sentences if s.paragraph != last_para]
    return sentences


__all__ = ["SAME_STATEMENT", "once_per_source", "skip_repeated_lead"]
