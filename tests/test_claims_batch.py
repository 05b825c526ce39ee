"""Linking a batch decides exactly as linking its statements one at a time.

A batch keeps what it read (postings, candidates, claims, outlets) in memory and updates
it as it decides; one statement at a time (``link_one``, a batch of one each) reads
everything afresh from the store. Each case builds a store, then links the pending
statements twice inside one transaction that is rolled back in between: once with
``link_one`` per statement (the reference) and once with ``link_ids`` (one batch), and
compares claims, links and index terms.
Runs on SQLite and PostgreSQL. Sentences are written for these tests.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, insert, select

from tests.builders import add_article, make_statement_record
from tracker.models import Claim, ClaimLink, StatementTerm
from tracker.services.claims import link_ids, pending_ids, refresh_claims
from tracker.services.claims_link import link_one, order_by_day, read_index, read_postings

TEXTS = [
    # (content, day, outlet, speaker)
    ("عدد الضحايا بلغ 39 ألفاً في الإقليم", date(2025, 3, 5), "وكالة ب", "ماجد الحسن"),
    ("بلغ عدد الضحايا في الإقليم 39 ألفاً", date(2025, 3, 1), "صحيفة أ", "ماجد الحسن"),
    ("عدد الضحايا بلغ 93 ألفاً في الإقليم", date(2025, 3, 7), "صحيفة أ", "ليلى حداد"),
    ("السد الجديد سيوفر المياه لمليون مزارع في الجنوب", date(2025, 2, 1), "صحيفة أ", "ماجد الحسن"),
    ("السد الجديد سيوفر المياه لمليون مزارع في الجنوب", date(2025, 2, 3), "وكالة ب", "ليلى حداد"),
    ("السد الجديد لن يوفر المياه لمليون مزارع في الجنوب", date(2025, 2, 4), "وكالة ب", "سامي نور"),
    ("الحكومة سترفع أسعار الوقود الشهر المقبل", date(2025, 1, 9), "صحيفة ج", "سامي نور"),
    ("الحكومة ستخفض أسعار الوقود الشهر المقبل", date(2025, 1, 10), "صحيفة ج", "ليلى حداد"),
    ("الحكومة سترفع أسعار الوقود في الشهر المقبل", date(2025, 1, 8), "وكالة ب", "ماجد الحسن"),
    ("المدارس تفتح أبوابها بعد العطلة الطويلة", date(2025, 4, 1), "صحيفة ج", "سامي نور"),
]


def _store_texts(store, rows, *, link: bool) -> list[int]:  # type: ignore[no-untyped-def]
    ids: list[int] = []
    with store.sessions.begin() as session:
        for n, (content, day, outlet, speaker) in enumerate(rows):
            text = f"قال {speaker} إن {content}."
            record = make_statement_record(text, content, speaker=speaker, cue="قال", said_on=day)
            outcome = add_article(
                session, text, [record], link=True, url=f"https://example.test/{n}-{link}", outlet=outlet
            )
            ids += outcome.statement_ids
        if not link:  # store and resolve speakers, but leave the claims to the test
            session.execute(delete(ClaimLink).where(ClaimLink.statement_id.in_(ids)))
            session.execute(delete(StatementTerm).where(StatementTerm.statement_id.in_(ids)))
            refresh_claims(session, None)
    return ids


def _snapshot(session) -> dict[str, list]:  # type: ignore[no-untyped-def]
    session.flush()
    links = session.execute(
        select(
            ClaimLink.statement_id,
            ClaimLink.claim_id,
            ClaimLink.score,
            ClaimLink.relation,
            ClaimLink.status,
            ClaimLink.difference,
        )
    )
    claims = session.execute(
        select(
            Claim.id,
            Claim.canonical_text,
            Claim.first_statement_id,
            Claim.first_seen,
            Claim.appearance_count,
            Claim.outlet_count,
        )
    )
    terms = session.execute(select(StatementTerm.term, StatementTerm.statement_id))
    claims = claims.all()
    # Claim ids as their rank in creation order: PostgreSQL does not roll sequences back.
    rank = {row[0]: n for n, row in enumerate(sorted(claims))}
    return {
        "links": sorted(json.dumps([row[0], rank[row[1]], *row[2:]], default=str) for row in links),
        "claims": sorted(tuple(map(str, (rank[row[0]], *row[1:]))) for row in claims),
        "terms": sorted(tuple(map(str, row)) for row in terms),
    }


def _reject_one(store, statement_id: int) -> None:  # type: ignore[no-untyped-def]
    """A person rejected the statement's claim; its automatic relink is gone (it waits again)."""
    with store.sessions.begin() as session:
        link = session.scalars(select(ClaimLink).where(ClaimLink.statement_id == statement_id)).one()
        link.status, link.decided_by = "rejected", "rana"
        refresh_claims(session, {link.claim_id})


@pytest.mark.parametrize(
    ("linked_first", "pending", "reject"),
    [
        pytest.param(0, 10, False, id="fresh-store"),
        pytest.param(4, 6, False, id="beside-existing-claims"),
        pytest.param(6, 4, True, id="with-a-rejection"),
        pytest.param(10, 0, False, id="nothing-pending"),
    ],
)
def test_batch_links_exactly_as_one_by_one(store, linked_first, pending, reject) -> None:  # type: ignore[no-untyped-def]
    linked = _store_texts(store, TEXTS[:linked_first], link=True)
    _store_texts(store, TEXTS[linked_first : linked_first + pending], link=False)
    if reject:
        _reject_one(store, linked[1])
    session = store.sessions()
    try:
        todo = pending_ids(session)
        assert len(todo) == pending + (1 if reject else 0)
        for statement_id in order_by_day(session, todo):
            link_one(session, statement_id)
        reference = _snapshot(session)
        session.rollback()
        assert pending_ids(session) == todo
        link_ids(session, todo)
        assert _snapshot(session) == reference
        assert pending_ids(session) == []
    finally:
        session.rollback()
        session.close()


@pytest.mark.parametrize(
    ("contents", "claims"),
    [
        pytest.param([0, 1], 1, id="reworded-repeat-joins"),
        pytest.param([3, 4], 1, id="same-words-join"),
        pytest.param([0, 9], 2, id="unrelated-apart"),
        pytest.param([6, 9, 3], 3, id="three-apart"),
    ],
)
def test_batch_groups_repeats(store, contents, claims) -> None:  # type: ignore[no-untyped-def]
    _store_texts(store, [TEXTS[i] for i in contents], link=False)
    with store.sessions.begin() as session:
        touched = link_ids(session, pending_ids(session))
        assert len(touched) == claims
        assert session.scalar(select(Claim.id).order_by(Claim.id.desc()).limit(1)) is not None
        counts = sorted(session.scalars(select(Claim.appearance_count)))
        assert sum(counts) == len(contents)
        assert len(counts) == claims


def test_index_reads_count_in_the_database(store) -> None:  # type: ignore[no-untyped-def]
    """A key over the cap comes back as None (its postings stay in the database); the others
    with their postings, newest first; more keys than one statement holds are chunked."""
    ids = _store_texts(store, TEXTS[:6], link=False)
    newest_first = sorted(ids, reverse=True)
    with store.sessions.begin() as session:
        session.execute(
            insert(StatementTerm),
            [{"term": "كثير", "statement_id": sid} for sid in ids]
            + [{"term": "نادر", "statement_id": sid} for sid in ids[:2]],
        )
        found = read_index(session, ["كثير", "نادر", "غائب"], cap=4)
        assert found == {"كثير": None, "نادر": sorted(ids[:2], reverse=True), "غائب": []}
        assert read_index(session, ["كثير"], cap=6) == {"كثير": newest_first}
        assert read_postings(session, ["كثير", "غائب"], 3) == {"كثير": newest_first[:3], "غائب": []}
        many = [f"مفتاح{n}" for n in range(40)] + ["نادر"]
        assert read_index(session, many, cap=4)["نادر"] == sorted(ids[:2], reverse=True)
