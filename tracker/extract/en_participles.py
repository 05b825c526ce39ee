"""Participle cues of the English extractor: ", adding that C", ", even suggesting C",
"Citing C, X ...", and 'footage of X asking, "Q"'.

A participle speaks for the statement just before it in the sentence, or else for the
sentence's subject (:func:`.en_subjects.sentence_subject`).
"""

from __future__ import annotations

from tracker.extract.en_frame import Frame, count_words, mention_of, span_of, trim
from tracker.extract.en_lexicon import NOT_NAMES
from tracker.extract.en_phrases import Cue, walk_right
from tracker.extract.en_resources import MEDIUM_NOUNS, OPENING_PARTICIPLES, PROGRESSIVE_ADVERBS
from tracker.extract.en_subjects import adverbial_start, sentence_subject, skip_hearer_and_adverbials
from tracker.extract.en_text import Sentence

#: Words that may open a sentence before its participle: "After saying C, she ...".
_TIME_SUBORDINATORS = frozenset(["after", "before", "while", "since"])


def participle_frame(text: str, sent: Sentence, cue: Cue, earlier: list[Frame]) -> Frame | None:
    """ ", adding that ..." continues the previous statement's speaker with a new content."""
    toks = sent.tokens
    if cue.first == 0 or (cue.first == 1 and toks[0].low in _TIME_SUBORDINATORS):
        # "Citing C, X ...", "After saying C, X ...": the subject after the comma speaks.
        return opening_participle(text, sent, cue)
    j = cue.first - 1
    opening = _quote_after(toks, cue.last + 1)
    if toks[j].text[:1].isupper() and toks[j].low not in NOT_NAMES and opening is not None:
        # 'footage of Ada Krell asking, "Why ..."', '... Krell saying at a rally, "We ..."': the
        # name right before speaks.
        k = j
        while k > 0 and toks[k - 1].text[:1].isupper():
            k -= 1
        content = trim(text, toks[opening].start, sent.end)
        if count_words(text, *content) >= 3:
            return Frame(
                mention_of(toks, k, j),
                span_of(toks, cue.first, cue.last),
                content,
                span_of(toks, k, cue.last),
                "participle_named",
                0.65,
            )
    while j > 0 and toks[j].low in PROGRESSIVE_ADVERBS:
        j -= 1  # ", even suggesting that ...", ", again insisting ..."
    if (
        toks[j].low in MEDIUM_NOUNS
        and earlier
        and toks[cue.last + 1 : cue.last + 2]
        and (toks[cue.last + 1].low == "that")
    ):
        # '"...," she said at a news conference announcing that C': the same speaker says C.
        prev = earlier[-1]
        that_content = trim(text, toks[cue.last + 2].start, sent.end) if cue.last + 2 < len(toks) else None
        if that_content is not None and count_words(text, *that_content) >= 3:
            if prev.content[0] < toks[j].start < prev.content[1]:
                prev.content = trim(text, prev.content[0], toks[j].start)
            return Frame(
                prev.speaker,
                span_of(toks, cue.first, cue.last),
                that_content,
                span_of(toks, cue.first, cue.last + 1),
                "participle_medium",
                0.7,
                prev.appositive,
            )
    # "aside from saying C" speaks like ", saying C".
    aside = j > 0 and toks[j].low == "from" and toks[j - 1].low in {"aside", "apart"}
    if j < 0 or (
        toks[j].text != "," and toks[j].low not in {"and", "while", "before", "after", "by"} and not aside
    ):
        return None
    if cue.head in {
        "citing",
        "contending",
        "alleging",
        "recalling",
        "conceding",
        "admitting",
        "boasting",
        "reiterating",
        "maintaining",
        "countering",
        "saying",
        "adding",
        "noting",
        "arguing",
        "warning",
        "claiming",
        "insisting",
        "telling",
        "writing",
        "explaining",
        "stressing",
        "asserting",
        "acknowledging",
        "suggesting",
        "declaring",
        "predicting",
        "stating",
        "pointing",
        "asking",
        "emphasizing",
        "emphasising",
        "describing",
        "accusing",
        "denying",
        "complaining",
        "announcing",
        "promising",
        "vowing",
    }:
        start = skip_hearer_and_adverbials(toks, cue)
        if start >= len(toks):
            return None
        content = trim(text, toks[start].start, sent.end)
        if count_words(text, *content) < 3:
            return None
        if earlier:
            prev = earlier[-1]
            cut = trim(text, prev.content[0], toks[j].start)
            if prev.content[0] < toks[cue.first].start < prev.content[1] and cut[1] > cut[0]:
                prev.content = cut
            return Frame(
                prev.speaker,
                span_of(toks, cue.first, cue.last),
                content,
                span_of(toks, cue.first, max(cue.last, start - 1)),
                "participle",
                0.75,
                prev.appositive,
            )
        return Frame(
            sentence_subject(toks, cue.first),
            span_of(toks, cue.first, cue.last),
            content,
            span_of(toks, cue.first, max(cue.last, start - 1)),
            "participle",
            0.6,
        )
    return None


def _quote_after(toks: tuple, i: int) -> int | None:
    """Index of the quotation mark in ', "' right at ``i`` or after a few adverbial words
    ("saying during the debate last week, "...")."""
    if i < len(toks) and toks[i].text != "," and not adverbial_start(toks[i]):
        return None
    for k in range(i, min(i + 9, len(toks) - 1)):
        if toks[k].text == ",":
            return k + 1 if toks[k + 1].text in {'"', "“"} else None
        if toks[k].text in {'"', "“", "”", ".", ";", ":"}:
            return None
    return None


def opening_participle(text: str, sent: Sentence, cue: Cue) -> Frame | None:
    """ "Citing an unfounded theory, Pardo accused ...": the participle's content runs to the
    comma, and the subject after it is the speaker."""
    toks = sent.tokens
    if cue.head not in OPENING_PARTICIPLES:
        return None
    # The comma may sit inside a closing quotation: 'After saying it was "so swollen," she ...'.
    comma = next(
        (
            k
            for k in range(cue.last + 1, min(len(toks), cue.last + 30))
            if toks[k].text == "," or (toks[k].text in {"”", '"'} and text[toks[k].start - 1] == ",")
        ),
        None,
    )
    if comma is None or comma + 1 >= len(toks):
        return None
    subject = sentence_subject(toks[comma + 1 :], len(toks) - comma - 1)
    if subject is None:
        return None
    # A comma inside the closing quotation: the quotation ends the content, marks and all.
    content_end = toks[comma].start if toks[comma].text == "," else toks[comma].end
    content = trim(text, toks[cue.last + 1].start, content_end)
    if count_words(text, *content) < 2:
        return None
    return Frame(
        subject,
        span_of(toks, cue.first, cue.last),
        content,
        (subject.start, subject.end),
        "participle_opening",
        0.6,
    )


def quoted_as_saying(text: str, toks: tuple, cue: Cue, frame: Frame) -> Frame:
    """ "The Gazette quoted Olsen as saying the port ...": Olsen speaks, relayed by the Gazette."""
    np_end = walk_right(toks, cue.last + 1, ())
    if np_end is None or np_end + 2 >= len(toks) or toks[np_end + 1].low != "as":
        return frame
    if toks[np_end + 2].low not in {"saying", "telling", "stating", "writing"}:
        return frame
    start = np_end + 3
    if start < len(toks) and toks[start].low == "that":
        start += 1
    if start >= len(toks):
        return frame
    content = trim(text, toks[start].start, toks[-1].end)
    if count_words(text, *content) < 2:
        return frame
    return Frame(
        mention_of(toks, cue.last + 1, np_end),
        frame.cue,
        content,
        frame.frame,
        "verb_quoted_as",
        0.75,
        None,
        frame.speaker,
    )
