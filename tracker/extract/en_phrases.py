"""Token-level helpers of the English rules: finding cues and the noun phrases around them.

No part-of-speech tagger: a subject is walked leftwards from its verb over words that can
sit in a noun phrase (names, determiners, role nouns, "familiar with the matter") and
stops at clause words, punctuation and auxiliaries; an inverted subject ("said Smith, a
spokesman") is walked rightwards the same way.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from tracker.extract.en_lexicon import (
    ALL_PRONOUNS,
    DOCUMENT_HEADS,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    ORG_WORDS,
    PLACE_WORDS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    STATE_ABBREVIATIONS,
    TITLES,
    UNNAMED_HEADS,
)
from tracker.extract.en_name_runs import title_case
from tracker.extract.en_resources import (
    AUXILIARIES,
    CAPITAL_ADJECTIVES,
    CATENATIVE_VERBS,
    CUE_FIRST_WORDS,
    CUE_PHRASES,
    CUE_WORDS,
    DETERMINERS,
    GO_ON_VERBS,
    HEADLINE_CUES,
    NOUNLIKE_CUES,
    NP_STOP,
    PASSIVE_AUX,
    PLATFORM_VERBS,
    PLURAL_PRONOUNS,
    TIME_WORDS,
)
from tracker.extract.en_text import Quote, Sentence, Token, in_quote

MAX_NP = 9
#: Words between a platform verb and its purpose infinitive that end the search: a clause
#: or a quotation comes between ("took the stand, and said", "used what he called ...").
_PURPOSE_STOP = frozenset(["that", "and", "but", "or", "who", "which", "what"])
#: Suffixes that end a name with a period: "John G. Roberts Jr. spoke", "Acme Inc. said".
NAME_SUFFIXES = frozenset(["jr", "sr", "inc", "corp", "co", "ltd"])
PLURAL_OPENERS = frozenset(["those", "these", "many", "some", "several", "both", "all", "others"])
#: Adverbs set off by commas between a subject and its verb: "Critics, however, say ...".
PARENTHETICAL_ADVERBS = frozenset(
    [
        "however",
        "meanwhile",
        "though",
        "too",
        "also",
        "instead",
        "moreover",
        "nevertheless",
        "nonetheless",
        "still",
    ]
)
QUANTIFIERS = frozenset(["one", "two", "three", "four", "five", "several", "many", "both", "most", "some"])
NP_PREPOSITIONS = frozenset(["on", "in", "of", "from", "with", "at", "for", "around", "across"])
PARTY_TAG_RE = re.compile(r"^[RDI]-[A-Z]")

SUBJECT_HEADS = UNNAMED_HEADS | ORG_WORDS | MEDIA_WORDS | ALL_PRONOUNS | ROLE_NOUNS
#: Words that may open an appositive or relative clause after a name: "Smith, the head of ...".
#: Words before a cue that make it a noun or an infinitive: "the claims", "his tweets", "to say".
_NOUN_LEADS = (DETERMINERS - {"that"}) | frozenset(["of", "to", "for", "with", "by", "the"])
APPOSITIVE_OPENERS = DETERMINERS | frozenset(
    ["who", "whose", "which", "now", "then", "also", "himself", "herself"]
)


class Cue(NamedTuple):
    first: int  # token index
    last: int  # token index, inclusive
    words: tuple[str, ...]
    head: str  # words[0], read by every rule


def _cue(first: int, last: int, words: tuple[str, ...]) -> Cue:
    return tuple.__new__(Cue, (first, last, words, words[0]))  # no keyword handling: made per cue


#: A token's lowercase form (``Token.low``), and whether a word may open a cue.
_LOW = itemgetter(Token._fields.index("low"))
_IS_CUE_FIRST = CUE_FIRST_WORDS.__contains__


def find_cues(sent: Sentence) -> list[Cue]:
    """Reporting cues outside quotations, in order; phrases before single words."""
    toks = sent.tokens
    cues: list[Cue] = []
    # Most tokens are no cue: the candidates' indices are picked in C (no bytecode per
    # token), and the loop reads only them.
    candidates = compress(count(), map(_IS_CUE_FIRST, map(_LOW, toks)))
    headline: bool | None = None
    i = 0
    for n in candidates:
        if n < i:
            continue  # inside the phrase just matched
        tok = toks[n]
        if sent.quotes and in_quote(tok.start, sent.quotes) is not None:
            continue
        # A capitalised cue inside a sentence is a name ("Reports", "United States"), except
        # in a headline in title case: "Obama Says Museum Will Tell ...", "..., Doctor Says."
        if tok.text[:1].isupper() and n > 0 and tok.low != "according":
            if tok.low not in HEADLINE_CUES:
                continue
            if headline is None:
                headline = title_case(sent.text)
            if not headline:
                continue
        matched = None
        following = toks[n + 1].low if n + 1 < len(toks) else ""
        phrases = CUE_PHRASES.get(tok.low, ())
        for phrase in phrases:
            # Most phrases already fail on their second word ("as" is rarely "as stated in").
            if phrase[1] == following and tuple(t.low for t in toks[n : n + len(phrase)]) == phrase:
                after = toks[n + len(phrase)].low if n + len(phrase) < len(toks) else ""
                if phrase[-1] == "on" and (after in TIME_WORDS or after[:1].isdigit()):
                    continue  # "called on Tuesday": a date, not "called on the minister to"
                if phrase[-1] == "it" and not _says_it(toks, n, n + len(phrase)):
                    continue  # "put it on hold": a deed; "as Lee put it," a way of saying
                matched = _cue(n, n + len(phrase) - 1, phrase)
                break
        if matched is None and phrases and following.endswith("ly") and toks[n + 1].text.islower():
            # "spoke emotionally of": an adverb inside a two-word phrase.
            second = toks[n + 2].low if n + 2 < len(toks) else ""
            if (tok.low, second) in phrases:
                matched = _cue(n, n + 2, (tok.low, second))
        if matched is None and tok.low in SPEAK_FORMS:
            topic = speech_gap(toks, n)
            if topic is not None:
                matched = _cue(n, topic, (tok.low, toks[topic].low))
        if matched is None and tok.low in CUE_WORDS:
            matched = _cue(n, n, (tok.low,))
        if matched is not None:
            cues.append(matched)
            i = matched.last + 1
    return cues


def _says_it(toks: tuple[Token, ...], n: int, k: int) -> bool:
    """Whether "put it" at ``n`` (its next word at ``k``) is a way of saying: nothing but an
    adverb after "it" before the clause ends ("as Lee put it, C", "C, as Lee put it.", "Lee
    put it bluntly: Q"), and an "as" before the subject or a colon after it (with no cue
    after the colon: 'He put it simply: "Q," Lee said' is Lee's)."""
    if k < len(toks) and toks[k].low.endswith("ly") and toks[k].text.islower():
        k += 1
    end = toks[k].text if k < len(toks) else "."
    if end == ":":
        # 'He put it simply: "Q," Lee said': a cue after the quotation gives it to another
        return not any(t.low in CUE_WORDS and t.text.islower() for t in toks[k + 1 :])
    if end not in {",", ".", ";", "—"}:
        return False
    return any(t.low == "as" for t in toks[max(n - 8, 0) : n])


SPEAK_FORMS = frozenset(["speak", "speaks", "spoke", "spoken"])
_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "our", "your"])
_GAP_STOPS = _PURPOSE_STOP | frozenset(["when", "because", "as", "if", "than"])


def speech_gap(toks: tuple[Token, ...], n: int) -> int | None:
    """The "about"/"of" opening the topic of "spoke" at ``n`` past adverbials ("spoke at length
    about", "spoke during his speech of"), else None. Before "of" only adverbs or a possessive
    phrase: in "spoke on condition of anonymity" the "of" belongs to the noun."""
    for k in range(n + 2, min(n + 7, len(toks))):
        low = toks[k].low
        if low in {"about", "of"}:
            gap = toks[n + 1 : k]
            if low == "about" or all(t.low.endswith("ly") or t.low in {"more", "less"} for t in gap):
                return k
            return k if len(gap) >= 2 and gap[-2].low in _POSSESSIVES else None
        if not toks[k].text[:1].isalnum() or low in _GAP_STOPS or low in CUE_WORDS:
            return None
        if toks[k - 1].low in {"to", "with"} and (low in TIME_WORDS or low in {"this", "last", "next"}):
            return None  # "the experts I spoke to this week about": "to" ends a relative clause
    return None


def _aux_or_adverb(toks: tuple[Token, ...], j: int) -> bool:
    """Whether the word at ``j`` may stand between a subject and its cue: an auxiliary, an
    adverb in "-ly", "long" ("has long argued", "long maintained") or a perfect's "since"
    ("has since said"; "since" alone opens a clause)."""
    t = toks[j]
    return (
        t.low in AUXILIARIES
        or (t.low.endswith("ly") and t.text.islower())
        or t.text == "long"
        or (t.text == "since" and j > 0 and toks[j - 1].low in {"has", "have", "had"})
    )


def skip_aux_left(toks: tuple[Token, ...], i: int) -> int:
    """Index of the last token before ``i`` that is not an auxiliary or adverb."""
    j = i - 1
    while j >= 0 and _aux_or_adverb(toks, j):
        j -= 1
    if j >= 2 and toks[j].low == "to":
        # "The governor continues to insist", "she went on to say": the infinitive is the
        # report; its subject is that of the verb carrying it.
        if toks[j - 1].low in CATENATIVE_VERBS:
            return skip_aux_left(toks, j - 1)
        if toks[j - 1].low == "on" and toks[j - 2].low in GO_ON_VERBS:
            return skip_aux_left(toks, j - 2)
        for k in range(j - 2, max(j - 7, 0), -1):
            # "took to Twitter overnight to accuse", "held a news conference to announce": the
            # infinitive of purpose is the report; its subject is the platform verb's.
            if toks[k].low in PLATFORM_VERBS:
                return skip_aux_left(toks, k)
            if not toks[k].text[:1].isalnum() or toks[k].low in _PURPOSE_STOP:
                break
    return j


def is_passive_or_noun(toks: tuple[Token, ...], cue: Cue) -> bool:
    """ "was told", "is said to", "the claims", "his early tweets", "to say": not a speech act by a subject."""
    j = skip_aux_left(toks, cue.first)
    if j < 0:
        return False
    next_to_cue = j == cue.first - 1
    if (
        j >= 3
        and toks[j].text == ","
        and toks[j - 2].text == ","
        and toks[j - 1].low in PARENTHETICAL_ADVERBS
    ):
        # "Critics, however, say ...": the word before the aside is the one the verb follows.
        j -= 3
    prev = toks[j].low
    if prev in PASSIVE_AUX and cue.head.endswith(("ed", "told", "said", "written", "sworn")):
        return True
    if (
        _is_base_form(cue.head)
        and next_to_cue
        and j >= 1
        and toks[j - 1].text.endswith(("'s", "’s"))
        and toks[j - 1].low[:-2] not in ALL_PRONOUNS
        and toks[j].text.isalpha()
        and toks[j].text.islower()
        and not prev.endswith("s")
        and prev not in UNNAMED_HEADS
    ):
        return True  # "the fund's last estimate", "the mayor's own claim": a noun after a possessive
    if prev in QUANTIFIERS and cue.head not in NOUNLIKE_CUES:
        return False  # "the mother of three replied", "the two said": a verb after a number
    if prev in _NOUN_LEADS:
        return True
    if (
        toks[j].text.endswith(("'s", "’s"))
        and cue.head in NOUNLIKE_CUES
        and toks[j].low[:-2] not in PRONOUN_GENDER
    ):
        return True  # "Trump's tweet", "the ministry's statement" (but "she's said" is a verb)
    if (
        toks[j].text.endswith(("'s", "’s"))
        and cue.head.endswith("ed")
        and toks[j].low[:-2] not in ALL_PRONOUNS
    ):
        return True  # "the alliance's recommended 2 percent": an adjective (but "he's said" is a verb)
    if cue.head in NOUNLIKE_CUES and cue.head.endswith("s"):
        # A plural noun reads the same as a 3rd-person verb; only a plausible subject settles it.
        if prev in CAPITAL_ADJECTIVES:
            return True
        if prev in {"and", "but"}:
            return False  # "... and calls them losers": a second verb of the same subject
        # ... or a relative pronoun: "the study, which notes that ...".
        # ... or a document that speaks: "The ad claims that ...", "the lawsuit notes ...".
        return not (
            toks[j].text[:1].isupper()
            or prev in SUBJECT_HEADS
            or prev in {"who", "which", "ad"}
            or prev in DOCUMENT_HEADS
        )
    if _is_base_form(cue.head) and next_to_cue:
        # "post-traumatic stress", "the urge": a bare base form needs "they"/"officials" before it.
        return not (
            prev in PLURAL_PRONOUNS
            or prev.endswith("s")
            or (prev == "who" and j > 0 and toks[j - 1].low.endswith("s"))  # "economists who argue"
            or (prev == "whom" and j > 0 and toks[j - 1].low == "of")  # "many of whom say"
            or prev in UNNAMED_HEADS
            or toks[j].text[:1].isupper()
            or _plural_head_before_preposition(toks, j)
        )
    return False


def _plural_head_before_preposition(toks: tuple[Token, ...], j: int) -> bool:
    """ "Residents of the town say", "Observers in Ohio and around the country say": the verb
    agrees with the plural head before the prepositional phrase, not the noun next to it."""
    start = walk_left(toks, j, ())
    if start is None:
        return False
    if toks[start].low in PLURAL_OPENERS:
        return True  # "Those close to him say", "Many in the party say"
    for k in range(start + 1, j):
        if toks[k].low in NP_PREPOSITIONS:
            head = toks[k - 1].low
            return (head.endswith("s") and not head.endswith("ss")) or head in UNNAMED_HEADS
    return False


def _is_base_form(word: str) -> bool:
    return not word.endswith(("s", "ed", "ing")) and word not in IRREGULAR_PAST


IRREGULAR_PAST = frozenset(
    ["said", "told", "wrote", "written", "swore", "sworn", "spoke", "spoken", "went", "put"]
)


#: Words that end a noun phrase: clause words, auxiliaries, and the cues themselves.
_NP_BREAKS = NP_STOP | CUE_WORDS


def _np_word(tok: Token) -> bool:
    if tok.low in _NP_BREAKS:
        return False
    return tok.text[:1].isalnum() or tok.text in {".", "&", "/"}


def name_and(toks: tuple[Token, ...], k: int) -> bool:
    """ "and" joining two capitalised names: "Mr. Grassley and Mr. Leahy say"."""
    return (
        toks[k].low == "and"
        and 0 < k < len(toks) - 1
        and toks[k - 1].text[:1].isupper()
        and toks[k + 1].text[:1].isupper()
    )


def _org_and(toks: tuple[Token, ...], k: int) -> bool:
    """ "and" inside one body's name: "the Securities and Exchange Commission", where the
    capitalised words after it end on a body's head word."""
    if not name_and(toks, k):
        return False
    j = k + 1
    while j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
        j += 1
    return toks[j].low in ORG_WORDS


def walk_left(toks: tuple[Token, ...], end: int, quotes: tuple[Quote, ...]) -> int | None:
    """Start index of the noun phrase ending at token ``end`` (inclusive), or None."""
    # ``quotes and``: most sentences quote nobody, and then no call is needed to say so.
    if end < 0 or not _np_word(toks[end]) or (quotes and in_quote(toks[end].start, quotes)):
        return None
    if toks[end].text == "." and (
        end == 0
        or (
            toks[end - 1].low.rstrip(".") not in TITLES
            and toks[end - 1].low not in NAME_SUFFIXES
            and "." not in toks[end - 1].low  # "the S.E.C. said": an initialism's last period
        )
    ):
        return None  # a sentence's period, not "Sen." or "John Roberts Jr."
    i = end
    while (
        i - 1 >= 0
        and end - (i - 1) < MAX_NP
        and (_np_word(toks[i - 1]) or name_and(toks, i - 1))
        and not (quotes and in_quote(toks[i - 1].start, quotes))
    ):
        i -= 1
    if i >= 2 and toks[i - 1].low == "and":
        # "Experts on trade and farm policy said", "Observers in Ohio and around the country
        # say": an "and" inside a prepositional object, when the phrase opens the clause.
        j = walk_left(toks, i - 2, quotes)
        if (
            j is not None
            and any(t.low in NP_PREPOSITIONS for t in toks[j + 1 : i - 1])
            # "They learned of it on Friday and almost disclosed": a clause, not a phrase.
            and not any(t.low in ALL_PRONOUNS or t.low in TIME_WORDS for t in toks[j : i - 1])
            and (j == 0 or toks[j - 1].text in {",", "“", '"'})
            and end - j < 2 * MAX_NP
        ):
            i = j
    # A bare period only belongs to the phrase after a title ("Sen.") or an initial.
    while i <= end and toks[i].text == ".":
        i += 1
    return i if i <= end else None


def walk_right(toks: tuple[Token, ...], start: int, quotes: tuple[Quote, ...]) -> int | None:
    """End index (inclusive) of the noun phrase starting at token ``start``, or None."""
    if start >= len(toks) or not _np_word(toks[start]) or (quotes and in_quote(toks[start].start, quotes)):
        return None
    i = start
    while (
        i + 1 < len(toks)
        and i + 1 - start < MAX_NP
        and (_np_word(toks[i + 1]) or _org_and(toks, i + 1))
        and toks[i + 1].low not in {"on", "in", "at", "during", "after", "before", "last", "earlier", "this"}
        and not (quotes and in_quote(toks[i + 1].start, quotes))
    ):
        if toks[i + 1].text == "." and toks[i].low.rstrip(".") not in TITLES and len(toks[i].text) > 1:
            break
        i += 1
    return i


def _state_after_town(toks: tuple[Token, ...], k: int, comma: int) -> bool:
    """Whether the words between the commas at ``k`` and ``comma`` are a town's state ("Va.")."""
    if not toks[k - 1].text[:1].isupper():
        return False
    words = toks[k + 1 : comma]
    if len(words) == 2 and words[1].text == ".":
        return words[0].low in STATE_ABBREVIATIONS and words[0].text[:1].isupper()
    return len(words) <= 2 and all(t.text[:1].isupper() for t in words) and words[-1].low in PLACE_WORDS


def _party_tag(word: str) -> bool:
    """Whether a word in brackets is a party tag: "D-Dover", "R-Ohio", a bare "D"."""
    return word in {"D", "R", "I"} or PARTY_TAG_RE.match(word) is not None


def appositive_left(
    toks: tuple[Token, ...], comma: int, quotes: tuple[Quote, ...]
) -> tuple[int, int, int, int, int] | None:
    """For "Smith, the head of X, said" (or "The head of X, Smith, said") before ``comma``:
    (name start, name end, appositive start, appositive end, phrase start), token indices."""
    if comma >= 4 and toks[comma - 1].text == ")":
        # "His niece, Sen. Ann Price (D-Dover), said": a party tag closing the phrase before
        # the comma is read as that comma; the name before it is the subject.
        tag = next((k for k in range(comma - 2, max(comma - 5, 0), -1) if toks[k].text == "("), None)
        if tag is None or not _party_tag(toks[tag + 1].text):
            return None
        return appositive_left(toks, tag, quotes)
    k = comma - 1
    steps = 0
    while k >= 0 and toks[k].text != "," and steps < 32:
        if toks[k].text in {";", ":", "(", ")"} or (quotes and in_quote(toks[k].start, quotes)):
            return None
        k -= 1
        steps += 1
    if k < 1 or toks[k].text != "," or k + 1 >= comma:
        return None
    if _state_after_town(toks, k, comma):
        # "Johnnie Wilson, of Springfield, Va., said": the state closes the place appositive
        # "of Springfield"; the name before it is still the subject.
        earlier = appositive_left(toks, comma=k, quotes=quotes)
        if earlier is not None and any(t.low in {"of", "from"} for t in toks[earlier[2] : k]):
            return earlier[0], earlier[1], earlier[2], comma - 1, earlier[4]
        start = walk_left(toks, k - 1, quotes)
        if earlier is None and start is not None and any(t.low in {"of", "for", "in"} for t in toks[start:k]):
            # "The mayor of Dover, Ohio, said": the state closes the town a role phrase ends
            # on; the phrase is the subject, not the state.
            return start, k - 1, k + 1, comma - 1, start
    party_tag = PARTY_TAG_RE.match(toks[k + 1].text) is not None  # "McConnell, R-Ky., said"
    # "China, Pyongyang's only ally, said": lowercase words make it a description, not a name.
    described = any(t.text[:1].islower() and t.low not in NAME_CONNECTORS for t in toks[k + 1 : comma]) or (
        comma == k + 2 and toks[k + 1].text.isdigit()  # an age: "Quina Jones, 25, said"
    )
    if (
        toks[k + 1].low not in APPOSITIVE_OPENERS
        and not toks[k + 1].text[:1].islower()
        and not party_tag
        and not described
    ):
        # "The minister of the economy, Mr. Guajardo, argues": the name sits between the commas.
        inner = walk_left(toks, comma - 1, quotes)
        if inner == k + 1 and all(t.text[:1].isupper() or t.text == "." for t in toks[k + 1 : comma]):
            role_start = walk_left(toks, k - 1, quotes)
            if role_start is None:
                return None
            return k + 1, comma - 1, role_start, k - 1, role_start
        return None
    name_end = k - 1
    if name_end >= 0 and toks[name_end].text == ")":
        # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": skip the party tag.
        while name_end >= 0 and toks[name_end].text != "(":
            name_end -= 1
        name_end -= 1
    if name_end < 0:
        return None
    start = walk_left(toks, name_end, quotes)
    if start is None:
        return None
    if (
        start >= 2
        and toks[start - 1].text == ","
        and (
            toks[start].low in APPOSITIVE_OPENERS
            or toks[start].text[:1].islower()
            or toks[start].text.isdigit()
        )
    ):
        # Two appositives in a row: "Brunner, a developer and spokeswoman for X, which ..., said".
        earlier = appositive_left(toks, comma=k, quotes=quotes)
        if earlier is not None:
            return earlier[0], earlier[1], earlier[2], comma - 1, earlier[4]
    if not any(t.text[:1].isupper() or t.low in SUBJECT_HEADS for t in toks[start : name_end + 1]):
        return None
    return start, name_end, k + 1, comma - 1, start
