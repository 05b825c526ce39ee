"""The matching form of a text, with a map back to the original offsets.

Patterns run on a folded copy of the text (no marks, tatweel or invisibles; one alef;
ASCII digits; plain spaces). Folding only deletes characters or swaps one for one, so the
list of deleted runs is enough to turn any match back into an exact original span.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tracker.normalize import INVISIBLE_RE, TASHKEEL_RE

# One-for-one swaps. The frequent ones go through str.replace (C speed, a few microseconds
# per paragraph); str.translate walks a dict per character and is kept for rare characters.
_COMMON_SWAPS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ؤ", "و"),
    ("ئ", "ي"),
)
_RARE = {
    "ک": "ك",
    "ی": "ي",
    "ھ": "ه",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2212": "-",
}
#: Folded character -> every character that folds to it (itself included), to read a folded
#: literal on the original text.
PREIMAGES: dict[str, str] = {}
for _old, _new in (*_COMMON_SWAPS, *_RARE.items()):
    PREIMAGES[_new] = PREIMAGES.get(_new, _new) + _old
_RARE_RE = re.compile("[" + "".join(_RARE) + "]")


def _swap(text: str) -> str:
    for old, new in _COMMON_SWAPS:
        if old in text:
            text = text.replace(old, new)
    # Only the rare characters present: translate walks a long text character by character.
    for old in set(_RARE_RE.findall(text)):
        text = text.replace(old, _RARE[old])
    return text


#: Characters the matching form drops: marks, tatweel, invisibles.
DROP_RE = re.compile(f"{TASHKEEL_RE.pattern}|{INVISIBLE_RE.pattern}")

_TRAILING_RE = re.compile(TASHKEEL_RE.pattern)


def drop_marks(text: str) -> list[int]:
    """Offsets of the characters ``DROP_RE`` drops, in order: one scan of the text serves both
    the text without them (:func:`kept_text`) and :class:`MatchText`'s offset map."""
    return [m.start() for m in DROP_RE.finditer(text)]


def kept_text(text: str, marks: list[int]) -> str:
    """``DROP_RE.sub("", text)`` given ``drop_marks(text)``: joining the pieces between the few
    marks costs less than a second scan of every character."""
    if not marks:
        return text
    return "".join([text[a + 1 : b] for a, b in zip([-1, *marks], [*marks, len(text)], strict=True)])


class MatchText:
    """A folded text plus the way back to the original's offsets.

    Deletions are recorded as runs: ``_keys[i]`` is the folded offset right after run ``i``
    and ``_shifts[i]`` the number of characters deleted up to and including it, so a folded
    offset maps back with one bisection.
    """

    __slots__ = ("_keys", "_shifts", "folded", "original")

    def __init__(self, original: str, marks: list[int] | None = None, kept: str | None = None) -> None:
        """``marks`` may pass :func:`drop_marks` of ``original`` and ``kept`` the text without
        them, when the caller already has them."""
        self.original = original
        self._keys: list[int] = []
        self._shifts: list[int] = []
        if marks is None:
            marks, kept = drop_marks(original), None
        if not marks:
            self.folded = _swap(original)
            return
        # DROP_RE matches one character at a time: the k-th dropped character (from 0) at
        # original offset s leaves the folded offset s - k right after its run of k + 1.
        self._keys = [s - k for k, s in enumerate(marks)]
        self._shifts = list(range(1, len(marks) + 1))
        self.folded = _swap(kept if kept is not None else kept_text(original, marks))

    def _original(self, pos: int) -> int:
        i = bisect_right(self._keys, pos)
        return pos + (self._shifts[i - 1] if i else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` range covering folded ``[start, end)``."""
        if not self._keys:
            return start, end
        first = self._original(start)
        if end <= start:
            return first, first
        stop = self._original(end - 1) + 1
        # Marks and tatweel after the last letter belong to it ("هـ", "شباطَ").
        while stop < len(self.original) and _TRAILING_RE.match(self.original, stop):
            stop += 1
        return first, stop

    def original_char(self, folded_pos: int) -> str:
        """The original character behind one folded position (e.g. to see a madda)."""
        return self.original[self._original(folded_pos)]
