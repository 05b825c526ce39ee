"""Full-text internals: dropping attached forms no statement has, and revision 0005.

test_search.py checks the answers on both backends through every plan; here, that the
pruned query keeps exactly the forms some statement has (and nothing when a word has
none), and that revision 0005 (FTS5 prefix indexes) finds the rows a store already had,
before and after its downgrade.
"""

from __future__ import annotations

from datetime import date

import pytest
from builders import add_article, make_statement_record
from sqlalchemy import text

from tracker import db as dbmod
from tracker.db import open_store
from tracker.search import parse_query
from tracker.search.textquery import fts5_match, keep_alternatives
from tracker.services.search import StatementFilter, _text_plan, count_statements, search_statements

# Sentences written for these tests: (article text, statement content).
ROWS = {
    "summit": ("قال الرئيس سامر الخطيب إن الأسد لن يحضر القمة.", "الأسد لن يحضر القمة"),
    "lion": ("وأضاف نبيل عيسى أن للأسد مواقف من الاتفاق.", "للأسد مواقف من الاتفاق"),
    "bread": ("وأكدت ليلى حداد أن الحكومة ستخفض أسعار الخبز.", "الحكومة ستخفض أسعار الخبز"),
    "war": ("The minister said the war on inflation is over.", "the war on inflation is over"),
}


def _seed(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = {}
    with store.sessions.begin() as session:
        for n, (key, (body, content)) in enumerate(ROWS.items()):
            record = make_statement_record(body, content, said_on=date(2025, 3, n + 1))
            ids[key] = add_article(
                session, body, [record], url=f"https://t.example/{n}", link=False
            ).statement_ids[0]
    return ids


def _alternatives(query) -> list[list[str]] | None:  # type: ignore[no-untyped-def]
    if query is None:
        return None
    return [[" ".join(words) for words in term.alternatives] for term in query.terms]


KEEP_CASES = [
    # (query, the phrases the index has a word for, the alternatives kept per term)
    ("اسد", {'"الاسد"*', '"للاسد"*'}, [["الاسد", "للاسد"]]),
    ("اسد war", {'"الاسد"*', '"war"'}, [["الاسد"], ["war"]]),
    ("اسد war", {'"الاسد"*'}, None),  # no "war": nothing can match
    ("قمم", set(), None),
    ('"war on" اسد', {'"اسد"*'}, [["war on"], ["اسد"]]),  # a phrase is kept untested
    ("الحكومة", {'"الحكومه"*', '"بالحكومه"*'}, [["الحكومه", "بالحكومه"]]),
]


@pytest.mark.parametrize(("query", "present", "expected"), KEEP_CASES)
def test_keep_alternatives(query: str, present: set[str], expected: list[list[str]] | None) -> None:
    assert _alternatives(keep_alternatives(parse_query(query), present)) == expected


def test_plan_keeps_the_forms_the_store_has(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    try:
        ids = _seed(store)
        with store.sessions.begin() as session:
            mode, found, pruned = _text_plan(session, StatementFilter(text="اسد"), "fts5", 50)
            assert mode == "fts5"
            assert _alternatives(pruned) == [["الاسد", "للاسد"]]  # of 21 forms
            assert sorted(found or []) == sorted([ids["summit"], ids["lion"]])
            assert fts5_match(pruned) == '("الاسد"* OR "للاسد"*)'
            # A word no statement has any form of: no ids, without asking FTS5 for matches.
            assert _text_plan(session, StatementFilter(text="الاسد القمم"), "fts5", 50)[1] == []
            assert search_statements(session, StatementFilter(text="الاسد القمم")) == []
    finally:
        store.dispose()


QUERIES = {
    "الاسد": {"summit", "lion"},
    "الاسد القمة": {"summit"},
    "اسد الاتفاق": {"lion"},
    "حكومة الخبز": {"bread"},
    '"war on"': {"war"},
    "war*": {"war"},
    "الاسد الخبز": set(),
}


def _answers(store, ids: dict[str, int]) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    names = {v: k for k, v in ids.items()}
    found = {}
    with store.sessions.begin() as session:
        for query in QUERIES:
            views = search_statements(session, StatementFilter(text=query))
            assert count_statements(session, StatementFilter(text=query)) == len(views)
            found[query] = {names[v.id] for v in views}
    return found


def _fts_sql(engine) -> str:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'")
        ).scalar_one()


def test_revision_0005_indexes_existing_rows_and_downgrades(db_url: str) -> None:
    """Rows stored at 0004 are found after the upgrade rebuilds the index, and after the downgrade."""
    engine = dbmod.make_engine(db_url)
    try:
        dbmod.upgrade(engine, "0004")
        store = open_store(db_url, migrate=False)
        ids = _seed(store)
        assert _answers(store, ids) == QUERIES
        store.dispose()
        dbmod.upgrade(engine)
        store = open_store(db_url, migrate=False)
        assert _answers(store, ids) == QUERIES
        if engine.dialect.name == "sqlite":
            assert "prefix='2 3 4 5 6 7 8 9 10 11 12'" in _fts_sql(engine)
        store.dispose()
        dbmod.downgrade(engine, "0004")
        store = open_store(db_url, migrate=False)
        assert _answers(store, ids) == QUERIES
        if engine.dialect.name == "sqlite":
            assert "prefix='2 3'" in _fts_sql(engine)
        store.dispose()
    finally:
        engine.dispose()
