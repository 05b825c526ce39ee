"""Verbal-noun objects as content: "أعلنت الوزارة مشاركتها في ...", "أكد السفير، ...، أهمية
...", "وأكد أهمية ..." (the subject elided) and "نقلت وكالة X عن Y، استعدادَ ...". The reporting-verb
rule of :mod:`.ar_rules` asks these when no complementiser, colon or quotation follows the verb.
Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re
from itertools import islice

from tracker.extract.ar_cues import (
    Candidate,
    Context,
    clause_boundary,
    comma_segments,
    first_comma,
    relay_source,
    word_count,
)
from tracker.extract.ar_lexicon import (
    MEDIA_RE,
    NOT_SPEAKER_RE,
    ORG_RE,
    ROLE_HEAD_RE,
)
from tracker.extract.ar_nps import np_then_object
from tracker.extract.ar_resources import (
    ACCORDING_ASIDE_RE,
    ADVERBIAL_START_RE,
    APPOSITION_RE,
    MASDAR_RE,
    NP_END_ADVERBS,
    OBJECT_ASIDE_RE,
    OUTLET_HEADS,
    PREP_WORDS,
    PRONOUN_SUFFIX_RE,
    QUOTE_CHARS,
    SAYING_BY_RE,
    SLOT_ADVERBS,
    SUBORDINATORS,
    TOKEN_RE,
    Cue,
)
from tracker.extract.ar_slots import is_role, parse_slot
from tracker.extract.ar_subjects import fronted_subject, subject_before

# "اعتبر X Y", "رأى X Y": a judgement whose two objects are the content, after the subject.
_JUDGING_CUES = frozenset({"اعتبر", "رأى"})
# Sub-units named in apposition after an armed group ("كتائب X، مجموعات Y،").
_UNIT_WORDS = frozenset({"مجموعات", "مجموعه", "كتيبه", "لواء", "وحده", "فرقه", "سريه", "فوج"})
# "المسيطر على ...", "الحاكم في ...": a definite participle with its preposition, in apposition.
_DESCRIBED_RE = re.compile(r"ال\w+\s+(?:علي|في|من|عن|لدي)\s")


# 'بـ"القاتل"', "بأنه", "بالكاذب": what something is described as.
_DESCRIBED_AS_RE = re.compile(r"ب(?:ال|ان|[\"«“])")
# The addressee between a verb and its verbal-noun object: an object never opens with "لل".
# "لنظيره الفرنسي، فلان،": a counterpart, its adjectives, and a short name in apposition.
_ADDRESSEE_LEAD_RE = re.compile(
    rf"\s*(?:للمره\s+\S+|لل\w{{2,}}(?:\s+نت)?|ل(?:{OUTLET_HEADS})\w*"
    r"(?:\s*[\"«“][^\"«»“”]{1,30}[\"»”])?|لنظير\w*(?:\s+ال\w+)*(?:\s*،(?:\s*[^\s،]+){1,4}\s*،)?)\s+(?=\S)"
)
# A day word between the verb and its object, without commas ("أعلنت أمس الثلاثاء اختيار").
_TIME_LEAD_RE = re.compile(
    r"\s*(?:امس|اليوم|مساء|صباح)(?:\s+(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه))?\s+(?=\S)"
)


_WEEKDAY_LEAD_RE = re.compile(r"\s*(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)\s+(?=\S)")


def relayed_object(ctx: Context, vstart: int, vend: int, gender: str | None) -> Candidate | None:
    """ "نقلت وكالة X عن وزارة الخارجية، استعدادَ موسكو ...": relayed, with a verbal-noun object
    after the source's comma instead of a complementiser."""
    text, sent = ctx.text, ctx.sentence
    comma = first_comma(text, vend, sent.end)
    if comma is None:
        return None
    via, src_start = relay_source(text, vend, comma)
    if src_start == vend or word_count(text, src_start, comma) > 8:
        return None  # no "عن": nobody is relayed
    content = TOKEN_RE.search(text, comma + 1, sent.end)
    if (
        content is None
        or not MASDAR_RE.match(content.group())
        or word_count(text, content.start(), sent.end) < 3
    ):
        return None
    slot = parse_slot(text, src_start, comma)
    if slot is None:
        return None
    return Candidate(
        "relay-object:نقل", (vstart, vend), (content.start(), sent.end), slot, via=via, gender=gender,
        confidence=0.6, boundary=clause_boundary(text, sent.start, vstart),
    )  # fmt: skip


def _subject_after(text: str, vend: int, end: int) -> bool:
    """Whether a role and then a verbal-noun object follow the verb ("أكد الرئيس الإيراني تطوير")."""
    first = TOKEN_RE.search(text, vend, end)
    if first is None or not first.group().startswith("ال") or not ROLE_HEAD_RE.match(first.group()):
        return False
    cut = np_then_object(text, vend, end)
    nxt = TOKEN_RE.match(text, cut + len(text[cut:end]) - len(text[cut:end].lstrip()))
    return nxt is not None and cut < end and bool(MASDAR_RE.match(nxt.group()))


def _abstract_object(words: list[str]) -> bool:
    """An indefinite abstract noun in "-ية" before its definite genitive ("حتمية الرد", "أهمية
    التعاون", "جاهزية الجيش"): what was affirmed, never who affirmed it."""
    return (
        len(words) >= 2
        and len(words[0]) >= 5
        and words[0].endswith("يه")
        and not words[0].startswith(("ال", "و"))
        and words[1].startswith("ال")
        and words[0] not in _STATE_NOUNS
        and not (ORG_RE.match(words[0]) or ROLE_HEAD_RE.match(words[0]) or MEDIA_RE.match(words[0]))
    )


# Nouns in "-ية" that head a source's name or are one ("جمهورية الكونغو", "مفوضية اللاجئين",
# "شخصية سياسية").
_STATE_NOUNS = frozenset(
    {"جمهوريه", "مفوضيه", "جمعيه", "هييه", "مديريه", "امانه", "بلديه", "قياديه", "شخصيه"}
)


def object_candidate(
    ctx: Context, vstart: int, vend: int, cue: Cue, gender: str | None, boundary: int | None
) -> Candidate | None:
    """ "أعلنت الوزارة، اليوم، مشاركتها في ..." / "أكد عبد السلام ضرورة ...": a verbal-noun object."""
    if not cue.object_ok and cue.lemma not in _JUDGING_CUES:
        return None
    text, sent = ctx.text, ctx.sentence
    clause_start = boundary + 1 if boundary is not None and boundary > sent.start else sent.start
    prev = text[clause_start:vstart].split()[-1:]
    # "منذ أن أعلنت الشركة ...": after a complementiser the subject follows the verb.
    before, hint = (
        (None, None) if prev and prev[0] in SUBORDINATORS else subject_before(text, clause_start, vstart)
    )
    if (
        hint == "x"
        and prev
        and prev[0].removeprefix("و") in ("الذي", "التي", "الذين")
        and not text[vstart:vend].endswith(("ه", "ها", "هم"))
    ):
        # "الأنباء التي أكدت مغادرتها": the relative verb's subject is its antecedent, no source
        # (but "الخطة التي وصفها المسؤولون بـ": the pronoun is the object, the subject follows).
        return None
    if (
        before is None
        and boundary is not None
        and boundary > sent.start
        and not text[clause_start:vstart].strip()
    ):
        before = fronted_subject(text, sent.start, boundary)
        if before is not None and _subject_after(text, vend, sent.end):
            # "وخلال استقباله رئيس الحكومة الكوبي، فلان، أكد الرئيس الإيراني تطوير ...": the
            # name before the comma is the visitor; the role after the verb is its subject.
            before = None
    if (
        before is None
        and cue.lemma == "وصف"
        and (text.startswith(("وو", "فو"), vstart) or not text[sent.start : vstart].strip())
    ):
        pair = list(islice(TOKEN_RE.finditer(text, vend, sent.end), 2))
        if len(pair) == 2 and _DESCRIBED_AS_RE.match(pair[1].group()) and not pair[0].group().startswith("ب"):
            # "ووصف نتنياهو بـ"القاتل"": one noun before its "بـ" is what was described; the
            # subject is elided.
            return Candidate(
                "verb-elided-object:وصف", (vstart, vend), (pair[0].start(), sent.end), None, pronoun=True,
                gender=gender, confidence=0.6, boundary=boundary,
            )  # fmt: skip
    if before is None and not cue.object_ok:
        return None  # "اعتبر X Y" is read only after a named subject ("وكان غالانت قد اعتبر ...")
    if before is not None:
        # "الوزارة أعلنت، اليوم، ارتفاع ...": subject first, the object follows the verb.
        pos = vend
        for a, b in comma_segments(text, vend, sent.end):
            if ADVERBIAL_START_RE.match(text[a:b]) and word_count(text, a, b) <= 4:
                pos = b + 1
                continue
            pos = a
            break
        aside = OBJECT_ASIDE_RE.match(text, pos, sent.end)
        if aside is not None:
            pos = aside.end()  # "وصفت في بيانٍ استهداف ...": the medium, then the object
        when = _TIME_LEAD_RE.match(text, pos, sent.end)
        if when is not None:
            pos = when.end()  # "أعلنت أمس الثلاثاء اختيار ...": when, then the object
        told = _ADDRESSEE_LEAD_RE.match(text, pos, sent.end)
        if told is not None:
            pos = told.end()  # "مصدر يؤكد للميادين رفض ...": to whom, then the object
        if word_count(text, pos, sent.end) >= 3 and text[pos : sent.end].split()[0] not in (
            "عنه",
            "عنها",
            "عنهم",
        ):
            return Candidate(
                f"subject-verb-object:{cue.lemma}", (vstart, vend), (pos, sent.end), before, gender=gender,
                confidence=0.6, boundary=boundary,
            )  # fmt: skip
        return None
    if aside_after_verb(text, vend, sent.end) is not None:
        return None  # "وأكدت، في بيان، استهدافها ...": no subject after such an aside; elided
    segs = list(comma_segments(text, vend, sent.end))
    if not segs:
        return None
    slot_parts: list[tuple[int, int]] = []
    content_start = None
    apposed = False
    for a, b in segs:
        seg = text[a:b]
        if not slot_parts:
            if ADVERBIAL_START_RE.match(seg) and word_count(text, a, b) <= 4:
                continue
            if seg.split()[:1] and seg.split()[0] in SLOT_ADVERBS:
                return None  # "وأكدت أيضاً استهدافها ...": no subject after the verb
            if _abstract_object(seg.split()):
                return None  # "كما أكّد حتمية الرد": an abstract noun, the object; no subject
            followed = b < sent.end and text[b : b + 1] in "،,"
            cut = np_then_object(text, a, b)
            described = None
            if cue.lemma == "وصف":
                # "ووصف السيد فلان الخطاب بـ"...": the object is the word before its "بـ" complement.
                toks = list(TOKEN_RE.finditer(text, a, b))
                k = next((i for i, t in enumerate(toks) if i >= 2 and t.group().startswith("ب")), None)
                if k is not None:
                    described = toks[k - 1].start()
                    cut = min(cut, described)
            named = _surname_then_object(text, a, b)
            if named is not None and named < cut:
                cut = named
            rest = text[cut:b].split()
            subject = text[a:cut].split()
            # "وأكدت السرايا هبوطَ طائرةٍ ...، مع ...", "أكد الرئيسان الشراكةَ ...، و...": after a
            # one-word definite subject that is not a role (which a name could follow), the seam
            # found in the noun phrase stands.
            object_after_definite = (
                bool(rest) and len(subject) == 1 and subject[0].startswith("ال") and not is_role(subject[0])
            )
            if (
                described is None
                and named is None
                and followed
                and word_count(text, a, b) <= 6
                and not object_after_definite
                and not (len(rest) >= 2 and (MASDAR_RE.match(rest[0]) or any(w in PREP_WORDS for w in rest)))
            ):
                # "أعلنت وزارة الصحة الفلسطينية، اليوم، ...": the whole segment is the subject;
                # "أعلنت البلدية سلسلة من ...، والتي" has its object before the comma.
                cut = b
            slot_parts.append((a, cut))
            if cut < b:
                content_start = cut
                break
            continue
        if ADVERBIAL_START_RE.match(seg) or (content_start is None and ACCORDING_ASIDE_RE.match(seg)):
            continue  # "أكد السفير، وفق ما ذكرت الوكالة، أهمية ...": the aside names the relay
        short = (
            len(slot_parts) == 1 and word_count(text, a, b) <= 5 and not seg.startswith(tuple(QUOTE_CHARS))
        )
        # "أكد السفير، ...، أهمية العلاقات بين البلدين": a verbal noun opens the object, but a
        # short name may look like one ("إلهان أوزغال").
        words = seg.split()
        short = short and not (
            MASDAR_RE.match(seg) and (len(words) > 3 or any(w in PREP_WORDS for w in words))
        )
        # "أعلن الرئيس فلان، الجمعة، الترشح للانتخابات": a definite verbal noun with its "ل"
        # complement is the object, neither a name nor a description set after the subject.
        definite_masdar = (
            len(words) >= 2
            and words[0].startswith("ال")
            and MASDAR_RE.match(words[0][2:]) is not None
            and not words[0].endswith(("ي", "يه"))
            and (words[1].startswith(("ل", "ب")) or words[1] in PREP_WORDS)
        )
        short = short and not definite_masdar
        head = text[slot_parts[0][0] : slot_parts[0][1]]
        unit = bool(words) and words[0] in _UNIT_WORDS and bool(ORG_RE.match(head))
        if short and (is_role(seg) or is_role(head) or unit):  # "كتائب X، مجموعات Y، استهداف ..."
            slot_parts.append((a, b))
            apposed = True
            continue
        if (
            len(slot_parts) == 1
            and b < sent.end
            and (APPOSITION_RE.match(seg) or _DESCRIBED_RE.match(seg))
            and not definite_masdar
            and word_count(text, a, b) <= 9
        ):
            # "أعلنت كتائب X، الجناح العسكري لحركة Y، قصفها ...", "أعلن ائتلاف X، المسيطر على
            # أغلبية المقاعد، ترشيح ...": an apposition describes the subject.
            apposed = True
            continue
        if (
            apposed
            and cue.lemma != "وصف"  # "ووصف X، في لقاء، هاريس بأنها": what was described
            and len(words) <= 2
            and not MASDAR_RE.match(words[0])
            and not PRONOUN_SUFFIX_RE.match(words[0])
        ):
            apposed = False  # "الجناح العسكري لحركة المقاومة الإسلامية، حماس،": the body's short name
            continue
        content_start = a
        break
    while content_start is not None:
        first = TOKEN_RE.match(text, content_start, sent.end)
        if first is None or first.group() not in NP_END_ADVERBS:
            break
        content_start = first.end() + 1  # "أعلنت الصين سابقاً تخصيص ...": the adverb is not said
    if content_start is not None:
        when = _WEEKDAY_LEAD_RE.match(text, content_start, sent.end)
        if when is not None:
            content_start = when.end()  # "أعلنت الوزارة اليوم الخميس ارتفاع ...": the day's name
    if content_start is None or word_count(text, content_start, sent.end) < 3:
        return None
    if SAYING_BY_RE.search(text, content_start, min(sent.end, content_start + 40)):
        return None  # "وختمت الصحيفة مقالها بالقول إنّ ...": the participle reports, not the verb
    if text[content_start : sent.end].split()[0] in ("عنه", "عنها", "عنهم", "به", "بها", "ذلك"):
        return None  # "الذي أعلن عنه في ...": the thing announced, not what was said
    slot_start, slot_end = slot_parts[0][0], slot_parts[-1][1]
    first_word = text[slot_start:slot_end].split()[0] if text[slot_start:slot_end].split() else ""
    first_word = first_word.strip(QUOTE_CHARS)  # 'وأكد "أهمية ..."': a quoted verbal noun, not a source
    if (
        NOT_SPEAKER_RE.match(text[slot_start:slot_end])
        or word_count(text, *slot_parts[0]) - _bracketed_words(text, *slot_parts[0]) > 9
        or word_count(text, slot_start, slot_end) > 14  # a role in apposition may add a few words
        or (MASDAR_RE.match(first_word) and not first_word.startswith("ال") and not ORG_RE.match(first_word))
    ):
        return None  # a verbal noun opens the object, unless it heads a body ("ائتلاف", "اتحاد")
    slot = parse_slot(text, slot_start, slot_end)
    if slot is None:
        return None
    return Candidate(
        f"verb-object:{cue.lemma}", (vstart, vend), (content_start, sent.end), slot, gender=gender,
        confidence=0.6, boundary=boundary,
    )  # fmt: skip


def _closed_name_elsewhere(text: str, word: str, skip: int) -> bool:
    """Whether the article gives ``word`` elsewhere as the last word of a personal name: after a
    bare first name or "بن"/"ابو", and closed by a comma or a stop ("الصحافي، بن كسبيت،")."""
    pos = text.find(word)
    while pos >= 0:
        after = text[pos + len(word) : pos + len(word) + 1]
        if pos != skip and pos > 1 and text[pos - 1] == " " and after in ("،", ",", ".", ")"):
            prev = text[text.rfind(" ", 0, pos - 1) + 1 : pos - 1]
            if prev in ("بن", "ابن", "ابو") or (
                prev.isalpha() and not prev.startswith(("ال", "و", "ف", "ب", "ل")) and prev not in PREP_WORDS
            ):
                return True
        pos = text.find(word, pos + 1)
    return False


def _surname_then_object(text: str, a: int, b: int) -> int | None:
    """ "ووصف كسبيت مقاطع الفيديو، ...، بأنها": a surname the article closed a personal name with
    is the whole subject; a name heads no construct, so the bare noun after it (never written
    after the surname elsewhere) opens the object."""
    toks = list(islice(TOKEN_RE.finditer(text, a, b), 2))
    if len(toks) < 2:
        return None
    first, second = toks[0].group(), toks[1].group()
    if (
        first.startswith("ال")
        or len(first) < 4
        or ROLE_HEAD_RE.match(first)
        or ORG_RE.match(first)
        or not second.isalpha()  # "بايدن (81 عاماً)"
        or second.startswith(("ال", "ب", "ابن", "ابو"))  # "وصف نتنياهو بأنه": the complement
        or second in PREP_WORDS
        or second.endswith(("يه", "ي"))  # an adjective ("منصة إعلامية")
        or text.count(f"{first} {second}") > 1
        or not _closed_name_elsewhere(text, first, toks[0].start())
    ):
        return None
    return toks[1].start()


def elided_subject_object(
    ctx: Context, vstart: int, vend: int, lemma: str, gender: str | None
) -> Candidate | None:
    """ "وأكد أهمية ...", "وأكد تطلع بلاده ...": the subject is elided and a verbal noun follows
    the verb at once; the speaker is the current source (resolved like a pronoun)."""
    text, sent = ctx.text, ctx.sentence
    start = aside_after_verb(text, vend, sent.end) or vend
    while True:  # "وأكدت أيضاً استهدافها ...": an adverb before the verbal noun
        word = TOKEN_RE.search(text, start, sent.end)
        if word is None or word.group() not in SLOT_ADVERBS:
            break
        start = word.end()
    words = text[start : sent.end].split()
    if len(words) < 3:
        return None
    first = words[0].strip(QUOTE_CHARS)
    quoted_after_aside = start > vend + 1 and words[0][:1] in QUOTE_CHARS and text[vend : vend + 1] == "،"
    if not quoted_after_aside and (
        first.startswith("ال")
        or not (MASDAR_RE.match(first) or _abstract_object(words))
        or NOT_SPEAKER_RE.match(first)
    ):
        return None
    start += len(text[start : sent.end]) - len(text[start : sent.end].lstrip())
    boundary = clause_boundary(text, sent.start, vstart)
    return Candidate(
        f"verb-elided-object:{lemma}", (vstart, vend), (start, sent.end), None, pronoun=True, gender=gender,
        confidence=0.6, boundary=boundary,
    )  # fmt: skip


def aside_after_verb(text: str, vend: int, end: int) -> int | None:
    """Where the object starts after an aside set between commas right after the verb ("وأكدت،
    في بيان، استهدافها ...", "كما أعلنت، في بيان آخر، استهداف ...", 'وأكدت، في بيان، "..."'):
    a verbal noun, a possessed noun or a quotation there is the object, and the subject is
    elided (or came before the verb); a body's or a role's name is the subject."""
    if text[vend : vend + 1] != "،":
        return None
    close = text.find("،", vend + 1, end)
    if close < 0 or not ADVERBIAL_START_RE.match(text[vend + 1 : close].strip()):
        return None
    if word_count(text, vend + 1, close) > 5 or word_count(text, close + 1, end) < 3:
        return None
    first = text[close + 1 : end].split()[0]
    word = first.strip(QUOTE_CHARS)
    if ORG_RE.match(word) or ROLE_HEAD_RE.match(word) or MEDIA_RE.match(word):
        return None  # "وأكّدت، عقب الاقتحام، كتائب الفجر، ...": the subject after all
    if not (first[:1] in QUOTE_CHARS or MASDAR_RE.match(word) or PRONOUN_SUFFIX_RE.match(word)):
        return None
    return close + 1


def _bracketed_words(text: str, start: int, end: int) -> int:
    """Words inside brackets ("(ورلد سنترال كيتشن)"): a name's other form, not its length."""
    open_ = text.find("(", start, end)
    close = text.find(")", open_, end) if open_ >= 0 else -1
    return len(text[open_:close].split()) if close > open_ else 0


__all__ = ["aside_after_verb", "elided_subject_object", "object_candidate", "relayed_object"]
