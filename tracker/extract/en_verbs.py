"""The reporting-verb rule of the English extractor: "X said (that) C", "C, X said",
'"Q," said X', "X, the Y of Z, said", split quotes, "The test, X said, was ...", "X praised
Y and said C", and progressive cues ("X is saying C"); participles (", adding that C") are
in :mod:`.en_participles`, subject finding in :mod:`.en_subjects`.

No tagger: the subject is walked leftwards from the verb (:mod:`.en_phrases`), hearers and
adverbials after it are skipped ("told Reuters on Tuesday that"), and which side of the
verb holds the content is read from the punctuation around it.
"""

from __future__ import annotations

from tracker.extract.en_frame import Frame, count_words, mention_of, span_of, trim
from tracker.extract.en_lexicon import ALL_PRONOUNS
from tracker.extract.en_nouns import summary_subject
from tracker.extract.en_objects import contact_relative
from tracker.extract.en_participles import participle_frame, quoted_as_saying
from tracker.extract.en_phrases import (
    Cue,
    appositive_left,
    is_passive_or_noun,
    skip_aux_left,
    walk_left,
    walk_right,
)
from tracker.extract.en_resources import (
    ADVERBIAL_OPENERS,
    APPROXIMATORS,
    AUXILIARIES,
    CLAUSE_MARKERS,
    CLAUSE_OPENERS,
    COORDINATED_CUES,
    CUE_BLOCKING_NEXT,
    CUE_WORDS,
    DETERMINERS,
    FINITE_AUX,
    HEARER_VERBS,
    MODALS,
    NAMING_CUES,
    PARTICIPLE_OPENERS,
    PROMISE_VERBS,
    RESPONSE_VERBS,
    SOURCE_PHRASES,
    SPECULATIVE_MODALS,
    STRANDING_NEXT,
    SUBJECT_PREPOSITIONS,
    SUBORDINATORS,
    VERDICT_CUES,
    WARNING_VERBS,
    WEAK_CUES,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_subjects import (
    adverbial_start,
    inside_reduced_relative,
    modal_before,
    name_before_relative,
    names_something,
    plausible_subject,
    progressive_aux,
    quantity,
    relative_antecedent,
    right_is_adverbial,
    sentence_subject,
    skip_hearer_and_adverbials,
    that_or_quote,
)
from tracker.extract.en_text import QUOTED, Sentence, Token


def rule_reporting_verb(text: str, sent: Sentence, cues: list[Cue], used: set[int]) -> list[Frame]:
    toks = sent.tokens
    out: list[Frame] = []
    for cue in cues:
        if cue.first in used or cue.words in SOURCE_PHRASES or is_passive_or_noun(toks, cue):
            continue
        if cue.words[0] in NAMING_CUES and len(cue.words) == 1 and not names_something(toks, cue.last + 1):
            continue  # "called the police", "a group called Veterans": no verdict is given
        if cue.head in {"charge", "charges"} and not that_or_quote(toks, cue.last + 1):
            continue  # "charges a fee": the present forms report only as "charges that ..."
        if cue.head in _KEEP_VERBS and _kept_object(toks, cue.last + 1):
            continue  # "maintains a program", "maintained its lead": keeping, not claiming
        if contact_relative(toks, cue):
            continue  # "the target it pledged to reach in Paris": about the noun, no claim
        if len(cue.words) > 1 and cue.words[-1] in CUE_BLOCKING_NEXT and _stranded(toks, cue.last + 1):
            continue  # "the examples critics point to as proof": the object is elsewhere
        progressive = progressive_aux(toks, cue)
        if progressive is not None:
            # "The council is saying that ...", "Smith was telling reporters ...": a finite verb.
            frame = _verb(text, sent, cue, progressive)
        elif cue.head.endswith("ing"):
            frame = participle_frame(text, sent, cue, out)
        else:
            frame = _verb(text, sent, cue)
        if frame is None:
            continue
        if frame.method == "verb_relative":
            # "Olsen, who called the ruling a disgrace, said she would appeal": the relative
            # clause ends at the comma before the sentence's own verb.
            for later in cues:
                comma = skip_aux_left(toks, later.first)
                if (
                    later.first > cue.last
                    and toks[comma].text == ","
                    and frame.content[0] < toks[comma].start < frame.content[1]
                ):
                    frame.content = trim(text, frame.content[0], toks[comma].start)
                    break
            else:
                # "Ann Lee, who said the bridge was safe, resigned": so does the last comma
                # before a verb with no subject of its own (the sentence's predicate).
                commas = [
                    k
                    for k in range(cue.last + 2, len(toks) - 1)
                    if toks[k].text == "," and frame.content[0] < toks[k].start < frame.content[1]
                ]
                nxt = toks[commas[-1] + 1] if commas else None
                if (
                    nxt is not None
                    and nxt.text.islower()
                    and (nxt.low.endswith("ed") or nxt.low in FINITE_AUX)
                ):
                    frame.content = trim(text, frame.content[0], toks[commas[-1]].start)
        if cue.head in WEAK_CUES and not sent.quotes and frame.method != "verb_that":
            continue
        before = toks[cue.first - 1].low if cue.first else ""
        # Most cues follow their subject directly: the look-back runs only after an auxiliary.
        modal = modal_before(toks, cue.first) if before in AUXILIARIES or before.endswith("ly") else None
        if modal is not None and (
            (modal in SPECULATIVE_MODALS and frame.method == "verb")
            or any(f.content[0] <= toks[cue.first].start < f.content[1] for f in out)
        ):
            # "The endorsements may highlight ...", "leaders could call on ...": speculation,
            # not a report; "Reyes said the city would declare ...": what Reyes said.
            continue
        if cue.words[0] in NAMING_CUES and len(cue.words) == 1:
            # A verdict by naming ("Critics call it a 'tax grab'"): borderline speech, kept
            # for the reviewer with a low confidence.
            frame.method, frame.confidence = "verb_naming", 0.5
        elif cue.head in VERDICT_CUES and len(cue.words) == 1:
            frame.method, frame.confidence = "verb_verdict", 0.5
        if cue.head == "quoted" and frame.method == "verb":
            frame = quoted_as_saying(text, toks, cue, frame)
        if frame.method == "verb_coordinated" and out:
            prev = out[-1]
            and_start = toks[skip_aux_left(toks, cue.first)].start
            if prev.content[0] < and_start < prev.content[1]:
                # "Merrow says A and said B": A ends where the second report begins.
                prev.content = trim(text, prev.content[0], and_start)
        out.append(frame)
    return out


def _base_verb_like(tok: Token) -> bool:
    """Whether a word after "to" may be an infinitive's verb ("to cut", "To Eliminate"): not a
    determiner, a pronoun or a plural noun ("to a crowd", "to them", "to voters")."""
    low = tok.low
    return (
        tok.text.isalpha()
        and low not in DETERMINERS
        and low not in ALL_PRONOUNS
        and low not in {"them", "him", "me", "us"}
        and (not low.endswith("s") or low.endswith("ss"))
    )


def _stranded(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the preposition ending a cue before token ``k`` has no object after it."""
    return k >= len(toks) or toks[k].low in STRANDING_NEXT or not toks[k].text[:1].isalnum()


def _verb(text: str, sent: Sentence, cue: Cue, aux: int | None = None) -> Frame | None:
    toks = sent.tokens
    j = skip_aux_left(toks, cue.first if aux is None else aux)
    appositive = None
    if j > 0 and toks[j].text == ")":
        # "Rep. Stephen Lynch (D-Mass.) said": the party tag is a role, the name is before it.
        k = j
        while k > 0 and toks[k].text != "(":
            k -= 1
        if toks[k].text == "(" and k > 0:
            appositive = text[toks[k].start : toks[j].end]
            name_start = walk_left(toks, k - 1, sent.quotes)
            if name_start is not None:
                return _with_subject(
                    text, sent, cue, mention_of(toks, name_start, k - 1), name_start, appositive
                )
    relative = relative_antecedent(toks, j)
    if relative is not None:
        # "..., said Mr. Kamin, who emphasized that C", "McConnell, now the majority leader,
        # who in 2010 said C": the relative clause speaks for the name it follows.
        speaker, who = relative
        frame = _with_subject(text, sent, cue, speaker, who + 1, None)
        if frame is not None:
            frame.method, frame.confidence = "verb_relative", 0.7
        return frame
    np_start = walk_left(toks, j, sent.quotes) if j >= 0 else None
    if np_start is not None and np_start >= 2 and toks[np_start - 1].low == "who":
        # "a senior official who spoke on condition of anonymity said": the relative clause
        # is not the subject; the noun phrase before "who" is.
        head_start = walk_left(toks, np_start - 2, sent.quotes)
        if head_start is not None:
            appositive = text[toks[np_start - 1].start : toks[j].end]
            speaker = mention_of(toks, head_start, np_start - 2)
            return _with_subject(text, sent, cue, speaker, head_start, appositive)
    if np_start is None and j >= 0 and toks[j].text == ",":
        opening = name_before_relative(toks, j)
        if opening is not None:
            # "Dana Rawl, 59, of Ashton, Md., who watched the ceremony, said ...": the name
            # opening the sentence, past its appositives and relative clause.
            name_end = opening
            appositive = text[toks[name_end + 1].end : toks[j].start].strip(" ,") or None
            return _with_subject(text, sent, cue, mention_of(toks, 0, name_end), 0, appositive)
        app = appositive_left(toks, j, sent.quotes)
        if app is not None:
            name_start, name_end, app_start, app_end, phrase_start = app
            appositive = text[toks[app_start].start : toks[app_end].end]
            speaker = mention_of(toks, name_start, name_end)
            return _with_subject(text, sent, cue, speaker, phrase_start, appositive)
    if (
        np_start is None
        and j > 0
        and toks[j].low in {"and", "but"}
        and cue.first - j <= 3
        and cue.head in COORDINATED_CUES
    ):
        # "Benning praised the workers and said the plant would stay": the sentence's subject.
        subject = sentence_subject(toks, j)
        if subject is not None:
            k = next(n for n, t in enumerate(toks) if t.start == subject.start)
            frame = _with_subject(text, sent, cue, subject, k, None)
            if frame is not None and frame.content[0] >= toks[cue.last].end:
                frame.method = "verb_coordinated"
                frame.confidence = 0.7
                return frame
        return None
    if np_start is not None and np_start > 0 and toks[np_start - 1].low in {"what", "whatever", "how", "why"}:
        return None  # "What he said was unclear": a noun clause, not a report
    if np_start is not None and toks[np_start].low in SUBJECT_PREPOSITIONS:
        # "In a radio interview Pardo declared": the walk took in the adverbial; the name
        # (a capitalised run reaching the verb) is the subject.
        k = j
        while k > np_start and toks[k - 1].text[:1].isupper():
            k -= 1
        # ... but only a run that reaches the verb: "In a Facebook message posted Friday" is not.
        np_start = k if toks[j].text[:1].isupper() and k > np_start else None
    if np_start is not None and plausible_subject(toks[np_start : j + 1]):
        inner = summary_subject(toks, np_start, j)
        if inner is not None:
            # "C, something a witness also told the police": the witness speaks; the phrase
            # summing up C still parts the content from the report.
            return _with_subject(text, sent, cue, mention_of(toks, inner, j), np_start, appositive)
        return _with_subject(text, sent, cue, mention_of(toks, np_start, j), np_start, appositive)
    # Inverted: '"...," said Smith, a spokesman.' / 'C, says the ministry.'
    if j >= 0 and toks[j].text in {",", "”", '"', "’", "'"} and cue.head not in HEARER_VERBS:
        if cue.last + 1 < len(toks) and toks[cue.last + 1].low in ADVERBIAL_OPENERS:
            return None  # '"...," said in a phone interview' has lost its subject, not inverted it
        np_end = walk_right(toks, cue.last + 1, sent.quotes)
        if np_end is None or toks[cue.last + 1].low in ALL_PRONOUNS:
            return None  # "China ... said it was opposed": "it" is the content's subject
        if np_end + 1 < len(toks) and (toks[np_end + 1].low in FINITE_AUX or toks[np_end + 1].low in MODALS):
            # 'The group "Moms for Ports" said the bill was weak': the phrase after the cue is
            # the content's subject, not an inverted speaker.
            return None
        content = trim(text, sent.start, toks[j].start if toks[j].text in {",", "—"} else toks[j].end)
        if count_words(text, *content) < 3:
            return None
        end = np_end
        if end + 1 < len(toks) and toks[end + 1].text == ",":
            k = end + 2
            while k < len(toks) and toks[k].text not in {",", ".", ";"}:
                k += 1
            appositive = text[toks[end + 2].start : toks[k - 1].end] if k - 1 >= end + 2 else None
        return Frame(
            mention_of(toks, cue.last + 1, np_end),
            span_of(toks, cue.first, cue.last),
            content,
            span_of(toks, cue.first, len(toks) - 1),
            "verb_inverted",
            0.85,
            appositive,
        )
    return None


#: Verbs that report only with a clause after them: "maintains (that) the bridge is safe".
_KEEP_VERBS = frozenset(["maintain", "maintains", "maintained"])


def _kept_object(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the words at ``k`` are a plain object ("maintains a program"), not a clause
    ("maintains the old bridge is safe": a finite auxiliary or modal among its next few words,
    before any punctuation), a "that", a quotation, an adverbial or nothing (a postposed "C,
    Lee maintains.")."""
    if k >= len(toks) or not toks[k].text[:1].isalnum() or that_or_quote(toks, k) or adverbial_start(toks[k]):
        return False
    for t in toks[k : k + 8]:
        if not t.text[:1].isalnum():
            return True
        if t.text.islower() and t.low in CLAUSE_MARKERS:
            return False
    return True


#: Objects of "say" that report no claim: a quantity of talk, or the talk before it again.
_NO_CONTENT_OBJECTS = (
    ("much", "the", "same", "thing"),
    ("the", "same", "thing"),
    ("much", "the", "same"),
    ("very", "little"),
    ("the", "same"),
    ("a", "lot"),
    ("nothing",),
    ("little",),
    ("much",),
    ("something",),
    ("anything",),
)
_OWNERS = frozenset(["his", "her", "their", "my", "our", "your", "its"])
#: What may follow such an object: its topic or an adverbial, never a verb ("nothing had changed").
_AFTER_NO_CONTENT = frozenset(
    [
        ",",
        ".",
        ";",
        "about",
        "and",
        "but",
        "on",
        "to",
        "in",
        "at",
        "regarding",
        "during",
        "when",
        "before",
        "after",
        "since",
        # "nothing that would ...", "nothing new", "little else": a relative clause or a
        # modifier of the quantity, never a complementiser after an object
        "that",
        "new",
        "else",
        "further",
    ]
)


def _says_no_content(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the object at ``k`` of a "say" is no claim ("said little about the bridge",
    "said the same thing, including ..."): a quantity of talk with a topic or nothing after
    it; "said nothing had changed" is a clause and reports. So is the idiom "said his piece"."""
    if k + 1 < len(toks) and toks[k].low in _OWNERS and toks[k + 1].low == "piece":
        return k + 2 >= len(toks) or toks[k + 2].low in _AFTER_NO_CONTENT
    for words in _NO_CONTENT_OBJECTS:  # longest first: "much the same thing" before "much"
        end = k + len(words)
        if tuple(t.low for t in toks[k:end]) == words:
            return end >= len(toks) or toks[end].low in _AFTER_NO_CONTENT
    return False


def _comma_before_as(text: str, toks: tuple[Token, ...], np_start: int) -> int | None:
    """The comma before "as" (or "just as") right before the subject at ``np_start``, inside a
    closing quotation mark or not ("C, as Lee noted", '"Q," as Lee put it'), else None."""
    k = np_start - 1
    if k < 1 or toks[k].low != "as":
        return None
    k -= 1
    if toks[k].low in {"just", "exactly"} and k > 0:
        k -= 1
    if toks[k].text in {'"', "”", "’", "'"} and k > 0 and toks[k - 1].text == QUOTED:
        # the quotation's words are one placeholder token: its comma is in the text
        return k if text[: toks[k].start].rstrip().endswith(",") else None
    return k if toks[k].text == "," else None


def _with_subject(
    text: str, sent: Sentence, cue: Cue, speaker: Mention, np_start: int, appositive: str | None
) -> Frame | None:
    toks = sent.tokens
    after = skip_hearer_and_adverbials(toks, cue)
    had_that = after > cue.last + 1 and toks[after - 1].low == "that"
    cue_span = span_of(toks, cue.first, cue.last)
    left = trim(text, sent.start, toks[np_start].start)
    before = text[sent.start : toks[np_start].start].rstrip()
    left_ok = count_words(text, *left) >= 3 and before.endswith((",", "—", "”", '"', "''", "―"))
    left_quoted = text[max(left[0] - 1, 0) : left[0] + 1].strip()[:1] in {"“", '"', "'"}
    if not left_ok and left_quoted and before.endswith((",", "”", '"')) and count_words(text, *left) >= 1:
        # '"The bridge," Lee said, "is safe."': a quotation split in the middle of its clause
        # has a short first part; the quotation resuming after the cue's comma (past an
        # adverbial: "Lee said on Monday,") makes it one.
        resumed = next((q for q in sent.quotes if q.open > toks[cue.last].end), None)
        if resumed is not None:
            between = text[toks[cue.last].end : resumed.open].strip()
            left_ok = between.endswith(",") and count_words(text, toks[cue.last].end, resumed.open) <= 4
    if left_ok and not left_quoted and sent.quotes:
        # 'The memo praised her: "Q," the union wrote.': the quotation after the writer's colon
        # is what the cue reports, not the narration before it.
        last = sent.quotes[-1]
        after_colon = text[sent.start : last.open].rstrip().endswith(":")
        if after_colon and left[1] <= last.close <= toks[np_start].start:
            left, left_quoted = trim(text, last.start, last.end), True
    if had_that and left_ok and left_quoted and after > cue.last + 2:
        # '"Q," Merkel told reporters after the meeting that was held ...': a relative "that";
        # a quotation reported after it takes no that-clause.
        had_that = False
    right_start = text[toks[after].start : toks[after].start + 1] if after < len(toks) else ""
    if left_ok and left_quoted and right_start not in {"“", '"', "'"} and not had_that:
        # '"Q," she said, but Kevin was drifting off': a quotation ends the statement unless
        # another quotation picks it up (a split quote).
        resumed = next((q for q in sent.quotes if q.open > cue_span[1]), None)
        if resumed is None or not text[cue_span[1] : resumed.open].rstrip().endswith(","):
            return Frame(
                speaker, cue_span, left, (toks[np_start].start, sent.end), "verb_postposed", 0.85, appositive
            )
    # "Railing against X, Lee vowed to cut taxes": a promise's "to" opens its content, not an
    # adverbial ("said to reporters"), so the narration before the subject is no content.
    promise_to = (
        cue.head in PROMISE_VERBS
        and after + 1 < len(toks)
        and toks[after].low == "to"
        and _base_verb_like(toks[after + 1])
    )
    as_comma = _comma_before_as(text, toks, np_start)
    if (
        as_comma is not None
        and not had_that
        and right_is_adverbial(toks, after)
        # "Members echo her concerns, ..., as a memo put it": the clause reports already
        and not any(t.low in CUE_WORDS and t.text.islower() for t in toks[:as_comma])
    ):
        # "C, as Lee noted.", '"Q," as Lee put it.': the report closing with "as" is postposed.
        comma = toks[as_comma]
        left = trim(text, sent.start, comma.start if comma.text == "," else comma.end)
        if count_words(text, *left) >= 3:
            return Frame(
                speaker, cue_span, left, (toks[np_start].start, sent.end), "verb_postposed", 0.8, appositive
            )
    if not had_that and left_ok and not promise_to and right_is_adverbial(toks, after):
        # Postposed: "C, the minister said on Tuesday." A quotation resuming after the
        # adverbials ('"Q1," he said at a rally in Ohio, "Q2."') makes it a split quote.
        resumed = next((q for q in sent.quotes if q.open > cue_span[1]), None)
        if resumed is not None and text[cue_span[1] : resumed.open].rstrip().endswith(","):
            right_end = trim(text, resumed.start, sent.end)[1]
            return Frame(
                speaker,
                cue_span,
                (left[0], right_end),
                (toks[np_start].start, resumed.open),
                "verb_split",
                0.8,
                appositive,
            )
        return Frame(
            speaker, cue_span, left, (toks[np_start].start, sent.end), "verb_postposed", 0.85, appositive
        )
    if not had_that and left_quoted and right_is_adverbial(toks, after):
        # '"It's heartbreaking," Ryan said. "And this country ..."': a quotation too short to
        # keep unless the next sentence goes on with it (the extractor drops it otherwise); the
        # adverbial after the cue ('"No," Olsen said when asked') is no content either.
        if left[1] <= left[0]:
            return None
        return Frame(
            speaker, cue_span, left, (toks[np_start].start, sent.end), "verb_postposed_short", 0.8, appositive
        )
    if (
        cue.last + 1 < len(toks)
        and not (
            toks[cue.last + 1].low == "of" and after > cue.last + 2 and toks[after - 1].text in {",", ":"}
        )
        and toks[cue.last + 1].low in CUE_BLOCKING_NEXT
        and not (toks[cue.last + 1].low == "to" and (had_that or cue.head in PROMISE_VERBS))
        and not (toks[cue.last + 1].low in APPROXIMATORS and quantity(toks, cue.last + 2))
        # "has responded with attacks on the board": the response is what was said.
        and not (toks[cue.last + 1].low == "with" and cue.head in RESPONSE_VERBS)
        # "warned against hackers from abroad": the warning's object is what was said.
        and not (toks[cue.last + 1].low in {"against", "about"} and cue.head in WARNING_VERBS)
    ):
        return None  # "asked for help", "did not respond to requests", "people accused of"
    right = trim(text, toks[after].start, sent.end) if after < len(toks) else (sent.end, sent.end)
    if count_words(text, *right) < 2:
        if (
            text[cue_span[1] : sent.end].strip().endswith(":")
            and count_words(text, cue_span[1], sent.end) < 8
        ):
            # "He said:" closing a paragraph: the next paragraph is the content.
            return Frame(
                speaker,
                cue_span,
                (sent.end, sent.end),
                (toks[np_start].start, sent.end),
                "verb",
                0.75,
                appositive,
            )
        return None
    if _says_no_content(toks, after):
        # "said little about the bridge", "said the same thing", "has proposed nothing that
        # would ...", "revealed little about the deal": no claim is reported
        return None
    first_word = text[right[0] : right[0] + 20].split()[:1]
    if (
        first_word
        and first_word[0].lower() in {"who", "which", "whom", "and", "or"}
        # "C1, she said, and C2": a parenthetical report the sentence goes on past.
        and not (left_ok and first_word[0].lower() in {"and", "or"} and toks[after].text == ",")
    ):
        # "told a young woman who suggested ...": the hearer's clause, not content; "who said
        # and did the same things": the cue coordinated with a deed, no report.
        return None
    if (
        first_word
        and not had_that
        and first_word[0].lower() in FINITE_AUX
        and (np_start == 0 or toks[np_start - 1].text not in {",", "—"})
        and (np_start == 0 or toks[np_start - 1].low not in {"which", "that", "who", "whom"})
    ):
        # "Everything Krell says is a lie": the cue sits inside the subject. (Not so in
        # "The test, Krell said, was a success" or "donations, which he said were ...".)
        return None
    if (
        first_word
        and not had_that
        and np_start > 0
        and toks[np_start - 1].low in {"which", "who"}
        and (first_word[0].lower() in FINITE_AUX or first_word[0].lower() in MODALS)
    ):
        # "The bridge, which Lee says is safe, was built in 1950": the relative clause's gap
        # clause ends at its closing comma or dash; the sentence's own verb is not reported.
        close = next((k for k in range(after, len(toks)) if toks[k].text in {",", "—", ";"}), None)
        if close is not None:
            right = trim(text, right[0], toks[close].start)
    if first_word and first_word[0].lower().endswith("ing") and first_word[0].lower() in CUE_WORDS:
        return None  # "asked on Friday for the tapes, saying that ...": the participle speaks
    if (
        first_word
        and not had_that
        and (first_word[0].lower() in MODALS or first_word[0].lower() in FINITE_AUX)
        and inside_reduced_relative(toks, cue.first)
    ):
        return None  # "a rule they say could exclude renters": "they say" sits inside the noun phrase
    method = "verb_that" if had_that else "verb"
    content = right
    if (
        first_word
        and not had_that
        and before.endswith(",")
        and not left_quoted
        and count_words(text, *left) >= 2
        and (first_word[0].lower() in FINITE_AUX or first_word[0].lower() in MODALS)
    ):
        # "The latest test, the ministry said, was its biggest yet": the report is parenthetical
        # and the content is the sentence around it.
        return Frame(
            speaker,
            cue_span,
            (left[0], right[1]),
            (toks[np_start].start, toks[after - 1].end if after > cue.last + 1 else cue_span[1]),
            "verb_parenthetical",
            0.75,
            appositive,
        )
    if (
        left_ok
        and not had_that
        and (left_quoted or count_words(text, *left) >= 4)
        and toks[after].low not in CLAUSE_OPENERS
        and toks[after].text == ","  # "C1, X said, C2"; "Asked why, X said C" is not split
        and not (
            toks[0].low in PARTICIPLE_OPENERS
            or toks[0].low in SUBJECT_PREPOSITIONS
            or toks[0].low in SUBORDINATORS
        )
    ):
        # "C1, X said, C2" and split quotes: one statement over both parts.
        content = (left[0], right[1])
        method = "verb_split"
    frame_end = toks[after - 1].end if after > cue.last + 1 else cue_span[1]
    # An opening "On Feb. 6, X said ..." dates the statement too, so the frame starts with the sentence.
    frame_start = sent.start if method != "verb_split" else toks[np_start].start
    return Frame(speaker, cue_span, content, (frame_start, frame_end), method, 0.8, appositive)
