"""The Arabic cue lexicon and every regex the Arabic extractor uses, compiled once.

All patterns run over the *shadow* text built by :mod:`tracker.extract.ar_text`: tashkeel,
tatweel and invisible marks removed, hamza/alef forms, alef maqsura and ta marbuta folded
(so "أكّدت" is matched as "اكدت"). Offsets are mapped back to the stored text afterwards.

Adding a reporting verb means adding one :class:`Cue` row to ``CUES``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One-to-one folding (same length), so the shadow keeps a simple offset map.
FOLD_TABLE = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "ک": "ك", "ی": "ي", "ھ": "ه", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " ",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    }
)  # fmt: skip
# Marks dropped from the shadow: harakat, shadda, superscript alef, tatweel, bidi and zero-width marks.
_REMOVED = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c\r]"
# A run of them, written "one, then any more" rather than with "+": re skips ahead only to the
# characters of a class the pattern opens with, not of a repeat (five times faster on an article).
REMOVE_RE = re.compile(_REMOVED + _REMOVED + "*")
SHADDA = "\u0651"
ARABIC_LETTER_RE = re.compile("[\u0621-\u064a]")


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting verb: its folded finite forms, participles and what may follow it."""

    lemma: str
    past: tuple[str, ...]
    present: tuple[str, ...]
    participles: tuple[str, ...] = ()
    #: Prepositions that may introduce the content ("أشار إلى", "كشف عن").
    preps: tuple[str, ...] = ()
    #: A bare verbal-noun object may be the content ("أعلنت الوزارة تدمير ...").
    object_ok: bool = False


def _past(stem: str) -> tuple[str, ...]:
    return (stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا")


def _present(stem: str) -> tuple[str, ...]:
    return ("ي" + stem, "ت" + stem, "ي" + stem + "ون")


def _part(stem: str) -> tuple[str, ...]:
    return (stem + "ا", stem + "ه", stem + "ين")


def _cue(
    lemma: str, past: str, present: str, part: str = "", preps: tuple[str, ...] = (), obj: bool = False
) -> Cue:
    return Cue(lemma, _past(past), _present(present), _part(part) if part else (), preps, obj)


# "بالقول", "بقوله": who says it, as a participle's ending would tell.
PARTICIPLE_GENDERS = {"بالقول": None, "بقوله": "m", "بقولها": "f", "بقولهم": "p"}
SAYING_BY_FORMS = tuple(PARTICIPLE_GENDERS)
# One of them as a word: it carries the statement after a verb's object ("ختمت مقالها بالقول").
SAYING_BY_RE = re.compile(r"\s(?:" + "|".join(SAYING_BY_FORMS) + r")(?!\w)")

# Folded forms. The lemma is what a reviewer sees as the rule's cue word.
CUES: tuple[Cue, ...] = (
    _cue("قال", "قال", "قول", "قايل"),
    _cue("أضاف", "اضاف", "ضيف", "مضيف"),
    _cue("أكد", "اكد", "وكد", "موكد", ("علي",), obj=True),
    _cue("صرّح", "صرح", "صرح", "مصرح", ("ب",)),
    _cue("أوضح", "اوضح", "وضح", "موضح"),
    _cue("أشار", "اشار", "شير", "مشير", ("الي",)),
    _cue("اعتبر", "اعتبر", "عتبر", "معتبر"),
    Cue("رأى", ("راي", "رات", "راوا"), ("يري", "تري", "يرون"), ("رايا",)),
    _cue("لفت", "لفت", "لفت", "لافت", ("الي",)),
    _cue("شدد", "شدد", "شدد", "مشدد", ("علي",)),
    _cue("تابع", "تابع", "تابع", "متابع"),
    _cue("ذكر", "ذكر", "ذكر", "مذكر"),
    _cue("أعلن", "اعلن", "علن", "معلن", ("عن",), obj=True),
    Cue("نفى", ("نفي", "نفت", "نفوا"), ("ينفي", "تنفي", "ينفون"), ("نافيا", "نافيه", "نافين"), (), True),
    _cue("كشف", "كشف", "كشف", "كاشف", ("عن",)),
    _cue("حذّر", "حذر", "حذر", "محذر", ("من",)),
    # "وتوعّد بوتين أعداءه بأنهم "سيلقون رداً"": a threat, reported like a warning.
    _cue("توعّد", "توعد", "توعد", "متوعد", ("ب",)),
    _cue("أفاد", "افاد", "فيد", "مفيد", ("ب", "عن")),
    _cue("نقل", "نقل", "نقل", "ناقل", ("عن",)),
    _cue("ختم", "ختم", "ختم", "خاتم"),
    _cue("تحدث", "تحدث", "تحدث", "متحدث", ("عن",)),
    _cue("أردف", "اردف", "ردف", "مردف"),
    _cue("استدرك", "استدرك", "ستدرك", "مستدرك"),
    _cue("زعم", "زعم", "زعم", "زاعم"),
    Cue("ادعى", ("ادعي", "ادعت", "ادعوا"), ("يدعي", "تدعي", "يدعون"), ("مدعيا", "مدعيه"), (), True),
    _cue("رجّح", "رجح", "رجح", "مرجح"),
    _cue("توقع", "توقع", "توقع", "متوقع"),
    # "ويعتقد المسؤولون أنّ ...": a named source's belief, reported like its saying (only with
    # the source written right after the verb: see the verb rule).
    _cue("اعتقد", "اعتقد", "عتقد"),
    _cue("استبعد", "استبعد", "ستبعد", "مستبعد"),
    _cue("شكك", "شكك", "شكك", "مشكك", ("في",)),
    _cue("أقسم", "اقسم", "قسم"),
    _cue("نوّه", "نوه", "نوه", "منوه", ("الي", "ب")),
    _cue("نبّه", "نبه", "نبه", "منبه", ("الي",)),
    _cue("ألمح", "المح", "لمح", "ملمح", ("الي",)),
    _cue("أبلغ", "ابلغ", "بلغ"),
    _cue("غرّد", "غرد", "غرد", "مغرد"),
    _cue("كتب", "كتب", "كتب"),
    _cue("اعترف", "اعترف", "عترف", "معترف", ("ب",)),
    _cue("أقر", "اقر", "قر", "", ("ب",)),
    _cue("جدّد", "جدد", "جدد", "مجدد"),
    # "معللةً ذلك بأن ...": the reason given is what the source said.
    _cue("علّل", "علل", "علل", "معلل"),
    _cue("تساءل", "تساءل", "تساءل", "متسايل"),
    _cue("علم", "علم", "علم"),
    _cue("روى", "روي", "روي"),
    # "أظهر التقرير أن": only with a document as its subject (checked by the verb rule).
    Cue("أظهر", ("اظهر", "اظهرت"), ("يظهر", "تظهر"), (), (), False),
    Cue("وصف", ("وصف", "وصفت", "وصفوا"), ("يصف", "تصف", "يصفون"), ("واصفا", "واصفه", "واصفين"), ("ب",), True),
    _cue("شرح", "شرح", "شرح", "شارح", obj=True),
    Cue("قدّر", ("قدرت", "قدروا"), ("يقدر", "تقدر", "يقدرون"), ("مقدرا", "مقدره")),
    # "عقّبت الجبهة ... بقولها": the feminine and plural forms only ("عقب" is also "after").
    Cue("عقّب", ("عقبت", "عقبوا"), ("يعقب", "تعقب"), ("معقبا", "معقبه", "معقبين"), ("علي",)),
    Cue("أحصى", ("احصي", "احصت", "احصوا"), ("يحصي", "تحصي"), (), (), True),
    _cue("بيّن", "بين", "بين", "مبين"),
    # "متهمةً السلطات بتزويرها": the accused and the charge, after the statement it goes with.
    # Only the participle: in "اتهمت الوزيرة الحكومةَ بـ..." nothing but case endings, which the
    # text rarely writes, tells the subject from the accused.
    Cue("اتهم", (), (), ("متهما", "متهمه", "متهمين"), (), True),
    # "اكتفى الوزير بالقول إنّ", "وعلّق على ذلك بقوله إنّ": the verbal noun with ba, said by
    # the subject of its clause, works as a participle.
    Cue("قال", (), (), SAYING_BY_FORMS),
    # "وخلصت الصحيفة إلى أنّ": concluded (only with its preposition and a complementiser).
    Cue("خلص", ("خلص", "خلصت", "خلصوا"), ("يخلص", "تخلص"), (), ("الي",)),
    # "وأوردت المجلة أنّ": reported, in a publication.
    Cue("أورد", ("اورد", "اوردت", "اوردوا"), ("يورد", "تورد", "يوردون"), ("موردا", "مورده")),
)

# Participles of verbs we do not report (calls, praise ...) still end the previous content.
NON_CUE_PARTICIPLES = (
    "داعيا", "داعيه", "مطالبا", "مطالبه", "مرحبا", "مرحبه", "شاكرا", "شاكره", "منتقدا", "منتقده",
    "مشيدا", "مشيده", "مستنكرا", "مستنكره", "معربا", "معربه", "مناشدا", "مناشده",
    "محملا", "محمله", "مهددا", "مهدده", "متعهدا", "متعهده", "مخاطبا", "مخاطبه",
    "متوجها", "متوجهه", "مستشهدا", "مستشهده", "ملوحا", "ملوحه", "ممازحا", "ممازحه", "مازحا", "مازحه",
    "ساخرا", "ساخره", "متذمرا", "متذمره", "مستغربا", "مستغربه", "منددا", "مندده", "مبديا", "مبديه",
    "علما",  # "، علماً أنّ ...": the writer's aside ends what was said
    "موجها", "موجهه",  # "موجّهاً التحية إلى ...": greeting someone
)  # fmt: skip

# "بين" as a past verb collides with the preposition "between": only its unambiguous forms count.
_AMBIGUOUS_FORMS = {
    "يبلغ",
    "تبلغ",
    "يبلغون",
    "يعلم",
    "تعلم",
    "يعلمون",
    "نقلا",
    "بين",
    "تبين",
    "يبين",
    "تقول",
    "قر",
    "يقر",
    "تقر",
    "علم",
    "علما",  # the dual "they both learned" is spelled like "علماً" ("noting that"), the writer's aside
    "كتب",
    "روي",
    "يروي",
    "تروي",
    "اقرا",  # the dual "they both acknowledged" is spelled like "read" ("اقرأ أيضاً")
}

FORM_TO_CUE: dict[str, Cue] = {}
PARTICIPLE_TO_CUE: dict[str, Cue] = {}
for _c in CUES:
    for _f in _c.past + _c.present:
        if _f not in _AMBIGUOUS_FORMS or _f in ("تقول", "يقر", "تقر", "يقرون"):
            FORM_TO_CUE.setdefault(_f, _c)
    for _p in _c.participles:
        PARTICIPLE_TO_CUE.setdefault(_p, _c)


# "وبيّن أنّ": forms spelled like the preposition "بين" are a cue only right before a
# complementiser (the shadow text has no shadda to tell them apart).
COMPLEMENT_ONLY_FORMS: dict[str, Cue] = {
    "بين": next(c for c in CUES if c.lemma == "بيّن"),
    # "وكتب الوزير في تغريدة: ..." ("كتب" is also "books"): only opening its sentence.
    "كتب": next(c for c in CUES if c.lemma == "كتب"),
}
COMPLEMENT_ONLY_SURFACES = frozenset(conj + form for form in COMPLEMENT_ONLY_FORMS for conj in ("", "و", "ف"))
# "بين أن تكون ... وبين ...": before a verb in the subjunctive, "أن" is not the complementiser.
# One pattern per form, each opening on its word, so the search skips ahead to that literal (a
# class of two first letters is scanned three times slower); the word's start is checked by
# the caller.
COMPLEMENT_ONLY_RES = (
    # "وبيّن الدفاع المدني أنّه": opening its sentence, it may also take a definite subject first.
    re.compile(
        r"بين(?:(?=\s+(?:[بل]?ان(?:ه|ها|هم)(?![\w\u0621-\u064a])|[بل]?ان\s+(?![يت][\u0621-\u064a])))"
        r"|(?:(?<=^وبين)|(?<=\nوبين)|(?<=\.\sوبين))"
        r"(?=(?:\s+ال[\u0621-\u064a]+){1,3}\s+[بل]?ان(?:(?:ه|ها|هم)[\s،,]|\s+(?![يت][\u0621-\u064a]))))"
    ),
    re.compile(r"كتب(?:(?<=^كتب)|(?<=\nكتب)|(?<=\.\sكتب)|(?<=^وكتب)|(?<=\nوكتب)|(?<=\.\sوكتب))(?=\s)"),
)


def form_cue(form: str) -> Cue:
    """The cue of a verb form the cue-word finder returned."""
    return FORM_TO_CUE.get(form) or COMPLEMENT_ONLY_FORMS[form]


def cue_of(word: str) -> Cue | None:
    """The cue of a reporting verb form, with or without و/ف ("يؤكد", "وأضاف")."""
    cue = FORM_TO_CUE.get(word)
    if cue is None and word[:1] in "وف":
        cue = FORM_TO_CUE.get(word[1:])
    return cue


def _alternation(words: list[str]) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


_W = r"[\w\u0621-\u064a]"
NON_CUE_PARTICIPLE_RE = re.compile(rf"[،,]\s*و?(?:{_alternation(list(NON_CUE_PARTICIPLES))})(?!{_W})")

# "وفق", "بحسب ما ذكرته", "نقلا عن" ... : the source follows the cue.
# "فوفقاً لـ", "فبحسب": a fa only before those two ("فحسب" is "only"). "وفق" may be glued to its
# source ("وفقآخر المعطيات"), but "وفقد", "وفقط", "وفقراء", "وفقهاء" are "و" and another word.
ACCORDING_RE = re.compile(
    rf"(?<!{_W})(?P<cue>(?:و|ف(?=وفق|بحسب))?(?:وفقا\s*ل(?:ـ)?|وفق(?![دطره])|بحسب|حسب|نقلا\s+عن|علي\s+لسان|طبقا\s*ل(?:ـ)?|استنادا\s+(?:الي|ل))"
    rf"(?:\s*ما\s+(?P<verb>{_W}+)(?:\s+(?:به|بها|اليه|اليها))?)?)"
)
# Narrative verbs whose subject is a source but which report no proposition ("أشاد الوزير
# فلان بـ...، وأكد ...", "التقى الرئيس ... . وقال ..."): their subject is the one a following
# subject-less cue continues. Shadow (folded) spellings; past tense, masculine/feminine/plural.
_NARRATIVE_STEMS = (
    "تطرق", "تفاخر", "هاجم", "تعهد", "حمل", "اصدر", "استقبل", "اشاد", "زار", "بحث", "تراس", "شارك", "سجل", "عقد", "وصل", "توجه",
    "علق", "عبر", "اعرب", "ثمن", "رحب", "دان", "استنكر", "انتقد", "تناول", "ناقش",
    "حضر", "طالب", "اتهم", "هدد", "افتتح", "استعرض", "ترحم", "شكر", "نعي", "حث", "ناشد", "ادان", "رفض", "جدد",
    "ندد", "قصف", "استهدف", "دك", "اطلع",
)  # fmt: skip
# Stems whose past ends in alif maqsura ("التقى", "دعا"): only these take a final ya, so a
# name like "شكري" is not read as "شكر".
_NARRATIVE_DEFECTIVE_STEMS = ("التق", "الق", "تلق", "اجر", "دع")
# Their present forms after a subject ("فنزويلا ترفض التقرير"): "ي"/"ت" before the stem, the
# alif of the derived stems dropped ("استنكر" -> "يستنكر"); hollow and assimilated stems
# ("زار", "وصل", "دان") change more and are left out.
_PRESENT_IRREGULAR = frozenset({"زار", "وصل", "دان", "ادان", "اشاد"})
NARRATIVE_PRESENT_FORMS = frozenset(
    prefix + (stem.removeprefix("ا")) + suffix
    for stem in _NARRATIVE_STEMS
    if stem not in _PRESENT_IRREGULAR
    for prefix in ("ي", "ت")
    for suffix in ("", "ون")
)
# Their past forms, for words run into the next one ("ودانتحركة").
NARRATIVE_PAST_FORMS = frozenset(
    [stem + end for stem in _NARRATIVE_STEMS for end in ("", "ت", "ا", "وا")]
    + [stem + end for stem in _NARRATIVE_DEFECTIVE_STEMS for end in ("ي", "ت", "ا", "وا")]
)
NARRATIVE_VERB_RE = re.compile(
    r"^(?:و|ف)?(?:(?:" + "|".join(_NARRATIVE_STEMS) + r")(?:ا|ت|وا)?"
    r"|(?:" + "|".join(_NARRATIVE_DEFECTIVE_STEMS) + r")(?:ي|ا|ت|وا|يا))(?!\w)"
)
# Leads of an aside between a source and its quotation ("رداً على سؤال ...", "في مقابلة مع ...").
ASIDE_LEAD_RE = re.compile(
    r"(?:ردا|تعليقا|تعقيبا|تعليقه|تعقيبه|خلال|في\s+(?:مقابله|حديث|تصريح|كلمه|خطاب|موتمر|لقاء|بيان))(?!\w)"
)
# "بحسب X فإنّ ...": the complementiser with fa that ends an according-to source without a comma.
# "وفقاً للصحيفة فقد ظلّت ...": "فقد" answers the according-to as "فإنّ" does.
FA_COMP_RE = re.compile(r"\s(?=فان(?:ه|ها|هم)?\s|فقد\s)")
# "يقرّ" is "acknowledges" only with its ب-object ("يقرّ الجيش بمقتل ..."), else "approves".
ACKNOWLEDGE_FORMS = frozenset({"يقر", "تقر", "يقرون"})
# "رغم أنّ الوزير أكد أن ...، إلا أنّ ...": a cue inside a concession; its content ends at the turn.
CONCESSIVE_RE = re.compile(r"(?<!\w)(?:و)?(?:ب?ال)?رغم\s+(?:من\s+)?ان|(?<!\w)(?:و)?مع\s+ان(?!\w)")
# "بحسب محاكاة أجراها الجيش", "وفق دراسة أعدّتها جامعة ...": a piece of work, then who made it
# (not "بحسب الخطة التي أعدتها الحكومة": a plan with a relative clause is nobody's statement).
MADE_BY_RE = re.compile(
    r"\s*(?:(?!(?:التي|الذي)\s)\S+\s+){0,2}?(?:اجرا|اجرت|اعد|اعدت|نشر|نشرت|اصدر|اصدرت|وقع|وقعت|عرض|عرضت)(?:ها|ه)\s+(?=\S)"
)
# "دراسة نشرت في مجلة X", "تقرير صادر عن منظمة Y": where a piece came out; the journal or the
# body after it is the source.
PUBLISHED_IN_RE = re.compile(
    r"\s*(?:(?!(?:التي|الذي)\s)\S+\s+){0,2}?(?:ال)?(?:نشر|نشرت|منشور|منشوره|صدر|صدرت|صادر|صادره)\s+(?:في|عن)\s+(?=\S)"
)
# "على الرغم من تأكيد X أنّ ...": a saying noun governed by "رغم", right before the cue's end.
CONCESSIVE_NOUN_RE = re.compile(r"(?<!\w)(?:و)?(?:ب?ال)?رغم\s+(?:من\s+)?$")
CONCESSIVE_TURN_RE = re.compile(r"[،,]\s*(?:الا\s+ان|فان|لكن|ولكن)(?:ه|ها|هم)?(?!\w)")
# A segment that opens an according-to aside ("، وفق ما ذكرت الوكالة،"): never a speaker or content.
ACCORDING_ASIDE_RE = re.compile(r"(?:^|[\s،,])(?:و|ف)?(?:بحسب|حسب|وفق|وفقا|نقلا|طبقا)(?!\w)")
# Self-references that end a content instead of opening a new one ("بحسب زعمه", "على حد قوله").
SELF_REF_RE = re.compile(
    r"[،,]?\s*(?:و?(?:وفق|بحسب|حسب|علي\s+حد)\s+(?:تعبير|زعم|قول|وصف|ادعاء|كلام|راي|تعبيره|زعمه|قوله|وصفه|ادعايه)"
    r"(?:ه|ها|هم)?)(?!\w)"
)
# Document nouns between an according-to cue and its source ("بحسب تقرير لصحيفة ...").
DOC_NOUN_RE = re.compile(
    # "بحسب آخر المعطيات", "وفق أحدث الأرقام": the latest of them.
    r"^(?:(?:اخر|احدث)\s+)?(?:(?P<definite>ال)|ل)?(?:تقرير|بيانات|بيان|تحليل|دراسه|استطلاع|احصاءات|احصاييه|احصاييات|معطيات|ارقام|"
    r"تقديرات|ادعاء|رواي[هة]|مصادر\s+في|تصريحات|تغريده|منشور|رساله|وثيقه|مذكره|مذكرات|وثايق|تعبير)(?!\w)\s*"
    # "بحسب الإحصائية الأخيرة لوزارة الصحة": an adjective of the document; a relative adjective
    # agrees with it ("البيانات الرسمية", "مذكرات داخلية"), unlike an owner ("أرقام الهيئة").
    r"(?:(?:ال)?(?:اخيره|اخير|جديده|جديد|رسميه|رسمي|اوليه|اولي|يوميه|يومي|سابق|سابقه)(?!\w)\s*"
    r"|(?(definite)ال(?!تي\s|ذي\s)|(?!ال))\w{3,}(?:يه|ي)(?!\w)\s*)?"
    # "وفقاً للبيانات التي جمعتها وكالة ...": ل+ال is written "لل", and a relative clause may follow.
    r"(?:(?:التي|الذي)\s+\w+(?:ها|ه)\s+|(?:اجر|نشر|اصدر|اعد)\w*\s+|ل(?:ـ)?\s*)?"
)
# "وجاء في بيان للوزارة أن ..."
CAME_IN_RE = re.compile(
    r"(?<!\w)و?(?:جاء|ورد)[\s،,]+في\s+(?P<doc>(?:ال)?(?:بيان|تقرير|تحليل|رساله|تغريده|منشور|وثيقه|دراسه|كلمه|خطاب)\w*"
    # "في بيانين منفصلين", "في بيان مشترك": an adjective of the document.
    r"(?:\s+(?:ال)?(?:منفصل|مشترك|مقتضب|رسمي|صحفي|صحافي|مصور|متلفز|مكتوب)\w*)?)"
)

# "وجّه رسالةً، جاء فيها: ..." / "رسالةً مفادها: ...": what a message of the clause's subject says.
MESSAGE_NOUN_RE = re.compile(r"(?<!\w)(?:رساله|بيان|برقيه|تغريده|كلمه|خطاب|منشور|تسجيل)\w{0,2}(?!\w)")
SENDING_VERB_RE = re.compile(
    r"(?<!\w)[وف]?(?:وجه|وجهت|وجهوا|بعث|بعثت|بعثوا|ارسل|ارسلت|ارسلوا|اصدر|اصدرت|اصدروا|نشر|نشرت|القي|القت)(?!\w)"
)
MESSAGE_SAYS_RE = re.compile(r"(?<!\w)(?:و?(?:جاء|ورد)\s+(?:فيها|فيه)|مفاده|مفادها)(?!\w)")


def _at_word_start(word: str) -> str:
    """``(?<!\\w)word`` written letter first: a pattern whose alternatives all open on a letter
    lets ``re`` skip ahead to those letters instead of trying a match at every character."""
    return f"{word[0]}(?<!\\w{word[0]}){word[1:]}"


# Complementisers that open the content: أن/إن with pronoun, بأن, فإن, and colon or an opening quote.
# That is "(?<!\w)(?:(?:الي|علي|من|في|عن)\s+)?(?:[بلف]?ان)", its alternatives in the order re tries them.
COMP_RE = re.compile(
    "(?:"
    + "|".join(
        [_at_word_start(prep) + r"\s+(?:[بلف]?ان)" for prep in ("الي", "علي", "من", "في", "عن")]
        + [_at_word_start(comp) for comp in ("بان", "لان", "فان", "ان")]
    )
    + r")(?P<pron>ه|ها|هم|هما|ني|نا|كم)?(?!\w)"
)
COLON_RE = re.compile(r":\s*")
# Words after which "أن" is not a complementiser of saying ("من المقرر أن", "قبل أن").
AN_GOVERNORS = {
    "المقرر", "المتوقع", "المفترض", "الممكن", "المنتظر", "المحتمل", "يجب", "يمكن", "ينبغي", "بعد", "قبل",
    "منذ", "دون", "حتي", "بدل", "لابد", "بد", "شانه", "شانها", "شانهم", "فضلا",
    # wanting, trying and being able to ("لأي شخص يريد أن ..."): the verb's own complement
    "يريد", "تريد", "يريدون", "اراد", "ارادت", "ارادوا", "يستطيع", "تستطيع", "يستطيعون", "استطاع",
    "يحاول", "تحاول", "يحاولون", "حاول", "حاولت", "حاولوا", "يحق", "يتعين", "يكاد", "تكاد", "كاد",
    "رغم", "برغم",  # "رغم أن": although
}  # fmt: skip
PREP_WORDS = {"عن", "الي", "علي", "من", "في"}

# Words and phrases inside the speaker slot that are not the speaker.
ADVERBIAL_START_RE = re.compile(
    r"^(?:(?:عام|سنه)\s+\d|(?:في|فى|خلال|اثناء|لدي|عبر|بعد|قبل|منذ|ضمن|عقب|اثر|فور|اليوم|امس|اول|مساء|صباح|ليل|ليله|ظهر|فجر|يوم|"
    r"السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|ايضا|كذلك|بدوره|بدورها|ردا|تعليقا|تعقيبا|نقلا|بحسب|وفق|وفقا|"
    r"للصحافيين|للصحفيين|للاعلام|للصحافه|بالنسبه|رسميا|علنا|صراحه|الي|من|مع|ضد|حول|بين|عند|تحت|فوق|امام|وراء|ازاء|تجاه)(?!\w)"
    r"|من\s+جهت|من\s+جانب|علي\s+|عن\s+|لم\s+|و?لا\s*سيما\s|ل(?:وكاله|صحيفه|قناه|موقع|شبكه|اذاعه|مجله|وسايل)|ل(?=[\"«“”]))"
)
# Outlets a source speaks to ("قال للميادين", "صرّح لرويترز"), folded; they end a speaker's name.
ADDRESSED_OUTLETS = ("للميادين", "للجزيره", "للعربيه", "لرويترز")
# Inside one comma segment the speaker ends before these ("الصحيفة في تقرير", "زاخاروفا خلال إحاطتها").
SPEAKER_CUT_RE = re.compile(
    # "one space, then any more" rather than "\s+": re skips ahead to the next space.
    r"\s\s*(?:(?:بحسب|وفق|وفقا)\s|في\s+(?:ال)?(?:بيان|تقرير|تصريح|حديث|مقابل|كلم|موتمر|تغريد|منشور|رسال|خطاب|احاط|لقاء|اتصال|"
    r"ختام|معرض|رد|سياق|وقت|حين|الوقت|حوار|مداخل|اطلال|اخر|اول|احدث|مقال|برنامج|ندو|جلس|زيار|اشار)\w*|خلال|اثناء|عبر(?!يه?(?!\w))|اليوم|امس|مساء|صباح|"
    r"يوم\s|ذات\s+(?:يوم|مره)|ايضا|كذلك|مؤخرا|موخرا|لاحقا|حينها|انذاك|(?:هذا|هذه)\s+(?:الاسبوع|الشهر|العام|الصباح|المساء|الاثناء)|ب(?:كل|شكل|وضوح|صراحه|استمرار)(?!\w)|بال(?:تاكيد|اشاره|تشديد)(?!\w)|من\s+امام\s|مجددا|مرارا|تكرارا|مره\s|قد\s|"
    # "بايدن في الثاني من شباط": a date after the name.
    r"في\s+(?:\d|ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?!\w))|"
    r"(?:لل?(?:وكاله|صحيفه|قناه|موقع|شبكه|اذاعه|مجله|وسايل))|للصحاف|للصحف|للاعلام|ل(?=[\"«“”])|ردا|تعليقا|تعقيبا|نقلا|"
    + "|".join(ADDRESSED_OUTLETS)
    + "|"
    r"السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|\(|بدوره|بدورها|من\s+جهت|من\s+جانب|"
    r"[-–—]?\s*(?:الذي|التي|الذين)(?!\w)|"
    # "مسؤول فضّل عدم الكشف عن اسمه", "سلامي رسالته ... بقوله", "الحوثي التأكيد أن".
    r"(?:فضل|فضلت|فضلوا|طلب|طلبت|طلبوا|رفض|رفضت|اشترط|اشترطت)\s+(?:عدم|الكشف|ذكر)|"
    r"بشان(?!\w)|علي\s+(?:موقع|منص|حساب|صفح|قنا|تطبيق)|ب?(?:قوله|قولها|قولهم|قولهما)(?!\w)|بالقول(?!\w)|لم\s+(?:تسم|يسم|تكشف|يكشف)\w*|(?:ال)?تاكيد(?:ه|ها|هم)?(?!\w)|"
    r"(?:رسالت|كلمت|خطاب|تغريدت|مقالت)(?:ه|ها|هم)(?!\w)|"
    # "عن مسؤولين إقرارهم أنّ ...": the source's admission, warning or denial after it.
    r"(?:اقرار|اعتراف|تحذير|نفي|تاكيد|خوف|قلق|اعتقاد|ترجيح|تقدير|توقع|رفض)(?:ه|ها|هم|هما)(?!\w))"
)
PRONOUN_SUBJECTS = {
    "لكنه": "m", "لكنها": "f", "انه": "m", "انها": "f", "لكنهم": "p", "هو": "m", "هي": "f",
    "فانه": "m", "فانها": "f", "فانهم": "p",
}  # fmt: skip

# Leading connectors and adverbial openers stripped before a subject-first speaker.
# Used with match(text, pos): no "^", which would never match at pos > 0.
LEAD_CONNECTOR_RE = re.compile(
    r"(?:(?:و)?(?:يشار|يذكر)\s+(?:الي\s+)?ان(?:ه|ها)?\s+|(?:و)?(?:تجدر|يجدر)\s+(?:ب)?(?:ال)?(?:اشاره|ذكر)\s+(?:الي\s+)?ان(?:ه|ها)?\s+|(?:و)?(?:من\s+)?الجدير\s+(?:بالذكر|بالاشاره)\s+ان(?:ه|ها)?\s+|(?:و)?(?:ب)?(?:ال)?رغم\s+(?:من\s+)?ان\s+|(?:و)?مع\s+ان\s+|(?:و|ف)?(?:فان|لان|كان|كانت|كانوا|قد|اما|هذا(?=\s+و)|لكن|لكنّ|ولكن|كما|ثم|بينما|فيما|في\s+حين|اذ|حيث|غير\s+ان|الا\s+ان|"
    r"بدوره|بدورها|من\s+جهته|من\s+جهتها|من\s+جانبه|من\s+جانبها)(?!\w)\s*[،,]?\s*)+"
)
KNOWN_ADVERBIAL_LEAD_RE = re.compile(
    r"^(?:و|ف)?(?:في|فى|خلال|بعد|قبل|تحت|من\s+جهت|من\s+جانب|بدور|الي\s+ذلك|في\s+غضون|في\s+السياق|اما|علي\s+صعيد|"
    r"مساء|صباح|ليل|امس|اليوم|يوم|"
    # accusative verbal nouns of circumstance: "واستكمالاً للكمين", "تزامناً مع", "عطفاً على"
    r"استكمالا|تزامنا|عطفا|انطلاقا|استنادا|ردا|تعقيبا|تعليقا|بالتزامن)"
)

# Given names shaped like verbal nouns ("إبراهيم" is إفعال, "تيسير" is تفعيل) and plurals of
# the shape أفعال ("أنصار", "أعضاء") are not ones.
MASDAR_RE = re.compile(
    r"^(?!(?:ابراهيم|اسماعيل|اسحاق|اسراء|تيسير|تامر|توفيق|تحسين|انتصار|ايمان|اعتماد|ابتسام|"
    r"انصار|اعضاء|اطراف|ابناء|اعداء|اشخاص|اطفال|اهالي|اقارب|اصدقاء|احزاب|ابطال)(?!\w))(?:است\w\w\w?ا\w|ا\wت\wا\w|ان\w\wا\w|ت\w\wي\w|ا\w\wا\w|ت\w\w\w|ت\wا\w\w|ضروره|اهميه|عزم|رفض|دعم|قصف|سقوط|فوز|"
    r"وقوع|وجود|عدم|حرص|نيه|صحه|مقتل|اصابه|مشاركه|اطلاق|ارتفاع|انسحاب|تدمير|اسقاط|استهداف|سيطره|وصول|بدء|"
    # "وقوف اليمن إلى جانب": verbal nouns of the fu'ul pattern, as whole words
    r"(?:وقوف|صمود|خروج|دخول|حضور|عبور)(?!\w))"
)
PRONOUN_SUFFIX_RE = re.compile(r"\w{3,}(?:ها|هم|ه)$")

QUOTE_CHARS = '"«»“”„‟'
OPEN_ONLY = "«„"
CLOSE_ONLY = "»"
# A stop before a space, the end or a letter; an ellipsis ("..." or "…"). The pattern opens with
# the class of every mark it can start on, so the engine skips ahead to the next one instead of
# trying the three branches at each character; each branch then looks back at the mark taken.
SENTENCE_END_RE = re.compile(r"[.!؟?…](?:(?<=[.!؟?])(?=\s|$|[\u0621-\u064a])|(?<=\.)\.\.|(?<=…))")
# Tokens and words, written "one, then any more" rather than with "+" (as REMOVE_RE): re skips
# ahead to the next one instead of trying a match at every space or mark between them.
TOKEN_RE = re.compile(r"[^\s،,:؛;][^\s،,:؛;]*")
WORD_RE = re.compile(r"\w\w*")

# Narration that opens a content-first sentence ("يشار إلى أن ...", "يذكر أن ...").
NARRATIVE_LEAD_RE = re.compile(r"\s*(?:و)?(?:يشار|يذكر|يجدر\s+بالذكر|الجدير\s+بالذكر)\s+(?:الي\s+)?ان\s*")
# "بزعم أنه ...": the credited words start after the pretext.
PRETEXT_COMP_RE = re.compile(r"(?<!\w)(?:بزعم|بحجه|بذريعه|بدعوي|بادعاء)\s+ان(?:ه|ها|هم)?(?!\w)\s*")
# "...، وهو ما أكده ..." closes the content it comments on.
RELATIVE_TAIL_RE = re.compile(r"[،,]\s*(?:وهو|وهي|وهذا|وذلك)\s+ما(?!\w)")
# Relayed "sources" that are not speakers ("نقلاً عن مشاهد نشرتها ..."): the outlet keeps the words.
NOT_RELAY_SOURCE_RE = re.compile(
    r"^(?:ال)?(?:مشاهد|صور|فيديو|مقاطع|مقطع|وثايق|وثيقه|بيانات|ارقام|معطيات|لقطات|تسجيل)(?!\w)"
)
# After a closing quote, narration about the quote ("، وذلك على خلفية ...") is not the content.
# '"..." وفق ما ذكر البيان': the writer's according-to after the quotation needs no comma.
QUOTE_TAIL_RE = re.compile(
    r"(?<=[\"»”“])\s*(?:[،,]\s*(?:وذلك|في\s+اشاره|في\s+اطار|علي\s+خلفيه|بعد|قبل|خلال|عقب|اثر|منذ|وفق|وفقا|بحسب|حسب|(?:من\s+)?دون\s+ان)"
    r"|(?:وفق|وفقا|بحسب|حسب)\s+ما)(?!\w)"
)
# '"..."، في خطاب مصوّر', '"..."، حيث': after the speaker's own words (three or more), the
# medium they were said in, or the writer's "حيث" clause.
QUOTE_NARRATION_RE = re.compile(
    r"(?<=[\"»”“])\s*[،,]\s*(?:حيث|في\s+(?:خطاب|بيان|مقابله|كلمه|حديث|تصريح|تصريحات|موتمر|تغريده|منشور|رساله|لقاء|اتصال))(?!\w)"
)
# A turn inside one sentence: what follows may be credited to a later according-to cue.
CLAUSE_TURN_RE = re.compile(
    r"[،,]\s*(?:الا\s+ان|غير\s+ان|في\s+حين(?:\s+ان)?|لكن|ولكن|بينما|فيما)(?:ه|ها)?(?!\w)\s*"
)
# Nouns of saying followed by their author and a complementiser ("إعلان مايلي أنّه").
NOUN_CUE_RE = re.compile(
    r"(?<!\w)(?P<noun>(?:ب|ل|و)?(?:تاكيد|اعلان|تحذير|اعتبار|تشديد))\s+"
    r"(?P<np>[^\s،,.:؛]+(?:\s+[^\s،,.:؛]+){0,2}?)\s+(?:ب)?ان(?:ه|ها|هم)?(?!\w)\s*"
)
# "...، كما أعلنت هذا الأسبوع": the clause before the comma is what was said.
AS_SAID_RE = re.compile(r"[،,]\s*(?:و)?كما\s+(?P<verb>\w+)(?!\w)")
# A short name in brackets right after a noun phrase: "الرئاسة الروسية (الكرملين)".
# "كتائب X، الجناح العسكري لحركة Y،", "المرصد، وهو مبادرة أممية،": a description of the
# subject set between commas after it (apposition, never the verb's object).
APPOSITION_RE = re.compile(r"^(?:ال\w+(?:\s+ال\w+){0,2}\s+(?:ل|لل)\w+|وه(?:و|ي|م)\s+\w)")
# "تغريدة قال فيها ...": a preposition with a pronoun back to an indefinite noun opens a
# relative clause, whose subject is the main clause's.
RESUMPTIVES = frozenset({"فيها", "فيه", "خلالها", "خلاله", "عبرها", "عبره"})
# "كلمة لممثل الحركة، فلان، أكد فيها": a speech and its owner (after a lam, indefinite).
SPEECH_OWNER_RE = re.compile(r"(?:كلمه|خطاب|بيان|تصريح|مقابله|رساله|مداخله|تغريده)\s+ل(?=[^ل\s])")
# Objects of reporting idioms that may stand where a subject would ("لفت الانتباه إلى").
# "كشف النقاب عن" (lifted the veil): the idiom's object, never the one who speaks.
SLOT_OBJECTS = frozenset({"الانتباه", "النظر", "التاكيد", "التذكير", "الموكد", "النقاب"})
# Present forms read as passive when a complementiser follows at once ("يُتوقّع أن").
IMPERSONAL_FORMS = frozenset({"يذكر", "تذكر", "يتوقع", "يرجح", "يعتقد"})
# A comma segment after the source that reports the saying, not a name ("عن مسؤول، قوله إن").
SAYING_NOUN_RE = re.compile(r"^ب?(?:قول|تاكيد|تشديد|اشارت|تحذير|نفي|اعلان|توضيح)(?:ه|ها|هم|هما)(?!\w)")
# "في بيانٍ", "في تصريح له": the medium of a statement before the verb's object.
OBJECT_ASIDE_RE = re.compile(
    r"في\s+(?:ال)?(?:بيان|تصريح|كلمه|موتمر|حديث|تغريده|منشور|رساله|مقابله)(?:\s+(?:له|لها|لهم|صحفي|صحافي|رسمي))?\s+"
)
# "وبحسب كلامه، ...": the source is the one speaking already (a pronoun).
SELF_SOURCE_RE = re.compile(r"^(?:كلام|راي|قول|تعبير|وصف|حديث|تقدير|زعم)(?:ه|ها|هم|هما)$")
# Adverbs that may stand between a verb and its subject ("وذكر حينها آيزنكوت").
SLOT_ADVERBS = frozenset(
    {"حينها", "حينذاك", "انذاك", "وقتها", "ايضا", "كذلك", "مجددا", "بدوره", "بدورها", "بدورهم",
     # manner: "وأكد بوضوح أن", "أعلن صراحةً رفضه"
     "بوضوح", "بصراحه", "صراحه", "علنا", "مرارا", "تكرارا", "وتكرارا"}
)  # fmt: skip
# A comma segment that says when ("في 25 آذار الماضي", "الجمعة", "أمس الأحد", "منذ الـ7 من").
TIME_ASIDE_RE = re.compile(
    r"^(?:(?:في|يوم|منذ|حتي)\s+(?:ال)?(?:ـ\s*)?\d|(?:(?:في|يوم|مساء|صباح|فجر|ليل|ظهر|منذ|خلال)\s+)?"
    r"(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|اليوم|امس|غدا|الاسبوع|الشهر|العام)(?!\w))"
)
# A relative time phrase that ends a speaker slot ("أعلن الوزير الشهر الماضي أنّ").
TIME_NP_RE = re.compile(
    # "في نيسان الماضي", "في شهر تموز": a month after "في".
    r"(?<!\S)في\s+(?:شهر\s+)?(?:كانون|تشرين|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|يناير|فبراير|مارس|ابريل|مايو|"
    r"يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)(?!\w)|"
    r"(?<!\S)(?:(?:في|خلال)\s+)?(?:(?:مطلع|منتصف|اواخر|اوايل|نهايه|بدايه)\s+)?(?:الاسبوع|الشهر|العام|السنه|الاسابيع|الاشهر|الشهور|الايام|الليله|الساعات|الفتره)\s+"
    r"(?:الماضي|الماضيه|الفايت|الفايته|المنصرم|المنصرمه|الجاري|الجاريه|الحالي|الحاليه|الاخير|الاخيره)(?!\w)|"
    # "في تلك الفترة", "في هذه المرحلة": a time pointed at
    r"(?<!\S)(?:في|خلال)\s+(?:تلك|هذه|ذلك|هذا)\s+(?:الفتره|المرحله|الايام|الاثناء|الاونه|الوقت|الحين|الاسبوع|الشهر|العام)(?!\w)"
)
# A present verb of the derived forms with "ت" ("يتوعّد", "تتهم"), never a name's start after
# a role; but "يتسحاق" is one.
PRESENT_DERIVED_RE = re.compile(r"[يت]ت(?!سح)")
# Adverbs that end a subject noun phrase ("أعلنت الصين سابقاً تخصيص ...").
NP_END_ADVERBS = SLOT_ADVERBS | {"سابقا", "موخرا", "لاحقا", "اليوم", "امس", "رسميا", "مساء", "صباح", "ذات"}
# "قال نتنياهو للأميركيين", "أكد فلان لنظيره": the addressee after a person's name.
# Outlets and their staff spoken to ("لصحيفة", "لوكالة", "لمراسل"), with "ل" before them.
OUTLET_HEADS = "مراسل|صحيف|وكال|قنا|موقع|شبك|اذاع"
ADDRESSEE_RE = re.compile(
    rf"\s(?:لل\w{{2,}}|ل\w{{2,}}(?:ه|ها|هم)|ل(?:{OUTLET_HEADS}|وزير|رييس|روساء|نظير|سفراء|ممثلي|اعضاء)\w*)(?!\w)"
)
PAREN_NAME_RE = re.compile(r"\s*\(\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*\)")
NOUN_GOVERNORS = {
    "برغم", "رغم", "بعد", "قبل", "عقب", "اثر", "منذ", "لدي", "ضد", "حول", "في", "علي", "عن", "من", "الي", "مع",
    "بين", "حتي", "دون", "بدون", "ازاء", "تجاه",
}  # fmt: skip

BOUNDARY_CONNECTORS = {
    "لكنه", "لكنها", "لكن", "ولكن", "ولكنه", "ولكنها", "كما", "ثم", "فيما", "بينما", "وكما", "لكنهم",
    "الذي", "التي", "الذين", "اللذين", "اللتين", "فانه", "فانها", "فانهم",
}  # fmt: skip

# Substrings that the strategies without a cue verb look for ("بحسب", "وجاء في", "إعلان X أن").
NON_VERB_CUES = (
    "حسب",
    "وفق",
    "لسان",
    "نقلا",
    "طبقا",
    "استنادا",
    "جاء",
    "ورد",
    "كما",
    "تاكيد",
    "اعلان",
    "تحذير",
    "اعتبار",
    "تشديد",
    "مفاد",
    "تهم",
)
# A comma segment that is a relative clause about the noun before it.
RELATIVE_START_RE = re.compile(r"^و?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)(?!\w)")
# After these the verb comes first and its subject follows it ("بعدما أعلن الوزير").
SUBORDINATORS = {
    "ان",
    "بعدما",
    "عندما",
    "حينما",
    "لما",
    "حين",
    "كلما",
    "بينما",
    "فيما",
    "قبلما",
    "ريثما",
    "مثلما",
    "وقت",  # "في وقتٍ يدّعي الاحتلال ...": at a time when; the verb's subject follows it
}
