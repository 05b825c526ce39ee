"""The "according to" rule of the English extractor: "according to X, C", "C, according to
X", "as reported by X". The source runs on through a complaint's filer ("according to a
complaint filed by the Securities and Exchange Commission") and stops where an article after
a noun opens the clause a fronted source without its comma runs into ("According to Lee the
bridge is safe"); a role set off by commas after a named source is its role, not content
("According to Ann Lee, the mayor, C", "C, according to Ann Lee, the mayor.").
"""

from __future__ import annotations

from tracker.extract.en_frame import Frame, mention_of, span_of, trim
from tracker.extract.en_lexicon import ALL_PRONOUNS, ROLE_NOUNS, UNNAMED_HEADS
from tracker.extract.en_phrases import Cue, name_and, walk_right
from tracker.extract.en_resources import (
    CUE_WORDS,
    DETERMINERS,
    FINITE_AUX,
    MODALS,
    SOURCE_PHRASES,
    SUBJECT_PREPOSITIONS,
    TIME_WORDS,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import QUOTED, Sentence, Token

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
            if nxt.low in _ARTICLES and _ends_noun(toks[np_end]):
                break  # "According to Lee the bridge is safe": an article after a noun opens the clause
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
            np_end = _article_split(toks, cue.last + 1, np_end)
        speaker = _glued_possessives(mention_of(toks, cue.last + 1, np_end))
        if cue.first == 0 and np_end + 1 < len(toks) and toks[np_end + 1].low in {"and", "or"}:
            # "According to X and a complaint by Vermont, the ...": the sources go on to the comma.
            comma = next(
                (k for k in range(np_end + 2, min(np_end + 14, len(toks))) if toks[k].text == ","), None
            )
            if comma is not None and all(t.text != QUOTED for t in toks[np_end + 2 : comma]):
                np_end = comma - 1
        appositive = None
        if cue.first == 0:
            role_end = _role_appositive_end(toks, np_end)
            if role_end is not None:
                # "According to Ann Lee, the mayor, C": the role between the commas is Lee's.
                appositive = text[toks[np_end + 2].start : toks[role_end].end]
                np_end = role_end
        else:
            role_end = _trailing_role_end(toks, np_end)
            if role_end is not None:
                # "C, according to Ann Lee, a lawyer for the family.": the sentence ends on her role.
                appositive = text[toks[np_end + 2].start : toks[role_end].end]
                np_end = role_end
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
                appositive,
            )
        )
    return out


_ARTICLES = frozenset(["the", "a", "an"])


def _article_split(toks: tuple[Token, ...], start: int, np_end: int) -> int:
    """Where a fronted source without its comma ends: "According to Lee the bridge is safe",
    "According to officials a new bridge is needed": an article right after a noun opens the
    clause the walk ran into (no comma after the source)."""
    if np_end + 1 < len(toks) and toks[np_end + 1].text == ",":
        return np_end
    for m in range(start + 1, np_end + 1):
        if toks[m].low in _ARTICLES and _ends_noun(toks[m - 1]) and toks[m - 1].text != ".":
            return m - 1
    return np_end


def _ends_noun(tok: Token) -> bool:
    """Whether a source's last word is a noun an article cannot go on from: a name or a
    lowercase word that is no preposition or determiner ("Lee", "officials", "report")."""
    if tok.text[:1].isupper():
        return True
    return tok.text.isalpha() and tok.low not in _SOURCE_GLUE and tok.low not in DETERMINERS


#: Words that make the phrase between two commas after a fronted source its role: "the
#: mayor", "a professor at Yale", "a spokeswoman for the council".
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person")


_NOT_IN_ROLES = frozenset(["who", "which", "that", "and", "or"])


def _role_words(inner: tuple[Token, ...]) -> bool:
    """Whether the words after a role's article are a role: no verb, no list, a role noun
    among the first three ("mayor of Dover", "lawyer for the family")."""
    if any(
        t.low in FINITE_AUX or t.low in MODALS or t.low in CUE_WORDS or t.low in _NOT_IN_ROLES for t in inner
    ):
        return False  # a clause or a list, not a role
    return any(
        t.text.islower() and (t.low in ROLE_NOUNS or t.low in UNNAMED_HEADS or t.low.endswith(_AGENT_ENDINGS))
        for t in inner[:3]
    )


def _trailing_role_end(toks: tuple[Token, ...], np_end: int) -> int | None:
    """The last token of a role that ends the sentence after a named source ("C, according to
    Ann Lee, the mayor."), else None."""
    if not toks[np_end].text[:1].isupper() or np_end + 3 >= len(toks) or toks[np_end + 1].text != ",":
        return None
    first = np_end + 2
    last = len(toks) - 1
    while last > first and not toks[last].text[:1].isalnum():
        last -= 1
    if toks[first].low not in _ARTICLES or last - first > 10 or last == first:
        return None
    if any(not t.text[:1].isalnum() and t.text not in {"'s", "’s", "-"} for t in toks[first : last + 1]):
        return None
    return last if _role_words(toks[first + 1 : last + 1]) else None


def _role_appositive_end(toks: tuple[Token, ...], np_end: int) -> int | None:
    """The last token of a role set off by commas after a named fronted source ("According
    to Ann Lee, the mayor of Dover, C"), else None: a determiner, at most ten words with a
    role noun among the first three and no verb, a second comma and a clause after it.
    "According to Lee, the mayor is wrong" (no second comma) is content."""
    if not toks[np_end].text[:1].isupper() or np_end + 3 >= len(toks) or toks[np_end + 1].text != ",":
        return None
    first = np_end + 2
    if toks[first].low not in _ARTICLES:
        return None
    close = next((k for k in range(first + 1, min(first + 11, len(toks))) if toks[k].text == ","), None)
    if close is None or close + 3 >= len(toks):
        return None
    after = toks[close + 1].low
    if (
        after in FINITE_AUX
        or after in MODALS
        or after in {"who", "which", "whose", "is", "was", "are", "were"}
    ):
        return None  # "According to Lee, the mayor, who spoke, is wrong": the mayor is the subject
    return close - 1 if _role_words(toks[first + 1 : close]) else None


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
