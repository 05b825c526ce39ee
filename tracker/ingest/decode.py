"""Bytes to text: UTF-8, UTF-16 and the two single-byte Arabic encodings, or a clear reason.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32);
2. an explicit declaration (``<?xml encoding=...?>``, ``<meta charset=...>``, in HTML and
   feeds only), when the bytes decode with it, except a single-byte one on bytes that are
   valid multi-byte UTF-8 (a page re-saved as UTF-8 that kept its old tag);
3. UTF-16 without a mark, when the high byte of nearly every unit is 0x00 or 0x06;
4. strict UTF-8 (a text that decodes as UTF-8 almost never is anything else);
5. windows-1256 or ISO-8859-6, whichever reads as Arabic: ISO-8859-6 text decoded as
   windows-1256 puts Latin letters (ê, è, ç) inside Arabic words, and windows-1256 text has
   bytes (ف ق ك غ) that ISO-8859-6 leaves undefined. This is decided here rather than by
   charset-normalizer because a short Arabic headline gives a statistical detector too little
   to go on, and the two code pages are the only single-byte ones Arabic outlets still serve.

Anything else (NUL bytes, image headers, text that reads as control characters in every
candidate) is refused with the reason, never decoded into mojibake.
"""

from __future__ import annotations

import codecs
import math
import re

from tracker.ingest.resources import (
    ACCENTED_LATIN_FREQ,
    ARABIC_LETTER_FREQ,
    DECLARED_CHARSET_RE,
    MAGIC_NUMBERS,
    MIXED_WORD_RE,
    XML_ENCODING_RE,
)

UNDECODABLE = "not valid UTF-8, UTF-16, windows-1256 or ISO-8859-6"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALIASES = {"windows-1256": "cp1256", "iso-8859-6": "iso8859_6", "arabic": "iso8859_6"}
_C0 = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class DecodeError(ValueError):
    """The bytes are not text we can read; ``str(error)`` is the reason to show."""


def bom_encoding(data: bytes) -> str | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    return None


def binary_kind(data: bytes) -> str | None:
    """``'PNG image'`` etc. when the bytes start like a known binary format."""
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic):
            return kind
    return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration or HTML meta tag names in the first 4 KB, if any."""
    head = data[:4096].decode("ascii", errors="replace")
    match = XML_ENCODING_RE.search(head) or DECLARED_CHARSET_RE.search(head)
    if not match:
        return None
    name = match.group(1).strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for unmarked UTF-16: the high byte of each unit is nearly always
    0x00 (Latin, digits, spaces) or 0x06 (Arabic), the low byte varies."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        common = high.count(0x00) + high.count(0x06)
        if common + high.count(0x20) >= 0.95 * len(high) and common >= 0.5 * len(high):
            return encoding
    return None


def _arabic_score(text: str) -> float:
    """Higher is more Arabic-like: how common its letters are, minus script mixing and controls."""
    score = 0.0
    for char in text:
        freq = ARABIC_LETTER_FREQ.get(char)
        if freq is not None:
            score += math.log(freq)
        elif "\u00c0" <= char <= "\u00ff":
            score += math.log(ACCENTED_LATIN_FREQ)
    return score - 20 * len(MIXED_WORD_RE.findall(text)) - 20 * len(_C0.findall(text))


def _plausible(text: str) -> bool:
    """No more than 1 % control characters: random bytes decode to far more."""
    controls = len(_C0.findall(text))
    return controls <= len(text) // 100


def _is_multibyte_utf8(data: bytes) -> bool:
    """Valid UTF-8 with non-ASCII characters: single-byte text almost never forms such sequences."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes, *, declarations: bool = True) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`DecodeError` with the reason.

    ``declarations`` honours ``<?xml encoding?>`` and ``<meta charset>`` (HTML and feeds); JSON
    and page text pass ``False``, since such a tag inside them is quoted content, not a
    declaration.
    """
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as error:
            raise DecodeError(f"starts with a {bom.upper()} byte-order mark but {error.reason}") from None
    declared = declared_encoding(data) if declarations else None
    # A page saved as UTF-8 often keeps its old single-byte <meta charset>: valid multi-byte
    # UTF-8 outweighs that stale tag, while between the Arabic code pages the tag decides.
    if declared and declared.startswith(("utf-16", "utf-32")):
        declared = None
    if declared and declared != "utf-8" and _is_multibyte_utf8(data):
        declared = None
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration: fall back to the evidence in the bytes
    # Before UTF-8: unmarked UTF-16 Arabic is all bytes below 0x80, so it is "valid" UTF-8 too.
    wide = _looks_utf16(data)
    if wide:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not text")
    candidates: list[tuple[int, str, str]] = []
    for encoding in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            candidates.append((_arabic_score(text), encoding, text))
    if not candidates:
        raise DecodeError(UNDECODABLE)
    # Ties go to windows-1256 (listed first): it is the commoner of the two on the web.
    _, encoding, text = max(candidates, key=lambda item: item[0])
    return text, encoding


def decode_line(data: bytes) -> str:
    """One JSON Lines line: UTF-8 as the format requires, else the same guesses as a file."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data)[0]
