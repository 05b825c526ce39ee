"""Words that scraped text runs together, and where to split them.

Links in the pages the corpus was copied from lose their spaces: "حركةالجهاد الإسلاميإن",
"ودانتحركة المجاهدينبشدة", "مراسلالميادينبوصول". The patterns here find the seams on the stored
text (``ar_text`` puts a space in the shadow text there); the word tables find cue verbs that a
source was run into, which need the cue tables first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.ar_lexicon import MEDIA_RE, ORG_RE, ROLE_HEAD_RE, UNNAMED_RE
from tracker.extract.ar_resources import ADDRESSED_OUTLETS, CUES, NARRATIVE_PAST_FORMS

# Words run together in source text, split back for display names only:
# "مراسلالميادين" -> "مراسل الميادين", "الميادينفي غزة" -> "الميادين في غزة".
_GLUED_HEADS = (
    "مراسل", "مراسله", "مراسلة", "مصادر", "موفد", "موفده", "موفدة", "وكالة", "وكاله", "قناة", "قناه",
    "صحيفة", "صحيفه",
)  # fmt: skip
GLUED_HEAD_RE = re.compile(r"(?<!\S)((?:و)?(?:" + "|".join(_GLUED_HEADS) + r"))(?=ال\w{3,})")
GLUED_IN_RE = re.compile(r"(\w{4,}(?:ين|ون|ات|ية|يه))في(?=\s)")
# What a glued head's match must contain: most names hold none of these, and one search of
# them (re scans for their few first letters) costs far less than the pattern's.
_GLUED_HEAD_SEAM_RE = re.compile("|".join(head + "ال" for head in _GLUED_HEADS))


def split_glued_name(name: str) -> str:
    """A display name with the words run together after a head or before "في" set apart."""
    if "في" in name:
        name = GLUED_IN_RE.sub(r"\1 في", name)
    if _GLUED_HEAD_SEAM_RE.search(name):
        name = GLUED_HEAD_RE.sub(r"\1 ", name)
    return name


# Letters that only end a word: a letter glued after them starts a new word (on the stored text).
# One pattern per letter: re skips ahead to a single letter three times faster than to a class.
GLUE_AFTER_RES = tuple(re.compile(f"{last}[\u064b-\u0652\u0640]*(?=[\u0621-\u064a])") for last in "ىة")
# A reporting verb or "بشأن" glued after a plural or nisba ending ("الميادينقال",
# "الميادينبشأن"): links run into the next word in scraped text. On the stored text.
_GLUE_TAILS = (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أعلن", "أعلنت", "أشار", "أشارت", "أوضح", "أوضحت",
    "ذكر", "ذكرت", "بشأن", "حول", "عن", "إلى", "إن", "أن", "بأن", "أدان", "أدانت", "دانت", "في", "نفى", "نفت",
    "بشدة", "أمس",
)  # fmt: skip


def _glue_before(tails: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    # One pattern per last letter of the ending (ن of ين/ون/ان, ت of ات), each opening on that
    # letter: re skips ahead to a single letter for a fifth of what a class of the tails' ten
    # first letters costs. The match is that letter; its end is where the tail starts.
    letter = "\u0621-\u064a"
    firsts = "".join(sorted({t[0] for t in tails}))
    tail = f"(?=[{firsts}])(?=(?:{'|'.join(sorted(tails, key=len, reverse=True))})(?![{letter}]))"
    return (
        re.compile(f"ن(?<=[{letter}]{{3}}[يوا]ن){tail}"),
        re.compile(f"ت(?<=[{letter}]{{3}}ات){tail}"),
    )


#: A tail starts at the end of each match.
GLUE_BEFORE_RES = _glue_before(_GLUE_TAILS)
# "المجاهدينالفلسطينية", "فلسطينالمجزرة": a definite word glued after a plural or -ين ending.
_PLURAL_ENDINGS = ("ين", "ون", "ات")
GLUE_ARTICLE_RE = re.compile(
    f"(?:{'|'.join(_PLURAL_ENDINGS)})(?=ال[\u0621-\u064a]{{3}})(?<=[\u0621-\u064a]{{5}})"
)
# What the pattern's match must contain (in one article in ten): elsewhere it is not run.
ARTICLE_GLUED = tuple(ending + "ال" for ending in _PLURAL_ENDINGS)
# "وكانتالمقاومة": the auxiliary run into the subject after it (run only where "كانال" or
# "كانتال" occurs).
# "فيكلمة له", "فيتقرير": the preposition run into the speech or document after it (stored
# text; literal first, the callers check that the word starts there).
GLUE_FI_RE = re.compile(
    "في(?=(?:كلم[ةه]|خطاب|بيان|تقرير|حديث|مقابل[ةه]|تصريح|مؤتمر|رسال[ةه]|تغريد[ةه]|منشور)(?![\u0621-\u064a]{4}))"
)
# Literal first, so the search skips ahead; the callers check that the word starts there.
GLUE_KANA_RE = re.compile("كان(?=ال[\u0621-\u064a]{3})|كانت(?=[\u0621-\u064a]{3})")  # not "كانتا"
# "محمود بصلللميادين": the outlet addressed, run into the name before it (on the stored text,
# where the outlet's final ه may be written ة). Each look-behind follows its own outlet so re
# scans for the outlets' letters first.
GLUE_OUTLET_RE = re.compile(
    "|".join(f"{o}(?<=[\u0621-\u064a]{{2}}{o})" for o in (re.sub("ه$", "[ةه]", o) for o in ADDRESSED_OUTLETS))
)
# "الإسلاميإن", "القائدإسماعيل", "إلىإيقاف": hamza under alef only opens a word, after at most
# a one-letter prefix (و ف ب ل ك) or the negation "لا" ("اللاإنسانية"); after any other letter
# a new word starts (stored text; literal first, then the look-behinds).
_NOT_BEFORE_HAMZA_BELOW = "وفبلكاإـ"
_BEFORE_HAMZA_BELOW = "".join(chr(c) for c in range(0x621, 0x64B) if chr(c) not in _NOT_BEFORE_HAMZA_BELOW)
GLUE_HAMZA_BELOW_RE = re.compile(
    f"إ(?:(?<=[{_BEFORE_HAMZA_BELOW}]إ)|(?<=[{_BEFORE_HAMZA_BELOW}][\u064b-\u0652]إ)|(?<=[^ل]اإ)|(?<=[^ل]ا[\u064b-\u0652]إ))"
)
# "عن أنالعائلات": the complementiser run into a definite word (stored text; the callers
# check that the word starts there).
GLUE_AN_RES = tuple(re.compile(h + "ن[\u064b-\u0652]?(?=ال[\u0621-\u064a]{3})") for h in "أإ")
# "الرئيسالجزائري", "وزيرالخارجية": a role's head run into the definite word after it (stored
# text; the callers check that the head, with or without its article, starts a word).
_ROLE_HEADS = ("رئيس", "وزير", "متحدث", "ناطق", "سفير", "مبعوث")
GLUE_ROLE_RE = re.compile(f"(?:{'|'.join(_ROLE_HEADS)})(?=ال[\u0621-\u064a]{{3}})")
# What the pattern's match must contain (rare): elsewhere it is not run.
ROLE_GLUED = tuple(head + "ال" for head in _ROLE_HEADS)
# "مراسلالميادينبوصول": an outlet's name run into the word after it (stored text).
GLUE_AFTER_OUTLETS = tuple(re.compile(o + "(?=[\u0621-\u064a])") for o in ("الميادين", "رويترز"))
# "قدأعلن", "فيمانفت", "بينماأكد": a particle or subordinator run into the reporting verb after
# it (on the stored text). Only searched where QAD_GLUED_RE finds one run into a letter a
# listed verb opens with, so clean text pays nothing (one search costs a quarter of several
# substring tests). "قدرات" is no "قد رأت": the verbs of seeing are left out.
QAD_GLUED_RE = re.compile("(?:قد|فيما|بينما|حيث|كما)[أاقذتنحشكلص]")
_SHADDA = "\u0651?"
_AFTER_PARTICLE_VERBS = (
    "أعلن", "أكد", "أضاف", "أشار", "أوضح", "قال", "ذكر", "نفت", "نفى", "نفوا", "كشف", "لفت", "توع" + _SHADDA + "د",
    "حذ" + _SHADDA + "ر", "شد" + _SHADDA + "د", "صر" + _SHADDA + "ح", "أفاد", "أقر", "اعترف", "اعتبر",
    "تحدث",
)  # fmt: skip
GLUE_QAD_RE = re.compile(
    "(?<![\u0621-\u064a])[وف]?(?:قد|فيما|بينما|حيث|كما)(?=(?:"
    + "|".join(v.replace("كد", "ك" + _SHADDA + "د") for v in _AFTER_PARTICLE_VERBS)
    + ")(?:ت|وا)?(?![\u0621-\u064a]))"
)

# Past forms that scraped text runs into the next word ("قالتحركة فتح", "أكّدتلجان المقاومة").
GLUED_PAST = {
    conj + form: (conj, form)
    for cue in CUES
    for form in cue.past
    for conj in ("", "و", "ف")
    if len(form) >= 3
}
_GLUED_LENGTHS = sorted({len(k) for k in GLUED_PAST}, reverse=True)
GLUED_STARTS = frozenset(k[:3] for k in GLUED_PAST)
# Cue and narrative past forms that a source may be run into ("ودانتحركة", "قالتالوزارة").
_RUN_IN_PAST = frozenset(GLUED_PAST) | {
    conj + form for form in NARRATIVE_PAST_FORMS for conj in ("", "و", "ف") if len(form) >= 3
}
_RUN_IN_LENGTHS = sorted({len(k) for k in _RUN_IN_PAST}, reverse=True)
RUN_IN_STARTS = frozenset(k[:3] for k in _RUN_IN_PAST if not k.startswith(("ال", "وال", "فال")))
DEFINITE_STARTS = ("ال", "وال", "فال", "بال", "لل", "كال")
_PRONOUN_STARTS = ("ه", "ني", "نا", "كم", "تم", "ا", "وا")


@lru_cache(maxsize=8192)
def glued_verb(word: str) -> tuple[str, str] | None:
    """The past cue form a word starts with when the next word is glued to it, else None.
    Cached: the same long words come back article after article."""
    for k in _GLUED_LENGTHS:
        hit = GLUED_PAST.get(word[:k])
        if hit is None:
            continue
        rest = word[k:]
        if rest.startswith("ال") and len(rest) >= 4:
            return hit  # "قالالوزير"
        if (
            hit[1].endswith("ت")
            and len(rest) >= 3
            and not rest.startswith(_PRONOUN_STARTS)
            and not word.startswith("ال")  # "المحتجزين", "المحترفين": a noun, not "ألمحت" run on
        ):
            return hit  # "قالتحركة": a feminine form, then a name
    return None


_CORRESPONDENT_HEADS = frozenset({"مراسل", "مراسله", "مصادر", "موفد", "موفده"})
_HEAD_THEN_OUTLET_RE = re.compile("(?:مراسل|مراسله|مصادر|موفد|موفده)ال[\u0621-\u064a]{3}")


def _source_run_in(verb: str, rest: str) -> bool:
    """Whether the letters after a past verb start a source: a definite word, or a known head
    after a feminine verb ("قالتالوزارة", "دانتلجان"); not the rest of a longer word ("ألمح"
    in "المحامين", "ألمحت" in "المحتجزين")."""
    if rest.startswith("ال"):
        return len(rest) >= 5
    if _HEAD_THEN_OUTLET_RE.match(rest) or rest in _CORRESPONDENT_HEADS:
        # "وأكدمراسلالميادين", "ما أكّدمراسل الميادين": a correspondent or sources run on.
        return True
    return verb.endswith("ت") and any(rx.match(rest) for rx in (ORG_RE, MEDIA_RE, ROLE_HEAD_RE, UNNAMED_RE))


@lru_cache(maxsize=8192)
def _run_in_length(word: str) -> int | None:
    """The length of the past verb a source is run into at the start of ``word``, else None."""
    return next(
        (k for k in _RUN_IN_LENGTHS if word[:k] in _RUN_IN_PAST and _source_run_in(word[:k], word[k:])), None
    )


def run_in_starts(text: str, candidates: list[str]) -> tuple[int, ...]:
    """Where a source starts inside each candidate word that a past verb opens (a definite word,
    "المحتجزين", is a noun whatever verb it starts like: the caller left those out)."""
    out: list[int] = []
    for w in candidates:
        k = _run_in_length(w)
        if k is None:
            continue
        i = text.find(w)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                out.append(i + k)
            i = text.find(w, i + len(w))
    return tuple(sorted(out))


__all__ = [
    "ARTICLE_GLUED",
    "DEFINITE_STARTS",
    "GLUED_HEAD_RE",
    "GLUED_IN_RE",
    "GLUED_PAST",
    "GLUED_STARTS",
    "GLUE_AFTER_OUTLETS",
    "GLUE_AFTER_RES",
    "GLUE_AN_RES",
    "GLUE_ARTICLE_RE",
    "GLUE_BEFORE_RES",
    "GLUE_FI_RE",
    "GLUE_HAMZA_BELOW_RE",
    "GLUE_KANA_RE",
    "GLUE_OUTLET_RE",
    "GLUE_QAD_RE",
    "GLUE_ROLE_RE",
    "QAD_GLUED_RE",
    "ROLE_GLUED",
    "RUN_IN_STARTS",
    "glued_verb",
    "run_in_starts",
    "split_glued_name",
]
