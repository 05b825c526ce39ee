"""The reporting-verb rule of the English extractor: "X said (that) C", "C, X said",
'"Q," said X', "X, the Y of Z, said", split quotes, and participles (", adding that C").

No tagger: the subject is walked leftwards from the verb (:mod:`.en_phrases`), hearers and
adverbials after it are skipped ("told Reuters on Tuesday that"), and which side of the
verb holds the content is read from the punctuation around it.
"""

from __future__ import annotations

from tracker.extract.en_frame import Frame, count_words, mention_of, span_of, trim
from tracker.extract.en_phrases import (
    SUBJECT_HEADS,
    Cue,
    appositive_left,
    is_passive_or_noun,
    skip_aux_left,
    walk_left,
    walk_right,
)
from tracker.extract.en_resources import (
    ADVERBIAL_OPENERS,
    ALL_PRONOUNS,
    CLAUSE_OPENERS,
    CUE_BLOCKING_NEXT,
    CUE_WORDS,
    DETERMINERS,
    HEARER_VERBS,
    NOT_NAMES,
    SUBJECT_PREPOSITIONS,
    WEAK_CUES,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import Sentence, Token


def _skip_hearer_and_adverbials(toks: tuple[Token, ...], cue: Cue) -> int:
    """Token index just after the cue's object ("told Reuters") and adverbials ("on Tuesday")."""
    i = cue.last + 1
    if cue.head in HEARER_VERBS and i < len(toks) and toks[i].text in {"“", '"'}:
        # 'told "Morning Joe" on Friday that': the hearer is a quoted show name.
        close = next((k for k in range(i + 1, min(i + 7, len(toks))) if toks[k].text in {"”", '"'}), None)
        if close is not None:
            i = close + 1
    elif cue.head in HEARER_VERBS and i < len(toks) and toks[i].low != "that":
        end = walk_right(toks, i, ())
        if end is not None:
            # "told the Times it is clear": a pronoun after the hearer starts the content.
            end = next((k - 1 for k in range(i + 1, end + 1) if toks[k].low in ALL_PRONOUNS), end)
        if end is not None and end - i < 6:
            i = end + 1
    # Look ahead for "that" across adverbials: "said in an interview on Tuesday that ..."
    for k in range(i, min(i + 14, len(toks))):
        if toks[k].low == "that":
            return k + 1
        if toks[k].text in {",", ":", ";", '"', "“", "”", "—"} or toks[k].low in {"and", "but", "as", "when"}:
            break
        if toks[k].low.endswith("ing") or toks[k].low in CUE_WORDS:
            break  # "at a news conference announcing that ...": that "that" is not ours
    return i


def _right_is_adverbial(toks: tuple[Token, ...], i: int) -> bool:
    """True when the tokens from ``i`` to the end are only "on Tuesday", "in a statement" and the like."""
    rest = [t for t in toks[i:] if t.text not in {".", "!", "?"}]
    if not rest:
        return True
    if rest[0].text == ",":
        # ", adding that ..." / ", according to ..." continue another statement.
        return len(rest) > 1 and (
            rest[1].low in CUE_WORDS or rest[1].low in {"according", "citing", "as", "who"}
        )
    first = rest[0].low
    return (
        first in ADVERBIAL_OPENERS
        or first.endswith("ly")
        or first in {"as", "while", "when", "after", "before", "because"}
    )


def rule_reporting_verb(text: str, sent: Sentence, cues: list[Cue], used: set[int]) -> list[Frame]:
    toks = sent.tokens
    out: list[Frame] = []
    for cue in cues:
        if cue.first in used or cue.words == ("according", "to") or is_passive_or_noun(toks, cue):
            continue
        frame = _participle(text, sent, cue, out) if cue.head.endswith("ing") else _verb(text, sent, cue)
        if frame is None:
            continue
        if cue.head in WEAK_CUES and not sent.quotes and frame.method != "verb_that":
            continue
        out.append(frame)
    return out


def _participle(text: str, sent: Sentence, cue: Cue, earlier: list[Frame]) -> Frame | None:
    """ ", adding that ..." continues the previous statement's speaker with a new content."""
    toks = sent.tokens
    j = cue.first - 1
    if j < 0 or (toks[j].text != "," and toks[j].low not in {"and", "while", "before", "after"}):
        return None
    if cue.head in {
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
        start = _skip_hearer_and_adverbials(toks, cue)
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
            _sentence_subject(toks, cue.first),
            span_of(toks, cue.first, cue.last),
            content,
            span_of(toks, cue.first, max(cue.last, start - 1)),
            "participle",
            0.6,
        )
    return None


def _sentence_subject(toks: tuple[Token, ...], limit: int) -> Mention | None:
    """The name opening a sentence ("Attorney General Roy Cooper (D), ..., called ..., saying"):
    the subject a participle refers back to when no cue of the sentence named it."""
    for k in range(min(3, limit)):
        if toks[k].text[:1].isupper() and toks[k].low not in NOT_NAMES:
            end = walk_right(toks, k, ())
            if end is not None and end < limit and toks[end].text[:1].isupper():
                return mention_of(toks, k, end)
            return None
    return None


def _plausible_subject(toks: tuple[Token, ...]) -> bool:
    """A name, a pronoun, a determiner phrase or a plural/role noun: "almost" is not a subject."""
    if toks[0].low in SUBJECT_PREPOSITIONS:
        return False  # "In a Facebook message posted Friday": a subject never opens with "in"
    if any(t.text[:1].isupper() for t in toks) or toks[0].low in DETERMINERS:
        return True
    last = toks[-1].low
    return last in ALL_PRONOUNS or last in SUBJECT_HEADS or last.endswith("s") or len(toks) >= 3


def _verb(text: str, sent: Sentence, cue: Cue) -> Frame | None:
    toks = sent.tokens
    j = skip_aux_left(toks, cue.first)
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
        app = appositive_left(toks, j, sent.quotes)
        if app is not None:
            name_start, name_end, app_start, app_end, phrase_start = app
            appositive = text[toks[app_start].start : toks[app_end].end]
            speaker = mention_of(toks, name_start, name_end)
            return _with_subject(text, sent, cue, speaker, phrase_start, appositive)
    if np_start is not None and np_start > 0 and toks[np_start - 1].low in {"what", "whatever", "how", "why"}:
        return None  # "What he said was unclear": a noun clause, not a report
    if np_start is not None and _plausible_subject(toks[np_start : j + 1]):
        return _with_subject(text, sent, cue, mention_of(toks, np_start, j), np_start, appositive)
    # Inverted: '"...," said Smith, a spokesman.' / 'C, says the ministry.'
    if j >= 0 and toks[j].text in {",", "”", '"', "’", "'"} and cue.head not in HEARER_VERBS:
        if cue.last + 1 < len(toks) and toks[cue.last + 1].low in ADVERBIAL_OPENERS:
            return None  # '"...," said in a phone interview' has lost its subject, not inverted it
        np_end = walk_right(toks, cue.last + 1, sent.quotes)
        if np_end is None or toks[cue.last + 1].low in ALL_PRONOUNS:
            return None  # "China ... said it was opposed": "it" is the content's subject
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


def _with_subject(
    text: str, sent: Sentence, cue: Cue, speaker: Mention, np_start: int, appositive: str | None
) -> Frame | None:
    toks = sent.tokens
    after = _skip_hearer_and_adverbials(toks, cue)
    had_that = after > cue.last + 1 and toks[after - 1].low == "that"
    cue_span = span_of(toks, cue.first, cue.last)
    left = trim(text, sent.start, toks[np_start].start)
    before = text[sent.start : toks[np_start].start].rstrip()
    left_ok = count_words(text, *left) >= 3 and before.endswith((",", "—", "”", '"', "''", "―"))
    left_quoted = text[max(left[0] - 1, 0) : left[0] + 1].strip()[:1] in {"“", '"', "'"}
    right_start = text[toks[after].start : toks[after].start + 1] if after < len(toks) else ""
    if left_ok and left_quoted and right_start not in {"“", '"', "'"} and not had_that:
        # '"Q," she said, but Kevin was drifting off': a quotation ends the statement unless
        # another quotation picks it up (a split quote).
        resumed = next((q for q in sent.quotes if q.open > cue_span[1]), None)
        if resumed is None or not text[cue_span[1] : resumed.open].rstrip().endswith(","):
            return Frame(
                speaker, cue_span, left, (toks[np_start].start, sent.end), "verb_postposed", 0.85, appositive
            )
    if not had_that and left_ok and _right_is_adverbial(toks, after):
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
    if (
        cue.last + 1 < len(toks)
        and toks[cue.last + 1].low in CUE_BLOCKING_NEXT
        and not (toks[cue.last + 1].low == "to" and had_that)
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
    first_word = text[right[0] : right[0] + 20].split()[:1]
    if first_word and first_word[0].lower() in {"who", "which", "whom"}:
        return None  # "told a young woman who suggested ...": the hearer's clause, not content
    if first_word and first_word[0].lower().endswith("ing") and first_word[0].lower() in CUE_WORDS:
        return None  # "asked on Friday for the tapes, saying that ...": the participle speaks
    method = "verb_that" if had_that else "verb"
    content = right
    if (
        left_ok
        and not had_that
        and (left_quoted or count_words(text, *left) >= 6)
        and toks[after].low not in CLAUSE_OPENERS
        and toks[after].text == ","  # "C1, X said, C2"; "Asked why, X said C" is not split
    ):
        # "C1, X said, C2" and split quotes: one statement over both parts.
        content = (left[0], right[1])
        method = "verb_split"
    frame_end = toks[after - 1].end if after > cue.last + 1 else cue_span[1]
    # An opening "On Feb. 6, X said ..." dates the statement too, so the frame starts with the sentence.
    frame_start = sent.start if method != "verb_split" else toks[np_start].start
    return Frame(speaker, cue_span, content, (frame_start, frame_end), method, 0.8, appositive)
