"""The speed shortcuts of the date grammar must not change what it finds.

The gate, the "needs" checks on the original text and the lower-cased English anchors each
claim to be exact; these tables check them against straightforward reference versions and
run sentences we wrote through every shortcut (positive and negative rows).
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from tracker.dates import _windows, find_dates
from tracker.dates import resources as R
from tracker.dates import shortcuts as S
from tracker.dates.prefilter import families
from tracker.dates.textmap import DROP_RE, MatchText

REF = date(2025, 2, 14)  # a Friday


def _reference_families(text: str, english: bool) -> frozenset[str]:
    """The gate as first written: split on spaces, split glued words, intersect with a set."""
    found: set[str] = set()
    if R.DIGIT_RE.search(text):
        found.update(R.DIGIT_FAMILIES)
    if english:
        words = set(text.lower().replace("-", " ").split())
        words.update([p for w in words if not w.isalpha() for p in R.NON_LETTERS_RE.split(w)])
        words.update([w[:-1] for w in words if w.endswith("s")])
        table = R.EN_TRIGGERS
    else:
        words = set(DROP_RE.sub("", text).split())
        words.update([p for w in words if not w.isalpha() for p in R.NON_LETTERS_RE.split(w)])
        table = R.AR_TRIGGERS
    for word in words & table.keys():
        found.update(table[word])
    return frozenset(found)


GATE_ROWS = [
    ("وأوضح المسؤول أن الحكومة تعمل على تحسين الخدمات.", False),
    ("وقال أمسِ إن الخطة جاهزة.", False),
    ("وقال «أمس» إن الخطة جاهزة.", False),
    ("وقال (أمس): الخطة جاهزة", False),
    ("قال شـباط إنه", False),
    ("ارتفع 5% منذ العام", False),
    ("ارتفع ٥٪ منذ العام", False),
    ("وبالأمس والجمعة", False),
    ("كتاب الأب", False),
    ("في آب", False),
    ("أمس_الأول", False),
    ("أمس²", False),
    ("The minister spoke on Tuesday.", True),
    ("Tuesday's vote was delayed for weeks.", True),
    ("Sales rose 5% (year-on-year) in MARCH.", True),
    ("He said: “yesterday—not today”.", True),
    ("The mayor may resign.", True),
    ("Nothing here at all", True),
    ("Mondays#", True),
    ("\u212aelvin said on monday", True),
]


@pytest.mark.parametrize(("text", "english"), GATE_ROWS)
def test_gate_matches_the_reference(text: str, english: bool) -> None:
    assert families(text, english) == _reference_families(text, english)
    assert families(text, not english) == _reference_families(text, not english)


def test_gate_matches_the_reference_on_mutated_text() -> None:
    rng = random.Random(7)
    glue = ["\u064e", "\u0640", "\u200f", "-", "s", "،", "2", "x", "'s", "\u00ad", "_", "²", "%", "«", " "]
    bases = [text for text, _ in GATE_ROWS]
    for _ in range(3000):
        text = rng.choice(bases)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(glue) + text[i:]
        for english in (False, True):
            assert families(text, english) == _reference_families(text, english), text


ROWS_AR = [
    ("قُتل 5 أشخاص وأصيب 12 آخرون.", []),
    ("ارتفع المؤشر 3.5 نقطة و5-3 في المباراة.", []),
    ("وقع الحادث في 15/3/2024 مساء.", [("15/3/2024", "2024-03-15", "day", "explicit")]),
    ("وقع الحادث في ١٥/٣/٢٠٢٤ مساء.", [("١٥/٣/٢٠٢٤", "2024-03-15", "day", "explicit")]),
    ("وقع الحادث في ١٥‐٣‐٢٠٢٤ مساء.", [("١٥‐٣‐٢٠٢٤", "2024-03-15", "day", "explicit")]),
    ("أسس المركز عام 2019.", [("عام 2019", "2019-01-01", "year", "explicit")]),
    ("أسس المركز عام ٢٠١٩.", [("عام ٢٠١٩", "2019-01-01", "year", "explicit")]),
    ("وقال الأمين العام للأمم المتحدة إن الرأي العام منقسم.", []),
    ("وأكد قبل يومين أن الاتفاق قريب.", [("قبل يومين", "2025-02-12", "day", "relative")]),
    ("وأكد منذ ثلاثة أيام أن الاتفاق قريب.", [("منذ ثلاثة أيام", "2025-02-11", "day", "relative")]),
    ("قبل أن يغادر، وهذا ما قاله منذ البداية.", []),
    ("وصل الوفد الشهر الماضي.", [("الشهر الماضي", "2025-01-01", "month", "relative")]),
    ("جرى ذلك في الـ14 من الشهر الجاري.", [("الـ14 من الشهر الجاري", "2025-02-14", "day", "explicit")]),
    ("بدأ العمل مطلع العام الجاري.", [("مطلع العام الجاري", "2025-01-01", "year", "relative")]),
    ("تأسست عام 1446هـ.", [("1446هـ", "2025-01-01", "year", "explicit")]),
    ("وقال في آب إن الخطة جاهزة.", [("آب", "2024-08-01", "month", "explicit")]),
    ("ترك الكتاب على الطاولة.", []),
]


def _found(text: str, language: str) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.value.isoformat(), m.precision, m.basis) for m in find_dates(text, REF, language)]


@pytest.mark.parametrize(("text", "expected"), ROWS_AR)
def test_arabic_through_the_shortcuts(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _found(text, "ar") == expected


ROWS_EN = [
    ("The minister spoke on Tuesday.", [("Tuesday", "2025-02-11", "day", "weekday")]),
    ("The minister spoke on TUESDAY.", [("TUESDAY", "2025-02-11", "day", "weekday")]),
    ("İstanbul's mayor spoke on Tuesday.", [("Tuesday", "2025-02-11", "day", "weekday")]),
    ("The \u212aelvin scale report came out last week.", [("last week", "2025-02-01", "month", "relative")]),
    ("Sales rose 5% since 2019.", [("2019", "2019-01-01", "year", "explicit")]),
    ("The mayor may resign over 12 issues.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS_EN)
def test_english_through_the_shortcuts(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _found(text, "en") == expected


def test_case_special_characters_are_complete() -> None:
    """Every non-ASCII character a case-insensitive ASCII letter matches is in the list."""
    letter = re.compile("(?i)[a-z]")
    special = [chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))]
    assert special
    assert all(S.EN_CASE_SPECIAL_RE.fullmatch(ch) for ch in special)


def test_raw_needs_never_miss_what_the_folded_text_has() -> None:
    """The checks on the original text are necessary conditions of the folded anchors."""
    rng = random.Random(11)
    alphabet = "0123456789١٢٩٠۱۹ /-.–هةھ\u064eـ اأالشهرمسقبلمنذيوم"
    folded_year = re.compile("(?:19|20)[0-9]{2}")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        folded = MatchText(text).folded
        if any(R.AR_ANCHORS[f].search(folded) for f in (R.NUMERIC, R.HIJRI_YEAR)) or folded_year.search(
            folded
        ):
            assert S.RAW_DIGIT_ANCHOR_RE.search(text), text
        kept = DROP_RE.sub("", text)
        if folded_year.search(folded):
            assert S.AR_FAMILY_NEEDS[R.YEAR].search(kept), text
        if S.RULE_NEEDS[R.AR_RELATIVE_RE].search(folded) or "الشهر" in folded:
            assert S.AR_FAMILY_NEEDS[R.RELATIVE].search(kept), text


def _reference_windows(text: str, anchors: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    n = len(text)
    merged: list[tuple[int, int]] = []
    for m in anchors.finditer(text):
        lo = max(0, m.start() - before)
        hi = text.find(" ", min(n, m.end() + after))
        hi = n if hi < 0 else hi
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


@pytest.mark.parametrize("seed", range(5))
def test_windows_match_the_reference(seed: int) -> None:
    rng = random.Random(seed)
    anchor = re.compile("ab|b")
    for _ in range(2000):
        text = "".join(rng.choice("ab  x") for _ in range(rng.randint(0, 40)))
        before, after = rng.randint(0, 6), rng.randint(0, 6)
        assert _windows(text, anchor, before, after) == _reference_windows(text, anchor, before, after)
