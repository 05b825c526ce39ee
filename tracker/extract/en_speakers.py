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

from tracker.extract.en_lexicon import (
    ALL_PRONOUNS,
    DOCUMENT_HEADS,
    FEMALE_TITLES,
    GIVEN_NAMES,
    GROUP_NAMES,
    MALE_TITLES,
    MEDIA_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_NOUNS,
    THEY_HEADS,
    UNNAMED_HEADS,
    contracted_pronoun,
)
from tracker.extract.en_name_runs import NameRun, bare_name, cached_name_runs, kind_of
from tracker.extract.en_names import Names
from tracker.extract.en_pronouns import Antecedents, Mention, recent_first
from tracker.extract.en_resources import (
    DETERMINERS,
    TIME_TAIL,
    TIME_TAIL_OPENERS,
    TIME_UNITS,
    TIME_WORDS,
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
    head = bare_name(toks[-1].text)
    for n, tok in enumerate(toks):
        if n > 0 and tok.low in _POSTMODIFIERS:
            return bare_name(toks[n - 1].text)
    return head


#: Time adverbs a subject walk may take in before the subject.
_TIME_OPENERS = frozenset(["today", "tonight", "yesterday", "now", "later", "earlier", "meanwhile"])


def _without_time_words(toks: list[Token]) -> list[Token]:
    """A source without the adverbials the walk took in: "Sanders on Tuesday", "Clinton now",
    "Trump this week", "next eight weeks the Clinton campaign" name Sanders, Clinton, Trump
    and the campaign; a capitalised "Today" after a capitalised word is the name's own ("USA Today")."""
    while len(toks) > 1 and (toks[-1].low in TIME_TAIL or toks[-1].low in TIME_WORDS):
        if toks[-1].low in TIME_TAIL and toks[-1].text[:1].isupper() and toks[-2].text[:1].isupper():
            break  # a capitalised word inside a name: "USA Today", "Newsday Tonight"
        toks = toks[:-1]
        while len(toks) > 1 and toks[-1].low in TIME_TAIL_OPENERS:
            toks = toks[:-1]
    while len(toks) > 1 and toks[0].low in _TIME_OPENERS:
        toks = toks[1:]  # "Today the mayor said", "Yesterday Lee said": an adverbial first
    if len(toks) > 2 and toks[0].low == "that" and toks[1].low in TIME_UNITS:
        toks = toks[2:]  # "Later that day the mayor said"
    elif len(toks) > 1 and toks[0].low in TIME_UNITS and toks[1].low in DETERMINERS:
        toks = toks[1:]  # the same with the walk stopped at "that": "day the mayor"
    for n in range(1, min(len(toks) - 1, 3)):
        if toks[n].low in {"later", "earlier", "ago"} and toks[n - 1].low in TIME_UNITS:
            toks = toks[n + 1 :]  # "Days later the mayor said", "Two weeks ago Lee said"
            break
    if len(toks) > 2 and toks[0].low in TIME_TAIL_OPENERS:
        cut = next((k for k in range(1, min(len(toks) - 1, 5)) if toks[k].low in TIME_UNITS), None)
        if cut is not None:
            toks = toks[cut + 1 :]
    return toks


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    role_text: str | None = None
    aliases: set[str] = field(default_factory=set)
    last_seen: int = -1


#: Words after an unnamed source that keep it apart from the name after them: "a source close to X".
_NEAR_WORDS = frozenset(["close", "familiar", "briefed", "knowledgeable", "involved", "near"])
#: Heads of "the city of X": the place's government speaks, and is "the city" after.
PLACE_HEADS = frozenset(["city", "town", "village", "county", "state", "township", "borough", "province"])
#: Lowercase words inside an organisation's name: "Department of Health and Human Services".
_ORG_GLUE = frozenset(["and", "of", "for", "on", "the"])
_BODY_HEADS = ORG_WORDS | MEDIA_WORDS


class SpeakerResolver(Antecedents):
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

    def note_statement(self, pos: int, speaker: SpeakerRef) -> None:
        ent = self.entities.get(speaker.name)
        if ent is None and speaker.kind == "group":
            # "Aides said ...": a plural source that a later "they" may mean.
            ent = self.entities[speaker.name] = Entity(speaker.name, "group")
        elif ent is None and speaker.name.rsplit(" ", 1)[-1].lower() in DOCUMENT_HEADS:
            # "..., the report says. It also points out ...": a written source a later "it" may mean.
            ent = self.entities[speaker.name] = Entity(speaker.name, speaker.kind)
        if ent is not None:
            self.last_statement.append((pos, ent))
            self.speakers.add(ent.name)

    # --- resolution -------------------------------------------------------------------
    def resolve(self, mention: Mention, appositive: str | None = None) -> SpeakerRef | None:
        toks = _without_time_words([t for t in mention.tokens if t.text not in {",", "(", ")"}])
        if len(toks) > 1 and toks[-1].text == ".":
            toks = toks[:-1]  # "John G. Roberts Jr." ends on the suffix's period
        if not toks:
            return None
        span = Span(mention.start, mention.end, self.text[mention.start : mention.end])
        words = [t.low for t in toks]
        pronoun = words[-1] if words[-1] in ALL_PRONOUNS else contracted_pronoun(words[-1])
        if pronoun is not None and not any(t.text[:1].isupper() for t in toks[1:-1]):
            # "Later he", "even now at 86 she": the walk took in an adverbial; the pronoun is the
            # subject, and so is one with a verb contracted onto it ("she’d said").
            last = toks[-1]
            # The pronoun's own letters; a possessive read as its subject ("his" as "he") keeps its word.
            end = last.end if last.low == pronoun else last.start + len(pronoun)
            return self._pronoun(pronoun, Span(last.start, end, self.text[last.start : end]))
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
        if (
            "and" in words[1:-1]
            and toks[-1].text[:1].isupper()
            and not any(w in {"at", "of", "for", "from", "in"} for w in words[1:])
        ):
            # Two named sources speaking together: one group speaker, "Grassley and Leahy"
            # (not "the Tax Policy Center at the Urban Institute and Brookings Institution").
            # A capital before a lowercase word is a modifier ("Presidential candidates X and Y").
            after = {t.start: n for n, t in enumerate(toks)}
            parts = [
                r.words[-1]
                for r in cached_name_runs(tuple(toks))
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
            r
            for r in cached_name_runs(tuple(toks))
            if not (len(r.words) == 1 and r.words[0].lower() in NOT_NAMES)
        ]
        if (
            runs
            and len(runs[0].words) == 1
            and runs[0].start == toks[0].start
            and (
                runs[0].words[0].lower() in UNNAMED_HEADS
                or runs[0].words[0].lower() in DETERMINERS
                or runs[0].words[0].lower() in THEY_HEADS
                or self._plural_opener(runs[0].words[0], toks[0].start)
            )
        ):
            # "Officials said", "Proponents say", "Delegates questioned": a capital that only
            # opens the sentence.
            runs = runs[1:]
        lead = 0
        while lead < len(toks) - 1 and words[lead] in DETERMINERS:
            lead += 1
        head = _head(toks[lead:])
        if (
            lead + 2 < len(toks)
            and toks[lead].low in GROUP_NAMES
            and toks[lead + 1].low in {"in", "on", "from", "at"}
        ):
            # "Republicans in the state Senate say", "Democrats on the committee": the party's
            # members speak, not the body they sit in.
            phrase = " ".join(t.text for t in toks[lead:])
            return SpeakerRef(phrase, "group", None, span.text, span)
        if (
            runs
            and head.lower() in UNNAMED_HEADS
            and lead + 2 < len(toks)
            and (
                toks[lead + 1].low in _NEAR_WORDS
                or (
                    toks[lead + 1].low == "in"
                    and toks[lead + 2].start >= runs[0].start - 4
                    and self.names.kind(runs[0].words) not in {"organization", "media"}
                )
            )
        ):
            # "Officials in Dover said", "Voters in Ohio say": people of a place speak, not the
            # place; "a source close to Olsen", "people familiar with the board": not Olsen either.
            phrase = " ".join(t.text for t in toks[lead:])
            kind = "group" if head.endswith("s") and not head.endswith("ss") else "unnamed"
            return SpeakerRef(phrase, kind, None, span.text, span)
        role_bits = []
        affiliated = self._affiliated_person(toks, lead, runs)
        if affiliated is not None or (
            runs and runs[-1].end >= toks[-1].end - 1 and toks[-1].text[:1].isupper()
        ):
            run = affiliated or runs[-1]
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
            if len(role_words) == 2 and role_words[1] == "of" and role_words[0].lower() in PLACE_HEADS:
                # "The city of Phoenix is demanding ...": a later "the city" (or "it") is Phoenix,
                # a body, whatever its name looks like.
                ent.roles.add(role_words[0].lower())
                ent.kind = "organization"
            role = ", ".join(b for b in role_bits if b) or ent.role_text
            if role and not ent.role_text:
                ent.role_text = role
            return SpeakerRef(ent.name, ent.kind, role, span.text, span, tuple(sorted(ent.aliases)))
        # No name at the end: a role, an organisation by description, or an unnamed source.
        phrase = " ".join(t.text for t in toks[lead:])
        if words[0] in {"the", "this"} or (runs and head in _BODY_HEADS):
            role_ent = self._by_role(head, runs, mention.start)
            if role_ent is not None:
                return SpeakerRef(
                    role_ent.name, role_ent.kind, phrase, span.text, span, tuple(sorted(role_ent.aliases))
                )
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

    @staticmethod
    def _affiliated_person(toks: list[Token], lead: int, runs: list) -> NameRun | None:
        """ "Jane Ruiz of the Harbor Institute", "Larry Sabato at the University of Virginia":
        the person named first speaks; the body after "of"/"at"/"from" is an affiliation."""
        if len(runs) < 2 or len(runs[0].words) < 2:
            return None
        if any(t.start < runs[0].start and not t.text[:1].isupper() for t in toks[lead:]):
            return None  # only titles before the name: "Professor Larry Sabato of ..."
        if runs[0].words[0].lower() not in GIVEN_NAMES:
            return None
        after = next((k for k, t in enumerate(toks) if t.start >= runs[0].end), None)
        if after is None or toks[after].low not in {"of", "at", "from"}:
            return None
        return runs[0]

    def _plural_opener(self, word: str, pos: int) -> bool:
        """A plural noun capitalised only because it opens the sentence at ``pos``, never
        named elsewhere in the article: "Delegates questioned ..." (but "Marsh said" and a
        "Sanders" the article names elsewhere are names)."""
        if not word.endswith("s") or word.endswith("ss") or word in self.names.known:
            return False
        starts = self.names.sentence_starts
        k = bisect_left(starts, pos)
        return k < len(starts) and starts[k] == pos

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
        floor = best.last_seen if best is not None else None
        # Up to LOOKBACK mentions are read: what does not change from one to the next is hoisted.
        titles_of = self.names.titles if head in ROLE_NOUNS else None
        kind = self.names.kind
        for k in recent_first(occ, pos):
            start, words, _context = occ[k]
            if floor is not None and start <= floor:
                break
            if titles_of is not None:
                titles = titles_of.get(words)
                if titles is not None and (head in titles or short in titles):
                    return self._entity(words, start)  # titled
            if kind(words) != "person" and head in (w.lower() for w in words):
                return self._entity(words, start)  # named
        return best
