"""Small ``str -> str`` normalisers, composed in one place.

Matching, search and speaker keys all fold text the same way, so that "الاسد"
finds "الأسد" and an RLM inside a name never breaks a match. Stored text is never
normalised in place: these functions build shadow keys beside it.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic marks, superscript alef and tatweel: they change no word's identity.
TASHKEEL_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Bidi marks, zero-width joiners and the like: kept in stored text, ignored by matching.
INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]")
# C0/C1 controls except tab and newline, and terminal escape sequences (CSI, OSC, lone ESC).
ESCAPE_SEQ_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (hyperlinks, clipboard)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"  # two-character escapes, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
QUOTES_RE = re.compile("[\"'«»“”„‟‘’‚‛‹›`´]")
PUNCT_RE = re.compile(r"[^\w\s]|_")

_ALEF_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ء": "",
        "ک": "ك",
        "ی": "ي",
        "ھ": "ه",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "٫": ".",
        "٬": ",",
        "،": ",",
        "؛": ";",
        "؟": "?",
    }
)

ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3]")
LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters; keep tab and newline."""
    return CONTROL_RE.sub("", ESCAPE_SEQ_RE.sub("", text))


def strip_tashkeel(text: str) -> str:
    return TASHKEEL_RE.sub("", text)


def strip_invisible(text: str) -> str:
    return INVISIBLE_RE.sub("", text)


def fold_arabic(text: str) -> str:
    """Fold hamza/alef forms, alef maqsura, ta marbuta and Arabic-Indic digits."""
    return text.translate(_ALEF_FOLD)


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


def fold(text: str) -> str:
    """The matching form of a text: NFKC, no marks or invisibles, folded, lower case, no punctuation."""
    text = unicodedata.normalize("NFKC", text or "")
    text = strip_invisible(strip_tashkeel(text)).replace("\u00a0", " ")
    text = fold_arabic(text).casefold()
    return squash_spaces(PUNCT_RE.sub(" ", text))


def script_of(text: str) -> str:
    """'arabic', 'latin', 'cyrillic', 'mixed' or 'other' by the letters a text has most of."""
    arabic = len(ARABIC_LETTER_RE.findall(text))
    latin = len(LATIN_LETTER_RE.findall(text))
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    counts = {"arabic": arabic, "latin": latin, "cyrillic": cyrillic}
    best = max(counts, key=counts.__getitem__)
    if counts[best] == 0:
        return "other"
    if sorted(counts.values())[-2] > counts[best] / 3:
        return "mixed"
    return best


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate the text's letters, else 'en'."""
    sample = text[:5000]
    arabic = len(ARABIC_LETTER_RE.findall(sample))
    latin = len(LATIN_LETTER_RE.findall(sample))
    return "ar" if arabic >= latin else "en"
