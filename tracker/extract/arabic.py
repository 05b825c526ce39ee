"""Arabic attribution extraction: who said what, when, with character spans.

``extract_arabic(article)`` is a pure function of the article. It builds the shadow text
(:mod:`.ar_text`), runs the strategy chain (:mod:`.ar_rules`) sentence by sentence, resolves
speakers across the article (:mod:`.ar_speakers`), fixes where each content ends, dates each
statement (:mod:`.ar_dating`) and maps every span back to the stored text.
"""

from __future__ import annotations

from tracker.extract.ar_dating import DatingInput, assign_dates
from tracker.extract.ar_resources import (
    NON_CUE_PARTICIPLE_RE,
    QUOTE_CHARS,
    RELATIVE_TAIL_RE,
    SELF_REF_RE,
)
from tracker.extract.ar_resources import ADVERBIAL_START_RE, PREP_WORDS
from tracker.extract.ar_rules import CHAIN, Candidate, Context, subject_before
from tracker.extract.ar_speakers import Entity, Registry, Slot, parse_slot
from tracker.extract.ar_text import Sentence, Shadow, build_shadow, segment, strip_span
from tracker.normalize import fold
from tracker.records import ArticleRecord, SpeakerRef, Span, StatementRecord

_CONTENT_STRIP = " \t\n،,.:؛;-–—"
_MIN_QUOTE_WORDS = 3


def extract_arabic(article: ArticleRecord) -> tuple[StatementRecord, ...]:
    """The attributed statements of an Arabic article, in reading order."""
    text = article.text or ""
    if not text.strip():
        return ()
    shadow = build_shadow(text)
    sentences = _skip_repeated_lead(shadow.text, segment(shadow.text))
    registry = Registry(shadow.text)
    found: list[tuple[Candidate, Entity | None, Entity | None, Sentence]] = []
    for sent in sentences:
        cands = _sentence_candidates(shadow.text, sent)
        clause_speaker: Entity | None = None
        for cand in cands:
            if cand.same_as_clause:
                ent = clause_speaker or _clause_subject(registry, shadow.text, sent, cand)
            elif cand.slot is None and cand.pronoun:
                ent = registry.by_pronoun(cand.gender, cand.cue[0]) or previous_subject(registry, shadow.text, sent)
            else:
                ent = registry.resolve(cand.slot, cand.gender, cand.cue[0])
            via = registry.resolve(cand.via, None, cand.cue[0]) if cand.via else None
            if ent is None:
                continue
            clause_speaker = ent
            found.append((cand, ent, via, sent))
    return _records(article, shadow, registry, found)


def _skip_repeated_lead(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Drop a closing paragraph that repeats the opening one (the description, twice)."""
    if not sentences:
        return sentences
    last_para = sentences[-1].paragraph
    if last_para == 0:
        return sentences
    first = fold(" ".join(text[s.start : s.end] for s in sentences if s.paragraph == 0))
    last = fold(" ".join(text[s.start : s.end] for s in sentences if s.paragraph == last_para))
    if first and first == last:
        return [s for s in sentences if s.paragraph != last_para]
    return sentences


def _sentence_candidates(text: str, sent: Sentence) -> list[Candidate]:
    ctx = Context(text, sent)
    cands: list[Candidate] = []
    for _name, strategy in CHAIN:
        for cand in strategy(ctx):
            if any(not (cand.cue[1] <= c.cue[0] or cand.cue[0] >= c.cue[1]) for c in cands):
                continue
            cands.append(cand)
    cands.sort(key=lambda c: c.cue[0])
    kept: list[Candidate] = []
    for cand in cands:
        # A cue inside an earlier content is nested speech unless a comma opens it.
        host = next((k for k in reversed(kept) if k.content[0] <= cand.cue[0] < k.content[1]), None)
        if host is not None and not cand.content_first and cand.boundary is None:
            continue
        if cand.content_first and kept and kept[-1].content_first:
            continue  # "X، بحسب A، بحسب تقرير لـB": one statement, the second cue adds detail
        if cand.content_first and kept and kept[-1].content[0] < cand.cue[0] and not kept[-1].content_first:
            # "قال X إن ...، وفق ما نقلت الصحيفة": the outlet relays the earlier statement.
            prev = kept[-1]
            prev.content = (prev.content[0], min(prev.content[1], cand.boundary or cand.cue[0]))
            if prev.via is None:
                prev.via = cand.slot
            continue
        if host is not None and cand.boundary is not None:
            host.content = (host.content[0], min(host.content[1], cand.boundary))
        kept.append(cand)
    for cand in kept:
        cand.content = _trim_content(text, sent, cand.content)
    return [c for c in kept if c.content[1] - c.content[0] >= 3]


def _trim_content(text: str, sent: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    for rx in (SELF_REF_RE, NON_CUE_PARTICIPLE_RE, RELATIVE_TAIL_RE):
        m = rx.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
    start, end = strip_span(text, start, end, _CONTENT_STRIP)
    if start < end and text[start] in QUOTE_CHARS:
        # Entirely one quotation: drop the outer marks (the guide's convention).
        for q0, q1 in sent.quotes:
            if q0 == start + 1 and q1 >= end - 1:
                return strip_span(text, q0, min(q1, end), _CONTENT_STRIP)
    # A closing mark left over at the end with no opening inside the content.
    if start < end and text[end - 1] in QUOTE_CHARS:
        inner = text[start : end - 1]
        if not any(q in inner for q in QUOTE_CHARS):
            end -= 1
    return strip_span(text, start, end, _CONTENT_STRIP)


def _clause_subject(registry: Registry, text: str, sent: Sentence, cand: Candidate) -> Entity | None:
    """The subject of the clause a participle hangs on, when no statement precedes it."""
    pre = text[sent.start : cand.cue[0]]
    pre_words = set(pre.replace("،", " ").split())
    for ent in reversed(registry.entities):
        for key in (ent.key, *(text[a:b] for a, b in ent.aliases)):
            last = key.split()[-1] if key.split() else ""
            if key and (key in pre or (len(last) >= 4 and not last.startswith("ال") and last in pre_words)):
                return registry.resolve(Slot(ent.name, None, ent.name), cand.gender, cand.cue[0])
    rel = max(pre.rfind("، الذي "), pre.rfind("، التي "))
    if rel > 0:
        slot, _ = subject_before(text, sent.start, sent.start + rel + len("، الذي "))
        if slot is not None:
            return registry.resolve(slot, cand.gender, cand.cue[0])
    # Verb-first clause: the noun phrase after the first word is the subject.
    words = pre.split()
    if len(words) >= 2 and (words[1] in PREP_WORDS or ADVERBIAL_START_RE.match(words[1])):
        return registry.by_pronoun(cand.gender, cand.cue[0]) or previous_subject(registry, text, sent)
    if len(words) >= 2:
        start = sent.start + pre.find(words[1], len(words[0]))
        from tracker.extract.ar_speakers import np_then_object

        end = min(np_then_object(text, start, cand.cue[0]), start + 60)
        slot = parse_slot(text, start, end)
        if slot is not None:
            return registry.resolve(slot, cand.gender, cand.cue[0])
    return registry.by_pronoun(cand.gender, cand.cue[0]) or previous_subject(registry, text, sent)


def previous_subject(registry: Registry, text: str, sent: Sentence) -> Entity | None:
    """A subject-less cue with no source yet: the subject of the sentence before it
    ("أشاد الرئيس الإيراني، مسعود بزشكيان، ... وقال إن ...")."""
    start = max(0, text.rfind("\n", 0, max(0, sent.start - 1)) + 1)
    head = text[start : sent.start].strip()
    if not head:
        head_start = sent.start
        head = text[sent.start : sent.end]
    else:
        head_start = start + text[start : sent.start].find(head)
    words = head.split()
    if len(words) < 2:
        return None
    a = head_start + head.find(words[1], len(words[0]))
    segs_end = min(len(text), a + 160, sent.end if head_start == sent.start else sent.start)
    slot = parse_slot(text, a, segs_end)
    if slot is None:
        return None
    return registry.resolve(slot, None, sent.start)


def _span_text(shadow: Shadow, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    a, b = strip_span(shadow.text, *span, _CONTENT_STRIP + QUOTE_CHARS + "()")
    return shadow.span(a, b).text if b > a else None


def _records(
    article: ArticleRecord,
    shadow: Shadow,
    registry: Registry,
    found: list[tuple[Candidate, Entity | None, Entity | None, Sentence]],
) -> tuple[StatementRecord, ...]:
    seen: set[str] = set()
    rows = []
    for cand, ent, via, sent in found:
        content = shadow.span(*cand.content)
        key = fold(content.text)
        if not key or key in seen:
            continue
        seen.add(key)
        rows.append((cand, ent, via, sent, content))
    dating = [
        DatingInput(
            (shadow.omap[sent.start], shadow.omap[max(sent.start, sent.end - 1)] + 1),
            (content.start, content.end),
            shadow.omap[cand.cue[0]],
            id(ent),
            sent.paragraph,
        )
        for cand, ent, _via, sent, content in rows
    ]
    dates = assign_dates(article.text, article.published_date, dating)
    out: list[StatementRecord] = []
    for (cand, ent, via, sent, content), sdate in zip(rows, dates, strict=True):
        assert ent is not None
        quotes = tuple(
            shadow.span(a, b)
            for a, b in sent.quotes
            if a >= cand.content[0] - 1 and b <= cand.content[1] + 1 and len(shadow.text[a:b].split()) >= _MIN_QUOTE_WORDS
        )
        whole_quote = bool(quotes) and quotes[0].start <= content.start and quotes[-1].end >= content.end
        kind = "direct" if whole_quote else "mixed" if quotes else "indirect"
        mention = shadow.span(*cand.slot.mention) if cand.slot else None
        name = _span_text(shadow, ent.name) or ""
        aliases = tuple(
            dict.fromkeys(t for t in (_span_text(shadow, a) for a in ent.aliases) if t and t != name)
        )
        speaker = SpeakerRef(
            name=name,
            kind=ent.kind,
            role=_span_text(shadow, ent.role),
            mention=mention.text if mention else "",
            span=mention if mention and mention.text else None,
            aliases=aliases,
        )
        out.append(
            StatementRecord(
                speaker=speaker,
                cue=shadow.span(*cand.cue),
                content=content,
                direct_quotes=quotes if not whole_quote else (content,),
                date=sdate,
                via=_span_text(shadow, via.name) if via else None,
                kind=kind,
                method=cand.method,
                confidence=cand.confidence,
                language="ar",
            )
        )
    return tuple(out)


__all__ = ["Span", "extract_arabic"]
