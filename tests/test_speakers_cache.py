"""The per-run speaker cache: resolving a batch with it gives exactly what resolving without it gives.

Each sequence of articles is stored twice in one transaction (rolled back in between):
without a cache, then with one :class:`SpeakerCache` shared by every article, as
``ingest_paths`` does. Speakers, aliases, roles and each statement's speaker must agree.
Runs on SQLite and PostgreSQL. Names and sentences are made up for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from tests.builders import make_article_record, make_statement_record
from tracker.models import Speaker, SpeakerAlias, SpeakerRole, Statement
from tracker.normalize import fold
from tracker.services.ingest import store_article
from tracker.services.speakers import SpeakerResolver
from tracker.services.speakers_cache import SpeakerCache, lookup_keys, qid_key
from tracker.speakers.gazetteer import default_gazetteer

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
# The office changes hands within the run: who a role-only mention means must follow.
ROLE_CHANGES_HANDS = [
    ("سامر الخطيب", MINISTER, date(2025, 1, 1)),
    (MINISTER, MINISTER, date(2025, 3, 1)),
    ("رنا حداد", MINISTER, date(2025, 12, 1)),
    (MINISTER, MINISTER, date(2025, 11, 1)),
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
        pytest.param(ROLE_CHANGES_HANDS, 2, id="role-changes-hands"),
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
        pytest.param(
            SpeakerAlias(alias="سامر الخطيب", alias_norm="سامر الخطيب", kind="full_name"),
            False,
            id="alias-with-the-name-forgets",
        ),
        pytest.param(
            Speaker(name="سامر الخطيب", name_norm="سامر الخطيب", kind="person"),
            False,
            id="speaker-with-the-name-forgets",
        ),
        pytest.param(
            Speaker(name="س ص", name_norm="س ص", kind="person", external_id="Q1"),
            False,
            id="speaker-with-the-qid-looked-up-forgets",
        ),
        pytest.param(
            SpeakerAlias(alias="رنا", alias_norm="رنا", kind="surname"), True, id="other-alias-keeps"
        ),
        pytest.param(
            Speaker(name="رنا حداد", name_norm="رنا حداد", kind="person"), True, id="other-speaker-keeps"
        ),
        pytest.param(None, True, id="nothing-new-keeps"),
    ],
)
def test_names_are_forgotten_when_what_they_looked_up_is_added(store, pending, kept) -> None:  # type: ignore[no-untyped-def]
    cache = SpeakerCache()
    cache.remember(("سامر الخطيب", "person"), 1, {"سامر الخطيب", qid_key("Q1")})
    cache.remember(("ليلى", "person"), 2, {"ليلى"})
    with store.sessions() as session:
        if pending is not None:
            session.add(pending)
        cache.note_pending(session)
        assert (("سامر الخطيب", "person") in cache.names) is kept
        assert cache.names[("ليلى", "person")] == 2  # looked up nothing that was added
        session.expunge_all()


def test_an_alias_the_resolver_attaches_forgets_the_names_that_looked_it_up(store) -> None:  # type: ignore[no-untyped-def]
    """A mention's alias form ("أبو سامر") added to a speaker: a name resolved by that form is asked again."""
    text = "قال سامر الخطيب إن الخبر صحيح."
    plain = make_statement_record(text, "الخبر صحيح").speaker
    nicknamed = replace(plain, mention="أبو سامر")
    session = store.sessions()
    try:
        cache = SpeakerCache()
        resolver = SpeakerResolver(session, cache)
        (speaker_id,) = resolver.article([(make_statement_record(text, "الخبر صحيح"), None)])
        cache.remember(("أبو سامر", "person"), 99, {fold("أبو سامر")})
        cache.remember(("ليلى", "person"), 98, {"ليلى"})
        resolver.aliases(speaker_id, resolver.mention(plain))  # nothing new: both kept
        assert set(cache.names) >= {("أبو سامر", "person"), ("ليلى", "person")}
        resolver.aliases(speaker_id, resolver.mention(nicknamed))
        assert ("أبو سامر", "person") not in cache.names
        assert ("ليلى", "person") in cache.names
    finally:
        session.rollback()
        session.close()


def test_lookup_keys_cover_the_gazetteer_entry() -> None:
    """A name the gazetteer knows is looked up by its spellings and QID as well as by itself."""
    gazetteer = default_gazetteer()
    entry = next(e for e in gazetteer.entries if e.qid and len(e.spellings) > 1 and e.kind == "person")
    name = entry.spellings[0]
    keys = lookup_keys(
        make_statement_record(f"قال {name} إن الخبر صحيح.", "الخبر صحيح", speaker=name).speaker, gazetteer
    )
    assert qid_key(entry.qid) in keys
    assert {fold(spelling) for spelling in entry.spellings} <= keys
    unknown = make_statement_record("قال سامر الخطيب إن الخبر صحيح.", "الخبر صحيح").speaker
    assert lookup_keys(unknown, gazetteer) == {"سامر الخطيب"}


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
