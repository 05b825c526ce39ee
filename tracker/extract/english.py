"""English attribution extraction: article record in, statement records out.

``extract_english`` segments the text (:mod:`.en_text`), runs the rule chain of
:mod:`.en_rules` on every sentence, resolves each source mention to the fullest name the
article gives (:mod:`.en_speakers`), and then handles what spans sentences: a fully quoted
sentence or paragraph right after an attributed quote inherits its speaker ("floating"
quotes), and "X said:" at a paragraph's end takes the next paragraph as its content.
Dates come from :func:`tracker.dates.find_dates`, read only around the speaker and cue,
never from the content, and never defaulted to the article date.

Pure and deterministic: no I/O, no model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tracker.extract.en_rules import Frame, sentence_frames, trim
from tracker.extract.en_speakers import Names, SpeakerResolver
from tracker.extract.en_text import Quote, Sentence, segment
from tracker.records import ArticleRecord, SpeakerRef, Span, StatementDate, StatementRecord

#: A quotation shorter than this (in words) is a label or a scare quote, not somebody's words.
MIN_QUOTE_WORDS = 3


@dataclass
class Draft:
    speaker: SpeakerRef
    cue: tuple[int, int]
    content: tuple[int, int]
    frame: tuple[int, int]
    method: str
    confidence: float
    paragraph: int
    when: StatementDate = StatementDate()
    via: str | None = None


def _fully_quoted(text: str, sent: Sentence) -> Quote | None:
    """The quotation that makes up (nearly) the whole sentence, if there is one."""
    for q in sent.quotes:
        if q.open <= sent.start + 1 and q.close >= sent.end - 2 and len(text[q.start : q.end].split()) >= 4:
            return q
    return None


def _find_dates(text: str, reference: date | None) -> list:
    # Imported late: the date grammar is a sibling stage, and an extractor without it
    # still finds statements (undated) rather than failing to import.
    try:
        from tracker.dates import find_dates
    except ImportError:
        return []
    return find_dates(text, reference, language="en")


def _date_for(text: str, start: int, end: int, reference: date | None) -> StatementDate | None:
    if end <= start:
        return None
    for m in _find_dates(text[start:end], reference):
        return StatementDate(m.value, m.precision, m.basis, m.text)
    return None


def _quotes_in(text: str, quotes: list[Quote], start: int, end: int) -> tuple[Span, ...]:
    spans = []
    for q in quotes:
        if q.start >= start and q.end <= end and len(text[q.start : q.end].split()) >= MIN_QUOTE_WORDS:
            s, e = trim(text, q.start, q.end)
            if e > s:
                spans.append(Span(s, e, text[s:e]))
    return tuple(spans)


def _strip_outer_quotes(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    for q in quotes:
        if q.open == start and q.close >= end and q.close <= end + 1:
            return trim(text, q.start, q.end)
        if q.open == start and q.close == end:
            return trim(text, q.start, q.end)
    return start, end


def _merge_via(frames: list[Frame], resolver: SpeakerResolver) -> tuple[list[Frame], dict[int, str]]:
    """'X said ..., according to Reuters': one statement by X, relayed via Reuters."""
    vias: dict[int, str] = {}
    keep = []
    for f in frames:
        if f.method == "according_to":
            host = next((g for g in frames if g is not f and g.method != "according_to"
                         and g.content[0] <= f.cue[0] <= g.content[1] + 3), None)
            if host is not None and f.speaker is not None:
                ref = resolver.resolve(f.speaker)
                if ref is not None:
                    vias[id(host)] = ref.name
                    if host.content[0] < f.cue[0] <= host.content[1] + 3:
                        host.content = trim(resolver.text, host.content[0], f.cue[0])
                continue
        keep.append(f)
    return keep, vias


def extract_english(article: ArticleRecord) -> tuple[StatementRecord, ...]:
    """The attributed statements of one English article, in reading order."""
    text = article.text or ""
    paragraphs = segment(text)
    resolver = SpeakerResolver(text, Names([s for p in paragraphs for s in p]))
    reference = article.published_date
    drafts: list[Draft] = []
    pending_colon: Draft | None = None
    for p_idx, para in enumerate(paragraphs):
        para_quotes = [q for s in para for q in s.quotes]
        if pending_colon is not None and para:
            s, e = trim(text, para[0].start, para[-1].end)
            pending_colon.content = _strip_outer_quotes(text, s, e, para_quotes)
            pending_colon = None
            continue
        for sent in para:
            frames, vias = _merge_via(sentence_frames(text, sent), resolver)
            if not frames:
                _floating(text, sent, p_idx, drafts)
                continue
            for f in frames:
                speaker = resolver.resolve(f.speaker, f.appositive) if f.speaker is not None else (
                    drafts[-1].speaker if drafts and drafts[-1].paragraph == p_idx else None)
                if speaker is None:
                    continue
                resolver.note_statement(f.cue[0], speaker)
                content = _strip_outer_quotes(text, *f.content, para_quotes)
                d = Draft(speaker, f.cue, content, f.frame, f.method, f.confidence, p_idx, via=vias.get(id(f)))
                if content[1] <= content[0]:
                    if text[f.cue[1] : sent.end].strip().endswith(":") and sent is para[-1]:
                        d.method += "_colon_next"
                        pending_colon = d
                    else:
                        continue
                drafts.append(d)
    drafts = [d for d in drafts if d.content[1] > d.content[0]]
    all_quotes = [q for p in paragraphs for s in p for q in s.quotes]
    return tuple(_record(text, d, drafts, all_quotes, reference) for d in drafts)


def _floating(text: str, sent: Sentence, p_idx: int, drafts: list[Draft]) -> None:
    """A fully quoted sentence with no cue continues (or follows) the last quoted statement."""
    q = _fully_quoted(text, sent)
    if q is None or not drafts:
        return
    last = drafts[-1]
    if last.paragraph == p_idx and last.content[1] <= sent.start:
        # Same paragraph: the quote goes on after "she said." and belongs to the same statement.
        last.content = (last.content[0], trim(text, q.start, q.end)[1])
        return
    last_quoted = any(text[last.content[0] - 1 : last.content[0]] in {"“", "\""} or text[i] in "“\""
                      for i in range(last.content[0], min(last.content[1], last.content[0] + 1)))
    if last.paragraph == p_idx - 1 and (last_quoted or last.method.startswith(("verb_split", "verb_inverted",
                                                                              "verb_postposed"))):
        s, e = trim(text, q.start, q.end)
        drafts.append(Draft(last.speaker, last.cue, (s, e), last.frame, "floating_quote",
                            min(last.confidence, 0.6), p_idx, last.when, last.via))


def _record(text: str, d: Draft, drafts: list[Draft], quotes: list[Quote], reference: date | None) -> StatementRecord:
    s, e = d.content
    when = _date_for(text, *d.frame, reference) if d.method != "floating_quote" else None
    if when is None:
        lead = _date_for(text, s, min(e, s + 24), reference)
        if lead is not None and text[s : s + 3].lower() in {"on ", lead.evidence[:3].lower() if lead.evidence else ""}:
            when = lead
    if when is None:
        # Statements of one report share its date: the same speaker just before, dated.
        for prev in reversed(drafts[: drafts.index(d)]):
            if prev.speaker.name == d.speaker.name and d.paragraph - prev.paragraph <= 2:
                if prev.when.value is not None:
                    when = replace(prev.when, basis="report")
                break
    d.when = when or StatementDate()
    direct = _quotes_in(text, quotes, s, e)
    content_text = text[s:e]
    whole_quote = any(q.start <= s and q.end >= e for q in quotes) and len(content_text.split()) >= MIN_QUOTE_WORDS
    if whole_quote:
        direct = (Span(s, e, content_text),)
        kind = "direct"
    else:
        kind = "mixed" if direct else "indirect"
    confidence = d.confidence
    if d.speaker.kind == "unnamed":
        confidence -= 0.1
    if d.speaker.mention.lower() in {"he", "she", "they", "it", "i", "we"}:
        confidence -= 0.1
    speaker = d.speaker
    return StatementRecord(
        speaker=speaker,
        cue=Span(d.cue[0], d.cue[1], text[d.cue[0] : d.cue[1]]),
        content=Span(s, e, content_text),
        direct_quotes=direct,
        date=d.when,
        via=d.via,
        kind=kind,
        method=d.method,
        confidence=max(0.05, min(1.0, confidence)),
        language="en",
    )
