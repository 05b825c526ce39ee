"""Linking many statements at once (``tracker link`` after an import, ``--rebuild``).

One statement at a time through the ``StatementTerm`` table costs a few milliseconds of
queries each; a rebuild of a million statements would take hours. Here the same
decisions are made in memory: the statements that keep their links (a person's, or
earlier automatic ones) seed a :class:`~tracker.linking.cluster.Clusterer`, the pending
ones are decided in order of appearance by the same :func:`~tracker.linking.decide.decide`
(rejected claims still excluded), then claims, links and index terms are written in bulk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from tracker.linking.cluster import Clusterer
from tracker.linking.decide import Decision, Item, LinkRules
from tracker.models import Claim, ClaimLink, Statement, StatementTerm
from tracker.normalize import fold
from tracker.services.claims_link import DEFAULT_RULES, _item, _item_query, load_items, refresh_claims

# Statements read per query, and rows written per INSERT.
CHUNK = 1000
# Below this many pending statements the one-at-a-time path is as quick and simpler.
BULK_FROM = 2000


def worth_bulk(session: Session, pending: int) -> bool:
    """Bulk linking pays when many statements wait and they are not few beside those linked."""
    if pending < BULK_FROM:
        return False
    linked = session.scalar(
        select(ClaimLink.id).where(ClaimLink.status != "rejected").offset(pending).limit(1)
    )
    return linked is None  # no more standing links than pending statements


def _seed(session: Session, clusterer: Clusterer) -> None:
    anchors = set(
        session.scalars(select(Claim.first_statement_id).where(Claim.first_statement_id.is_not(None)))
    )
    query = (
        _item_query()
        .add_columns(ClaimLink.claim_id, ClaimLink.relation)
        .join(ClaimLink, ClaimLink.statement_id == Statement.id)
        .where(ClaimLink.status != "rejected")
        .order_by(ClaimLink.statement_id)
    )
    for row in session.execute(query.execution_options(yield_per=CHUNK)):
        clusterer.seed(_item(row), row.claim_id, row.relation, anchor=row.id in anchors)


def _rejections(session: Session, ids: Sequence[int]) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(ClaimLink.statement_id, ClaimLink.claim_id).where(
                ClaimLink.statement_id.in_(list(ids[start : start + CHUNK])), ClaimLink.status == "rejected"
            )
        )
        for statement_id, claim_id in rows:
            found.setdefault(statement_id, set()).add(claim_id)
    return {sid: frozenset(claims) for sid, claims in found.items()}


def link_bulk(
    session: Session,
    ordered_ids: Sequence[int],
    rules: LinkRules = DEFAULT_RULES,
    progress: Callable[[int], None] | None = None,
    known: Mapping[int, Item] | None = None,
) -> int:
    """Link the given pending statements (in order of appearance) in memory, write in bulk.

    ``known`` holds the items of some of them (an ingest run's own statements, as it
    stored them), which are then not read back. Returns how many claims were created.
    The caller commits.
    """
    known = known or {}
    clusterer = Clusterer(rules, new_claim_sign=-1)
    _seed(session, clusterer)
    rejected = _rejections(session, ordered_ids)
    decisions: list[tuple[int, int, Decision]] = []
    for start in range(0, len(ordered_ids), CHUNK):
        chunk = ordered_ids[start : start + CHUNK]
        items = load_items(session, [i for i in chunk if i not in known])
        items.update((i, known[i]) for i in chunk if i in known)
        for statement_id in chunk:
            decision = clusterer.add(items[statement_id], rejected.get(statement_id, frozenset()))
            decisions.append((statement_id, clusterer.claim_of[statement_id], decision))
        if progress is not None:
            progress(len(chunk))
    # New claims carry negative names (-first statement id) until they get database ids.
    new_keys = dict.fromkeys(key for _, key, _ in decisions if key < 0)
    new_claims = {
        key: Claim(
            canonical_text=clusterer.items[-key].claim.text,
            canonical_norm=fold(clusterer.items[-key].claim.text),
            first_statement_id=-key,
        )
        for key in new_keys
    }
    session.add_all(new_claims.values())
    session.flush()
    links = [
        {
            "statement_id": statement_id,
            "claim_id": new_claims[key].id if key < 0 else key,
            "score": decision.score,
            "relation": decision.relation,
            "status": "confirmed" if decision.confirmed else "suggested",
            "difference": decision.difference,
        }
        for statement_id, key, decision in decisions
    ]
    for start in range(0, len(links), CHUNK):
        session.execute(insert(ClaimLink.__table__), links[start : start + CHUNK])
    _write_terms(session, clusterer, ordered_ids)
    refresh_claims(session, None)
    return len(new_claims)


def _write_terms(session: Session, clusterer: Clusterer, ids: Sequence[int]) -> None:
    """Replace the index terms of the linked statements with the ones the memory index chose."""
    wanted = set(ids)
    terms = [
        (term, sid)
        for term, postings in clusterer.index.postings.items()
        for sid in postings
        if sid in wanted
    ]
    for start in range(0, len(ids), CHUNK):
        session.execute(
            delete(StatementTerm).where(StatementTerm.statement_id.in_(list(ids[start : start + CHUNK])))
        )
    if not terms:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # Several terms a statement: SQLAlchemy's handling of each row of an executemany
        # costs more than SQLite's inserting it.
        connection.exec_driver_sql("INSERT INTO statement_terms (term, statement_id) VALUES (?, ?)", terms)
        return
    rows = [{"term": term, "statement_id": sid} for term, sid in terms]
    for start in range(0, len(rows), CHUNK * 5):
        session.execute(insert(StatementTerm.__table__), rows[start : start + CHUNK * 5])
