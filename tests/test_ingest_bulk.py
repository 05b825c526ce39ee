"""Storing articles a batch per transaction: the same store as one by one, failures kept apart.

``store_batch`` writes new articles with one executemany per table and hands everything else
(an article already stored, or met earlier in the batch) to ``store_article``; the rows
it leaves must be the ones storing the same articles one by one leaves. ``ingest_items``
stores a batch per transaction and, when one fails, each of its articles in its own, so
the bad one is named and leaves nothing behind. Runs on SQLite and PostgreSQL; the
names and sentences are made up for these tests.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from tests.builders import LEVANT, make_article_record, make_statement_record
from tracker.ingest import ReadFailure
from tracker.models import Article, Outlet, Speaker, SpeakerAlias, SpeakerRole, Statement
from tracker.records import Span
from tracker.services import pipeline
from tracker.services.ingest import store_article
from tracker.services.ingest_bulk import IngestRun, store_batch
from tracker.services.review import set_review

MINISTER = "وزير المالية"


def _item(n: int, speaker: str, *, role: str | None = None, extra: str = "", **fields):  # type: ignore[no-untyped-def]
    """One article of two statements, by ``speaker`` and by a spokesman (undated), numbered ``n``."""
    fields.setdefault("url", f"https://example.test/bulk/{n}")
    first = f"الميزانية رقم {n} ستصدر قريبا{extra}"
    second = f"المكتب رقم {n} يفتح غدا"
    text = f"قال {speaker} إن {first}.\n\nوقال المتحدث نبيل العمري إن {second}."
    statements = (
        make_statement_record(
            text, first, speaker=speaker, role=role, cue="قال", said_on=date(2025, 3, n % 28 + 1)
        ),
        make_statement_record(text, second, speaker="نبيل العمري", cue="وقال"),
    )
    return make_article_record(text, **fields), statements


def _items() -> list:  # type: ignore[type-arg]
    """Every case a batch can meet, in one order."""
    changed = _item(2, "الخطيب", extra=" جدا")
    no_url = _item(3, MINISTER, role=MINISTER, url=None, outlet="نشرة أخرى")
    with_marks = (replace(no_url[0], text=no_url[0].text.replace("قال", "قَالَ")), ())
    return [
        _item(1, "سامر الخطيب", role=MINISTER),
        _item(2, "الخطيب"),  # surname only: joins سامر الخطيب
        no_url,  # role only: the minister of this month
        _item(1, "سامر الخطيب", role=MINISTER),  # this batch has it already: unchanged
        with_marks,  # the same body without a URL: unchanged
        changed,  # a known URL with a new body: updated
        _item(90, "ليلى حداد"),  # stored before the batch, unchanged
        _item(91, "ليلى حداد", extra=" الآن"),  # stored before the batch with another body: updated
        _item(4, "رنا الخطيب"),  # a second الخطيب
        _item(5, "الخطيب"),  # ambiguous surname now: a speaker of its own
        _item(6, "هدى الساعدي", outlet="نشرة أخرى"),
        # Role only, undated, in an article published long after the minister was seen:
        # the article's day rules the minister out.
        _undated_role_only(7, published=datetime(2026, 6, 1, 9, tzinfo=LEVANT)),
    ]


def _undated_role_only(n: int, **fields):  # type: ignore[no-untyped-def]
    content = f"الميزانية رقم {n} تأخرت"
    text = f"قال {MINISTER} إن {content}."
    statement = make_statement_record(text, content, speaker=MINISTER, role=MINISTER, cue="قال")
    return make_article_record(text, url=f"https://example.test/bulk/{n}", **fields), (statement,)


def _stored_before(session) -> None:  # type: ignore[no-untyped-def]
    for article, statements in (_item(90, "ليلى حداد"), _item(91, "ليلى حداد")):
        store_article(session, article, statements, link_claims=False)


def _snapshot(session, outcomes) -> dict[str, list]:  # type: ignore[no-untyped-def]
    """Every row ingest writes, with ids replaced by their rank (PostgreSQL never reuses ids)."""
    session.flush()
    article = {i: n for n, i in enumerate(sorted(session.scalars(select(Article.id))))}
    speaker = {i: n for n, i in enumerate(sorted(session.scalars(select(Speaker.id))))}
    speaker[None] = None
    outlet = dict(session.execute(select(Outlet.id, Outlet.name)).all())
    outlet[None] = None
    rows = {
        "outcomes": [(o.status, article[o.article_id], len(o.statement_ids)) for o in outcomes],
        "articles": [
            (article[a.id], a.url, a.content_hash, a.title, outlet[a.outlet_id], a.published_date, a.body)
            for a in session.scalars(select(Article))
        ],
        "statements": [
            (
                article[s.article_id],
                s.ordinal,
                s.content,
                s.content_key,
                speaker[s.speaker_id],
                s.said_on,
                s.cue,
            )
            for s in session.scalars(select(Statement))
        ],
        "speakers": [(speaker[s.id], s.name, s.kind) for s in session.scalars(select(Speaker))],
        "aliases": [
            (speaker[a.speaker_id], a.alias_norm, a.kind, a.source)
            for a in session.scalars(select(SpeakerAlias))
        ],
        "roles": [
            (speaker[r.speaker_id], r.title_norm, r.first_seen, r.last_seen)
            for r in session.scalars(select(SpeakerRole))
        ],
    }
    # Outcomes in input order; the rest as sets of rows.
    return {name: values if name == "outcomes" else sorted(map(str, values)) for name, values in rows.items()}


def test_batch_stores_what_one_by_one_stores(store) -> None:  # type: ignore[no-untyped-def]
    items = _items()
    session = store.sessions()
    try:
        _stored_before(session)
        # The reference: one by one, each article resolving its speakers in the store afresh.
        one_by_one = [store_article(session, a, s, link_claims=False) for a, s in items]
        reference = _snapshot(session, one_by_one)
        session.rollback()
        _stored_before(session)
        outcomes = store_batch(session, items, IngestRun())
        assert _snapshot(session, outcomes) == reference
    finally:
        session.rollback()
        session.close()
    assert [status for status, _, _ in reference["outcomes"]] == [
        *("ingested", "ingested", "ingested"),
        *("unchanged", "unchanged", "updated"),
        *("unchanged", "updated"),
        *("ingested", "ingested", "ingested", "ingested"),
    ]
    # سامر الخطيب (also as الخطيب and as the minister), the spokesman, ليلى حداد, رنا الخطيب,
    # the ambiguous الخطيب, هدى الساعدي.
    assert len(reference["speakers"]) == 6


def _bad(n: int):  # type: ignore[no-untyped-def]
    """An article whose statement has no text (an extractor bug): the store refuses it."""
    article, statements = _item(n, "سامر الخطيب")
    broken = replace(statements[1], content=Span(0, 0, None))  # type: ignore[arg-type]
    return replace(article, source_path="bad.jsonl", locator="line 2"), (statements[0], broken)


def _count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("batch", [pytest.param(2, id="small-batches"), pytest.param(100, id="one-batch")])
def test_failing_article_is_named_and_leaves_nothing_the_others_are_stored(store, monkeypatch, batch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pipeline, "STORE_BATCH", batch)
    items = [
        _item(1, "سامر الخطيب", role=MINISTER),
        _bad(2),
        ReadFailure("broken.json", None, "not JSON"),
        _item(3, "الخطيب"),
        _item(4, "ليلى حداد"),
    ]
    heard: list[tuple[str, str | None]] = []
    summary = pipeline.ingest_items(
        store, items, on_item=lambda status, item: heard.append((status, getattr(item, "url", None)))
    )
    assert (summary.ingested, summary.failed, summary.statements) == (3, 2, 6)
    assert heard == [
        ("ingested", "https://example.test/bulk/1"),
        ("failed", None),
        ("failed", None),
        ("ingested", "https://example.test/bulk/3"),
        ("ingested", "https://example.test/bulk/4"),
    ]
    assert summary.failures[0].startswith("bad.jsonl")
    assert "line 2" in summary.failures[0]
    assert "could not store" in summary.failures[0]
    assert "broken.json" in summary.failures[1]
    with store.sessions() as session:
        urls = set(session.scalars(select(Article.url)))
        assert urls == {f"https://example.test/bulk/{n}" for n in (1, 3, 4)}
        assert _count(session, Statement) == 6
        # The rolled-back batch's speakers are gone; resolved again, each exists once.
        names = sorted(session.scalars(select(Speaker.name)))
        assert names == sorted(["سامر الخطيب", "نبيل العمري", "ليلى حداد"])
        khatib = session.scalars(select(Statement.speaker_id).where(Statement.speaker_name == "الخطيب")).one()
        assert session.get(Speaker, khatib).name == "سامر الخطيب"


def test_reingest_adds_nothing_and_a_changed_body_keeps_its_reviews(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pipeline, "STORE_BATCH", 3)
    items = [_item(n, "سامر الخطيب") for n in range(1, 8)]
    first = pipeline.ingest_items(store, items)
    assert (first.ingested, first.statements) == (7, 14)
    again = pipeline.ingest_items(store, items)
    assert (again.ingested, again.unchanged, again.statements) == (0, 7, 0)
    with store.sessions.begin() as session:
        kept = session.scalars(select(Statement).where(Statement.content == "المكتب رقم 5 يفتح غدا")).one()
        set_review(session, kept.id, "verified", reviewer="rana", note="checked")
    changed = [*items[:4], _item(5, "سامر الخطيب", extra=" جدا"), *items[5:]]
    update = pipeline.ingest_items(store, changed)
    assert (update.updated, update.unchanged, update.statements) == (1, 6, 2)
    with store.sessions() as session:
        assert _count(session, Article) == 7
        assert _count(session, Statement) == 14
        rows = {s.content: s for s in session.scalars(select(Statement))}
        assert rows["المكتب رقم 5 يفتح غدا"].review_status == "verified"
        assert rows["المكتب رقم 5 يفتح غدا"].review_note == "checked"
        assert rows["الميزانية رقم 5 ستصدر قريبا جدا"].review_status == "unreviewed"
        assert "الميزانية رقم 5 ستصدر قريبا" not in rows


def test_reading_a_file_again_extracts_only_what_changed(store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Articles stored with the same body under their URL are not extracted again; a changed one is."""

    def line(n: int, extra: str = "") -> str:
        text = f"قال سامر الخطيب إن الخطة رقم {n} ستنفذ{extra}."
        fields = {
            "full_text": text,
            "url": f"https://example.test/feed/{n}",
            "lang": "ar",
            "title": f"خبر {n}",
        }
        return json.dumps(fields | {"published_time": "2025-03-09T10:00:00+03:00"}, ensure_ascii=False) + "\n"

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(line(n) for n in range(6)), encoding="utf-8")
    first = pipeline.ingest_paths(store, [str(feed)])
    assert (first.ingested, first.statements) == (6, 6)
    extracted: list[str | None] = []
    real = pipeline.extract_statements

    def counting(article):  # type: ignore[no-untyped-def]
        extracted.append(article.url)
        return real(article)

    monkeypatch.setattr(pipeline, "extract_statements", counting)
    feed.write_text("".join(line(n, " قريبا" if n == 4 else "") for n in range(6)), encoding="utf-8")
    again = pipeline.ingest_paths(store, [str(feed)])
    assert (again.unchanged, again.updated, again.failed) == (5, 1, 0)
    assert extracted == ["https://example.test/feed/4"]
    with store.sessions() as session:
        assert _count(session, Article) == 6
        contents = set(session.scalars(select(Statement.content)))
        assert "الخطة رقم 4 ستنفذ قريبا" in contents
        assert "الخطة رقم 4 ستنفذ" not in contents


def test_an_article_passed_unextracted_is_extracted_when_it_is_not_unchanged(store) -> None:  # type: ignore[no-untyped-def]
    """Taken for unchanged before extraction, but new or changed by the time it is stored."""
    text = "قال سامر الخطيب إن الخطة رقم 8 ستنفذ."
    changed = "قال سامر الخطيب إن الخطة رقم 9 ستنفذ."
    with store.sessions.begin() as session:
        (stored,) = store_batch(session, [(make_article_record(text, url="https://example.test/x/8"), None)])
        assert stored.status == "ingested"
        assert len(stored.statement_ids) == 1
        (again,) = store_batch(session, [(make_article_record(text, url="https://example.test/x/8"), None)])
        assert (again.status, again.article_id) == ("unchanged", stored.article_id)
        (updated,) = store_batch(
            session, [(make_article_record(changed, url="https://example.test/x/8"), None)]
        )
        assert updated.status == "updated"
        assert session.scalars(select(Statement.content)).all() == ["الخطة رقم 9 ستنفذ"]


def test_the_run_keeps_the_linking_items_of_what_it_stored_as_the_store_has_them(store) -> None:  # type: ignore[no-untyped-def]
    """Bulk linking at the end of a run takes these items instead of reading the statements back.

    An article updated later in the run replaces its statements, and on SQLite the new ones
    take the freed ids: the items kept under those ids must not be the replaced statements'.
    """
    from tracker.services.claims_link import load_items

    run = IngestRun()
    with store.sessions.begin() as session:
        store_batch(session, [_item(n, "سامر الخطيب") for n in (1, 2, 3)], run)
    with store.sessions.begin() as session:
        outcomes = store_batch(session, [_item(3, "ليلى حداد", extra=" جدا"), _item(4, "ليلى حداد")], run)
    assert [outcome.status for outcome in outcomes] == ["updated", "ingested"]
    with store.sessions() as session:
        stored = set(session.scalars(select(Statement.id)))
        # Items of replaced statements may stay (linking never meets their ids); the others
        # are those of the statements written in bulk, as stored.
        kept = set(run.items) & stored
        assert kept == stored - set(outcomes[0].statement_ids)
        assert len(kept) == 6
        read_back = load_items(session, kept)
        assert {sid: run.items[sid] for sid in kept} == read_back


def _links(session) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every claim link as (statement, claim's first wording, score, relation, status, difference)."""
    from tracker.models import Claim, ClaimLink

    query = (
        select(Statement.content, Statement.speaker_name, Claim.canonical_text, ClaimLink)
        .join(ClaimLink, ClaimLink.statement_id == Statement.id)
        .join(Claim, Claim.id == ClaimLink.claim_id)
    )
    return sorted(
        (content, speaker, canonical, link.score, link.relation, link.status, str(link.difference))
        for content, speaker, canonical, link in session.execute(query)
    )


def test_bulk_linking_of_a_run_decides_as_from_the_stored_statements(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Linking a run's statements from the items it kept gives the links a rebuild from the store gives."""
    from tracker.services import claims_bulk
    from tracker.services.claims_link import pending_ids, reset_links

    monkeypatch.setattr(pipeline, "STORE_BATCH", 3)
    monkeypatch.setattr(claims_bulk, "worth_bulk", lambda session, pending: True)
    read_back: list[int] = []
    load_items = claims_bulk.load_items

    def recording(session, ids):  # type: ignore[no-untyped-def]
        read_back.extend(ids)
        return load_items(session, ids)

    monkeypatch.setattr(claims_bulk, "load_items", recording)
    items = [_item(n, "سامر الخطيب") for n in range(1, 6)]
    items += [_item(n, "ليلى حداد", url=f"https://example.test/again/{n}") for n in (1, 2, 3)]
    items.append(_item(4, "سامر الخطيب", extra=" جدا"))  # updated: its statements are read back
    summary = pipeline.ingest_items(store, items)
    assert (summary.ingested, summary.updated) == (8, 1)
    with store.sessions() as session:
        from_run = _links(session)
        updated = select(Statement.id).join(Article).where(Article.url == "https://example.test/bulk/4")
        updated_ids = set(session.scalars(updated))
    assert len(from_run) == 16
    assert {relation for *_, relation, _, _ in from_run} >= {"same", "variant"}
    assert set(read_back) == updated_ids
    with store.sessions.begin() as session:
        reset_links(session)
        pending = pending_ids(session)
    pipeline.link_statement_ids(store, pending, bulk=True)
    with store.sessions() as session:
        assert _links(session) == from_run
