"""Word lists and compiled patterns of the date grammar, built once at import.

Every Arabic pattern is written against the *matching form* of a text (see
:mod:`tracker.dates.textmap`): hamza/alef forms folded to ``ا``, ``ى`` to ``ي``, ``ة`` to ``ه``,
Arabic-Indic digits to ASCII, marks and invisibles removed. Only 1:1 substitutions and
deletions are used, so every match maps back to an exact span of the original text.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.dates.build import table as _table
from tracker.dates.build import trie_regex as _alt
from tracker.dates.build import words as _words

# ---------------------------------------------------------------------------- months

#: Folded Arabic month names -> month number. Levantine, Egyptian/Gulf and Maghreb forms.
AR_MONTHS: dict[str, int] = _table(
    """
1 كانون الثاني | كانون ثاني | يناير | جانفي
2 شباط | فبراير | فيبراير | فيفري
3 اذار | مارس
4 نيسان | ابريل | افريل
5 ايار | مايو | ماي
6 حزيران | يونيو | يونيه | جوان
7 تموز | يوليو | يوليه | جويليه | جويلييه
8 اب | اغسطس | اغسطوس | اوت
9 ايلول | سبتمبر | شتنبر
10 تشرين الاول | تشرين اول | اكتوبر
11 تشرين الثاني | تشرين ثاني | نوفمبر | نونبر
12 كانون الاول | كانون اول | ديسمبر | دجنبر
"""
)
#: Names that are also ordinary words or given names ("ماي", "جوان", "اوت", "اب" = father):
#: accepted next to a day number or a year, never after a bare preposition ("آب" with its
#: madda is the one exception, checked on the original text).
AR_AMBIGUOUS_MONTHS = frozenset({"ماي", "جوان", "اوت", "اب"})

HIJRI_MONTHS: dict[str, int] = _table(
    """
1 محرم
2 صفر
3 ربيع الاول | ربيع اول
4 ربيع الثاني | ربيع الاخر | ربيع ثاني
5 جمادي الاولي | جمادي الاول
6 جمادي الثانيه | جمادي الاخره | جمادي الاخر
7 رجب
8 شعبان
9 رمضان
10 شوال
11 ذو القعده | ذي القعده
12 ذو الحجه | ذي الحجه
"""
)

EN_MONTHS: dict[str, int] = _table(
    """
1 january | jan
2 february | feb
3 march | mar
4 april | apr
5 may
6 june | jun
7 july | jul
8 august | aug
9 september | sept | sep
10 october | oct
11 november | nov
12 december | dec
"""
)

# ---------------------------------------------------------------------------- days

#: Folded Arabic weekday names -> ``date.weekday()`` (Monday = 0).
AR_WEEKDAYS: dict[str, int] = _table(
    """
0 الاثنين | الاتنين
1 الثلاثاء | الثلاثا
2 الاربعاء | الاربعا
3 الخميس
4 الجمعه
5 السبت
6 الاحد
"""
)
EN_WEEKDAYS: dict[str, int] = _table(
    """
0 monday
1 tuesday
2 wednesday
3 thursday
4 friday
5 saturday
6 sunday
"""
)

_AR_UNITS_M = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_AR_UNITS_F = [unit + "ه" for unit in _AR_UNITS_M]


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

AR_NUMBER_WORDS: dict[str, int] = _table(
    """
3 ثلاث | ثلاثه
4 اربع | اربعه
5 خمس | خمسه
6 ست | سته
7 سبع | سبعه
8 ثماني | ثمانيه
9 تسع | تسعه
10 عشر | عشره
"""
)
EN_NUMBER_WORDS: dict[str, int] = _table(
    """
1 a | one
2 two
3 three
4 four
5 five
6 six
7 seven
8 eight
9 nine
10 ten
"""
)


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
    r"(?:في|خلال|منذ|مطلع|اوايل|اواخر|اواسط|منتصف|بدايه|نهايه|اول|اخر|حتي|قبل|بعد|طيله|طوال|"
    r"لشهر|بشهر|شهر|الشهر)"
)
AR_MONTH_YEAR_RE = re.compile(rf"{_B}(?P<month>{AR_MONTH}){_E}(?P<alt>{_ALT_MONTH})?{_YEAR_TAIL}")
AR_MONTH_ONLY_RE = re.compile(
    rf"(?:{_B}{_CLITIC}(?P<prep>{_AR_PREP})\s+)?(?P<body>(?:(?:ال)?شهر\s+)?{_B}(?P<month>{AR_MONTH}){_E}"
    rf"(?P<alt>{_ALT_MONTH})?{_MONTH_TAIL}?)"
)
#: "الـ14 من الشهر الجاري", "في 3 من الشهر الماضي": a day of the reference's (or the previous) month.
AR_DAY_OF_MONTH_RE = re.compile(
    rf"(?P<day>{_DAY})\s*(?:من\s+)?(?:هذا\s+)?الشهر(?:\s+(?P<mod>الحالي|الجاري|الماضي|المنصرم|الفائت|المقبل|القادم))?{_E}"
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
AR_WEEKDAY_BLOCK_BEFORE_RE = re.compile(r"(?:كلا|بين|هذين|هذان|ذينك|اي\s+من)\s*$")
AR_WEEKDAY_BLOCK_AFTER_RE = re.compile(r"\s*(?:معا|منهما|منهم|عشر)(?!\w)")

# "في اليوم الـ314 من معركة طوفان الأقصى", "اليوم الـ300 للعدوان": the day count of the war
# that began on 7 October 2023, as Arabic outlets number its days.
AR_WAR_DAY_RE = re.compile(
    r"اليوم\s+(?:ال)?ـ?\s*(?P<n>[0-9]{1,4})\s+(?:من\s+(?:بدء\s+|بدايه\s+)?(?:ال)?|لل|ل)[\"«“]?"
    r"(?:معركه|ملحمه|عمليه|حرب|عدوان|طوفان)"
)
WAR_START = date(2023, 10, 7)
# "مطلع العام" = early this year: a part of the current period, never a day.
AR_PART = r"(?:مطلع|بدايه|اوايل|منتصف|اواسط)"
#: Relative day words; each alternative is named by the offset it stands for.
AR_RELATIVE_RE = re.compile(
    rf"{_B}{_CLITIC}(?:"
    rf"(?P<d2>(?:{_AR_TIME_OF_DAY}\s+)?(?:امس\s+الاول|اول\s+(?:من\s+)?امس){_E})"
    rf"|(?P<d1>(?:{_AR_TIME_OF_DAY}\s+)?(?:بال|ال)?امس{_E}|الليله\s+الماضيه{_E}|(?:قبل|منذ)\s+يوم{_E}(?!\s+و))"
    rf"|(?P<d0>(?:{_AR_TIME_OF_DAY}\s+)?اليوم{_E}(?!\s+(?:التالي|السابق|الذي|نفسه|ذاته|العالمي|الوطني|الدولي|"
    rf"الاخير|الاول|الثاني|الثالث|السابع|ال[0-9]|[0-9]))|الليله{_E}(?!\s+(?:التي|الماضيه|نفسها|ذاتها)))"
    rf"|(?P<agod>(?:قبل|منذ)\s+(?P<agon>يومين|[0-9]{{1,2}}\s+(?:ايام|يوما)|(?:{_alt(AR_NUMBER_WORDS)})\s+ايام){_E})"
    rf"|(?P<week>(?:ال)?اسبوع\s+(?:الماضي|المنصرم|الفائت){_E}|(?:قبل|منذ)\s+اسبوع{_E})"
    rf"|(?P<weeknow>(?:هذا\s+الاسبوع|الاسبوع\s+(?:الحالي|الجاري)){_E})"
    rf"|(?P<month1>(?:ال)?شهر\s+(?:الماضي|المنصرم|الفائت){_E}|(?:قبل|منذ)\s+شهر{_E})"
    rf"|(?P<month0>(?:هذا\s+الشهر|(?:{AR_PART}\s+)?الشهر\s+(?:الحالي|الجاري)|{AR_PART}\s+الشهر){_E}(?!\s+(?:المقبل|القادم|الماضي)))"
    rf"|(?P<year1>(?:ال)?(?:عام|سنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته){_E}|(?:قبل|منذ)\s+(?:عام|سنه){_E})"
    rf"|(?P<year0>(?:هذا\s+العام|هذه\s+السنه|(?:{AR_PART}\s+)?العام\s+(?:الحالي|الجاري)|السنه\s+(?:الحاليه|الجاريه)"
    rf"|{AR_PART}\s+(?:العام|السنه)){_E}(?!\s+(?:المقبل|القادم|الماضي|المنصرم|الدراسي|[0-9])))"
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

_EN_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
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
EN_YEAR_RE = re.compile(
    r"\b(?i:in|since|during|of|by|year|until)\s+(?P<year>(?:19|20)[0-9]{2})(?![0-9])(?!\s*%)"
)
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

#: Rule families. A family's rules run only when the text has one of its trigger words
#: (or, for "digit", a digit) and only in windows around its anchors.
MONTH, HIJRI, WEEKDAY, RELATIVE, YEAR = "month", "hijri", "weekday", "relative", "year"
#: Families any digit switches on: written numeric dates, Hijri years, English years.
DIGIT, NUMERIC, HIJRI_YEAR = "digit", "numeric", "hijri_year"
DIGIT_FAMILIES = frozenset({DIGIT, NUMERIC, HIJRI_YEAR})

_AR_FAMILY_WORDS: dict[str, set[str]] = {
    MONTH: {name.split()[0] for name in AR_MONTHS},
    HIJRI: {"رمضان", "شوال", "شعبان", "محرم", "ربيع", "جمادي", "القعده", "الحجه"},
    WEEKDAY: set(AR_WEEKDAYS),
    RELATIVE: set(
        _words("امس الامس اليوم الليله اسبوع الاسبوع شهر الشهر عام العام سنه السنه يوم يومين ايام يوما")
    ),
    YEAR: {"عام", "العام", "سنه", "السنه"},
}
_EN_RELATIVE_WORDS = _words("today tonight yesterday week month year ago morning afternoon evening night")
_SEATS = {"ا": "اأإآ", "ي": "يى", "ه": "هة"}
# Glued clitics a trigger may carry: "والجمعة", "بالأمس", "ولشهر".
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _spellings(word: str) -> set[str]:
    """Every hamza/alef, alef maqsura and ta marbuta spelling of a folded word."""
    out = {""}
    for i, ch in enumerate(word):
        choices = _SEATS.get(ch, ch)
        if ch in "يه" and i != len(word) - 1:
            choices = ch  # only a final ya/ha can be a maqsura or a marbuta
        out = {prefix + c for prefix in out for c in choices}
    return out


def _family_table(groups: dict[str, set[str]], spell: bool) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for family, words in groups.items():
        for word in words:
            for spelling in _spellings(word) if spell else {word}:
                # "باب" (door) is no "آب": short words take no clitics.
                for clitic in _CLITICS if spell and len(word) > 2 else ("",):
                    table.setdefault(clitic + spelling, set()).add(family)
    return {word: frozenset(families) for word, families in table.items()}


#: Written spellings (not folded: the gate must not pay for folding) -> families.
AR_TRIGGERS: dict[str, frozenset[str]] = _family_table(_AR_FAMILY_WORDS, spell=True)
EN_TRIGGERS: dict[str, frozenset[str]] = _family_table(
    {
        MONTH: set(EN_MONTHS),
        WEEKDAY: set(EN_WEEKDAYS),
        RELATIVE: set(_EN_RELATIVE_WORDS),
    },
    spell=False,
)
#: The same keys as sets: ``set & frozenset`` walks the smaller side, ``set & dict`` copies the dict.
AR_TRIGGER_WORDS: frozenset[str] = frozenset(AR_TRIGGERS)
#: Splits a space-separated token glued to punctuation or digits into its words.
NON_LETTERS_RE = re.compile(r"[\W\d_]+")
DIGIT_RE = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")

#: The words that anchor the Arabic word families with few of them, in folded form (the dozens
#: of month names cost more as separate finds than as one pattern).
AR_ANCHOR_WORDS: dict[str, tuple[str, ...]] = {
    HIJRI: ("رمضان", "شوال", "شعبان", "محرم", "ربيع", "جمادي", "القعده", "الحجه", "صفر", "رجب"),
    RELATIVE: ("امس", "يوم", "الليله", "اسبوع", "شهر", "عام", "سنه", "ايام"),
    YEAR: ("عام", "سنه"),
}
#: Anchors per family, in folded form: a rule scans only windows around its anchors, so its
#: long patterns never walk a whole paragraph. Digit rules scan the whole text.
AR_ANCHORS: dict[str, re.Pattern[str]] = {
    # "اب" joins the trie's top-level branches, each opening on a letter, so that ``re`` can skip
    # to the next possible first letter; its look-behind therefore comes after the alef.
    MONTH: re.compile(
        _alt({name.split()[0] for name in AR_MONTHS if name != "اب"})[:-1] + r"|ا(?<!\wا)ب(?!\w))"
    ),
    HIJRI: re.compile(_alt(AR_ANCHOR_WORDS[HIJRI])),
    WEEKDAY: re.compile(_alt(AR_WEEKDAYS)),
    RELATIVE: re.compile(_alt(AR_ANCHOR_WORDS[RELATIVE])),
    YEAR: re.compile(_alt(AR_ANCHOR_WORDS[YEAR])),
    NUMERIC: re.compile(r"[0-9][/\-.][0-9]"),
    HIJRI_YEAR: re.compile(r"[0-9]\s*ه"),
}
EN_ANCHOR_WORDS = {
    MONTH: ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    WEEKDAY: tuple(EN_WEEKDAYS),
    RELATIVE: _EN_RELATIVE_WORDS,
}
EN_ANCHORS: dict[str, re.Pattern[str]] = {
    **{family: re.compile("(?i:" + _alt(words) + ")") for family, words in EN_ANCHOR_WORDS.items()},
    NUMERIC: re.compile(r"[0-9][/\-.][0-9]"),
    DIGIT: re.compile(r"(?:19|20)[0-9]{2}"),
}
#: How far before and after its anchor a family's match may reach: a day in words
#: ("الحادي والثلاثين من شهر") before a month, a double form and a year after it.
WINDOWS: dict[str, tuple[int, int]] = {
    MONTH: (70, 60),
    HIJRI: (50, 30),
    WEEKDAY: (16, 24),
    RELATIVE: (40, 30),
    YEAR: (10, 14),
    NUMERIC: (12, 12),
    HIJRI_YEAR: (6, 16),
    DIGIT: (32, 8),
}


# ---------------------------------------------------------------------------- publication dates

TIME_RE = re.compile(
    r"(?<![0-9])(?P<h>[0-9]{1,2})\s*:\s*(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9])"
    r"(?:\s*(?P<ampm>(?i:a\.?m\.?|p\.?m\.?)(?!\w)|صباحا|مساء|ص(?!\w)|م(?!\w)|ظهرا|ليلا|عصرا|فجرا))?"
)
TZ_OFFSET_RE = re.compile(
    r"(?:(?i:gmt|utc)\s*|(?<=[0-9]))(?P<sign>[+\-−])(?P<hh>[0-9]{1,2})(?::?(?P<mm>[0-9]{2}))?(?![0-9])"
)
