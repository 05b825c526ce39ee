"""Reading a speaker slot: the words between a cue and its content ("المتحدثة باسم الخارجية
الروسية، ماريا زاخاروفا،") split into a role and a name, and the kind of source a name is.
All offsets are in shadow-text coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.ar_lexicon import (
    AL_GIVEN_NAMES,
    ALI_PREP_NOUNS,
    COUNTRIES,
    DOC_SUBJECT_RE,
    DOCUMENT_ANAPHORS,
    GENITIVE_NOUNS,
    GROUP_RE,
    HONORIFICS,
    MEDIA_HEAD_QUOTED_RE,
    MEDIA_RE,
    NOT_SPEAKER_RE,
    ORG_RE,
    PLACE_FIRSTS,
    PLACE_HEADS,
    PLAIN_DOCUMENTS,
    ROLE_HEAD_RE,
    ROLE_LINKS,
    TITLES,
    UNNAMED_RE,
)
from tracker.extract.ar_nps import before_object_country, np_then_object
from tracker.extract.ar_resources import (
    ADDRESSED_OUTLETS,
    ADDRESSEE_RE,
    ADVERBIAL_START_RE,
    MADE_BY_RE,
    MASDAR_RE,
    NARRATIVE_PRESENT_FORMS,
    NARRATIVE_VERB_RE,
    NOUN_GOVERNORS,
    NP_END_ADVERBS,
    PAREN_NAME_RE,
    PREP_WORDS,
    PRESENT_DERIVED_RE,
    PUBLISHED_IN_RE,
    QUOTE_CHARS,
    RELATIVE_START_RE,
    SAYING_NOUN_RE,
    SLOT_ADVERBS,
    SLOT_OBJECTS,
    SPEAKER_CUT_RE,
    TIME_NP_RE,
    TOKEN_RE,
    cue_of,
)
from tracker.extract.ar_text import strip_span

_STRIP = " \t\n،,.:؛;-–—()"
_NP_STRIP = _STRIP + QUOTE_CHARS


@dataclass(frozen=True, slots=True)
class Slot:
    """What a speaker slot says: the whole mention, and its role and name parts if any."""

    mention: tuple[int, int]
    role: tuple[int, int] | None = None
    name: tuple[int, int] | None = None
    #: Another name given in the same mention ("الرئاسة الروسية (الكرملين)").
    alias: tuple[int, int] | None = None


_COMMA_RE = re.compile("[،,]")


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of ``text[start:end]`` (commas inside quotes split too: rare)."""
    out: list[tuple[int, int]] = []
    s = start
    for comma in _COMMA_RE.finditer(text, start, end):
        out.append((s, comma.start()))
        s = comma.end()
    out.append((s, end))
    return [strip_span(text, a, b, _STRIP) for a, b in out if text[a:b].strip(_STRIP)]


_PRESENT_VERB_RE = re.compile(r"\s(?=" + PRESENT_DERIVED_RE.pattern + r"\w{2,}(?!\w))")


def _cut_np(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase at the start of a segment, before adverbials ("في بيان", "لوكالة")."""
    m = SPEAKER_CUT_RE.search(text, start, end)
    appositive = text[end : end + 1] in "،,"  # a name in apposition follows the role
    while (
        m is not None
        and (
            text[m.start() : m.start() + 3] in (" لو", " لص", " لق", " لم", " لش")
            # "المعاون السياسي لرئيس البرلمان، فلان": an aide's role names whom he serves.
            or (
                appositive and text.startswith(" لر", m.start()) and text[start:end].split()[0] in _AIDE_HEADS
            )
        )
        and is_role(text[start : m.start()])
    ):
        # "المفوض العام لوكالة الغوث": after a role, "لوكالة" is its genitive, not an addressee.
        after = SPEAKER_CUT_RE.search(text, m.end(), end)
        if not appositive and not _name_closes(text, m.end(), after.start() if after else end):
            break
        m = after
    if m:
        end = m.start()
    verb = _PRESENT_VERB_RE.search(text, start, end)
    if verb is not None:
        end = verb.start()  # "رئيس المجلس يتوعّد الاحتلال، ويؤكّد": the clause's own verb ends it
    return strip_span(text, start, end, _STRIP)


# Roles that name the person they serve in a genitive ("مستشار الرئيس", "المعاون السياسي لرئيس").
_AIDE_HEADS = frozenset({"المعاون", "معاون", "المستشار", "مستشار", "المساعد", "مساعد", "مدير", "مديره"})


def surname_elsewhere(text: str, word: str, skip: int = -1) -> bool:
    """Whether the article writes ``word`` elsewhere (not at ``skip``) after a bare first name
    ("مايك والتز", "يسرائيل زيف")."""
    pos = text.find(word)
    while pos >= 0:
        if pos != skip and pos > 1 and text[pos - 1] == " ":
            prev = text[text.rfind(" ", 0, pos - 1) + 1 : pos - 1]
            if prev.isalpha() and not prev.startswith(("ال", "و", "ف", "ب", "ل")) and prev not in PREP_WORDS:
                return True
        pos = text.find(word, pos + 1)
    return False


def _name_closes(text: str, start: int, end: int) -> bool:
    """ "لوكالة الغوث فيليب لازاريني": after the genitive's definite words, a bare name ends it."""
    words = text[start:end].split()
    bare = next((i for i in range(1, len(words)) if not words[i].startswith(("ال", "لل", "بال"))), None)
    return (
        bare is not None
        and words[bare - 1].startswith("ال")
        and 2 <= len(words) - bare <= 4  # a first name and more: "الجزيرة نت", "النيويورك تايمز" are outlets
        and not any(
            w.startswith(("ال", "لل", "بال")) or w in NOUN_GOVERNORS or w in NP_END_ADVERBS or w.isdigit()
            for w in words[bare:]
        )
        and not any(q in text[start:end] for q in QUOTE_CHARS)
    )


@lru_cache(maxsize=8192)
def is_role(phrase: str) -> bool:
    """Whether a role's head opens ``phrase``. Cached, as is :func:`is_clause_verb`: the same
    words and names are asked about again and again, in one article and the next."""
    return bool(ROLE_HEAD_RE.match(phrase.lstrip(QUOTE_CHARS)))


def _split_role_name(text: str, start: int, end: int) -> Slot:
    """ "وزير الري سامر الحلبي" -> role + name.

    Left to right: the role is its head, then definite words, construct nouns and
    "باسم X"/"في X"; the name starts at the first bare word after a definite one.
    """
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]
    words = [text[a:b].strip(QUOTE_CHARS) for a, b in tokens]
    if (
        len(words) >= 2
        and words[0] in HONORIFICS
        and len(words) <= 5
        and not any(w in ROLE_LINKS or ROLE_HEAD_RE.match(w) for w in words[1:])
    ):
        # "السيد الحوثي", "الشيخ نعيم قاسم": an honorific is a title, the rest the name.
        return Slot((start, end), tokens[0], strip_span(text, tokens[1][0], end, _NP_STRIP))
    prev_definite = words[0].startswith("ال") if words else False
    after_link = False
    in_construct = False
    opened = 0
    for i in range(1, len(words)):
        w = words[i]
        if text[tokens[i][0]] in QUOTE_CHARS and ORG_RE.match(words[i - 1]):
            opened = i  # 'رئيس حزب "أمل جديد" فلان': an organisation's name in quotes
        if opened and text[tokens[i][1] - 1] in QUOTE_CHARS:
            opened, prev_definite, after_link = 0, True, False  # the quoted name closes the role
            continue
        if opened:
            continue
        if not after_link and prev_definite and is_name_ali(" ".join(words[i:])):
            # "وزير الخارجية علي باقري كني": the name Ali, not the preposition "على".
            role = strip_span(text, start, tokens[i - 1][1], _STRIP)
            return Slot((start, end), role, strip_span(text, tokens[i][0], end, _NP_STRIP))
        if after_link or w in ROLE_LINKS:
            # "في غزة": a place after "في" is a whole noun phrase, so a name may follow it;
            # "في حركة" is a construct that goes on.
            place = (
                after_link
                and words[i - 1] == "في"
                and not ORG_RE.match(w)
                and not MEDIA_RE.match(w)
                and w not in PLACE_HEADS
                and w not in PLACE_FIRSTS
            )
            # "في حركة حماس": an organisation head in construct takes one more word, its name.
            construct = (
                after_link
                and not w.startswith("ال")
                and (bool(ORG_RE.match(w)) or w in PLACE_HEADS or w in PLACE_FIRSTS)
            )
            # The genitive that closes a construct ("بوركينا فاسو", "حركة حماس") completes it.
            closes = after_link and not construct and in_construct
            in_construct = construct
            after_link = w in ROLE_LINKS or construct
            prev_definite = w.startswith("ال") or place or closes
            continue
        if (
            len(w) >= 4
            and w[0] == "ل"
            and (ORG_RE.match(w[1:]) or MEDIA_RE.match(w[1:]) or w[1:] in GENITIVE_NOUNS)
        ):
            # "المفوض السامي لحقوق الإنسان", "المتحدث الرسمي لحركة حماس فلان": an organisation's
            # head takes its name in construct, then the person's name may follow.
            after_link = True
            in_construct = w[1:] not in GENITIVE_NOUNS
            continue
        if len(w) >= 4 and w[0] == "ل" and i + 1 < len(words) and words[i + 1].startswith("ال"):
            # "القائد السابق لشعبة العمليات": "ل" and a noun in construct with a definite word
            # is the role's genitive, not a name.
            after_link = True
            in_construct = False
            continue
        if prev_definite and w in _AT_OUTLET:
            continue  # "محلل الشؤون العسكرية لديها فلان": "at it" (the outlet) ends the role
        if prev_definite and w[:1] == "و" and w[1:] in PLACE_HEADS:
            # "لشؤون الشرق الأوسط وشمال أفريقيا": a second region in the role, a construct.
            after_link = in_construct = True
            continue
        # "الأمين العام للأمم المتحدة"; but "ألكسندر" folds like a definite word and is a name.
        definite = w.startswith(("ال", "لل", "بال")) and w not in AL_GIVEN_NAMES
        if definite or not prev_definite:
            prev_definite = prev_definite or definite
            continue
        rest = words[i:]
        name_end = end
        told = next((j for j in range(1, len(rest)) if ADDRESSEE_RE.match(" " + rest[j])), None)
        if told is not None:
            # "وزير التربية فلان لرؤساء المستوطنات": the addressee after the name is not in it.
            rest, name_end = rest[:told], tokens[i + told - 1][1]
        if (
            len(rest) <= 4
            and not w.startswith(("لل", "بال"))
            and not PRESENT_DERIVED_RE.match(w)  # "رئيس المجلس الإيراني يتوعّد": a present verb
            and not (w.startswith("وال") and len(w) >= 6)  # "المسؤول الغربي والمصدران": a list, no name
            # a verbal noun, unless a bare word follows it: "إيمانويل ماكرون" has a masdar's shape
            and not (
                MASDAR_RE.match(w)
                and (len(rest) == 1 or rest[1].startswith(("ال", "بال", "لل")) or w.endswith(("ها", "هم")))
            )
            # "صرّح الوزير بادعاءات كاذبة": the verb's ba-object, a verbal noun, is no name.
            and not (w.startswith("با") and w.endswith("ات") and MASDAR_RE.match(w[1:]))
            and not any(r in ROLE_LINKS or r.isdigit() for r in rest)
            and not any(q in text[tokens[i][0] : name_end] for q in QUOTE_CHARS)
        ):
            role = strip_span(text, start, tokens[i - 1][1], _STRIP)
            name = strip_span(text, tokens[i][0], name_end, _NP_STRIP)
            return Slot((start, end), role, name)
        break
    return Slot((start, end), (start, end), None)


# "at it/them" after a role: the outlet or body the role belongs to.
_AT_OUTLET = frozenset({"لديه", "لديها", "لديهم"})


def is_name_ali(seg: str) -> bool:
    """ "علي باقري كني" in apposition: the name Ali, folded like the preposition "على"."""
    words = seg.split()
    return (
        len(words) in (2, 3, 4)
        and words[0] == "علي"
        and not words[1].startswith("ال")
        and words[1] not in PREP_WORDS
        and words[1] not in ALI_PREP_NOUNS
        and not MASDAR_RE.match(words[1])
    )


_ABOUT = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
# Kinship heads: the name in their genitive is a relative's, an apposed one the speaker's.
_KIN_HEADS = frozenset(
    {"حفيد", "حفيده", "ابن", "ابنه", "نجل", "كريمه", "شقيق", "شقيقه", "زوج", "زوجه", "ارمله", "والد", "والده"}
)
# "طلب عدم الكشف عن هويته", "شريطة عدم ذكر اسمه": a source's anonymity, never its name.
_ANONYMITY_RE = re.compile(r"عدم\s+(?:الكشف|ذكر|نشر|الافصاح)")
# Plural sources "بعض" may quantify ("بعض المسؤولين", "بعض المصادر", "بعض الخبراء").
_SOME_SOURCES_RE = re.compile(
    r"(?:ال)?(?:مسوول|مصادر|خبراء|محلل|دبلوماسي|قاده|نواب|سكان|اهالي|شهود|ناشط)\w*(?!\w)"
)
# "التقرير الصادر عن ...": where the document came out, read by its own rule.
_PUBLISHED_WORDS = frozenset({"الصادر", "الصادره", "المنشور", "المنشوره"})
# A document named alone that may speak ("وأظهر التقرير أن", "وأشارت الوثيقة إلى").
_LONE_DOCUMENTS = frozenset(DOCUMENT_ANAPHORS) | PLAIN_DOCUMENTS


_NISBA_NOUN_RE = re.compile(r"ال\w{3,}ي")


def _nationality_then_name(text: str, start: int, end: int) -> Slot | None:
    """ "الفرنسي السويسري غيّوم كوركو": definite nisba adjectives used as a noun (his
    nationality) are the role, and the bare words after them the person's name."""
    comma = text.find("،", start, end)
    toks = list(TOKEN_RE.finditer(text, start, comma if comma > 0 else end))  # "فلان، الذي ..."
    k = 0
    while k < len(toks) and k < 2 and _NISBA_NOUN_RE.fullmatch(toks[k].group()):
        k += 1
    rest = [t.group() for t in toks[k:]]
    if (
        not k
        or not 2 <= len(rest) <= 3
        or any(w.startswith("ال") or w in PREP_WORDS or not w.isalpha() for w in rest)
        or any(ORG_RE.match(t.group()) or ROLE_HEAD_RE.match(t.group()) for t in toks[:k])
    ):
        return None
    return Slot(
        (toks[0].start(), toks[-1].end()),
        (toks[0].start(), toks[k - 1].end()),
        (toks[k].start(), toks[-1].end()),
    )


def parse_slot(text: str, start: int, end: int) -> Slot | None:
    """Read a speaker slot: first noun phrase, with a role or name in apposition after it."""
    while True:  # "وذكر حينها آيزنكوت": an adverb before the subject
        m = TOKEN_RE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()))
        if m is None or m.group() not in SLOT_ADVERBS or m.end() >= end:
            break
        start = m.end()
    while start < end and text[start] == " ":
        start += 1
    about = text.find(" ", start, end)
    if about > 0 and text[start:about] in _ABOUT and text[about + 1 : about + 2].isdigit():
        start = about + 1  # "نحو 60 شخصاً من العاملين": about how many, then who
    end = before_object_country(text, start, end)
    when = TIME_NP_RE.search(text, start, end)
    if when is not None:
        end = when.start()  # "أعلن الوزير الشهر الماضي أنّ": the time ends the speaker
        if not text[start:end].strip(_NP_STRIP):
            return None
    if text.startswith("كل من ", start) and start + 6 < end:
        # "قال كل من رئيس الحكومة، فلان، والرئيس، فلان، إن ...": the sources together.
        a, b = strip_span(text, start + 6, end, _NP_STRIP)
        return Slot((start, b), None, (a, b)) if b > a else None
    verb = TOKEN_RE.match(text, start, end)
    if verb is not None and verb.group() in SLOT_OBJECTS:
        start = verb.end()  # "لفت الانتباه إلى", "جدد التأكيد على": the object of an idiom
        if not text[start:end].strip(_NP_STRIP):
            return None
        verb = TOKEN_RE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
    if (
        verb is not None
        and is_clause_verb(verb.group())
        # "وقالت عبر موقعها": "via" is spelled like "عبّر" (expressed), which takes "عن".
        and not (verb.group() in ("عبر", "وعبر") and text.find(" عن ", verb.end(), end) < 0)
    ):
        # "ذكّر السفير ...", "زعم الاحتلال": a verb is never part of a speaker; its subject follows.
        start = verb.end()
        while start < end and text[start] in " ،,":
            start += 1
        if start >= end:
            return None
        end = np_then_object(text, start, end)
    doc = DOC_SUBJECT_RE.match(text[start:end])
    if doc is not None:
        owner = start + doc.end()
        made = MADE_BY_RE.match(text, owner, end) or PUBLISHED_IN_RE.match(text, owner, end)
        if made is not None:
            owner = made.end()  # "تقرير أصدرته وكالة الأونروا": the agency that issued it
        if not text[owner:end].strip(_NP_STRIP):
            # "وأظهر التقرير أن": the document alone stands for its author, named before.
            a, b = strip_span(text, start, end, _NP_STRIP)
            return Slot((a, b), None, (a, b)) if text[a:b] in _LONE_DOCUMENTS else None
        comma = text.find("،", owner, end)
        stop = comma if comma >= 0 else end  # "نقلاً عن تقرير حكومي، أمس": the aside is not its owner
        owner_words = text[owner:stop].strip(_NP_STRIP).split()
        definite = text.startswith("ال", start)  # "الوثيقة الجمهورية": a definite adjective
        if (
            len(owner_words) <= 3
            and all(w.endswith(("ي", "يه")) and w.startswith("ال") == definite for w in owner_words)
        ) or (
            definite
            and owner_words
            and owner_words[0].startswith("ال")
            and owner_words[0] not in _PUBLISHED_WORDS
            and not (ORG_RE.match(owner_words[0]) or MEDIA_RE.match(owner_words[0]))
        ):
            # A definite document takes no owner in construct: "الوثائق المتعلقة بالقضية" is
            # the documents themselves.
            # "كشف تقرير أميركي رسمي أنّ": no owner named, only adjectives; the report speaks.
            a, b = strip_span(text, start, stop, _NP_STRIP)
            return Slot((a, b), (a, b), None)
        start = owner  # "بيانات وزارة السياحة": the ministry speaks through its figures
    trimmed = start + len(text[start:end].rstrip())
    last = text.rfind(" ", start, trimmed)
    if last > start and text[last + 1 : trimmed] in SLOT_OBJECTS:
        end = last  # "وكشف الوزير النقاب عن": the idiom's object after any subject
    nisba = _nationality_then_name(text, start, end)
    if nisba is not None:
        return nisba
    slot = _parse_slot(text, start, end)
    if slot is not None and slot.name is None and slot.role is not None:
        # "الوزير يهاجم رئيس الحكومة ... ويحذّر": a role alone also ends at its verb.
        verb = next(
            (
                t
                for t in TOKEN_RE.finditer(text, *slot.role)
                if t.start() > slot.role[0] and is_clause_verb(t.group())
            ),
            None,
        )
        if verb is not None:
            return _parse_slot(text, start, strip_span(text, start, verb.start(), _NP_STRIP)[1])
    if slot is None or slot.name is None or slot.name[1] <= slot.name[0]:
        return slot
    a, b = slot.name
    for tok in TOKEN_RE.finditer(text, a, b):
        if tok.start() > a and is_clause_verb(tok.group()):
            # "روسيا تحذّر أوكرانيا وتقول"، "هيئة علماء فلسطين أدانت المجزرة": the subject ends
            # at the first verb; what follows is its object.
            b = strip_span(text, a, tok.start(), _NP_STRIP)[1]
            slot = _name_ends(slot, a, b)
            break
    last = text.rfind(" ", a, b)
    if last > a and text[last + 1 : b] in SLOT_OBJECTS:
        b = last  # "ويلفت الخبراء الانتباه إلى": the idiom's object after the subject
        slot = _name_ends(slot, a, b)
    rest = text[a + 1 : b]
    conjoined_head = bool(
        ORG_RE.match(rest)
        or ROLE_HEAD_RE.match(rest)
        or UNNAMED_RE.match(rest)
        or GROUP_RE.match(rest)
        or DOC_SUBJECT_RE.match(rest)
        or rest.split(" ", 1)[0] in COUNTRIES
        or rest.startswith(("وفق", "مراسل", "موفد"))
    )
    if (
        b - a >= 3
        and (text[a] == "و" or text.startswith("فال", a))
        and slot.mention[0] == a
        and (conjoined_head or _bare_elsewhere(text, a + 1, b))
    ):
        # "وبلينكن يقول", "ووزارة الصحة", "فالأردن والسعودية أعلنتا": the conjunction, when the
        # article also writes the name without it or a known head follows it (not "ووترز", a
        # name that starts with و).
        a += 1
        again = (
            _parse_slot(text, a, slot.mention[1]) if slot.role is None and ROLE_HEAD_RE.match(rest) else None
        )
        if again is not None and again.role is not None and again.name is not None and again.name[1] == b:
            slot, a = again, again.name[0]  # "ووزير الخارجية فلان يؤكد": the role, then the name
        else:
            slot = Slot((a, slot.mention[1]), slot.role, (a, b), slot.alias)
    name = text[a:b]
    cut = ADDRESSEE_RE.search(text, a, b) or _named_addressee(text, a, b)
    if cut is None or is_role(name) or kind_of(text[a : cut.start()]) not in ("person", "unnamed", "group"):
        return slot
    # "قال نتنياهو للأميركيين", "مصادر ميدانية للميادين": the addressee is not part of the name.
    name_span = strip_span(text, a, cut.start(), _NP_STRIP)
    m0, m1 = slot.mention
    return Slot((m0, name_span[1] if m1 == b else m1), slot.role, name_span, slot.alias)


def two_surnames(text: str, a: int, b: int) -> bool:
    """Whether a two-word bare name is two people's names side by side: the article writes each
    after a given name of its own, set off by commas ("، بنيامين نتنياهو،"، "، يوآف غالانت،" ->
    "نتنياهو غالانت"); a full name ("محمود عباس") is written whole."""
    words = text[a:b].split()
    if len(words) != 2 or any(w.startswith("ال") or not w.isalpha() for w in words):
        return False
    first, second = words
    return _after_other_name(text, first, second) and _after_other_name(text, second, first)


def _after_other_name(text: str, word: str, other: str) -> bool:
    """Whether the article writes ``word`` after a name word other than ``other``, the two set
    off by a comma before them as a name in apposition is ("، يوآف غالانت")."""
    for i in _word_at(text, word):
        words = text[max(0, i - 40) : i].split()
        if (
            len(words) >= 2
            and words[-1] != other
            and words[-1].isalpha()
            and not words[-1].startswith(("ال", "و"))
            and words[-2].endswith("،")
        ):
            return True
    return False


def _word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text``."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            yield i
        i = text.find(word, j)


@lru_cache(maxsize=8192)
def is_clause_verb(word: str) -> bool:
    """A reporting or narrative verb ("يؤكد", "وأضاف", "زعم"): never part of a speaker."""
    return (
        cue_of(word) is not None
        or NARRATIVE_VERB_RE.match(word) is not None
        or word.removeprefix("و") in NARRATIVE_PRESENT_FORMS
    )


def _name_ends(slot: Slot, start: int, end: int) -> Slot:
    """``slot`` with its name ``text[start:end]``, and the mention around it ending there too."""
    return Slot((slot.mention[0], min(slot.mention[1], end)), slot.role, (start, end), slot.alias)


def _named_addressee(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "وقال أوستن لغالانت": "ل" before a name the article also writes bare, after a bare name
    of at most three words the article also uses (not "مساعدون لماكرون", "القيادة العامة لجيش")."""
    if text.find(" ل", start, end) < 0:
        return None
    tok = _LAM_WORD_RE.search(text, start, end)
    if tok is None or tok.start() <= start:
        return None
    before = text[start : tok.start()].split()
    word = tok.group()[2:]
    if (
        len(before) > 3
        or any(w.startswith("ال") or ROLE_HEAD_RE.match(w) or ORG_RE.match(w) for w in before)
        or ORG_RE.match(word)
        or MEDIA_RE.match(word)
        or ROLE_HEAD_RE.match(word)
        or not _bare_elsewhere(text, tok.start() + 2, tok.end())
    ):
        return None
    pos = start
    for w in before:
        pos = text.find(w, pos)
        if not _bare_elsewhere(text, pos, pos + len(w)):
            return None
        pos += len(w)
    return tok


_LAM_WORD_RE = re.compile(r"\sل(?!ل)\w{3,}")


def _bare_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the first word of ``text[start:end]`` occurs elsewhere as a word of its own."""
    stop = start
    while stop < end and text[stop].isalpha():
        stop += 1
    word = text[start:stop]
    if len(word) < 3:
        return False
    i = text.find(word)
    while i >= 0:
        if (
            i != start
            and (i == 0 or not text[i - 1].isalpha())
            and not text[i + len(word) : i + len(word) + 1].isalpha()
        ):
            return True
        i = text.find(word, i + 1)
    return False


# Heads of unnamed sources, singular, dual or plural ("مصدر", "مصدران", "مسؤولون").
_SOURCE_NOUN_RE = re.compile(r"(?:مصدر|مسوول|دبلوماسي|ضابط|خبير|محلل)(?:ان|ين|ون)?(?!\w)")


def _listed_source(seg: str) -> bool:
    bare = seg.removeprefix("و").removeprefix("ال")
    return bool(
        _SOURCE_NOUN_RE.match(bare) or UNNAMED_RE.match(bare) or GROUP_RE.match(bare) or is_role(bare)
    )


def _source_list(text: str, start: int, end: int) -> Slot | None:
    """ "مسؤول غربي، مصدر فلسطيني، ومصدران مصريان": sources listed with a final "و", together."""
    if _COMMA_RE.search(text, start, end) is None:
        return None
    segs = list(_segments(text, start, end))
    if not 2 <= len(segs) <= 4:
        return None
    last = text[segs[-1][0] : segs[-1][1]]
    if not last.startswith("و") or len(last.split()) > 4:
        return None
    if not all(_listed_source(text[a:b]) for a, b in segs):
        return None
    a, b = strip_span(text, segs[0][0], segs[-1][1], _NP_STRIP)
    return Slot((a, b), None, (a, b))


# Directions that open a place aside after a role ("جنوبي فلسطين المحتلة", "شمال القطاع").
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})


def _parse_slot(text: str, start: int, end: int) -> Slot | None:
    listed = _source_list(text, start, end)
    if listed is not None:
        return listed
    nps: list[tuple[int, int]] = []
    after_aside = False
    aside_between = False
    for a, b in _segments(text, start, end):
        seg = text[a:b]
        if nps and seg.strip(_NP_STRIP) in ADDRESSED_OUTLETS:
            continue  # "الخبير فلان، للميادين،": the outlet spoken to
        if nps and _ANONYMITY_RE.search(seg):
            continue  # "مسؤول كبير، طلب عدم الكشف عن هويته،": how the source asked to be named
        if nps and seg.split()[0] in _DIRECTIONS:
            continue  # "المدير العام لميناء إيلات، جنوبي فلسطين المحتلة، فلان": where, not who
        if nps and seg.split()[0] in ("وهو", "وهي", "وهم"):
            break  # "النائب فلان، وهو العضو الأقدم في المجلس،": a clause about the source
        if ADVERBIAL_START_RE.match(seg) and not (nps and is_name_ali(seg)):
            if not nps and len(seg.split()) >= 3:
                return None  # "وقال خلال استقباله رئيس الوفد ...": no subject, the rest is the aside
            after_aside = True
            aside_between = aside_between or bool(nps)
            continue
        head = seg.split()[0]
        if (
            after_aside
            and not nps
            and len(head) <= 5
            and head.endswith(("ه", "ها"))
            and not head.startswith("ال")
        ):
            continue  # "في بيان، نشره عبر ...": a clause about the aside
        after_aside = False
        if nps and (cue_of(head) is not None or SAYING_NOUN_RE.match(head) or RELATIVE_START_RE.match(seg)):
            # "المسؤول، الذي رفض الكشف عن هويته، ...": a relative clause describes the source
            break  # "الوزير فلان، يؤكد أن ...", "عن مسؤول، قوله": never a name
        # "والخارجية اللبنانية": the conjunction is not part of the name.
        if seg.startswith("وال") and len(seg.split()[0]) >= 5 and not surname_elsewhere(text, seg.split()[0]):
            a += 1  # but "والز", "والتز" are names: a stem of two letters at least, or a surname
        a2, b2 = _cut_np(text, a, b)
        if b2 <= a2:
            continue
        if len(nps) == 1 and seg.startswith("و") and is_role(seg[1:]):
            continue  # "رئيسة المجلس السابقة، والنائبة الديمقراطية، فلانة": a second role
        if (
            len(nps) == 1
            and b < end
            and is_role(text[nps[0][0] : nps[0][1]])
            and is_role(text[a2:b2])
            and _split_role_name(text, a2, b2).name is None
        ):
            continue  # "قائد العمليات السابق، اللواء في الاحتياط، فلان،": a rank, then the name
        nps.append((a2, b2))
        # A parenthesis is an aside, and so is the outlet a role works for ('معلق الشؤون
        # العسكرية لـ"القناة 12"، فلان،'): the apposition may go on after them.
        rest = text[b2:b].lstrip()
        if len(nps) == 2 or (
            b2 < b
            and rest[:1] != "("
            and not (len(nps) == 1 and rest.startswith("ل") and is_role(text[a2:b2]))
        ):
            break
    if not nps:
        return None
    first = nps[0]
    first_text = text[first[0] : first[1]]
    many = first_text.startswith(("عدد من ", "عدد كبير من ")) and len(first_text.split()) >= 3
    # "بعض المسؤولين الأميركيين": some of a group of sources is a source (not "بعض التقارير").
    many = many or (
        first_text.startswith("بعض ")
        and len(first_text.split()) >= 2
        and bool(_SOME_SOURCES_RE.match(first_text[4:]))
    )
    if (NOT_SPEAKER_RE.match(first_text) and not many) or first_text.split()[0] in (
        "ان",
        "وان",
        "بان",
        "عنه",
        "عنها",
    ):
        return None  # a complementiser or "عنه" opens a clause, never a source
    if len(nps) == 2:
        second = nps[1]
        second_text = text[second[0] : second[1]]
        if (
            is_role(first_text)
            and not is_role(second_text)
            and len(second_text.split()) <= 5
            and not aside_between
        ):
            if _unnamed_of_role(first_text):
                # "مسؤول كبير في إدارة الرئيس الأميركي، جو بايدن،": the name is the president's;
                # the official stays unnamed.
                return Slot(first, None, strip_span(text, *first, _NP_STRIP))
            return Slot((first[0], second[1]), first, strip_span(text, *second, _NP_STRIP))
        if is_role(first_text) and is_role(second_text) and not aside_between:
            # "المتحدث باسم الجيش، العقيد فادي سالم،": a rank before the name.
            inner = _split_role_name(text, *second)
            if inner.name is not None:
                return Slot((first[0], second[1]), first, inner.name)
        titled = first_text.split()[0] in TITLES
        if is_role(second_text) and (titled or not is_role(first_text)) and not aside_between:
            name = first
            if titled:
                split = _split_role_name(text, *first)  # "الفريق سعد الشاذلي، رئيس الأركان،"
                name = split.name if split.name is not None else first
            return Slot((first[0], second[1]), second, strip_span(text, *name, _NP_STRIP))
        if (
            not aside_between
            and text[second[0]] in QUOTE_CHARS
            and text[second[1] - 1] in QUOTE_CHARS
            and len(second_text.split()) <= 4
        ):
            # 'وحدة الأبحاث في شركة البرمجيات، "نوفا"': the quoted name the description gives.
            return Slot((first[0], second[1]), None, strip_span(text, *second, _NP_STRIP), alias=first)
        if (
            not aside_between
            and first_text.split()[0] in _KIN_HEADS
            and not is_role(second_text)
            and 2 <= len(second_text.split()) <= 4
            and not any(w.startswith("ال") for w in second_text.split())
        ):
            # "حفيد الزعيم نيلسون مانديلا، زويليفيلي مانديلا،": the relative named after the
            # kinship is the speaker, the kinship phrase its role.
            return Slot((first[0], second[1]), first, strip_span(text, *second, _NP_STRIP))
        if _described_person(first_text, second_text) and not aside_between:
            # "المؤرخ الفرنسي، فلان الفلاني،": a description no role list holds, then the name.
            return Slot((first[0], second[1]), first, strip_span(text, *second, _NP_STRIP))
    if is_role(first_text):
        return _split_role_name(text, *first)
    paren = PAREN_NAME_RE.match(text, first[1], end)
    if paren is not None and not paren.group(1).strip().isdigit():
        # "الرئاسة الروسية (الكرملين)": the short name in brackets is the usual name.
        return Slot((first[0], paren.end()), None, paren.span(1), alias=first)
    name = _quoted_name(text, *strip_span(text, *first, _NP_STRIP))
    alias = first if name != strip_span(text, *first, _NP_STRIP) else None
    return Slot(first, None, name, alias=alias)


def _unnamed_of_role(phrase: str) -> bool:
    """An indefinite unnamed source with a role in its genitive ("مسؤول في إدارة الرئيس")."""
    words = phrase.split()
    return (
        len(words) >= 3
        and bool(UNNAMED_RE.match(words[0]))
        and any(ROLE_HEAD_RE.match(w.removeprefix("ال")) for w in words[2:])
    )


def _described_person(first: str, second: str) -> bool:
    """A definite description of a person ("المؤرخ الفرنسي") and a bare name of 2-4 words."""
    described = first.split()
    named = second.split()
    return (
        1 <= len(described) <= 3
        and all(w.startswith("ال") for w in described)
        and not is_role(second)
        and kind_of(first) == "person"
        and 2 <= len(named) <= 4
        and not named[0].startswith("و")  # "بحسب الاعترافات الرسمية، وخسائر هائلة": a list
        and not any(w.startswith("ال") or w.endswith("يه") or w[:1] in QUOTE_CHARS for w in named)
    )


def _quoted_name(text: str, start: int, end: int) -> tuple[int, int]:
    """'صحيفة "الغارديان" البريطانية' -> 'الغارديان': an outlet is named by its quoted title."""
    seg = text[start:end]
    m = MEDIA_HEAD_QUOTED_RE.match(seg)
    q0 = m.end() if m else (1 if seg[:1] in QUOTE_CHARS else -1)
    if q0 < 0 and start > 0 and text[start - 1] in QUOTE_CHARS:
        q0 = 0
    if q0 < 0:
        return (start, end)
    q1 = next((i for i in range(q0, len(seg)) if seg[i] in QUOTE_CHARS), len(seg))
    after = seg[q1 + 1 :].split()
    # '"الغارديان" البريطانية' names the outlet; '"جيش" الاحتلال' does not.
    adjective_only = all(w.startswith("ال") and w.endswith(("يه", "ي")) for w in after)
    name = seg[q0:q1]
    # 'إذاعة "جيش" الاحتلال': a quoted organisation head takes the genitive after the quote.
    construct = len(name.split()) == 1 and bool(ORG_RE.match(name.strip())) and not adjective_only
    if (
        q1 - q0 >= 3
        and not name.isdigit()
        and not construct
        and (m or adjective_only or len(name.split()) >= 2)
    ):
        return (start + q0, start + q1)
    return (start, end)


@lru_cache(maxsize=4096)
def kind_of(name: str) -> str:
    """person / organization / group / media / unnamed, from the head word of the name.
    Cached: a third of the names asked about were asked about before."""
    bare = name.lstrip(QUOTE_CHARS)
    for quantifier in ("عده ", "احد ", "بعض ", "عدة ", "أحد "):
        bare = bare.removeprefix(quantifier)  # "عدة مصادر مطلعة", "أحد المسؤولين"
    if UNNAMED_RE.match(bare):
        return "unnamed"  # "مصادر الصحيفة": the head decides, not the outlet after it
    if bare.startswith(("عدد من ", "عدد كبير من ")) or bare[:1].isdigit():
        return "group"  # "عدد من المراقبين", "5 أشخاص"
    if "، و" in bare or any(w.startswith("و") and ORG_RE.match(w[1:]) for w in bare.split()[1:]):
        return "group"  # "رئيس الحكومة، فلان، والرئيس، فلان", "نادي الأسير وهيئة الأسرى": together
    if ROLE_HEAD_RE.match(bare) and not MEDIA_RE.match(bare) and not ORG_RE.match(bare):
        return "person"  # "المتحدث باسم الوكالة", "مراسل الوكالة": a person of the outlet
    if MEDIA_RE.search(" " + bare[:40]):
        return "media"
    if GROUP_RE.match(bare):
        return "group"
    if ORG_RE.match(bare) or bare.removeprefix("و") in COUNTRIES or DOC_SUBJECT_RE.match(bare):
        return "organization"  # a state, or a report with no owner named, speaks as an institution
    return "person"


__all__ = ["Slot", "is_clause_verb", "is_role", "kind_of", "parse_slot", "two_surnames"]
