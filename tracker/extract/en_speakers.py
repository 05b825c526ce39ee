"""Who is speaking: names, roles and pronouns of one English article, resolved in reading order.

A first pass collects every capitalised name run with its position (``Names``). A source
mention found by a rule ("he", "Garneau", "the minister", "officials", "Sen. Marc Garneau,
the foreign minister,") is then turned into a :class:`~tracker.records.SpeakerRef` whose
name is the fullest form the article gives: surnames and first names join the longest
name sharing them, pronouns take the most recent person (or group) mentioned before
them, and a definite role ("the minister") takes the most recent entity given that role.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from tracker.extract.en_names import Names, _bare, kind_of, name_runs
from tracker.extract.en_resources import (
    ALL_PRONOUNS,
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    GENDER_PRONOUN_RE,
    MALE_NAMES,
    MALE_TITLES,
    MEDIA_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_WORDS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    TIME_TAIL,
    TIME_TAIL_OPENERS,
    TIME_UNITS,
    TIME_WORDS,
    UNNAMED_HEADS,
)
from tracker.extract.en_text import Token
from tracker.records import Span, SpeakerRef

_POSTMODIFIERS = frozenset(
    [
        "of",
        "with",
        "from",
        "in",
        "at",
        "for",
        "on",
        "close",
        "familiar",
        "who",
        "that",
        "which",
        "involved",
        "briefed",
        "knowledgeable",
        "speaking",
        "according",
        "near",
        "inside",
        "within",
    ]
)


def _head(toks: list[Token]) -> str:
    """The head noun of a phrase: the word before its first post-modifier ("source" in
    "a source familiar with the talks")."""
    head = _bare(toks[-1].text)
    for n, tok in enumerate(toks):
        if n > 0 and tok.low in _POSTMODIFIERS:
            return _bare(toks[n - 1].text)
    return head


def _without_time_words(toks: list[Token]) -> list[Token]:
    """A source without the adverbials the walk took in: "Sanders on Tuesday", "Clinton now",
    "Trump this week", "next eight weeks the Clinton campaign" name Sanders, Clinton, Trump
    and the campaign."""
    while len(toks) > 1 and (toks[-1].low in TIME_TAIL or toks[-1].low in TIME_WORDS):
        toks = toks[:-1]
        while len(toks) > 1 and toks[-1].low in TIME_TAIL_OPENERS:
            toks = toks[:-1]
    if len(toks) > 2 and toks[0].low in TIME_TAIL_OPENERS:
        cut = next((k for k in range(1, min(len(toks) - 1, 5)) if toks[k].low in TIME_UNITS), None)
        if cut is not None:
            toks = toks[cut + 1 :]
    return toks


@dataclass
class Entity:
    name: str
    kind: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    role_text: str | None = None
    aliases: set[str] = field(default_factory=set)
    last_seen: int = -1


@dataclass(frozen=True, slots=True)
class Mention:
    """A source noun phrase as a rule found it, before resolution."""

    start: int
    end: int
    tokens: tuple[Token, ...]


#: Lowercase words inside an organisation's name: "Department of Health and Human Services".
_ORG_GLUE = frozenset(["and", "of", "for", "on", "the"])
#: How far back (in characters) a quoted group stays the likely "they".
GROUP_REACH = 1500
#: How far back (in name mentions) an antecedent is looked for: keeps huge inputs linear.
LOOKBACK = 300


def _recent_first(occurrences: list, pos: int) -> range:
    """Indices of the name mentions before ``pos``, most recent first, at most LOOKBACK of them."""
    end = bisect_left(occurrences, (pos,))
    return range(end - 1, max(end - 1 - LOOKBACK, -1), -1)


class SpeakerResolver:
    """Turns source mentions into speakers, remembering who was named and what role they hold."""

    def __init__(self, text: str, names: Names) -> None:
        self.text = text
        self.names = names
        self.entities: dict[str, Entity] = {}
        self.last_statement: list[tuple[int, Entity]] = []
        self.speakers: set[str] = set()
        self._gender_votes: dict[str, str | None] = {}

    # --- entity bookkeeping -------------------------------------------------------
    def _entity(self, words: tuple[str, ...], pos: int, kind: str | None = None) -> Entity:
        full = self.names.fullest(words)
        name = " ".join(full)
        ent = self.entities.get(name)
        if ent is None:
            titles = self.names.titles.get(full, set()) | self.names.titles.get(words, set())
            gender = "m" if titles & MALE_TITLES else "f" if titles & FEMALE_TITLES else None
            ent = Entity(name, kind or kind_of(name), gender)
            ent.roles.update(t for t in titles if t in ROLE_NOUNS)
            self.entities[name] = ent
        if " ".join(words) != name:
            ent.aliases.add(" ".join(words))
        ent.last_seen = max(ent.last_seen, pos)
        return ent

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
        key = full[-1].lower()
        if key in self._gender_votes:
            return self._gender_votes[key]
        votes = 0
        for start, words, _person, _subject in self.names.occurrences:
            if words[-1].lower() != key:
                continue
            m = GENDER_PRONOUN_RE.match(self.text, start + len(words[-1]))
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
        if any(w.lower() in PLACE_WORDS for w in full):
            return False
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
        occ = self.names.occurrences
        subject_hit: tuple[int, tuple[str, ...]] | None = None
        any_hit: tuple[int, tuple[str, ...]] | None = None
        for k in _recent_first(occ, pos):
            start, words, person_like, subject = occ[k]
            if not person_like:
                continue
            full = self.names.fullest(words)
            if self.names.kind(full) != "person" or not self._person_like(full, words):
                continue
            g = self._gender(full)
            if gender and g and g != gender:
                continue
            if any_hit is None:
                any_hit = (start, words)
            if subject:
                subject_hit = (start, words)
                break
        spoke: Entity | None = None
        spoke_pos = -1
        for stmt_pos, ent in reversed(self.last_statement[-50:]):
            if ent.kind == "person" and ent.gender is None:
                ent.gender = self._gender(tuple(ent.name.split()))
            if ent.kind == "person" and (not gender or not ent.gender or ent.gender == gender):
                spoke, spoke_pos = ent, stmt_pos
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
            if ent.kind in {"organization", "media"} or (plural and ent.kind == "group"):
                spoke_pos, spoke = stmt_pos, ent
                break
        occ = self.names.occurrences
        for k in _recent_first(occ, pos):
            start, words, person_like, _subject = occ[k]
            if start <= spoke_pos:
                break
            if person_like and self.names.kind(self.names.fullest(words)) in {"organization", "media"}:
                return self._entity(words, start)
        return spoke

    def note_statement(self, pos: int, speaker: SpeakerRef) -> None:
        ent = self.entities.get(speaker.name)
        if ent is None and speaker.kind == "group":
            # "Aides said ...": a plural source that a later "they" may mean.
            ent = self.entities[speaker.name] = Entity(speaker.name, "group")
        if ent is not None:
            self.last_statement.append((pos, ent))
            self.speakers.add(ent.name)

    # --- resolution -------------------------------------------------------------------
    def resolve(self, mention: Mention, appositive: str | None = None) -> SpeakerRef | None:
        toks = _without_time_words([t for t in mention.tokens if t.text not in {",", "(", ")"}])
        if not toks:
            return None
        span = Span(mention.start, mention.end, self.text[mention.start : mention.end])
        words = [t.low for t in toks]
        if words[-1] in ALL_PRONOUNS and not any(t.text[:1].isupper() for t in toks[1:-1]):
            # "Later he", "even now at 86 she": the walk took in an adverbial; the pronoun is the subject.
            last = toks[-1]
            return self._pronoun(words[-1], Span(last.start, last.end, last.text))
        if "and" in words[1:-1] and toks[-1].text[:1].isupper():
            # "the Securities and Exchange Commission": one body whose name has an "and".
            lead = next(
                (n for n, t in enumerate(toks) if t.text[:1].isupper() and t.low not in DETERMINERS),
                len(toks),
            )
            body = toks[lead:]
            if (
                len(body) >= 3
                and all(t.text[:1].isupper() or t.low in _ORG_GLUE for t in body)
                and any(t.low in ORG_WORDS or t.low.rstrip("s") in ORG_WORDS for t in body)
                and not any(a.low == "and" and b.low == "the" for a, b in pairwise(body))
            ):
                ent = self._entity(tuple(t.text for t in body), mention.start, "organization")
                return SpeakerRef(ent.name, ent.kind, None, span.text, span, tuple(sorted(ent.aliases)))
        if "and" in words[1:-1] and toks[-1].text[:1].isupper():
            # Two named sources speaking together: one group speaker, "Grassley and Leahy".
            # A capital before a lowercase word is a modifier ("Presidential candidates X and Y").
            after = {t.start: n for n, t in enumerate(toks)}
            parts = [
                r.words[-1]
                for r in name_runs(tuple(toks))
                if not (
                    len(r.words) == 1
                    and r.start in after
                    and after[r.start] + 1 < len(toks)
                    and toks[after[r.start] + 1].text.islower()
                    and toks[after[r.start] + 1].low not in {"and", "or"}
                )
            ]
            if len(parts) >= 2:
                ent = self._entity((" and ".join(parts),), mention.start, "group")
                ent.kind = "group"
                return SpeakerRef(ent.name, "group", None, span.text, span)
        runs = [
            r for r in name_runs(tuple(toks)) if not (len(r.words) == 1 and r.words[0].lower() in NOT_NAMES)
        ]
        if (
            runs
            and len(runs[0].words) == 1
            and runs[0].start == toks[0].start
            and (runs[0].words[0].lower() in UNNAMED_HEADS or runs[0].words[0].lower() in DETERMINERS)
        ):
            runs = runs[1:]  # "Officials said": a capital that only opens the sentence
        lead = 0
        while lead < len(toks) - 1 and words[lead] in DETERMINERS:
            lead += 1
        head = _head(toks[lead:])
        role_bits = []
        if runs and runs[-1].end >= toks[-1].end - 1 and toks[-1].text[:1].isupper():
            run = runs[-1]
            role_words = [t.text for t in toks[lead:] if t.end <= run.start and t.text != "."]
            ent = self._entity(run.words, mention.start)
            role_bits = [" ".join(role_words)] if role_words else []
            if run.titles:
                ent.roles.update(t for t in run.titles if t in ROLE_NOUNS)
            if appositive:
                role_bits.append(appositive)
                ent.roles.update(w for w in appositive.lower().split() if w in ROLE_NOUNS)
            for w in role_words:
                if w.lower() in ROLE_NOUNS:
                    ent.roles.add(w.lower())
            role = ", ".join(b for b in role_bits if b) or ent.role_text
            if role and not ent.role_text:
                ent.role_text = role
            return SpeakerRef(ent.name, ent.kind, role, span.text, span, tuple(sorted(ent.aliases)))
        # No name at the end: a role, an organisation by description, or an unnamed source.
        phrase = " ".join(t.text for t in toks[lead:])
        if words[0] in {"the", "this"} or (runs and head in ORG_WORDS | MEDIA_WORDS):
            ent = self._by_role(head, runs, mention.start)
            if ent is not None:
                return SpeakerRef(ent.name, ent.kind, phrase, span.text, span, tuple(sorted(ent.aliases)))
        if head in UNNAMED_HEADS or not runs or runs[-1].end < toks[-1].end - 1:
            plural = head.endswith("s") and not head.endswith("ss")
            kind = (
                "organization"
                if head in ORG_WORDS
                else "media"
                if head in MEDIA_WORDS
                else ("group" if plural else "unnamed")
            )
            return SpeakerRef(phrase, kind, None, span.text, span)
        ent = self._entity(tuple(phrase.split()), mention.start, kind_of(phrase, head))
        return SpeakerRef(ent.name, ent.kind, None, span.text, span)

    def _by_role(self, head: str, runs: list, pos: int) -> Entity | None:
        """ "the minister" -> the person last given that title; "the company" -> the last such organisation."""
        best = None
        short = ROLE_ABBREVIATIONS.get(head, head)
        for ent in self.entities.values():
            hit = (
                head in ent.roles
                or short in ent.roles
                or (ent.kind != "person" and head in ent.name.lower().split())
            )
            if hit and ent.last_seen < pos and (best is None or ent.last_seen > best.last_seen):
                best = ent
        occ = self.names.occurrences
        for k in _recent_first(occ, pos):
            start, words, _person, _subject = occ[k]
            if best is not None and start <= best.last_seen:
                break
            titled = head in ROLE_NOUNS and (
                head in self.names.titles.get(words, ()) or short in self.names.titles.get(words, ())
            )
            named = self.names.kind(words) != "person" and head in (w.lower() for w in words)
            if titled or named:
                return self._entity(words, start)
        return best

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
            ent = self._recent_group(span.start, word != "it")
            if ent is not None:
                return SpeakerRef(
                    ent.name, ent.kind, ent.role_text, span.text, span, tuple(sorted(ent.aliases))
                )
        return SpeakerRef(span.text, "unnamed", None, span.text, span)
