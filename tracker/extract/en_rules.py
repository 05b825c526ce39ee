"""The English attribution rules, run as a named, ordered chain over each sentence.

Each rule reads one :class:`~tracker.extract.en_text.Sentence` and proposes
:class:`Frame` objects: where the source mention is, where the cue is, and which
character range is the reported content. Speaker resolution and dates come later
(:mod:`tracker.extract.english`), so a rule only decides *what the sentence says*.

Order matters: "according to" runs first and claims its tokens, then reporting verbs
(subject before, inverted "said X", participles "adding that"), then the colon form.
"""

from __future__ import annotations

from collections.abc import Callable

from tracker.extract.en_frame import Frame, count_words, mention_of, span_of, trim
from tracker.extract.en_lexicon import ALL_PRONOUNS
from tracker.extract.en_nouns import rule_report_noun
from tracker.extract.en_phrases import Cue, find_cues, name_and, walk_right
from tracker.extract.en_resources import (
    COLON_LABEL_RE,
    CUE_GATE_AFTER_RE,
    CUE_GATE_RE,
    CUE_WORDS,
    DASH_CHARS,
    DETERMINERS,
    FINITE_AUX,
    MODALS,
    REPORT_NOUN_AFTER_RE,
    REPORT_NOUN_RE,
    SIGNED_QUOTE_RE,
    SOURCE_PHRASES,
    SUBJECT_PREPOSITIONS,
    TIME_WORDS,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import QUOTED, Sentence, Token
from tracker.extract.en_verbs import rule_reporting_verb

#: Words after which the source named after "according to" goes on: "a report by the ...".
_SOURCE_GLUE = frozenset(["of", "for", "by", "from", "with", "the", "a"])


def rule_according_to(text: str, sent: Sentence, cues: list[Cue], used: set[int]) -> list[Frame]:
    toks = sent.tokens
    out = []
    for cue in cues:
        if cue.words not in SOURCE_PHRASES:
            continue
        np_end = walk_right(toks, cue.last + 1, sent.quotes)
        if np_end is None:
            continue
        while np_end + 1 < len(toks):
            nxt = toks[np_end + 1]
            # "according to a complaint filed by the Securities and Exchange Commission",
            # "according to Smith and Jones": an "and" between capitals goes on with the source,
            # and so does a name the phrase's length limit cut.
            if nxt.low in _SOURCE_GLUE or name_and(toks, np_end + 1) or _s_possessive(toks, np_end):
                # ... and so does a possessive written "s'": "according to Reyes' lawyer".
                more = walk_right(toks, np_end + 2, sent.quotes)
            elif nxt.text[:1].isupper() and toks[np_end].text[:1].isupper():
                more = walk_right(toks, np_end + 1, sent.quotes)
            else:
                break
            if more is None:
                break
            np_end = more
        if cue.first == 0:
            np_end = _fronted_source_end(toks, cue.last + 1, np_end)
        speaker = _glued_possessives(mention_of(toks, cue.last + 1, np_end))
        if cue.first == 0 and np_end + 1 < len(toks) and toks[np_end + 1].low in {"and", "or"}:
            # "According to X and a complaint by Vermont, the ...": the sources go on to the comma.
            comma = next(
                (k for k in range(np_end + 2, min(np_end + 14, len(toks))) if toks[k].text == ","), None
            )
            if comma is not None and all(t.text != QUOTED for t in toks[np_end + 2 : comma]):
                np_end = comma - 1
        used.update(range(cue.first, np_end + 1))
        left = trim(text, sent.start, toks[cue.first].start)
        right = trim(text, toks[np_end].end, sent.end)
        content = right if cue.first == 0 or left[1] - left[0] < 3 else left
        if content[1] - content[0] < 3:
            continue
        if (
            cue.first > 0
            and right[1] - right[0] > 12
            and toks[np_end + 1].text == ","
            and left[1] - left[0] > 12
        ):
            content = (left[0], right[1])
        out.append(
            Frame(
                speaker,
                span_of(toks, cue.first, cue.last),
                content,
                span_of(toks, cue.first, np_end),
                "according_to",
                0.8,
            )
        )
    return out


def _fronted_source_end(toks: tuple[Token, ...], start: int, np_end: int) -> int:
    """Where a fronted source ends when a participle's phrase follows its noun: "According to
    a report released on Monday by the institute, C", "According to a memo written in May, C",
    "According to a poll conducted last week, C": the phrase runs to its comma, which opens
    the content. A clause in between (a pronoun, an auxiliary: "According to the report
    released in May the bridge was ...") ends nothing early."""
    k = np_end + 1
    if k < len(toks) and _participle(toks[k]):
        k += 1  # "a memo written in May": the walk stopped before the participle
    elif not any(_participle(t) for t in toks[start + 1 : np_end + 1]):
        return np_end
    if k >= len(toks) or not (toks[k].low in SUBJECT_PREPOSITIONS or toks[k].low in _WHEN_WORDS):
        return np_end
    for n in range(k, min(k + 12, len(toks))):
        t = toks[n]
        if t.text == ",":
            return n - 1
        if t.text in {QUOTED, ".", ";", ":"} or (
            # "in May" is a month, "US" a country: only a lowercase word opens a clause
            t.text.islower() and (t.low in ALL_PRONOUNS or t.low in FINITE_AUX or t.low in MODALS)
        ):
            return np_end
    return np_end


#: Words opening a time after a participle: "released Monday", "conducted last week".
_WHEN_WORDS = TIME_WORDS | frozenset(["last", "this", "earlier"])


def _participle(t: Token) -> bool:
    """A lowercase past participle by its ending: "released", "published", "written"."""
    return t.text.islower() and t.low.endswith(("ed", "en")) and len(t.low) > 4


def _s_possessive(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the word at ``k`` ends in "s" and takes a possessive apostrophe alone ("Reyes'
    lawyer", "the Times' story"): the phrase goes on with the noun after it."""
    return (
        k + 2 < len(toks)
        and toks[k].text.endswith("s")
        and toks[k + 1].text in {"'", "’"}
        and toks[k + 1].start == toks[k].end
        and toks[k + 2].text.isalpha()
        and toks[k + 2].text.islower()
        and toks[k + 2].low not in DETERMINERS
    )


def _glued_possessives(mention: Mention) -> Mention:
    """The mention with each "s'" apostrophe glued back onto its word ("Reyes'"), as the
    tokenizer leaves "Lee's" whole."""
    toks = mention.tokens
    if not any(t.text in {"'", "’"} for t in toks[1:]):
        return mention
    out: list[Token] = []
    for t in toks:
        if t.text in {"'", "’"} and out and out[-1].end == t.start and out[-1].text.endswith("s"):
            prev = out.pop()
            t = Token(prev.start, t.end, prev.text + t.text, prev.low + t.low)
        out.append(t)
    return Mention(mention.start, mention.end, tuple(out))


#: Words that make a capitalised label before a headline's colon a phrase, not a name.
_HEADING_WORDS = frozenset(
    [
        "over",
        "for",
        "to",
        "in",
        "on",
        "with",
        "at",
        "by",
        "from",
        "and",
        "or",
        "vs",
        "after",
        "about",
        "against",
    ]
)


def rule_colon(text: str, sent: Sentence, cues: list[Cue], used: set[int]) -> list[Frame]:
    """'Smith: "We will not back down."' and transcript lines 'PENCE: Well, look, ...'."""
    toks = sent.tokens
    first = 1 if toks and toks[0].text in {'"', "“"} else 0
    for k, tok in enumerate(toks[: first + 7]):
        if tok.text != ":" or k <= first:
            continue
        name = toks[first:k]
        rest = text[tok.end : sent.end].lstrip()
        transcript = all(t.text.isupper() for t in name if t.text[:1].isalpha()) and len(name) <= 3
        # The article's opening line "Pence: Flowers Won't Be at Debate": a headline naming its source.
        headline = (
            sent.paragraph == 0
            and len(name) <= 3
            and name[0].low not in {"the", "a", "an"}
            and all(t.text[:1].isupper() and t.text.isalpha() for t in name)
            # "Stealth Over Health: ...": a phrase with a preposition is a heading, not a source.
            and not any(t.low in _HEADING_WORDS for t in name)
        )
        # 'A Lesson From Lynch: ‘Be the Voice.’': headlines quote with single marks.
        headline = headline or (
            sent.paragraph == 0 and rest[:1] in {"‘", "'"} and name[-1].text[:1].isupper()
        )
        if not transcript and not headline and rest[:1] not in {"“", '"'}:
            return []
        said = name[0].low in CUE_WORDS and len(name) >= 2  # 'Said Ellis: "I don't get the sense ..."'
        if said:
            first, name = first + 1, name[1:]
        if not (name[0].text[:1].isupper() or name[0].low in ALL_PRONOUNS):
            return []
        if any(t.low in {"the", "a", "an"} for t in name[1:]) or any(t.text in {",", '"', "“"} for t in name):
            return []
        content = trim(text, tok.end, sent.end)
        if count_words(text, *content) < 3:
            return []
        return [
            Frame(
                mention_of(toks, first, k - 1),
                (toks[first - 1].start if said else tok.start, tok.end),
                content,
                (toks[first].start, tok.end),
                "colon_quote" if rest[:1] in {"“", '"'} else "transcript" if transcript else "headline_colon",
                0.7,
            )
        ]
    return []


def rule_dash_quote(text: str, sent: Sentence, cues: list[Cue], used: set[int]) -> list[Frame]:
    """'"We will win." — Jane Doe': a quotation signed with a dash and a name after it."""
    toks = sent.tokens
    if not sent.quotes:
        return []
    q = sent.quotes[0]
    for k, tok in enumerate(toks):
        if tok.start < q.close:
            continue
        if tok.text not in DASH_CHARS or text[q.close : tok.start].strip().strip(".,").strip() != "":
            return []
        end = walk_right(toks, k + 1, sent.quotes)
        if end is None or not toks[k + 1].text[:1].isupper() or end < len(toks) - 3:
            return []
        content = trim(text, q.start, q.end)
        if count_words(text, *content) < 3:
            return []
        return [
            Frame(
                mention_of(toks, k + 1, end),
                (tok.start, tok.end),
                content,
                (tok.start, toks[end].end),
                "dash_quote",
                0.7,
            )
        ]
    return []


Rule = Callable[[str, Sentence, list[Cue], set[int]], list[Frame]]
#: The chain, in order; adding a rule means adding one entry.
RULES: tuple[tuple[str, Rule], ...] = (
    ("according_to", rule_according_to),
    ("reporting_verb", rule_reporting_verb),
    ("colon_quote", rule_colon),
    ("dash_quote", rule_dash_quote),
    ("report_noun", rule_report_noun),
)


def _has_cue(low: str, start: int, end: int) -> bool:
    """Whether ``CUE_GATE_RE`` finds a cue in ``low[start:end]`` (looking behind ``start``)."""
    if start == 0:
        return CUE_GATE_RE.search(low, 0, end) is not None
    return CUE_GATE_AFTER_RE.search(low, start - 1, end) is not None


def _worth_reading(text: str, sent: Sentence, low: str) -> bool:
    """Whether any rule can fire, decided on the raw text before the sentence is tokenised:
    a cue outside its quotations (a cue word is a whole [a-z] run of the lowercased
    text ``low``, a phrase such runs apart by spaces), a speaker label before a colon near its
    start, a dash signing its first quotation, or a noun of saying before "that"."""
    pos = sent.start
    for q in sent.quotes:
        if q.open > pos and _has_cue(low, pos, q.open):
            return True
        pos = max(pos, q.close)
    if pos < sent.end and _has_cue(low, pos, sent.end):
        return True
    colon = text.find(":", sent.start, min(sent.end, sent.start + 120))
    label = COLON_LABEL_RE.match(text, sent.start, colon + 1) if colon >= 0 else None
    if label is not None and (
        sent.paragraph == 0
        or text[label.end() : label.end() + 3].lstrip()[:1] in {'"', "“", "'", "‘"}
        or label.group(1).isupper()
    ):
        return True
    if sent.quotes and SIGNED_QUOTE_RE.match(text, sent.quotes[0].close, sent.end) is not None:
        return True
    # "seizing on a Times report that C": a noun of saying before "that" (few sentences have one).
    # A sentence without " that" is ruled out by one ``str.find``; the others are searched
    # as ``_has_cue`` searches, from the character before.
    if low.find(" that", sent.start, sent.end) < 0:
        return False
    if sent.start == 0:
        return REPORT_NOUN_RE.search(low, 0, sent.end) is not None
    return REPORT_NOUN_AFTER_RE.search(low, sent.start - 1, sent.end) is not None


def lowered(text: str) -> str:
    """The article lowercased with its offsets kept (a letter whose lowercase is longer,
    such as "İ", stays as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def sentence_frames(text: str, sent: Sentence, low: str | None = None) -> list[Frame]:
    """The frames one sentence proposes; ``low`` is :func:`lowered` ``text``, made once an article."""
    if not _worth_reading(text, sent, low if low is not None else lowered(text)):
        return []
    used: set[int] = set()
    frames: list[Frame] = []
    cues = find_cues(sent)
    for _name, rule in RULES:
        if _name in {"colon_quote", "dash_quote"} and frames:
            continue
        frames.extend(rule(text, sent, cues, used))
    if len(frames) > 1:
        frames.sort(key=lambda f: f.cue[0])
    return frames
