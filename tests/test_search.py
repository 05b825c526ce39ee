"""Statement search: full-text queries and filters give the same answers on SQLite and PostgreSQL.

Every table here runs on both backends (the ``store`` fixture), so one expected set per
query is the cross-backend comparison the search contract asks for.
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import add_article, make_statement_record

from tracker.db import Store, open_store
from tracker.models import Claim, ClaimLink
from tracker.search import parse_query
from tracker.search.textquery import arabic_forms, fts5_match, like_patterns, pg_tsquery
from tracker.services.search import (
    StatementFilter,
    count_statements,
    fulltext_mode,
    iter_statements,
    search_statements,
)

# Sentences written for these tests. key -> (article text, content, speaker, fields)
T_SUMMIT = "قال الرئيس سامر الخطيب إن الأسد لن يحضر القمة المقبلة."
T_BREAD = "وأكدت الوزيرة ليلى حداد أن الحكومة ستخفض أسعار الخبز."
T_LION = "وأضاف المتحدث نبيل عيسى أن للأسد مواقف سابقة من الاتفاق."
T_WAR = "The minister, John Harlow, said the war on inflation is over."
T_MARKED = "وقال سامر الخطيب إنّ الأَسَدَ يُقاتِل في الشمال."

ROWS = {
    "summit": (T_SUMMIT, "الأسد لن يحضر القمة المقبلة", "سامر الخطيب", {"said_on": date(2025, 3, 8)}, {}),
    "bread": (T_BREAD, "الحكومة ستخفض أسعار الخبز", "ليلى حداد", {}, {"outlet": "جريدة المساء"}),
    "lion": (T_LION, "للأسد مواقف سابقة من الاتفاق", "نبيل عيسى", {"said_on": date(2024, 12, 1)}, {}),
    "war": (
        T_WAR,
        "the war on inflation is over",
        "John Harlow",
        {"said_on": date(2025, 1, 15), "language": "en", "statement_kind": "direct", "quotes": ("the war",)},
        {"outlet": "The Daily Test", "language": "en", "url": "https://daily.example/war"},
    ),
    "marked": (T_MARKED, "الأَسَدَ يُقاتِل في الشمال", "سامر الخطيب", {"said_on": date(2025, 2, 1)}, {}),
}


def _seed(store: Store, *, link: bool = True) -> tuple[Store, dict[str, int]]:
    ids: dict[str, int] = {}
    with store.sessions.begin() as session:
        for number, (key, (text, content, speaker, st_fields, art_fields)) in enumerate(ROWS.items()):
            fields = {"url": f"https://test.example/{number}", "link": link, **art_fields}
            outcome = add_article(
                session, text, [make_statement_record(text, content, speaker=speaker, **st_fields)], **fields
            )
            ids[key] = outcome.statement_ids[0]
    return store, ids


@pytest.fixture
def seeded(store: Store) -> tuple[Store, dict[str, int]]:
    """A fresh seeded store, for tests that change rows."""
    return _seed(store)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def shared(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One seeded store per backend for the read-only query tables (seeding per row is slow)."""
    from conftest import PG_ENV, _drop_pg_schema, _fresh_pg_schema_url, pg_base_url

    if request.param == "sqlite":
        url, cleanup = f"sqlite:///{tmp_path_factory.mktemp('search') / 'tracker.db'}", None
    else:
        base = pg_base_url()
        if base is None:
            pytest.skip(f"{PG_ENV} is not set; PostgreSQL store tests skipped on this machine")
        url, schema = _fresh_pg_schema_url(base)
        cleanup = (base, schema)
    store = open_store(url)
    try:
        yield _seed(store)
    finally:
        store.dispose()
        if cleanup:
            _drop_pg_schema(*cleanup)


def _found(store: Store, ids: dict[str, int], filt: StatementFilter) -> set[str]:
    names = {v: k for k, v in ids.items()}
    with store.sessions.begin() as session:
        views = search_statements(session, filt, limit=100)
        assert count_statements(session, filt) == len(views)
    return {names[v.id] for v in views}


TEXT_CASES = [
    ("الاسد", {"summit", "lion", "marked"}),  # hamza folded; للأسد via the لل form; tashkeel ignored
    ("الأَسَد", {"summit", "lion", "marked"}),  # tashkeel in the query too
    ("اسد", {"summit", "lion", "marked"}),  # no article: finds the forms with it
    ("حكومة", {"bread"}),  # ta marbuta folded, article added
    ("الخبز ستخفض", {"bread"}),  # all words, any order
    ("الخبز الأسد", set()),  # both required
    ("اسد الاتفاق", {"lion"}),  # each word keeps only the attached forms some statement has
    ("الاسد nothing", set()),  # a word no statement has: nothing, whatever the other finds
    ("القمم", set()),
    ("war", {"war"}),
    ("WAR", {"war"}),
    ("wa", set()),  # Latin words match whole
    ("wa*", {"war"}),
    ('"war on inflation"', {"war"}),
    ('"inflation war"', set()),  # a phrase keeps its order
    ("inflation war", {"war"}),
    ("", {"summit", "bread", "lion", "war", "marked"}),
]


@pytest.mark.parametrize(("query", "expected"), TEXT_CASES)
def test_text_search_same_on_both_backends(shared, query: str, expected: set[str]) -> None:
    store, ids = shared
    assert _found(store, ids, StatementFilter(text=query)) == expected


# How SQLite answers a text filter depends on how many rows match (tracker.services.search
# ._text_plan); the tiny test store always takes the "few matches" path unless told otherwise.
PLANS = {
    "few matches drive": {},
    "walk with LIKE": {"TEXT_PROBE": 0, "WALK_ROWS": 10**9, "COMMON_STATUS": 0},
    "collect then walk": {"TEXT_PROBE": 0, "WALK_ROWS": 0},
}


@pytest.mark.parametrize("plan", list(PLANS))
@pytest.mark.parametrize(("query", "expected"), TEXT_CASES)
def test_every_text_plan_answers_alike(
    shared, monkeypatch: pytest.MonkeyPatch, plan: str, query: str, expected: set[str]
) -> None:
    import tracker.services.search as service

    for name, value in PLANS[plan].items():
        monkeypatch.setattr(service, name, value)
    store, ids = shared
    assert _found(store, ids, StatementFilter(text=query)) == expected
    # The same with the date split and the outlet and status filters in play.
    since = date(2025, 1, 1)
    narrowed = {k for k in expected if k in {"summit", "bread", "war", "marked"}}
    assert _found(store, ids, StatementFilter(text=query, since=since)) == narrowed
    by_outlet = {k for k in expected if k == "war"}
    assert _found(store, ids, StatementFilter(text=query, outlet="daily.example")) == by_outlet
    assert _found(store, ids, StatementFilter(text=query, status="unreviewed")) == expected


@pytest.fixture(scope="module")
def both_backends(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seeded store on SQLite and on PostgreSQL side by side (PostgreSQL required)."""
    from conftest import PG_ENV, _drop_pg_schema, _fresh_pg_schema_url, pg_base_url

    base = pg_base_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set; the cross-backend comparison needs PostgreSQL")
    pg_url, schema = _fresh_pg_schema_url(base)
    stores = [open_store(f"sqlite:///{tmp_path_factory.mktemp('both') / 'tracker.db'}"), open_store(pg_url)]
    try:
        yield [_seed(store)[0] for store in stores]
    finally:
        for store in stores:
            store.dispose()
        _drop_pg_schema(base, schema)


def test_fulltext_mode_uses_the_index(shared) -> None:
    store, _ = shared
    with store.sessions.begin() as session:
        expected = "fts5" if store.engine.dialect.name == "sqlite" else "tsvector"
        assert fulltext_mode(session) == expected


def test_text_index_follows_edits_and_deletes(seeded) -> None:
    from sqlalchemy import delete, update

    from tracker.models import Statement

    store, ids = seeded
    with store.sessions.begin() as session:
        session.execute(
            update(Statement)
            .where(Statement.id == ids["bread"])
            .values(content_norm="الزيت ارخص", content="الزيت أرخص")
        )
        session.execute(delete(Statement).where(Statement.id == ids["war"]))
    assert _found(store, ids, StatementFilter(text="الخبز")) == set()
    assert _found(store, ids, StatementFilter(text="الزيت")) == {"bread"}
    assert _found(store, ids, StatementFilter(text="war")) == set()


FILTER_CASES = [
    (StatementFilter(speaker="سامر الخطيب"), {"summit", "marked"}),
    (StatementFilter(speaker="ليلى حداد"), {"bread"}),
    (StatementFilter(speaker="john harlow"), {"war"}),
    (StatementFilter(speaker="شخص آخر"), set()),
    (StatementFilter(speaker="Samer al-Khatib"), {"summit", "marked"}),  # cross-script (speaker search)
    # bread has no date of its own: the article's (2025-03-09) stands in.
    (StatementFilter(since=date(2025, 3, 1)), {"summit", "bread"}),
    (StatementFilter(until=date(2025, 1, 31)), {"lion", "war"}),
    (StatementFilter(since=date(2025, 3, 9), until=date(2025, 3, 9)), {"bread"}),
    (StatementFilter(since=date(2025, 3, 10)), set()),
    (StatementFilter(published_since=date(2025, 3, 9), published_until=date(2025, 3, 9)), set(ROWS)),
    (StatementFilter(published_until=date(2025, 3, 8)), set()),
    (StatementFilter(outlet="جريدة المساء"), {"bread"}),
    (StatementFilter(outlet="daily.example"), {"war"}),
    (StatementFilter(outlet="none such"), set()),
    (StatementFilter(kind="direct"), {"war"}),
    (StatementFilter(language="en"), {"war"}),
    (StatementFilter(language="ar", text="الاسد", since=date(2025, 1, 1)), {"summit", "marked"}),
    (StatementFilter(status="unreviewed"), set(ROWS)),
    (StatementFilter(status="verified"), set()),
]


@pytest.mark.parametrize(("filt", "expected"), FILTER_CASES)
def test_filters(shared, filt: StatementFilter, expected: set[str]) -> None:
    store, ids = shared
    assert _found(store, ids, filt) == expected


SORT_CASES = [
    ("-said_on", ["bread", "summit", "marked", "war", "lion"]),
    ("said_on", ["lion", "war", "marked", "summit", "bread"]),
    ("id", ["summit", "bread", "lion", "war", "marked"]),
    ("-id", ["marked", "war", "lion", "bread", "summit"]),
]


@pytest.mark.parametrize(("sort", "expected"), SORT_CASES)
def test_sort_orders(shared, sort: str, expected: list[str]) -> None:
    store, ids = shared
    names = {v: k for k, v in ids.items()}
    with store.sessions.begin() as session:
        # said_on here sorts by the statement's own date: bread is undated and goes last ascending,
        # but date_from_article shows its fallback.
        got = [names[v.id] for v in search_statements(session, StatementFilter(sort=sort))]
    if sort == "-said_on":
        expected = ["summit", "marked", "war", "lion", "bread"]
    assert got == expected


def test_view_fields_and_date_fallback(shared) -> None:
    store, ids = shared
    with store.sessions.begin() as session:
        (bread,) = search_statements(session, StatementFilter(statement_ids=(ids["bread"],)))
        (war,) = search_statements(session, StatementFilter(statement_ids=(ids["war"],)))
    assert bread.date_from_article
    assert bread.said_on == date(2025, 3, 9)
    assert bread.date_basis == "article"
    assert not war.date_from_article
    assert war.said_on == date(2025, 1, 15)
    assert war.direct_quotes == ["the war"]
    assert war.kind == "direct"
    assert war.outlet == "The Daily Test"
    assert war.article_url == "https://daily.example/war"
    assert bread.outlet == "جريدة المساء"
    assert bread.review_status == "unreviewed"


def test_claim_filter_and_appearances_sort(store: Store) -> None:
    store, ids = _seed(store, link=False)  # claim links set by hand, whatever linking exists
    with store.sessions.begin() as session:
        claim = Claim(canonical_text="الأسد", canonical_norm="الاسد", appearance_count=2)
        session.add(claim)
        session.flush()
        session.add_all(
            [
                ClaimLink(statement_id=ids["summit"], claim_id=claim.id, score=1.0, status="confirmed"),
                ClaimLink(statement_id=ids["lion"], claim_id=claim.id, score=0.9),
                ClaimLink(statement_id=ids["war"], claim_id=claim.id, score=0.2, status="rejected"),
            ]
        )
        claim_id = claim.id
    assert _found(store, ids, StatementFilter(claim_id=claim_id)) == {"summit", "lion"}
    assert _found(store, ids, StatementFilter(claim_id=999_999)) == set()
    with store.sessions.begin() as session:
        views = search_statements(session, StatementFilter(sort="-appearances"))
    assert {views[0].id, views[1].id} == {ids["summit"], ids["lion"]}
    assert views[0].claim_id == claim_id
    assert views[0].claim_appearances == 2
    assert views[2].claim_id is None
    assert views[2].claim_appearances == 0


def test_paging_and_iter_agree(shared) -> None:
    store, _ = shared
    with store.sessions.begin() as session:
        pages = (
            search_statements(session, StatementFilter(sort="id"), limit=2)
            + search_statements(session, StatementFilter(sort="id"), limit=2, offset=2)
            + search_statements(session, StatementFilter(sort="id"), limit=2, offset=4)
        )
        streamed = list(iter_statements(session, StatementFilter(sort="id")))
    assert [v.id for v in pages] == [v.id for v in streamed]
    assert len(streamed) == len(ROWS)


@pytest.mark.parametrize("size", [1, 2, 3])
@pytest.mark.parametrize("sort", ["-said_on", "said_on", "-id"])
def test_date_range_pages_match_the_stream(shared, size: int, sort: str) -> None:
    """--since pages read dated rows first, then undated ones: the pages must join up."""
    store, ids = shared
    filt = StatementFilter(since=date(2024, 6, 1), sort=sort)
    with store.sessions.begin() as session:
        streamed = [v.id for v in iter_statements(session, filt)]
        paged = []
        for offset in range(0, len(ROWS) + size, size):
            paged += [v.id for v in search_statements(session, filt, limit=size, offset=offset)]
    assert paged == streamed
    assert len(streamed) == len(ROWS)
    if sort.endswith("said_on"):
        assert streamed[-1] == ids["bread"]  # the undated statement comes last


@pytest.mark.parametrize(
    "bad",
    [StatementFilter(sort="loudness"), StatementFilter(status="great"), StatementFilter(kind="rumour")],
)
def test_bad_filters_raise(shared, bad: StatementFilter) -> None:
    store, _ = shared
    with store.sessions.begin() as session, pytest.raises(ValueError, match="unknown"):
        search_statements(session, bad)


# --- the query language itself, no database ------------------------------------------------

QUERY_RENDER_CASES = [
    ("war", '"war"', "'war'", [["% war %"]]),
    ("war*", '"war"*', "'war':*", [["% war%"]]),
    ('"war on"', '"war on"', "'war' <-> 'on'", [["% war on %"]]),
    ("covid-19", '"covid" AND "19"', "'covid' & '19'", [["% covid %"], ["% 19 %"]]),
    ("ab", '"ab"', "'ab'", [["% ab %"]]),
]


@pytest.mark.parametrize(("query", "fts", "tsq", "like"), QUERY_RENDER_CASES)
def test_query_renderings(query: str, fts: str, tsq: str, like: list[list[str]]) -> None:
    parsed = parse_query(query)
    assert fts5_match(parsed) == fts
    assert pg_tsquery(parsed) == tsq
    assert like_patterns(parsed) == like


@pytest.mark.parametrize(
    ("word", "includes", "excludes"),
    [
        ("الاسد", {"الاسد", "والاسد", "للاسد", "بالاسد"}, {"الالاسد", "اسد"}),
        ("حكومه", {"حكومه", "الحكومه", "للحكومه", "وحكومه"}, {"ححكومه"}),
        ("في", {"في"}, {"وفي"}),  # too short for attached forms
        ("war", {"war"}, {"alwar"}),
    ],
)
def test_arabic_forms(word: str, includes: set[str], excludes: set[str]) -> None:
    forms = set(arabic_forms(word))
    assert includes <= forms
    assert not (excludes & forms)


@pytest.mark.parametrize("query", ['"', "*", "-", '""', "  "])
def test_queries_without_words_match_everything(query: str) -> None:
    assert not parse_query(query)


COMPARED = [
    *(StatementFilter(text=q) for q, _ in TEXT_CASES),
    *(f for f, _ in FILTER_CASES),
    StatementFilter(text="الاسد", sort="said_on"),
    StatementFilter(since=date(2024, 6, 1), sort="-said_on"),
]


@pytest.mark.pg
def test_backends_agree(both_backends) -> None:  # type: ignore[no-untyped-def]
    """Every query gives the same statements, in the same order, on SQLite and PostgreSQL."""
    answers = []
    for store in both_backends:
        with store.sessions.begin() as session:
            answers.append(
                [[(v.content, v.said_on) for v in search_statements(session, f, limit=100)] for f in COMPARED]
            )
    sqlite_answers, pg_answers = answers
    for filt, on_sqlite, on_pg in zip(COMPARED, sqlite_answers, pg_answers, strict=True):
        assert on_sqlite == on_pg, filt
    assert any(sqlite_answers)  # not all empty


@pytest.mark.pg
def test_postgres_with_c_locale_still_searches_arabic() -> None:
    """Under LC_CTYPE=C pg_trgm would index no Arabic; the tsvector index still does, and we say so."""
    import uuid

    from conftest import PG_ENV, pg_base_url
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from tracker.services.search import fulltext_warning

    base = pg_base_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL store tests skipped on this machine")
    name = f"t_c_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        )
    store = open_store(make_url(base).set(database=name).render_as_string(hide_password=False))
    try:
        _, ids = _seed(store)
        with store.sessions.begin() as session:
            assert fulltext_mode(session) == "tsvector"
            assert "LC_CTYPE is C" in (fulltext_warning(session) or "")
            found = {v.id for v in search_statements(session, StatementFilter(text="الاسد"))}
        assert found == {ids["summit"], ids["lion"], ids["marked"]}
    finally:
        store.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
