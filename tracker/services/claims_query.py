"""Reading claims: the list, one claim's timeline, and matching a free text against the store.

:func:`match_text` is the public entry point other features call (the fact-check import
matches ClaimReview records with it): it finds candidates through the same
``StatementTerm`` index and scores them with the same scorer as linking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from tracker.linking.score import similarity
from tracker.models import Article, Claim, ClaimLink, FactCheck, FactCheckMatch, Outlet, Speaker, Statement
from tracker.normalize import fold
from tracker.services.claims_link import find_candidates, load_items, read_cached, statement_day

SPEAKER_MATCH_LIMIT = 50
#: Below this score a text is not shown as a match.
MATCH_CUTOFF = 50.0
#: Fact-checks scored directly against the text (the newest first) when matching.
FACT_CHECK_SCAN = 5000


@dataclass(frozen=True)
class ClaimSummary:
    claim_id: int
    text: str
    first_seen: date | None
    appearances: int
    outlets: int
    variants: int
    misquotes: int
    #: What ``split`` and ``merge`` compare (see tracker.services.claims_review).
    version: int = 1


@dataclass(frozen=True)
class Appearance:
    """One statement of a claim, as its timeline shows it."""

    link_id: int
    link_version: int
    statement_id: int
    day: date | None
    outlet: str | None
    speaker: str
    wording: str
    relation: str
    status: str
    score: float
    difference: dict[str, Any] | None
    decided_by: str | None


@dataclass(frozen=True)
class ClaimDetail:
    summary: ClaimSummary
    #: Oldest first; rejected links last.
    appearances: list[Appearance]


@dataclass(frozen=True)
class MatchHit:
    """A stored claim, statement or imported fact-check similar to a text.

    ``kind`` says which; ``id`` is the claim, statement or fact-check id; ``claim_id`` the
    claim a statement belongs to (None for fact-checks); ``score`` is 0-100, higher closer.
    """

    kind: Literal["claim", "statement", "fact_check"]
    id: int
    score: float
    text: str
    claim_id: int | None = None
    speaker: str | None = None
    day: date | None = None
    #: For fact-checks: publisher, rating and review URL.
    detail: dict[str, Any] | None = None


def _speaker_ids(session: Session, query: str) -> list[int] | None:
    try:
        from tracker.services.speakers import speaker_ids_matching
    except ImportError:
        return None
    return list(speaker_ids_matching(session, query, limit=SPEAKER_MATCH_LIMIT))


def _speaker_condition(session: Session, query: str) -> Any:
    ids = _speaker_ids(session, query)
    folded = fold(query)
    by_name = or_(
        Statement.speaker_id.in_(select(Speaker.id).where(Speaker.name_norm == folded)),
        Statement.speaker_name.in_(_names_folding_to(session, folded)),
    )
    return by_name if ids is None else or_(Statement.speaker_id.in_(ids), by_name)


def _names_folding_to(session: Session, folded: str) -> list[str]:
    names = session.scalars(select(Statement.speaker_name).distinct())
    return [name for name in names if fold(name) == folded]


def _day_condition(since: date | None, until: date | None) -> Any:
    conditions = []
    if since is not None:
        conditions.append(
            or_(
                Statement.said_on >= since, and_(Statement.said_on.is_(None), Article.published_date >= since)
            )
        )
    if until is not None:
        conditions.append(
            or_(
                Statement.said_on <= until, and_(Statement.said_on.is_(None), Article.published_date <= until)
            )
        )
    return and_(*conditions)


def _relation_counts(session: Session, claim_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {}
    if not claim_ids:
        return counts
    rows = session.execute(
        select(ClaimLink.claim_id, ClaimLink.relation).where(
            ClaimLink.claim_id.in_(list(claim_ids)), ClaimLink.status != "rejected"
        )
    )
    for claim_id, relation in rows:
        bucket = counts.setdefault(claim_id, {})
        bucket[relation] = bucket.get(relation, 0) + 1
    return counts


def _summaries(session: Session, claims: Sequence[Claim]) -> list[ClaimSummary]:
    relations = _relation_counts(session, [c.id for c in claims])
    return [
        ClaimSummary(
            claim.id,
            claim.canonical_text,
            claim.first_seen,
            claim.appearance_count,
            claim.outlet_count,
            relations.get(claim.id, {}).get("variant", 0),
            relations.get(claim.id, {}).get("possible_misquote", 0),
            claim.version,
        )
        for claim in claims
    ]


def list_claims(
    session: Session,
    *,
    min_appearances: int = 1,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[ClaimSummary]:
    """Claims by appearances (most first), optionally only those with an appearance by a
    speaker or in a date range (statement date, else article date)."""
    query = select(Claim).where(Claim.appearance_count >= min_appearances)
    if speaker or since or until:
        conditions = [ClaimLink.claim_id == Claim.id, ClaimLink.status != "rejected"]
        if speaker:
            conditions.append(_speaker_condition(session, speaker))
        if since or until:
            conditions.append(_day_condition(since, until))
        appearance = (
            select(ClaimLink.id)
            .join(Statement, Statement.id == ClaimLink.statement_id)
            .join(Article, Article.id == Statement.article_id)
            .where(*conditions)
            .exists()
        )
        query = query.where(appearance)
    query = query.order_by(Claim.appearance_count.desc(), Claim.first_seen, Claim.id)
    if limit:
        query = query.limit(limit)
    return _summaries(session, list(session.scalars(query)))


def claim_detail(session: Session, claim_id: int) -> ClaimDetail | None:
    """A claim with the timeline of its appearances, variants and misquote flags."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        return None
    rows = session.execute(
        select(ClaimLink, Statement, Article.published_at, Article.published_offset, Outlet.name)
        .join(Statement, Statement.id == ClaimLink.statement_id)
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(ClaimLink.claim_id == claim_id)
    ).all()
    appearances = [
        Appearance(
            link.id,
            link.version,
            st.id,
            statement_day(st.said_on, published, offset),
            outlet,
            st.speaker_name,
            st.content,
            link.relation,
            link.status,
            link.score,
            link.difference,
            link.decided_by,
        )
        for link, st, published, offset, outlet in rows
    ]
    appearances.sort(key=lambda a: (a.status == "rejected", a.day or date.max, a.statement_id))
    return ClaimDetail(_summaries(session, [claim])[0], appearances)


def _fact_check_hits(
    session: Session, text: str, statement_ids: set[int], claim_ids: set[int]
) -> list[MatchHit]:
    claim = read_cached(text)
    hits: dict[int, MatchHit] = {}
    checks = session.scalars(select(FactCheck).order_by(FactCheck.id.desc()).limit(FACT_CHECK_SCAN))
    for check in checks:
        score = similarity(claim, read_cached(check.claim_text), MATCH_CUTOFF)
        if score:
            hits[check.id] = _fact_check_hit(check, score)
    if statement_ids or claim_ids:
        linked = session.execute(
            select(FactCheck, FactCheckMatch.score)
            .join(FactCheckMatch, FactCheckMatch.fact_check_id == FactCheck.id)
            .where(
                or_(
                    FactCheckMatch.statement_id.in_(list(statement_ids)),
                    FactCheckMatch.claim_id.in_(list(claim_ids)),
                )
            )
        ).all()
        for check, _ in linked:
            score = similarity(claim, read_cached(check.claim_text))
            if check.id not in hits or hits[check.id].score < score:
                hits[check.id] = _fact_check_hit(check, score)
    return list(hits.values())


def _fact_check_hit(check: FactCheck, score: float) -> MatchHit:
    detail = {
        "publisher": check.publisher,
        "rating": check.rating,
        "review_url": check.review_url or None,
        "review_date": check.review_date.isoformat() if check.review_date else None,
    }
    return MatchHit(
        "fact_check",
        check.id,
        round(score, 1),
        check.claim_text,
        None,
        check.claimant,
        check.claim_date,
        detail,
    )


def match_text(session: Session, text: str, limit: int = 10) -> list[MatchHit]:
    """The stored claims and statements most similar to ``text``, and the fact-checks.

    Statements come from the ``StatementTerm`` index (no full scan), scored with
    :func:`tracker.linking.score.similarity`; each claim is scored by its best statement;
    imported fact-checks are scored directly and through ``FactCheckMatch`` rows of the
    statements and claims found. Hits of every kind are merged, best first, ``limit`` in
    all. Read-only: safe to call inside any transaction.
    """
    claim = read_cached(text)
    ids, _ = find_candidates(session, claim)
    items = load_items(session, ids)
    links = (
        dict(
            session.execute(
                select(ClaimLink.statement_id, ClaimLink.claim_id).where(
                    ClaimLink.statement_id.in_(ids), ClaimLink.status != "rejected"
                )
            ).all()
        )
        if ids
        else {}
    )
    speakers = (
        dict(session.execute(select(Statement.id, Statement.speaker_name).where(Statement.id.in_(ids))).all())
        if ids
        else {}
    )
    hits: list[MatchHit] = []
    best_by_claim: dict[int, float] = {}
    for sid, item in items.items():
        score = similarity(claim, item.claim, MATCH_CUTOFF)
        if not score:
            continue
        claim_id = links.get(sid)
        hits.append(
            MatchHit(
                "statement", sid, round(score, 1), item.claim.text, claim_id, speakers.get(sid), item.day
            )
        )
        if claim_id is not None and score > best_by_claim.get(claim_id, 0.0):
            best_by_claim[claim_id] = score
    if best_by_claim:
        for row in session.scalars(select(Claim).where(Claim.id.in_(list(best_by_claim)))):
            hits.append(
                MatchHit(
                    "claim",
                    row.id,
                    round(best_by_claim[row.id], 1),
                    row.canonical_text,
                    row.id,
                    None,
                    row.first_seen,
                )
            )
    hits.extend(
        _fact_check_hits(session, text, {h.id for h in hits if h.kind == "statement"}, set(best_by_claim))
    )
    order = {"claim": 0, "fact_check": 1, "statement": 2}
    hits.sort(key=lambda h: (-h.score, order[h.kind], h.id))
    return hits[:limit]
