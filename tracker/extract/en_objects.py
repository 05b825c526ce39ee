"""Verbs of saying that report no claim, for :mod:`.en_verbs`: the verb of a contact relative
clause, whose object is the noun before it ("the target it pledged to reach in Paris")."""

from __future__ import annotations

from tracker.extract.en_phrases import Cue, skip_aux_left
from tracker.extract.en_resources import (
    AUXILIARIES,
    CUE_WORDS,
    DETERMINERS,
    GAP_FOLLOWERS,
    SUBJECT_PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
)
from tracker.extract.en_text import Token

_OWNERS = frozenset(["his", "her", "their", "my", "our", "your", "its"])


def _noun_before(toks: tuple[Token, ...], j: int) -> bool:
    """Whether the words before the pronoun at ``j`` end a noun phrase of a clause already
    going on: a determiner, up to three lowercase words ending on a noun, and before the
    determiner a word that is not a sentence-opening preposition ("In a statement it ...")."""
    noun = toks[j - 1] if j >= 1 else None
    if noun is None or not (noun.text.isalpha() and noun.text.islower()):
        return False
    low = noun.low
    if low in DETERMINERS or low in _OWNERS or low in TIME_NOUNS or low in CUE_WORDS or low in AUXILIARIES:
        return False
    if low.endswith(("ly", "ed")):
        return False  # an adverb or a verb: "the mayor said they promised to leave"
    for d in range(j - 2, max(j - 5, -1), -1):
        word = toks[d].low
        if word in DETERMINERS or word in _OWNERS:
            if d == 0:
                return False  # "The day they promised to leave" opens the sentence: an adverbial
            before = toks[d - 1]
            fronted = before.low in SUBJECT_PREPOSITIONS and (d == 1 or not toks[d - 2].text[:1].isalnum())
            return not fronted
        if not (toks[d].text.isalpha() and toks[d].text.islower()):
            return False
    return False


def contact_relative(toks: tuple[Token, ...], cue: Cue) -> bool:
    """ "the emissions target it pledged to reach at the talks": a pronoun right after a noun
    opens a relative clause without "that", and the infinitive's missing object is that noun;
    the pledge is about the noun, and no claim is reported."""
    j = skip_aux_left(toks, cue.first)
    if j < 1 or toks[j].text not in SUBJECT_PRONOUNS:  # lowercase: not the sentence's first word
        return False
    k = cue.last + 1
    if k + 1 >= len(toks) or toks[k].low != "to" or not toks[k + 1].text.isalpha():
        return False
    if k + 2 < len(toks) and toks[k + 2].low not in GAP_FOLLOWERS:
        return False  # "to reach the target": the infinitive has its own object
    return _noun_before(toks, j)
