"""Names in one English article: capitalised runs, their titles, and their fullest forms.

One pass over the sentences collects every name with its position, whether it opens its
sentence (a likely subject) and whether it could be a person at all (not inside a quotation,
not after "in"/"to"). :class:`Names` then answers "what is the fullest form of Garneau?"
for the speaker resolver (:mod:`.en_speakers`).
"""

from __future__ import annotations

import re
from operator import itemgetter

from tracker.extract.en_lexicon import (
    GIVEN_NAMES,
    NOT_AGENTS,
    PLACE_ENDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    UNNAMED_HEADS,
)
from tracker.extract.en_name_runs import (
    _LONG_LOWER_RE,
    chunk_name_runs,
    kind_of,
    one_word_runs,
    strip_possessive,
    title_case,
)
from tracker.extract.en_resources import CAP_CHUNK_RE, HEADLINE_CUES
from tracker.extract.en_text import Sentence

#: A sentence opening on a definite role: "The president's Pacific roots", "The senator, ...".
ROLE_SUBJECT_RE = re.compile(
    r"(?:But |And )?[Tt]he (?:[a-z]+ )?("
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")(?:['’]s)?\b"
)
#: A colon right after a name (a short capitalised word may come between): "The Gap Goes
#: On: ..." is a heading, "Smith:" a label.
LABEL_COLON_RE = re.compile(r"(?:\s+[A-Z][a-z]{0,3})?:")
#: A given name and a surname in a headline: "Hillary Clinton Goes After Donald Trump's ...".
GIVEN_SURNAME_RE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:['’]s)?)\b")


_SUBJECT_LEADS = frozenset(
    ["but", "and", "so", "yet", "still", "then", "now", "later", "meanwhile", "however", "also", "“", '"']
)
_PLACE_PREPS = frozenset(
    [
        "in",
        "to",
        "from",
        "at",
        "of",
        "near",
        "across",
        "into",
        "through",
        "toward",
        "towards",
        "outside",
        "inside",
    ]
)


def _role_appositive(text: str, end: int, limit: int) -> bool:
    """Whether ", a spokesman for", ", the president of" follows a name ending at ``end``."""
    if text[end : end + 2] != ", ":
        return False
    after = [w.strip(".,;").lower() for w in text[end + 2 : min(limit, end + 40)].split()[:4]]
    if any(w in ROLE_NOUNS for w in after):
        return True
    # "James Cole, a local engineer", "Ann Lee, the ferry's owner": an agent noun after an article.
    return bool(after) and after[0] in {"a", "an", "the"} and any(_agent_noun(w) for w in after[1:])


#: Agent endings of a person's occupation ("engineer", "historian", "activist").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant")


def _agent_noun(word: str) -> bool:
    word = word.removesuffix("'s").removesuffix("’s")
    return (
        (word in UNNAMED_HEADS or word.endswith(_AGENT_ENDINGS)) and word not in NOT_AGENTS and len(word) > 4
    )


#: Prepositions a person is named after as often as a place ("a letter from Ann Lee", "spoke
#: to Tom Reyes"): a given name and a surname after them are a person.
_PERSON_PREPS = frozenset(["from", "to"])


#: A sentence opening on a personal pronoun as its subject.
_PRONOUN_OPENING_RE = re.compile(r"(?:(?:But|And|Then|Later|So) )?(?:He|She|They|I|We)\b")


def given_and_surname(words: tuple[str, ...]) -> bool:
    """ "Ann Lee", "Linda Park": two or three words, a given name first, neither a place's
    first word nor a place's last ("Virginia Beach", "Charlotte County")."""
    return (
        2 <= len(words) <= 3
        and words[0].lower() in GIVEN_NAMES
        and words[0].lower() not in PLACE_WORDS
        and not any(w.lower() in PLACE_ENDS for w in words)
        and not any(w.lower() in PLACE_WORDS for w in words[1:-1])
        and kind_of(" ".join(words)) == "person"
        and all(w[:1].isupper() and w[1:].islower() for w in words if len(w) > 1)
    )


#: An occurrence's sort key: its position, then its words.
_position = itemgetter(0, 1)


def _occurrence_flags(
    start: int,
    words: tuple[str, ...],
    sent: Sentence,
    c_start: int,
    b: int,
    n: int,
    opens: bool,
    quotes: tuple,
) -> tuple[bool, bool]:
    """:meth:`Names.flags` of one occurrence, from where its chunk stands in its sentence."""
    source, s_start = sent.source, sent.start
    # Only the last 40 characters before the name matter (no quadratic slicing).
    near = c_start - s_start <= 40
    before = source[s_start if near else c_start - 40 : c_start]
    tail = [] if opens else before.rsplit(None, 1)
    prev = tail[-1].strip('.,;:!?"“”()—').lower() if tail else ""
    if prev in _PERSON_PREPS and given_and_surname(words):
        person_like = True  # "heard from Ann Lee", "spoke to Tom Reyes": a person, not a place
    elif prev in _PLACE_PREPS or LABEL_COLON_RE.match(source, c_start + b) is not None:
        person_like = False  # "in Ohio", and a label: "The Gap Goes On: It was under ..."
    elif len(words) == 1:
        person_like = not words[0].isupper()
    else:
        # All capitals, or a shouted heading run into the text ("THE BORROWING Back when ..."):
        # no person (an acronym, "FBI", is short).
        person_like = not any(w.isupper() and (len(w) > 4 or all(v.isupper() for v in words)) for w in words)
    if person_like:
        # A name inside a quotation is the speaker's reference, not the narrative's; quotations
        # longer than 300 characters (excerpts of other articles) and quotations never closed
        # (a paragraph of a longer excerpt opening on '"') are narrative.
        for q in quotes:
            if q.open <= start < q.close and q.end - q.start < 300 and q.close > q.end:
                person_like = False
                break
    if n == 0:
        if opens:
            subject = True
        else:
            lead = before.strip().lower() if near else before.rstrip()[-1:]
            subject = (lead.endswith(",") and c_start - s_start <= 80) or lead in _SUBJECT_LEADS
    else:
        subject = False
    if not subject and person_like and len(words) >= 2 and not _PRONOUN_OPENING_RE.match(source, s_start):
        # "... worries Henry Crespo, president of the caucus.": a name given a role in
        # apposition is introduced as a source, like a subject (but "She sent it to Linda
        # Park, a lawyer." goes on about the "she" the article had).
        subject = _role_appositive(source, c_start + b, sent.end)
    if subject and not opens:
        ending = source[c_start + b - 2 : c_start + b + 1]
        if ending[-1:] in {"'", "’"} or ending[:2] in {"'s", "’s"}:
            # "..., Jared Diamond's 2005 best seller, ...": a possessor in apposition, not a
            # subject (but "Mr. Obama's bet is that ..." opens on him).
            subject = False
    return person_like, subject


class Names:
    """All names of one article, indexed by surname and first name."""

    def __init__(self, sentences: list[Sentence]) -> None:
        #: (position, name words, context for :meth:`flags`), in reading order
        self.occurrences: list[tuple[int, tuple[str, ...], tuple | None]] = []
        self._flags: dict[int, tuple[bool, bool]] = {}
        counts: dict[tuple[str, ...], int] = {}
        one_word, chunk_runs = one_word_runs, chunk_name_runs
        self.titles: dict[tuple[str, ...], set[str]] = {}
        deferred: list[tuple[int, tuple[str, ...]]] = []
        headline_names: list[tuple[str, ...]] = []
        #: (position, role) of sentences opening on a definite role: "The president's roots ...".
        self.role_subjects: list[tuple[int, str]] = []
        #: Where each sentence starts, in order (for "they"/"it" taking up a subject).
        self.sentence_starts: list[int] = [s.start for s in sentences]
        occurrences = self.occurrences
        add, count = occurrences.append, counts.get
        titles_of = self.titles
        for sent in sentences:
            source, s_start = sent.source, sent.start
            if _LONG_LOWER_RE.search(source, s_start, sent.end) is None and title_case(
                source[s_start : sent.end]
            ):
                # A headline: every word is capitalised, so only a known given name before a
                # surname ("Hillary Clinton Goes After ...") tells a name; it only lends its
                # fullest form to the body's "Clinton".
                for m in GIVEN_SURNAME_RE.finditer(source, s_start, sent.end):
                    # "Lee Says Bridge Is Safe": a given name's next word may be the cue.
                    if m.group(1).lower() in GIVEN_NAMES and m.group(2).lower() not in HEADLINE_CUES:
                        headline_names.append((m.group(1), strip_possessive(m.group(2))))
                continue
            role = (
                ROLE_SUBJECT_RE.match(source, s_start, sent.end)
                if source.startswith(("The ", "the ", "But ", "And "), s_start)
                else None
            )
            if role is not None:
                self.role_subjects.append((s_start, role.group(1).lower()))
            quotes = sent.quotes
            for chunk in CAP_CHUNK_RE.finditer(source, s_start, sent.end):
                word = chunk.group()
                if " " not in word and "\t" not in word:
                    # Fast path for the common one-word chunk ("The", "Trump", "I").
                    runs = one_word(word)
                    if runs is None:
                        continue
                else:
                    runs = chunk_runs(word)
                c_start = chunk.start()
                opens = c_start - s_start <= 40 and not source[s_start:c_start].strip()
                n = 0
                for a, b, words, titles in runs:
                    if opens and a == 0 and len(words) == 1 and not titles:
                        # "Climate change ...": a capital that may only open the sentence; kept
                        # below if the word is a name elsewhere.
                        deferred.append((c_start, words))
                        n += 1
                        continue
                    # Whether it can be a "he" and whether it is a subject is worked out only
                    # if a pronoun ever looks back at it (:meth:`flags`).
                    add((c_start + a, words, (sent, c_start, b, n, opens, quotes)))
                    counts[words] = count(words, 0) + 1
                    if titles:
                        titles_of.setdefault(words, set()).update(titles)
                    n += 1
        known = {w for words in counts for w in words}
        #: Words of the names found away from a sentence's first word ("Delegates" opening a
        #: sentence is no name unless the article names it elsewhere).
        self.known = known
        kept = [(start, words, None) for start, words in deferred if words[0] in known]
        for _start, words, _ctx in kept:
            counts[words] = counts.get(words, 0) + 1
        if kept:
            # The rest are in reading order already: only sentence openers kept here need a place.
            self.occurrences.extend(kept)
            self.occurrences.sort(key=_position)
        self._kinds: dict[tuple[str, ...], str] = {}
        self.full: dict[str, tuple[str, ...]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in headline_names:
            counts.setdefault(words, 0)
        for words in counts:
            if len(words) >= 2 and len(words) <= 4:
                by_last.setdefault(words[-1].lower(), []).append(words)
                by_first.setdefault(words[0].lower(), []).append(words)
        # Most names have one form: max() and its key only where there is a choice.
        for key, cands in by_last.items():
            self.full[key] = cands[0] if len(cands) == 1 else max(cands, key=lambda w: (counts[w], len(w)))
        self.first = {
            k: v[0] if len(v) == 1 else max(v, key=lambda w: counts[w]) for k, v in by_first.items()
        }

    def flags(self, k: int) -> tuple[bool, bool]:
        """(a likely person antecedent, named as a subject) for occurrence ``k``.

        A name inside a short quotation, after "in"/"to" (a place) or written in capitals is
        no person antecedent; a subject opens its sentence, follows its opening adverbial's
        comma or a "But", or is given a role in apposition ("Henry Crespo, president of ...").
        """
        found = self._flags.get(k)
        if found is not None:
            return found
        start, words, ctx = self.occurrences[k]
        # No context: a capital opening its sentence, known as a name elsewhere.
        found = (True, True) if ctx is None else _occurrence_flags(start, words, *ctx)
        self._flags[k] = found
        return found

    def kind(self, words: tuple[str, ...]) -> str:
        kind = self._kinds.get(words)
        if kind is None:
            kind = self._kinds[words] = kind_of(" ".join(words))
        return kind

    def fullest(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The fullest form of a name: "Garneau" -> ("Marc", "Garneau")."""
        if not words:
            return words
        last = words[-1].lower()
        full = self.full.get(last)
        if (
            full
            and len(full) > len(words)
            and [w.lower() for w in full[-len(words) :]] == [w.lower() for w in words]
        ):
            return full
        if len(words) == 1 and last not in self.full and last in self.first:
            return self.first[last]
        return words
