"""Word lists and compiled patterns of the date grammar, built once at import.

Every Arabic pattern is written against the *matching form* of a text (see
:mod:`tracker.dates.textmap`): hamza/alef forms folded to ``ا``, ``ى`` to ``ي``, ``ة`` to ``ه``,
Arabic-Indic digits to ASCII, marks and invisibles removed. Only 1:1 substitutions and
deletions are used, so every match maps back to an exact span of the original text.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------- months

#: Folded Arabic month names -> month number. Levantine, Egyptian/Gulf and Maghreb forms.
AR_MONTHS: dict[str, int] = {
    "كانون الثاني": 1, "كانون ثاني": 1, "يناير": 1, "جانفي": 1,
    "شباط": 2, "فبراير": 2, "فيبراير": 2, "فيفري": 2,
    "اذار": 3, "مارس": 3,
    "نيسان": 4, "ابريل": 4, "افريل": 4,
    "ايار": 5, "مايو": 5, "ماي": 5,
    "حزيران": 6, "يونيو": 6, "يونيه": 6, "جوان": 6,
    "تموز": 7, "يوليو": 7, "يوليه": 7, "جويليه": 7, "جويلييه": 7,
    "اب": 8, "اغسطس": 8, "اغسطوس": 8, "اوت": 8,
    "ايلول": 9, "سبتمبر": 9, "شتنبر": 9,
    "تشرين الاول": 10, "تشرين اول": 10, "اكتوبر": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "نوفمبر": 11, "نونبر": 11,
    "كانون الاول": 12, "كانون اول": 12, "ديسمبر": 12, "دجنبر": 12,
}
#: Names that are also ordinary words or given names ("ماي", "جوان", "اوت", "اب" = father):
#: accepted next to a day number or a year, never after a bare preposition ("آب" with its
#: madda is the one exception, checked on the original text).
AR_AMBIGUOUS_MONTHS = frozenset({"ماي", "جوان", "اوت", "اب"})

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2,
    "ربيع الاول": 3, "ربيع اول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4, "ربيع ثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6, "جمادي الاخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}

EN_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# ---------------------------------------------------------------------------- days

#: Folded Arabic weekday names -> ``date.weekday()`` (Monday = 0).
AR_WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
EN_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

_AR_UNITS_M = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_AR_UNITS_F = ["الحاديه", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه"]


def _ordinals() -> dict[str, int]:
    """Folded ordinal day words, masculine and feminine, 1 to 31."""
    table: dict[str, int] = {"الاول": 1, "الاولي": 1, "العاشر": 10, "العاشره": 10}
    for n, (m, f) in enumerate(zip(_AR_UNITS_M, _AR_UNITS_F, strict=True), start=1):
        if n > 1:
            table[m] = n
            table[f] = n
        for ten in ("عشر", "عشره"):
            table[f"{m} {ten}"] = 10 + n
            table[f"{f} {ten}"] = 10 + n
    for tens, base in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
        table[tens] = base
    for n, (m, f) in enumerate(zip(_AR_UNITS_M, _AR_UNITS_F, strict=True), start=1):
        for tens, base in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
            if base + n > 31:
                continue
            for unit in (m, f, "الواحد" if n == 1 else m):
                table[f"{unit} و{tens}"] = base + n
                table[f"{unit} و {tens}"] = base + n
    return table


AR_ORDINALS: dict[str, int] = _ordinals()

AR_NUMBER_WORDS: dict[str, int] = {
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
EN_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}


def _alt(words: object) -> str:
    """A regex for any of the literal words, built as a trie.

    ``re`` tries the branches of a flat alternation one by one at every position; a trie
    rejects a position on its first character, which makes the long month and ordinal lists
    cheap. A space inside a word matches any run of spaces.
    """
    trie: dict[str, dict] = {}
    for word in {str(w) for w in words}:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child) for ch, child in node.items() if ch
    ]
    if not branches:
        return ""
    # Longer continuations first, so "كانون الثاني" is preferred to a shorter stop.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches, key=len, reverse=True)) + ")"
    return f"(?:{body})?" if ends else body


# ---------------------------------------------------------------------------- Arabic patterns

AR_MONTH = _alt(AR_MONTHS)
AR_HMONTH = _alt(HIJRI_MONTHS)
AR_WEEKDAY = _alt(AR_WEEKDAYS)
AR_ORDINAL = _alt(AR_ORDINALS)

# A word edge in the matching form: Arabic letters and digits are both ``\w``.
_B = r"(?<!\w)"
_E = r"(?!\w)"
_CLITIC = r"(?:[وف])?"  # "و"/"ف" glued to the next word ("والجمعه", "فامس")
_DAY_NUM = r"(?:ال\s?)?(?<![0-9/.:])[0-9]{1,2}(?![0-9/:]|\.[0-9])"
_DAY = rf"(?:{_DAY_NUM}|{_B}(?:{AR_ORDINAL}){_E})"
_MONTH_TAIL = r"(?:\s+(?P<mod>الحالي|الجاري|الماضي|المنصرم|الفائت|المقبل|القادم)" + _E + ")"
_ALT_MONTH = rf"(?:\s*[/\\\-–]\s*(?:{AR_MONTH}){_E}|\s*[(\[]\s*(?:{AR_MONTH})\s*[)\]])"
_YEAR_TAIL = (
    r"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:ال)?عام|(?:ال)?سنه|لعام|لسنه)?\s*"
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])(?P<hsuffix>\s*ه(?!\w))?(?:\s*م(?!\w)|\s*ميلادي(?:ه)?)?)"
)

#: "6 شباط 2025", "السادس من شباط", "12 من شباط الحالي", "14 فبراير (شباط) 2025".
AR_DAY_MONTH_RE = re.compile(
    rf"(?P<day>{_DAY})\s*(?:من\s+)?(?:(?:ال)?شهر\s+)?"
    rf"{_B}(?P<month>{AR_MONTH}){_E}(?P<alt>{_ALT_MONTH})?(?:{_YEAR_TAIL}|{_MONTH_TAIL})?"
)
#: "شباط 2025", "شهر شباط الماضي", "في شباط", "مطلع آذار".
_AR_PREP = (
    r"(?:في|خلال|منذ|مطلع|اوائل|اواخر|اواسط|منتصف|بدايه|نهايه|اول|اخر|حتي|قبل|بعد|طيله|طوال|"
    r"لشهر|بشهر|شهر|الشهر)"
)
AR_MONTH_YEAR_RE = re.compile(
    rf"{_B}(?P<month>{AR_MONTH}){_E}(?P<alt>{_ALT_MONTH})?{_YEAR_TAIL}"
)
AR_MONTH_ONLY_RE = re.compile(
    rf"(?:{_B}{_CLITIC}(?P<prep>{_AR_PREP})\s+)?(?P<body>(?:(?:ال)?شهر\s+)?{_B}(?P<month>{AR_MONTH}){_E}"
    rf"(?P<alt>{_ALT_MONTH})?{_MONTH_TAIL}?)"
)
#: "عام 2024", "العام 2024", "سنه 2019".
AR_YEAR_RE = re.compile(
    rf"{_B}{_CLITIC}(?:[لب])?(?:ال)?(?:عام|سنه)\s+(?P<year>(?:19|20)[0-9]{{2}})(?![0-9])(?!\s*ه(?!\w))"
)
#: Hijri: "15 رمضان 1446 هـ", "رمضان 1446", "1446هـ".
AR_HIJRI_RE = re.compile(
    rf"(?:(?P<day>{_DAY})\s*(?:من\s+)?(?:شهر\s+)?)?{_B}(?P<month>{AR_HMONTH}){_E}"
    r"(?:\s*[،,]?\s*(?:من\s+)?(?:عام|سنه)?\s*(?P<year>1[34][0-9]{2})(?![0-9])(?P<h>\s*ه(?:جريه?)?(?!\w))?)?"
)
AR_HIJRI_YEAR_RE = re.compile(r"(?<![0-9/])(?P<year>1[34][0-9]{2})\s*ه(?:جريه?|ـ)?(?!\w)")

_AR_TIME_OF_DAY = r"(?:يوم|صباح|مساء|ليله|ليل|ظهر|عصر|فجر|نهار|ظهيره)"
AR_WEEKDAY_RE = re.compile(
    rf"{_B}{_CLITIC}(?P<tod>{_AR_TIME_OF_DAY}\s+)?(?P<wd>{AR_WEEKDAY}){_E}"
    rf"(?P<mod>\s+(?:الماضي|المنصرم|الفائت|المقبل|القادم|القادمه|المقبله|الماضيه){_E})?"
)
AR_WEEKDAY_BLOCK_BEFORE_RE = re.compile(r"(?:كلا|بين|هذين|هذان|ذينك|الى|من)\s*$")
AR_WEEKDAY_BLOCK_AFTER_RE = re.compile(r"\s*(?:معا|منهما|منهم|عشر)(?!\w)")

#: Relative day words; each alternative is named by the offset it stands for.
AR_RELATIVE_RE = re.compile(
    rf"{_B}{_CLITIC}(?:"
    rf"(?P<d2>(?:{_AR_TIME_OF_DAY}\s+)?(?:امس\s+الاول|اول\s+(?:من\s+)?امس){_E})"
    rf"|(?P<d1>(?:{_AR_TIME_OF_DAY}\s+)?(?:بال|ال)?امس{_E}|الليله\s+الماضيه{_E}|(?:قبل|منذ)\s+يوم{_E}(?!\s+و))"
    rf"|(?P<d0>(?:{_AR_TIME_OF_DAY}\s+)?اليوم{_E}(?!\s+(?:التالي|السابق|الذي|نفسه|ذاته|العالمي|الوطني|الدولي|"
    rf"الاخير|الاول|الثاني|الثالث|السابع|ال[0-9]|[0-9]))|الليله{_E}(?!\s+(?:التي|الماضيه|نفسها|ذاتها)))"
    rf"|(?P<agod>(?:قبل|منذ)\s+(?P<agon>يومين|[0-9]{{1,2}}\s+(?:ايام|يوما)|(?:{_alt(AR_NUMBER_WORDS)})\s+ايام){_E})"
    rf"|(?P<week>(?:ال)?اسبوع\s+(?:الماضي|المنصرم|الفائت){_E}|(?:قبل|منذ)\s+اسبوع{_E})"
    rf"|(?P<weeknow>(?:هذا\s+)?الاسبوع(?:\s+(?:الحالي|الجاري))?{_E}(?!\s+(?:المقبل|القادم|الماضي|المنصرم)))"
    rf"|(?P<month1>(?:ال)?شهر\s+(?:الماضي|المنصرم|الفائت){_E}|(?:قبل|منذ)\s+شهر{_E})"
    rf"|(?P<month0>(?:هذا\s+الشهر|الشهر\s+(?:الحالي|الجاري)){_E})"
    rf"|(?P<year1>(?:ال)?(?:عام|سنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته){_E}|(?:قبل|منذ)\s+(?:عام|سنه){_E})"
    rf"|(?P<year0>(?:هذا\s+العام|هذه\s+السنه|العام\s+(?:الحالي|الجاري)|السنه\s+(?:الحاليه|الجاريه)){_E})"
    r")"
)

# ---------------------------------------------------------------------------- numeric dates

NUMERIC_YMD_RE = re.compile(
    r"(?<![0-9./\-])(?P<y>(?:19|20)[0-9]{2})(?P<s>[/\-.])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9]|[/\-.][0-9])"
)
NUMERIC_DMY_RE = re.compile(
    r"(?<![0-9./\-])(?P<a>[0-9]{1,2})(?P<s>[/\-.])(?P<b>[0-9]{1,2})(?P=s)(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[/\-.][0-9])"
)

# ---------------------------------------------------------------------------- English patterns

_EN_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_EN_MONTH = (
    rf"(?:(?:{_EN_MONTH_FULL}|{_EN_MONTH_FULL.upper()})\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
_EN_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
_EN_YEAR = r"(?:,?\s+(?P<year>(?:19|20)[0-9]{2})(?![0-9]))"

EN_MDY_RE = re.compile(rf"\b(?P<month>{_EN_MONTH})\s+{_EN_DAY}(?!\s*(?:%|per|million|billion)){_EN_YEAR}?")
EN_DMY_RE = re.compile(rf"(?<![0-9]){_EN_DAY}\s+(?:of\s+)?(?P<month>{_EN_MONTH}){_EN_YEAR}?")
EN_MONTH_YEAR_RE = re.compile(rf"\b(?P<month>{_EN_MONTH}){_EN_YEAR}")
EN_MONTH_ONLY_RE = re.compile(
    rf"\b(?P<prep>(?i:in|since|during|until|through|throughout|early|late|mid-|last|this|(?:earlier|later)\s+in))"
    rf"\s*(?P<month>{_EN_MONTH_FULL})\b"
)
EN_YEAR_RE = re.compile(r"\b(?i:in|since|during|of|by|year|until)\s+(?P<year>(?:19|20)[0-9]{2})(?![0-9])(?!\s*%)")
EN_WEEKDAY_RE = re.compile(
    r"\b(?:(?P<mod>(?i:last|this|next|past|coming))\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
    r"(?:'s)?(?:\s+(?i:morning|afternoon|evening|night))?\b"
)
EN_RELATIVE_RE = re.compile(
    r"(?i:\b(?:"
    r"(?P<d2>the\s+day\s+before\s+yesterday)"
    r"|(?P<d1>yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)"
    r"|(?P<d0>today|tonight|this\s+(?:morning|afternoon|evening))"
    rf"|(?P<agod>(?P<agon>[0-9]{{1,2}}|{_alt(EN_NUMBER_WORDS)})\s+days?\s+ago)"
    r"|(?P<week>last\s+week|(?:a|one)\s+week\s+ago|the\s+past\s+week)"
    r"|(?P<weeknow>this\s+week|earlier\s+this\s+week)"
    r"|(?P<month1>last\s+month|(?:a|one)\s+month\s+ago)"
    r"|(?P<month0>(?:earlier\s+)?this\s+month)"
    r"|(?P<year1>last\s+year|(?:a|one)\s+year\s+ago)"
    r"|(?P<year0>(?:earlier\s+)?this\s+year)"
    r")\b)"
)

# ---------------------------------------------------------------------------- prefilters

#: Folded words of which at least one (bar clitics) is in every digit-free Arabic date.
_AR_TRIGGERS = (
    {name.split()[0] for name in AR_MONTHS}
    | {"رمضان", "شوال", "شعبان", "محرم", "ربيع", "جمادي", "القعده", "الحجه"}
    | set(AR_WEEKDAYS)
    | {"امس", "الامس", "بالامس", "اليوم", "الليله", "اسبوع", "الاسبوع", "شهر", "الشهر", "عام", "العام",
       "سنه", "السنه", "يوم", "يومين", "ايام", "يوما"}
)
_SEATS = {"ا": "اأإآ", "ي": "يى", "ه": "هة"}


def _spellings(word: str) -> set[str]:
    """Every hamza/alef, alef maqsura and ta marbuta spelling of a folded word."""
    out = {""}
    for i, ch in enumerate(word):
        choices = _SEATS.get(ch, ch)
        if ch in "يه" and i != len(word) - 1:
            choices = ch  # only a final ya/ha can be a maqsura or a marbuta
        out = {prefix + c for prefix in out for c in choices}
    return out


#: The triggers as they may be written, so the gate needs no folding of the text.
AR_TRIGGER_SPELLINGS: frozenset[str] = frozenset(s for w in _AR_TRIGGERS for s in _spellings(w))
EN_TRIGGERS: frozenset[str] = frozenset(
    {*EN_MONTHS, *EN_WEEKDAYS, "today", "tonight", "yesterday", "week", "month", "year", "ago",
     "morning", "afternoon", "evening"}
)
#: Anchors per rule family, in folded form. A rule runs only in windows around the places
#: its anchor pattern matches, so its long patterns never scan a whole paragraph. ``None``
#: in a rule table means "the whole text, if it has a digit".
AR_MONTH_ANCHORS = re.compile(
    _alt({name.split()[0] for name in AR_MONTHS if name != "اب"}) + r"|(?<!\w)اب(?!\w)"
)
AR_HIJRI_ANCHORS = re.compile(
    _alt(("رمضان", "شوال", "شعبان", "محرم", "ربيع", "جمادي", "القعده", "الحجه", "صفر", "رجب"))
)
AR_WEEKDAY_ANCHORS = re.compile(_alt(AR_WEEKDAYS))
AR_RELATIVE_ANCHORS = re.compile(_alt(("امس", "يوم", "الليله", "اسبوع", "شهر", "عام", "سنه", "ايام")))
AR_YEAR_ANCHORS = re.compile(_alt(("عام", "سنه")))
EN_MONTH_ANCHORS = re.compile(
    "(?i:" + _alt(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")) + ")"
)
EN_WEEKDAY_ANCHORS = re.compile("(?i:" + _alt(EN_WEEKDAYS) + ")")
EN_RELATIVE_ANCHORS = re.compile(
    "(?i:" + _alt(("today", "tonight", "yesterday", "week", "month", "year", "ago", "morning",
                   "afternoon", "evening", "night")) + ")"
)
#: How far before and after an anchor a match may reach (a day in words before a month,
#: a year and a double form after it).
WINDOW_BEFORE = 70
WINDOW_AFTER = 60
DIGIT_RE = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")
#: Stripped from both ends of a word before the lookup.
PUNCTUATION = "\"'.,;:!?()[]{}<>«»“”‘’،؛؟…-–—/\\|*"


# ---------------------------------------------------------------------------- publication dates

TIME_RE = re.compile(
    r"(?<![0-9])(?P<h>[0-9]{1,2})\s*:\s*(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9])"
    r"(?:\s*(?P<ampm>(?i:a\.?m\.?|p\.?m\.?)(?!\w)|صباحا|مساء|ص(?!\w)|م(?!\w)|ظهرا|ليلا|عصرا|فجرا))?"
)
TZ_OFFSET_RE = re.compile(
    r"(?:(?i:gmt|utc)\s*|(?<=[0-9]))(?P<sign>[+\-−])(?P<hh>[0-9]{1,2})(?::?(?P<mm>[0-9]{2}))?(?![0-9])"
)
