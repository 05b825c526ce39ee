"""Content-first and noun cues: "وفق / بحسب / نقلاً عن X", "وجاء في بيان ...",
"إعلان X أنّ ..." and "...، كما أعلن X".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extract.ar_cues import (
    Candidate,
    Context,
    clause_boundary,
    comma_segments,
    cue_gender,
    find_intro,
    first_comma,
    is_verb,
    relay_source,
    source_like,
    word_count,
)
from tracker.extract.ar_lexicon import (
    DOCUMENT_ANAPHORS,
    MEDIA_RE,
    NOT_SOURCE,
    NOT_SPEAKER_RE,
    ORG_RE,
    PLAIN_DOCUMENTS,
)
from tracker.extract.ar_nps import np_then_object
from tracker.extract.ar_resources import (
    ACCORDING_ASIDE_RE,
    ACCORDING_RE,
    ADVERBIAL_START_RE,
    AS_SAID_RE,
    CAME_IN_RE,
    COMP_RE,
    DOC_NOUN_RE,
    FA_COMP_RE,
    FORM_TO_CUE,
    KNOWN_ADVERBIAL_LEAD_RE,
    LEAD_CONNECTOR_RE,
    MADE_BY_RE,
    MESSAGE_NOUN_RE,
    MESSAGE_SAYS_RE,
    NARRATIVE_LEAD_RE,
    NARRATIVE_VERB_RE,
    NOUN_CUE_RE,
    PREP_WORDS,
    PRETEXT_COMP_RE,
    PUBLISHED_IN_RE,
    QUOTE_CHARS,
    SELF_SOURCE_RE,
    SENDING_VERB_RE,
    cue_of,
)
from tracker.extract.ar_slots import parse_slot

# "وجاء ذلك", "وآخر هذه الدعوات أتت": a clause of coming before "على لسان"/"وفق".
_CAME_RE = re.compile(r"\s*(?:\S+\s+){0,3}[وف]?(?:جاء|جاءت|اتي|اتت|ورد|وردت)(?!\S)")


#: What an according-to cue holds: the chain runs the strategy only where one occurs.
ACCORDING_WORDS = ("حسب", "وفق", "لسان", "نقلا", "طبقا", "استنادا")


# Documents and figures named alone that speak for whoever issued them ("بحسب البيان").
_STATEMENT_DOCUMENTS = frozenset(DOCUMENT_ANAPHORS) | PLAIN_DOCUMENTS


def according_to(ctx: Context) -> Iterator[Candidate]:
    """ "...، وفق المتحدثة باسم الخارجية" / "وبحسب موقع X، ..." / "وفق ما نقلت X عن Y، فإن ..."."""
    text, sent = ctx.text, ctx.sentence
    for m in ACCORDING_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        src_start = m.end()
        if m.group("cue").endswith("ل") and text[src_start : src_start + 1] == "ل":
            # "وفقاً للوكالة": the lam, then the article with its alef elided; but "وفقاً
            # للوكاشينكو" is the lam before a name that starts with one, written so elsewhere.
            word_end = src_start
            while word_end < len(text) and text[word_end].isalpha():
                word_end += 1
            if (" " + text[src_start:word_end]) not in text:
                src_start += 1
        rest = text[src_start : sent.end]
        dm = DOC_NOUN_RE.match(rest.lstrip(' "«“”'))
        lone = dm is not None and rest.lstrip(' "«“”')[dm.end() :].lstrip()[:1] in ("،", ",", ".", "")
        lone_document = lone and dm is not None and dm.group().split()[0] in _STATEMENT_DOCUMENTS
        if lone_document:
            # "وقُتل، بحسب البيان، نحو 15": the statement named before speaks for its issuer; after a
            # cue verb of the sentence ("أفاد البيان بأنّ ...، ويستبقي، بحسب البيان، ...") it
            # only recalls that verb's source.
            if any(v.start() < m.start() for v in ctx.verbs):
                continue
        elif dm and not m.group("verb"):
            src_start += (len(rest) - len(rest.lstrip(' "«“”'))) + dm.end()
            published = PUBLISHED_IN_RE.match(text, src_start, sent.end)
            if published is not None:
                src_start = published.end()  # "بحسب دراسة صادرة عن منظمة X": the body
            elif dm.group().split()[-1].startswith("نشر") and text.startswith("في ", src_start):
                src_start += 3  # "بحسب دراسة نشرت في مجلة X": the journal
            after_words = text[src_start : sent.end].split()[:1]
            starts_and = (
                after_words
                and after_words[0].startswith("و")
                and not (MEDIA_RE.match(after_words[0]) or ORG_RE.match(after_words[0]))
            )  # "بحسب استطلاع أجراه ونشره ...", but "لوزارة الصحة" names a ministry
            if not after_words or starts_and or after_words[0] in ("في", "من"):
                continue  # "بحسب استطلاع أجراه ونشر ...": a document, no source named
        lead = text[sent.start : m.start()]
        lm = LEAD_CONNECTOR_RE.match(lead)
        at_start = not lead[lm.end() if lm else 0 :].strip(" ،,")
        if at_start:
            span = _lead_source(text, src_start, sent.end)
            if span is None:
                continue
            src_end, content = span
            boundary: int | None = sent.start
        else:
            boundary = clause_boundary(text, sent.start, m.start())
            if boundary is None and m.group("verb") is None and word_count(text, m.end(), sent.end) <= 4:
                # "ارتفع عدد الضحايا إلى 26 بحسب الشرطة.": a short source closes the sentence.
                boundary = m.start() - 1 if text[m.start() - 1 : m.start()] == " " else None
            if boundary is None:
                continue
            if _aside_of_verb(ctx, boundary, src_start):
                continue  # "وشدد المكتب، بحسب موقع X، على أن ...": the verb's statement
            src_end = sent.end
            c0 = sent.start + (lm.end() if lm else 0)
            c0 = _skip_lead_asides(text, c0, boundary)
            content = (c0, boundary)
            after = first_comma(text, src_start, sent.end)
            if c0 >= boundary and after is not None and word_count(text, after, sent.end) >= 3:
                # "واستكمالاً للكمين، حسبما أوضحت الكتائب، تمكّن ...": only a lead before the
                # aside; the proposition follows it.
                src_end, content = after, (after + 1, sent.end)
            plain = min(
                (
                    i
                    for i in (text.find("،", src_start, sent.end), text.find(",", src_start, sent.end))
                    if i >= 0
                ),
                default=-1,
            )
            if plain >= 0 and word_count(text, src_start, plain) <= 6:
                after = plain  # a stray quote mark ('وفق رويترز"،') must not hide the comma
            after_head = text[after + 1 : sent.end].split()[:1] if after is not None else []
            if (
                after is not None
                and after_head
                and after_head[0] in PREP_WORDS
                and after_head[0] != "عن"
                and c0 < boundary
                and word_count(text, after, sent.end) >= 2
            ):
                # "ارتفع عدد الشهداء، وفق الوزارة، إلى 39 ألفاً": one clause around the aside.
                src_end, content = after, (c0, sent.end)
            elif (
                word_count(text, c0, boundary) <= 3
                and after is not None
                and word_count(text, after, sent.end) >= 4
            ):
                # "هذا القرار، وفق الوكالة، "ينهي ..."": a bare topic before the aside, the
                # proposition after it.
                head = text[after + 1 : sent.end].split()[0].strip(QUOTE_CHARS)
                if head not in ("الذي", "التي", "الذين") and not head.startswith("و"):
                    src_end, content = after, (after + 1, sent.end)
            topic = _topic_start(text, c0, boundary)
            if topic is not None and after is not None and word_count(text, after, sent.end) >= 3:
                head = text[after + 1 : sent.end].split()[0].strip(QUOTE_CHARS)
                if head not in ("الذي", "التي", "الذين") and not (
                    head.startswith("و")
                    or COMP_RE.fullmatch(head)
                    or cue_of(head)
                    or NARRATIVE_VERB_RE.match(head)
                ):
                    # A definite topic stays with the rest of its clause, one claim ("المصلحة
                    # الأميركية، وفقاً لنتنياهو، هي حرب عالمية").
                    src_end, content = after, (topic, sent.end)
            if after is not None and text[after + 1 : sent.end].split()[:1] in (
                ["الذي"],
                ["التي"],
                ["الذين"],
            ):
                src_end = after  # "بحسب الوزير، الذي أضاف ...": the relative clause is not the source
            nxt = text[after + 1 : sent.end].split()[:1] if after is not None else []
            if (
                after is not None
                and nxt
                and src_end > after
                and (cue_of(nxt[0]) or NARRATIVE_VERB_RE.match(nxt[0]))
            ):
                src_end = after  # "وفق ما نقل مراسلنا، وقالت مصادر ...": a new clause after the source
        maker = MADE_BY_RE.match(text, src_start, src_end)
        if maker is not None:
            # "بحسب محاكاة أجراها الجيش مؤخراً": the body that made the study speaks.
            src_start = maker.end()
            if text[src_start] in QUOTE_CHARS:
                close = next((j for j in range(src_start + 1, src_end) if text[j] in QUOTE_CHARS), None)
                src_end = close + 1 if close is not None else src_end
            else:
                src_end = np_then_object(text, src_start, src_end)
        if (
            not at_start
            and "نقلا" in m.group("cue")
            and cue_of((text[content[0] : content[1]].split() or [""])[0])
            and COMP_RE.search(text, m.end(), sent.end)
        ):
            continue  # "أفادت الصحيفة، اليوم، نقلاً عن مصادر أنّ": the verb's relay, its own statement
        if not at_start and word_count(text, *content) <= 7 and _CAME_RE.match(text, *content):
            continue  # "وجاء ذلك على لسان X": how a statement came, the statement is elsewhere
        src_end = _before_quoted_reason(text, src_start, src_end)
        src_comma = first_comma(text, src_start, src_end)
        relay_end = src_end
        if src_comma is not None and not text[src_comma + 1 : src_end].lstrip().startswith(
            ("عن ", "نقلا عن ")
        ):
            relay_end = src_comma  # "بحسب المجلة، انخفاض ...، وتخلي الدولة عن ...": no relay past the comma
        via, s0 = relay_source(text, src_start, relay_end)
        src = text[s0:src_end].strip(" ،,.")
        if (
            len(src.split()) > 1
            and SELF_SOURCE_RE.match(src.split()[0])
            and src.split()[1].startswith(("فان", "ان"))
        ):
            src = src.split()[0]  # "بحسب قولها فإنها ...": the pronoun's own words, then the content
        if SELF_SOURCE_RE.match(src) and word_count(text, content[0], content[1]) >= 2:
            yield Candidate(
                "according-to:" + m.group("cue").strip(), (m.start(), m.end()), content, None, pronoun=True,
                confidence=0.7, boundary=boundary, content_first=not at_start,
            )  # fmt: skip
            continue
        first = src.split()[0].strip('"«“”') if src.split() else ""
        verb = m.group("verb")
        cue = cue_of(verb) if verb and not first and at_start else None
        if cue is not None:
            # "وبحسب ما أردفت، دان بايدن ...": the verb's own subject, named before, speaks on.
            yield Candidate(
                "according-to:" + m.group("cue").strip(), (m.start(), m.end()), content, None, pronoun=True,
                gender=cue_gender(verb.removeprefix("و").removeprefix("ف"), cue), confidence=0.7,
                boundary=boundary,
            )  # fmt: skip
            continue
        if not first or first in NOT_SOURCE or first[0].isdigit() or _norm_head(first):
            continue
        if NOT_SPEAKER_RE.match(first) and not lone_document:
            continue  # figures speak only for a publisher the text named ("وبحسب البيانات، ...")
        slot = parse_slot(text, s0, src_end)
        if slot is None or word_count(text, content[0], content[1]) < 2:
            continue
        yield Candidate(
            "according-to:" + m.group("cue").strip(), (m.start(), m.end()), content, slot, via=via,
            confidence=0.8, boundary=boundary, content_first=not at_start,
        )  # fmt: skip


# "وفقاً للاتفاق", "وفق الأسلوب الذي ...", "وفقاً للعادات التركية", "وفقاً لجدول زمني": in
# accordance with a rule, a plan, a custom or a manner, which says nothing (the bare nouns, folded;
# not "اليه", which is also "إليه").
_NORM_NOUNS = frozenset({w.removeprefix("ال") for w in NOT_SOURCE if w != "الاليه"} | {
    "اتفاقات", "اتفاقيات", "عادات", "تقاليد", "اعراف", "عرف", "اسلوب", "منطق", "ملحق", "بروتوكول",
    "معاهده", "ميثاق", "مبادي", "مبدا", "احكام", "شريعه", "نهج", "قوانين", "دساتير", "خطط",
})  # fmt: skip


def _norm_head(word: str) -> bool:
    """Whether the source word (maybe after "ل"/"لل"/"ال") is a rule, plan, custom or manner."""
    for lead in ("لل", "ال", "ل"):
        if word.startswith(lead) and word[len(lead) :] in _NORM_NOUNS:
            return True
    return word in _NORM_NOUNS


def _before_quoted_reason(text: str, start: int, end: int) -> int:
    """ "بحسب بو عسكر "بسبب النقص في التواقيع"": a quotation that opens with a preposition or a
    complementiser after the source goes on with the content; a quoted name ("تنسيقية "لجان
    المقاومة"") belongs to the source."""
    for i in range(start, end):
        if text[i] in QUOTE_CHARS:
            quoted = text[i + 1 : end].split()[:1]
            if text[start:i].strip() and quoted and quoted[0] in _CONTENT_OPENERS:
                return i
            break
    return end


# Words that open a content, never a name: "بسبب", prepositions, complementisers.
_CONTENT_OPENERS = frozenset(
    {"بسبب", "لان", "حيث", "في", "من", "علي", "الي", "عن", "ان", "بان", "انه", "انها"}
)


def _topic_start(text: str, c0: int, boundary: int) -> int | None:
    """Where the bare topic before an according-to aside starts: the clause's first words, or
    the last clause of a longer sentence when "و" and a definite noun open it; None when the
    words before the aside are more than a topic."""
    start = c0
    if word_count(text, start, boundary) > 3:
        comma = max(text.rfind("،", c0, boundary), text.rfind(",", c0, boundary))
        if comma < 0 or not text[comma + 1 : boundary].lstrip().startswith("وال"):
            return None
        start = comma + 1
        if word_count(text, start, boundary) > 3:
            return None
    while start < boundary and text[start] == " ":
        start += 1
    if text.startswith(("وال", "وهذ", "وذلك", "وتلك"), start):
        start += 1  # the conjunction links the clause to the narration
    if (
        not text.startswith(("ال", "هذ", "ذلك", "تلك"), start)
        or text.startswith(("التي ", "الذي ", "الذين "), start)
        or ACCORDING_ASIDE_RE.search(text, start, boundary)
    ):
        return None  # an adverbial ("وعلى الأرجح") or another aside, not a definite topic
    return start


def _lead_source(text: str, src_start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where the source of a sentence-initial according-to ends and its content starts:
    "وبحسب الوزارة، ..." (the comma), "وبحسب المتحدث فلان فإنّ ..." (the fa-complementiser),
    "وبحسب محللين مثل فلان، رئيس قسم ...، فإنّ ..." (an apposition, then "فإنّ")."""
    comma = first_comma(text, src_start, end)
    if comma is not None and text[comma + 1 : end].lstrip().startswith("عن "):
        # "وبحسب ما نقلته الصحيفة، عن مسؤول في الإدارة، فإنه ...": the relay goes on.
        comma = first_comma(text, comma + 1, end)
    if comma is not None:
        nxt = first_comma(text, comma + 1, end)
        seg = text[comma + 1 : nxt].strip() if nxt is not None else ""
        if seg and seg[0] in QUOTE_CHARS and seg[-1] in QUOTE_CHARS and len(seg.split()) <= 4:
            comma = nxt  # 'ووفق معطيات الوحدة في الشركة، "نوفا"، ...': the name in apposition
    fa = FA_COMP_RE.search(text, src_start, end)
    if fa is not None and (
        comma is None or fa.start() < comma or word_count(text, src_start, fa.start()) <= 14
    ):
        # "وفق ما ذكرته الوكالة فإنه لم يردّ الوزير، فلان، ...": the source ends at "فإنّ" even
        # when the content has commas of its own.
        src_end = comma if comma is not None and comma < fa.start() else fa.start()
        cm = COMP_RE.match(text, fa.end())
        if cm is None and text.startswith("فقد", fa.end()):
            return src_end, (fa.end() + 3, end)
        return src_end, (cm.end() if cm else fa.end(), end)
    if comma is None:
        return None
    pos = comma + 1
    for a, b in comma_segments(text, pos, end):
        if ADVERBIAL_START_RE.match(text[a:b]) and word_count(text, a, b) <= 4:
            pos = b + 1
            continue
        pos = a
        break
    cm = COMP_RE.match(text, pos)
    return comma, (cm.end() if cm else pos, end)


def _aside_of_verb(ctx: Context, boundary: int, src_start: int) -> bool:
    """An according-to phrase set between a cue verb's subject and its complementiser."""
    text, sent = ctx.text, ctx.sentence
    if not any(sent.start <= v.start() < boundary for v in ctx.verbs):
        return False
    comma = first_comma(text, src_start, sent.end)
    if comma is None:
        return False
    pos = comma + 1
    while pos < sent.end and text[pos] == " ":
        pos += 1
    if COMP_RE.match(text, pos) is not None:
        return True
    # "وأكد السفير، وفق ما ذكرت الوكالة، أهمية ...": the verb opens the sentence, its short
    # subject precedes the aside and its object follows it.
    for v in ctx.verbs:
        if sent.start <= v.start() < boundary:
            lead = LEAD_CONNECTOR_RE.match(text, sent.start, v.start())
            head = text[lead.end() if lead else sent.start : v.start()].strip(" ،,")
            return (
                not head
                and 1 <= word_count(text, v.end(), boundary) <= 6
                and word_count(text, pos, sent.end) >= 3
            )
    return False


#: What a came-in cue holds: the chain runs the strategy only where one occurs.
CAME_IN_WORDS = ("جاء", "ورد", "مفاد")


def came_in(ctx: Context) -> Iterator[Candidate]:
    """ "وجاء في بيان للوزارة أن ...": the document's author speaks; "وجّه رسالةً، جاء فيها:
    ..." and "رسالةً مفادها: ...": the sender of the message the clause names."""
    text, sent = ctx.text, ctx.sentence
    for m in MESSAGE_SAYS_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        intro = find_intro(text, m.end(), sent.end, None)
        if intro is None or text[m.end() : intro[0]].strip(" ،,"):
            continue
        messages = list(MESSAGE_NOUN_RE.finditer(text, max(sent.start, m.start() - 60), m.start()))
        if not messages:
            continue  # "انطباعاً مفاده أن", "تقديرات، مفادها أنّ": the gist of no one's message
        # The clause that sends the message (the one named last) starts at the comma before it,
        # and a verb of sending opens it ("ووجّه فلان رسالةً", "وأصدرت الوزارة بياناً"); "كان
        # رسالةً من الأمة مفادها" inside someone's content is no message of theirs.
        start = messages[-1].start()
        comma = max(text.rfind("،", sent.start, start), text.rfind(",", sent.start, start))
        if not SENDING_VERB_RE.search(text, comma + 1 if comma > sent.start else sent.start, start):
            continue
        yield Candidate(
            "came-in", (m.start(), m.end()), (intro[1], sent.end), None, same_as_clause=True,
            confidence=0.7, boundary=comma if comma > sent.start else m.start() - 1,
        )  # fmt: skip
    for m in CAME_IN_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        intro = find_intro(text, m.end(), sent.end, None)
        if intro is None:
            # 'وجاء في بيانٍ "تنفي القيادة ..."': the quotation right after the document.
            quote = m.end() + len(text[m.end() : sent.end]) - len(text[m.end() : sent.end].lstrip(" ،,:"))
            if quote < sent.end and text[quote] in QUOTE_CHARS:
                intro = (quote, quote)
        if intro is None or word_count(text, m.end(), intro[0]) > 8:
            continue
        slot_text = text[m.end() : intro[0]].strip(" ،,")
        slot = None
        if slot_text:
            start = text.find(slot_text, m.end())
            # "في بيان للحركة", "في بيان لحزب الله": the lam of the genitive is not the name's.
            lam = slot_text.startswith("ل") and (
                slot_text.startswith("لل")
                or bool(ORG_RE.match(slot_text[1:]) or MEDIA_RE.match(slot_text[1:]))
            )
            offset = 1 if lam else 0
            slot = parse_slot(text, start + offset, start + len(slot_text))
        yield Candidate(
            "came-in", (m.start(), m.end()), (intro[1], sent.end), slot, pronoun=slot is None,
            confidence=0.75, boundary=clause_boundary(text, sent.start, m.start()),
        )  # fmt: skip


def _skip_lead_asides(text: str, start: int, end: int) -> int:
    """Move a content-first start past "وخلال الاتصال، في 12 من شباط،" and "يشار إلى أن"."""
    pos = start
    for a, b in comma_segments(text, start, end):
        seg = text[a:b]
        if (KNOWN_ADVERBIAL_LEAD_RE.match(seg) or ADVERBIAL_START_RE.match(seg)) and word_count(
            text, a, b
        ) <= 6:
            pos = b + 1
            continue
        if pos > start and seg.startswith(("وهو ", "وهي ")) and word_count(text, a, b) <= 6:
            pos = b + 1  # "واستكمالاً للكمين، وهو المعدّ مسبقاً،": a note on the lead's noun
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


#: The nouns of saying NOUN_CUE_RE reads: the chain runs the strategy only where one occurs.
VERBAL_NOUN_WORDS = ("تاكيد", "اعلان", "تحذير", "اعتبار", "تشديد")


def verbal_noun(ctx: Context) -> Iterator[Candidate]:
    """ "وأوردت تأكيد محللين أنّ ..." / "على خلفية إعلان مايلي أنّه ...": a noun of saying."""
    text, sent = ctx.text, ctx.sentence
    for m in NOUN_CUE_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()):
            continue
        slot = parse_slot(text, m.start("np"), m.end("np"))
        if slot is None or not source_like(text[m.start("np") : m.end("np")]):
            continue
        # "، وذلك على خلفية إعلان X أن": the clause opens at the comma a few words back.
        comma = max(text.rfind("،", sent.start, m.start()), text.rfind(",", sent.start, m.start()))
        boundary = comma if comma >= 0 and word_count(text, comma, m.start()) <= 5 else None
        yield Candidate(
            "verbal-noun:" + m.group("noun"), (m.start("noun"), m.end("noun")), (m.end(), sent.end), slot,
            confidence=0.55, boundary=boundary,
        )  # fmt: skip


# "...، مع تأكيده على أنّ ...", "إضافةً إلى تأكيدها": a noun of saying with the speaker's pronoun
# after "with" or "besides"; like a participle, it opens a second statement by the clause's speaker.
_WITH_SAYING_RE = re.compile(
    r"(?<!\w)(?:و)?(?:مع|(?:بال)?اضافه\s+الي|فضلا\s+عن)\s+(?P<noun>(?P<stem>تاكيد|تشديد|تحذير)(?P<suffix>ه|ها|هم|هما))(?!\w)\s*"
    r"(?:(?:علي|من)\s+)?(?:(?:ب)?ان(?:ه|ها|هم|هما)?(?!\w)\s*)?"
)
_WITH_SAYING_LEMMAS = {"تاكيد": "أكد", "تشديد": "شدد", "تحذير": "حذّر"}
#: The chain runs the strategy only where one of these nouns occurs.
WITH_SAYING_WORDS = tuple(_WITH_SAYING_LEMMAS)
_SUFFIX_GENDERS = {"ه": "m", "ها": "f", "هم": "p", "هما": "p"}


def with_saying(ctx: Context) -> Iterator[Candidate]:
    """ "...، مع تأكيده على أنّ الدولة صاحبة الولاية": the clause's speaker says more."""
    text, sent = ctx.text, ctx.sentence
    for m in _WITH_SAYING_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()) or m.start() == sent.start or word_count(text, m.end(), sent.end) < 2:
            continue
        comma = text.rfind("،", sent.start, m.start())
        boundary = comma if comma >= 0 and not text[comma + 1 : m.start()].strip() else m.start() - 1
        yield Candidate(
            "with-noun:" + _WITH_SAYING_LEMMAS[m.group("stem")], (m.start("noun"), m.end("noun")),
            (m.end(), sent.end), None, same_as_clause=True, gender=_SUFFIX_GENDERS[m.group("suffix")],
            confidence=0.65, boundary=boundary,
        )  # fmt: skip


#: The chain runs the as-said strategy only where "كما" occurs.
AS_SAID_WORDS = ("كما",)


def as_said(ctx: Context) -> Iterator[Candidate]:
    """ "حركة حماس لن تشارك في القمة، كما أعلنت هذا الأسبوع": the clause before is credited."""
    text, sent = ctx.text, ctx.sentence
    for m in AS_SAID_RE.finditer(text, sent.start, sent.end):
        if ctx.in_quote(m.start()) or not is_verb(m.group("verb")):
            continue
        form = m.group("verb")
        form = form[1:] if form[:1] in "وف" and form[1:] in FORM_TO_CUE else form
        cue = FORM_TO_CUE.get(form)
        if cue is None:
            continue
        lead = LEAD_CONNECTOR_RE.match(text, sent.start)
        c0 = lead.end() if lead else sent.start
        content = (c0, m.start())
        head = text[c0 : m.start()]
        rest_end = first_comma(text, m.end(), sent.end) or sent.end
        if KNOWN_ADVERBIAL_LEAD_RE.match(head) or ADVERBIAL_START_RE.match(head):
            # "وبعد أشهر على الوعد، تولى نتنياهو الحكومة، كما أوردت الصحيفة": a clause after
            # the lead is what was reported; a lead alone before the aside is not.
            comma = first_comma(text, c0, m.start())
            if comma is None or word_count(text, comma + 1, m.start()) < 3:
                continue
        if word_count(text, *content) < 3:
            if rest_end == sent.end or word_count(text, rest_end, sent.end) < 3:
                continue
            # "ويأتي الاجتماع، كما أشارت بلومبرغ، في أعقاب ...": the aside splits one claim.
            content = (c0, sent.end)
        slot = parse_slot(text, m.end(), rest_end) if text[m.end() : rest_end].strip(" ،,.") else None
        if slot is None:
            # No subject after the verb: the subject of the clause before said it,
            # when that clause opens with a source ("حركة حماس لن تشارك ...، كما أعلنت").
            stop = np_then_object(text, c0, m.start())
            if stop > c0 and source_like(text[c0:stop], strict=True):
                slot = parse_slot(text, c0, stop)
        elif not source_like(text[slot.mention[0] : slot.mention[1]]):
            continue
        if slot is None:
            continue
        yield Candidate(
            f"as-said:{cue.lemma}", (m.start(), m.end()), content, slot, gender=cue_gender(form, cue),
            confidence=0.6, boundary=sent.start, content_first=True,
        )  # fmt: skip
