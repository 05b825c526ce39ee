"""Claims in the store: linking on ingest, the claim list and timeline, human decisions that
survive re-linking, stale-version conflicts, and text matching. Runs on SQLite and PostgreSQL.

Sentences are written for these tests (none comes from a real article).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.builders import add_article, make_statement_record
from tracker.models import Claim, ClaimLink, FactCheck, StatementTerm
from tracker.services.claims import (
    ClaimChanged,
    ClaimConflict,
    ClaimError,
    claim_detail,
    confirm_link,
    link_ids,
    list_claims,
    match_text,
    merge_claims,
    pending_ids,
    reject_link,
    reset_links,
    split_statement,
)

TOLL = "عدد الضحايا بلغ 39 ألفاً في الإقليم"
TOLL_REWORDED = "بلغ عدد الضحايا في الإقليم 39 ألفاً"
TOLL_OTHER_FIGURE = "عدد الضحايا بلغ 93 ألفاً في الإقليم"
DAM = "السد الجديد سيوفر المياه لمليون مزارع في الجنوب"


def _article(
    session,
    n: int,
    content: str,
    *,
    day: date,
    speaker: str = "ماجد الحسن",
    outlet: str = "صحيفة الاختبار",
    quotes: tuple[str, ...] = (),
    kind: str = "indirect",
):  # type: ignore[no-untyped-def]
    text = f"قال {speaker} إن {content}."
    record = make_statement_record(
        text, content, speaker=speaker, cue="قال", said_on=day, quotes=quotes, statement_kind=kind
    )
    return add_article(session, text, [record], url=f"https://example.test/{n}", outlet=outlet)


def _seed(store) -> list[int]:  # type: ignore[no-untyped-def]
    """Four articles, the later-dated one ingested first; returns their statement ids in ingest order."""
    ids = []
    with store.sessions.begin() as session:
        ids += _article(session, 1, TOLL_REWORDED, day=date(2025, 3, 5), outlet="وكالة ب").statement_ids
        ids += _article(session, 2, TOLL, day=date(2025, 3, 1)).statement_ids
        ids += _article(session, 3, TOLL_OTHER_FIGURE, day=date(2025, 3, 7)).statement_ids
        ids += _article(session, 4, DAM, day=date(2025, 3, 2), speaker="ليلى منصور").statement_ids
    return ids


def test_ingest_links_repeats_and_keeps_the_first_appearance(store) -> None:  # type: ignore[no-untyped-def]
    reworded, original, other_figure, _dam = _seed(store)
    with store.sessions.begin() as session:
        claims = list_claims(session)
        assert [c.appearances for c in claims] == [3, 1]
        toll = claims[0]
        # The first appearance is the earliest statement date, not the first ingested.
        assert toll.first_seen == date(2025, 3, 1)
        assert toll.text == TOLL
        assert (toll.outlets, toll.variants) == (2, 1)
        detail = claim_detail(session, toll.claim_id)
        assert detail is not None
        timeline = [(a.statement_id, a.relation) for a in detail.appearances]
        assert timeline == [(original, "same"), (reworded, "same"), (other_figure, "variant")]
        variant = detail.appearances[-1]
        assert variant.difference is not None
        assert variant.difference["figures"] == {"a": ["#93000"], "b": ["#39000"]}
        assert variant.status == "suggested"
        # Every statement is in the term index; nothing is left pending.
        assert session.scalar(select(func.count(func.distinct(StatementTerm.statement_id)))) == 4
        assert pending_ids(session) == []
        assert claim_detail(session, 999_999) is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"min_appearances": 2}, [3]),
        ({"min_appearances": 4}, []),
        ({"speaker": "ليلى منصور"}, [1]),
        ({"speaker": "ماجد الحسن"}, [3]),
        ({"speaker": "أحد آخر"}, []),
        ({"since": date(2025, 3, 6)}, [3]),
        ({"until": date(2025, 3, 1)}, [3]),
        ({"since": date(2025, 3, 2), "until": date(2025, 3, 2)}, [1]),
        ({"since": date(2026, 1, 1)}, []),
    ],
)
def test_claim_list_filters(store, filters, expected) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    with store.sessions.begin() as session:
        assert [c.appearances for c in list_claims(session, **filters)] == expected


def _link_of(session, statement_id: int) -> ClaimLink:  # type: ignore[no-untyped-def]
    return session.scalars(
        select(ClaimLink).where(ClaimLink.statement_id == statement_id, ClaimLink.status != "rejected")
    ).one()


def test_human_decisions_survive_rebuild(store) -> None:  # type: ignore[no-untyped-def]
    reworded, original, other_figure, _dam = _seed(store)
    with store.sessions.begin() as session:
        toll_claim = _link_of(session, original).claim_id
        confirmed = confirm_link(session, _link_of(session, other_figure).id, reviewer="rana")
        assert (confirmed.status, confirmed.decided_by) == ("confirmed", "rana")
        rejected = reject_link(session, _link_of(session, reworded).id, reviewer="rana")
        assert rejected.status == "rejected"
        # A rejected statement is linked again, never to the claim it was rejected from.
        assert _link_of(session, reworded).claim_id != toll_claim
    with store.sessions.begin() as session:
        dropped = reset_links(session)
        assert dropped >= 1
    with store.sessions.begin() as session:
        link_ids(session, pending_ids(session))
    with store.sessions.begin() as session:
        assert _link_of(session, other_figure).decided_by == "rana"
        assert _link_of(session, other_figure).claim_id == toll_claim
        assert _link_of(session, reworded).claim_id != toll_claim
        rejected_row = session.scalars(
            select(ClaimLink).where(ClaimLink.statement_id == reworded, ClaimLink.status == "rejected")
        ).one()
        assert rejected_row.claim_id == toll_claim
        assert _link_of(session, original).claim_id == toll_claim


def test_split_and_merge_are_recorded_and_kept(store) -> None:  # type: ignore[no-untyped-def]
    _reworded, original, other_figure, dam = _seed(store)
    with store.sessions.begin() as session:
        toll_claim = _link_of(session, original).claim_id
        new_claim = split_statement(session, other_figure, reviewer="omar")
        link = _link_of(session, other_figure)
        assert (link.claim_id, link.status, link.decided_by) == (new_claim, "confirmed", "omar")
        assert session.get(Claim, toll_claim).appearance_count == 2  # type: ignore[union-attr]
        dam_claim = _link_of(session, dam).claim_id
        moved = merge_claims(session, toll_claim, dam_claim, reviewer="omar")
        assert moved == 1
        assert session.get(Claim, dam_claim) is None
        assert session.get(Claim, toll_claim).appearance_count == 3  # type: ignore[union-attr]
        with pytest.raises(ClaimError):
            merge_claims(session, toll_claim, toll_claim, reviewer="omar")
        with pytest.raises(ClaimError):
            split_statement(session, 999_999, reviewer="omar")
    with store.sessions.begin() as session:
        reset_links(session)
        link_ids(session, pending_ids(session))
    with store.sessions.begin() as session:
        assert _link_of(session, other_figure).claim_id == new_claim
        assert _link_of(session, dam).claim_id == toll_claim


def test_split_and_merge_refuse_a_claim_changed_since(store) -> None:  # type: ignore[no-untyped-def]
    reworded, original, other_figure, dam = _seed(store)
    with store.sessions.begin() as session:
        toll, dam_claim = _link_of(session, original).claim_id, _link_of(session, dam).claim_id
        seen = {c.claim_id: c.version for c in list_claims(session)}
    # Meanwhile one more appearance of the toll claim is ingested and linked.
    with store.sessions.begin() as session:
        _article(session, 5, TOLL, day=date(2025, 3, 9), outlet="وكالة ب", speaker="سامي نور")
    with pytest.raises(ClaimChanged) as raised, store.sessions.begin() as session:
        split_statement(session, other_figure, reviewer="omar", expected_version=seen[toll])
    assert raised.value.expected_version == seen[toll]
    assert raised.value.version > seen[toll]
    assert "changed since you loaded it" in str(raised.value)
    with pytest.raises(ClaimChanged), store.sessions.begin() as session:
        merge_claims(
            session, dam_claim, toll, reviewer="omar", expected_versions=(seen[dam_claim], seen[toll])
        )
    with store.sessions.begin() as session:  # both refusals changed nothing
        assert _link_of(session, other_figure).claim_id == toll
        assert _link_of(session, dam).claim_id == dam_claim
        assert session.get(Claim, toll).appearance_count == 4  # type: ignore[union-attr]
        assert session.get(Claim, dam_claim).version == seen[dam_claim]  # type: ignore[union-attr]
        now = session.get(Claim, toll).version  # type: ignore[union-attr]
    with store.sessions.begin() as session:
        split_statement(session, other_figure, reviewer="omar", expected_version=now)
    # A colleague who loaded the claim at that same version is refused: the split changed it.
    with pytest.raises(ClaimChanged), store.sessions.begin() as session:
        split_statement(session, reworded, reviewer="lina", expected_version=now)
    with store.sessions.begin() as session:
        before_confirm = session.get(Claim, dam_claim).version  # type: ignore[union-attr]
        confirm_link(session, _link_of(session, dam).id, reviewer="lina")
    with pytest.raises(ClaimChanged), store.sessions.begin() as session:
        merge_claims(session, toll, dam_claim, reviewer="omar", expected_versions=(None, before_confirm))
    with store.sessions.begin() as session:
        versions = (session.get(Claim, toll).version, session.get(Claim, dam_claim).version)  # type: ignore[union-attr]
        assert merge_claims(session, toll, dam_claim, reviewer="omar", expected_versions=versions) == 1
        assert session.get(Claim, dam_claim) is None
    with pytest.raises(ClaimError), store.sessions.begin() as session:
        merge_claims(session, toll, dam_claim, reviewer="omar", expected_versions=versions)


def test_stale_decision_raises_a_conflict(store) -> None:  # type: ignore[no-untyped-def]
    _, _original, other_figure, _ = _seed(store)
    with store.sessions.begin() as session:
        link = _link_of(session, other_figure)
        link_id, version = link.id, link.version
    with store.sessions.begin() as session:
        confirm_link(session, link_id, reviewer="first", expected_version=version)
    with pytest.raises(ClaimConflict) as raised, store.sessions.begin() as session:
        reject_link(session, link_id, reviewer="second", expected_version=version)
    assert raised.value.current.decided_by == "first"
    assert raised.value.current.version == version + 1
    with pytest.raises(ClaimError), store.sessions.begin() as session:
        confirm_link(session, 999_999, reviewer="x")


def test_misquote_of_the_same_speaker_is_flagged_with_a_diff(store) -> None:  # type: ignore[no-untyped-def]
    said = "لن نتراجع عن قرارنا في المفاوضات"
    misquoted = "لن نتراجع عن موقفنا في المفاوضات"
    with store.sessions.begin() as session:
        _article(session, 1, said, day=date(2025, 4, 1), quotes=(said,), kind="direct")
        ids = _article(
            session, 2, misquoted, day=date(2025, 4, 2), quotes=(misquoted,), kind="direct"
        ).statement_ids
    with store.sessions.begin() as session:
        link = _link_of(session, ids[0])
        assert link.relation == "possible_misquote"
        assert link.difference["misquote"] == [{"op": "replace", "a": "موقفنا", "b": "قرارنا"}]
        assert list_claims(session)[0].misquotes == 1


def test_match_text_finds_claims_statements_and_fact_checks(store) -> None:  # type: ignore[no-untyped-def]
    _seed(store)
    with store.sessions.begin() as session:
        session.add(
            FactCheck(
                claim_text="بلغ عدد الضحايا في الإقليم 39 ألف شخص",
                claim_norm="x",
                claim_hash="h1",
                publisher="مدقق",
                rating="صحيح",
                review_url="https://check.test/1",
            )
        )
        session.add(FactCheck(claim_text="الفيضانات تغمر العاصمة", claim_norm="y", claim_hash="h2"))
    with store.sessions.begin() as session:
        hits = match_text(session, "عدد ضحايا الإقليم بلغ 39 ألفا", limit=10)
        kinds = {h.kind for h in hits}
        assert kinds == {"claim", "statement", "fact_check"}
        assert hits[0].score >= 90
        assert all(h.text != "الفيضانات تغمر العاصمة" for h in hits)
        check = next(h for h in hits if h.kind == "fact_check")
        assert check.detail is not None
        assert check.detail["publisher"] == "مدقق"
        assert match_text(session, "موضوع لا علاقة له بشيء مخزن", limit=5) == []
