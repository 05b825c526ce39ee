"""Who speaks when the cue names nobody: the subject of the clause a participle or a
resumptive verb hangs on ("علّق فلان ...، واصفاً", "كلمة لفلان أكد فيها") and the subject of the
sentence before ("أشاد الرئيس ... . وقال إن ..."). Offsets are shadow-text offsets.
"""

from __future__ import annotations

import re

from tracker.extract.ar_cues import Candidate, is_verb
from tracker.extract.ar_lexicon import (
    COUNTRIES,
    GROUP_RE,
    MEDIA_RE,
    NOT_SPEAKER_RE,
    ORG_RE,
    ROLE_HEAD_RE,
    UNNAMED_RE,
)
from tracker.extract.ar_nps import np_then_object
from tracker.extract.ar_resources import (
    ADVERBIAL_START_RE,
    COMP_RE,
    KNOWN_ADVERBIAL_LEAD_RE,
    LEAD_CONNECTOR_RE,
    MASDAR_RE,
    NARRATIVE_VERB_RE,
    NON_CUE_PARTICIPLES,
    NP_END_ADVERBS,
    PREP_WORDS,
    QUOTE_CHARS,
    RELATIVE_START_RE,
    SPEECH_OWNER_RE,
)
from tracker.extract.ar_slots import Slot, parse_slot, two_surnames
from tracker.extract.ar_speakers import OF_PERSON_HEADS, Entity, Registry
from tracker.extract.ar_subjects import subject_before
from tracker.extract.ar_text import Sentence


def _governed(pre: str, pos: int) -> bool:
    """Whether the word before ``pos`` governs what follows as a genitive or an object: a
    preposition, a verbal noun or a feminine noun ("انسحاب بايدن", "ذريعة الجيش")."""
    if pre[pos - 1] not in " " + QUOTE_CHARS:
        return False
    before = pre[:pos].rstrip(" " + QUOTE_CHARS).split()
    if not before:
        return False
    prev = before[-1]
    return prev in PREP_WORDS or bool(MASDAR_RE.match(prev)) or (prev.endswith("ه") and not is_verb(prev))


# Prepositions that open a verb's object or topic; the subject comes before them.
_OBJECT_PREPS = frozenset({"علي", "عن", "الي", "مع", "ضد", "حول", "بشان"})
# "عبّر الرئيس عن سعادته": the verb "expressed", spelled like the preposition "via".
_EXPRESSED_RE = re.compile(r"و?عبر(?:ت)?\s+\S+(?:\s+\S+){0,6}?\s+عن\s")
_QAD = frozenset({"قد", "وقد", "لقد", "فقد"})
# "يُذكر أنّ", "يشار إلى أنّ", "تجدر الإشارة إلى أنّ": the narrator's lead before a fronted subject.
_NOTED_RE = re.compile(r"و?(?:يذكر|يشار|تجدر|يجدر|الجدير)(?!\w)")
# A complementiser standing alone: what follows is a content, not the subject's clause.
_COMP_WORD_RE = re.compile(r"(?<!\S)(?:ان|بان|انه|انها|بانه|بانها)(?!\S)")

# Verbs whose subject a named object follows ("اتهم نتنياهو غالانت", "حذّر الوزير الحكومة").
_ADDRESSING_VERBS = frozenset(
    {"اتهم", "اتهمت", "حمل", "حملت", "طالب", "طالبت", "هاجم", "هاجمت", "انتقد", "انتقدت", "حذر", "حذرت",
     "ابلغ", "ابلغت"}
)  # fmt: skip
# Subordinators that open a clause of their own inside a sentence ("...، بحيث علّق فلان ...").
_SUBORDINATOR_RE = re.compile(r"(?<!\w)(?:ب?حيث|اذ|فيما|بينما)\s+(?=\S)")


def clause_subject(registry: Registry, text: str, sent: Sentence, cand: Candidate) -> Entity | None:
    """The subject of the clause a participle hangs on, when no statement precedes it."""
    pre = text[sent.start : cand.cue[0]]
    owner = SPEECH_OWNER_RE.search(pre)
    if owner is not None:
        # "وتخللت المراسم كلمةٌ لممثل الحركة، فلان، أكد فيها": the speech's owner speaks in it.
        slot = parse_slot(text, sent.start + owner.end(), cand.cue[0])
        if slot is not None and slot.name is not None:
            return registry.resolve(slot, cand.gender, cand.cue[0])
    pre_words = set(pre.replace("،", " ").split())
    named: list[tuple[int, Entity]] = []  # the sources the clause names, where it names them
    for ent in reversed(registry.entities):
        named_at = pre.find(ent.key) if ent.key else -1
        if named_at > 0 and _after_lam(pre, named_at) and pre.count(ent.key) == 1:
            # "عضو المكتب السياسي لحركة حماس، فلان", 'محلل، لـ"وول ستريت جورنال"، ...': the
            # genitive of a role or the outlet spoken to is not the subject.
            continue
        if ent.key.split()[0] in OF_PERSON_HEADS and ent.key.split()[0] not in pre_words:
            continue  # "واتهم نتنياهو ...": the person, not "مكتب نتنياهو"
        for key in (ent.key, *(text[a:b] for a, b in ent.aliases)):
            toks = [t for t in key.split() if len(t) >= 4]
            last = key.split()[-1] if key.split() else ""
            shared = sum(t in pre_words for t in set(toks))
            at = pre.find(key) if key else -1
            if at > 0 and _after_lam(pre, at) and pre.count(key) == 1:
                continue  # an alias after a lam, as above
            if at > 0 and ROLE_HEAD_RE.match(pre[:at].split()[-1] if pre[:at].split() else ""):
                at = -1  # "قائد الجيش": the army's commander, not the army
            if key and (
                at >= 0
                or shared >= 2
                # a person's surname alone ("بايدن"); not a body's place ("حركة الجهاد في فلسطين")
                or (
                    len(last) >= 4
                    and not last.startswith("ال")
                    and last in pre_words
                    and ent.kind == "person"
                )
            ):
                pos = at if at >= 0 else pre.find(last if last in pre_words else toks[0])
                if pos > 0 and (_governed(pre, pos) or not _OBJECT_PREPS.isdisjoint(pre[:pos].split())):
                    # "علّق فلان على انسحاب بايدن": the object's genitive, or a word after the
                    # verb's preposition, is not the subject.
                    continue
                named.append((pos, ent))
                break
    if named:
        # The subject comes first: "علّق فلان على ذريعة الجيش، متسائلاً" is not the army's.
        ent = min(named, key=lambda n: n[0] if n[0] >= 0 else len(pre))[1]
        return registry.resolve(Slot(ent.name, None, ent.name), cand.gender, cand.cue[0])
    rel = max(pre.rfind("، الذي "), pre.rfind("، التي "))
    antecedent = pre[:rel].split("،")[-1].strip() if rel > 0 else ""
    if KNOWN_ADVERBIAL_LEAD_RE.match(antecedent) or ADVERBIAL_START_RE.match(antecedent):
        rel = -1  # "وخلال هذه السرقة، التي ...": an aside, not the subject
    elif rel > 0 and (
        sum(pre.count(q, 0, rel) for q in QUOTE_CHARS) % 2 or _COMP_WORD_RE.search(pre, 0, rel)
    ):
        rel = -1  # 'وأكد البيان أن "... الميثاق، الذي ..."، موضحاً': a relative inside what was said
    if rel > 0:
        s0 = sent.start
        first = pre.split()[0] if pre.split() else ""
        if is_verb(first):
            s0 += pre.find(first) + len(first)  # "وتابعت سلمى، التي ...، قائلةً": after the verb
        slot, _ = subject_before(text, s0, sent.start + rel + len("، الذي "))
        if slot is not None:
            return registry.resolve(slot, cand.gender, cand.cue[0])
    # Skip the asides that open the sentence ("من جهته،", "وتحت عنوان "..."،").
    lead = 0
    for seg in pre.split("،")[:-1]:
        stripped = seg.strip()
        if stripped and (
            KNOWN_ADVERBIAL_LEAD_RE.match(stripped)
            or (ADVERBIAL_START_RE.match(stripped) and not _EXPRESSED_RE.match(stripped))
            or (lead and RELATIVE_START_RE.match(stripped))  # "وخلال السرقة، التي ...،"
        ):
            lead += len(seg) + 1
            continue
        break
    # "وفي هذا الإطار، لا يزال ...، بحيث علّق فلان على ذلك، قائلاً": the participle goes on from
    # the last clause that a subordinator opens with a verb, not from the sentence's first.
    for sub in _SUBORDINATOR_RE.finditer(pre, lead):
        verb = pre[sub.end() :].split(maxsplit=1)[:1]
        if verb and (is_verb(verb[0]) or NARRATIVE_VERB_RE.match(verb[0])):
            lead = sub.end()
    connector = LEAD_CONNECTOR_RE.match(pre, lead)
    if connector is not None and _NOTED_RE.match(pre, lead):
        lead = connector.end()  # "يُذكر أنّ قطر ومصر، أصدرت ... بياناً، أكدت خلاله": the noting lead
    if lead:
        pre = pre[lead:]
        sent = Sentence(sent.start + lead, sent.end, sent.paragraph, sent.quotes)
    words = pre.split()
    head = words[0].strip(QUOTE_CHARS) if words else ""  # '"الكنيست" الإسرائيلي': the quoted head
    definite = head.startswith(("ال", "وال")) and not NARRATIVE_VERB_RE.match(head)  # not "وألقت"
    if definite or ORG_RE.match(head) or ROLE_HEAD_RE.match(head) or (lead and head in COUNTRIES):
        # Subject first: "من جهته، رئيس المعارضة فلان عبّر عن ...، قائلاً".
        a = sent.start + (len(pre) - len(pre.lstrip())) + (1 if head.startswith("وال") else 0)
        end = np_then_object(text, a, cand.cue[0])
        segs = pre[a - sent.start :].split("،")
        if len(segs) >= 3 and ROLE_HEAD_RE.match(head) and 0 < len(segs[1].split()) <= 4:
            # "نائب النقيب، عمر نزال، من جهته، علّق ...، قائلاً": the name in apposition.
            second = segs[1].strip()
            if not (KNOWN_ADVERBIAL_LEAD_RE.match(second) or ADVERBIAL_START_RE.match(second)):
                end = a + len(segs[0]) + 1 + len(segs[1])
        slot = parse_slot(text, a, end)
        if slot is not None and _plausible_source(text, slot):
            return registry.resolve(slot, cand.gender, cand.cue[0])
    # Verb-first clause: the noun phrase after the first word is the subject.
    verb_at = 0
    kama_lead = len(words) >= 3 and words[0] in ("كما", "وكما") and not is_verb(words[1])
    if kama_lead:
        verb_at = pre.find(words[1], pre.find(words[0]) + len(words[0]))
        words = words[1:]  # "كما استهدفت المقاومة ...، مؤكدةً": the connector, then the verb
    if len(words) >= 3 and words[0] in _QAD:
        verb_at = pre.find(words[1], pre.find(words[0]) + len(words[0]))
        words = words[1:]  # "وقد برّر ...": the particle, then the verb
    while len(words) >= 3 and words[1] in NP_END_ADVERBS:
        words = [words[0], *words[2:]]  # "برّر مؤخراً مسؤول أوروبي": the adverb before the subject
    if words and words[0].removeprefix("و") in NON_CUE_PARTICIPLES:
        # ". مطالباً المجتمع الدولي بالالتفات ...، مضيفاً": a clause that opens on a participle
        # goes on from the sentence before; the noun after it is its object.
        return registry.by_pronoun(cand.gender, cand.cue[0]) or previous_subject(registry, text, sent)
    if len(words) >= 2 and (
        words[1] in PREP_WORDS or ADVERBIAL_START_RE.match(words[1]) or _unagreeing_object(words[0], words[1])
    ):
        return registry.by_pronoun(cand.gender, cand.cue[0]) or previous_subject(registry, text, sent)
    if len(words) >= 2:
        start = sent.start + pre.find(words[1], verb_at + len(words[0]))
        end = np_then_object(text, start, cand.cue[0])
        if end > start + 60:
            # A long subject ends at a comma rather than inside a name ("رئيس المكتب السياسي
            # لحركة حماس، إسماعيل هنية،").
            comma = text.find("،", start + 60, min(end, start + 100))
            end = comma if comma >= 0 else start + 60
        end = _before_addressee(text, start, end)
        slot = parse_slot(text, start, end)
        if (
            slot is not None
            and slot.role is None
            and slot.name is not None
            and words[0].removeprefix("و") in _ADDRESSING_VERBS
            and two_surnames(text, *slot.name)
        ):
            # "واتهم نتنياهو غالانت بتبني ...، قائلاً": two people the article names apart, the
            # subject and then the one accused.
            space = text.find(" ", slot.name[0], slot.name[1])
            slot = Slot((slot.mention[0], space), None, (slot.name[0], space))
        # After "كما" the verb's subject is often elided ("كما قدّم تعازيه ..."): only a source's
        # head is taken for its subject.
        if (
            kama_lead
            and slot is not None
            and slot.role is not None
            and slot.name is not None
            and not text[slot.role[1] : slot.name[0]].strip()
            and registry.find(text[slot.name[0] : slot.name[1]]) is None
        ):
            # "كما تناول السفير الهندي علاقات التعاون": a bare noun right after the role may be the
            # verb's object; only a name set off by commas or given before is taken with the role.
            slot = Slot(slot.role, slot.role, None)
        if slot is not None and (not kama_lead or _source_head(text[start:end].split()[0])):
            return registry.resolve(slot, cand.gender, cand.cue[0])
    return registry.by_pronoun(cand.gender, cand.cue[0]) or previous_subject(registry, text, sent)


def _before_addressee(text: str, start: int, end: int) -> int:
    """A subject ends at a comma that the one addressed follows ("توجّه المفتي فلان، للدروز
    بالقول"): "لل" or a preposition opens what comes after, never a name (unlike "لين جيان")."""
    comma = text.find("،", start, end)
    if comma < 0:
        return end
    after = text[comma + 1 : end].split()[:1]
    if after and (after[0].startswith(("لل", "لـ")) or after[0] in PREP_WORDS):
        return comma
    return end


def _unagreeing_object(verb: str, noun: str) -> bool:
    """A masculine past verb before a definite feminine noun ("دعا الولايات المتحدة إلى",
    "حذّر الحكومة من"): the noun cannot be its subject, so it is the object and the subject is
    the one the sentence goes on with."""
    bare = verb.removeprefix("و").removeprefix("ف")
    if not (is_verb(bare) or NARRATIVE_VERB_RE.match(bare)) or bare.endswith(("ت", "تا", "وا")):
        return False
    if bare.endswith("ا") and (is_verb(bare[:-1]) or NARRATIVE_VERB_RE.match(bare[:-1])):
        return False  # "قالا": a dual, not "دعا"
    return noun.startswith("ال") and noun.endswith(("ه", "ات"))


def _after_lam(pre: str, pos: int) -> bool:
    """A lam of possession or address right before ``pos`` (past a quote mark or a kashida):
    "لحركة حماس", 'لـ"وول ستريت جورنال"'."""
    while pos > 0 and (pre[pos - 1] in QUOTE_CHARS or pre[pos - 1] == "ـ"):
        pos -= 1
    return pos > 0 and pre[pos - 1] == "ل" and not pre[pos - 2 : pos - 1].isalpha()


def _source_head(word: str) -> bool:
    return word.startswith(("ال", "وال")) or any(
        rx.match(word) for rx in (ROLE_HEAD_RE, ORG_RE, MEDIA_RE, GROUP_RE, UNNAMED_RE)
    )


def previous_subject(registry: Registry, text: str, sent: Sentence) -> Entity | None:
    """A subject-less cue with no source yet: the subject of the sentence before it
    ("أشاد الرئيس الإيراني، مسعود بزشكيان، ... وقال إن ...")."""
    start = max(0, text.rfind("\n", 0, max(0, sent.start - 1)) + 1)
    stop = sent.start
    if not text[start:stop].strip():
        start, stop = sent.start, sent.end  # the first sentence of its paragraph: its own subject
    while True:  # "وفي السياق نفسه، حثّت ...", "من جهتها، دانت ...": skip the opening asides
        comma = text.find("،", start, stop)
        seg = text[start:comma].strip() if comma >= 0 else ""
        if not seg or len(seg.split()) > 4 or not KNOWN_ADVERBIAL_LEAD_RE.match(seg):
            break
        start = comma + 1
    head = text[start:stop].strip()
    if not head:
        return None
    head_start = start + text[start:stop].find(head)
    words = head.split()
    if len(words) < 2:
        return None
    first = words[0][1:] if words[0].startswith("وال") else words[0]
    if (
        first.startswith("ال")
        or ORG_RE.match(first)
        or MEDIA_RE.match(first)
        or ROLE_HEAD_RE.match(first)
        or GROUP_RE.match(first)
        or UNNAMED_RE.match(first)
    ):
        a = head_start  # subject first: "وزارة الخارجية الروسية ترحب ...", "مصادر مطلعة تؤكد"
        b = np_then_object(text, a, min(len(text), a + 100, stop))
        slot = parse_slot(text, a + (len(words[0]) - len(first)), b)
        ok = slot is not None and _plausible_source(text, slot)
        return registry.resolve(slot, None, sent.start) if ok else None
    if words[0].endswith(("،", ",")):
        return None  # "كذلك، يتعين على ...": an adverb, not a verb, opens the sentence
    a = head_start + head.find(words[1], len(words[0]))
    segs_end = min(len(text), a + 160, stop)
    slot = parse_slot(text, a, segs_end)
    if slot is None or not _plausible_source(text, slot):
        return None
    return registry.resolve(slot, None, sent.start)


def _plausible_source(text: str, slot: Slot) -> bool:
    """A guessed subject must look like a source: short, and not a verbal noun or a number."""
    span = slot.name or slot.role or slot.mention
    words = text[span[0] : span[1]].split()
    if not words or len(words) > 6 or COMP_RE.search(text, *span):
        return False  # long, or a clause ("حركة فتح إن الاقتحام تصعيد")
    head = words[0].strip('"«“”')
    if NOT_SPEAKER_RE.match(head):
        return False  # "لا يزال ...", "هذا ...": never a source
    bare = head[1:] if head.startswith("و") and MASDAR_RE.match(head[1:]) else head
    return not (head[:1].isdigit() or (MASDAR_RE.match(bare) and not bare.startswith("ال")))


__all__ = ["clause_subject", "previous_subject"]
