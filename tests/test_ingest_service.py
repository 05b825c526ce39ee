"""Storing articles: identity, idempotency, updates that keep reviews, one transaction per article."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.builders import add_article, make_article_record, make_statement_record
from tracker.models import Article, Review, Statement
from tracker.services.ingest import store_article
from tracker.services.review import ReviewConflict, review_history, set_review

TEXT = "قال وزير المياه سامر الخطيب إن السدود ممتلئة هذا العام.\n\nوأضاف الخطيب أن الأمطار كانت غزيرة."
CONTENT_1 = "السدود ممتلئة هذا العام"
CONTENT_2 = "الأمطار كانت غزيرة"


def _statements(text: str = TEXT) -> list:
    return [
        make_statement_record(text, CONTENT_1, cue="قال", said_on=date(2025, 3, 9)),
        make_statement_record(text, CONTENT_2, cue="وأضاف", mention="الخطيب"),
    ]


def _count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model))


def test_store_then_same_article_again_is_unchanged(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        first = add_article(session, TEXT, _statements(), url="https://example.test/a/1")
        assert first.status == "ingested"
        assert len(first.statement_ids) == 2
    with store.sessions.begin() as session:
        again = add_article(session, TEXT, _statements(), url="https://example.test/a/1")
        assert again.status == "unchanged"
        assert again.article_id == first.article_id
        # Without a URL the normalised body is the identity: tashkeel-only changes are the same article.
        same_body = add_article(session, TEXT.replace("قال", "قَالَ"), [])
        assert same_body.status == "unchanged"
        assert _count(session, Article) == 1
        assert _count(session, Statement) == 2


def test_changed_body_updates_and_keeps_reviews_of_unchanged_statements(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        outcome = add_article(session, TEXT, _statements(), url="https://example.test/a/2")
        kept_id, changed_id = outcome.statement_ids
        set_review(session, kept_id, "verified", reviewer="rana", note="checked")
        set_review(session, changed_id, "disputed", reviewer="rana")
    new_text = TEXT.replace("كانت غزيرة", "كانت شحيحة")
    with store.sessions.begin() as session:
        statements = [
            make_statement_record(new_text, CONTENT_1, cue="قال", said_on=date(2025, 3, 9)),
            make_statement_record(new_text, "الأمطار كانت شحيحة", cue="وأضاف", mention="الخطيب"),
        ]
        updated = add_article(session, new_text, statements, url="https://example.test/a/2")
        assert updated.status == "updated"
        rows = {row.content: row for row in session.scalars(select(Statement))}
        assert rows[CONTENT_1].review_status == "verified"
        assert rows[CONTENT_1].review_note == "checked"
        assert rows["الأمطار كانت شحيحة"].review_status == "unreviewed"
        # The audit log keeps every decision, the kept one re-attached to its successor.
        assert _count(session, Review) == 2
        history = review_history(session, rows[CONTENT_1].id)
        assert [review.status for review in history] == ["verified"]


def test_stale_review_is_a_conflict_not_an_overwrite(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        statement_id = add_article(session, TEXT, _statements()).statement_ids[0]
        version = session.get(Statement, statement_id).version
    with store.sessions.begin() as session:
        set_review(session, statement_id, "verified", reviewer="rana", expected_version=version)
    with store.sessions.begin() as session, pytest.raises(ReviewConflict) as raised:
        set_review(session, statement_id, "disputed", reviewer="omar", expected_version=version)
    assert raised.value.current.status == "verified"
    assert raised.value.current.reviewer == "rana"
    with store.sessions.begin() as session:
        assert [r.status for r in review_history(session, statement_id)] == ["verified"]


def test_failed_article_leaves_nothing_behind(store) -> None:  # type: ignore[no-untyped-def]
    record = make_article_record(TEXT)
    bad = _statements()

    def store_then_fail() -> None:
        with store.sessions.begin() as session:
            store_article(session, record, bad)
            raise RuntimeError("simulated failure after the statements were written")

    with pytest.raises(RuntimeError, match="simulated failure"):
        store_then_fail()
    with store.sessions.begin() as session:
        assert _count(session, Article) == 0
        assert _count(session, Statement) == 0


def test_changed_body_keeps_human_claim_decisions(store) -> None:  # type: ignore[no-untyped-def]
    """A person's confirm or reject of a claim link survives the re-extraction of a changed article."""
    from tracker.models import ClaimLink
    from tracker.services.claims import confirm_link

    other_text = "قال الوزير سامر الخطيب إن السدود ممتلئة هذا العام بعد الأمطار."
    with store.sessions.begin() as session:
        add_article(
            session,
            other_text,
            [make_statement_record(other_text, "السدود ممتلئة هذا العام بعد الأمطار", cue="قال")],
            url="https://example.test/a/0",
        )
        outcome = add_article(session, TEXT, _statements(), url="https://example.test/a/3")
        link = session.scalar(select(ClaimLink).where(ClaimLink.statement_id == outcome.statement_ids[0]))
        confirm_link(session, link.id, reviewer="rana")
        claim_id = link.claim_id
    new_text = TEXT.replace("كانت غزيرة", "كانت شحيحة")
    with store.sessions.begin() as session:
        statements = [
            make_statement_record(new_text, CONTENT_1, cue="قال", said_on=date(2025, 3, 9)),
            make_statement_record(new_text, "الأمطار كانت شحيحة", cue="وأضاف", mention="الخطيب"),
        ]
        assert add_article(session, new_text, statements, url="https://example.test/a/3").status == "updated"
        kept = session.scalar(select(Statement).where(Statement.content == CONTENT_1))
        (carried,) = kept.links
        assert (carried.claim_id, carried.status, carried.decided_by) == (claim_id, "confirmed", "rana")
