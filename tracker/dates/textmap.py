"""The matching form of a text, with a map back to the original offsets.

Patterns run on a folded copy of the text (no marks, tatweel or invisibles; one alef;
ASCII digits; plain spaces). Folding only deletes characters or swaps one for one, so a
list of original indices is enough to turn any match back into an exact original span.
Texts that need no deletion (almost all) skip the list entirely.
"""

from __future__ import annotations

import re

from tracker.normalize import INVISIBLE_RE, TASHKEEL_RE

# One-for-one swaps: alef/hamza seats, alef maqsura, ta marbuta, digits, odd spaces.
_SWAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "ک": "ك", "ی": "ي", "ھ": "ه",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
        "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
    }
)
#: Characters the matching form drops: marks, tatweel, invisibles.
DROP_RE = re.compile(f"{TASHKEEL_RE.pattern}|{INVISIBLE_RE.pattern}")

_TRAILING_RE = re.compile(TASHKEEL_RE.pattern)


class MatchText:
    """A folded text plus the way back to the original's offsets."""

    __slots__ = ("_index", "folded", "original")

    def __init__(self, original: str) -> None:
        self.original = original
        if DROP_RE.search(original) is None:
            self.folded = original.translate(_SWAP)
            self._index: list[int] | None = None
            return
        kept: list[str] = []
        index: list[int] = []
        pos = 0
        for m in DROP_RE.finditer(original):
            kept.append(original[pos : m.start()])
            index.extend(range(pos, m.start()))
            pos = m.end()
        kept.append(original[pos:])
        index.extend(range(pos, len(original)))
        self.folded = "".join(kept).translate(_SWAP)
        self._index = index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` range covering folded ``[start, end)``."""
        if self._index is None:
            return start, end
        if end <= start:
            at = self._index[start] if start < len(self._index) else len(self.original)
            return at, at
        stop = self._index[end - 1] + 1
        # Marks and tatweel after the last letter belong to it ("هـ", "شباطَ").
        while stop < len(self.original) and _TRAILING_RE.match(self.original, stop):
            stop += 1
        return self._index[start], stop

    def original_char(self, folded_pos: int) -> str:
        """The original character behind one folded position (e.g. to see a madda)."""
        pos = folded_pos if self._index is None else self._index[folded_pos]
        return self.original[pos]
