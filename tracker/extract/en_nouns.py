"""The report-noun rule of the English extractor: a noun of saying with its owner and a
that-clause, "seizing on a New York Times report that C", "contrary to his claim that C",
"asked about Trump's declaration that C".

The owner is who said it: a possessive pronoun ("his", "their"), a possessive name or body
("Trump's", "the ministry's"), or a name after "a"/"an" ("an AP report"). Only a noun phrase
after a verb or a preposition counts: as a sentence's subject ("Trump's claim that C was
false") the that-clause runs into the main verb, which no tagger finds here. A "that"
opening a relative clause ("his claim that was rejected", "the report that he wrote in May")
is no content.
"""

from __future__ import annotations

from tracker.extract.en_frame import Frame, count_words, trim
from tracker.extract.en_lexicon import MEDIA_WORDS, ORG_WORDS, ROLE_NOUNS, UNNAMED_HEADS
from tracker.extract.en_resources import (
    AUXILIARIES,
    DETERMINERS,
    FINITE_AUX,
    MODALS,
    REPORT_NOUNS,
    SUBJECT_PREPOSITIONS,
    words,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import QUOTED, Sentence, Token

#: Possessive pronouns, read as the subject pronoun they stand for.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: Lowercase possessives that may own a report: bodies, media, roles and unnamed sources.
_OWNER_HEADS = ORG_WORDS | MEDIA_WORDS | ROLE_NOUNS | UNNAMED_HEADS
#: Prepositions that may open a sentence with the noun phrase as their object ("Despite the
#: agency's prediction that C, ...").
_OPENING_PREPOSITIONS = SUBJECT_PREPOSITIONS | frozenset(["despite", "about", "upon", "against", "amid"])
#: Words after which a noun phrase opens a sentence or a clause rather than an object.
_NOT_GOVERNING = frozenset(["and", "or", "but", "that", "which", "who", "whom", "when", "while"])
#: After a relative "that" and its subject, a verb with no object before one of these.
_GAP_NEXT = words("in on at to during last this about for with by from before after earlier")
#: At most this many modifiers between the owner and the noun ("his repeated false claim").
_MAX_MODIFIERS = 2


def rule_report_noun(text: str, sent: Sentence, cues: list, used: set[int]) -> list[Frame]:
    toks = sent.tokens
    out = []
    for n in range(1, len(toks) - 2):
        tok = toks[n]
        if tok.low not in REPORT_NOUNS or toks[n + 1].low != "that" or n in used:
            continue
        owner = _owner(text, toks, n)
        if owner is None:
            continue
        speaker, first = owner
        before = toks[first - 1] if first > 0 else None
        if (
            before is None
            or not before.text.isalpha()
            or not (before.text.islower() or before.low in _OPENING_PREPOSITIONS)
            or before.low in _NOT_GOVERNING
        ):
            continue  # the phrase opens the sentence or a clause: its clause meets the main verb
        if _relative(toks, n + 2):
            continue
        end = _clause_end(text, toks, n + 2, sent.end)
        content = trim(text, toks[n + 2].start, end)
        if count_words(text, *content) < 3:
            continue
        out.append(Frame(speaker, (tok.start, tok.end), content, (speaker.start, tok.end), "noun_that", 0.6))
    return out


def _owner(text: str, toks: tuple[Token, ...], n: int) -> tuple[Mention, int] | None:
    """The owner of the noun at ``n`` and the index its phrase starts at, or None."""
    k = n - 1
    while k >= 0 and n - 1 - k < _MAX_MODIFIERS and _modifier(toks[k]):
        k -= 1
    if k < 0:
        return None
    t = toks[k]
    if t.low in _POSSESSIVE_PRONOUNS:
        pronoun = _POSSESSIVE_PRONOUNS[t.low]
        return Mention(t.start, t.end, (Token(t.start, t.end, t.text, pronoun),)), k
    if t.low.endswith(("'s", "’s")) and len(t.low) > 2:
        base = Token(t.start, t.end - 2, t.text[:-2], t.low[:-2])
        start = k
        while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].text.isalpha():
            start -= 1
        if t.text[:1].isupper():
            words = (*toks[start:k], base)
        elif base.low in _OWNER_HEADS:
            words = (*toks[start:k], base)  # "the ministry's", "the Obama campaign's", "the mayor's"
        else:
            return None
        if start > 0 and toks[start - 1].low == "the":
            start -= 1
            words = (toks[start], *words)
        return Mention(words[0].start, base.end, words), start
    # "a New York Times report", "an AP report": the name before the noun owns it.
    start = k + 1
    while start > 0 and toks[start - 1].text[:1].isupper() and toks[start - 1].text.isalpha():
        start -= 1
    if start <= k and start > 0 and toks[start - 1].low in {"a", "an"} and k == n - 1:
        return Mention(toks[start].start, toks[k].end, toks[start : k + 1]), start - 1
    return None


def _modifier(tok: Token) -> bool:
    """A lowercase word that may stand between an owner and the noun ("his earlier claim")."""
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.low not in _POSSESSIVE_PRONOUNS
        and tok.low not in DETERMINERS
        and tok.low not in AUXILIARIES
    )


def _relative(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the "that" before ``k`` opens a relative clause: a verb right after it ("that
    was rejected"), or a pronoun subject and a verb with no object ("that he made in May")."""
    if k >= len(toks):
        return True
    low = toks[k].low
    if low in FINITE_AUX or low in MODALS or low in AUXILIARIES:
        return True
    if low in {"he", "she", "they", "it", "we", "i", "you"} and k + 2 <= len(toks):
        after = toks[k + 2].low if k + 2 < len(toks) else ""
        verb = toks[k + 1].low
        return (
            verb not in AUXILIARIES
            and verb not in MODALS
            and (after in _GAP_NEXT or after in {"", ",", ".", ";"})
        )
    return False


def _clause_end(text: str, toks: tuple[Token, ...], k: int, end: int) -> int:
    """Where the that-clause starting at token ``k`` ends: at a comma, semicolon or dash, or a
    closing quotation mark whose words end on a comma ("his claim that people would ''learn
    nothing,'' there would be"), else the sentence's end."""
    for m in range(k, len(toks)):
        t = toks[m]
        if t.text in {",", ";", "—", "–"}:
            return t.start
        if t.text == QUOTED and text[t.end - 1 : t.end] == "," and m + 1 < len(toks):
            return toks[m + 1].end
    return end


#: Heads of a phrase that sums up the clause before it: "The bridge was unsafe, something the
#: mayor admitted", "..., a point the minister made again".
SUMMARY_HEADS = words(
    """
    something fact point claim view charge conclusion argument position sentiment concern message
    assessment allegation accusation warning prediction idea notion
    """
)


def summary_subject(toks: tuple[Token, ...], np_start: int, end: int) -> int | None:
    """Where the subject of a reduced relative clause starts inside the phrase ``np_start`` ..
    ``end`` walked left from a cue, when the phrase sums up the clause before it after a comma
    or a dash: in "C, something a witness also told the police" the witness said C, not
    "something a witness". None for any other phrase."""
    if np_start == 0 or toks[np_start - 1].text not in {",", "—", "–", "-"}:
        return None
    k = np_start + 1 if toks[np_start].low in {"a", "an", "one"} else np_start
    if k >= end or toks[k].low not in SUMMARY_HEADS or not toks[k].text.islower():
        return None
    inner = k + 1
    if toks[inner].low in DETERMINERS or toks[inner].low in {"he", "she", "they", "we", "i"}:
        return inner
    return inner if toks[inner].text[:1].isupper() else None
