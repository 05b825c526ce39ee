"""Arabic strategies where the words come before the source.

- quote first: «…»، قال X / "…"، أضافت المتحدثة: the quotation that opens the sentence is
  the content, the speaker follows the verb;
- lead colon: "X: …" at the start of a sentence, X a role, an institution or an outlet
  ("وزير المالية سامر حداد: الموازنة جاهزة").

Offsets are shadow-text offsets (see :mod:`.ar_text`).
"""

from __future__ import annotations

from collections.abc import Iterator

from tracker.extract.ar_cues import Candidate, Context, cue_gender, find_intro, word_count
from tracker.extract.ar_lexicon import (
    MEDIA_RE,
    ORG_RE,
    ROLE_HEAD_RE,
)
from tracker.extract.ar_resources import (
    FORM_TO_CUE,
    LEAD_CONNECTOR_RE,
    form_cue,
)
from tracker.extract.ar_slots import parse_slot

_MIN_WORDS = 3
_MAX_LEAD_WORDS = 7


def quote_first(ctx: Context) -> Iterator[Candidate]:
    """ "«…»، قال المحافظ": a quotation opening the sentence, credited by the cue after it."""
    text, sent = ctx.text, ctx.sentence
    if not sent.quotes or not ctx.verbs:
        return
    q0, q1 = sent.quotes[0]
    lead = text[sent.start : max(sent.start, q0 - 1)]
    lm = LEAD_CONNECTOR_RE.match(lead)
    if lead[lm.end() if lm else 0 :].strip() or word_count(text, q0, q1) < _MIN_WORDS:
        return
    after = q1 + 1
    while after < sent.end and text[after] == " ":
        after += 1
    if after >= sent.end or text[after] not in "،,":
        return
    m = next((v for v in ctx.verbs if v.start() > after), None)
    if m is None or text[after + 1 : m.start()].strip():
        return  # the verb must follow the comma directly
    cue = form_cue(m.group("verb"))
    if find_intro(text, m.end(), sent.end, cue) is not None:
        return  # "«…»، وقال الوزير إن …": a new statement of its own
    slot = parse_slot(text, m.end(), sent.end) if text[m.end() : sent.end].strip(" .،,") else None
    yield Candidate(
        f"quote-first:{cue.lemma}", (m.start(), m.end()), (q0, q1), slot, slot is None,
        gender=cue_gender(m.group("verb"), cue), confidence=0.8, boundary=sent.start, content_first=True,
    )  # fmt: skip


def lead_colon(ctx: Context) -> Iterator[Candidate]:
    """ "المتحدث باسم البلدية: الطرق مفتوحة": a source, a colon, then its words."""
    text, sent = ctx.text, ctx.sentence
    colon = text.find(":", sent.start, min(sent.end, sent.start + 120))
    if colon < 0 or ctx.in_quote(colon):
        return
    lead = text[sent.start : colon]
    words = lead.split()
    if not words or len(words) > _MAX_LEAD_WORDS or any(w in FORM_TO_CUE for w in words):
        return
    head = words[0][1:] if words[0].startswith("و") and len(words[0]) > 3 else words[0]
    if not (ROLE_HEAD_RE.match(head) or ORG_RE.match(head) or MEDIA_RE.match(head)):
        return
    if word_count(text, colon + 1, sent.end) < _MIN_WORDS:
        return
    slot = parse_slot(text, sent.start, colon)
    if slot is None:
        return
    yield Candidate(
        "lead-colon", (colon, colon + 1), (colon + 1, sent.end), slot, confidence=0.6,
        boundary=sent.start,
    )  # fmt: skip
