"""Subjects and the words around a cue, for the English reporting-verb rules.

Who a verb's subject is when no tagger says so: the name opening the sentence (past an
adverbial, an appositive or a ", who ..." clause), whether a walked phrase can be a subject
at all, the "is"/"was" of a progressive cue, and where the content starts after the cue
("told Reuters on Tuesday that ...").
"""

from __future__ import annotations

from tracker.extract.en_frame import mention_of
from tracker.extract.en_lexicon import ALL_PRONOUNS, IT_HEADS, NOT_NAMES, ROLE_NOUNS, TITLES, UNNAMED_HEADS
from tracker.extract.en_phrases import (
    SUBJECT_HEADS,
    Cue,
    skip_aux_left,
    walk_left,
    walk_right,
)
from tracker.extract.en_resources import (
    ADVERBIAL_OPENERS,
    AUXILIARIES,
    COORDINATED_CUES,
    CUE_WORDS,
    DETERMINERS,
    DIRECTIVE_VERBS,
    FINITE_AUX,
    HEARER_VERBS,
    MODALS,
    NOUN_PHRASE_GLUE,
    OBJECT_THAT_VERBS,
    PROGRESSIVE_ADVERBS,
    PROGRESSIVE_AUX,
    QUANTITY_WORDS,
    SENTENCE_OPENERS,
    SUBJECT_PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
)
from tracker.extract.en_speakers import Mention
from tracker.extract.en_text import QUOTED, Token


def skip_hearer_and_adverbials(toks: tuple[Token, ...], cue: Cue) -> int:
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
            # "told the Times it is clear": a pronoun after the hearer starts the content; so
            # does an article right after a name or a one-word hearer ("told CNN the plan
            # would ...", "told reporters the plan ...", but "told the head of the panel that").
            end = next(
                (
                    k - 1
                    for k in range(i + 1, end + 1)
                    if toks[k].low in ALL_PRONOUNS
                    or (toks[k].low in {"the", "a", "an"} and (k - 1 == i or toks[k - 1].text[:1].isupper()))
                    # "told the newspaper the plan ...": a second article after a whole hearer
                    or (toks[k].low in {"the", "a", "an"} and _whole_hearer(toks, i, k))
                ),
                end,
            )
        if end is not None and end - i < 6:
            i = end + 1
    if (
        i + 1 < len(toks)
        and toks[i + 1].text == ":"
        and toks[i].low.endswith("ly")
        and toks[i].text.islower()
    ):
        return i + 2  # 'said bluntly: "Q"', 'put it simply: C': the manner is no content
    if i + 1 < len(toks) and toks[i].low == "of":
        # 'says of Clinton, "If she ..."' (or a colon: 'said of the ruling: "It is ..."'; any cue
        # before a quotation: 'joked of the museum, "..."'): the topic is not the content; what
        # follows the comma is.
        comma = next((k for k in range(i + 1, min(i + 7, len(toks))) if toks[k].text in {",", ":"}), None)
        if (
            comma is not None
            and comma + 1 < len(toks)
            and toks[comma + 1].text in ({'"', "“", "that"} if cue.head in COORDINATED_CUES else {'"', "“"})
        ):
            return comma + 1
    # Look ahead for "that" across adverbials: "said in an interview on Tuesday that ..."; what
    # opens otherwise is the content's own subject ("said many of the cases that critics cite").
    if i < len(toks) and not adverbial_start(toks[i]) and cue.head not in OBJECT_THAT_VERBS:
        return i
    for k in range(i, min(i + 14, len(toks))):
        if toks[k].low == "that":
            return k + 1
        if toks[k].text == ":" and k > i:
            return k + 1  # 'said in a statement: "Q"', 'told reporters on Monday:': the colon opens it
        if toks[k].text in {",", ":", ";", '"', "“", "”", "—", QUOTED} or toks[k].low in {
            "and",
            "but",
            "as",
            "when",
        }:
            break
        if toks[k].low in CUE_WORDS:
            break  # "at a news conference announcing that ...": that "that" is not ours
        if toks[k].low == "to" and cue.head in DIRECTIVE_VERBS:
            break  # "urged Iran to stop actions that ...": the "that" is the infinitive's
        if toks[k].low in FINITE_AUX or toks[k].low in MODALS:
            break  # "said the tariff could change that": a clause has begun; its "that" is not ours
    return i


_HEARER_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my"])
_HEARER_GLUE = frozenset(["of", "for", "at", "in", "on", "from", "with", "and", "to", "by"])


def _whole_hearer(toks: tuple[Token, ...], i: int, k: int) -> bool:
    """Whether the words from ``i`` to ``k`` are a whole hearer, a determiner and lowercase
    words ("the local newspaper", "the paper's editors"), so the article at ``k`` opens the
    content; "the head of the panel" goes on past its "of"."""
    return (
        k - i >= 2
        and toks[i].low in _HEARER_DETERMINERS
        and all(t.text.islower() and t.low not in _HEARER_GLUE for t in toks[i + 1 : k])
    )


def adverbial_start(tok: Token) -> bool:
    """Whether a word after a cue can open an adverbial: "in", "Tuesday", "repeatedly", "10"."""
    low = tok.low
    return (
        low == "that"
        or low in ADVERBIAL_OPENERS
        or low in SUBJECT_PREPOSITIONS
        or low in TIME_WORDS
        or low[:1].isdigit()
        or (low.endswith("ly") and tok.text.islower())
    )


def right_is_adverbial(toks: tuple[Token, ...], i: int) -> bool:
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


def progressive_aux(toks: tuple[Token, ...], cue: Cue) -> int | None:
    """Index of the "is"/"was" of a progressive cue ("is saying", "were also warning"), if any."""
    if not cue.head.endswith("ing"):
        return None
    j = cue.first - 1
    while j >= 0 and toks[j].low in PROGRESSIVE_ADVERBS:
        j -= 1
    return j if j >= 1 and toks[j].low in PROGRESSIVE_AUX else None


def name_before_relative(toks: tuple[Token, ...], comma: int) -> int | None:
    """End index of the capitalised name opening a sentence whose subject carries a
    ", who ..." clause that ends at ``comma`` (the comma before the verb), else None."""
    if not toks or not toks[0].text[:1].isupper() or toks[0].low in NOT_NAMES:
        return None
    # "Nora Quint, a spokeswoman for the Alliance, which represents ..., said": the relative
    # clause may hang on the appositive; the name opening the sentence is still the subject.
    who = next(
        (k for k in range(comma - 1, 0, -1) if toks[k].low in {"who", "which"} and toks[k - 1].text == ","),
        None,
    )
    if who is None or any(t.text in {'"', "“", "”", ";", ":"} for t in toks[:comma]):
        return None
    end = 0
    while end + 1 < who and (toks[end + 1].text[:1].isupper() or toks[end + 1].text == "."):
        end += 1
    return end if end + 1 < who and toks[end + 1].text == "," and end >= 1 else None


def sentence_subject(toks: tuple[Token, ...], limit: int) -> Mention | None:
    """The name opening a sentence ("Attorney General Roy Cooper (D), ..., called ..., saying"):
    the subject a participle refers back to when no cue of the sentence named it."""
    k = 0
    if limit and toks[0].text in {'"', "“"}:
        # '"Promise mama ...," Blige sings ... before asking': the subject follows the quotation.
        close = next((n for n in range(1, limit) if toks[n].text in {'"', "”"}), None)
        if close is None:
            return None
        k = close + 1
        while k < limit and toks[k].text in {",", "—"}:
            k += 1
    elif limit and (
        toks[0].low in SUBJECT_PREPOSITIONS
        or (toks[0].low.endswith(("ed", "ing")) and toks[0].low not in CUE_WORDS)
    ):
        # "On Thursday, however, Pardo spoke ...", "Chastened by the analyses, Trump revised
        # ...": past the opening adverbial or participial phrase.
        comma = next((n for n in range(1, min(limit, 14)) if toks[n].text == ","), None)
        if comma is None:
            return None
        k = comma + 1
    while k < min(k + 3, limit) and toks[k].low in SENTENCE_OPENERS:
        k += 1  # "But she ...", "Later, the senator ..."
    if k >= limit:
        return None
    if toks[k].low in SUBJECT_PRONOUNS:
        return mention_of(toks, k, k)
    first = k
    for k in range(first, min(first + 3, limit)):
        if toks[k].text[:1].isupper() and toks[k].low not in NOT_NAMES:
            end = walk_right(toks, k, ())
            if (
                end is not None
                and end < limit
                and toks[end].text[:1].isupper()
                # "Mr. Schultz generally supported Democrats", "Blige sings to Clinton": the
                # walk ran through a verb; only "Officials at the State Department" is one phrase.
                and all(
                    t.text[:1].isupper() or t.low in NOUN_PHRASE_GLUE or t.low in ROLE_NOUNS
                    for t in toks[k : end + 1]
                )
            ):
                return mention_of(toks, k, end)
            end = k  # the walk ran on into the predicate: the capitalised run alone is the name
            while end + 1 < limit and (toks[end + 1].text[:1].isupper() or toks[end + 1].text == "."):
                end += 1
            return mention_of(toks, k, end) if end > k or toks[k].low not in DETERMINERS else None
        if toks[k].low in DETERMINERS:
            # "The senator complained ..., even suggesting": a role or group noun phrase.
            end = walk_right(toks, k, ())
            if end is not None:
                # "A reporter spotted Olsen and ...": the walk ran through a past verb and its object.
                end = next(
                    (
                        m - 1
                        for m in range(k + 2, end)
                        if toks[m].text.islower()
                        and toks[m].low.endswith("ed")
                        and (toks[m + 1].text[:1].isupper() or toks[m + 1].low in DETERMINERS)
                    ),
                    end,
                )
            if (
                end is not None
                and end < limit
                and (toks[end].low in SUBJECT_HEADS or toks[end].text[:1].isupper())
            ):
                return mention_of(toks, k, end)
            return None
    return None


def plausible_subject(toks: tuple[Token, ...]) -> bool:
    """A name, a pronoun, a determiner phrase or a plural/role noun: "almost" is not a subject."""
    if toks[0].low in SUBJECT_PREPOSITIONS:
        return False  # "In a Facebook message posted Friday": a subject never opens with "in"
    if any(t.text[:1].isupper() for t in toks) or toks[0].low in DETERMINERS:
        return True
    last = toks[-1].low
    return last in ALL_PRONOUNS or last in SUBJECT_HEADS or last.endswith("s") or len(toks) >= 3


def names_something(toks: tuple[Token, ...], i: int) -> bool:
    """Whether "called" at ``i - 1`` names its object something: "called Burma a 'good news
    story'", "called Oz a quack", "called them ''Manchurian anchors''", "called the deal a
    disaster" -- an object of a few words, then "a"/"an"/"as" or a quotation."""
    for k in range(i + 1, min(len(toks), i + 9)):
        t = toks[k]
        if t.low in {"a", "an", "as"} or t.text in {'"', "“", "'", QUOTED}:
            return True
        if t.text in {",", ".", ";", ":"} or t.low in {"for", "on", "to", "that", "and", "who", "which"}:
            return False
    return False


_DASHES = frozenset(["-", "—", "–"])
_DOCUMENT_DETERMINERS = frozenset(["the", "this", "its", "their"])


def _document_before(toks: tuple, which: int) -> Mention | None:
    """ "the study -- which notes that ...", "the report, which says ...": a document or a
    body that can speak, just before a "which" set off by a comma or a dash."""
    k = which - 1
    if toks[k].text == ",":
        k -= 1
    else:
        while k > 0 and toks[k].text in _DASHES:
            k -= 1
        if k == which - 1:
            return None  # no comma and no dash: "the study which notes" is restrictive
    if k < 1 or toks[k].low not in IT_HEADS or not toks[k].text.islower():
        return None
    if toks[k - 1].low in _DOCUMENT_DETERMINERS:
        return mention_of(toks, k - 1, k)
    if k >= 2 and toks[k - 2].low in _DOCUMENT_DETERMINERS and toks[k - 1].text.isalpha():
        # "the Saudi government, which has denied ...", "the city council, which said ...":
        # one modifier between the article and the head.
        return mention_of(toks, k - 2, k)
    return None


#: Words that may stand before a plural source singled out by a "who" clause: "some economists who".
_PLURAL_LEADS = frozenset(["some", "many", "most", "other", "several", "the", "those", "these", "few"])


#: The quantities of a partitive relative: "many of whom", "some of whom", "two of whom".
_PARTITIVES = frozenset(
    ["many", "some", "most", "all", "several", "few", "both", "none", "one", "two", "three", "half", "each"]
)


def _own_subject(tok: Token) -> bool:
    """Whether the word after "who" is a subject of its own ("who Lee said", "who officials
    say", "who she says"), not an adverbial ("who in 2010 said", "who Tuesday said")."""
    if tok.low in TIME_WORDS:
        return False
    return tok.text[:1].isupper() or tok.low in ALL_PRONOUNS or tok.low in UNNAMED_HEADS


def relative_antecedent(toks: tuple, j: int) -> tuple[Mention, int] | None:
    """The name a ", who" before the cue (at most three adverbial words between: "who in
    2010 said") refers to, and the index of "who"; ", which" for a named body ("the Harbor
    Board, which contended that ...")."""
    if j >= 3 and toks[j].low == "whom" and toks[j - 1].low == "of" and toks[j - 2].low in _PARTITIVES:
        start = walk_left(toks, j - 4, ()) if toks[j - 3].text == "," else None
        if start is None:
            return None
        # No tagger: the walk may take in the verb or preposition governing the group ("the
        # plan angered farmers", "went over well with families"); the group starts after it.
        for k in range(j - 5, start - 1, -1):
            low = toks[k].low
            if (low in SUBJECT_PREPOSITIONS and low != "of") or (
                low.endswith("ed") and toks[k].text.islower()
            ):
                start = k + 1
                break
        # "family members of the victims, many of whom say C": the group named before speaks
        # (in part); the phrase names the group, not "whom".
        return mention_of(toks, start, j - 4), j
    who = next((k for k in range(j, max(j - 4, 0), -1) if toks[k].low in {"who", "which"}), None)
    if who is None or who < 1 or any(t.text in {",", '"', "“", "”"} for t in toks[who + 1 : j + 1]):
        return None
    if toks[who].low == "who" and who + 1 < j + 1 and _own_subject(toks[who + 1]):
        return None  # "Reyes, who Lee said was a liar": Lee speaks; "who" is the content's subject
    if toks[who].low == "which" and not all(
        t.low in ADVERBIAL_OPENERS or t.low.endswith("ly") for t in toks[who + 1 : j + 1]
    ):
        return None  # "the test, which state media claimed ...": "which" is the object there
    if toks[who].low == "which":
        body = _document_before(toks, who)
        if body is not None:
            return body, who
    end = who - 1
    if toks[end].text != ",":
        if toks[who].low == "who" and toks[end].low in UNNAMED_HEADS and toks[end].low.endswith("s"):
            # "some economists who argue that ...", "critics who say ...": a plural source
            # singled out by what it says.
            start = end - 1 if end > 0 and toks[end - 1].low in _PLURAL_LEADS else end
            return mention_of(toks, start, end), who
        return None  # "a young woman who suggested": a restrictive clause, often the hearer's
    end -= 1
    if end >= 0 and not toks[end].text[:1].isupper():
        # "McConnell, now the Senate majority leader, who": past the appositive to the name.
        comma = next((k for k in range(end - 1, max(end - 9, -1), -1) if toks[k].text == ","), None)
        if comma is None:
            return None
        end = comma - 1
    if end < 0 or not toks[end].text[:1].isupper():
        return None
    start = end  # the capitalised run ending there: "with McConnell, ..., who" names McConnell
    while start > 0 and (toks[start - 1].text[:1].isupper() or toks[start - 1].text == "."):
        start -= 1
    if toks[start].low in NOT_NAMES and toks[start].low not in TITLES:
        return None  # "Then Lee, who ...", but "said Mr. Kamin, who emphasized that C" names Kamin
    return mention_of(toks, start, end), who


def modal_before(toks: tuple, first: int) -> str | None:
    """The modal in the auxiliaries and adverbs right before a cue ("may also highlight",
    "would formally declare"), if there is one."""
    j = first - 1
    while j >= 0 and (toks[j].low in AUXILIARIES or (toks[j].low.endswith("ly") and toks[j].text.islower())):
        if toks[j].low in MODALS:
            return toks[j].low
        j -= 1
    return None


def inside_reduced_relative(toks: tuple, cue_first: int) -> bool:
    """Whether the subject before a cue is a pronoun right after "a/the (adjective) noun":
    "a rule they say", "the new plan she says" (a relative clause without its "that")."""
    j = skip_aux_left(toks, cue_first)
    if j < 2 or toks[j].low not in SUBJECT_PRONOUNS:
        return False
    for k in (j - 1, j - 2):  # the noun, or an adjective and the noun
        if k < 1 or not (toks[k].text.isalpha() and toks[k].text.islower()) or toks[k].low in DETERMINERS:
            return False
        if toks[k - 1].low in DETERMINERS:
            return True
    return False


def that_or_quote(toks: tuple, k: int) -> bool:
    return k < len(toks) and (toks[k].low == "that" or toks[k].text in {'"', "“", ":", ","})


def quantity(toks: tuple, k: int) -> bool:
    """Whether a quantity opens at ``k``: "20", "a dozen", "half", "$5 million"."""
    if k >= len(toks):
        return False
    low = toks[k].low
    if low[:1].isdigit() or low in QUANTITY_WORDS:
        return True
    return low in {"a", "an"} and k + 1 < len(toks) and toks[k + 1].low in QUANTITY_WORDS
