"""Compiled checks that let the date grammar skip work, built once at import.

Each is a *necessary* condition of something in :mod:`tracker.dates.resources` (a trigger
word, an anchor, a rule's match), read more cheaply: on the original rather than the folded
text, on a lower-cased copy, or on a window before its pattern runs. None may ever reject a
text or window where the full grammar would find something; ``tests/test_dates_shortcuts.py``
checks them against the straightforward versions.
"""

from __future__ import annotations

import re

from tracker.dates.build import raw_spellings as _raw
from tracker.dates.build import trie_regex as _alt
from tracker.dates.build import words as _words
from tracker.dates.resources import (
    AR_DAY_MONTH_RE,
    AR_DAY_OF_MONTH_RE,
    AR_MONTH_YEAR_RE,
    AR_NUMBER_WORDS,
    AR_ORDINALS,
    AR_PART,
    AR_RELATIVE_RE,
    AR_YEAR_RE,
    EN_ANCHOR_WORDS,
    EN_ANCHORS,
    EN_MONTH_YEAR_RE,
    EN_TRIGGERS,
    RELATIVE,
    YEAR,
)
from tracker.dates.textmap import PREIMAGES
from tracker.normalize import INVISIBLE_RE, TASHKEEL_RE

# ---------------------------------------------------------------------------- the gate

_GLUE = r"[0-9\u0660-\u0669\u06f0-\u06f9\"'()\[\]«»“”‘’.,،:;؛!?؟/\\\-–—…%٪+&*|{}#@$]"
#: Punctuation and digits that glue to words; swapped for spaces, most sentences split into
#: letter-only words, which the gate looks up in a set. Written "one, then any more" rather than
#: with "+": ``re`` skips ahead only to the characters of a class a pattern opens with.
GLUE_RE = re.compile(_GLUE + _GLUE + "*")
#: English plurals and possessives ("weeks", "Tuesday's") name the family of the bare word.
EN_TRIGGER_WORDS_S: frozenset[str] = frozenset(EN_TRIGGERS) | {w + "s" for w in EN_TRIGGERS}

# ---------------------------------------------------------------------------- English anchors

#: The same anchors for a lower-cased copy: ``re`` cannot skip ahead in a case-insensitive
#: pattern, so they are ten times faster on a long text.
EN_ANCHORS_LOWER: dict[str, re.Pattern[str]] = {
    **EN_ANCHORS,
    **{family: re.compile(_alt(words)) for family, words in EN_ANCHOR_WORDS.items()},
}
#: The non-ASCII characters a case-insensitive ASCII letter matches (İ ı ſ and the Kelvin
#: sign): in a text that has one, only the case-insensitive anchors find the same places.
EN_CASE_SPECIAL_RE = re.compile("[\u0130\u0131\u017f\u212a]")

# ---------------------------------------------------------------------------- needs

_DROP = TASHKEEL_RE.pattern[1:-1] + INVISIBLE_RE.pattern[1:-1]  # textmap.DROP_RE as one class
_D, _X = "[0-9\u0660-\u0669\u06f0-\u06f9]", f"[{_DROP}]*"
# Each pattern opens on one character class (what lets ``re`` skip ahead to the next digit);
# "19"/"20" are checked by looking back at the digit just read.
_YEAR_REST = (
    rf"(?:(?<=[1\u0661\u06f1]){_X}[9\u0669\u06f9]|(?<=[2\u0662\u06f2]){_X}[0\u0660\u06f0]){_X}{_D}{_X}{_D}"
)
_RAW_YEAR = rf"[12\u0661\u0662\u06f1\u06f2]{_YEAR_REST}"
#: The digit anchors (NUMERIC, HIJRI_YEAR, DIGIT) read on the *original* text: each folded
#: character by all the characters that fold to it, with room for dropped marks. When it finds
#: nothing, no digit rule can fire and the text need not be folded for them.
RAW_DIGIT_ANCHOR_RE = re.compile(
    rf"{_D}(?:{_X}[/\-.\u2010-\u2013\u2212]{_X}{_D}|[\s{_DROP}]*[هةھ]|{_YEAR_REST})"
)
_YEAR_DIGITS = re.compile("(?:19|20)[0-9]{2}")
_AR_RELATIVE_NEEDS = _words(
    "امس اليوم الليله قبل منذ الماضي المنصرم الفائت هذا هذه الحالي الجاري مطلع بدايه اوايل منتصف اواسط"
)


def _each(words: tuple[str, ...] | list[str], tail: str) -> list[str]:
    """``(?:a|b)tail`` as the alternatives ``atail``, ``btail``: each opens on its first letter."""
    return [re.escape(word) + tail for word in words]


#: What a rule's match must contain (a digit, "الشهر", ...): a window without it is not scanned.
#: A day is a number or an ordinal; a relative expression holds one of a few word pairs.
RULE_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    AR_DAY_OF_MONTH_RE: re.compile("الشهر"),
    AR_DAY_MONTH_RE: re.compile("[0-9]|" + _alt({w.split()[0] for w in AR_ORDINALS})),
    AR_MONTH_YEAR_RE: _YEAR_DIGITS,
    AR_YEAR_RE: _YEAR_DIGITS,
    EN_MONTH_YEAR_RE: _YEAR_DIGITS,
    # One piece of each alternative: "قبل" or "هذا" alone are everyday words, "قبل يومين" is not.
    # Every alternative opens on a letter (no group first), so re skips ahead to those letters.
    AR_RELATIVE_RE: re.compile(
        "|".join(
            [
                "امس",
                "اليوم",
                "الليله",
                *_each(("قبل", "منذ"), rf"\s+(?:يوم|[0-9]|اسبوع|شهر|عام|سنه|{_alt(AR_NUMBER_WORDS)})"),
                r"هذا\s+(?:الاسبوع|الشهر|العام)",
                r"هذه\s+السنه",
                *_each(("اسبوع", "شهر", "عام", "سنه"), r"\s+(?:الماضي|المنصرم|الفائت)"),
                *_each(("الاسبوع", "الشهر", "العام"), r"\s+(?:الحالي|الجاري)"),
                r"السنه\s+(?:الحاليه|الجاريه)",
                *_each(AR_PART[3:-1].split("|"), r"\s+(?:الشهر|العام|السنه)"),
            ]
        )
    ),
}
#: The same needs read on the text without marks (not folded), for Arabic families whose every
#: rule has one: a text without any is not folded or windowed for the family ("الأمين العام").
AR_FAMILY_NEEDS: dict[str, re.Pattern[str]] = {
    RELATIVE: re.compile(_alt(_raw(("الشهر", *_AR_RELATIVE_NEEDS), PREIMAGES))),
    YEAR: re.compile(_RAW_YEAR),
}
