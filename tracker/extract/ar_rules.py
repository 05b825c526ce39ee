"""The Arabic attribution strategies, run as a named, ordered chain over each sentence.

Each strategy reads one sentence of the shadow text and proposes :class:`Candidate`
statements (cue, content and the speaker slot still unresolved). ``CHAIN`` lists them in
order; adding a rule means adding one entry. Offsets are shadow-text offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.extract.ar_resources import (
    ACCORDING_RE,
    ADVERBIAL_START_RE,
    CAME_IN_RE,
    COMP_RE,
    DOC_NOUN_RE,
    FORM_TO_CUE,
    KNOWN_ADVERBIAL_LEAD_RE,
    LEAD_CONNECTOR_RE,
    MASDAR_RE,
    NARRATIVE_LEAD_RE,
    PRETEXT_COMP_RE,
    NOT_SPEAKER_RE,
    PARTICIPLE_RE,
    PARTICIPLE_TO_CUE,
    PRONOUN_SUBJECTS,
    QUOTE_CHARS,
    ROLE_HEAD_RE,
    TOKEN_RE,
    VERB_RE,
    Cue,
)
from tracker.extract.ar_speakers import Slot, is_role, np_then_object, parse_slot
from tracker.extract.ar_text import Sentence, strip_span

_MAX_SLOT_WORDS = 16
# Nouns after "وفق/بحسب" that are rules or plans, not sources ("وفق الاتفاق").
_NOT_SOURCE = (
    "الاتفاق", "القانون", "الخطه", "الدستور", "القرار", "المعايير", "الاصول", "الحاجه", "الظروف", "الجدول",
    "البرنامج", "الشروط", "المقترح", "المرسوم", "الصيغه", "النظام", "الترتيب", "التوقيت", "المخطط", "الاليه",
    "الاتفاقيه", "القواعد", "الاجراءات", "التعليمات", "الامكانات", "الطلب", "الحالات", "الاولويات", "الضروره",
    "ما", "الوضع", "التقويم", "التوقيت", "الخريطه", "المراحل", "المرحله", "نوع", "حجم", "موقع", "طبيعه",
)  # fmt: skip


_BOUNDARY_CONNECTORS = {
    "لكنه", "لكنها", "لكن", "ولكن", "ولكنه", "ولكنها", "كما", "ثم", "فيما", "بينما", "وكما", "لكنهم",
    "الذي", "التي", "الذين", "اللذين", "اللتين",
}  # fmt: skip


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


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    sentence: Sentence

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.sentence.quotes)


def _gender(form: str, cue: Cue) -> str | None:
    if form in cue.past:
        if form.endswith(("وا", "تا")) or (form.endswith("ا") and form != cue.past[0]):
            return "p"
        if form.endswith("ت") and form != cue.past[0]:
            return "f"
        return "m"
    if form.endswith("ون"):
        return "p"
    return "f" if form.startswith("ت") else "m"


def _boundary(text: str, sent_start: int, pos: int) -> int | None:
    """The comma (or sentence start) right before a cue, if only connectors sit between."""
    j = pos
    while j > sent_start and text[j - 1] == " ":
        j -= 1
    # "، لكنه قال", "، كما أكد": a connector may sit between the comma and the cue.
    k = j
    while k > sent_start and text[k - 1] not in " ،,":
        k -= 1
    if text[k:j] in _BOUNDARY_CONNECTORS:
        j = k
        while j > sent_start and text[j - 1] == " ":
            j -= 1
    if j == sent_start:
        return sent_start
    if text[j - 1] in "،,":
        return j - 1
    return None


def _find_intro(text: str, start: int, end: int, cue: Cue | None) -> tuple[int, int] | None:
    """The complementiser, colon, opening quote or content preposition after the slot."""
    best: tuple[int, int] | None = None
    m = COMP_RE.search(text, start, end)
    if m:
        best = (m.start(), m.end())
    for i in range(start, best[0] if best else end):
        ch = text[i]
        if ch == ":":
            return (i, i + 1)
        if ch in QUOTE_CHARS and (i == start or text[i - 1] in " ،,"):
            # An opening quote right after the speaker: content starts at the quote, unless
            # the quote is a short label inside the speaker's description (scare quotes).
            before = text[start:i].strip(" ،,")
            close = next((j for j in range(i + 1, end) if text[j] in QUOTE_CHARS), end)
            if (
                before
                and len(before.split()) <= 8
                and not any(q in before for q in QUOTE_CHARS)
                and len(text[i + 1 : close].split()) >= 3
            ):
                return (i, i)
    if cue is not None and cue.preps:
        limit = best[0] if best else end
        for n, tm in enumerate(TOKEN_RE.finditer(text, start, limit)):
            tok = tm.group()
            if n >= 8 or (n >= 1 and tok not in cue.preps and MASDAR_RE.match(tok) and not tok.startswith("ال")):
                break
            if tok in cue.preps and tok != "ب":
                return (tm.start(), tm.end())
            if "ب" in cue.preps and tm.start() > start and (tok.startswith("بال") or MASDAR_RE.match(tok[1:])):
                if tok.startswith("ب"):
                    return (tm.start(), tm.start() + 1)
    return best


def _role_only(text: str, span: tuple[int, int]) -> Slot | None:
    return parse_slot(text, *span)


def _words(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


def subject_before(text: str, sent_start: int, verb_start: int) -> tuple[Slot | None, str | None]:
    """A subject-first speaker ("زاخاروفا قالت", "الوزارة أعلنت"); or a pronoun hint."""
    pre_start, pre_end = strip_span(text, sent_start, verb_start)
    if pre_end <= pre_start:
        return None, None
    pre = text[pre_start:pre_end]
    for rel in (" الذي", " التي", " الذين", "، الذي", "، التي"):
        if pre.endswith(rel.strip()) and pre_end - len(rel.strip()) > pre_start:
            end = pre_end - len(rel.strip())
            segs = list(_comma_segments(text, pre_start, end))
            if not segs:
                return None, None
            # The antecedent of الذي is the nearest noun phrase; a role may precede it.
            name = segs[-1]
            role = None
            if len(segs) >= 2:
                pa, pb = segs[-2]
                rm = next((t for t in TOKEN_RE.finditer(text, pa, pb) if ROLE_HEAD_RE.match(t.group())), None)
                if rm is not None:
                    role = (rm.start(), pb)
            if is_role(text[name[0] : name[1]]):
                return _role_only(text, name), None
            return Slot((role or name)[0:1] + name[1:2], role, name), None
    m = LEAD_CONNECTOR_RE.match(pre)
    rest_start = pre_start + (m.end() if m else 0)
    rest = text[rest_start:pre_end].strip(" ،,")
    if not rest:
        word = pre.split()[-1] if pre.split() else ""
        return None, PRONOUN_SUBJECTS.get(word.strip("،,"))
    if pre.split()[-1] in PRONOUN_SUBJECTS:
        return None, PRONOUN_SUBJECTS[pre.split()[-1]]
    # Keep the last comma segment that is not an adverbial ("ومساء أمس،").
    segs = [(a, b) for a, b in _comma_segments(text, rest_start, pre_end)]
    for a, b in reversed(segs):
        seg = text[a:b]
        if KNOWN_ADVERBIAL_LEAD_RE.match(seg) or ADVERBIAL_START_RE.match(seg):
            continue
        if _words(text, a, b) > 10 or any(VERB_RE.match(t) for t in seg.split()[:1]):
            return None, None
        start = a
        # "الناطق باسم ...، أبو خالد، أعلن": the segment before may be the role.
        idx = segs.index((a, b))
        if idx > 0:
            pa, pb = segs[idx - 1]
            if not ADVERBIAL_START_RE.match(text[pa:pb]):
                start = pa
        return parse_slot(text, start, b), None
    return None, None


def _comma_segments(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    s = a
    for i in range(a, b):
        if text[i] in "،,":
            if text[s:i].strip():
                yield strip_span(text, s, i)
            s = i + 1
    if text[s:b].strip():
        yield strip_span(text, s, b)


def reporting_verb(ctx: Context) -> Iterator[Candidate]:
    """"قالت المتحدثة ...، ماريا زاخاروفا، إن ...", "الوزارة أعلنت أن ...", "وأضافت أن ..."."""
    text, sent = ctx.text, ctx.sentence
    for m in VERB_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        form = m.group("verb")
        cue = FORM_TO_CUE[form]
        prev_word = text[max(sent.start, m.start() - 8) : m.start()].split()[-1:] or [""]
        if m.group("obj") and (prev_word[0] in ("ما", "وهو", "كما") or cue.lemma not in ("اعتبر", "وصف")):
            continue
        if prev_word[0] in ("ما", "الذي", "التي") and text[m.start() - 3 : m.start()].strip() == "ما":
            continue
        verb_end = m.end()
        intro = _find_intro(text, verb_end, sent.end, None if cue.lemma == "نقل" else cue)
        gender = _gender(form, cue)
        slot_end = intro[0] if intro else sent.end
        limit = _MAX_SLOT_WORDS
        if intro is not None and "،" in " ".join(text[verb_end:slot_end].split()[:6]):
            limit = 2 * _MAX_SLOT_WORDS  # a named subject followed by long asides
        if intro is None or _words(text, verb_end, slot_end) > limit:
            cand = _object_candidate(ctx, m.start(), verb_end, cue, gender, _boundary(text, sent.start, m.start()))
            if cand:
                yield cand
            continue
        if form in ("يذكر", "تذكر") and not text[verb_end:slot_end].strip():
            continue  # "يُذكر أنّ": passive narration, nobody speaks
        via = None
        slot_start = verb_end
        if cue.lemma == "نقل" or " عن " in f" {text[verb_end:slot_end]} ":
            via, slot_start = _relay(text, verb_end, slot_end)
        slot = parse_slot(text, slot_start, slot_end) if text[slot_start:slot_end].strip(" ،,") else None
        pronoun = False
        boundary = _boundary(text, sent.start, m.start())
        if slot is None and via is None:
            clause_start = boundary + 1 if boundary is not None and boundary > sent.start else sent.start
            slot, hint = subject_before(text, clause_start, m.start())
            pronoun = slot is None
            gender = hint or gender
        yield Candidate(
            f"verb:{cue.lemma}", (m.start(), verb_end), (intro[1], sent.end), slot, pronoun,
            via=via, gender=gender, confidence=0.85 if slot else 0.7, boundary=boundary,
        )  # fmt: skip


def _relay(text: str, start: int, end: int) -> tuple[Slot | None, int]:
    """"نقل موقع "أكسيوس"، عن مسؤول إسرائيلي": the outlet relays, the official speaks."""
    seg = text[start:end]
    idx = seg.find(" عن ")
    if idx < 0:
        if seg.startswith("عن "):
            return None, start + 3
        return None, start
    via = parse_slot(text, start, start + idx) if seg[:idx].strip(" ،,") else None
    return via, start + idx + 4


def _object_candidate(
    ctx: Context, vstart: int, vend: int, cue: Cue, gender: str | None, boundary: int | None
) -> Candidate | None:
    """"أعلنت الوزارة، اليوم، مشاركتها في ..." / "أكد عبد السلام ضرورة ...": a verbal-noun object."""
    if not cue.object_ok:
        return None
    text, sent = ctx.text, ctx.sentence
    clause_start = boundary + 1 if boundary is not None and boundary > sent.start else sent.start
    before, _hint = subject_before(text, clause_start, vstart)
    if before is not None:
        # "الوزارة أعلنت، اليوم، ارتفاع ...": subject first, the object follows the verb.
        pos = vend
        for a, b in _comma_segments(text, vend, sent.end):
            if ADVERBIAL_START_RE.match(text[a:b]) and _words(text, a, b) <= 4:
                pos = b + 1
                continue
            pos = a
            break
        if _words(text, pos, sent.end) >= 3:
            return Candidate(
                f"subject-verb-object:{cue.lemma}", (vstart, vend), (pos, sent.end), before, gender=gender,
                confidence=0.6, boundary=boundary,
            )  # fmt: skip
        return None
    segs = list(_comma_segments(text, vend, sent.end))
    if not segs:
        return None
    slot_parts: list[tuple[int, int]] = []
    content_start = None
    for a, b in segs:
        seg = text[a:b]
        if not slot_parts:
            if ADVERBIAL_START_RE.match(seg):
                continue
            cut = np_then_object(text, a, b)
            slot_parts.append((a, cut))
            if cut < b:
                content_start = cut
                break
            continue
        if ADVERBIAL_START_RE.match(seg):
            continue
        if len(slot_parts) == 1 and _words(text, a, b) <= 5 and not seg.startswith(tuple(QUOTE_CHARS)):
            if is_role(seg) or is_role(text[slot_parts[0][0] : slot_parts[0][1]]):
                slot_parts.append((a, b))
                continue
        content_start = a
        break
    if content_start is None or _words(text, content_start, sent.end) < 3:
        return None
    slot_start, slot_end = slot_parts[0][0], slot_parts[-1][1]
    if NOT_SPEAKER_RE.match(text[slot_start:slot_end]) or _words(text, slot_start, slot_end) > 9:
        return None
    slot = parse_slot(text, slot_start, slot_end)
    if slot is None:
        return None
    return Candidate(
        f"verb-object:{cue.lemma}", (vstart, vend), (content_start, sent.end), slot, gender=gender,
        confidence=0.6, boundary=boundary,
    )  # fmt: skip


def participle(ctx: Context) -> Iterator[Candidate]:
    """"...، مضيفاً أن ...": a second statement by the speaker of the clause."""
    text, sent = ctx.text, ctx.sentence
    for m in PARTICIPLE_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        boundary = _boundary(text, sent.start, m.start())
        if boundary is None or boundary == sent.start:
            continue
        form = m.group("verb")
        cue = PARTICIPLE_TO_CUE[form]
        gender = "f" if form.endswith("ه") else "p" if form.endswith("ين") else "m"
        pos = m.end()
        # Skip ", على سبيل المثال،" style asides before the content.
        while True:
            rest = text[pos : sent.end].lstrip(" ،,")
            skipped = len(text[pos : sent.end]) - len(rest)
            am = ADVERBIAL_START_RE.match(rest)
            comma = rest.find("،")
            if am and 0 < comma < 30 and not COMP_RE.match(rest) and rest.split()[0] not in cue.preps:
                pos += skipped + comma + 1
                continue
            pos += skipped
            break
        intro = _find_intro(text, pos, min(sent.end, pos + 40), cue)
        if intro and text[pos : intro[0]].strip():
            intro = None if _words(text, pos, intro[0]) > 2 else intro
        if intro is None:
            if not cue.object_ok or _words(text, pos, sent.end) < 2:
                continue
            intro = (pos, pos)
        yield Candidate(
            f"participle:{cue.lemma}", (m.start(), m.end()), (intro[1], sent.end), None,
            same_as_clause=True, gender=gender, confidence=0.75, boundary=boundary,
        )  # fmt: skip


def according_to(ctx: Context) -> Iterator[Candidate]:
    """"...، وفق المتحدثة باسم الخارجية" / "وبحسب موقع X، ..." / "وفق ما نقلت X عن Y، فإن ..."."""
    text, sent = ctx.text, ctx.sentence
    for m in ACCORDING_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        src_start = m.end()
        rest = text[src_start : sent.end]
        dm = DOC_NOUN_RE.match(rest.lstrip(" \"«“”"))
        if dm and not m.group("verb"):
            src_start += (len(rest) - len(rest.lstrip(" \"«“”"))) + dm.end()
            after = text[src_start : sent.end].split()[:1]
            if not after or after[0].startswith("و") or after[0] in ("في", "من"):
                continue  # "بحسب استطلاع أجراه ونشر ...": a document, no source named
        lead = text[sent.start : m.start()]
        lm = LEAD_CONNECTOR_RE.match(lead)
        at_start = not lead[lm.end() if lm else 0 :].strip(" ،,")
        if at_start:
            comma = _first_comma(text, src_start, sent.end)
            if comma is None:
                continue
            src_end = comma
            pos = comma + 1
            for a, b in _comma_segments(text, pos, sent.end):
                if ADVERBIAL_START_RE.match(text[a:b]) and _words(text, a, b) <= 4:
                    pos = b + 1
                    continue
                pos = a
                break
            cm = COMP_RE.match(text, pos)
            content = (cm.end() if cm else pos, sent.end)
            boundary = sent.start
        else:
            boundary = _boundary(text, sent.start, m.start())
            if boundary is None:
                continue
            src_end = sent.end
            c0 = sent.start + (lm.end() if lm else 0)
            c0 = _skip_lead_asides(text, c0, boundary)
            content = (c0, boundary)
        via, s0 = _relay(text, src_start, src_end)
        src = text[s0:src_end].strip(" ،,.")
        first = src.split()[0].strip("\"«“”") if src.split() else ""
        if not first or first in _NOT_SOURCE or NOT_SPEAKER_RE.match(first) or first[0].isdigit():
            continue
        slot = parse_slot(text, s0, src_end)
        if slot is None or _words(text, content[0], content[1]) < 2:
            continue
        yield Candidate(
            "according-to:" + m.group("cue").strip(), (m.start(), m.end()), content, slot, via=via,
            confidence=0.8, boundary=boundary, content_first=not at_start,
        )  # fmt: skip


def came_in(ctx: Context) -> Iterator[Candidate]:
    """"وجاء في بيان للوزارة أن ...": the document's author speaks."""
    text, sent = ctx.text, ctx.sentence
    for m in CAME_IN_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        intro = _find_intro(text, m.end(), sent.end, None)
        if intro is None or _words(text, m.end(), intro[0]) > 8:
            continue
        slot_text = text[m.end() : intro[0]].strip(" ،,")
        slot = None
        if slot_text:
            start = text.find(slot_text, m.end())
            offset = 1 if slot_text.startswith("لل") else 0
            slot = parse_slot(text, start + offset, start + len(slot_text))
        yield Candidate(
            "came-in", (m.start(), m.end()), (intro[1], sent.end), slot, pronoun=slot is None,
            confidence=0.75, boundary=_boundary(text, sent.start, m.start()),
        )  # fmt: skip


def _skip_lead_asides(text: str, start: int, end: int) -> int:
    """Move a content-first start past "وخلال الاتصال، في 12 من شباط،" and "يشار إلى أن"."""
    pos = start
    for a, b in _comma_segments(text, start, end):
        seg = text[a:b]
        if (KNOWN_ADVERBIAL_LEAD_RE.match(seg) or ADVERBIAL_START_RE.match(seg)) and _words(text, a, b) <= 6:
            pos = b + 1
            continue
        pos = a
        break
    m = NARRATIVE_LEAD_RE.match(text, pos, end)
    if m:
        pos = m.end()
    m = PRETEXT_COMP_RE.search(text, pos, end)
    if m:
        pos = m.end()
    return pos


def _first_comma(text: str, start: int, end: int) -> int | None:
    """The first comma outside quotes in ``[start, end)``."""
    inside = False
    for i in range(start, end):
        ch = text[i]
        if ch in QUOTE_CHARS:
            inside = not inside
        elif ch in "،," and not inside:
            return i
    return None


Strategy = Callable[[Context], Iterator[Candidate]]
#: The named, ordered chain: earlier entries win when two cues overlap.
CHAIN: tuple[tuple[str, Strategy], ...] = (
    ("came-in", came_in),
    ("according-to", according_to),
    ("reporting-verb", reporting_verb),
    ("participle", participle),
)
