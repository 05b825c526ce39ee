"""Deciding one statement's link: which claim it repeats, and whether as same, variant or misquote.

Pure: the statement and its scored neighbours in, a :class:`Decision` out. The database
path (``tracker.services.claims``) and the in-memory path (:mod:`tracker.linking.cluster`)
both call :func:`decide`, so they link alike.

Two tiers, as in Meedan Check: a link is *confirmed* automatically only when it is
``same`` with a score at or above ``confirm_threshold``; everything else is *suggested*
for a person to confirm or reject.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.linking.guard import compare, word_diff
from tracker.linking.score import similarity
from tracker.linking.text import ClaimText

SAME = "same"
VARIANT = "variant"
MISQUOTE = "possible_misquote"
# Two quotes of one speaker this alike are taken for the same words, reported differently.
MISQUOTE_SCORE = 50.0


@dataclass(frozen=True, slots=True)
class LinkRules:
    """Thresholds of linking (0-100 scores of :func:`tracker.linking.score.similarity`)."""

    #: At or above: the statement joins the best claim (as same, variant or misquote).
    link_threshold: float = 60.0
    #: At or above, with no difference found by the guard: the relation is ``same``.
    same_threshold: float = 75.0
    #: At or above, and ``same``: confirmed automatically.
    confirm_threshold: float = 95.0
    #: When set, statements further apart in days are not linked automatically.
    window_days: int | None = None
    #: A claim is joined only if its anchor (first wording) scores at least this too: stops
    #: a claim drifting, one loose paraphrase at a time, to a different claim.
    anchor_threshold: float = 30.0
    #: Points added, when choosing the claim, per further candidate of that claim that also
    #: scores over the link threshold (up to ``support_cap`` of them); never to the link's score.
    support_bonus: float = 2.0
    support_cap: int = 3
    #: How many same-relation members of the chosen claim the guard also checks.
    guard_members: int = 5


@dataclass(frozen=True, slots=True)
class Item:
    """One statement as linking sees it."""

    id: int
    claim: ClaimText
    #: A speaker identity key (speaker id, or folded name); None when unknown.
    speaker: str | None = None
    day: date | None = None
    #: Direct quotes of the statement, read for matching.
    quotes: tuple[ClaimText, ...] = ()


@dataclass(frozen=True, slots=True)
class Member:
    """A candidate already linked: the statement, its claim and its relation there."""

    item: Item
    claim_id: int
    relation: str = SAME


@dataclass(frozen=True, slots=True)
class Decision:
    """Where a statement goes. ``claim_id`` None: it starts a new claim."""

    claim_id: int | None
    score: float
    relation: str
    confirmed: bool
    matched_id: int | None = None
    difference: dict[str, Any] | None = field(default=None)


NEW_CLAIM = Decision(claim_id=None, score=100.0, relation=SAME, confirmed=True)


def _in_window(a: Item, b: Item, rules: LinkRules) -> bool:
    if rules.window_days is None or a.day is None or b.day is None:
        return True
    return abs((a.day - b.day).days) <= rules.window_days


def _misquote(item: Item, members: Sequence[Member]) -> tuple[int, list[dict[str, Any]]] | None:
    """A member quoting the same speaker directly in other words, with the word diff."""
    if item.speaker is None or not item.quotes:
        return None
    # A repeat quoted in the very same words as a member already looked at finds nothing new.
    seen: set[tuple[str, ...]] = set()
    for member in members:
        other = member.item
        if other.speaker != item.speaker or not other.quotes:
            continue
        wording = tuple(quote.text for quote in other.quotes)
        if wording in seen:
            continue
        seen.add(wording)
        for quote in item.quotes:
            # The first best-scoring quote, if it reaches MISQUOTE_SCORE (below it, a 0).
            best, best_score = other.quotes[0], -1.0
            for candidate in other.quotes:
                score = similarity(quote, candidate, MISQUOTE_SCORE)
                if score > best_score:
                    best, best_score = candidate, score
            if best_score >= MISQUOTE_SCORE:
                diff = word_diff(quote, best)
                if diff:
                    return other.id, diff
    return None


def _anchor_agrees(item: Item, member: Member, anchors: dict[int, Item], rules: LinkRules) -> bool:
    anchor = anchors.get(member.claim_id)
    if anchor is None or anchor.id == member.item.id:
        return True
    # A loose check on purpose: the anchor may share only inflected forms with a paraphrase.
    return similarity(item.claim, anchor.claim, rules.anchor_threshold, by_keys=False) > 0.0


def decide(
    item: Item,
    members: Sequence[Member],
    anchors: dict[int, Item],
    rules: LinkRules,
    excluded_claims: frozenset[int] = frozenset(),
) -> Decision:
    """Link ``item`` to the claim of its best-scoring member, or start a new claim.

    ``anchors`` maps claim ids to their first statement (the canonical wording), which the
    guard also checks; ``excluded_claims`` are claims a person rejected for this statement.
    """
    scored: list[tuple[float, Member]] = []
    scores: dict[str, float] = {}
    claim, threshold = item.claim, rules.link_threshold
    if excluded_claims or rules.window_days is not None:
        members = [
            m for m in members if m.claim_id not in excluded_claims and _in_window(item, m.item, rules)
        ]
    for member in members:
        # Verbatim repeats among the candidates are scored once (the score depends on the
        # form alone): in a busy store most candidates of a repeated sentence are such.
        form = member.item.claim.form
        score = scores.get(form)
        if score is None:
            score = scores[form] = similarity(claim, member.item.claim, threshold)
        if score > 0.0:
            scored.append((score, member))
    if not scored:
        return NEW_CLAIM
    support = Counter(member.claim_id for _, member in scored)
    # A claim that several candidates belong to is the likelier home than a lone look-alike.
    bonus = {cid: rules.support_bonus * min(n - 1, rules.support_cap) for cid, n in support.items()}
    # Best first: score with the claim's bonus, then the newest statement (a stable sort).
    keyed = [(-(score + bonus[m.claim_id]), -m.item.id, n) for n, (score, m) in enumerate(scored)]
    keyed.sort()
    scored = [scored[n] for _, _, n in keyed]
    chosen = next((pair for pair in scored if _anchor_agrees(item, pair[1], anchors, rules)), None)
    if chosen is None:
        return NEW_CLAIM
    score, best = chosen
    in_claim = [member for _, member in scored if member.claim_id == best.claim_id]

    difference, against = compare(item.claim, best.item.claim), best.item.id
    checked = [m.item for m in in_claim[1 : rules.guard_members] if m.relation == SAME]
    anchor = anchors.get(best.claim_id)
    if anchor is not None and anchor.id != best.item.id:
        checked.append(anchor)
    # The guard reads only the text: a wording already found no different is not compared again.
    compared = {best.item.claim.text}
    for other in checked:
        if difference.blocks_same:
            break
        if other.claim.text not in compared:
            compared.add(other.claim.text)
            difference = compare(item.claim, other.claim)
        against = other.id

    misquote = _misquote(item, in_claim)
    if misquote is not None:
        matched, diff = misquote
        detail = difference.as_json() or {}
        detail["misquote"] = diff
        detail["against"] = matched
        return Decision(best.claim_id, round(score, 1), MISQUOTE, False, matched, detail)
    # A variant member vouches for "same" only when the anchor was checked as well.
    same = (
        not difference.blocks_same
        and score >= rules.same_threshold
        and (best.relation == SAME or anchor is not None)
    )
    relation = SAME if same else VARIANT
    confirmed = same and score >= rules.confirm_threshold
    detail = difference.as_json()
    if detail is not None:
        # "a" in the detail is this statement's wording, "b" that of the statement "against".
        detail["against"] = against
    return Decision(best.claim_id, round(score, 1), relation, confirmed, best.item.id, detail)
