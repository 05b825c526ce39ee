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
from dataclasses import dataclass

from tracker.extract.en_phrases import (
    Cue,
    appositive_left,
    find_cues,
    is_passive_or_noun,
    skip_aux_left,
    walk_left,
    walk_right,
)
from tracker.extract.en_resources import (
    ALL_PRONOUNS,
    CONTENT_TRIM,
    CUE_FIRST_WORDS,
    LOWER_WORD_RE,
    HEARER_VERBS,
    WEAK_CUES,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import Sentence, Token

_ADVERBIAL_OPENERS = frozenset("on in at during after before last this earlier late early yesterday today "
                               "monday tuesday wednesday thursday friday saturday sunday to via".split())


@dataclass
class Frame:
    """A proposed statement, in character offsets; ``speaker`` None means "same as before"."""

    speaker: Mention | None
    cue: tuple[int, int]
    content: tuple[int, int]
    frame: tuple[int, int]  # speaker + cue + adverbials: where the statement's date is written
    method: str
    confidence: float
    appositive: str | None = None
    via: Mention | None = None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, separating punctuation and a leading "that" from a content range."""
    while True:
        s0, e0 = start, end
        while start < end and text[start] in CONTENT_TRIM:
            start += 1
        while end > start and text[end - 1] in CONTENT_TRIM + ".":
            end -= 1
        low = text[start : start + 8].lower()
        for comp in ("that ", "whether "):
            if low.startswith(comp):
                start += len(comp)
        if (start, end) == (s0, e0):
            return start, end


def _span(toks: tuple[Token, ...], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b].end


def _mention(toks: tuple[Token, ...], a: int, b: int) -> Mention:
    return Mention(toks[a].start, toks[b].end, toks[a : b + 1])


def _words(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


def _skip_hearer_and_adverbials(toks: tuple[Token, ...], cue: Cue) -> int:
    """Token index just after the cue's object ("told Reuters") and adverbials ("on Tuesday")."""
    i = cue.last + 1
    if cue.head in HEARER_VERBS and i < len(toks) and toks[i].low != "that":
        end = walk_right(toks, i, ())
        if end is not None and end - i < 6:
            i = end + 1
    # Look ahead for "that" across adverbials: "said in an interview on Tuesday that ..."
    for k in range(i, min(i + 14, len(toks))):
        if toks[k].low == "that":
            return k + 1
        if toks[k].text in {",", ":", ";", "\"", "“", "”", "—"} or toks[k].low in {"and", "but"}:
            break
    return i


def _right_is_adverbial(toks: tuple[Token, ...], i: int) -> bool:
    """True when the tokens from ``i`` to the end are only "on Tuesday", "in a statement" and the like."""
    rest = [t for t in toks[i:] if t.text not in {".", "!", "?"}]
    if not rest:
        return True
    if rest[0].text == ",":
        # ", adding that ..." / ", according to ..." continue another statement.
        return len(rest) > 1 and (rest[1].low.endswith("ing") or rest[1].low in {"according", "citing", "as", "who"})
    return rest[0].low in _ADVERBIAL_OPENERS and not any(t.low == "that" for t in rest) and len(rest) < 12


def rule_according_to(text: str, sent: Sentence, used: set[int]) -> list[Frame]:
    toks = sent.tokens
    out = []
    for cue in find_cues(sent):
        if cue.words != ("according", "to"):
            continue
        np_end = walk_right(toks, cue.last + 1, sent.quotes)
        if np_end is None:
            continue
        while np_end + 1 < len(toks) and toks[np_end + 1].low in {"of", "for", "by", "from", "with", "the", "a"} and (
                walk_right(toks, np_end + 2, sent.quotes) is not None):
            np_end = walk_right(toks, np_end + 2, sent.quotes) or np_end
        used.update(range(cue.first, np_end + 1))
        speaker = _mention(toks, cue.last + 1, np_end)
        left = trim(text, sent.start, toks[cue.first].start)
        right = trim(text, toks[np_end].end, sent.end)
        content = right if cue.first == 0 or left[1] - left[0] < 3 else left
        if content[1] - content[0] < 3:
            continue
        if cue.first > 0 and right[1] - right[0] > 12 and toks[np_end + 1].text == "," and left[1] - left[0] > 12:
            content = (left[0], right[1])
        out.append(Frame(speaker, _span(toks, cue.first, cue.last), content, _span(toks, cue.first, np_end),
                         "according_to", 0.8))
    return out


def rule_reporting_verb(text: str, sent: Sentence, used: set[int]) -> list[Frame]:
    toks = sent.tokens
    out: list[Frame] = []
    for cue in find_cues(sent):
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
    """", adding that ..." continues the previous statement's speaker with a new content."""
    toks = sent.tokens
    j = cue.first - 1
    if j < 0 or toks[j].text != "," and toks[j].low not in {"and", "while", "before", "after"}:
        return None
    if cue.head in {"saying", "adding", "noting", "arguing", "warning", "claiming", "insisting", "telling",
                    "writing", "explaining", "stressing", "asserting", "acknowledging", "suggesting",
                    "declaring", "predicting", "stating", "pointing", "asking", "emphasizing", "emphasising",
                    "describing", "accusing", "denying", "complaining", "announcing", "promising", "vowing"}:
        start = _skip_hearer_and_adverbials(toks, cue)
        if start >= len(toks):
            return None
        content = trim(text, toks[start].start, sent.end)
        if _words(text, *content) < 3:
            return None
        if earlier:
            prev = earlier[-1]
            cut = trim(text, prev.content[0], toks[j].start)
            if prev.content[0] < toks[cue.first].start < prev.content[1] and cut[1] > cut[0]:
                prev.content = cut
            return Frame(prev.speaker, _span(toks, cue.first, cue.last), content,
                         _span(toks, cue.first, max(cue.last, start - 1)), "participle", 0.75,
                         prev.appositive)
        return Frame(None, _span(toks, cue.first, cue.last), content,
                     _span(toks, cue.first, max(cue.last, start - 1)), "participle", 0.6)
    return None


def _verb(text: str, sent: Sentence, cue: Cue) -> Frame | None:
    toks = sent.tokens
    j = skip_aux_left(toks, cue.first)
    np_start = walk_left(toks, j, sent.quotes) if j >= 0 else None
    appositive = None
    if np_start is not None and np_start > 0 and toks[np_start - 1].low in {"that", "who", "which"} and \
            np_start - 1 > 0 and toks[np_start - 2].text[:1].isalpha():
        # "... the bill that Trump said would ..." keeps Trump; "whom officials said" too.
        pass
    if np_start is None and j >= 0 and toks[j].text == ",":
        app = appositive_left(toks, j, sent.quotes)
        if app is not None:
            np_start, name_end, app_start = app
            appositive = text[toks[app_start].start : toks[j - 1].end]
            speaker = _mention(toks, np_start, name_end)
            return _with_subject(text, sent, cue, speaker, np_start, appositive)
    if np_start is not None:
        return _with_subject(text, sent, cue, _mention(toks, np_start, j), np_start, appositive)
    # Inverted: '"...," said Smith, a spokesman.' / 'C, says the ministry.'
    if j >= 0 and (toks[j].text in {",", "”", "\"", "—"} or toks[j].text == "’"):
        np_end = walk_right(toks, cue.last + 1, sent.quotes)
        if np_end is None:
            return None
        content = trim(text, sent.start, toks[j].start if toks[j].text in {",", "—"} else toks[j].end)
        if _words(text, *content) < 3:
            return None
        end = np_end
        if end + 1 < len(toks) and toks[end + 1].text == ",":
            k = end + 2
            while k < len(toks) and toks[k].text not in {",", ".", ";"}:
                k += 1
            appositive = text[toks[end + 2].start : toks[k - 1].end] if k - 1 >= end + 2 else None
        return Frame(_mention(toks, cue.last + 1, np_end), _span(toks, cue.first, cue.last), content,
                     _span(toks, cue.first, len(toks) - 1), "verb_inverted", 0.85, appositive)
    return None


def _with_subject(text: str, sent: Sentence, cue: Cue, speaker: Mention, np_start: int,
                  appositive: str | None) -> Frame | None:
    toks = sent.tokens
    after = _skip_hearer_and_adverbials(toks, cue)
    had_that = after > cue.last + 1 and toks[after - 1].low == "that"
    cue_span = _span(toks, cue.first, cue.last)
    left = trim(text, sent.start, toks[np_start].start)
    if not had_that and _right_is_adverbial(toks, after):
        # Postposed: "C, the minister said on Tuesday."
        if _words(text, *left) < 3 or text[toks[np_start].start - 2 : toks[np_start].start].strip() not in {
                ",", "”", "\"", ",”", ",\"", "—"} and not text[: toks[np_start].start].rstrip().endswith((",", "—", "”", "\"")):
            return None
        return Frame(speaker, cue_span, left, (toks[np_start].start, sent.end), "verb_postposed", 0.85, appositive)
    right = trim(text, toks[after].start, sent.end) if after < len(toks) else (sent.end, sent.end)
    if _words(text, *right) < 2:
        if text[cue_span[1] : sent.end].strip().endswith(":") and _words(text, cue_span[1], sent.end) < 8:
            # "He said:" closing a paragraph: the next paragraph is the content.
            return Frame(speaker, cue_span, (sent.end, sent.end), (toks[np_start].start, sent.end), "verb",
                         0.75, appositive)
        return None
    method = "verb_that" if had_that else "verb"
    content = right
    before = text[sent.start : toks[np_start].start].rstrip()
    if _words(text, *left) >= 3 and before.endswith((",", ",”", ",\"", "—")) and not had_that:
        # "C1, X said, C2" and split quotes: one statement over both parts.
        content = (left[0], right[1])
        method = "verb_split"
    frame_end = toks[after - 1].end if after > cue.last + 1 else cue_span[1]
    return Frame(speaker, cue_span, content, (toks[np_start].start, frame_end), method, 0.8, appositive)


def rule_colon(text: str, sent: Sentence, used: set[int]) -> list[Frame]:
    """'Smith: "We will not back down."' — a short name, a colon, then a quotation."""
    toks = sent.tokens
    for k, tok in enumerate(toks[:8]):
        if tok.text == ":" and k > 0:
            rest = text[tok.end : sent.end].lstrip()
            if not rest[:1] in {"“", "\""}:
                return []
            if not (toks[0].text[:1].isupper() or toks[0].low in ALL_PRONOUNS):
                return []
            if any(t.low in {"the", "a", "an"} and i > 0 for i, t in enumerate(toks[:k])) or any(
                    t.text in {",", "\"", "“"} for t in toks[:k]):
                return []
            content = trim(text, tok.end, sent.end)
            if _words(text, *content) < 3:
                return []
            return [Frame(_mention(toks, 0, k - 1), (tok.start, tok.end), content, (toks[0].start, tok.end),
                          "colon_quote", 0.7)]
    return []


Rule = Callable[[str, Sentence, set[int]], list[Frame]]
#: The chain, in order; adding a rule means adding one entry.
RULES: tuple[tuple[str, Rule], ...] = (
    ("according_to", rule_according_to),
    ("reporting_verb", rule_reporting_verb),
    ("colon_quote", rule_colon),
)


def sentence_frames(text: str, sent: Sentence) -> list[Frame]:
    if CUE_FIRST_WORDS.isdisjoint(LOWER_WORD_RE.findall(sent.text.lower())) and ":" not in sent.text:
        return []
    used: set[int] = set()
    frames: list[Frame] = []
    for _name, rule in RULES:
        if _name == "colon_quote" and frames:
            continue
        frames.extend(rule(text, sent, used))
    frames.sort(key=lambda f: f.cue[0])
    return frames
