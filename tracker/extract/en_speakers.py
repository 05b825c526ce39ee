"""Who is speaking: names, roles and pronouns of one English article, resolved in reading order.

A first pass collects every capitalised name run with its position (``Names``). A source
mention found by a rule ("he", "Garneau", "the minister", "officials", "Sen. Marc Garneau,
the foreign minister,") is then turned into a :class:`~tracker.records.SpeakerRef` whose
name is the fullest form the article gives: surnames and first names join the longest
name sharing them, pronouns take the most recent person (or group) mentioned before
them, and a definite role ("the minister") takes the most recent entity given that role.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tracker.extract.en_resources import (
    ALL_PRONOUNS,
    CAP_CHUNK_RE,
    DETERMINERS,
    FEMALE_TITLES,
    MALE_TITLES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NOT_NAMES,
    ORG_WORDS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    ROLE_NOUNS,
    TITLES,
    UNNAMED_HEADS,
)
from tracker.extract.en_text import Sentence, Token, tokenize
from tracker.records import Span, SpeakerRef


def _bare(word: str) -> str:
    """A token without its possessive and trailing dot: "Trump’s" -> "trump"."""
    low = word.lower().rstrip(".")
    for suffix in ("'s", "’s", "'", "’"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() or (tok.low in NAME_CONNECTORS and len(tok.text) > 1)


def kind_of(name: str, head: str = "") -> str:
    words = {_bare(w) for w in name.split()} | ({head} if head else set())
    if words & MEDIA_WORDS:
        return "media"
    if words & ORG_WORDS:
        return "organization"
    return "person"


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
class NameRun:
    start: int
    end: int
    words: tuple[str, ...]  # the name's words, titles stripped
    titles: tuple[str, ...]


_INNER_CONNECTORS = frozenset("of on for the".split())
_PLACE_PREPS = frozenset("in to from at of near across into through toward towards outside inside".split())


def _run_word(tokens: tuple[Token, ...], j: int, i: int) -> bool:
    tok = tokens[j]
    if _is_cap(tok) and tok.text[:1].isalpha():
        return True
    if tok.text == "." and j > i and (tokens[j - 1].low.rstrip(".") in TITLES | {"st"} or len(tokens[j - 1].text) == 1):
        return True
    # "Commission on Presidential Debates", "Department of Justice": lowercase glue between capitals.
    return (tok.low in _INNER_CONNECTORS and j > i and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
            and tokens[j - 1].text[:1].isupper() and tokens[j + 1].low not in NOT_NAMES)


def name_runs(tokens: tuple[Token, ...]) -> list[NameRun]:
    """Capitalised runs in a token sequence, with leading titles split off."""
    runs: list[NameRun] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].text[:1].isupper() or not tokens[i].text[:1].isalpha():
            i += 1
            continue
        j = i
        while j < n and _run_word(tokens, j, i):
            j += 1
            if _bare(tokens[j - 1].text) != tokens[j - 1].low.rstrip("."):
                break  # a possessive ends the name: "Trump's campaign"
        toks = [t for t in tokens[i:j] if t.text != "."]
        while toks and toks[-1].low in _INNER_CONNECTORS:
            toks.pop()
            j -= 1
        k = 0
        titles = []
        while k < len(toks) and (toks[k].low.rstrip(".") in TITLES or toks[k].low in NOT_NAMES):
            if toks[k].low.rstrip(".") in TITLES:
                titles.append(toks[k].low.rstrip("."))
            k += 1
        # A run such as "Massachusetts Sen. Elizabeth Warren": the title inside wins.
        for m in range(len(toks) - 2, k - 1, -1):
            if toks[m].low.rstrip(".") in TITLES:
                titles.append(toks[m].low.rstrip("."))
                k = m + 1
                break
        name_toks = toks[k:]
        while name_toks and name_toks[-1].low in NAME_CONNECTORS:
            name_toks = name_toks[:-1]
        if name_toks and not any(t.low in NOT_NAMES and t.low not in _INNER_CONNECTORS for t in name_toks):
            words = tuple(t.text.rstrip(".") if t.text.endswith(".") and len(t.text) > 2 else t.text
                          for t in name_toks)
            words = (*words[:-1], _strip_possessive(words[-1]))
            runs.append(NameRun(name_toks[0].start, name_toks[-1].end, words, tuple(titles)))
        i = max(j, i + 1)
    return runs


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class Names:
    """All names of one article, indexed by surname and first name."""

    def __init__(self, sentences: list[Sentence]) -> None:
        #: (position, name words, a likely person antecedent, at the start of its sentence)
        self.occurrences: list[tuple[int, tuple[str, ...], bool, bool]] = []
        counts: Counter[tuple[str, ...]] = Counter()
        self.titles: dict[tuple[str, ...], set[str]] = {}
        deferred: list[tuple[int, tuple[str, ...]]] = []
        for sent in sentences:
            for chunk in CAP_CHUNK_RE.finditer(sent.source, sent.start, sent.end):
                before = sent.source[sent.start : chunk.start()]
                tail = before[-40:].split()
                prev = tail[-1].strip(".,;:!?\"“”()—").lower() if tail else ""
                lead_words = len(before.split())
                word = chunk.group()
                if " " not in word and "\t" not in word:
                    # Fast path for the common one-word chunk ("The", "Trump", "I").
                    bare = _strip_possessive(word.rstrip("."))
                    if len(bare) < 2 or bare.lower() in NOT_NAMES or bare.lower() in TITLES:
                        continue
                    runs = [NameRun(chunk.start(), chunk.start() + len(bare), (bare,), ())]
                else:
                    runs = name_runs(tokenize(sent.source, chunk.start(), chunk.end()))
                for run in runs:
                    first_tok = run.start == chunk.start() and lead_words == 0
                    if len(run.words) == 1 and first_tok and not run.titles:
                        # "Climate change ...": a capital that may only open the sentence; kept
                        # below if the word is a name elsewhere.
                        deferred.append((run.start, run.words))
                        continue
                    quoted = any(q.open <= run.start < q.close for q in sent.quotes)
                    person_like = not quoted and prev not in _PLACE_PREPS and not all(w.isupper() for w in run.words)
                    subject = run.start == chunk.start() and (
                        lead_words == 0 or (lead_words <= 3 and before.rstrip().endswith(",")))
                    self.occurrences.append((run.start, run.words, person_like, subject))
                    counts[run.words] += 1
                    self.titles.setdefault(run.words, set()).update(run.titles)
        known = {w for words in counts for w in words}
        for start, words in deferred:
            if words[0] in known:
                self.occurrences.append((start, words, True, True))
                counts[words] += 1
        self.occurrences.sort()
        self._kinds: dict[tuple[str, ...], str] = {}
        self.full: dict[str, tuple[str, ...]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in counts:
            if len(words) >= 2 and len(words) <= 4:
                by_last.setdefault(words[-1].lower(), []).append(words)
                by_first.setdefault(words[0].lower(), []).append(words)
        for key, cands in by_last.items():
            self.full[key] = max(cands, key=lambda w: (counts[w], len(w)))
        self.first = {k: max(v, key=lambda w: counts[w]) for k, v in by_first.items()}

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
        if full and len(full) > len(words) and [w.lower() for w in full[-len(words):]] == [w.lower() for w in words]:
            return full
        if len(words) == 1 and last not in self.full and last in self.first:
            return self.first[last]
        return words


@dataclass(frozen=True, slots=True)
class Mention:
    """A source noun phrase as a rule found it, before resolution."""

    start: int
    end: int
    tokens: tuple[Token, ...]


class SpeakerResolver:
    """Turns source mentions into speakers, remembering who was named and what role they hold."""

    def __init__(self, text: str, names: Names) -> None:
        self.text = text
        self.names = names
        self.entities: dict[str, Entity] = {}
        self.last_statement: list[tuple[int, Entity]] = []

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

    def _recent_person(self, pos: int, gender: str | None) -> Entity | None:
        """The person a "he"/"she" at ``pos`` most likely means.

        The last quoted speaker wins unless a person named since then opened a sentence
        (a new subject); names inside quotations, after "in"/"to" (places) or without a
        first name or title are not candidates.
        """
        named: Entity | None = None
        named_pos, named_subject = -1, False
        for start, words, person_like, subject in self.names.occurrences:
            if start >= pos:
                break
            if not person_like:
                continue
            full = self.names.fullest(words)
            if self.names.kind(full) != "person":
                continue
            if len(full) < 2 and not self.names.titles.get(words) and " ".join(full) not in self.entities:
                continue
            ent = self.entities.get(" ".join(full))
            if gender and ent is not None and ent.gender and ent.gender != gender:
                continue
            named, named_pos, named_subject = ent or self._entity(words, start, "person"), start, subject
        spoke: Entity | None = None
        spoke_pos = -1
        for stmt_pos, ent in reversed(self.last_statement):
            if ent.kind == "person" and (not gender or not ent.gender or ent.gender == gender):
                spoke, spoke_pos = ent, stmt_pos
                break
        if spoke is None:
            return named
        if named is None or named is spoke:
            return spoke
        return named if named_pos > spoke_pos and named_subject else spoke

    def _recent_group(self, pos: int) -> Entity | None:
        for _, ent in reversed(self.last_statement):
            if ent.kind in {"organization", "group", "media"}:
                return ent
        return None

    def note_statement(self, pos: int, speaker: SpeakerRef) -> None:
        ent = self.entities.get(speaker.name)
        if ent is not None:
            self.last_statement.append((pos, ent))

    # --- resolution -------------------------------------------------------------------
    def resolve(self, mention: Mention, appositive: str | None = None) -> SpeakerRef | None:
        toks = [t for t in mention.tokens if t.text not in {",", "(", ")"}]
        if not toks:
            return None
        span = Span(mention.start, mention.end, self.text[mention.start:mention.end])
        words = [t.low for t in toks]
        if len(toks) == 1 and words[0] in ALL_PRONOUNS:
            return self._pronoun(words[0], span)
        lead = 0
        while lead < len(toks) - 1 and words[lead] in DETERMINERS:
            lead += 1
        runs = [r for r in name_runs(tuple(toks)) if not (len(r.words) == 1 and r.words[0].lower() in NOT_NAMES)]
        head = _bare(toks[-1].text)
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
        if head in UNNAMED_HEADS or not runs:
            plural = head.endswith("s") and not head.endswith("ss")
            kind = "organization" if head in ORG_WORDS else "media" if head in MEDIA_WORDS else (
                "group" if plural else "unnamed")
            return SpeakerRef(phrase, kind, None, span.text, span)
        ent = self._entity(tuple(phrase.split()), mention.start, kind_of(phrase, head))
        return SpeakerRef(ent.name, ent.kind, None, span.text, span)

    def _by_role(self, head: str, runs: list, pos: int) -> Entity | None:
        """"the minister" -> the entity last given that role; "the company" -> the last such organisation."""
        best = None
        for ent in self.entities.values():
            hit = head in ent.roles or (ent.kind != "person" and head in ent.name.lower().split())
            if hit and ent.last_seen < pos and (best is None or ent.last_seen > best.last_seen):
                best = ent
        return best

    def _pronoun(self, word: str, span: Span) -> SpeakerRef | None:
        if word in PRONOUNS_PERSON:
            ent = self._recent_person(span.start, PRONOUN_GENDER.get(word))
            if ent is not None:
                if word in PRONOUN_GENDER and ent.gender is None:
                    ent.gender = PRONOUN_GENDER[word]
                return SpeakerRef(ent.name, ent.kind, ent.role_text, span.text, span, tuple(sorted(ent.aliases)))
        elif word in PRONOUNS_PLURAL or word == "it":
            ent = self._recent_group(span.start)
            if ent is not None:
                return SpeakerRef(ent.name, ent.kind, ent.role_text, span.text, span, tuple(sorted(ent.aliases)))
        return SpeakerRef(span.text, "unnamed", None, span.text, span)
