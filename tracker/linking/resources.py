"""Word lists and regexes of claim matching, compiled once.

Every list here is in the *folded* form of :func:`tracker.normalize.fold` (no hamza
on alef, ى→ي, ة→ه, lower case), because the matcher compares folded tokens.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (easier to read and edit in Arabic)."""
    return frozenset(text.split())


# Arabic function words: they carry no claim of their own, so they neither help nor
# hurt a match. Folded forms.
AR_STOPWORDS = _words(
    """
    في من الي علي عن مع و ف او ام ثم حتي قد لقد كان كانت يكون تكون كانوا هذا هذه ذلك تلك هؤلاء
    الذي التي الذين اللذين اللتين ما ماذا هل ان انه انها انهم اننا بان لان كما مثل بين عند لدي
    لدى منذ خلال بعد قبل حول ضد عبر دون بدون اي كل بعض غير سوي الا اذا لو لكن بل او و قال قالت
    يقول تقول اكد اكدت يؤكد تؤكد اضاف اضافت اوضح اوضحت صرح صرحت ذكر ذكرت اعلن اعلنت اشار اشارت
    وفق وفقا حسب بحسب نحو لدي هو هي هم هن نحن انت انا له لها لهم به بها بهم فيه فيها عليه عليها
    منه منها عنه عنها الان اليوم امس ايضا جدا فقط ذات وسط ازاء بشان بخصوص اثر جراء عقب تجاه
    يا قائلا قائله مشيرا مضيفا موضحا مؤكدا موكدا ال
    يوكد توكد يضيف تضيف يوضح توضح يعلن تعلن يصرح تصرح يذكر تذكر يشير تشير افاد افادت يفيد تفيد
    """
)

EN_STOPWORDS = _words(
    """
    a an the of to in on at by for from with about as into over after before between during
    and or but if then than that this these those there here it its is are was were be been
    being has have had do does did will would shall should can could may might must he she they
    we you i his her their our your my me him them us who whom which what when where why how
    said says say told tells stated added according also just very so such said
    """
)

# Negators. Folded forms; "غير" and "عدم" negate the word after them.
AR_NEGATIONS = _words("لا لم لن ليس ليست ليسوا لسنا لست غير عدم ما مش لما")
EN_NEGATIONS = _words("not no never none nobody nothing neither nor without cannot")
# English contractions carry the negation inside the word: "didn't" reads as "did not".
EN_NEG_CONTRACTION_RE = re.compile(r"n['\u2019]t\b")

# Pairs of words with opposite meaning, given as stems of the matching form (see
# tracker.linking.text.token_key): a statement using one and its twin using the other
# say opposite things about the same subject. Each row: two comma-free groups of keys.
ANTONYM_ROWS: tuple[tuple[str, str], ...] = (
    (
        "استمرار استمر يستمر تستمر مستمر مستمره تواصل يواصل مواصل واصل متواصل",
        "توقف يتوقف تتوقف وقف ايقاف انتهاء انتهي",
    ),
    (
        "ارتفاع يرتفع ترتفع ارتفع صعود يصعد تصعد صعد زياد يزيد تزيد زاد رفع",
        "انخفاض ينخفض تنخفض انخفض هبوط يهبط تهبط هبط تراجع يتراجع تتراجع خفض يخفض تخفض",
    ),
    ("قبول يقبل تقبل قبل موافق يوافق توافق وافق", "رفض يرفض ترفض"),
    ("فتح يفتح تفتح افتتاح", "اغلاق يغلق تغلق اغلق اغلاق"),
    ("فوز يفوز تفوز فاز", "خسار يخسر تخسر خسر هزيم"),
    ("سماح يسمح تسمح سمح", "منع يمنع تمنع حظر يحظر تحظر"),
    ("اعتقال يعتقل تعتقل سجن", "اطلاق سراح افراج يفرج تفرج"),
    ("نفي ينفي تنفي نفت نفى", "تاكيد يؤكد تؤكد"),
    ("دعم يدعم تدعم", "معارض يعارض تعارض"),
    ("اعلي", "ادني"),
    ("اكبر", "اصغر"),
    ("اكثر", "اقل"),
    ("نجاح ينجح تنجح نجح", "فشل يفشل تفشل"),
    (
        "rise rises rising rose increase increased up higher grow grew",
        "fall falls falling fell decrease decreased down lower drop dropped",
    ),
    ("accept accepted accepts", "reject rejected rejects refuse refused"),
    ("confirm confirmed confirms", "deny denied denies"),
    ("continue continued continues", "stop stopped stops halt halted end ended"),
    ("open opened opens", "close closed closes"),
    ("win won wins", "lose lost loses"),
    ("allow allowed allows", "ban banned bans forbid forbade"),
    ("support supported supports", "oppose opposed opposes"),
)

# Words that reverse or deny what the rest of a sentence says ("X refuses to join" against
# "X joins", "acquitted of" against "charged with"): present on one side only, they act
# like a negation. Folded forms; read through the same key function as the text.
REVERSAL_WORDS = _words(
    """
    رفض يرفض ترفض رفضت فشل يفشل تفشل فشلت الغاء يلغي تلغي الغت الغي نفي ينفي تنفي نفت
    براءه تبرئه يبرئ غياب يغيب تغيب يغيبان تعليق يعلق تعلق علق تاجيل يؤجل تؤجل اجل
    deny denies denied refuse refuses refused reject rejects rejected fail fails failed
    cancel cancels cancelled canceled acquit acquitted absent postpone postponed
    """
)

# Multipliers written as words after a figure: "39 ألفاً", "2.5 million".
AR_MULTIPLIERS = {
    "الف": 1_000,
    "الفا": 1_000,
    "الاف": 1_000,
    "الفين": 2_000,
    "مليون": 1_000_000,
    "ملايين": 1_000_000,
    "مليونا": 1_000_000,
    "مليار": 1_000_000_000,
    "مليارات": 1_000_000_000,
    "مليارا": 1_000_000_000,
    "thousand": 1_000,
    "thousands": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
}
# Small numbers written as words, folded; compared as figures so "3" matches "ثلاثه".
NUMBER_WORDS = {
    "واحد": 1,
    "اثنان": 2,
    "اثنين": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثماني": 8,
    "ثمانيه": 8,
    "ثمان": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "اربعين": 40,
    "اربعون": 40,
    "خمسين": 50,
    "خمسون": 50,
    "ميه": 100,
    "مايه": 100,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
}

# Words that make the figure before them a percentage ("20 بالمئة", "20 في المئة", "20%").
PERCENT_WORDS = _words("بالميه بالمايه الميه المايه ميويه percent cent")
PERCENT_SIGNS_RE = re.compile("[%٪]")

# A figure in the punctuation-keeping fold: 39, 39,000, 2.5 (Arabic separators are already
# folded to "," and "." by tracker.normalize).
FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")
# Thousands separators: a comma followed by exactly three digits.
THOUSANDS_RE = re.compile(r",(?=\d{3}(?:\D|$))")
# Proclitics of the matching form, longest first: conjunction + preposition + article.
AR_ARTICLE_PREFIXES = ("وبال", "وكال", "ولل", "فبال", "فال", "وال", "بال", "كال", "لل", "ال")
AR_CONJ_PREFIXES = ("و", "ف")
AR_PREP_PREFIXES = ("ب", "ل", "ك")
# Imperfect-verb prefixes and the future "س": stripped only from long words, so that
# "يرتفع" and "ارتفاع" meet at a shared key.
AR_VERB_PREFIXES = ("سي", "ست", "سن", "ي", "ت", "ن")
# Long vowels dropped from a key to reach a consonant skeleton: derived forms of one root
# ("اعتقال", "يعتقل", "اعتقلت") then share it.
AR_VOWELS_RE = re.compile("[او]")
AR_WORD_RE = re.compile("[\u0621-\u064a]+")
LATIN_WORD_RE = re.compile("[a-z]")
