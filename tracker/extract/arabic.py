"""Arabic attribution extraction: who said what, when, with character spans.

``extract_arabic(article)`` is a pure function of the article. It builds the shadow text
(:mod:`.ar_text`), runs the strategy chain (:mod:`.ar_rules`) sentence by sentence, resolves
speakers across the article (:mod:`.ar_speakers`), fixes where each content ends, dates each
statement (:mod:`.ar_dating`) and maps every span back to the stored text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tracker.extract.ar_cues import Candidate, Context, WordMatch, find_all_cue_words
from tracker.extract.ar_dating import DatingInput, assign_dates
from tracker.extract.ar_glue import split_glued_name
from tracker.extract.ar_names import citation_form, expand_names
from tracker.extract.ar_narration import narrative_source
from tracker.extract.ar_repeats import once_per_source, skip_repeated_lead
from tracker.extract.ar_resources import (
    CLAUSE_TURN_RE,
    COLON_RE,
    COMP_RE,
    NON_VERB_CUES,
    QUOTE_CHARS,
    cue_of,
)
from tracker.extract.ar_rules import CHAIN, NEEDS
from tracker.extract.ar_slots import kind_of
from tracker.extract.ar_sources import clause_subject, previous_subject
from tracker.extract.ar_speakers import Entity, Registry
from tracker.extract.ar_text import Sentence, Shadow, build_shadow, segment, strip_span
from tracker.extract.ar_trim import CONTENT_STRIP, trim_content
from tracker.records import ArticleRecord, Span, SpeakerRef, StatementKind, StatementRecord

_MIN_QUOTE_WORDS = 3
_NO_WORDS: frozenset[str] = frozenset()
# Two letters anywhere in a span (one search instead of a count over every character).
_TWO_LETTERS_RE = re.compile(r"[^\W\d_].*?[^\W\d_]", re.DOTALL)
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
# "وإذا رأى المحافظون أنها لن تفوز", "لو قال الوزير إن ...": a condition, not a report.
_CONDITIONAL_RE = re.compile(r"(?<!\S)[وف]?(?:اذا|لو)(?:\s+ما)?\s+$")
# "لمحاولة كشف ...", "بهدف إعلان ...": after these heads a cue's letters spell a verbal noun.
# "تم كشف النقاب عن", "يتم الإعلان عن": the passive made with a verbal noun; nobody speaks.
_MASDAR_HEADS = ("محاوله", "بهدف", "بغرض", "اجل", "سبيل", "مجرد", "تم", "يتم", "سيتم")
_MASDAR_HEAD_RE = re.compile(r"(?<!\S)[وف]?[لب]?(?:" + "|".join(_MASDAR_HEADS) + r")\s+$")


def extract_arabic(article: ArticleRecord) -> tuple[StatementRecord, ...]:
    """The attributed statements of an Arabic article, in reading order."""
    text = article.text or ""
    if not text.strip():
        return ()
    shadow = build_shadow(text)
    verbs, parts, run_in = find_all_cue_words(shadow.text)
    if run_in:
        # "ودانتحركة الجهاد": a verb run into its source; split them and look again.
        shadow = build_shadow(text, tuple(shadow.orig(i) for i in run_in))
        verbs, parts, _ = find_all_cue_words(shadow.text)
    if "\u064f" in text:  # a damma anywhere: some verbs may be marked passive
        verbs = [v for v in verbs if not _marked_passive(shadow, v)]
    sentences = skip_repeated_lead(shadow.text, segment(shadow.text))
    registry = Registry(shadow.text)
    verb_starts = [v.start() for v in verbs]
    part_starts = [p.start() for p in parts]
    # The substrings of the strategies without a cue verb, and colons, found in one pass each.
    nonverb = _occurrences(shadow.text, NON_VERB_CUES)
    nonverb_starts = [pos for pos, _w in nonverb]
    colons = [m.start() for m in COLON_RE.finditer(shadow.text)]
    found: list[tuple[Candidate, Entity | None, Entity | None, Sentence]] = []
    quiet: Sentence | None = None  # the sentence before, when it reported nothing
    for sent in sentences:
        before = quiet
        quiet = sent
        v = verbs[bisect_left(verb_starts, sent.start) : bisect_left(verb_starts, sent.end)]
        p = parts[bisect_left(part_starts, sent.start) : bisect_left(part_starts, sent.end)]
        n = nonverb[bisect_left(nonverb_starts, sent.start) : bisect_left(nonverb_starts, sent.end)]
        if not v and not p and not n and bisect_left(colons, sent.start) == bisect_left(colons, sent.end):
            continue  # no cue word of any strategy in this sentence
        ctx = Context(
            shadow.text, sent, tuple(v), tuple(p), frozenset([w for _pos, w in n]) if n else _NO_WORDS
        )
        cands = _sentence_candidates(ctx)
        clause_speaker: Entity | None = None
        for cand in cands:
            relayed = cand.via is not None and cand.method.endswith(":نقل")
            if cand.same_as_clause:
                ent = clause_speaker or clause_subject(registry, shadow.text, sent, cand)
            elif cand.slot is None and cand.pronoun:
                ent = (
                    (
                        None
                        if clause_speaker
                        else narrative_source(registry, shadow.text, sent, before, cand.cue[0], cand.gender)
                    )
                    or registry.by_pronoun(cand.gender, cand.cue[0])
                    or previous_subject(registry, shadow.text, sent)
                )
            else:
                # "نقلت الوكالة عن الوزير": the verb agrees with the outlet, not with the source.
                gender = None if relayed else cand.gender
                ent = registry.resolve(cand.slot, gender, cand.cue[0])
            via = (
                registry.resolve(cand.via, cand.gender if relayed else None, cand.cue[0])
                if cand.via
                else None
            )
            if ent is None or not _named(shadow.text, ent):
                continue
            if via is not None and relayed:
                # "نقلت رويترز عن الوزيرة قولها ... وأشارت": the relayed source speaks on.
                registry.touch(ent, cand.cue[0])
            clause_speaker = ent
            quiet = None
            found.append((cand, ent, via, sent))
    holders = registry.named_for_roles()
    if holders:
        found = [(cand, holders.get(id(ent), ent), via, sent) for cand, ent, via, sent in found]
    return _records(article, shadow, sentences, registry, found)


# The literals of the two patterns above, as one search: most cues have none of them before them.
_BEFORE_CUE_LITERAL_RE = re.compile("|".join(("اذا", "لو", *_MASDAR_HEADS)))


def _marked_passive(shadow: Shadow, verb: WordMatch) -> bool:
    """A past verb the article marks passive with a damma on its first letter ("وأُعلن
    الإضراب", "أُكّد"): what was announced, nobody announcing it."""
    start = verb.start() + len(verb.group("conj"))
    if not shadow.text.startswith("ا", start):
        return False
    i = shadow.orig(start) + 1
    original = shadow.original
    while i < len(original) and original[i] in _HAMZA_MARKS:
        i += 1
    return i < len(original) and original[i] == "\u064f"


# What may sit on an alef before its vowel: the hamza written as a mark, a madda.
_HAMZA_MARKS = frozenset("\u0654\u0653")


def _under_condition_or_head(text: str, start: int, cue: int) -> bool:
    """A condition ("إذا رأى") or a verbal noun's head ("لمحاولة كشف") right before the cue."""
    if _BEFORE_CUE_LITERAL_RE.search(text, start, cue) is None:
        return False
    return bool(_CONDITIONAL_RE.search(text, start, cue) or _MASDAR_HEAD_RE.search(text, start, cue))


def _restore_article(text: str, span: tuple[int, int] | None, name: str, after_tanween: bool = False) -> str:
    """ "وفقاً للرئيس الفرنسي": after "لل" the name is written without its article's alif;
    it is cited as "الرئيس الفرنسي" (but "للوكاشينكو" is "ل" before "لوكاشينكو", a name the
    article also writes whole). A tanween before the "لل" ends the word before, written glued
    to it ("تنشر مقالاًللكاتب فلان")."""
    if span is None or not name or span[0] < 2 or text[span[0] - 2 : span[0]] != "لل":
        return name
    if span[0] > 2 and text[span[0] - 3].isalpha() and not after_tanween:
        return name  # the "لل" is inside a longer word
    word = text[span[0] : span[0] + len(name.split()[0])]
    # The current "لل..." never matches: its "ل" follows another letter.
    if re.search(rf"(?<!\w)ل{re.escape(word)}(?!\w)", text):
        return "ل" + name
    return "ال" + name


def _tanween_before(shadow: Shadow, pos: int) -> bool:
    """Whether the original text has a tanween right before shadow offset ``pos``."""
    i = shadow.orig(pos) if pos > 0 else 0
    return i > 0 and shadow.original[i - 1] in "\u064b\u064c\u064d"


def _named(text: str, ent: Entity) -> bool:
    """A source needs a name of two letters at least: a stray glued letter ("ةأعلنت") is not one."""
    start, end = ent.name
    return _TWO_LETTERS_RE.search(text, start, end) is not None


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """Every (position, word) of ``words`` in ``text``, sorted: str.find beats one alternation."""
    out: list[tuple[int, str]] = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append((i, w))
            i = text.find(w, i + 1)
    out.sort()
    return out


# The chain with the words each strategy needs (None: it runs on every sentence).
_GATED_CHAIN = tuple((strategy, NEEDS.get(name)) for name, strategy in CHAIN)


def _sentence_candidates(ctx: Context) -> list[Candidate]:
    text, sent = ctx.text, ctx.sentence
    cands: list[Candidate] = []
    for strategy, needs in _GATED_CHAIN:
        if needs is not None and ctx.cue_words.isdisjoint(needs):
            continue  # a set test instead of starting a generator that would find nothing
        for cand in strategy(ctx):
            if any(not (cand.cue[1] <= c.cue[0] or cand.cue[0] >= c.cue[1]) for c in cands):
                continue
            if not cand.content_first and _under_condition_or_head(
                text, max(sent.start, cand.cue[0] - 10), cand.cue[0]
            ):
                continue
            cands.append(cand)
    cands.sort(key=lambda c: c.cue[0])
    kept: list[Candidate] = []
    for cand in cands:
        host = next((k for k in reversed(kept) if k.content[0] <= cand.cue[0] < k.content[1]), None)
        if host is not None and not cand.content_first and _nested_in(text, host, cand):
            continue
        if cand.content_first and kept and kept[-1].content_first:
            continue  # "X، بحسب A، بحسب تقرير لـB": one statement, the second cue adds detail
        if cand.content_first and kept and kept[-1].content[0] < cand.cue[0] and not kept[-1].content_first:
            # "قال X إن ...، وفق ما نقلت الصحيفة": the outlet relays the earlier statement.
            prev = kept[-1]
            end = min(prev.content[1], cand.boundary or cand.cue[0])
            turn = None
            for found_turn in CLAUSE_TURN_RE.finditer(text, prev.content[0], end):
                turn = found_turn
            if turn is None:
                prev.content = (prev.content[0], end)
                if _relays_sources(text, prev, cand):
                    # "ذكرت وكالة X أنّ ...، بحسب مصادر مطلعة": the outlet relays the sources.
                    prev.via, prev.slot = prev.slot, cand.slot
                elif prev.via is None:
                    prev.via = cand.slot
                continue
            # "قال X إن ...، إلا أنّ Y، وفقاً لتحليل Z": Z is credited with the last clause only.
            prev.content = (prev.content[0], turn.start())
            cand.content = (turn.end(), end)
        if host is not None and cand.boundary is not None:
            # Every statement running over the new cue ends at its clause, not only the last
            # ("أعلن X قائلاً: "..."، مضيفاً أنّ ...": both the verb's and the participle's).
            for k in kept:
                if k.content[0] <= cand.cue[0] < k.content[1]:
                    k.content = (k.content[0], min(k.content[1], cand.boundary))
        kept.append(cand)
    for cand in kept:
        noun_object = cand.method.startswith(("verb-object", "subject-verb-object"))
        cand.content = trim_content(text, sent, cand.content, cand.cue[0], noun_object)
    return [
        c for i, c in enumerate(kept) if c.content[1] - c.content[0] >= 3 and not _topic_only(text, kept, i)
    ]


def _nested_in(text: str, host: Candidate, cand: Candidate) -> bool:
    """Whether a cue inside ``host``'s content is part of that content, not a new statement."""
    if cand.boundary is None:
        return True  # no comma opens it: nested speech
    lead = text[host.content[0] : cand.cue[0]].strip(" ،,")
    if lead and len(lead.split()) <= 6 and _TIME_LEAD_RE.match(lead):
        return True  # "لافتةً إلى أنّه خلال الحرب، أعلن فلان ...": only a time lead before it
    before = text[max(host.content[0], cand.cue[0] - 8) : cand.cue[0]].split()
    if (
        before[-1:] in (["الذي"], ["التي"], ["الذين"])
        and cand.slot is not None
        and cand.slot.mention[0] >= cand.cue[1]
    ):
        return True  # "العنف، الذي وصفه عشرات المعتقلين، ...": the antecedent is the verb's object
    if cand.slot is not None or cand.same_as_clause:
        return False
    if text[cand.cue[0]] in "يت" and len(text[host.content[0] : cand.cue[0]].split()) <= 4:
        # 'ذكرت الصحيفة أنّ تقديرات "الجيش"، تشير إلى أنّ ...': a present verb after the content's
        # short subject; what the figures show is still what the paper reported.
        return True
    # "نقلت عن مسؤولين قولهم إن القرار مخيب، ويشير إلى أنّ ...": a present verb joined to a
    # relayed past report goes on with the content's own subject.
    return (
        text.startswith(("وي", "وت"), cand.cue[0])
        and host.method.endswith(":نقل")
        and _tense(text, cand.cue) == "present"
        and _tense(text, host.cue) == "past"
    )


# A lead of time ("خلال الحرب وحتى قبلها").
_TIME_LEAD_RE = re.compile(r"و?(?:خلال|منذ|بعد|قبل|عقب|اثر)(?!\w)")


def _tense(text: str, span: tuple[int, int]) -> str | None:
    """ "past" or "present" for a finite cue verb at ``span``, with or without its و/ف."""
    word = text[span[0] : span[1]]
    cue = cue_of(word)
    if cue is None:
        return None
    bare = word[1:] if word[:1] in "وف" and word not in cue.past + cue.present else word
    return "past" if bare in cue.past else "present" if bare in cue.present else None


def _topic_only(text: str, kept: list[Candidate], i: int) -> bool:
    """ "وعقّبت الصحيفة على ما جرى قائلةً إنّ ...": the verb's short topic, which the participle
    right after it turns into the statement; the topic alone says nothing."""
    cand = kept[i]
    nxt = kept[i + 1] if i + 1 < len(kept) else None
    return (
        nxt is not None
        and cand.method.startswith("verb:")
        and nxt.method.startswith("participle:")
        and 0 <= nxt.cue[0] - cand.content[1] <= 2
        and len(text[cand.content[0] : cand.content[1]].split()) <= 3
        and COMP_RE.search(text, cand.cue[1], cand.content[0]) is None
    )


def _relays_sources(text: str, prev: Candidate, cand: Candidate) -> bool:
    """An outlet's report credited, by an according-to after it, to unnamed sources."""
    if prev.slot is None or cand.slot is None or prev.via is not None:
        return False
    outlet = text[prev.slot.mention[0] : prev.slot.mention[1]]
    source = text[cand.slot.mention[0] : cand.slot.mention[1]]
    for quantifier in ("عده ", "بعض ", "احد "):
        source = source.removeprefix(quantifier)  # "عدة مصادر مطلعة"
    return kind_of(outlet) == "media" and kind_of(source) in ("unnamed", "group")


def _span_text(shadow: Shadow, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    a, b = strip_span(shadow.text, *span, CONTENT_STRIP + QUOTE_CHARS + "()")
    # A name is shown without a final vowel mark or quote marks ("الوزيرُ", '"جيش" الاحتلال').
    if b <= a:
        return None
    span_ = shadow.span(a, b)
    name = span_.text
    # "حركةالمقاومة": the spaces the shadow put between glued words are shown too.
    glued = [
        shadow.orig(i) - span_.start
        for i in shadow.glued
        if a <= i < b and shadow.original[shadow.orig(i) - 1 : shadow.orig(i)] != " "
    ]
    for cut in reversed(glued):
        name = name[:cut] + " " + name[cut:]
    name = name.rstrip(_MARKS)
    for q in QUOTE_CHARS + "()":
        name = name.replace(q, "")
    return " ".join(split_glued_name(name).split())


def _opens_with_complementiser(text: str, quote_start: int, content_start: int) -> bool:
    """A quotation that opens with the complementiser the content leaves out ('"إن النصر قريب"')."""
    return (
        quote_start < content_start and COMP_RE.fullmatch(text[quote_start:content_start].strip()) is not None
    )


def _date_regions(shadow: Shadow, sentences: list[Sentence], rows: list) -> list[tuple[int, int]]:
    """The paragraphs dating reads (stored-text offsets): the lead, each statement's paragraph
    and the one before it. Dates elsewhere could never be chosen, so they are not parsed."""
    keep = {0}
    for row in rows:
        p = row[3].paragraph
        keep.update((p, p - 1))
    spans: dict[int, list[int]] = {}
    for sent in sentences:
        if sent.paragraph in keep:
            lo_hi = spans.setdefault(sent.paragraph, [sent.start, sent.end])
            lo_hi[1] = sent.end
    regions = [(shadow.orig(a), shadow.orig(max(a, b - 1)) + 1) for _p, (a, b) in sorted(spans.items())]
    # One call over neighbouring paragraphs costs less than one call each.
    merged: list[tuple[int, int]] = []
    for a, b in regions:
        if merged and a - merged[-1][1] < 400:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _records(
    article: ArticleRecord,
    shadow: Shadow,
    sentences: list[Sentence],
    registry: Registry,
    found: list[tuple[Candidate, Entity | None, Entity | None, Sentence]],
) -> tuple[StatementRecord, ...]:
    expand_names(shadow.text, registry)
    rows = []
    for cand, ent, via, sent in found:
        rows.append((cand, ent, via, sent, shadow.span(*cand.content)))
    rows = once_per_source(shadow.text, rows)
    dating = [
        DatingInput(
            (shadow.orig(sent.start), shadow.orig(max(sent.start, sent.end - 1)) + 1),
            (content.start, content.end),
            shadow.orig(cand.cue[0]),
            id(ent),
            sent.paragraph,
        )
        for cand, ent, _via, sent, content in rows
    ]
    regions = _date_regions(shadow, sentences, rows)
    dates = assign_dates(article.text, article.published_date, dating, regions)
    out: list[StatementRecord] = []
    labels: dict[int, tuple[str, str | None, tuple[str, ...]]] = {}
    for (cand, ent, via, sent, content), sdate in zip(rows, dates, strict=True):
        assert ent is not None
        quotes = tuple(
            shadow.span(a, b)
            for a, b in sent.quotes
            if (a >= cand.content[0] - 1 or _opens_with_complementiser(shadow.text, a, cand.content[0]))
            and b <= cand.content[1] + 1
            and len(shadow.text[a:b].split()) >= _MIN_QUOTE_WORDS
        )
        whole_quote = bool(quotes) and quotes[0].start <= content.start and quotes[-1].end >= content.end
        kind: StatementKind = "direct" if whole_quote else "mixed" if quotes else "indirect"
        if whole_quote and quotes[0].start < content.start - 1:
            whole_quote = False  # '"إن النصر قريب"': the quotation keeps the word the content drops
        mention = shadow.span(*cand.slot.mention) if cand.slot else None
        names = labels.get(id(ent))
        if names is None:
            name = _span_text(shadow, ent.name) or ""
            if ent.kind in ("group", "unnamed") or name.split(" ", 1)[0].endswith("\u0627\u064b"):
                name = citation_form(name)  # "قيادياً في المقاومة" is read as a role, a person
            name = _restore_article(shadow.text, ent.name, name)
            aliases = tuple(
                dict.fromkeys(t for t in (_span_text(shadow, a) for a in ent.aliases) if t and t != name)
            )
            role = _span_text(shadow, ent.role)
            if role:
                # "مقالاً للكاتب فلان": the role is "الكاتب"
                glued = ent.role is not None and _tanween_before(shadow, ent.role[0] - 2)
                role = _restore_article(shadow.text, ent.role, role, glued)
            if role and name and role != name and role.endswith(" " + name):
                role = role[: -len(name)].rstrip(" ،,")  # "رئيس كينيا وليام روتو": the role alone
            names = labels[id(ent)] = (name, role or None, aliases)
        speaker = SpeakerRef(
            name=names[0],
            kind=ent.kind,
            role=names[1],
            mention=mention.text if mention else "",
            span=mention if mention and mention.text else None,
            aliases=names[2],
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
