"""Linking stored statements to claims: the database side of :mod:`tracker.linking`.

Candidates come from the ``StatementTerm`` inverted index (each statement's rarest keys,
see :mod:`tracker.linking.candidates`): a bounded index range scan per key, so linking one
new statement costs the same in a store of a thousand statements or a million. The keys
of a statement are counted in one query and the postings of those rare enough read in a
second (:func:`read_index`), so the postings of common keys never leave the database.
The decision itself is :func:`tracker.linking.decide.decide`, shared with ``tracker
cluster``; the flow around it is :mod:`tracker.services.claims_batch`, for one statement
(:func:`link_one`) or many (:func:`link_ids`).

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

from sqlalchemy import Engine, Select, TextClause, delete, select, text
from sqlalchemy.orm import Session

from tracker.linking.candidates import (
    LOOKUP_CAP,
    MAX_CANDIDATES,
    MAX_LOOKUP_KEYS,
    choose_index_terms,
    choose_lookups,
    lookup_keys,
    rank_candidates,
)
from tracker.linking.decide import Item, LinkRules
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


def quote_texts(direct_quotes: Sequence[Sequence[Any]] | None) -> list[str]:
    """The texts of a statement's stored direct quotes ([start, end, text] each)."""
    return [q[2] for q in (direct_quotes or []) if len(q) > 2 and q[2]]


def _item(row: Any) -> Item:
    """The :class:`Item` of a row of :func:`_item_query`."""
    quotes = tuple(map(read_cached, quote_texts(row.direct_quotes)))
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


@lru_cache(maxsize=2 * MAX_LOOKUP_KEYS)
def _per_key_sql(count: int, arm: str) -> TextClause:
    """``arm`` (a query on key ``:t{n}``) for ``count`` keys in one statement (UNION ALL).

    A round trip per key cost more than the index scans themselves; the text is built
    once per number of keys (at most ``MAX_LOOKUP_KEYS``), so it compiles once, as does
    the driver's prepared statement.
    """
    return text(" UNION ALL ".join(arm.format(n=n) for n in range(count)))


# The newest postings of a key: a bounded range scan of the (term, statement_id) key.
_POSTINGS_ARM = (
    "SELECT {n} AS k, q{n}.statement_id FROM (SELECT statement_id FROM statement_terms "
    "WHERE term = :t{n} ORDER BY statement_id DESC LIMIT :cap) AS q{n}"
)
# How many postings a key has, counting no further than :cap (no rows leave the database).
_COUNT_ARM = (
    "SELECT {n} AS k, (SELECT count(*) FROM (SELECT 1 FROM statement_terms "
    "WHERE term = :t{n} LIMIT :cap) AS c{n}) AS n"
)


def _per_key(session: Session, arm: str, keys: Sequence[str], cap: int) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    for start in range(0, len(keys), MAX_LOOKUP_KEYS):
        chunk = keys[start : start + MAX_LOOKUP_KEYS]
        params: dict[str, Any] = {f"t{n}": key for n, key in enumerate(chunk)}
        params["cap"] = cap
        result = session.connection().execute(_per_key_sql(len(chunk), arm), params)
        rows.extend((chunk[n], value) for n, value in result.all())
    return rows


def read_postings(session: Session, keys: Sequence[str], cap: int) -> dict[str, list[int]]:
    """The newest ``cap`` postings of each key (statement ids, newest first): one query."""
    found: dict[str, list[int]] = {key: [] for key in keys}
    for key, statement_id in _per_key(session, _POSTINGS_ARM, list(found), cap):
        found[key].append(statement_id)
    for ids in found.values():
        ids.sort(reverse=True)  # UNION ALL promises no order
    return found


def read_index(session: Session, keys: Sequence[str], cap: int = LOOKUP_CAP) -> dict[str, list[int] | None]:
    """Each key's postings (newest first) when it has at most ``cap``, else None: too common.

    Counted first, so the postings of a common key (most of a statement's words, in a
    large store) never leave the database: two queries, whatever the number of keys.
    """
    counts = dict(_per_key(session, _COUNT_ARM, list(dict.fromkeys(keys)), cap + 1))
    postings = read_postings(session, [key for key, n in counts.items() if n <= cap], cap)
    return {key: postings.get(key) for key in counts}


def index_statement(session: Session, statement_id: int, claim: ClaimText, counts: dict[str, int]) -> None:
    """Add a statement's rarest keys to the StatementTerm index."""
    for term in choose_index_terms(lookup_keys(claim), counts):
        session.add(StatementTerm(term=term, statement_id=statement_id))


# Keys seen with more postings than the lookup cap, per database: postings only grow, so
# such a key is skipped without a query next time (a process keeps at most this many).
_COMMON_KEYS: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()
MAX_COMMON_KEYS = 200_000


def common_keys(session: Session) -> set[str]:
    """This database's keys known to have more than ``LOOKUP_CAP`` postings."""
    return _COMMON_KEYS.setdefault(session.get_bind().engine, set())


def find_candidates(
    session: Session, claim: ClaimText, exclude: int | None = None
) -> tuple[list[int], dict[str, int]]:
    """Candidate statement ids for a claim text, and its keys' posting counts (read only)."""
    keys = lookup_keys(claim)
    common = common_keys(session)
    postings: dict[str, list[int]] = {}
    for key, found in read_index(session, [key for key in keys if key not in common]).items():
        if found is not None:
            postings[key] = found
        elif len(common) < MAX_COMMON_KEYS:
            common.add(key)
    counts = {key: len(postings[key]) if key in postings else LOOKUP_CAP + 1 for key in keys}
    chosen_keys = choose_lookups(keys, counts, LOOKUP_CAP)
    # Only when every key is common are common ones looked up (their newest postings).
    postings.update(read_postings(session, [key for key in chosen_keys if key not in postings], LOOKUP_CAP))
    chosen = [postings[key][:LOOKUP_CAP] for key in chosen_keys]
    ranked = rank_candidates(chosen, MAX_CANDIDATES + 1)
    return [sid for sid in ranked if sid != exclude][:MAX_CANDIDATES], counts


def touch(claim: Claim) -> None:
    """Record one more change to a claim or its links (what ``Claim.version`` counts)."""
    claim.version = (claim.version or 1) + 1


def count_appearance(claim: Claim, item: Item, *, new_outlet: bool) -> None:
    """One more appearance of a claim; an earlier one becomes its first appearance and wording."""
    touch(claim)
    if new_outlet:
        claim.outlet_count = (claim.outlet_count or 0) + 1
    claim.appearance_count = (claim.appearance_count or 0) + 1
    if item.day is not None and (claim.first_seen is None or item.day < claim.first_seen):
        claim.first_seen = item.day
        claim.first_statement_id = item.id
        claim.canonical_text = item.claim.text
        claim.canonical_norm = fold(item.claim.text)


def link_one(session: Session, statement_id: int, rules: LinkRules = DEFAULT_RULES) -> int:
    """Link one stored statement (not yet linked) and index it; returns its claim id.

    A batch of one for :func:`~tracker.services.claims_batch.link_batch`: there is one
    linking flow, whatever the number of statements.
    """
    from tracker.services.claims_batch import link_batch

    touched = link_batch(session, [statement_id], rules)
    if not touched:
        raise ValueError(f"statement {statement_id} has a standing link already")
    return touched.pop()


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
    """Link those of the given statements that have no standing link, in order of appearance;
    returns the claims touched.

    Claim counts are kept incrementally (one statement at a time, no re-reading of a
    claim's appearances), so linking costs the same beside a claim seen ten thousand times.
    The decisions are made in memory by :func:`~tracker.services.claims_batch.link_batch`
    (each posting list, candidate and claim read once per call) and written together.
    """
    from tracker.services.claims_batch import link_batch

    touched = link_batch(session, ids, rules)
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
        postings = read_index(session, keys)
        counts = {key: LOOKUP_CAP + 1 if ids is None else len(ids) for key, ids in postings.items()}
        index_statement(session, statement_id, item.claim, counts)
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
            if not has_links:
                session.delete(claim)
            elif claim.appearance_count or claim.outlet_count:
                claim.appearance_count = claim.outlet_count = 0
                touch(claim)
            continue
        first = min(
            members,
            key=lambda r: (statement_day(r.said_on, r.published_at, r.published_offset) or date.max, r.id),
        )
        counts = (
            len({r.id for r in members}),
            len({r.outlet_id for r in members if r.outlet_id is not None}),
        )
        first_seen = statement_day(first.said_on, first.published_at, first.published_offset)
        if (claim.appearance_count, claim.outlet_count) != counts or (
            claim.first_statement_id,
            claim.first_seen,
        ) != (first.id, first_seen):
            touch(claim)
        claim.appearance_count, claim.outlet_count = counts
        if claim.first_statement_id != first.id:
            claim.first_statement_id = first.id
            claim.canonical_text = first.content
            claim.canonical_norm = first.content_norm
        claim.first_seen = first_seen
    session.flush()
