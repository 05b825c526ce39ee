"""A store that never loses a review: racing reviewers, killed ingests, hostile text.

These run on SQLite and PostgreSQL (the ``db_url`` fixture).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.builders import add_article, make_statement_record
from tracker.db import open_store
from tracker.models import Article, Review, Statement
from tracker.services.review import ReviewConflict, set_review

STATUSES = ("verified", "disputed", "misattributed", "misquoted", "not_a_claim", "unreviewed")
SPEAKERS = ("سامر الخطيب", "ليلى حداد", "نبيل العمري", "هدى الساعدي", "كريم النجار")
TOPICS = ("السدود", "الكهرباء", "المدارس", "الطرق", "المستشفيات", "الموانئ", "الأسواق")


def synthetic_article(number: int) -> dict[str, str]:
    """An article of ours with two clear statements, distinct per number."""
    speaker = SPEAKERS[number % len(SPEAKERS)]
    topic = TOPICS[number % len(TOPICS)]
    surname = speaker.split()[-1]
    text = (
        f"قال الوزير {speaker} إن خطة {topic} رقم {number} ستنفذ خلال {number % 11 + 2} أشهر.\n"
        f"وأضاف {surname} أن الكلفة بلغت {number * 7 + 13} مليون دولار في المرحلة الأولى."
    )
    return {
        "title": f"خطة {topic} رقم {number}",
        "published_time": "2025-03-09T10:00:00+03:00",
        "full_text": text,
        "url": f"https://example.test/news/{number}",
        "outlet": "نشرة الاختبار",
        "lang": "ar",
    }


def _count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model))


def test_racing_reviewers_never_lose_an_update(db_url: str) -> None:
    """Two sessions race 1,000 review updates on the same rows: each is applied or a conflict."""
    store = open_store(db_url)
    text = "\n".join(f"قال المتحدث إن البند {n} أقر." for n in range(5))
    with store.sessions.begin() as session:
        statements = [
            make_statement_record(text, f"البند {n} أقر", cue="قال", speaker="المتحدث") for n in range(5)
        ]
        ids = add_article(session, text, statements, link=False).statement_ids
    applied: list[tuple[int, str]] = []
    conflicts: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    def reviewer(name: str, offset: int) -> None:
        barrier.wait()
        for n in range(500):
            statement_id = ids[(n + offset) % len(ids)]
            status = STATUSES[(n + offset) % len(STATUSES)]
            with store.sessions() as session:
                version = session.scalar(select(Statement.version).where(Statement.id == statement_id))
            try:
                with store.sessions.begin() as session:
                    set_review(session, statement_id, status, reviewer=name, expected_version=version)
                with lock:
                    applied.append((statement_id, name))
            except ReviewConflict:
                with lock:
                    conflicts.append(statement_id)

    threads = [threading.Thread(target=reviewer, args=(name, k)) for k, name in enumerate(("rana", "omar"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(applied) + len(conflicts) == 1000
    print(f"applied {len(applied)}, conflicts {len(conflicts)}")
    with store.sessions() as session:
        assert _count(session, Review) == len(applied)
        for statement_id in ids:
            done = sum(1 for sid, _ in applied if sid == statement_id)
            statement = session.get(Statement, statement_id)
            assert statement.version == 1 + done
            logged = session.scalar(select(func.count()).where(Review.statement_id == statement_id))
            assert logged == done
    store.dispose()


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_resumes(db_url: str, tmp_path: Path) -> None:
    """SIGKILL in the middle of a 5,000-article batch, then the same command again."""
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as stream:
        for number in range(5000):
            stream.write(json.dumps(synthetic_article(number), ensure_ascii=False) + "\n")
    env = {**os.environ, "TRACKER_DB_URL": db_url}
    command = [sys.executable, "-m", "tracker", "ingest", str(batch)]
    store = open_store(db_url)  # migrate first, so the child's first articles are the ones timed
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        with store.sessions() as session:
            stored = _count(session, Article)
        if stored >= 200:
            break
    assert process.poll() is None, "ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    with store.sessions() as session:
        articles = _count(session, Article)
        assert 200 <= articles < 5000
        per_article = session.execute(
            select(Article.id, func.count(Statement.id)).outerjoin(Statement).group_by(Article.id)
        ).all()
        # Every stored article has all of its statements (the extractor finds two in each).
        assert {count for _, count in per_article} == {2}
        orphans = session.scalar(
            select(func.count()).select_from(Statement).where(~Statement.article_id.in_(select(Article.id)))
        )
        assert orphans == 0
    again = subprocess.run(
        [*command, "--json"], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary["failed"] == 0
    assert summary["unchanged"] == articles
    assert summary["ingested"] == 5000 - articles
    with store.sessions() as session:
        assert _count(session, Article) == 5000
        assert _count(session, Statement) == 10000
    store.dispose()


def test_reviewing_while_ingest_runs_never_hits_a_locked_database(db_url: str, tmp_path: Path) -> None:
    """Ingest in one thread, a reviewer reading and writing in another: no error reaches either."""
    from tracker.services.pipeline import ingest_paths

    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(json.dumps(synthetic_article(n), ensure_ascii=False) + "\n" for n in range(150)),
        encoding="utf-8",
    )
    ingest_store = open_store(db_url)
    review_store = open_store(db_url)
    errors: list[BaseException] = []
    reviews = 0
    finished = threading.Event()

    def ingest() -> None:
        try:
            summary = ingest_paths(ingest_store, [str(batch)])
            assert summary.failed == 0, summary.failures
        except BaseException as error:  # noqa: BLE001  (any failure in the thread fails the test)
            errors.append(error)
        finally:
            finished.set()

    thread = threading.Thread(target=ingest)
    thread.start()
    while not finished.is_set():
        try:
            with review_store.sessions() as session:
                ids = list(session.scalars(select(Statement.id).order_by(Statement.id.desc()).limit(5)))
            for statement_id in ids:
                with review_store.sessions.begin() as session:
                    set_review(session, statement_id, "verified", reviewer="rana")
                reviews += 1
        except ReviewConflict:
            pass
        except BaseException as error:  # noqa: BLE001  (any failure in the thread fails the test)
            errors.append(error)
            break
    thread.join()
    assert not errors, errors
    assert reviews > 0
    with review_store.sessions() as session:
        assert _count(session, Article) == 150
        assert _count(session, Review) == reviews
    ingest_store.dispose()
    review_store.dispose()


def test_upgrading_an_old_revision_keeps_its_data(db_url: str) -> None:
    """A database made at revision 0001 with data, upgraded to head: rows kept, searchable, backfilled.

    Rows are written with Core inserts naming only the columns revision 0001 has, as an
    installation of that version would have written them.
    """
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import insert

    from tracker import db as dbmod
    from tracker.services.ingest import body_hash, content_key
    from tracker.services.search import StatementFilter, search_statements

    engine = dbmod.make_engine(db_url)
    dbmod.upgrade(engine, "0001")
    text_ = "قالت الوزيرة هدى الساعدي إن المدارس ستفتح أبوابها في أيلول."
    content = "المدارس ستفتح أبوابها في أيلول"
    start = text_.index(content)
    with engine.begin() as connection:
        article_id = connection.execute(
            insert(Article.__table__).values(
                title="المدارس",
                body=text_,
                content_hash=body_hash(text_),
                language="ar",
                published_at=datetime(2025, 3, 9, 0, 30, tzinfo=timezone(timedelta(hours=3))),
                published_offset=180,
            )
        ).inserted_primary_key[0]
        statement_id = connection.execute(
            insert(Statement.__table__).values(
                article_id=article_id,
                speaker_name="هدى الساعدي",
                cue="قالت",
                content=content,
                content_norm=content,
                content_key=content_key("هدى الساعدي", content),
                cue_start=0,
                cue_end=4,
                content_start=start,
                content_end=start + len(content),
                method="test",
                extractor_version="0.0",
                review_status="verified",
            )
        ).inserted_primary_key[0]
        connection.execute(
            insert(Review.__table__).values(statement_id=statement_id, status="verified", reviewer="rana")
        )
    dbmod.upgrade(engine)
    assert dbmod.current_revision(engine) == dbmod.head_revision(engine)
    with dbmod.session_factory(engine)() as session:
        assert _count(session, Statement) == 1
        assert _count(session, Review) == 1
        found = search_statements(session, StatementFilter(text="المدارس"))
        assert [view.id for view in found] == [statement_id]
        assert found[0].review_status == "verified"
        # 00:30 +03:00 on 9 March is still 8 March in UTC: the upgrade fills in the article's own day.
        assert session.scalar(select(Article.published_date)) == date(2025, 3, 9)
        assert found[0].said_on == date(2025, 3, 9)
        assert found[0].date_from_article
    engine.dispose()
