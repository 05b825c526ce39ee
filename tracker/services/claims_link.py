"""Linking stored statements to claims: the database side of :mod:`tracker.linking`.

Candidates come from the ``StatementTerm`` inverted index (each statement's rarest keys,
see :mod:`tracker.linking.candidates`): one bounded lookup per key, so linking one new
statement costs the same in a store of a thousand statements or a million. The decision
itself is :func:`tracker.linking.decide.decide`, shared with ``tracker cluster``.

Human decisions are never undone here. A statement with a link a person made or
confirmed (``decided_by`` set) is not re-linked; a claim a person rejected for a
statement is excluded when that statement is linked again; :func:`reset_links` (behind
``tracker link --rebuild``) deletes only automatic links.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, Select, delete, exists, select, text
from sqlalchemy.orm import Session

from tracker.linking.candidates import (
    LOOKUP_CAP,
    MAX_CANDIDATES,
    choose_index_terms,
    choose_lookups,
    lookup_keys,
    rank_candidates,
)
from tracker.linking.decide import Decision, Item, LinkRules, Member, decide
from tracker.linking.text import ClaimText, read_claim
from tracker.models import Article, Claim, ClaimLink, Statement, StatementTerm
from tracker.normalize import fold

#: The rules every automatic link uses unless a caller passes others.
DEFAULT_RULES = LinkRules()


@lru_cache(maxsize=100_000)
def read_cached(text: str) -> ClaimText:
    """:func:`read_claim`, cached: the same candidates are read again and again."""
    return read_claim(text)


def statement_day(said_on: date | None, published_at: datetime | None, offset: int | None) -> date | None:
    """When a statement appeared: its own date, else its article's local publication date."""
    if said_on is not None:
        return said_on
    if published_at is None:
        return None
    if offset is not None:
        published_at = published_at.astimezone(timezone(timedelta(minutes=offset)))
    return published_at.date()


def speaker_key(speaker_id: int | None, speaker_name: str | None, speaker_kind: str | None) -> str | None:
    if speaker_id is not None:
        return f"id:{speaker_id}"
    if speaker_name and speaker_kind != "unnamed":
        return f"name:{fold(speaker_name)}"
    return None


def _item(row: Any) -> Item:
    quotes = tuple(read_cached(q[2]) for q in (row.direct_quotes or []) if len(q) > 2 and q[2])
    return Item(
        id=row.id,
        claim=read_cached(row.content),
        speaker=speaker_key(row.speaker_id, row.speaker_name, row.speaker_kind),
        day=statement_day(row.said_on, row.published_at, row.published_offset),
        quotes=quotes,
    )


def _item_query() -> Select[Any]:
    return select(
        Statement.id,
        Statement.content,
        Statement.speaker_id,
        Statement.speaker_name,
        Statement.speaker_kind,
        Statement.said_on,
        Statement.direct_quotes,
        Article.published_at,
        Article.published_offset,
    ).join(Article, Article.id == Statement.article_id)


def load_items(session: Session, ids: Iterable[int]) -> dict[int, Item]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {row.id: _item(row) for row in session.execute(_item_query().where(Statement.id.in_(wanted)))}


# One small indexed range scan per key: the statement compiles once and is reused, where a
# UNION of per-key subqueries compiled anew for every count of keys.
_POSTINGS_SQL = text(
    "SELECT statement_id FROM statement_terms WHERE term = :term ORDER BY statement_id DESC LIMIT :cap"
)


def _postings(session: Session, keys: Sequence[str], cap: int) -> dict[str, list[int]]:
    """Up to cap + 1 newest postings per key (cap + 1 tells "too common" from "exactly cap")."""
    connection = session.connection()
    return {
        key: list(connection.execute(_POSTINGS_SQL, {"term": key, "cap": cap + 1}).scalars()) for key in keys
    }


def _members(session: Session, ids: Sequence[int]) -> tuple[list[Member], dict[int, int | None]]:
    """The candidates with their standing links, and each claim's first statement: one query."""
    if not ids:
        return [], {}
    query = (
        _item_query()
        .add_columns(ClaimLink.claim_id, ClaimLink.relation, Claim.first_statement_id)
        .join(ClaimLink, ClaimLink.statement_id == Statement.id)
        .join(Claim, Claim.id == ClaimLink.claim_id)
        .where(Statement.id.in_(list(ids)), ClaimLink.status != "rejected")
    )
    members: list[Member] = []
    firsts: dict[int, int | None] = {}
    for row in session.execute(query):
        members.append(Member(_item(row), row.claim_id, row.relation))
        firsts[row.claim_id] = row.first_statement_id
    return members, firsts


def _anchors(session: Session, firsts: dict[int, int | None], known: Sequence[Member]) -> dict[int, Item]:
    """The first statement of each claim, reusing the candidates already read."""
    items = {m.item.id: m.item for m in known}
    missing = [sid for sid in firsts.values() if sid is not None and sid not in items]
    if missing:
        items.update(load_items(session, missing))
    return {cid: items[sid] for cid, sid in firsts.items() if sid in items}


def index_statement(session: Session, statement_id: int, claim: ClaimText, counts: dict[str, int]) -> None:
    """Add a statement's rarest keys to the StatementTerm index."""
    for term in choose_index_terms(lookup_keys(claim), counts):
        session.add(StatementTerm(term=term, statement_id=statement_id))


# Keys seen with more postings than the lookup cap, per database: postings only grow, so
# such a key is skipped without a query next time (a process keeps at most this many).
_COMMON_KEYS: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()
MAX_COMMON_KEYS = 200_000


def find_candidates(
    session: Session, claim: ClaimText, exclude: int | None = None
) -> tuple[list[int], dict[str, int]]:
    """Candidate statement ids for a claim text, and its keys' posting counts."""
    keys = lookup_keys(claim)
    common = _COMMON_KEYS.setdefault(session.get_bind().engine, set())
    postings = _postings(session, [key for key in keys if key not in common], LOOKUP_CAP)
    counts = {key: len(ids) for key, ids in postings.items()}
    for key in keys:
        if key not in postings:
            counts[key] = LOOKUP_CAP + 1
        elif counts[key] > LOOKUP_CAP and len(common) < MAX_COMMON_KEYS:
            common.add(key)
    chosen_keys = choose_lookups(keys, counts, LOOKUP_CAP)
    # Only when every key is common are common ones looked up (their newest postings).
    postings.update(_postings(session, [key for key in chosen_keys if key not in postings], LOOKUP_CAP - 1))
    chosen = [postings[key][:LOOKUP_CAP] for key in chosen_keys]
    ranked = rank_candidates(chosen, MAX_CANDIDATES + 1)
    return [sid for sid in ranked if sid != exclude][:MAX_CANDIDATES], counts


def _count_in(session: Session, claim: Claim, item: Item, outlet_id: int | None) -> None:
    """Count one more appearance into a claim without re-reading its other appearances."""
    if outlet_id is not None:
        seen = session.scalar(
            select(
                exists()
                .where(
                    ClaimLink.claim_id == claim.id,
                    ClaimLink.status != "rejected",
                    ClaimLink.statement_id != item.id,
                )
                .where(
                    Statement.id == ClaimLink.statement_id,
                    Article.id == Statement.article_id,
                    Article.outlet_id == outlet_id,
                )
            )
        )
        count_appearance(claim, item, new_outlet=not seen)
    else:
        count_appearance(claim, item, new_outlet=False)


def count_appearance(claim: Claim, item: Item, *, new_outlet: bool) -> None:
    """One more appearance of a claim; an earlier one becomes its first appearance and wording.

    Shared by the one-by-one path and the batch linker, so both keep claims alike.
    """
    if new_outlet:
        claim.outlet_count = (claim.outlet_count or 0) + 1
    claim.appearance_count = (claim.appearance_count or 0) + 1
    if item.day is not None and (claim.first_seen is None or item.day < claim.first_seen):
        claim.first_seen = item.day
        claim.first_statement_id = item.id
        claim.canonical_text = item.claim.text
        claim.canonical_norm = fold(item.claim.text)


def _apply(session: Session, item: Item, decision: Decision, row: Any) -> int:
    if decision.claim_id is None:
        claim = Claim(
            canonical_text=row.content,
            canonical_norm=row.content_norm,
            first_statement_id=item.id,
            first_seen=item.day,
            appearance_count=1,
            outlet_count=0 if row.outlet_id is None else 1,
        )
        session.add(claim)
        session.flush()
    else:
        claim = session.get_one(Claim, decision.claim_id)
        _count_in(session, claim, item, row.outlet_id)
    session.add(
        ClaimLink(
            statement_id=item.id,
            claim_id=claim.id,
            score=decision.score,
            relation=decision.relation,
            status="confirmed" if decision.confirmed else "suggested",
            difference=decision.difference,
        )
    )
    return claim.id


def link_one(
    session: Session, statement_id: int, rules: LinkRules = DEFAULT_RULES, *, index: bool = True
) -> int:
    """Link one stored statement (not yet linked) and index it; returns its claim id."""
    row = session.execute(
        _item_query()
        .add_columns(Statement.content_norm, Article.outlet_id)
        .where(Statement.id == statement_id)
    ).one()
    item = _item(row)
    ids, counts = find_candidates(session, item.claim, exclude=statement_id)
    members, firsts = _members(session, ids)
    rejected = frozenset(
        session.scalars(
            select(ClaimLink.claim_id).where(
                ClaimLink.statement_id == statement_id, ClaimLink.status == "rejected"
            )
        )
    )
    anchors = _anchors(session, firsts, members)
    decision = decide(item, members, anchors, rules, rejected)
    claim_id = _apply(session, item, decision, row)
    # Only a statement linked before (then rejected) can be in the index already.
    if index and (
        not rejected
        or session.scalar(
            select(StatementTerm.term).where(StatementTerm.statement_id == statement_id).limit(1)
        )
        is None
    ):
        index_statement(session, statement_id, item.claim, counts)
    session.flush()
    return claim_id


def linked_ids(session: Session, ids: Sequence[int]) -> set[int]:
    """Which of these statements already have a link that is not rejected."""
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        found.update(
            session.scalars(
                select(ClaimLink.statement_id).where(
                    ClaimLink.statement_id.in_(chunk), ClaimLink.status != "rejected"
                )
            )
        )
    return found


def order_by_day(session: Session, ids: Sequence[int]) -> list[int]:
    """Statement ids sorted by first appearance (statement date, else article date), then id."""
    rows: list[tuple[date, int]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        query = (
            select(Statement.id, Statement.said_on, Article.published_at, Article.published_offset)
            .join(Article, Article.id == Statement.article_id)
            .where(Statement.id.in_(chunk))
        )
        for sid, said_on, published, offset in session.execute(query):
            rows.append((statement_day(said_on, published, offset) or date.max, sid))
    return [sid for _, sid in sorted(rows)]


def link_statements(
    session: Session, statements: Sequence[Statement], rules: LinkRules = DEFAULT_RULES
) -> None:
    """Link statements that are not linked yet (the ingest hook). The caller commits."""
    session.flush()
    ids = [st.id for st in statements]
    link_ids(session, ids, rules)


def link_ids(session: Session, ids: Sequence[int], rules: LinkRules = DEFAULT_RULES) -> set[int]:
    """Link the given statement ids in order of appearance; returns the claims touched.

    Claim counts are kept incrementally here (one statement at a time, no re-reading of a
    claim's appearances), so linking costs the same beside a claim seen ten thousand times.
    The decisions are :func:`link_one`'s, made in memory by
    :func:`~tracker.services.claims_batch.link_batch` (each posting list, candidate and
    claim read once per call) and written together.
    """
    from tracker.services.claims_batch import link_batch

    done = linked_ids(session, ids)
    todo = [sid for sid in ids if sid not in done]
    # The same decisions as link_one for each in turn, with each row read once (claims_batch).
    touched = link_batch(session, order_by_day(session, todo) if len(todo) > 1 else todo, rules)
    session.flush()
    return touched


def pending_ids(session: Session) -> list[int]:
    """Statements without a link that stands (none, or only rejected ones), in order of appearance."""
    standing = select(ClaimLink.statement_id).where(ClaimLink.status != "rejected")
    ids = list(session.scalars(select(Statement.id).where(Statement.id.not_in(standing))))
    return order_by_day(session, ids)


def reset_links(session: Session) -> int:
    """Forget automatic linking (``--rebuild``): keep every link a person decided; re-index those.

    Returns how many automatic links were deleted.
    """
    deleted = session.execute(delete(ClaimLink).where(ClaimLink.decided_by.is_(None))).rowcount or 0
    session.execute(delete(StatementTerm))
    _COMMON_KEYS.pop(session.get_bind().engine, None)
    kept = select(ClaimLink.claim_id).distinct()
    session.execute(delete(Claim).where(Claim.id.not_in(kept)))
    human = list(
        session.scalars(select(ClaimLink.statement_id).where(ClaimLink.status != "rejected").distinct())
    )
    for statement_id in order_by_day(session, human):
        item = load_items(session, [statement_id])[statement_id]
        keys = lookup_keys(item.claim)
        postings = _postings(session, keys, LOOKUP_CAP)
        index_statement(session, statement_id, item.claim, {k: len(v) for k, v in postings.items()})
        session.flush()
    refresh_claims(session, None)
    return deleted


def refresh_claims(session: Session, claim_ids: set[int] | None) -> None:
    """Recount appearances and outlets and re-find each claim's first appearance.

    ``None`` refreshes every claim. A claim left with no standing link is deleted.
    """
    session.flush()
    query = (
        select(
            ClaimLink.claim_id,
            Statement.id,
            Statement.content,
            Statement.content_norm,
            Statement.said_on,
            Article.published_at,
            Article.published_offset,
            Article.outlet_id,
        )
        .join(Statement, Statement.id == ClaimLink.statement_id)
        .join(Article, Article.id == Statement.article_id)
        .where(ClaimLink.status != "rejected")
    )
    claims_query = select(Claim)
    if claim_ids is not None:
        if not claim_ids:
            return
        query = query.where(ClaimLink.claim_id.in_(list(claim_ids)))
        claims_query = claims_query.where(Claim.id.in_(list(claim_ids)))
    rows: dict[int, list[Any]] = {}
    for row in session.execute(query):
        rows.setdefault(row.claim_id, []).append(row)
    any_link = select(ClaimLink.claim_id).where(ClaimLink.claim_id == Claim.id).exists()
    for claim, has_links in session.execute(claims_query.add_columns(any_link)):
        members = rows.get(claim.id)
        if not members:
            # A claim kept only by a person's rejections stays, so the rejection stands.
            if has_links:
                claim.appearance_count = claim.outlet_count = 0
            else:
                session.delete(claim)
            continue
        first = min(
            members,
            key=lambda r: (statement_day(r.said_on, r.published_at, r.published_offset) or date.max, r.id),
        )
        claim.appearance_count = len({r.id for r in members})
        claim.outlet_count = len({r.outlet_id for r in members if r.outlet_id is not None})
        if claim.first_statement_id != first.id:
            claim.first_statement_id = first.id
            claim.canonical_text = first.content
            claim.canonical_norm = first.content_norm
        claim.first_seen = statement_day(first.said_on, first.published_at, first.published_offset)
    session.flush()
