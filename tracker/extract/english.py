"""English attribution extraction: article record in, statement records out.

``extract_english`` segments the text (:mod:`.en_text`), runs the rule chain of
:mod:`.en_rules` on every sentence, resolves each source mention to the fullest name the
article gives (:mod:`.en_speakers`), and then handles what spans sentences: a fully quoted
sentence or paragraph right after an attributed quote inherits its speaker ("floating"
quotes), "X said:" at a paragraph's end takes the next paragraph as its content, and a
transcript turn ("PENCE: ...") runs on over the quoted paragraphs after it. A content that
only names a topic or an object ("cited the figure") is no statement.
Dates come from :func:`tracker.dates.find_dates`, read only around the speaker and cue,
never from the content, and never defaulted to the article date.

Pure and deterministic: no I/O, no model.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date

from tracker.dates import find_dates
from tracker.extract.en_frame import count_words, is_proposition
from tracker.extract.en_names import Names
from tracker.extract.en_resources import (
    DATE_HINT_AFTER_RE,
    DATE_WORD_RE,
    DATELINE_RE,
    LEADING_DATE_RE,
    NARRATION_TAIL_RE,
    TRANSCRIPT_LABEL_RE,
)
from tracker.extract.en_rules import Frame, lowered, sentence_frames, trim
from tracker.extract.en_speakers import SpeakerResolver
from tracker.extract.en_text import Quote, Sentence, segment
from tracker.records import ArticleRecord, Span, SpeakerRef, StatementDate, StatementKind, StatementRecord

#: "No date": records are frozen, so every undated statement shares this one.
NO_DATE = StatementDate()
#: A quotation shorter than this (in words) is a label or a scare quote, not somebody's words.
MIN_QUOTE_WORDS = 3
#: The method of a short quotation before "X said." ('"No," he said.'): kept only when the
#: next sentence of its paragraph goes on with the quotation.
_SHORT = "verb_postposed_short"


@dataclass(slots=True)
class Draft:
    speaker: SpeakerRef
    cue: tuple[int, int]
    content: tuple[int, int]
    frame: tuple[int, int]
    method: str
    confidence: float
    paragraph: int
    when: StatementDate = NO_DATE
    via: str | None = None


def _fully_quoted(text: str, sent: Sentence) -> Quote | None:
    """The quotation that opens the sentence and makes up (nearly) all of it, if there is one:
    '"It's basically a tax increase" for the rich.' counts, its tail being the writer's."""
    for q in sent.quotes:
        if (
            q.open <= sent.start + 1
            and (q.close >= sent.end - 2 or q.close - q.open >= 0.6 * (sent.end - sent.start))
            and count_words(text, q.start, q.end) >= 4
        ):
            return q
    return None


def _date_for(text: str, low: str, start: int, end: int, reference: date | None) -> StatementDate | None:
    """The date written in ``text[start:end]`` (``low`` is the article lowercased)."""
    if end <= start:
        return None
    if DATE_WORD_RE.match(low, start, end) is None and DATE_HINT_AFTER_RE.search(low, start, end) is None:
        return None  # no digit and no date word: most frames ("Smith said") need no date grammar
    frame = text[start:end]
    for m in find_dates(frame, reference, language="en"):
        if m.basis == "relative" and m.text[:1].isupper() and _inside_name(text, start + m.start):
            continue  # "USA Today", "CBS This Morning": a name, not a date
        if reference is not None and m.value > reference:
            continue  # "in March 2025" in a February article: a plan, never when it was said
        return StatementDate(m.value, m.precision, m.basis, m.text)
    return None


def _inside_name(text: str, pos: int) -> bool:
    before = text[max(0, pos - 30) : pos].split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":"))


def _quotes_in(text: str, quotes: list[Quote], starts: list[int], start: int, end: int) -> tuple[Span, ...]:
    """The quotations inside ``[start, end)`` long enough to be somebody's words (not labels)."""
    spans = []
    for k in range(bisect_left(starts, start), len(quotes)):
        q = quotes[k]
        if q.start >= end:
            break
        if q.end <= end and count_words(text, q.start, q.end) >= MIN_QUOTE_WORDS:
            s, e = trim(text, q.start, q.end)
            if e > s:
                spans.append(Span(s, e, text[s:e]))
    return tuple(spans)


def _inside_quote(quotes: list[Quote], starts: list[int], start: int, end: int) -> bool:
    k = bisect_right(starts, start) - 1
    return k >= 0 and quotes[k].end >= end


def _strip_outer_quotes(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    for q in quotes:
        if q.open == start and q.close >= end and q.close <= end + 1:
            return trim(text, q.start, q.end, quoted=True)
        if q.open == start and q.close == end:
            return trim(text, q.start, q.end, quoted=True)
    return start, end


def _merge_via(frames: list[Frame], resolver: SpeakerResolver) -> tuple[list[Frame], dict[int, str]]:
    """'X said ..., according to Reuters' and 'According to Reuters, X said ...': X's statement,
    relayed via Reuters, and Reuters' own, whose content is the whole report ("X said ...")."""
    vias: dict[int, str] = {}
    keep = []
    for f in frames:
        if f.method == "according_to":
            host = next(
                (
                    g
                    for g in frames
                    if g is not f
                    and g.method != "according_to"
                    and (
                        g.content[0] <= f.cue[0] <= g.content[1] + 3
                        # "According to Yahoo News, Clinton's spokesman said ...": relayed too.
                        or (g.cue[0] > f.frame[1] and g.speaker is not None and g.speaker.start > f.frame[1])
                    )
                ),
                None,
            )
            if host is not None and f.speaker is not None:
                ref = resolver.resolve(f.speaker)
                if ref is not None:
                    vias[id(host)] = ref.name
                    if host.content[0] < f.cue[0] <= host.content[1] + 3:
                        host.content = trim(resolver.text, host.content[0], f.cue[0])
        keep.append(f)
    return keep, vias


#: Source pronouns that, inside another statement's content, are part of what is reported.
_NESTED_PRONOUNS = frozenset(["it", "they"])


def _without_nested_pronoun_reports(text: str, frames: list[Frame]) -> list[Frame]:
    """ "She says it underscores that ...", "The statement noted they had said ...": an
    "it"/"they" saying something inside another statement's content is part of that content
    (a person pronoun is kept: "Smith said he told the board ..."; so is a report after the
    writer takes the sentence back: "..., although they say ...")."""
    return [
        g
        for g in frames
        if not (
            g.speaker is not None
            and len(g.speaker.tokens) == 1
            and g.speaker.tokens[0].low in _NESTED_PRONOUNS
            and any(
                f is not g
                and f.content[0] <= g.speaker.start < f.content[1]
                and NARRATION_TAIL_RE.search(text, f.content[0], g.speaker.end + 1) is None
                for f in frames
            )
        )
    ]


#: What joins a second report to the content of a first: "A said X, but B said Y".
_REPORT_JOINS = (", but", ", and", ", while", ", whereas", ", yet", "; but", ";")


def _cut_at_joined_reports(text: str, frames: list[Frame]) -> None:
    """ "The agency said it would act, but the S.E.C. said it would wait": a report joined to
    another's content by a conjunction after a comma, or by a semicolon, ends that content;
    the second speaker's words are their own statement."""
    for g in frames:
        if g.speaker is None or g.method not in {"verb", "verb_that"}:
            continue
        for f in frames:
            if f is g or not f.content[0] < g.speaker.start < f.content[1]:
                continue
            before = text[f.content[0] : g.speaker.start].rstrip()
            join = next((j for j in _REPORT_JOINS if before.lower().endswith(j)), None)
            if join is not None:
                f.content = trim(text, f.content[0], f.content[0] + len(before) - len(join))


def extract_english(article: ArticleRecord) -> tuple[StatementRecord, ...]:
    """The attributed statements of one English article, in reading order."""
    text = article.text or ""
    paragraphs = segment(text)
    resolver = SpeakerResolver(text, Names([s for p in paragraphs for s in p]))
    reference = article.published_date
    low = lowered(text)
    drafts: list[Draft] = []
    pending_colon: Draft | None = None
    turn: Draft | None = None  # a transcript turn ("PENCE: ...") running on over quoted paragraphs
    for p_idx, para in enumerate(paragraphs):
        if pending_colon is not None and para:
            para_quotes = [q for s in para for q in s.quotes]
            s, e = trim(text, para[0].start, para[-1].end)
            pending_colon.content = _strip_outer_quotes(text, s, e, para_quotes)
            pending_colon = None
            continue
        if turn is not None and para and _continues_turn(text, para[0].start):
            turn.content = (turn.content[0], trim(text, turn.content[0], para[-1].end)[1])
            continue
        turn = None
        for sent in para:
            if turn is not None:
                break  # the rest of the paragraph is the transcript turn's speaker talking
            frames = sentence_frames(text, sent, low)
            if frames:
                frames, vias = _merge_via(frames, resolver)
                if len(frames) > 1:
                    frames = _without_nested_pronoun_reports(text, frames)
                    _cut_at_joined_reports(text, frames)
            if not frames:
                if sent.quotes and drafts:
                    _floating(text, sent, p_idx, drafts)
                continue
            first_of_sentence = len(drafts)
            for f in frames:
                speaker = (
                    resolver.resolve(f.speaker, f.appositive)
                    if f.speaker is not None
                    else (drafts[-1].speaker if drafts and drafts[-1].paragraph == p_idx else None)
                )
                if speaker is None:
                    continue
                if (
                    f.speaker is not None
                    and len(drafts) > first_of_sentence
                    and any(
                        d.speaker.name == speaker.name
                        and d.content[0] == f.speaker.start
                        and f.cue[0] < d.content[1]
                        for d in drafts[first_of_sentence:]
                    )
                ):
                    continue  # "Lynch said she recalls ...": one statement, not a second inside it
                if not any(d.content[0] <= f.cue[0] < d.content[1] for d in drafts[first_of_sentence:]):
                    # A report inside another's ("Earnest said Obama has long called for ...")
                    # is not who a following "he" means.
                    resolver.note_statement(f.cue[0], speaker)
                content = _strip_outer_quotes(text, *f.content, list(sent.quotes))
                dateline = DATELINE_RE.match(text, content[0], content[1])
                if dateline is not None:
                    content = (dateline.end(), content[1])
                narration = NARRATION_TAIL_RE.search(text, content[0], content[1])
                if narration is not None:
                    # 'jobs,” but he ...': the writer takes over at the closing mark, kept quoted.
                    boundary = narration.start(1) if narration.group(1) else narration.start()
                    if not any(q.open < boundary < q.end for q in sent.quotes):
                        # "..., although he again refused to ...": the writer's words again.
                        content = trim(text, content[0], narration.end(1) if narration.group(1) else boundary)
                via = vias.get(id(f))
                if via is None and f.via is not None:
                    # "The Gazette quoted Olsen as saying ...": relayed by the Gazette.
                    relay = resolver.resolve(f.via)
                    via = relay.name if relay is not None else None
                d = Draft(speaker, f.cue, content, f.frame, f.method, f.confidence, p_idx, via=via)
                if content[1] <= content[0]:
                    if text[f.cue[1] : sent.end].strip().endswith(":") and sent is para[-1]:
                        d.method += "_colon_next"
                        pending_colon = d
                    else:
                        continue
                drafts.append(d)
                if d.method == "transcript":
                    d.content = (content[0], trim(text, content[0], para[-1].end)[1])
                    turn = d if text[para[0].start] in '"“' else None
                    break
    drafts = [
        d
        for d in drafts
        if d.content[1] > d.content[0] and d.method != _SHORT and is_proposition(text, *d.content)
    ]
    all_quotes = [q for p in paragraphs for s in p for q in s.quotes]
    starts = [q.start for q in all_quotes]
    return tuple(_record((text, low), n, drafts, (all_quotes, starts), reference) for n in range(len(drafts)))


def _continues_turn(text: str, start: int) -> bool:
    """Whether a paragraph opening on a quotation mark goes on with the transcript turn
    before it (each paragraph of a quoted transcript opens with a mark), rather than
    starting the next speaker's turn ('"WALLACE: ...') or a stage note ('"(CROSSTALK.)')."""
    if text[start] not in '"“':
        return False
    return TRANSCRIPT_LABEL_RE.match(text, start + 1) is None and text[start + 1 : start + 2] != "("


def _floating(text: str, sent: Sentence, p_idx: int, drafts: list[Draft]) -> None:
    """A fully quoted sentence with no cue continues (or follows) the last quoted statement."""
    q = _fully_quoted(text, sent)
    if q is None or not drafts:
        return
    last = drafts[-1]
    if last.paragraph == p_idx and last.content[1] <= sent.start:
        # Same paragraph: the quote goes on after "she said." and belongs to the same statement.
        last.content = (last.content[0], trim(text, q.start, q.end)[1])
        if last.method == _SHORT:
            last.method = "verb_postposed"  # '"It's heartbreaking," Ryan said. "And ..."'
        return
    last_quoted = any(
        text[last.content[0] - 1 : last.content[0]] in {"“", '"'} or text[i] in '“"'
        for i in range(last.content[0], min(last.content[1], last.content[0] + 1))
    )
    if last.paragraph == p_idx - 1 and (
        last_quoted or last.method.startswith(("verb_split", "verb_inverted", "verb_postposed"))
    ):
        s, e = trim(text, q.start, q.end)
        drafts.append(
            Draft(
                last.speaker,
                last.cue,
                (s, e),
                last.frame,
                "floating_quote",
                min(last.confidence, 0.6),
                p_idx,
                last.when,
                last.via,
            )
        )


def _record(
    texts: tuple[str, str],
    n: int,
    drafts: list[Draft],
    quote_index: tuple[list[Quote], list[int]],
    reference: date | None,
) -> StatementRecord:
    """Statement ``n`` as a record; ``texts`` is the article and its lowercased copy."""
    text, low = texts
    d = drafts[n]
    quotes, starts = quote_index
    s, e = d.content
    when = _date_for(text, low, *d.frame, reference) if d.method != "floating_quote" else None
    lead = LEADING_DATE_RE.match(text, s, e) if d.method in {"verb", "participle"} else None
    if lead is not None:
        # "said Tuesday the plant would close": the date belongs to the saying, not the content.
        if when is None:
            when = _date_for(text, low, lead.start(), lead.end(), reference)
        if e - lead.end() > 10:
            s, e = trim(text, lead.end(), e)
    if when is None:
        # Statements of one report share its date: the same speaker just before, dated.
        for k in range(n - 1, -1, -1):
            prev = drafts[k]
            if d.paragraph - prev.paragraph > 2:
                break
            if prev.speaker.name == d.speaker.name:
                if prev.when.value is not None:
                    when = replace(prev.when, basis="report")
                break
    d.when = when or NO_DATE
    direct = _quotes_in(text, quotes, starts, s, e)
    content_text = text[s:e]
    whole_quote = _inside_quote(quotes, starts, s, e) and count_words(text, s, e) >= MIN_QUOTE_WORDS
    kind: StatementKind
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
