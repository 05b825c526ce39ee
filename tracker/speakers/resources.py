"""Tables and word lists for speaker names, compiled once.

Everything here is data: the letter classes of the romanisation key (see
:mod:`tracker.speakers.keys` for the design), the Latin digraphs and name particles, the
honorifics dropped before matching, and the words that open a role phrase
("المتحدثة باسم ...", "وزير ...", "spokesperson for ...").
"""

from __future__ import annotations

import re

from tracker.normalize import fold

# Letter tables read best as compact grids.
# fmt: off
# --- romanisation key: Arabic letters -> consonant classes ------------------------------
# Long vowels, alef forms, hamza carriers, ayn and ta marbuta carry no consonant the
# Latin spelling reliably shows, so they map to "" (dropped). Emphatics fold onto their
# plain partners (ص->s, ط->t, ض->d, ظ->z) and the velar/uvular pair ق/ك onto k because
# Latin spellings do exactly that (Qasra / Kasra); خ and ح and ه all become h because
# "Zakharova" and "Zaharova" both occur.
ARABIC_CLASSES: dict[str, str] = {
    "ا": "", "أ": "", "إ": "", "آ": "", "ٱ": "", "ء": "", "ئ": "", "ؤ": "", "ى": "",
    "ع": "", "ة": "", "و": "", "ي": "", "ی": "",
    "ب": "b", "پ": "b",
    "ت": "t", "ث": "t", "ط": "t",
    "ج": "j",
    "ح": "h", "خ": "h", "ه": "h", "ھ": "h",
    "د": "d", "ذ": "d", "ض": "d",
    "ر": "r",
    "ز": "z", "ظ": "z",
    "س": "s", "ص": "s",
    "ش": "x", "چ": "x",
    "غ": "g", "گ": "g",
    "ف": "f", "ڤ": "f",
    "ق": "k", "ك": "k", "ک": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
# Word-initial و and ي are consonants (Walid, Yasser) and Latin writes them as w/y.
ARABIC_INITIAL_GLIDES: dict[str, str] = {"و": "w", "ي": "y"}
# Arabic spells the foreign "ch" of Chirac as تش and the "ts"/"z" of Scholz or Katz as تس.
ARABIC_DIGRAPHS: tuple[tuple[str, str], ...] = (("تش", "x"), ("تس", "z"))
ARABIC_LETTERS_RE = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
# The definite article at the start of a word (الشرع, الأسد), and the family word آل.
ARABIC_ARTICLE_RE = re.compile("^(?:ال|آل)(?=..)")
ARABIC_STANDALONE_ARTICLES = frozenset({"ال", "آل", "ال-"})

# --- Latin letters -> the same classes --------------------------------------------------
# Letters a plain NFKD decomposition would get wrong for this purpose: Turkish ş/ç are
# Arabic ش/تش, not s/c.
LATIN_PRE_FOLD: dict[str, str] = {
    "ş": "sh", "ș": "sh", "ç": "ch", "ğ": "g", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe",
    "ß": "ss", "đ": "d", "ł": "l", "ḥ": "h", "ṣ": "s", "ṭ": "t", "ḍ": "d", "ẓ": "z",
    "ʿ": "", "ʾ": "", "‘": "", "’": "", "'": "", "`": "", "´": "",
}
# Ordered longest first; applied left to right by LATIN_DIGRAPH_RE.
LATIN_DIGRAPHS: dict[str, str] = {
    "shch": "x", "tch": "x", "sch": "x", "sh": "x", "ch": "x", "kh": "h", "gh": "g",
    "th": "t", "dh": "d", "ph": "f", "dj": "j", "zh": "j", "ts": "z", "tz": "z", "ck": "k", "qu": "k",
    "ce": "s", "ci": "s", "x": "ks",
}
LATIN_DIGRAPH_RE = re.compile("|".join(sorted(LATIN_DIGRAPHS, key=len, reverse=True)))
LATIN_CLASSES: dict[str, str] = {
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "",
    "b": "b", "p": "b", "t": "t", "j": "j", "h": "h", "d": "d", "r": "r", "z": "z",
    "s": "s", "x": "x", "g": "g", "f": "f", "v": "f", "k": "k", "q": "k", "c": "k",
    "l": "l", "m": "m", "n": "n",
}
LATIN_INITIAL_GLIDES: dict[str, str] = {"w": "w", "y": "y"}
# Article prefixes glued by a hyphen: al-Sharaa, el-Sisi, ash-Sharaa, ad-Din, an-Nahyan.
LATIN_ARTICLE_RE = re.compile(r"\b(?:al|el|ul|il|a[dnrstz]|ash|ath|adh|es|ed|en|er|et|ez)-(?=\w)")
LATIN_STANDALONE_ARTICLES = frozenset({"al", "el", "the"})
# "Abdel Aziz", "Abdul-Rahman", "Abdullah", "Abdur Rahman": the article inside "Abd al-"
# is part of the next word in Arabic (عبد العزيز), so it is cut off the same way here.
LATIN_ABD_RE = re.compile(r"\babd[\s-]?(?:[aeuio][lrsdtzn])[\s-]?(?=\w)")

# Both scripts write a final long i (the nisba ending): الشامي / Shami, زيلينسكي / Zelensky.
FINAL_I_MARK = "y"
LATIN_FINAL_I = frozenset("iy")
# The coarse key merges the classes Persian, Turkish and European names blur in Arabic
# script (gh/q -> ق, ch/c -> ج, s -> ز in Joseph / جوزاف): g, k, j, x as one, s and z as
# one; and ن before ب is spoken m (Jumblatt / جنبلاط).
COARSE_CLASSES = str.maketrans({"g": "k", "j": "k", "x": "k", "z": "s"})
COARSE_DIGRAPHS: tuple[tuple[str, str], ...] = (("nb", "mb"),)

# --- Cyrillic -> Latin (then keyed as Latin) --------------------------------------------
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}

# --- vowel shape --------------------------------------------------------------------------
# Arabic writes long vowels; a Latin spelling of the same name has a matching vowel at
# that place. Latin e stands for Arabic a or i, so it expands to both ("AI") and the
# longest-common-subsequence comparison may use either.
ARABIC_VOWEL_SHAPE: dict[str, str] = {"ا": "A", "آ": "A", "ى": "A", "و": "U", "ي": "I"}
LATIN_VOWEL_SHAPE: dict[str, str] = {"a": "A", "e": "AI", "i": "I", "y": "I", "o": "U", "u": "U", "w": "U"}

def _folded(words: set[str]) -> frozenset[str]:
    # Lists are written as people spell them; matching compares folded forms (رئيس -> رييس).
    return frozenset(fold(word) for word in words)


# --- honorifics and name particles ------------------------------------------------------
# Dropped before names are compared, never from stored names.
HONORIFICS = _folded(
    {
        "الشيخ", "شيخ", "الدكتور", "دكتور", "د", "السيد", "السيده", "سيد", "المهندس", "الاستاذ",
        "العميد", "اللواء", "العقيد", "الفريق", "المشير", "الحاج", "الامير", "سماحه", "فخامه",
        "dr", "mr", "mrs", "ms", "sheikh", "shaikh", "sir", "prof", "gen", "general", "col",
        "lt", "sayyed", "sayyid", "hajj", "prince", "emir", "king", "queen",
    }
)
# Tokens that never stand alone as a surname: "أبو" needs its next word, "بن" too.
NAME_PARTICLES = _folded(
    {"ابو", "ابن", "بن", "بنت", "عبد", "ال", "abu", "abou", "abo", "bin", "ibn", "ben", "bint",
     "abd", "abdel", "abdul", "al", "el", "van", "von", "de", "der", "di", "da", "la", "le", "du"}
)

# The last word of compound names ("نصر الله", "عبد الله"), folded.
GOD_NAMES = frozenset({"الله", "اللة", "allah"})

# --- role phrases -----------------------------------------------------------------------
# The first word (folded, article removed) of a phrase that names an office, not a person.
ROLE_HEADS = _folded(
    {
        "متحدث", "متحدثه", "ناطق", "ناطقه", "وزير", "وزيره", "رئيس", "رئيسه", "نائب", "سفير",
        "سفيره", "مدير", "مديره", "قائد", "مسؤول", "مسؤوله", "مسوول", "ممثل", "ممثله", "مبعوث",
        "امين", "زعيم", "مستشار", "مستشاره", "محافظ", "حاكم", "مندوب", "مندوبه",
        "مفوض", "مفوضه", "منسق", "عضو", "قاضي", "نقيب", "مساعد", "وكيل",
        "spokesperson", "spokesman", "spokeswoman", "minister", "president", "prime", "foreign",
        "defence", "defense", "interior", "deputy", "ambassador", "envoy", "director", "head",
        "chief", "commander", "leader", "secretary", "chairman", "chair", "governor",
        "representative", "adviser", "advisor", "official", "mayor", "speaker",
    }
)
# "المتحدثة باسم الخارجية الروسية" -> organisation "الخارجية الروسية".
ROLE_ORG_RE = re.compile(
    r"(?:باسم|في|لدى|ل|of|for|at)\s+(?P<org>.+)$|^(?:وزير|وزيرة)\s+(?P<ministry>.+)$", re.IGNORECASE
)

# fmt: on
