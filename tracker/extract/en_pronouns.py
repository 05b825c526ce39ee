"""Antecedents for the English speaker resolver: which earlier person a "he"/"she" means,
which group or body a "they"/"it" means, and the gender of a name.

A mixin of :class:`~tracker.extract.en_speakers.SpeakerResolver`: it reads the resolver's
``text``, ``names``, ``entities`` and ``last_statement`` and makes entities through its
``_entity``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

from tracker.extract.en_lexicon import (
    DOCUMENT_HEADS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    GENDER_PRONOUN_RE,
    IT_HEADS,
    MALE_NAMES,
    MALE_TITLES,
    PLACE_WORDS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    THEY_ENDINGS,
    THEY_HEADS,
)
from tracker.extract.en_names import given_and_surname
from tracker.extract.en_resources import (
    CUE_WORDS,
    FINITE_AUX,
    MODALS,
    PROGRESSIVE_AUX,
    SENTENCE_OPENERS,
    SUBJECT_PREPOSITIONS,
    SUBORDINATORS,
)
from tracker.extract.en_text import Token, tokenize
from tracker.records import Span, SpeakerRef

if TYPE_CHECKING:
    from tracker.extract.en_names import Names
    from tracker.extract.en_speakers import Entity


class Mention(NamedTuple):
    """A source noun phrase as a rule found it, before resolution."""

    start: int
    end: int
    tokens: tuple[Token, ...]


#: Words that end the noun phrase opening a sentence: its verb has begun.
_NP_END = FINITE_AUX | MODALS | PROGRESSIVE_AUX | CUE_WORDS | frozenset(["who", "which", "that"])
_NP_PUNCT = frozenset([",", ";", ":", "—", "(", '"', "“", "”", "."])


def opening_phrase(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """The noun phrase a sentence opens on, past "But", a quotation mark and an opening
    adverbial clause ("Should Mr. Clarke's company fail, environmentalists worry ..."),
    up to its verb (an auxiliary, a modal, a cue, or a past form after the first word)."""
    k = 0
    while k < len(toks) and toks[k].low in SENTENCE_OPENERS:
        if toks[k].text in {'"', "“"}:
            return ()  # '"In line with this, the members ... will begin," they said': quoted words
        k += 1
    if k < len(toks) and (
        toks[k].low in SUBJECT_PREPOSITIONS
        or toks[k].low in SUBORDINATORS
        or toks[k].low in {"should", "unlike"}
    ):
        comma = next((n for n in range(k + 1, min(len(toks), k + 20)) if toks[n].text == ","), None)
        if comma is None:
            return ()
        k = comma + 1
    end = k
    while end < len(toks) and end - k < 8:
        t = toks[end]
        if t.text in _NP_PUNCT or t.low in _NP_END or (end > k and t.low.endswith("ed") and t.text.islower()):
            break
        end += 1
    return toks[k:end]


def _singular_opening(toks: tuple[Token, ...]) -> bool:
    """Whether a sentence opens on one thing, not a plural or a person: "The strike is ...",
    "The city has offered ..." (not "The plans were ...", "Police closed ...", "Lee said ...")."""
    phrase = opening_phrase(toks)
    if not phrase or phrase[0].low not in {"the", "a", "an", "this", "that", "its"}:
        return False
    last = phrase[-1]
    return last.text.isalpha() and last.text.islower() and not last.low.endswith("s") and len(phrase) <= 4


def named_pair(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """Two names joined by "and" that a sentence opens on, up to its lowercase verb: "Mr.
    Grassley and Mr. Leahy sent a letter", "Senators Ann Lee and Tom Reyes said" (a title
    before the names counts with them); () when the run is anything else ("Lee and her
    aides", "Lee's and Reyes's offices", one name only)."""
    k = 0
    while k < len(toks) and toks[k].low in SENTENCE_OPENERS and toks[k].text not in {'"', "“"}:
        k += 1
    if k < len(toks) and (toks[k].low in SUBJECT_PREPOSITIONS or toks[k].low in SUBORDINATORS):
        return ()  # "In Dayton and Akron, voters ...": the names are no subject
    if k < len(toks) and toks[k].low == "the":
        k += 1  # "The Securities and Exchange Commission fined ...": one body, resolved as one
    end, joins = k, 0
    while end < len(toks):
        t = toks[end]
        if t.low == "and" and end > k and toks[end - 1].text[:1].isupper():
            joins += 1
        elif t.text == "." and end > k and toks[end - 1].text[:1].isupper() and len(toks[end - 1].text) <= 4:
            pass  # "Mr.", "Sen.", "E.": an abbreviation's period
        elif not t.text[:1].isupper() or t.low.endswith(("'s", "’s")):
            break
        end += 1
    if joins != 1 or end == len(toks) or toks[end - 1].low == "and":
        return ()
    return toks[k:end] if toks[end].text.islower() or toks[end].text == "," else ()


#: How far back (in characters) a quoted group stays the likely "they".
GROUP_REACH = 1500
#: How far back (in characters) a quoted document stays the likely "it".
DOCUMENT_REACH = 600
#: How far back (in name mentions) an antecedent is looked for: keeps huge inputs linear.
LOOKBACK = 300


def recent_first(occurrences: list, pos: int) -> range:
    """Indices of the name mentions before ``pos``, most recent first, at most LOOKBACK of them."""
    end = bisect_left(occurrences, (pos,))
    return range(end - 1, max(end - 1 - LOOKBACK, -1), -1)


class Antecedents:
    """Pronoun resolution and name genders, mixed into the speaker resolver."""

    text: str
    names: Names
    entities: dict[str, Entity]
    last_statement: list[tuple[int, Entity]]
    speakers: set[str]
    _gender_votes: dict[str, str | None]

    def _entity(self, words: tuple[str, ...], pos: int, kind: str | None = None) -> Entity:
        raise NotImplementedError  # the resolver's

    def _by_role(self, head: str, runs: list, pos: int) -> Entity | None:
        raise NotImplementedError  # the resolver's

    def _gender(self, full: tuple[str, ...]) -> str | None:
        ent = self.entities.get(" ".join(full))
        if ent is not None and ent.gender:
            return ent.gender
        titles = self.names.titles.get(full, set())
        if titles & MALE_TITLES:
            return "m"
        if titles & FEMALE_TITLES:
            return "f"
        first = full[0].lower() if len(full) > 1 or self._first_name_alone(full) else ""
        if first in MALE_NAMES:
            return "m"
        if first in FEMALE_NAMES:
            return "f"
        return self._pronoun_gender(full)

    def _pronoun_gender(self, full: tuple[str, ...]) -> str | None:
        """The gender the article's own pronouns give a name: the first "he"/"his" or
        "she"/"her" after each mention of its surname, in the same sentence, by majority."""
        key = " ".join(full).lower()
        if key in self._gender_votes:
            return self._gender_votes[key]
        votes = 0
        last = full[-1].lower()
        for start, words, _context in self.names.occurrences:
            if words[-1].lower() != last or (len(full) > 1 and self.names.fullest(words) != full):
                continue  # "Rakeyia Scott" is not her husband "Keith Lamont Scott"
            m = GENDER_PRONOUN_RE.match(self.text, start + sum(map(len, words)) + len(words) - 1)
            if m is not None:
                votes += 1 if m.group(1).lower() in {"he", "his", "him"} else -1
        found = "m" if votes > 0 else "f" if votes < 0 else None
        self._gender_votes[key] = found
        return found

    def _person_like(self, full: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Could this name be a "he" or "she"? Places and bare single words are not."""
        ent = self.entities.get(" ".join(full))
        if ent is not None and ent.kind == "person" and ent.name in self.speakers:
            return True
        if self.names.titles.get(words) or self.names.titles.get(full):
            return True
        if any(w.lower() in PLACE_WORDS for w in full) and not given_and_surname(full):
            return False  # a place, but "Linda Park" and "Ann Young" are people
        return len(full) >= 2 or self._first_name_alone(full)

    def _first_name_alone(self, full: tuple[str, ...]) -> bool:
        """ "Melanie" on its own, and no "X Melanie" in the article: a person called by first name."""
        if len(full) != 1:
            return False
        low = full[0].lower()
        return (low in MALE_NAMES or low in FEMALE_NAMES) and low not in self.names.full

    def _recent_person(self, pos: int, gender: str | None) -> Entity | None:
        """The person a "he"/"she" at ``pos`` most likely means.

        The more recent of (a) the last person quoted and (b) the last person named as a
        sentence's subject, agreeing in gender where that is known; failing both, the last
        person named at all. Names inside quotations, after "in"/"to" (places) or with
        neither a first name nor a title are not candidates.
        """
        spoke: Entity | None = None
        spoke_pos = -1
        for stmt_pos, ent in reversed(self.last_statement[-50:]):
            if ent.kind == "person" and ent.gender is None:
                ent.gender = self._gender(tuple(ent.name.split()))
            if ent.kind == "person" and (not gender or not ent.gender or ent.gender == gender):
                spoke, spoke_pos = ent, stmt_pos
                break
        occ = self.names.occurrences
        subject_hit: tuple[int, tuple[str, ...]] | None = None
        any_hit: tuple[int, tuple[str, ...]] | None = None
        flags, fullest, kind = self.names.flags, self.names.fullest, self.names.kind
        for k in recent_first(occ, pos):
            start, words, _context = occ[k]
            if start <= spoke_pos:
                break  # the person quoted last is more recent than any subject before this
            person_like, subject = flags(k)
            if not person_like:
                continue
            full = fullest(words)
            if kind(full) != "person" or not self._person_like(full, words):
                continue
            g = self._gender(full)
            if gender and g and g != gender:
                continue
            if any_hit is None:
                any_hit = (start, words)
            if subject:
                subject_hit = (start, words)
                break
        floor = max(spoke_pos, subject_hit[0] if subject_hit is not None else -1)
        for role_pos, role in reversed(self.names.role_subjects):
            if role_pos >= pos:
                continue
            if role_pos > floor:
                # "The president's Pacific roots also came into play. ..., he told": the
                # person the article calls "President X" opens the sentence before.
                titled = self._by_role(role, [], role_pos)
                if titled is not None and titled.kind == "person":
                    g = titled.gender or self._gender(tuple(titled.name.split()))
                    if not gender or not g or g == gender:
                        return titled
            break
        if subject_hit is not None and subject_hit[0] > spoke_pos:
            return self._entity(subject_hit[1], subject_hit[0], "person")
        if spoke is not None:
            return spoke
        if any_hit is not None:
            return self._entity(any_hit[1], any_hit[0], "person")
        return None

    def _recent_group(self, pos: int, plural: bool) -> Entity | None:
        """ "they": the last group quoted ("aides", "the protesters"), if recent, else the last
        organisation quoted or named; "it": the last organisation only, never a plural group."""
        spoke_pos, spoke = -1, None
        for stmt_pos, ent in reversed(self.last_statement[-50:]):
            if plural and ent.kind == "group" and pos - stmt_pos < GROUP_REACH:
                return ent
            if ent.name.rsplit(" ", 1)[-1].lower() in DOCUMENT_HEADS:
                if not plural and pos - stmt_pos < DOCUMENT_REACH:
                    return ent  # "..., the report says. It also notes ...": the last writing quoted
                continue
            if ent.kind in {"organization", "media"} or (plural and ent.kind == "group"):
                spoke_pos, spoke = stmt_pos, ent
                break
        occ = self.names.occurrences
        for k in recent_first(occ, pos):
            start, words, _context = occ[k]
            person_like = self.names.flags(k)[0]
            if start <= spoke_pos:
                break
            if person_like and self.names.kind(self.names.fullest(words)) in {"organization", "media"}:
                return self._entity(words, start)
        return spoke

    def _pronoun(self, word: str, span: Span) -> SpeakerRef | None:
        if word in PRONOUNS_PERSON:
            ent = self._recent_person(span.start, PRONOUN_GENDER.get(word))
            if ent is not None:
                if word in PRONOUN_GENDER and ent.gender is None:
                    ent.gender = PRONOUN_GENDER[word]
                return SpeakerRef(
                    ent.name, ent.kind, ent.role_text, span.text, span, tuple(sorted(ent.aliases))
                )
        elif word in PRONOUNS_PLURAL or word == "it":
            opening = self._subject_antecedent(span.start, word != "it")
            if opening is not None:
                ref = self.resolve(opening)  # type: ignore[attr-defined]
                if ref is not None and ref.kind != "person":
                    return SpeakerRef(ref.name, ref.kind, ref.role, span.text, span, ref.aliases)
            ent = self._recent_group(span.start, word != "it")
            if ent is not None:
                return SpeakerRef(
                    ent.name, ent.kind, ent.role_text, span.text, span, tuple(sorted(ent.aliases))
                )
        return SpeakerRef(span.text, "unnamed", None, span.text, span)

    def _subject_antecedent(self, pos: int, plural: bool) -> Mention | None:
        """ "They" or "it" taking up the subject of the sentence before (or of its own sentence,
        before it): "Voting rights advocates have expressed concern. They cite ...", "The ad
        then references ... It also mentions ...", "Proponents ... have urged ..., although they
        say ...", and, for "they", of the sentence before that when the one between opens on
        one thing ("The strike is the first in years."). Only a head that can speak counts:
        "The plans were drafted" is no "they"."""
        starts = self.names.sentence_starts
        k = bisect_right(starts, pos) - 1
        singular_between = False
        known = self.names.known
        for n in (k, k - 1, k - 2):
            if n <= 0:
                return None  # the first sentence is the headline
            if n == k - 2 and not (plural and singular_between):
                return None
            start = starts[n]
            end = min(pos, starts[n + 1] if n + 1 < len(starts) else pos, start + 400)
            sentence = tokenize(self.text, start, end)
            # "Nurses walked out. The strike is the first in years. They say ...": a sentence
            # about one thing between lets a "they" reach the subject before it.
            singular_between = n == k - 1 and _singular_opening(sentence)
            pair = named_pair(sentence) if plural else ()
            if pair and pair[-1].end <= pos:
                # "Mr. Grassley and Mr. Leahy sent a letter. ... they wrote": the two together.
                return Mention(pair[0].start, pair[-1].end, pair)
            toks = opening_phrase(sentence)
            for m, t in enumerate(toks):
                if t.start >= pos:
                    break
                low = t.low
                head = (
                    (
                        low in THEY_HEADS
                        or (
                            low.endswith(THEY_ENDINGS)
                            # "Truckers parked ...": capitalised only as the sentence's first
                            # word, and named nowhere else
                            and (
                                t.text.islower() or (m == 0 and t.text[1:].islower() and t.text not in known)
                            )
                        )
                    )
                    if plural
                    else low in IT_HEADS
                )
                if head:
                    first = 1 if toks[0].low in {"this", "that"} and m > 0 else 0
                    return Mention(toks[first].start, t.end, toks[first : m + 1])
        return None
