"""The per-run speaker cache: resolving a batch with it gives exactly what resolving without it gives.

Each sequence of articles is stored twice in one transaction (rolled back in between):
without a cache, then with one :class:`SpeakerCache` shared by every article, as
``ingest_paths`` does. Speakers, aliases, roles and each statement's speaker must agree.
Runs on SQLite and PostgreSQL. Names and sentences are made up for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.builders import make_article_record, make_statement_record
from tracker.models import Speaker, SpeakerAlias, SpeakerRole, Statement
from tracker.services.ingest import store_article
from tracker.services.speakers_cache import SpeakerCache

MINISTER = "وزير المالية"

# (speaker name, role, day): one article each, in this order.
FULL_THEN_SURNAME = [
    ("سامر الخطيب", MINISTER, date(2025, 3, 1)),
    ("الخطيب", None, date(2025, 3, 2)),
    ("سامر الخطيب", MINISTER, date(2025, 5, 1)),
]
SURNAME_BECOMES_AMBIGUOUS = [
    ("سامر الخطيب", None, date(2025, 3, 1)),
    ("الخطيب", None, date(2025, 3, 2)),
    ("رنا الخطيب", None, date(2025, 3, 3)),
    ("الخطيب", None, date(2025, 3, 4)),
]
ROLE_ONLY = [
    ("سامر الخطيب", MINISTER, date(2025, 3, 1)),
    (MINISTER, MINISTER, date(2025, 3, 9)),
    (MINISTER, MINISTER, date(2025, 3, 1)),
    ("سامر الخطيب", MINISTER, date(2025, 2, 1)),
]
DIFFERENT_PEOPLE = [
    ("ليلى حداد", None, date(2025, 1, 1)),
    ("سامي نور", None, date(2025, 1, 2)),
    ("ليلى حداد", None, date(2025, 1, 3)),
]


def _store(session, articles, cache: SpeakerCache | None) -> list[int]:  # type: ignore[no-untyped-def]
    ids: list[int] = []
    for n, (name, role, day) in enumerate(articles):
        content = f"الميزانية الجديدة ستصدر في الربع رقم {n}"
        text = f"قال {name} إن {content}."
        record = make_statement_record(text, content, speaker=name, role=role, cue="قال", said_on=day)
        article = make_article_record(text, url=f"https://example.test/speakers/{n}")
        ids += store_article(session, article, [record], link_claims=False, speakers=cache).statement_ids
    return ids


def _snapshot(session) -> dict[str, list]:  # type: ignore[no-untyped-def]
    session.flush()
    queries = {
        "speakers": select(Speaker.id, Speaker.name, Speaker.kind, Speaker.external_id),
        "aliases": select(SpeakerAlias.speaker_id, SpeakerAlias.alias_norm, SpeakerAlias.kind),
        "roles": select(
            SpeakerRole.speaker_id, SpeakerRole.title_norm, SpeakerRole.first_seen, SpeakerRole.last_seen
        ),
        "statements": select(Statement.id, Statement.speaker_id),
    }
    rows = {name: session.execute(q).all() for name, q in queries.items()}
    # Ids as their rank in creation order: PostgreSQL does not roll sequences back.
    speaker = {row[0]: n for n, row in enumerate(sorted(rows["speakers"]))}
    speaker[None] = None
    statement = {row[0]: n for n, row in enumerate(sorted(rows["statements"]))}
    ranked = {
        "speakers": [(speaker[r[0]], *r[1:]) for r in rows["speakers"]],
        "aliases": [(speaker[r[0]], *r[1:]) for r in rows["aliases"]],
        "roles": [(speaker[r[0]], *r[1:]) for r in rows["roles"]],
        "statements": [(statement[r[0]], speaker[r[1]]) for r in rows["statements"]],
    }
    return {name: sorted(tuple(map(str, row)) for row in values) for name, values in ranked.items()}


@pytest.mark.parametrize(
    ("articles", "speakers"),
    [
        pytest.param(FULL_THEN_SURNAME, 1, id="surname-joins-the-full-name"),
        pytest.param(SURNAME_BECOMES_AMBIGUOUS, 3, id="ambiguous-surname-gets-its-own"),
        pytest.param(ROLE_ONLY, 1, id="role-only-mentions"),
        pytest.param(DIFFERENT_PEOPLE, 2, id="different-people-apart"),
    ],
)
def test_cached_run_resolves_as_uncached(store, articles, speakers) -> None:  # type: ignore[no-untyped-def]
    session = store.sessions()
    try:
        _store(session, articles, None)
        reference = _snapshot(session)
        session.rollback()
        cache = SpeakerCache()
        _store(session, articles, cache)
        assert _snapshot(session) == reference
        assert len(reference["speakers"]) == speakers
        assert cache.aliases  # the cache was used, not bypassed
    finally:
        session.rollback()
        session.close()


@pytest.mark.parametrize(
    ("pending", "kept"),
    [
        pytest.param(SpeakerAlias(alias="س", alias_norm="س", kind="surname"), False, id="new-alias-forgets"),
        pytest.param(Speaker(name="س", name_norm="س", kind="person"), False, id="new-speaker-forgets"),
        pytest.param(None, True, id="nothing-new-keeps"),
    ],
)
def test_names_are_forgotten_when_a_speaker_or_alias_is_added(store, pending, kept) -> None:  # type: ignore[no-untyped-def]
    cache = SpeakerCache(names={("سامر الخطيب", "person"): 1})
    with store.sessions() as session:
        if pending is not None:
            session.add(pending)
        cache.note_pending(session)
        assert bool(cache.names) is kept
        session.expunge_all()


@pytest.mark.parametrize(
    ("window", "on", "unchanged"),
    [
        pytest.param((date(2025, 1, 1), date(2025, 3, 1)), date(2025, 2, 1), True, id="inside"),
        pytest.param((date(2025, 1, 1), date(2025, 3, 1)), None, True, id="no-date"),
        pytest.param((date(2025, 1, 1), date(2025, 3, 1)), date(2025, 4, 1), False, id="after"),
        pytest.param((None, None), date(2025, 4, 1), False, id="undated-role"),
        pytest.param(None, date(2025, 2, 1), False, id="unknown-role"),
    ],
)
def test_role_sighting_unchanged(window, on, unchanged) -> None:  # type: ignore[no-untyped-def]
    cache = SpeakerCache()
    if window is not None:
        cache.roles[(7, "وزير ماليه")] = window
    assert cache.role_unchanged(7, "وزير ماليه", on) is unchanged
