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

from tracker.extract.en_according import rule_according_to
from tracker.extract.en_frame import Frame, count_words, mention_of, trim
from tracker.extract.en_lexicon import ALL_PRONOUNS
from tracker.extract.en_nouns import rule_report_noun
from tracker.extract.en_phrases import Cue, find_cues, walk_right
from tracker.extract.en_resources import (
    COLON_LABEL_RE,
    CUE_GATE_AFTER_RE,
    CUE_GATE_RE,
    CUE_WORDS,
    DASH_CHARS,
    REPORT_NOUN_AFTER_RE,
    REPORT_NOUN_RE,
    SIGNED_QUOTE_RE,
)
from tracker.extract.en_text import Sentence
from tracker.extract.en_verbs import rule_reporting_verb

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
