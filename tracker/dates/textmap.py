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


class MatchText:
    """A folded text plus the way back to the original's offsets.

    Deletions are recorded as runs: ``_keys[i]`` is the folded offset right after run ``i``
    and ``_shifts[i]`` the number of characters deleted up to and including it, so a folded
    offset maps back with one bisection.
    """

    __slots__ = ("_keys", "_shifts", "folded", "original")

    def __init__(self, original: str, kept: str | None = None) -> None:
        """``kept`` may pass ``DROP_RE.sub("", original)`` when the caller already made it."""
        self.original = original
        self._keys: list[int] = []
        self._shifts: list[int] = []
        if kept is None:
            kept = DROP_RE.sub("", original) if DROP_RE.search(original) else original
        if len(kept) == len(original):
            self.folded = _swap(original)
            return
        dropped = 0
        for m in DROP_RE.finditer(original):
            dropped += m.end() - m.start()
            self._keys.append(m.end() - dropped)
            self._shifts.append(dropped)
        self.folded = _swap(kept)

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
