"""Who is speaking across one article: ``Registry`` remembers the sources seen so far, so that
a surname, a role alone ("الوزارة", "المتحدث باسم ...") or a subject-less verb ("وأضافت")
resolves to the right earlier source by gender and recency. Slots are read by
:mod:`.ar_slots`. All offsets are in shadow-text coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.ar_lexicon import (
    ANAPHOR_HEADS,
    DOCUMENT_ANAPHORS,
    GROUP_RE,
    LETTER_WORDS,
    MEDIA_RE,
    ORG_RE,
    QUANTIFIER_HEADS,
    ROLE_HEAD_RE,
    TITLES,
    UNNAMED_RE,
)
from tracker.extract.ar_nps import np_then_object
from tracker.extract.ar_publishers import DOC_STEMS, document_publisher
from tracker.extract.ar_resources import (
    NARRATIVE_VERB_RE,
    NP_END_ADVERBS,
    PREP_WORDS,
    QUOTE_CHARS,
    cue_of,
)
from tracker.extract.ar_slots import _NP_STRIP, Slot, is_role, kind_of
from tracker.extract.ar_text import strip_span


@lru_cache(maxsize=4096)
def _tokens(folded: str) -> frozenset[str]:
    """Name tokens without quotes and without the article, so "المسؤول" meets "مسؤول".
    Cached: the same few names are compared again and again across an article."""
    out = set()
    for t in folded.split():
        t = t.strip(QUOTE_CHARS + "()")
        if t.startswith("ال") and len(t) > 4:
            t = t[2:]
        if len(t) >= 2:
            out.add(t)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _role_tokens(folded: str) -> frozenset[str]:
    """Role tokens with a genitive "ل" dropped: "القائد السابق لشعبة العمليات" is
    "قائد شعبة العمليات السابق"."""
    return frozenset(
        t[2:] if t.startswith("لل") else t[1:] if t[:1] == "ل" and len(t) >= 5 else t for t in _tokens(folded)
    )


@lru_cache(maxsize=4096)
def _head_tokens(folded: str) -> frozenset[str]:
    """The tokens before a preposition: "مسؤول في الحركة" is an official, not the movement."""
    words = folded.split()
    for i, w in enumerate(words):
        if i and (w in PREP_WORDS or w in ("باسم", "لدي")):
            return _tokens(" ".join(words[:i]))
    return _tokens(folded)


@lru_cache(maxsize=4096)
def _tokens_before_in(folded: str) -> frozenset[str]:
    """The name tokens before "في": "وزارة الصحة في غزة" is a ministry, wherever it sits."""
    words = folded.split()
    return _tokens(" ".join(words[: words.index("في")] if "في" in words else words))


_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان"})
# Verbal nouns of saying and stance that open a verb's object, never a source's name.
_OBJECT_NOUNS = frozenset({"تاكيد", "التاكيد", "تحذير", "استعداد", "تهمه", "نفي", "ضمنه", "ضمنها"})
_BARE_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هو", "هي", "نحن", "انا", "انتم", "انت"})
_CONNECTORS = frozenset(
    {"كما", "لكن", "ولكن", "بل", "ثم", "حيث", "بحيث", "اذ", "فيما", "بينما", "حتي", "بحسب", "حسب", "وفق", "وفقا", "نقلا"}
    | {"ذلك", "وذلك", "هذا", "وهذا", "هذه", "وهذه", "تلك"}  # demonstratives point at a fact
    | {"بشكل", "بصوره", "بدوره", "بدورها"}  # manner
    | {"بما", "مما", "لما", "ما"}  # "بما في ذلك ...": a clause
)  # fmt: skip
# Prepositions open an adjunct, never a source ("علي" is also the name Ali, so it is left out).
_PREPOSITIONS = (PREP_WORDS - {"علي"}) | {
    "بشان",
    "حول",
    "ضد",
    "عبر",
    "خلال",
    "بعد",
    "قبل",
    "منذ",
    "عند",
    "لدي",
}
_QUANTIFIERS = frozenset({"احد", "بعض", "عده"})
_TIME_PREPOSITIONS = frozenset({"بعد", "قبل", "خلال", "اثناء", "عقب", "منذ", "فور"})
# "الأسبوع الماضي": a time, never a source.
_TIME_WORDS = frozenset(
    {"الاسبوع", "الشهر", "اليوم", "امس", "العام", "السنه", "الليله", "الساعه", "صباح", "مساء", "عام", "سنه"}
)
# "سي إن إن": the letters of CNN, not a complementiser.
_LETTER_NAMES = frozenset({"سي ان ان"})


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هولاء", "هاتين", "هذين"})
# "لا يزال ...": a negated clause, never a name.
_NEGATIONS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "ما", "عما", "مما", "بما", "لما"})
# "ليس" and its forms inside a label make it a clause.
_COPULA_NEGATIONS = frozenset({"ليس", "ليست", "ليسوا", "لست"})
# "بينهم ضابط الاستخبارات", "بين المغرب ...": who was among them or between what, not who speaks.
_AMONG = frozenset({"بين", "بينهم", "بينها", "بينهما", "ومنهم", "منهم"})


@lru_cache(maxsize=4096)
def plausible_label(label: str) -> bool:
    """Whether a new source's folded label can name a source at all: never a clause ("يبدو أنّ
    إيباك ..."), a bare or suffixed pronoun ("ها", "داعموها"), an outlet spoken to
    ("للميادين") or a preposition's object ("بـالمميتة", "للمحتجين"). Cached, as ``kind_of``
    is: a third of the labels asked about were asked about before."""
    words = label.split()
    if not words:
        return False
    if label not in _LETTER_NAMES and any(
        w in _COMPLEMENTISERS and not (i + 1 < len(words) and words[i + 1] in LETTER_WORDS)
        for i, w in enumerate(words)
    ):
        return False  # but "إن بي سي": the letters of NBC
    demonstrative = any(
        w in _DEMONSTRATIVES and (i == 0 or words[i - 1] != "في") for i, w in enumerate(words)
    )
    if demonstrative or words[-1] in _PREPOSITIONS:
        # "إنغلند على هذه المعلومات", "الوساطة الروسية بين": a clause, not a name (but "الصحيفة في
        # تلك الفترة" is a source and when)
        return False
    first = words[0]
    if (
        first in _BARE_PRONOUNS
        or first in _AMONG
        or first in _NEGATIONS
        or first in _CONNECTORS
        or first in _TIME_WORDS
        or first in _PREPOSITIONS
        or first in NP_END_ADVERBS
        or first in _TIME_PREPOSITIONS  # "أثناء الاجتياح الإسرائيلي": when, not who
    ):
        return False
    if any(w in _COPULA_NEGATIONS for w in words[1:]):
        return False  # "الاستراتيجية ليست وليدة اللحظة": a clause, not a name
    if first.startswith(("لل", "بال", "بـ", "لـ")):
        return False
    if cue_of(first) is not None or NARRATIVE_VERB_RE.match(first):
        return False  # "يصرّح": a verb whose subject was not found
    if first in _OBJECT_NOUNS:
        return False  # "تأكيد وقوف الشعب", "استعداد ...": what was said or done, not who
    if (
        len(words) == 1
        and len(first) >= 5
        and first[0] == "و"
        and first.endswith("ت")
        and not first.endswith("ات")
    ):
        return False  # "وعملت": a conjoined past verb
    return not (
        len(words) == 1
        and first.endswith(("ها", "هم", "هما"))
        and len(first) > 4
        and not ROLE_HEAD_RE.match(first)
    )


def _coordinated(phrase: str, key: str) -> bool:
    """Whether ``phrase`` joins another body to ``key`` ("نادي الأسير وهيئة شؤون الأسرى"):
    then it names both together, not ``key`` at greater length."""
    own = set(key.split())
    return any(w.startswith("و") and w not in own and ORG_RE.match(w[1:]) for w in phrase.split())


def _trim_name(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name ends before a reporting or narrative verb inside it ("حزب الشعب أكد للميادين"),
    and never with a preposition ("اللجنة في")."""
    a, b = span
    pos = text.find(" ", a, b)
    while pos >= 0:
        end = text.find(" ", pos + 1, b)
        word = text[pos + 1 : end if end >= 0 else b]
        if (
            cue_of(word) is not None
            or NARRATIVE_VERB_RE.match(word)
            or word in _TIME_PREPOSITIONS
            or (
                len(word) >= 6
                and word.endswith(("ها", "هم"))
                and not ROLE_HEAD_RE.match(word)
                # "أحد قادتها", "بعض مسؤوليهم": the plural after a quantifier is its genitive
                and text[max(text.rfind(" ", a, pos), a - 1) + 1 : pos].removeprefix("و")
                not in QUANTIFIER_HEADS
            )
        ):
            # "حزب الشعب أكد للميادين", "كوسا بعد تتويجها", "المقاومة الإسلامية استهدافها": the
            # name has ended; a verb, a time or the verb's own object follows.
            b = pos
            break
        pos = end
    last = text.rfind(" ", a, b)
    while (
        last > a
        and (
            (text[last + 1 : b] in _PREPOSITIONS and text[last + 1 : b] != "الي")  # not "آلي"
            or text[last + 1 : b] in NP_END_ADVERBS  # "صحيفة معاريف سابقاً"
            # "تؤكد الإدارة الأميركية على التزامها": "على" after a definite word, not the name Ali
            or (text[last + 1 : b] == "علي" and text[a:last].split()[-1].startswith("ال"))
        )
    ):
        b = last
        last = text.rfind(" ", a, b)
    return (a, b)


@dataclass(slots=True)
class Entity:
    """One source in the article: its fullest name, role, other mentions, kind and gender."""

    name: tuple[int, int]
    key: str
    role: tuple[int, int] | None
    kind: str
    gender: str | None
    aliases: list[tuple[int, int]] = field(default_factory=list)
    last: int = 0


def _one_letter_prefix(text: str, i: int) -> bool:
    """ "لشركة X", "بوزارة X": a preposition glued to the head word, not a longer word."""
    return text[i - 1] in "لب" and (i < 2 or not text[i - 2].isalpha())


_CLOSING = {"«": "»", "“": "”", "„": "“"}


# Bodies named after the person at their head ("مكتب نتنياهو", "حكومة نتنياهو", "إدارة بايدن").
OF_PERSON_HEADS = frozenset({"مكتب", "حكومه", "اداره", "فريق", "حمله", "عايله"})


class Registry:
    """The sources of one article, most recent last; lives only during one extraction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.entities: list[Entity] = []

    def _t(self, span: tuple[int, int] | None) -> str:
        return self.text[span[0] : span[1]].strip(_NP_STRIP) if span else ""

    def _touch(self, ent: Entity, pos: int, gender: str | None) -> Entity:
        ent.last = pos
        if gender and ent.gender is None:
            ent.gender = gender
        self.entities.remove(ent)
        self.entities.append(ent)
        return ent

    def touch(self, ent: Entity, pos: int) -> None:
        """Make ``ent`` the most recent source (after the outlet that relayed it was resolved)."""
        self._touch(ent, pos, None)

    def by_pronoun(self, gender: str | None, pos: int) -> Entity | None:
        """The most recent source whose gender agrees with the verb."""
        for ent in reversed(self.entities):
            if gender is None or ent.gender in (None, gender):
                return self._touch(ent, pos, gender)
        return None

    def named_for_roles(self) -> dict[int, Entity]:
        """Sources met only by a role ("القائد السابق لشعبة العمليات") that one named person of
        the article holds in other words ("قائد شعبة العمليات السابق ...، إسرائيل زيف"), often
        named only later, in the body after the lead: ``id(role entity) -> named entity``."""
        named = [e for e in self.entities if e.role is not None and e.kind == "person"]
        out: dict[int, Entity] = {}
        for ent in self.entities:
            if ent.role is not None or ent.kind != "person" or not is_role(ent.key):
                continue
            words = _role_tokens(ent.key)
            if len(words) < 2:
                continue
            holders = [n for n in named if n is not ent and words <= _role_tokens(self._t(n.role))]
            if len(holders) == 1:
                out[id(ent)] = holders[0]
        return out

    def most_recent(self, kinds: tuple[str, ...] = ()) -> Entity | None:
        for ent in reversed(self.entities):
            if not kinds or ent.kind in kinds:
                return ent
        return None

    def find(self, phrase: str) -> Entity | None:
        """An earlier source this phrase names: same name tokens, same role or a generic head."""
        ent = self._find(phrase)
        if ent is None and phrase.startswith("ل") and not phrase.startswith("ال"):
            # "بيان للوزارة": the source follows a lam of possession.
            ent = self._find("ال" + phrase[2:] if phrase.startswith("لل") else phrase[1:])
        return ent

    def _find(self, phrase: str) -> Entity | None:
        words = phrase.split()
        if not words:
            return None
        toks = _tokens(phrase)
        if phrase in DOCUMENT_ANAPHORS:
            return self.most_recent(("organization", "media", "group"))
        if phrase in ("الاخير", "الاخيره"):
            return self.most_recent()  # "الأخير": the latter, the source named last
        heads = ANAPHOR_HEADS.get(words[0]) if len(words) == 1 else None
        phrase_is_role = bool(ROLE_HEAD_RE.match(phrase))
        unnamed_head = bool(UNNAMED_RE.match(phrase) or GROUP_RE.match(phrase))
        media_head = MEDIA_RE.match(words[0]) is not None  # read once, not once per name compared
        for ent in reversed(self.entities):
            role = self._t(ent.role)
            names = [ent.key, *map(self._t, ent.aliases)]
            if role and (
                role == phrase or (phrase_is_role and toks and _role_tokens(phrase) <= _role_tokens(role))
            ):
                return ent
            for k in names:
                if not k:
                    continue
                if k == phrase:
                    return ent
                if k.split()[0] in OF_PERSON_HEADS and words[0] not in OF_PERSON_HEADS:
                    continue  # "مكتب نتنياهو", "إدارة بايدن": the person's office, not the person
                if words[0] in _QUANTIFIERS and not k.startswith(words[0]):
                    continue  # "أحد المصادر المطلعة" is one of "مصادر مطلعة", another source
                ktoks = _tokens(k)
                # "مصادر الصحيفة" are the newspaper's sources, not the newspaper.
                wider_ok = (
                    (not unnamed_head or _tokens(words[0]) <= ktoks)
                    and k not in ANAPHOR_HEADS
                    # "إذاعة جيش الاحتلال" is the army's radio, not the army
                    and not (media_head and not MEDIA_RE.match(k.split()[0]))
                )
                # ("الحركة" named Hamas; "حركة الجهاد" is another movement)
                if (
                    toks
                    and ktoks
                    and not phrase_is_role
                    # "اللجنة الانتخابية في فنزويلا" is not Venezuela: a place after "في" never
                    # widens a name to the body located there.
                    and (
                        toks <= _head_tokens(k)
                        or (
                            wider_ok
                            and ktoks <= toks
                            and _tokens_before_in(k) <= _tokens_before_in(phrase)
                            and not _coordinated(phrase, k)
                        )
                    )
                ):
                    return ent
            if (
                heads is not None
                and len(words) == 1
                and any(h in t for h in heads for k in names if k for t in _head_tokens(k))
            ):
                return ent
        return None

    def antecedent(self, phrase: str, pos: int) -> tuple[int, int] | None:
        """ "الوزارة" never named as a speaker: the nearest "وزارة ..." earlier in the text."""
        heads = ANAPHOR_HEADS.get(phrase)
        if not heads or not heads[0]:
            return None
        head = heads[0]
        i = self.text.rfind(head, 0, pos)
        # The nearest indefinite "حركة ...": skip "الحركة" and longer words that contain the head.
        while i > 0 and self.text[i - 1].isalpha() and not _one_letter_prefix(self.text, i):
            i = self.text.rfind(head, 0, i)
        if i < 0:
            return None
        end = min(len(self.text), i + 80)
        for j in range(i, end):
            if self.text[j] in "،,.:\n" + QUOTE_CHARS:
                end = j
                break
        mark = self.text[end : end + 1]
        close = -1
        if end == i + len(head) + 1 and mark and mark in QUOTE_CHARS:
            close = self.text.find(_CLOSING.get(mark, mark), end + 1, end + 40)
        # 'وكالة "فيتش"': the quoted name right after the head is the whole name.
        stop = close + 1 if close > 0 else np_then_object(self.text, i, end)
        if close > 0 and self.find(self.text[end + 1 : close]) is not None:
            i = end  # 'مجلة "فورين أفيرز"' after '"فورين أفيرز" تتحدث': the outlet already named
        a, b = strip_span(self.text, i, stop, _NP_STRIP)
        return (a, b) if b - a > len(head) else None

    def resolve(self, slot: Slot | None, gender: str | None, pos: int) -> Entity | None:
        if slot is None:
            return self.by_pronoun(gender, pos)
        name_text = self._t(slot.name)
        role_text = self._t(slot.role)
        ent = None
        if name_text in DOC_STEMS and not slot.role:
            # "نشرت منظمة العفو تقريراً ... وأكّد التقرير أنّ": the publisher named nearby speaks.
            found = document_publisher(self.text, name_text, pos)
            if found is not None:
                slot = Slot(slot.mention, None, found)
                name_text = self._t(found)
        if name_text:
            ent = self.find(name_text)
            if ent is None and name_text in DOCUMENT_ANAPHORS:
                return None  # "التقرير" with no source named before: nobody to credit
        if ent is None and role_text:
            ent = self.find(role_text)
            if (
                ent is not None
                and name_text
                and (role_text in TITLES or (ent.role is not None and role_text != self._t(ent.role)))
                and len(name_text.split()) >= 2
                and plausible_label(name_text)
                and not _tokens(name_text) & _tokens(ent.key)
            ):
                # "العقيد فلان" after "العقيد علان", "الرئيس الأميركي جو بايدن" after "نائبة الرئيس
                # الأميركي ... كامالا هاريس": a title or a part of a role is shared, the name differs.
                ent = None
        anaphor = name_text
        if name_text.startswith("ل") and not name_text.startswith("ال"):
            anaphor = "ال" + name_text[1:]
        elif (
            slot.name
            and self.text[slot.name[0] - 1 : slot.name[0]] == "ل"
            and "ال" + name_text in ANAPHOR_HEADS
        ):
            anaphor = "ال" + name_text  # "وفقاً للوزارة": the article's alef is elided after the lam
        if ent is None and not slot.role and anaphor in ANAPHOR_HEADS:
            found = self.antecedent(anaphor, pos)
            if found is not None:
                slot = Slot(slot.mention, None, found)
                name_text = self._t(found)
                ent = self.find(name_text)
        if ent is None:
            main = _trim_name(self.text, slot.name or slot.role or slot.mention)
            label = self._t(main)
            if len(label) == 1:
                return None  # "ةأعلنت": a stray glued letter; its word, the subject, is lost
            if not label or not plausible_label(label):
                return self.by_pronoun(gender, pos)
            # An outlet named by its quoted title: the head word before the title gives the kind.
            kind = kind_of(self._t(slot.alias)) if slot.alias else kind_of(label)
            head = label.split()[0] if label.split() else ""
            if (
                head.endswith(("ون", "ين"))
                and len(head) > 4
                and (kind in ("group", "unnamed") or head.startswith("ال"))
            ):
                gender = "p"  # "ويقدّر المحقّقون": a verb before its plural subject is singular
            ent = Entity(main, label, slot.role if slot.name else None, kind, gender)
            if slot.alias:
                ent.aliases.append(slot.alias)
            if ent.kind != "person" and ent.role is None and slot.role and not slot.name:
                ent.role = None
            self.entities.append(ent)
            ent.last = pos
            return ent
        # Keep the fullest name; remember the other names and roles as aliases.
        if (
            name_text
            and len(name_text.split()) > len(ent.key.split())
            and not is_role(name_text)
            and plausible_label(name_text)
            and _tokens(ent.key) <= _tokens(name_text)
            and not (
                ent.kind == "person"
                and (
                    any(
                        w.startswith("ال") or w in PREP_WORDS or w == "عن"
                        for w in name_text.split()
                        if w not in ent.key.split()
                    )
                    or not (
                        name_text.endswith(ent.key.split()[-1])
                        # "علي باقري", then "علي باقري كني": the name goes on after both words.
                        or (len(ent.key.split()) >= 2 and name_text.startswith(ent.key + " "))
                    )
                )
            )
        ):
            ent.aliases.append(ent.name)
            ent.name, ent.key = slot.name, name_text  # type: ignore[assignment]
            if ent.kind == "person":
                ent.kind = kind_of(name_text)  # "حماس", then "حركة حماس"
        elif name_text and name_text != ent.key:
            ent.aliases.append(slot.name)  # type: ignore[arg-type]
        if slot.role and ent.role is None and slot.name:
            ent.role = slot.role
        elif role_text and ent.role is not None and role_text != self._t(ent.role):
            ent.aliases.append(slot.role)  # type: ignore[arg-type]
        if (
            ent.kind == "person"
            and is_role(ent.key)
            and name_text
            and not is_role(name_text)
            and plausible_label(name_text)
            and name_text not in ANAPHOR_HEADS  # "مراسلنا" refers back; it names nobody
        ):
            ent.role, ent.name, ent.key = ent.name, slot.name, name_text  # type: ignore[assignment]
        return self._touch(ent, pos, gender)
