"""Scoring a query name against a speaker's names, across scripts.

A speaker is a bag of names (its name, Latin name and aliases); its score for a query
is the best score of any of them, and the name that gave it is reported ("matched").
One name pair is scored as the best of:

* ``100`` when the match forms (folded, no honorifics or articles) are equal;
* the folded-string ratio, which decides same-script variants (Zakharova / Zaharova);
* the cross-script key score: the ratio of the romanisation keys (see
  :mod:`tracker.speakers.keys`), with a small vowel-shape tie-break, damped for short
  keys because "l" (Ali) or "sd" (Assad, Asaad) say little;
* the tail score: the query against the *last words* of the candidate ("Zakharova"
  against "Maria Zakharova"), scaled to 90 so a surname never outranks a full match.

Thresholds: :data:`MATCH_THRESHOLD` is where a search hit counts as "this speaker";
:data:`SUGGEST_THRESHOLD` is where two stored speakers are proposed for a merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from tracker.normalize import script_of
from tracker.speakers.keys import key_tokens, vowel_shape
from tracker.speakers.names import match_form

MATCH_THRESHOLD = 85.0
SUGGEST_THRESHOLD = 85.0
TAIL_WEIGHT = 0.9
SHAPE_WEIGHT = 0.08


@dataclass(frozen=True, slots=True)
class NameForm:
    """The comparison forms of one name, computed once."""

    text: str
    norm: str
    tokens: tuple[str, ...]
    shape: str
    script: str

    @property
    def key(self) -> str:
        return "".join(self.tokens)


def name_form(text: str) -> NameForm:
    return NameForm(
        text=text,
        norm=match_form(text),
        tokens=key_tokens(text),
        shape=vowel_shape(text),
        script=script_of(text),
    )


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
        return 0.8
    if key_length == 3:
        return 0.88
    return 0.95


def key_score(query: NameForm, candidate: NameForm) -> float:
    if not query.key or not candidate.key:
        return 0.0
    raw = _ratio(query.key, candidate.key)
    blended = (1 - SHAPE_WEIGHT) * raw + SHAPE_WEIGHT * _ratio(query.shape, candidate.shape)
    return blended * _damp(min(len(query.key), len(candidate.key)))


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


def prefilter(query: NameForm, keys: Sequence[str], norms: Sequence[str], *, cutoff: float) -> set[int]:
    """Indexes of candidates worth full scoring: a vectorised first pass over keys and norms."""
    keep: set[int] = set()
    if query.key:
        for _, _, index in process.extract(
            query.key, keys, scorer=fuzz.partial_ratio, processor=None, score_cutoff=cutoff, limit=None
        ):
            keep.add(index)
    if query.norm:
        for _, _, index in process.extract(
            query.norm, norms, scorer=fuzz.partial_ratio, processor=None, score_cutoff=cutoff, limit=None
        ):
            keep.add(index)
    return keep


def rank(
    query: str, candidates: Sequence[Candidate], *, limit: int = 20, cutoff: float = 0.0
) -> list[Match]:
    """Candidates ordered by their best name's score (ties: lower id first)."""
    form = name_form(query)
    matches = []
    for candidate in candidates:
        score, matched = best_name(form, candidate.names)
        if score >= cutoff and matched:
            matches.append(Match(candidate.id, round(score, 1), matched))
    matches.sort(key=lambda m: (-m.score, m.id))
    return matches[:limit]
