"""Shared pieces of the Arabic strategies: the candidate record, cue-word lookup and the
small text helpers (clause boundaries, where a content starts, relayed sources).

Offsets are shadow-text offsets (see :mod:`.ar_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.extract.ar_glue import DEFINITE_STARTS, GLUED_STARTS, RUN_IN_STARTS, glued_verb, run_in_starts
from tracker.extract.ar_lexicon import (
    DOC_SUBJECT_RE,
    GROUP_RE,
    LETTER_WORDS,
    MEDIA_HEAD_END_RE,
    MEDIA_RE,
    NAME_LINK_WORDS,
    NOT_SPEAKER_RE,
    ORG_RE,
    ROLE_HEAD_RE,
)
from tracker.extract.ar_resources import (
    ACCORDING_ASIDE_RE,
    AN_GOVERNORS,
    ASIDE_LEAD_RE,
    BOUNDARY_CONNECTORS,
    COMP_RE,
    COMPLEMENT_ONLY_RES,
    COMPLEMENT_ONLY_SURFACES,
    FORM_TO_CUE,
    MASDAR_RE,
    NOT_RELAY_SOURCE_RE,
    PARTICIPLE_TO_CUE,
    PREP_WORDS,
    QUOTE_CHARS,
    SAYING_BY_RE,
    SAYING_NOUN_RE,
    TOKEN_RE,
    WORD_RE,
    Cue,
)
from tracker.extract.ar_slots import Slot, parse_slot
from tracker.extract.ar_text import Sentence, strip_span

_MAX_SLOT_WORDS = 22


@dataclass(slots=True)
class Candidate:
    """A proposed statement before its speaker is resolved."""

    method: str
    cue: tuple[int, int]
    content: tuple[int, int]
    #: The speaker slot; None with ``pronoun`` True means "resolve by gender and recency".
    slot: Slot | None = None
    pronoun: bool = False
    #: Participles take the speaker of the clause they hang on.
    same_as_clause: bool = False
    via: Slot | None = None
    gender: str | None = None
    confidence: float = 0.7
    #: Where an earlier statement in the sentence must end when this one starts.
    boundary: int | None = None
    #: Content-first cue: the content is before the cue.
    content_first: bool = False


class WordMatch:
    """A cue word found by dictionary lookup (faster than one huge regex alternation).

    A plain slotted class rather than a frozen dataclass, as are :class:`Context` and
    ``ar_text.Sentence``: one is made per cue word, sentence or cue sentence of every article,
    and a frozen dataclass's ``__init__`` costs twice as much.
    """

    __slots__ = ("begin", "finish", "groups")

    def __init__(self, begin: int, finish: int, groups: dict[str, str]) -> None:
        self.begin = begin
        self.finish = finish
        self.groups = groups

    def __repr__(self) -> str:
        return f"WordMatch({self.begin}, {self.finish}, {self.groups!r})"

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, name: str) -> str:
        return self.groups[name]


def _surface_table(table: dict[str, Cue], objects: bool) -> dict[str, tuple[str, str, str]]:
    """Every written form of the cue words: و/ف + form + object pronoun, looked up in one step."""
    out: dict[str, tuple[str, str, str]] = {}
    for form in table:
        for conj in ("", "و", "ف"):
            for obj in ("", "ها", "هم", "ه") if objects else ("",):
                out.setdefault(conj + form + obj, (conj, form, obj))
                if obj and form.endswith("وا"):
                    # "وصفوه", "اعتبروها": the plural's alef drops before an object pronoun.
                    out.setdefault(conj + form[:-1] + obj, (conj, form, obj))
    return out


_VERB_SURFACES = _surface_table(FORM_TO_CUE, True)
PARTICIPLE_SURFACES = _surface_table(PARTICIPLE_TO_CUE, False)
# The same keys as sets: ``set & frozenset`` walks the smaller side (the article's words),
# ``set & dict.keys()`` walks all the thousands of surfaces.
_VERB_SURFACE_SET = frozenset(_VERB_SURFACES)
_PARTICIPLE_SURFACE_SET = frozenset(PARTICIPLE_SURFACES)


def find_all_cue_words(text: str) -> tuple[list[WordMatch], list[WordMatch], tuple[int, ...]]:
    """Finite cue verbs and participles of the whole text, and where a source starts inside
    a word because it was run into the cue or narrative verb before it.

    The distinct words are intersected with the cue tables first (C speed); only the few
    words that hit are then located, so most of the text is never walked in Python.
    """
    words = word_set(text)
    vhits = words & _VERB_SURFACE_SET
    phits = words & _PARTICIPLE_SURFACE_SET
    verbs: list[WordMatch] = []
    parts: list[WordMatch] = []

    n = len(text)
    for hits, table, target in ((vhits, _VERB_SURFACES, verbs), (phits, PARTICIPLE_SURFACES, parts)):
        for w in hits:
            conj, verb, obj = table[w]
            i = text.find(w)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not text[i - 1].isalnum()) and (j == n or not text[j].isalnum()):
                    target.append(WordMatch(i, j, {"conj": conj, "verb": verb, "obj": obj}))
                i = text.find(w, j)
    # Past cue verbs run into the next word, and any past verb a source is run into: both
    # start long words (one loop, each word's first letters cut once).
    glued: list[str] = []
    run_in: list[str] = []
    for w in words:
        if len(w) >= 6:
            first = w[:3]
            if first in GLUED_STARTS and w not in vhits:
                glued.append(w)
            if first in RUN_IN_STARTS and not w.startswith(DEFINITE_STARTS):
                run_in.append(w)
    for w in glued:
        hit = glued_verb(w)
        if hit is None:
            continue
        conj, verb = hit
        i = text.find(w)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                verbs.append(WordMatch(i, i + len(conj) + len(verb), {"conj": conj, "verb": verb, "obj": ""}))
            i = text.find(w, i + len(w))
    if not words.isdisjoint(COMPLEMENT_ONLY_SURFACES):
        for rx in COMPLEMENT_ONLY_RES:
            for m in rx.finditer(text):
                start = m.start()
                conj = text[start - 1] if start and text[start - 1] in "وف" else ""
                begin = start - len(conj)
                if begin and text[begin - 1].isalnum():
                    continue  # inside a longer word
                verbs.append(WordMatch(begin, m.end(), {"conj": conj, "verb": m.group()[:3], "obj": ""}))
    for target in (verbs, parts):
        target.sort(key=WordMatch.start)
    return verbs, parts, run_in_starts(text, run_in)


def word_set(text: str) -> set[str]:
    """The distinct words (``WORD_RE`` matches) of ``text``. Splitting at spaces makes most of
    them at C speed; only the tokens that hold something besides letters and digits (a comma,
    a quote mark) are searched with the pattern, a third less work than a search of the text."""
    words = set(text.split())
    odd = [t for t in words if not t.isalnum()]  # \w is exactly isalnum() or "_"
    words.difference_update(odd)
    words.update(WORD_RE.findall(" ".join(odd)))
    return words


def is_verb(word: str) -> bool:
    return word in _VERB_SURFACES


class Context:
    """What the strategies read of one sentence: the text, the sentence, its finite cue words
    and participles (found once per article) and which of ``NON_VERB_CUES`` occur in it."""

    __slots__ = ("cue_words", "participles", "sentence", "text", "verbs")

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        verbs: tuple[WordMatch, ...] = (),
        participles: tuple[WordMatch, ...] = (),
        cue_words: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.verbs = verbs
        self.participles = participles
        self.cue_words = cue_words

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.sentence.quotes)


def cue_gender(form: str, cue: Cue) -> str | None:
    if form in cue.past:
        if form.endswith(("وا", "تا")) or (form.endswith("ا") and form != cue.past[0]):
            return "p"
        if form.endswith("ت") and form != cue.past[0]:
            return "f"
        return "m"
    if form.endswith("ون"):
        return "p"
    return "f" if form.startswith("ت") else "m"


# Subordinators that open a clause of their own even without a comma before them.
_CLAUSE_OPENERS = frozenset({"اذ", "حيث", "بينما", "فيما"})


def clause_boundary(text: str, sent_start: int, pos: int) -> int | None:
    """The comma (or sentence start) right before a cue, if only connectors sit between."""
    j = pos
    while j > sent_start and text[j - 1] == " ":
        j -= 1
    # "، لكنه قال", "، كما أكد": a connector may sit between the comma and the cue.
    k = j
    while k > sent_start and text[k - 1] not in " ،,":
        k -= 1
    word = text[k:j]
    if word in BOUNDARY_CONNECTORS or word in _CLAUSE_OPENERS:
        j = k
        while j > sent_start and text[j - 1] == " ":
            j -= 1
        if word in _CLAUSE_OPENERS and j > sent_start and text[j - 1] not in "،,":
            return j  # "... لمدة 48 ساعة إذ أكّد قائدها أنّ": the subordinator opens a new clause
    if j == sent_start:
        return sent_start
    if text[j - 1] in "،,":
        return j - 1
    return None


def _source_then_aside(before: str) -> bool:
    """ "بيسكوف، رداً على سؤالٍ بشأن إمكانية إجراء مفاوضات": a short source, then an aside that
    a known lead opens (however long it runs), before the quotation."""
    source, _, aside = before.partition("،")
    aside = aside.strip(" ،,")
    return (
        0 < len(source.split()) <= 6
        and "،" not in aside
        and len(aside.split()) <= 14
        and ASIDE_LEAD_RE.match(aside) is not None
    )


# Role heads that take a genitive after them ("مؤسّس "المسرح الوطني" فلان", 'رئيس "حزب الشعب"'),
# unlike a source that may stand alone before its quotation ('قال مسؤول "..."').
_GENITIVE_ROLE_HEADS = frozenset(
    {"موسس", "رييس", "رييسه", "مدير", "مديره", "قايد", "عضو", "وزير", "وزيره", "امين", "نايب", "سفير",
     "مندوب", "مستشار", "متحدث", "ناطق", "زعيم", "حاكم", "محافظ", "منسق", "مراسل", "مراسله"}
)  # fmt: skip


def find_intro(text: str, start: int, end: int, cue: Cue | None) -> tuple[int, int] | None:
    """The complementiser, colon, opening quote or content preposition after the slot."""
    best: tuple[int, int] | None = None
    m = COMP_RE.search(text, start, end)
    while m is not None and (
        _governed_an(text, start, m.start()) or _in_name(text, start, m.start(), m.end())
    ):
        m = COMP_RE.search(text, m.end(), end)  # "من المقرر أن", "بعد أن": not what was said
    if m:
        best = (m.start(), m.end())
    for mark in _COLON_OR_QUOTE_RE.finditer(text, start, best[0] if best else end):
        i = mark.start()
        ch = text[i]
        if ch == ":":
            # "بقوله: إنّ "..."": a complementiser after the colon still opens the content.
            j = i + 1
            while j < end and text[j] == " ":
                j += 1
            comp = COMP_RE.match(text, j, end)
            return (i, comp.end()) if comp and not comp.group("pron") else (i, i + 1)
        if ch in QUOTE_CHARS and (i == start or text[i - 1] in " ،,"):
            # An opening quote right after the speaker: content starts at the quote, unless
            # the quote is a short label inside the speaker's description (scare quotes).
            before = text[start:i].strip(" ،,")
            closing = _QUOTE_CHAR_RE.search(text, i + 1, end)
            close = closing.start() if closing else end
            after = text[close + 1 : close + 30]
            if (
                not before
                and cue is not None
                and len(text[i + 1 : close].split()) >= 3
                and not COMP_RE.search(text, close + 1, min(end, close + 30))
                and not COMP_RE.match(text, i + 1)  # 'قال "إن ..."': the complementiser opens it
                and not MEDIA_HEAD_END_RE.search(text[i + 1 : close])
                and not SAYING_BY_RE.search(text, close, close + 40)  # 'وختمت "X" مقالها بالقول إن'
                # 'أعلن "منتدى العائلات"، في بيان، ...': a short quoted name with more after it.
                and (len(text[i + 1 : close].split()) >= 6 or len(text[close + 1 : end].split()) <= 2)
            ):
                return (i, i)  # 'وقال "...".': the quotation follows the verb, the subject is elided
            if (
                before
                # 'عن القيادي في الحركة، سامي أبو زيد، تأكيده "..."': a saying noun ends a long source.
                and (
                    len(before.split()) <= (16 if SAYING_NOUN_RE.match(before.split()[-1]) else 8)
                    or _source_then_aside(before)
                )
                and not any(q in before for q in QUOTE_CHARS)
                and len(text[i + 1 : close].split()) >= 3
                and not MEDIA_HEAD_END_RE.search(before)
                and not ORG_RE.match(before.split()[-1])  # 'لجان "مقاومة ود مدني"': a quoted name
                # 'مؤسّس "المسرح الوطني" فلان': an indefinite role head governs the quoted name
                and before.split()[-1] not in _GENITIVE_ROLE_HEADS
                and not COMP_RE.search(after)
                and not (cue is not None and any(p in after.split() for p in cue.preps))
                and not any(w in before.split() for w in ("الذي", "التي", "الذين"))
                and not ACCORDING_ASIDE_RE.search(before)  # 'X، وفق ما ذكرت "الوكالة"': a name
                and not before.split()[-1].isdigit()  # 'انتشال جثث 25 "مهاجراً ..."': what was counted
                # 'أعلنت المقاومة استهدافها "التجهيزات ..."': a possessed verbal noun opened the object
                and not any(
                    len(w) >= 5 and w.endswith(("ها", "هم")) and not w.startswith(("ال", "ب", "ل"))
                    for w in before.split()[1:]
                )
            ):
                # "أشار فرايليك إلى "...": the preposition belongs to the cue, not the speaker.
                last = before.split()[-1]
                if cue is not None and last in cue.preps:
                    return (text.rfind(last, start, i), i)
                words = before.split()
                prep = next(
                    (
                        w
                        for w in words[1:]
                        if cue is not None and w in cue.preps and w in ("علي", "الي", "عن")
                    ),
                    None,
                )
                if prep is not None:
                    # 'شدّد شولتز على ضرورة "الوقف الفوري ..."': the cue's preposition opens the
                    # content before the quotation.
                    at = next((t for t in TOKEN_RE.finditer(text, start, i) if t.group() == prep), None)
                    if at is not None:
                        return (at.start(), at.end())
                return (i, i)
    if cue is not None and cue.preps:
        limit = best[0] if best else end
        prev = ""
        # "أشار مدير مستشفى X في شمال غزة، الطبيب فلان، إلى": a short name set between commas
        # lengthens the subject.
        first = text.find("،", start, limit)
        second = text.find("،", first + 1, limit) if first >= 0 else -1
        reach = 13 if second >= 0 and word_count(text, first + 1, second) <= 4 else 9
        window_end = min(limit, start + 100)
        if (text.find(" في ", start, window_end) >= 0 or text.find(" خلال ", start, window_end) >= 0) and (
            _MEDIUM_ASIDE_RE.search(text, start, window_end)
        ):
            reach += 4  # "أعلنت X في بيان لها بداية هذا الأسبوع، عن ...": the medium and the time
        for n, tm in enumerate(TOKEN_RE.finditer(text, start, limit)):
            tok = tm.group()
            if (
                n >= reach
                or tok in ("بشان", "حول", "ضد", "بين", "منذ", "تجاه", "ازاء")
                # "أعلنت الكتائب مسؤوليتها عن ...": a possessed object, the preposition is its own
                # (not "في دراستهم", an aside, nor "بتعرّضهم", the cue's own ba)
                or (
                    n >= 1
                    and len(tok) >= 6
                    and tok.endswith(("ها", "هم", "هما"))
                    and tok[0] not in "بل"
                    and prev not in ("في", "خلال", "عبر", "من")
                    and not ROLE_HEAD_RE.match(tok)
                )
                or (
                    n >= 1
                    and tok not in cue.preps
                    and MASDAR_RE.match(tok)
                    and not tok.startswith("ال")
                    and tok not in _TIME_HEADS  # "بداية هذا الأسبوع": when, not the object
                    and tok[-1:] not in QUOTE_CHARS  # 'صحيفة "نيويورك تايمز"': a quoted name closes
                    and not (prev in ("في", "خلال") and tok in _MEDIUM_NOUNS)  # "في تقرير عن ...": the medium
                    and not _before_name_link(text, tm.end(), limit)
                    # "وسائل إعلام": a verbal noun in construct after a source's head.
                    and not (MEDIA_RE.match(f"{prev} {tok}") or ORG_RE.match(prev) or GROUP_RE.match(prev))
                )
            ):
                break
            prev = tok
            if (
                tok == "عن"
                and best is not None
                and word_count(text, tm.end(), best[0]) <= 3
                and DOC_SUBJECT_RE.match(text[tm.end() + 1 : best[0]])
            ):
                return best  # "كشفت وسائل إعلام عن تقرير رسمي أنّ ...": what the report says
            if tok == "عن" and text[max(start, tm.start() - 6) : tm.start()].strip() == "نقلا":
                continue  # "أفادت الصحيفة، نقلاً عن مصادر، أنّ": the relay, not the cue's preposition
            if tok in cue.preps and tok != "ب":
                if tok == "علي" and _is_given_name_ali(text, tm.start(), tm.end(), limit):
                    continue  # "أكد الوزير، علي حسن، أن": the name Ali, folded like the preposition
                return (tm.start(), tm.end())
            if (
                "ب" in cue.preps
                and tm.start() > start
                and tok.startswith("ب")
                and (
                    tok.startswith("بال")
                    or MASDAR_RE.match(tok[1:])
                    # "أفاد مراسلنا بشنّ ...": with no complementiser, a noun with "ب" after the
                    # subject is what was reported, but not a preposition of its own ("بعد").
                    or (cue.lemma == "أفاد" and best is None and len(tok) >= 3 and tok not in _BA_WORDS)
                )
                # "صرّح الوزير بادعاءات كاذبة قائلاً": a plural object, what he said comes after
                and not (cue.lemma == "صرّح" and tok.endswith("ات"))
            ):
                return (tm.start(), tm.start() + 1)
    return best


def _before_name_link(text: str, pos: int, end: int) -> bool:
    """ "وزير الأمن إيتمار بن غفير": the word before "بن"/"أبو" is a first name, even one
    with a verbal noun's shape."""
    nxt = TOKEN_RE.search(text, pos, end)
    return nxt is not None and nxt.group() in NAME_LINK_WORDS


# The medium between a speaker and the cue's preposition ("في بيان لها", "في تصريح له").
_MEDIUM_NOUNS = frozenset({
    "بيان", "تصريح", "تصريحات", "حديث", "مقابله", "كلمه", "موتمر", "تغريده", "منشور", "رساله", "خطاب", "احاطه",
    "تقرير", "مقال", "افتتاحيه",
})  # fmt: skip
_MEDIUM_ASIDE_RE = re.compile(r"\s(?:في|خلال)\s+(?:" + "|".join(_MEDIUM_NOUNS) + r")(?!\w)")
# Words with a "ب" of their own: prepositions and adverbs, never what a source reported.
_BA_WORDS = frozenset({
    "بعد", "بين", "بسبب", "بشان", "بحسب", "بدوره", "بدورها", "بدورهم", "بينما", "بدون", "بلا", "بذلك", "به", "بها",
    "بهم", "بنفسه", "بنفسها", "بشكل", "بصوره", "بحيث", "بعدما", "بما", "بمن", "بينهم", "بيان", "بيانا", "بيانه", "بني",
})  # fmt: skip
# Verbal nouns that open a time phrase ("بداية الأسبوع", "نهاية الشهر").
_TIME_HEADS = frozenset({"بدايه", "نهايه", "مطلع", "اواخر", "اوايل", "منتصف"})
_QUOTE_CHAR_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
# What can open a content before the complementiser: a colon or a quotation mark.
_COLON_OR_QUOTE_RE = re.compile("[:" + re.escape(QUOTE_CHARS) + "]")
_COMMA_RE = re.compile("[،,]")


# Names of Latin letters after "ان" ("أن بي سي", "إن تي في"): the complementiser is the letter N.
_LETTER_AFTER_RE = re.compile(" (?:{0}) (?:{0}|اس)(?!\\w)".format("|".join(sorted(LETTER_WORDS))))


def _in_name(text: str, start: int, pos: int, end: int) -> bool:
    """ "شبكة "سي أن أن"": the letters of a name, not a complementiser."""
    if text[max(0, pos - 3) : pos] == "سي " and not text[pos - 4 : pos - 3].isalpha():
        return True
    if text[end : end + 3] == " ان" and not text[end + 3 : end + 4].isalpha():
        return True  # "أن أن" of "سي أن أن", not "إن انسحاب القوات"
    if _LETTER_AFTER_RE.match(text, end):
        return True  # "أن بي سي", "إن بي سي": the letter N of NBC, then the letters after it
    if _QUOTE_CHAR_RE.search(text, start, pos) is None:
        return False
    if sum(text.count(q, start, pos) for q in QUOTE_CHARS) % 2 == 0:
        return False
    opened = max(text.rfind(q, start, pos) for q in QUOTE_CHARS)
    if not text[opened + 1 : pos].strip():
        return False  # 'وقال "إن ..."': the quotation opens with the complementiser
    return any(ch in QUOTE_CHARS for ch in text[end : end + 25])  # inside a short quoted name


def _governed_an(text: str, start: int, pos: int) -> bool:
    """ "أن" after a modal or a time conjunction ("من المقرر أن", "بعد أن") opens no speech."""
    before = text[max(start, pos - 12) : pos].split()
    return bool(before) and before[-1] in AN_GOVERNORS


def _is_given_name_ali(text: str, start: int, end: int, limit: int) -> bool:
    """ "علي" after an apposition comma and before a bare name and a comma is the name Ali."""
    before = text[max(0, start - 3) : start].rstrip()
    if not before.endswith(("،", ",")):
        return False
    nxt = TOKEN_RE.search(text, end, limit)
    if nxt is None:
        return False
    word = nxt.group()
    comma = text.find("،", end, limit)
    return (
        not word.startswith("ال")
        and word not in PREP_WORDS
        and not MASDAR_RE.match(word)
        and not COMP_RE.fullmatch(word)
        and comma > 0
        and word_count(text, end, comma) <= 3
    )


def word_count(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


def comma_segments(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    s = a
    for comma in _COMMA_RE.finditer(text, a, b):
        i = comma.start()
        if text[s:i].strip():
            yield strip_span(text, s, i)
        s = i + 1
    if text[s:b].strip():
        yield strip_span(text, s, b)


def relay_source(text: str, start: int, end: int) -> tuple[Slot | None, int]:
    """ "نقل موقع "أكسيوس"، عن مسؤول إسرائيلي": the outlet relays, the official speaks."""
    seg = text[start:end]
    idx = seg.find(" عن ")
    while (
        idx >= 0
        and sum(seg.count(q, 0, idx) for q in QUOTE_CHARS) % 2 == 1
        and any(q in seg[idx:] for q in QUOTE_CHARS)  # 'شبكة "بلومبرغ عن مسؤول': left unclosed
    ):
        idx = seg.find(" عن ", idx + 1)  # "مؤسسة الدفاع عن الديمقراطيات" in quotes is a name
    if idx < 0:
        if seg.startswith("عن "):
            return None, start + 3
        for pron in ("عنه ", "عنها ", "عنهم "):
            if seg.startswith(pron):
                return None, start + len(pron)  # "بحسب ما نقل عنه موقع X": the outlet follows
        return None, start
    if seg[idx + 4 :].lstrip().startswith(("اسم", "هويت")):
        return None, start  # "مسؤول فضّل عدم الكشف عن اسمه": not a relay
    if NOT_RELAY_SOURCE_RE.match(seg[idx + 4 :].lstrip()):
        return None, start  # "نقلاً عن مشاهد ...": footage is not a speaker, the outlet is
    via = parse_slot(text, start, start + idx) if seg[:idx].strip(" ،,") else None
    return via, start + idx + 4


def source_like(phrase: str, strict: bool = False) -> bool:
    """Could this noun phrase be a source? A name, an institution, a role or a group; not a
    verbal noun, an adjective ("تصريحات سابقة") or a verb. ``strict`` asks for a known head."""
    words = phrase.replace("«", " ").replace("»", " ").replace('"', " ").split()
    if not words or len(words) > 5:
        return False
    head = words[0][1:] if words[0].startswith("وال") else words[0]
    if ORG_RE.match(head) or MEDIA_RE.match(head) or GROUP_RE.match(head) or ROLE_HEAD_RE.match(head):
        return True
    if strict:
        return False
    bare = head.removeprefix("ال")
    return not (
        NOT_SPEAKER_RE.match(head)
        or MASDAR_RE.match(bare)
        or is_verb(head)
        or head.endswith("ه")
        or head in PREP_WORDS
    )


def first_comma(text: str, start: int, end: int) -> int | None:
    """The first comma outside quotes in ``[start, end)``."""
    inside = False
    for i in range(start, end):
        ch = text[i]
        if ch in QUOTE_CHARS:
            inside = not inside
        elif ch in "،," and not inside:
            return i
    return None
