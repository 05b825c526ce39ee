"""Regexes and word lists of the readers, compiled once.

Page-copy markers ("مقالات متعلقة", "Read more", bullets, captions ending in an agency name)
live here so that adding one outlet's wording is a one-line change.
"""

from __future__ import annotations

import re

from tracker.normalize import fold

# A word holding both an Arabic letter and a Latin one: the mark of a wrong code page.
MIXED_WORD_RE = re.compile("(?=[^\\s]*[\u0621-\u064a])(?=[^\\s]*[A-Za-z\u00c0-\u024f])[^\\s]+")

# Approximate Arabic letter frequencies (per cent of letters in news text). Used only to choose
# between windows-1256 and ISO-8859-6, whose letter positions differ: the wrong one turns
# common letters into rare ones (ن ع م -> و ظ ه) or into Latin letters.
ARABIC_LETTER_FREQ: dict[str, float] = {
    "ا": 12.4,
    "ل": 11.2,
    "ي": 8.0,
    "م": 6.3,
    "و": 5.8,
    "ن": 5.7,
    "ه": 2.0,
    "ة": 2.8,
    "ر": 4.6,
    "ت": 3.8,
    "ب": 3.6,
    "ع": 3.0,
    "د": 2.8,
    "س": 2.6,
    "ف": 2.6,
    "ك": 2.2,
    "ق": 2.2,
    "ح": 2.0,
    "أ": 2.4,
    "ج": 1.4,
    "ى": 1.0,
    "ش": 1.0,
    "إ": 0.8,
    "ط": 0.9,
    "ص": 0.9,
    "خ": 0.9,
    "ذ": 0.7,
    "ث": 0.6,
    "ض": 0.6,
    "ز": 0.5,
    "غ": 0.5,
    "ء": 0.4,
    "ئ": 0.3,
    "ظ": 0.2,
    "آ": 0.2,
    "ؤ": 0.1,
}
#: Log-frequency given to a Latin letter with a diacritic (é, ç) in a single-byte Arabic guess.
ACCENTED_LATIN_FREQ = 0.02

XML_ENCODING_RE = re.compile(r"""<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.IGNORECASE)
DECLARED_CHARSET_RE = re.compile(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)

MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
)

EXTENSION_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".rss": "rss",
    ".atom": "rss",
}
FEED_ROOT_RE = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
HTML_MARK_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|div|p|main|section|meta|title)[\s>/]", re.IGNORECASE
)

# ---- page copies -------------------------------------------------------------------------

# Leading list marks on copied lines: bullets, dashes, "1.", "١)", "(2)".
BULLET_RE = re.compile(r"^\s*(?:[•·▪◦●○■□►▶‣∙*\-–—]+|\(?[0-9٠-٩]{1,2}[.)\-–]|\([0-9٠-٩]{1,2}\))\s*")
NUMBERED_RE = re.compile(r"^\s*(?:[•·▪◦●○■□►▶‣∙*]+|\(?[0-9٠-٩]{1,2}[.)\-–]|\([0-9٠-٩]{1,2}\))\s*\S")
DIGIT_RE = re.compile(r"[0-9٠-٩۰-۹]")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# "6:11 م", "18:11", "6:11 PM", "الساعة 6:11 مساءً".
TIME_RE = re.compile(
    r"^(?:الساعة|at)?\s*([0-9]{1,2})\s*[:：]\s*([0-9]{2})(?:\s*[:：]\s*[0-9]{2})?\s*"
    r"(م|ص|مساء[ًا]?|صباحا?ً?|[AaPp]\.?\s?[Mm]\.?)?\s*(?:\(?(?:GMT|UTC|بتوقيت [^\d]+)[^)]*\)?)?$"
)
PM_MARKS = frozenset({"م", "مساء", "مساءً", "مساءا", "pm", "p.m.", "p.m", "p m"})
AM_MARKS = frozenset({"ص", "صباحا", "صباحاً", "صباح", "am", "a.m.", "a.m", "a m"})

# Words before a date on its line: "نشر في", "Published:", "Updated".
DATE_PREFIX_RE = re.compile(
    r"^(?:نُ?شر(?:ت)?\s+(?:في|بتاريخ)|تاريخ\s+النشر|آخر\s+تحديث|تم\s+التحديث|محدث|"
    r"published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|date)\s*[:：\-–]?\s*",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(
    r"^(?:by|written\s+by|author|بقلم|كتب|كتبت|إعداد|اعداد|تحرير|الكاتب)\s*[:：\-–]?\s+(?P<name>\S.{1,80})$",
    re.IGNORECASE,
)
# "... - 14 من شباط 2025 (تاس)": a photo caption credited to an agency.
CAPTION_RE = re.compile(r"\s[-–—]\s[^()]*(?:[0-9٠-٩]{4}|[0-9٠-٩]{1,2})[^()]*\((?P<agency>[^()]{1,40})\)\s*$")
CAPTION_PREFIX_RE = re.compile(
    r"^(?:photo|image|picture|pictured|caption|الصورة|صورة|صور|تعبيرية|صورة\s+تعبيرية)\s*[:：\-–]",
    re.IGNORECASE,
)
CREDIT_END_RE = re.compile(
    r"\((?:photo|image|file|archive|صورة|أرشيف|ارشيف|أرشيفية|تعبيرية)[^()]{0,40}\)\s*$", re.IGNORECASE
)

# Headers of "related articles" blocks, compared in folded form.
RELATED_HEADERS = frozenset(
    fold(item)
    for item in (
        "مقالات متعلقة",
        "مقالات ذات صلة",
        "أخبار ذات صلة",
        "أخبار متعلقة",
        "مواضيع ذات صلة",
        "مواضيع متعلقة",
        "اقرأ أيضاً",
        "اقرأ أيضا",
        "إقرأ أيضاً",
        "اقرأ المزيد",
        "قد يهمك",
        "قد يهمك أيضاً",
        "قد يعجبك أيضاً",
        "الأكثر قراءة",
        "المزيد من الأخبار",
        "related",
        "related articles",
        "related stories",
        "related news",
        "related content",
        "read more",
        "read also",
        "see also",
        "more stories",
        "more on this story",
        "you may also like",
        "recommended",
        "most read",
    )
)
INLINE_RELATED_RE = re.compile(
    r"^(?:[إا]قرأ\s+(?:أ|ا)يضا[ًا]?|[إا]قرأ\s+المزيد|شاهد\s+(?:أ|ا)يضا[ًا]?|"
    r"read\s+(?:more|also)|see\s+also|related|watch)\s*[:：\-–]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
MORE_FROM_RE = re.compile(r"^(?:المزيد\s+(?:من|عن)|more\s+(?:from|on|about))\s+\S", re.IGNORECASE)
TAGS_PREFIX_RE = re.compile(
    r"^(?:الوسوم|وسوم|كلمات\s+مفتاحية|الكلمات\s+المفتاحية|الموضوعات|tags|topics|keywords)\s*[:：]\s*(?P<tags>.*)$",
    re.IGNORECASE,
)
TAG_SPLIT_RE = re.compile(r"\s*[,،|؛;#]\s*")
# Sharing and navigation chrome copied along with the article.
CHROME_LINES = frozenset(
    fold(item)
    for item in (
        "شارك",
        "شارك المقال",
        "مشاركة",
        "طباعة",
        "share",
        "share this article",
        "print",
        "advertisement",
        "إعلان",
        "facebook",
        "twitter",
        "whatsapp",
        "telegram",
    )
)
# A sentence is over when the line ends in one of these (closing quotes and brackets aside).
# A sentence end inside a line ("... president.” ― Name"): the line is prose, not a cross-head.
INTERNAL_STOP_RE = re.compile(r"[.!?؟…][\"'”’»)]*\s+\S")
WORD_CHAR_RE = re.compile(r"[^\W_]")
FINAL_PUNCT = frozenset(".!?؟…:;؛")
TRAILING_CLOSERS = "\"'”’»)]›"
QUESTION_MARKS = frozenset("?؟")

#: Lines of at most this many words and without final punctuation are cross-head candidates.
SHORT_LINE_WORDS = 14
#: Related-block lines of at most this many words (unnumbered) are tags, not titles.
TAG_WORDS = 3
#: Lines of at most this many words are tried as date lines.
DATE_LINE_WORDS = 9
