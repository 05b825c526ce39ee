"""Search views: the page-at-once role lookup agrees with helper 5's ``role_as_of``, and
views built on the fast path equal views built through the dataclass constructor."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.models import Speaker, SpeakerRole
from tracker.services.search import roles_as_of as page_roles
from tracker.services.speakers import role_as_of

DAYS = [date(2019, 1, 1), date(2020, 6, 1), date(2021, 3, 15), date(2022, 12, 31), date(2024, 5, 5)]


@pytest.fixture
def speakers(store):  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        kept = Speaker(name="سامر الخطيب", name_norm="سامر الخطيب")
        merged = Speaker(name="سامر خطيب", name_norm="سامر خطيب")
        plain = Speaker(name="ليلى حداد", name_norm="ليلى حداد")
        session.add_all([kept, merged, plain])
        session.flush()
        merged.merged_into_id = kept.id
        session.add_all(
            [
                SpeakerRole(
                    speaker_id=kept.id,
                    title="وزير المالية",
                    title_norm="وزير الماليه",
                    first_seen=date(2020, 1, 1),
                    last_seen=date(2021, 1, 1),
                ),
                SpeakerRole(
                    speaker_id=merged.id,
                    title="رئيس الوزراء",
                    title_norm="رئيس الوزراء",
                    first_seen=date(2021, 3, 1),
                    last_seen=date(2022, 1, 1),
                ),
                SpeakerRole(speaker_id=plain.id, title="المتحدثة", title_norm="المتحدثه", first_seen=None),
            ]
        )
        return store, [kept.id, merged.id, plain.id]


def test_page_lookup_matches_role_as_of(speakers) -> None:  # type: ignore[no-untyped-def]
    store, ids = speakers
    rows = [(n, sid, day) for n, (sid, day) in enumerate((sid, day) for sid in ids for day in DAYS)]
    with store.sessions.begin() as session:
        batch = page_roles(session, rows)
        one_by_one = {n: role_as_of(session, sid, day) for n, sid, day in rows}
    assert batch == one_by_one
    # The table is not trivially empty: the merged speaker's role shows on the kept one.
    assert batch[2] == "رئيس الوزراء"
    assert batch[0] is None


def test_rows_without_speaker_or_date_are_skipped(speakers) -> None:  # type: ignore[no-untyped-def]
    store, ids = speakers
    rows = [(1, None, DAYS[1]), (2, ids[0], None)]
    with store.sessions.begin() as session:
        assert page_roles(session, rows) == {}


def test_fast_views_equal_constructed_ones(store) -> None:  # type: ignore[no-untyped-def]
    from builders import add_article, make_statement_record

    from tracker.services.search import StatementFilter, StatementView, search_statements
    from tracker.services.search_views import VIEW_FIELDS

    text = "قال الرئيس سامر الخطيب إن الأسد لن يحضر القمة المقبلة."
    with store.sessions.begin() as session:
        add_article(
            session, text, [make_statement_record(text, "الأسد لن يحضر القمة المقبلة", role="الرئيس")]
        )
        (view,) = search_statements(session, StatementFilter())
    assert set(view.__dict__) == set(VIEW_FIELDS)
    assert StatementView(**view.__dict__) == view
    with pytest.raises(AttributeError):
        view.content = "changed"  # type: ignore[misc]  # still frozen
