"""Speakers written before their verb: "زاخاروفا قالت", "الناطق باسم ...، أبو خالد، أعلن",
"وكان مسؤول في البلدية، قال ...", and the antecedent of "الذي أعلن".
"""

from __future__ import annotations

import re

from tracker.extract.ar_cues import PARTICIPLE_SURFACES, comma_segments, is_verb, word_count
from tracker.extract.ar_lexicon import (
    GROUP_RE,
    MEDIA_RE,
    NOT_SPEAKER_RE,
    ORG_RE,
    ROLE_HEAD_RE,
    TITLES,
)
from tracker.extract.ar_resources import (
    ACCORDING_RE,
    ADVERBIAL_START_RE,
    APPOSITION_RE,
    COMP_RE,
    KNOWN_ADVERBIAL_LEAD_RE,
    LEAD_CONNECTOR_RE,
    NARRATIVE_LEAD_RE,
    NARRATIVE_VERB_RE,
    NON_CUE_PARTICIPLE_RE,
    PREP_WORDS,
    PRONOUN_SUBJECTS,
    QUOTE_CHARS,
    RELATIVE_START_RE,
    SUBORDINATORS,
    TOKEN_RE,
)
from tracker.extract.ar_slots import Slot, is_name_ali, is_role, parse_slot
from tracker.extract.ar_text import strip_span


def _role_only(text: str, span: tuple[int, int]) -> Slot | None:
    return parse_slot(text, *span)


# "وكانت", "كان", "لا يزال": the auxiliary before a fronted subject ("وكانت حماس قد أعلنت").
_AUXILIARY_RE = re.compile(
    r"[وف]?(?:كان|كانت|كانوا|(?:لا|ما)\s+(?:يزال|تزال|يزالون|زال|زالت))\s+(?=\S)(?!(?:من|في|علي|الي|عن|مع|لدي|بين)\s)"
)


# An indefinite document with its owner after "ل" ("تقرير للأمم المتحدة", "بيان لوزارة الصحة"),
# maybe with an adjective of its own between ("تصريح سابق للجيش", "بيان مشترك للوزارتين").
_OWNED_DOCUMENT_RE = re.compile(
    r"(?<!\w)(?:تقرير|بيان|دراسه|تحقيق|وثيقه|مذكره|رساله|تصريح)ا?"
    r"(?:\s+(?:سابق|جديد|مشترك|رسمي|مكتوب|منفصل)ا?)?\s+(?=ل\w)(?!لها?(?!\w)|لهم(?!\w))"
)


# "من جهته", "بدوره": the source's own part, set between a fronted subject and its verb.
_OWN_PART_ASIDES = tuple(
    lead + suffix for lead in ("من جهت", "من جانب", "بدور") for suffix in ("ه", "ها", "هم", "هما")
)


# Words spelled with "ال" that are not definite nouns (the shadow writes "إلى" as "الي").
_NOT_DEFINITE = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "الان"})
# Particles and pronouns an indefinite construct head cannot be.
_NOT_HEADS = frozenset(
    {"ان", "انه", "انها", "اذ", "ما", "لا", "لم", "لن", "قد", "هو", "هي", "هم", "ذلك", "هذا", "هذه"}
)


def _definite(word: str) -> bool:
    return word.startswith(("ال", "لل")) and word not in _NOT_DEFINITE


def _agrees(word: str, feminine: bool) -> bool:
    """Whether a noun's form lets "التي" (feminine) or "الذي" refer to it; a final alif
    ("سينما", "روسيا") goes with either."""
    if word.endswith("ا"):
        return True
    return word.endswith(("ه", "ات")) == feminine


def _antecedent_start(text: str, toks: list[re.Match[str]], feminine: bool) -> int | None:
    """Where the definite noun phrase that ends a long segment starts, the antecedent of "الذي"
    or "التي" after it: back over definite words, conjuncts ("والأساطير"), genitives after "ل"
    and a place after "في" ("السلطات في دولة مالي، التي"), then over the indefinite heads of a
    construct to the outermost one that agrees with the pronoun ("لجنة الشؤون العامة، التي",
    "عملية إطلاق النار، التي"; not "غضب السلطات، التي"). An indefinite noun before "لـ" and a
    name ("مصدر قلق لبكين، التي") leaves the name alone."""
    words = [t.group().strip(QUOTE_CHARS) for t in toks]
    last = len(words) - 1
    i = last
    place = next((k for k in range(last - 1, max(0, last - 4), -1) if words[k] == "في"), None)
    if place is not None and place > 0 and _definite(words[place - 1]):
        i = place - 1  # "السلطات في دولة مالي": the place goes with the noun before it
    if i == last and words[i].startswith("ل") and not _definite(words[i]):
        if i > 0 and not _definite(words[i - 1]) and len(words[i]) > 3 and words[i] not in _NOT_DEFINITE:
            return toks[i].start() + 1  # "مصدر قلق لبكين، التي": the one after "ل"
        return None
    if not _definite(words[i]):
        return None
    while i > 0:
        prev = words[i - 1]
        if _definite(prev) or (prev.startswith("وال") and _definite(prev[1:])):
            i -= 1  # a definite adjective, genitive or conjunct
        elif prev.startswith("ل") and i >= 2 and _definite(words[i - 2]) and prev not in _NOT_DEFINITE:
            i -= 1  # "اللجنة العليا لشؤون الكنائس": a genitive after "ل"
        else:
            break
    head = i if _agrees(words[i].removeprefix("ال").removeprefix("لل"), feminine) else None
    k = i
    while k > 0 and k > i - 3:
        prev = words[k - 1]
        if (
            _definite(prev)
            or (
                prev.startswith(("و", "ب", "ل", "ك")) and not (ORG_RE.match(prev) or ROLE_HEAD_RE.match(prev))
            )
            or prev in PREP_WORDS
            or prev in _NOT_HEADS
            or prev.startswith("ي")  # "يعني": an imperfect verb
            or len(prev) < 3
            or is_verb(prev)
            or NARRATIVE_VERB_RE.match(prev)
            or ROLE_HEAD_RE.match(words[k])
        ):
            break
        k -= 1  # an indefinite construct head ("عملية إطلاق النار")
        if _agrees(prev, feminine):
            head = k
    if head is None or (head == 0 and i == 0):
        return None  # no noun the pronoun agrees with, or the whole segment: left to the rule after
    start = toks[head].start() + (1 if toks[head].group()[:1] in QUOTE_CHARS else 0)
    return start + 1 if words[head].startswith("لل") else start


def subject_before(text: str, sent_start: int, verb_start: int) -> tuple[Slot | None, str | None]:
    """A subject-first speaker ("زاخاروفا قالت", "الوزارة أعلنت"); or a pronoun hint."""
    pre_start, pre_end = strip_span(text, sent_start, verb_start)
    if text[pre_start:pre_end].split()[-1:] and text[pre_start:pre_end].split()[-1] in SUBORDINATORS:
        return None, None  # "ويأتي ذلك بعدما أعلن X": after a subordinator the subject follows
    for tail in (" قد", "،قد", " لقد"):
        # "كان قائد الحركة، فلان، قد أكد": the particle sits between subject and verb.
        if text.endswith(tail, pre_start, pre_end):
            pre_start, pre_end = strip_span(
                text, pre_start, pre_end - len(tail) + 1 if tail[0] == "،" else pre_end - len(tail)
            )
    aux = _AUXILIARY_RE.match(text, pre_start, pre_end)
    if aux is not None:
        pre_start = aux.end()  # "وكانت حماس قد أعلنت": the auxiliary opens the clause
    if pre_end <= pre_start:
        return None, None
    pre = text[pre_start:pre_end]
    for rel in (" الذي", " التي", " الذين", "، الذي", "، التي"):
        if pre.endswith(rel.strip()) and pre_end - len(rel.strip()) > pre_start:
            slot, hint = _relative_antecedent(text, pre_start, pre_end, rel)
            if slot is not None and _says_nothing(text, slot):
                return None, "x"  # "المعلومات التي تحدثت عن ...": what was written or heard, not who
            return slot, hint
    m = LEAD_CONNECTOR_RE.match(pre)
    rest_start = pre_start + (m.end() if m else 0)
    rest = text[rest_start:pre_end].strip(" ،,")
    last_seg = rest.split("،")[-1].strip()
    if last_seg in PRONOUN_SUBJECTS:
        return None, PRONOUN_SUBJECTS[last_seg]  # "...، فإنّه شدّد على": the subject is a pronoun
    if last_seg and NOT_SPEAKER_RE.match(last_seg) and len(last_seg.split()) <= 2:
        return None, "x"
    seg_lead = LEAD_CONNECTOR_RE.match(last_seg)
    if seg_lead is not None and seg_lead.end() and NOT_SPEAKER_RE.match(last_seg[seg_lead.end() :]):
        return None, "x"  # "فإنّ البيانات التي ... تؤكد أن": data, not a source, is the subject
    if not rest:
        word = pre.split()[-1] if pre.split() else ""
        return None, PRONOUN_SUBJECTS.get(word.strip("،,"))
    if pre.split()[-1] in PRONOUN_SUBJECTS:
        return None, PRONOUN_SUBJECTS[pre.split()[-1]]
    # Keep the last comma segment that is not an adverbial ("ومساء أمس،").
    segs = [(a, b) for a, b in comma_segments(text, rest_start, pre_end)]
    if segs and (doc := _owned_document(text, *segs[-1])) is not None:
        return doc, None
    if segs and text[verb_start : verb_start + 1] in "يت" and (pub := _published_document(text, *segs[-1])):
        return pub, None
    for a, b in reversed(segs):
        seg = text[a:b]
        if KNOWN_ADVERBIAL_LEAD_RE.match(seg) or ADVERBIAL_START_RE.match(seg):
            continue
        seg_head = seg.split()[0] if seg.split() else ""
        if (
            word_count(text, a, b) > 10
            or is_verb(seg_head)
            or NARRATIVE_VERB_RE.match(seg_head)  # "وإذ رحّب بالملتقى، أكد": a clause, not a subject
            or seg_head in PARTICIPLE_SURFACES
            or NON_CUE_PARTICIPLE_RE.match("، " + seg_head)
        ):
            return None, None
        lead = LEAD_CONNECTOR_RE.match(seg)
        start = a + (lead.end() if lead else 0)
        a = start
        # "الناطق باسم ...، أبو خالد، أعلن": the segment before may be the role.
        idx = next(i for i, sg in enumerate(segs) if sg[1] == b)
        if idx > 0:
            pa, pb = segs[idx - 1]
            prev_lead = LEAD_CONNECTOR_RE.match(text[pa:pb])
            if prev_lead is not None:
                pa += prev_lead.end()
            if is_role(text[pa:pb]) and word_count(text, pa, pb) <= 10:
                start = pa
        return parse_slot(text, start, b), None
    return None, None


def _relative_antecedent(text: str, pre_start: int, pre_end: int, rel: str) -> tuple[Slot | None, str | None]:
    """The antecedent of "الذي" / "التي" that ends ``text[pre_start:pre_end]``."""
    end = pre_end - len(rel.strip())
    if text[end - 1 : end] == "و":
        end -= 1  # "، والذي"
    segs = []
    for a, b in comma_segments(text, pre_start, end):
        aside = ACCORDING_RE.match(text, a, b)
        if aside and not aside.group("verb") and word_count(text, aside.end(), b) >= 1:
            # "...، بحسب الوزير، الذي أضاف": the source of the aside is the antecedent.
            segs.append(strip_span(text, aside.end(), b))
        elif not (ADVERBIAL_START_RE.match(text[a:b]) and word_count(text, a, b) <= 3):
            segs.append((a, b))
    if not segs:
        return None, None
    # The antecedent of الذي is the nearest noun phrase; a role may precede it.
    name = segs[-1]
    toks = list(TOKEN_RE.finditer(text, *name))
    if (
        rel[0] == " "
        and len(toks) >= 2
        and (is_verb(toks[0].group()) or NARRATIVE_VERB_RE.match(toks[0].group()))
    ):
        # "والتقى الوزير بالسفراء الذين قالوا": the antecedent is the last noun phrase,
        # not the clause it ends.
        k = next(
            (i for i in range(len(toks) - 1, 0, -1) if toks[i].group().startswith(("بال", "لل", "وال"))),
            max(1, len(toks) - 2),
        )
        head = toks[k]
        skip = 1 if head.group()[:1] in "بلو" and head.group()[1:3] in ("ال", "لا") else 0
        name = (head.start() + skip, toks[-1].end())
    if word_count(text, *name) > 5:
        toks = list(TOKEN_RE.finditer(text, *name))
        walked = None if rel.strip() == "الذين" else _antecedent_start(text, toks, rel.strip() == "التي")
        if walked is not None:
            return parse_slot(text, walked, name[1]), None
        role_head = next((t for t in reversed(toks) if ROLE_HEAD_RE.match(t.group())), None)
        start = role_head.start() if role_head else toks[-3].start()
        return parse_slot(text, start, name[1]), None
    role = None
    if len(segs) >= 2:
        pa, pb = segs[-2]
        rm = next((t for t in TOKEN_RE.finditer(text, pa, pb) if ROLE_HEAD_RE.match(t.group())), None)
        if rm is not None:
            role = (rm.start(), pb)
    if is_role(text[name[0] : name[1]]):
        return _role_only(text, name), None
    return Slot((role or name)[0:1] + name[1:2], role, name), None


# Nouns for what is written, told or believed, and for times and events: in "المعلومات التي
# تحدثت عن ...", "النصوص التي ترى ...", "الأنباء التي أكدت ...", "في الوقت الذي يؤكد فيه ..."
# the relative verb personifies a text or sets a time; no source speaks through the antecedent.
_CONTENT_NOUNS = frozenset({
    "معلومات", "انباء", "اخبار", "نصوص", "اساطير", "كتب", "شهادات", "وثايق", "دلايل", "ادله", "مزاعم",
    "روايه", "روايات", "اسطوانات", "اسطوانه", "خطاب", "انطباع", "لامبالاه", "كذبه", "اكاذيب", "شايعات",
    "اشاعات", "نظريه", "فكره", "رويه", "مقوله", "وقت", "انتخابات", "فتره", "مرحله",
})  # fmt: skip


def _says_nothing(text: str, slot: Slot) -> bool:
    """Whether a relative clause's antecedent is no source: a clause ("... صادفت المعلومات"), a
    word that is never a speaker ("تصريحات", "الأمر"), or a noun of what is written or a time."""
    words = [w.strip(QUOTE_CHARS + "،,") for w in text[slot.mention[0] : slot.mention[1]].split()]
    if not words or NOT_SPEAKER_RE.match(words[0]):
        return bool(words)
    return any(w.removeprefix("و").removeprefix("ب").removeprefix("ال") in _CONTENT_NOUNS for w in words)


def _owned_document(text: str, start: int, end: int) -> Slot | None:
    """ "إثر تقرير للأمم المتحدة يزعم أن", "بعد بيان للحركة أكد": an indefinite document and its
    owner ending the segment right before the verb; the verb is the document's, in a relative
    clause, and the owner speaks."""
    doc = _OWNED_DOCUMENT_RE.search(text, start, end)
    if doc is None or word_count(text, doc.start(), end) > 7:
        return None
    return parse_slot(text, doc.start(), end)


# An indefinite document in the accusative, the object of the clause before ("تحقيقاً", "تقريراً").
_ACCUSATIVE_DOCUMENTS = frozenset({"تقريرا", "تحقيقا", "بيانا", "مقالا", "تصريحا", "منشورا", "كتابا"})


def _published_document(text: str, start: int, end: int) -> Slot | None:
    """ "نشرت صحيفة X تحقيقاً يفيد بـ", "أصدرت المنظمة تقريراً يؤكد أن": the document, the
    object of a verb, is the subject of the imperfect verb after it (a relative clause without
    "الذي"), and the subject between the two, its publisher, speaks."""
    toks = list(TOKEN_RE.finditer(text, start, end))
    if not 3 <= len(toks) <= 9 or toks[-1].group() not in _ACCUSATIVE_DOCUMENTS:
        return None
    head = toks[0].group()
    if head.startswith(("ال", "وال")) or is_role(head) or ORG_RE.match(head) or head in PREP_WORDS:
        return None  # the segment opens on its subject, not on a verb
    if any(t.group() in PREP_WORDS or t.group() in SUBORDINATORS for t in toks[1:-1]):
        return None
    return parse_slot(text, toks[1].start(), toks[-2].end())


def _apposed_name(text: str, start: int, end: int) -> bool:
    """A short personal name opening the sentence before its role ("سعد الشاذلي، رئيس الأركان،")."""
    seg = text[start:end].strip()
    words = seg.split()
    return (
        1 <= len(words) <= 5
        and (not is_role(seg) or words[0] in TITLES)
        and not any(is_verb(w) or NARRATIVE_VERB_RE.match(w) or w in PREP_WORDS for w in words)
        # "وفيما يتعلّق بالتعديلات": a subordinate clause, not a name
        and not any(w.startswith(("بال", "لل", "وال")) or w.removeprefix("و") in SUBORDINATORS for w in words)
        and LEAD_CONNECTOR_RE.match(seg) is None
        and not ADVERBIAL_START_RE.match(seg)
        and not KNOWN_ADVERBIAL_LEAD_RE.match(seg)
        and not NOT_SPEAKER_RE.match(seg)
        and not any(q in seg for q in QUOTE_CHARS)
    )


def _aside(seg: str) -> bool:
    """A short adverbial or connector segment ("بدورها", "أيضاً", "في بيان"), not the name
    "علي" that folds like the preposition "على"."""
    return (
        len(seg.split()) <= 3
        and not is_name_ali(seg)
        and bool(
            KNOWN_ADVERBIAL_LEAD_RE.match(seg)
            or ADVERBIAL_START_RE.match(seg)
            or LEAD_CONNECTOR_RE.fullmatch(seg + " ")
        )
    )


def _long_quote(phrase: str) -> bool:
    """A quotation of more than three words (a short one is a scare-quoted name: '"الجيش"')."""
    inside = False
    words = 0
    for token in phrase.replace('"', ' " ').replace("«", " « ").replace("»", " » ").split():
        if token in QUOTE_CHARS or token[0] in "“”":
            inside = not inside
            words = 0
        elif inside:
            words += 1
            if words > 3:
                return True
    return False


def _words_outside_brackets(text: str, a: int, b: int) -> int:
    """Words of ``[a, b)`` outside a bracketed aside ("كتائب أبو علي مصطفى (الجناح العسكري
    للجبهة الشعبية) في طولكرم" is a name of six words)."""
    seg = text[a:b]
    opened = seg.find("(")
    closed = seg.find(")", opened + 1) if opened >= 0 else -1
    if closed < 0:
        return len(seg.split())
    return len((seg[:opened] + " " + seg[closed + 1 :]).split())


def fronted_subject(text: str, sent_start: int, comma: int) -> Slot | None:
    """The subject before a comma that precedes its verb: a short name, maybe after a role."""
    segs = list(comma_segments(text, sent_start, comma))
    if not segs or len(segs) > 3:
        return None
    if len(segs) >= 2 and RELATIVE_START_RE.match(text[segs[-1][0] : segs[-1][1]]):
        # "مخرجات اللقاء، والذي جمع الحركتين، أكدت ...": the relative clause describes the subject.
        a, b = segs[-2]
        lead = NARRATIVE_LEAD_RE.match(text, a, b) or LEAD_CONNECTOR_RE.match(text, a, b)
        if lead is not None:
            a = lead.end()
        if 0 < word_count(text, a, b) <= 6 and not COMP_RE.search(text, a, b):
            return parse_slot(text, a, b)
        return None
    last = len(segs) - 1
    while last > 0 and _aside(text[segs[last][0] : segs[last][1]]):
        last -= 1  # "بيان لوزارة الخارجية، يوم الثلاثاء، أكد": a time between the owner and the verb
    if (doc := _owned_document(text, *segs[last])) is not None:
        return doc  # "إثر تقرير للأمم المتحدة، زعم أن"
    if (
        text[comma + 1 :].lstrip()[:1] in ("ي", "ت")
        and (pub := _published_document(text, *segs[last])) is not None
    ):
        return pub  # "أصدرت المنظمة تقريراً، يؤكد أن"
    for sa, sb in segs:
        seg = text[sa:sb]
        if (
            KNOWN_ADVERBIAL_LEAD_RE.match(seg)
            or ADVERBIAL_START_RE.match(seg)
            or LEAD_CONNECTOR_RE.fullmatch(seg + " ")
        ):
            continue  # "من جهتها،"
        head = seg.split()[:1]
        if (
            head
            and (is_verb(head[0]) or NARRATIVE_VERB_RE.match(head[0]))
            and not LEAD_CONNECTOR_RE.match(seg)
        ):
            return None  # "ودانت الهيئة، بشدة، المجزرة، وأحصت ...": verb first, nothing is fronted
        break
    while (
        len(segs) >= 2
        and (
            _aside(text[segs[-1][0] : segs[-1][1]])
            or APPOSITION_RE.match(text[segs[-1][0] : segs[-1][1]])
            # "فلان، وتعليقاً على الاعتداء، شدد": an adverbial lead after the subject
            or (
                KNOWN_ADVERBIAL_LEAD_RE.match(text[segs[-1][0] : segs[-1][1]])
                and word_count(text, *segs[-1]) <= 6
            )
        )
    ):
        # "حركة الجهاد، بدورها، وصفت", "كتائب X، الجناح العسكري لحركة Y، أعلنت": an aside or
        # an apposition after the subject.
        segs.pop()
    a, b = segs[-1]
    own = next((x for x in _OWN_PART_ASIDES if text.endswith(" " + x, a, b)), None)
    if own is not None and word_count(text, a, b) > 1:
        segs[-1] = strip_span(text, a, b - len(own))  # "الوزير فلان من جهته، قال": his part
    lead0 = LEAD_CONNECTOR_RE.match(text[segs[0][0] : segs[0][1]])
    if lead0 is not None and lead0.end():
        segs[0] = (segs[0][0] + lead0.end(), segs[0][1])  # "تجدر الإشارة إلى أنّ المتحدث ..."
    whole = text[segs[0][0] : comma]
    if COMP_RE.search(whole) or any(is_verb(w) for w in whole.split()) or _long_quote(whole):
        return None
    a, b = segs[-1]
    lead = LEAD_CONNECTOR_RE.match(text[a:b])
    if lead is None and text[a] == "و" and (is_role(text[a + 1 : b]) or ORG_RE.match(text[a + 1 : b])):
        a += 1  # "ووزير الخارجية فلان، من جهته، قال": the conjunction, then the role
    if lead is None and len(segs) == 1 and lead0 is not None and lead0.end():
        lead = lead0  # "وكان المرصد الوطني، أشار": its auxiliary was stepped over above
        a -= lead0.end()
    named = (
        is_role(text[a:b])
        or ORG_RE.match(text[a:b])
        or MEDIA_RE.match(text[a:b])
        or GROUP_RE.match(text[a:b])
    )
    if lead is None and len(segs) == 1 and not (named and _words_outside_brackets(text, a, b) <= 11):
        # Only "وكان X، قال" style fronting, or a role with its name ("الرئيس الروسي فلان، يؤكد"),
        # is trusted without a role segment before it.
        return None
    if lead is not None:
        a += lead.end()
    if (
        len(segs) == 2
        and lead is None
        and is_role(text[a:b])
        and word_count(text, a, b) <= 14
        and _apposed_name(text, *segs[0])
    ):
        return parse_slot(text, segs[0][0], b)  # "سعد الشاذلي، رئيس الأركان، أعلن": name, then role
    if _words_outside_brackets(text, a, b) > (
        9 if ORG_RE.match(text[a:b]) else 11 if is_role(text[a:b]) else 6
    ):
        # A role with its name may run to eleven words ("نائبة رئيس قسم إعادة التأهيل في وزارة الأمن فلانة").
        return None
    if len(segs) >= 2 and is_role(text[segs[-2][0] : segs[-2][1]]):
        return parse_slot(text, segs[-2][0], b)
    return parse_slot(text, a, b)
