"""Who issued a document that "البيان" or "التقرير" stands for as a speaker.

"نشرت منظمة العفو الدولية تقريراً جديداً. وأكّد التقرير أنّ ...": the report speaks for its
publisher, whom the text named when it introduced the document (the subject of "نشر/أصدر",
or the owner after it: "تقرير لمنظمة ...", "تقرير منظمة ..."). Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re

from tracker.extract.ar_lexicon import ORG_RE
from tracker.extract.ar_nps import np_then_object
from tracker.extract.ar_resources import TOKEN_RE
from tracker.extract.ar_slots import _NP_STRIP
from tracker.extract.ar_text import strip_span

# Documents a source issues, by their definite anaphor ("البيان" -> "بيان ...").
DOC_STEMS = {
    "البيان": "بيان", "التقرير": "تقرير", "الرساله": "رساله", "البلاغ": "بلاغ", "الدراسه": "دراسه",
    "التحليل": "تحليل", "الاستطلاع": "استطلاع", "البيانات": "بيانات", "الارقام": "ارقام",
    "الاحصاءات": "احصاءات", "المعطيات": "معطيات",
}  # fmt: skip
# How far back the document's introduction may be (about a paragraph).
_PUBLISHER_REACH = 500
_PUBLISH_VERB_RE = re.compile(r"[وف]?(?:نشر|اصدر|اعد|وزع|قدم|عرض|اطلق|اجر|اجري)(?:ت|وا|ا)?")


def _introduces(text: str, i: int, stem: str) -> bool:
    """Whether the document word at ``i`` is indefinite, at a word start ("بياناً", "في تقرير"),
    and that document, not another word ("بيانات")."""
    end = i + len(stem)
    while end < len(text) and text[end].isalpha():
        end += 1
    if text[i + len(stem) : end] not in ("", "ا", "ه", "ها", "هم"):
        return False
    if i and text[i - 1].isalpha():
        return text[i - 1] in "وبل" and (i < 2 or not text[i - 2].isalpha())
    return True


def _owner_span(text: str, start: int) -> tuple[int, int] | None:
    end = start
    for ch in "،.\n":
        j = text.find(ch, start, start + 80)
        if j >= 0:
            end = j if end == start else min(end, j)
    if end == start:
        end = min(len(text), start + 80)
    stop = np_then_object(text, start, end)
    a, b = strip_span(text, start, stop, _NP_STRIP)
    return (a, b) if b - a >= 3 else None


def document_publisher(text: str, phrase: str, pos: int) -> tuple[int, int] | None:
    """Who issued the document "البيان"/"التقرير" refers to, when the text introduced it
    shortly before: "أصدرت الوزارة بياناً", "في تقرير لمنظمة ...", "تقرير منظمة ..."."""
    stem = DOC_STEMS[phrase]
    floor = max(0, pos - _PUBLISHER_REACH)
    i = text.rfind(stem, floor, pos)
    while i >= floor and not _introduces(text, i, stem):
        i = text.rfind(stem, floor, i)
    if i < floor:
        return _relative_publisher(text, phrase, floor, pos)
    word_end = i
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    nxt = TOKEN_RE.search(text, word_end, min(len(text), word_end + 40))
    if nxt is not None and not text[word_end : nxt.start()].strip():
        word = nxt.group()
        if ORG_RE.match(word.removeprefix("ل")):
            # "تقرير منظمة العفو", "تقرير لمنظمة العفو": the owner after the document.
            return _owner_span(text, nxt.start() + (1 if word.startswith("ل") else 0))
        if word.startswith("لل") and ORG_RE.match("ال" + word[2:]):
            # "تقرير للأمم المتحدة": the article's alef is elided; credit the name as the
            # article writes it elsewhere.
            owner = _owner_span(text, nxt.start() + 1)
            if owner is not None:
                full = "ا" + text[owner[0] : owner[1]]
                j = text.find(full)
                return (j, j + len(full)) if j >= 0 else None
    clause = max(text.rfind(ch, 0, i) for ch in ".\n،") + 1
    verb = TOKEN_RE.search(text, clause, i)
    if verb is None or not _PUBLISH_VERB_RE.fullmatch(verb.group()):
        return None
    # "أصدرت وزارة الخارجية بياناً": the subject between the verb and the document.
    a, b = strip_span(text, verb.end(), i, _NP_STRIP)
    return (a, b) if b - a >= 3 and len(text[a:b].split()) <= 8 else None


def _relative_publisher(text: str, phrase: str, floor: int, pos: int) -> tuple[int, int] | None:
    """ "بحسب البيانات النهائية التي نشرتها وزارة الداخلية. وبحسب البيانات، ...": the body a
    relative clause named as the document's publisher when the text first gave it."""
    i = text.rfind(phrase, floor, pos)
    while i >= floor:
        m = _PUBLISHED_BY_RE.match(text, i + len(phrase))
        if m is not None:
            return _owner_span(text, m.end())
        i = text.rfind(phrase, floor, i)
    return None


# "البيانات (النهائية) التي نشرتها ...": up to two adjectives, the relative, a publishing verb
# with its object pronoun.
_PUBLISHED_BY_RE = re.compile(
    r"(?:\s+ال\w+){0,2}\s+(?:التي|الذي)\s+" + _PUBLISH_VERB_RE.pattern + r"(?:ها|ه)\s+(?=\S)"
)


__all__ = ["DOC_STEMS", "document_publisher"]
