"""Scoring a query name against a speaker's names, across scripts.

A speaker is a bag of names (its name, Latin name and aliases); its score for a query
is the best score of any of them, and the name that gave it is reported ("matched").
One name pair is scored as the best of:

* ``100`` when the match forms (folded, no honorifics or articles) are equal;
* the folded-string ratio, which decides same-script variants (Zakharova / Zaharova);
* the cross-script key score: the ratio of the romanisation keys (see
  :mod:`tracker.speakers.keys`), or 0.9 times that of their coarse forms, damped for
  short keys because "l" or "sd" say little, minus 12 points for each letter of the
  Arabic spelling's vowel shape the Latin spelling cannot account for (الخطاب has a
  long a where "Khatib" has an i; مارينا has an n that "Maria" lacks);
* the tail score: the query against the *last words* of the candidate ("Zakharova"
  against "Maria Zakharova"), scaled to 90 so a surname never outranks a full match.

Thresholds: :data:`MATCH_THRESHOLD` is where a search hit counts as "this speaker";
:data:`SUGGEST_THRESHOLD` is where two stored speakers are proposed for a merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from tracker.normalize import script_of
from tracker.speakers.keys import coarse, key_tokens, vowel_shape
from tracker.speakers.names import match_form

MATCH_THRESHOLD = 85.0
SUGGEST_THRESHOLD = 85.0
TAIL_WEIGHT = 0.9
# Each long vowel (or consonant) of the Arabic spelling that the Latin one lacks.
VOWEL_MISS_PENALTY = 12.0
MAX_VOWEL_PENALTY = 24.0
# The coarse key (g/k/j/x merged) rescues Persian and Turkish spellings but says less.
COARSE_WEIGHT = 0.9


@dataclass(frozen=True, slots=True)
class NameForm:
    """The comparison forms of one name, computed once."""

    text: str
    norm: str
    tokens: tuple[str, ...]
    script: str
    #: The key words joined: scores compare keys without spaces, so word splits do not matter.
    key: str

    @property
    def shape(self) -> str:
        """The coarse vowel shape, computed only when a cross-script comparison needs it."""
        return _coarse_shape(self.text)


@lru_cache(maxsize=65536)
def _coarse_shape(text: str) -> str:
    return coarse(vowel_shape(text))


@lru_cache(maxsize=65536)
def _coarse(key: str) -> str:
    return coarse(key)


@lru_cache(maxsize=65536)
def name_form(text: str) -> NameForm:
    return NameForm(
        text=text,
        norm=match_form(text),
        tokens=(tokens := key_tokens(text)),
        script=script_of(text),
        key="".join(tokens),
    )


@lru_cache(maxsize=65536)
def stored_form(text: str, key: str | None, script: str) -> NameForm:
    """The form of a stored alias whose key and script are already known (SpeakerAlias columns)."""
    tokens = tuple((key or "").split())
    return NameForm(text=text, norm=match_form(text), tokens=tokens, script=script, key="".join(tokens))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A speaker as the scorer sees it: an id and the names it goes by."""

    id: int
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    id: int
    score: float
    matched: str


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return float(fuzz.ratio(a, b, processor=None, score_cutoff=0.0))


def _damp(key_length: int) -> float:
    # A two-letter skeleton matches many names; trust it less than a long one.
    if key_length <= 2:
        return 0.9
    if key_length == 3:
        return 0.92
    return 0.95


def vowel_misses(query: NameForm, candidate: NameForm) -> int:
    """Letters of the Arabic-script side's shape that the other side's shape cannot account for."""
    arabic_query, arabic_candidate = query.script == "arabic", candidate.script == "arabic"
    if arabic_query == arabic_candidate:
        return 0
    # Consonant disagreements are the key score's business: the shapes have coarse consonants.
    arabic, other = (query.shape, candidate.shape) if arabic_query else (candidate.shape, query.shape)
    if not arabic or not other:
        return 0
    common = LCSseq.similarity(arabic, other, processor=None, score_cutoff=None)
    return max(0, len(arabic) - int(common))


def key_score(query: NameForm, candidate: NameForm) -> float:
    if not query.key or not candidate.key:
        return 0.0
    raw = _ratio(query.key, candidate.key)
    if raw < 100.0:
        raw = max(raw, COARSE_WEIGHT * _ratio(_coarse(query.key), _coarse(candidate.key)))
    if raw * _damp(min(len(query.key), len(candidate.key))) < 60.0:
        return 0.0  # hopeless: spare the vowel check
    penalty = min(VOWEL_MISS_PENALTY * vowel_misses(query, candidate), MAX_VOWEL_PENALTY)
    return raw * _damp(min(len(query.key), len(candidate.key))) - penalty


def tail_score(query: NameForm, candidate: NameForm) -> float:
    """The query as the last words of a longer name (a surname, "Abu Qasra")."""
    n = len(query.tokens)
    if n == 0 or len(candidate.tokens) <= n:
        return 0.0
    tail = "".join(candidate.tokens[-n:])
    by_key = _ratio(query.key, tail) * _damp(min(len(query.key), len(tail)))
    words = candidate.norm.split()
    by_norm = _ratio(query.norm, " ".join(words[-len(query.norm.split()) :])) if words else 0.0
    return TAIL_WEIGHT * max(by_key, by_norm)


def pair_score(query: NameForm, candidate: NameForm) -> float:
    """How likely two names denote the same entity, 0-100."""
    if query.norm and query.norm == candidate.norm:
        return 100.0
    return max(
        _ratio(query.norm, candidate.norm),
        key_score(query, candidate),
        tail_score(query, candidate),
    )


def best_name(query: NameForm, names: Iterable[str]) -> tuple[float, str]:
    best, matched = 0.0, ""
    for name in names:
        score = pair_score(query, name_form(name))
        if score > best:
            best, matched = score, name
    return best, matched


def rank(query: str, candidates: Sequence[Candidate], *, limit: int = 20, cutoff: float = 0.0) -> list[Match]:
    """Candidates ordered by their best name's score (ties: lower id first)."""
    form = name_form(query)
    matches = []
    for candidate in candidates:
        score, matched = best_name(form, candidate.names)
        if score >= cutoff and matched:
            matches.append(Match(candidate.id, round(score, 1), matched))
    matches.sort(key=lambda m: (-m.score, m.id))
    return matches[:limit]
