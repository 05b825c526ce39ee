"""Statement search speed: build a large synthetic SQLite store, time typical searches.

    python bench/search_speed.py --statements 1000000 --db /tmp/search-bench.db

The store is built once (reused when the file exists and has that many statements)
with bulk inserts through SQLAlchemy Core; the text is synthetic, made of invented
Arabic and English word lists (no real article text). Each query runs ``--repeat``
times through ``search_statements`` (a page of 50, as the app asks) and the p50/p95
of the wall time are reported, then of the CPU time (``time.process_time``: on a shared
machine the wall time also counts waiting for a core), with the row count of the page.
``--only text`` runs just the queries whose name contains "text". Each query runs once
untimed first: the first search of a process configures SQLAlchemy's mappers and
compiles its statements (~70 ms, once).

Opening a store built by an older revision upgrades it first (revision 0005 rebuilds
the full-text index: about 13 s at a million statements).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from tracker.db import open_store
from tracker.models import Article, Outlet, Speaker, SpeakerAlias, Statement
from tracker.normalize import fold
from tracker.services.search import StatementFilter, count_statements, search_statements

AR_WORDS = (  # noqa: SIM905 - a word list reads better as text
    "الحكومة الوزير الرئيس البرلمان الانتخابات الاقتصاد الأسعار الخبز الوقود الكهرباء المياه "
    "الحدود الاتفاق المفاوضات القمة العاصمة الجيش الأمن المستشفى المدارس الطلاب الضرائب "
    "الرواتب الموازنة الشركة المصنع الميناء المطار الطريق الجسر القرية المدينة المحافظة اللجنة "
    "المجلس الحزب المعارضة قال أكد أوضح أعلن نفى اعتبر وعد حذر طالب رفض دعا أشار كشف جديد كبير "
    "صغير عاجل قريب بعيد سريع كامل جزئي رسمي محلي دولي إقليمي غدا اليوم أمس الأسبوع الشهر "
    "العام المقبل الماضي خلال بعد قبل منذ حتى مليون مليار ألف بالمئة نسبة زيادة خفض ارتفاع "
    "تراجع استقرار أزمة خطة مشروع قرار "
).split()
EN_WORDS = (  # noqa: SIM905 - a word list reads better as text
    "government minister president parliament election economy prices bread fuel power water "
    "border agreement talks summit capital army security hospital schools students taxes "
    "salaries budget company factory port airport road bridge village city province committee "
    "council party opposition said confirmed announced denied warned promised rejected called "
    "new large small urgent official local international million billion percent increase cut "
    "rise fall crisis plan project decision "
).split()
FIRST = (  # noqa: SIM905 - a word list reads better as text
    "سامر ليلى نبيل رامي هدى خالد منى عمر سلمى طارق ريم فادي دينا ماجد نور "
).split()
LAST = (  # noqa: SIM905 - a word list reads better as text
    "الخطيب حداد عيسى الحسن النجار السيد العلي الزين الشامي المصري داود يوسف صالح منصور "
).split()
STATUSES = ("unreviewed",) * 7 + ("verified", "disputed", "misquoted")
START = date(2021, 1, 1)


def sentence(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n))


def build(url: str, statements: int, seed: int = 7) -> None:
    store = open_store(url)
    rng = random.Random(seed)
    with store.sessions.begin() as session:
        have = session.scalar(select(func.count()).select_from(Statement)) or 0
    if have >= statements:
        print(f"reusing {have:,} statements in {url}")
        with store.engine.begin() as conn:  # stores built before the bench set the article's day
            conn.exec_driver_sql(
                "UPDATE articles SET published_date = date(published_at) WHERE published_date IS NULL"
            )
        _aliases(store)
        store.dispose()
        return
    started = time.perf_counter()
    per_article = 5
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            insert(Outlet), [{"name": f"outlet {i}", "domain": f"outlet{i}.example"} for i in range(60)]
        )
        speakers = [f"{a} {b}" for a in FIRST for b in LAST] * 20
        conn.execute(
            insert(Speaker),
            [{"name": name, "name_norm": fold(name), "kind": "person", "version": 1} for name in speakers],
        )
        n_articles = statements // per_article
        sid = 0
        for chunk_start in range(0, n_articles, 20_000):
            articles, rows = [], []
            for aid in range(chunk_start + 1, min(n_articles, chunk_start + 20_000) + 1):
                published = datetime.combine(
                    START + timedelta(days=rng.randrange(1800)), datetime.min.time(), UTC
                )
                english = rng.random() < 0.2
                articles.append(
                    {
                        "id": aid,
                        "outlet_id": rng.randrange(1, 61),
                        "url": f"https://news.example/{aid}",
                        "title": f"title {aid}",
                        "published_at": published + timedelta(hours=rng.randrange(24)),
                        "published_date": published.date(),
                        "language": "en" if english else "ar",
                        "body": "-",
                        "content_hash": hashlib.sha256(str(aid).encode()).hexdigest(),
                        "captions": [],
                        "subheadings": [],
                        "related_links": [],
                        "tags": [],
                        "ingested_at": now,
                        "updated_at": now,
                    }
                )
                for ordinal in range(per_article):
                    sid += 1
                    content = sentence(rng, EN_WORDS if english else AR_WORDS, rng.randrange(6, 18))
                    speaker = rng.randrange(1, len(speakers) + 1)
                    dated = rng.random() < 0.8
                    rows.append(
                        {
                            "id": sid,
                            "article_id": aid,
                            "speaker_id": speaker,
                            "ordinal": ordinal,
                            "speaker_name": speakers[speaker - 1],
                            "speaker_kind": "person",
                            "cue": "قال",
                            "content": content,
                            "content_norm": fold(content),
                            "content_key": hashlib.sha256(f"{sid}".encode()).hexdigest(),
                            "cue_start": 0,
                            "cue_end": 1,
                            "content_start": 2,
                            "content_end": 3,
                            "direct_quotes": [],
                            "kind": "direct" if rng.random() < 0.3 else "indirect",
                            "said_on": (published.date() - timedelta(days=rng.randrange(3)))
                            if dated
                            else None,
                            "said_on_precision": "day" if dated else None,
                            "date_basis": "explicit" if dated else "none",
                            "language": "en" if english else "ar",
                            "method": "bench",
                            "confidence": 0.9,
                            "extractor_version": "bench",
                            "review_status": rng.choice(STATUSES),
                            "created_at": now,
                            "version": 1,
                        }
                    )
            conn.execute(insert(Article), articles)
            conn.execute(insert(Statement), rows)
            print(f"  {sid:,} statements ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    _aliases(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"built {sid:,} statements in {time.perf_counter() - started:.0f} s")
    store.dispose()


def _aliases(store) -> None:  # type: ignore[no-untyped-def]
    """Give every speaker its name as an alias, as speaker resolution does (search reads aliases)."""
    from tracker.speakers.keys import search_key

    with store.engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(SpeakerAlias)).scalar():
            return
        speakers = conn.execute(select(Speaker.id, Speaker.name)).all()
        conn.execute(
            insert(SpeakerAlias),
            [
                {"speaker_id": sid, "alias": name, "alias_norm": fold(name), "search_key": search_key(name),
                 "script": "arabic", "kind": "full_name", "source": "extracted"}
                for sid, name in speakers
            ],
        )  # fmt: skip


QUERIES: list[tuple[str, StatementFilter]] = [
    ("latest (no filter)", StatementFilter()),
    ("text, common word", StatementFilter(text="الحكومة")),
    ("text, two words", StatementFilter(text="الوزير الخبز")),
    ("text, three words", StatementFilter(text="الوزير الخبز الميناء")),
    ("text, phrase", StatementFilter(text='"قال الرئيس"')),
    ("text, folded form", StatementFilter(text="اكد")),
    ("text, English", StatementFilter(text="budget")),
    ("text, no match", StatementFilter(text="كلمةغيرموجودة")),
    ("speaker", StatementFilter(speaker="ليلى حداد")),
    ("date range", StatementFilter(since=date(2023, 1, 1), until=date(2023, 3, 31))),
    ("outlet", StatementFilter(outlet="outlet 7")),
    ("status disputed", StatementFilter(status="disputed")),
    ("language en + direct", StatementFilter(language="en", kind="direct")),
    ("text + date range", StatementFilter(text="الميناء", since=date(2024, 1, 1), until=date(2024, 6, 30))),
    ("speaker + text", StatementFilter(speaker="ليلى حداد", text="الحكومة")),
    ("published range, by published", StatementFilter(published_since=date(2022, 5, 1), sort="-published")),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(url: str, repeat: int, with_counts: bool, only: str | None = None) -> int:
    store = open_store(url)
    worst = 0.0
    print(
        f"{'query':34} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'cpu p95':>8} {'rows':>5}"
        + ("  count (ms)" if with_counts else "")
    )
    selected = [(name, filt) for name, filt in QUERIES if not only or only in name]
    for _, filt in selected:  # once untimed: the first search of a process configures the mappers
        with store.sessions.begin() as session:
            search_statements(session, filt, limit=50)
    for name, filt in selected:
        times, cpu = [], []
        rows = 0
        for _ in range(repeat):
            with store.sessions.begin() as session:
                t0, c0 = time.perf_counter(), time.process_time()
                rows = len(search_statements(session, filt, limit=50))
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        p95 = percentile(times, 0.95)
        worst = max(worst, p95)
        line = (
            f"{name:34} {statistics.median(times):8.1f} {p95:8.1f} "
            f"{statistics.median(cpu):8.1f} {percentile(cpu, 0.95):8.1f} {rows:5d}"
        )
        if with_counts:
            with store.sessions.begin() as session:
                t0 = time.perf_counter()
                total = count_statements(session, filt)
                line += f"  {total:,} ({(time.perf_counter() - t0) * 1000:.0f})"
        print(line)
    print(f"worst p95: {worst:.1f} ms")
    store.dispose()
    return 0 if worst <= 50 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/tracker-search-bench.db"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--counts", action="store_true", help="also time count_statements once per query")
    parser.add_argument("--only", help="run only the queries whose name contains this")
    args = parser.parse_args()
    url = f"sqlite:///{args.db.resolve()}"
    build(url, args.statements)
    return run(url, args.repeat, args.counts, args.only)


if __name__ == "__main__":
    sys.exit(main())
