"""Dump and restore: SQLite -> PostgreSQL -> SQLite loses nothing."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from tests.builders import add_article, make_statement_record
from tests.conftest import _drop_pg_schema, _fresh_pg_schema_url, pg_base_url
from tracker.db import open_store
from tracker.models import Speaker, SpeakerAlias
from tracker.services.backup import RestoreError, dump, restore
from tracker.services.review import set_review

TEXT = (
    "قالت وزيرة الطاقة ليلى حداد إن الشبكة ستعمل بكامل طاقتها في الصيف.\n\nوأضافت حداد أن «الأسعار لن ترتفع»."
)


def _populate(store) -> None:  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        outcome = add_article(
            session,
            TEXT,
            [
                make_statement_record(
                    TEXT,
                    "الشبكة ستعمل بكامل طاقتها في الصيف",
                    cue="قالت",
                    speaker="ليلى حداد",
                    role="وزيرة الطاقة",
                    said_on=date(2025, 3, 7),
                ),
                make_statement_record(
                    TEXT,
                    "«الأسعار لن ترتفع»",
                    cue="وأضافت",
                    speaker="ليلى حداد",
                    mention="حداد",
                    quotes=("الأسعار لن ترتفع",),
                    statement_kind="direct",
                ),
            ],
            url="https://example.test/energy/1",
            captions=("صورة الوزيرة",),
        )
        speaker = Speaker(name="ليلى حداد", name_norm="ليلي حداد", kind="person", latin_name="Layla Haddad")
        speaker.aliases.append(SpeakerAlias(alias="حداد", alias_norm="حداد", kind="surname"))
        session.add(speaker)
        set_review(session, outcome.statement_ids[0], "verified", reviewer="rana", note="مصدر رسمي")


def _rows(store) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    dump(store, buffer)
    tables: dict[str, list[str]] = {}
    for line in buffer.getvalue().splitlines()[1:]:
        obj = json.loads(line)
        row = obj["row"]
        tables.setdefault(obj["table"], []).append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    return tables


@pytest.mark.pg
def test_round_trip_sqlite_postgresql_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = pg_base_url()
    if base is None:
        pytest.skip("TRACKER_TEST_PG_URL is not set; the round trip needs PostgreSQL")
    first = open_store(f"sqlite:///{tmp_path / 'first.db'}")
    _populate(first)
    original = _rows(first)
    assert original["statements"]
    assert original["reviews"]
    assert original["speaker_aliases"]

    pg_url, schema = _fresh_pg_schema_url(base)
    try:
        middle = open_store(pg_url)
        buffer = io.StringIO()
        dump(first, buffer)
        restore(middle, io.StringIO(buffer.getvalue()))
        assert _rows(middle) == original

        last = open_store(f"sqlite:///{tmp_path / 'last.db'}")
        buffer = io.StringIO()
        dump(middle, buffer)
        restore(last, io.StringIO(buffer.getvalue()))
        assert _rows(last) == original
        # The sequences moved on: new rows get fresh ids on PostgreSQL after a restore.
        with middle.sessions.begin() as session:
            add_article(session, "نص جديد تماما لا علاقة له بما سبق.", [])
        middle.dispose()
        last.dispose()
    finally:
        first.dispose()
        _drop_pg_schema(base, schema)


def test_restore_refuses_a_non_empty_database_and_bad_lines(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _populate(store)
    buffer = io.StringIO()
    dump(store, buffer)
    with pytest.raises(RestoreError, match="not empty"):
        restore(store, io.StringIO(buffer.getvalue()))
    empty = open_store(f"sqlite:///{tmp_path / 'empty.db'}")
    broken = buffer.getvalue().splitlines()
    broken.insert(3, "{not json")
    with pytest.raises(RestoreError, match="line 4"):
        restore(empty, io.StringIO("\n".join(broken)), source="broken.jsonl")
    # All or nothing: the failed restore left the database empty, so a good one still works.
    counts = restore(empty, io.StringIO(buffer.getvalue()))
    assert counts["statements"] == 2
    empty.dispose()
