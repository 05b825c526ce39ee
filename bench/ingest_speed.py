"""Ingest benchmark: parsing + extraction alone, and end to end into SQLite and PostgreSQL.

    python bench/ingest_speed.py [--corpus ../shared/corpus/ar-news-dev.jsonl]
                                 [--synthetic 100000] [--end-to-end 5000] [--jobs 1]
                                 [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
                                 [--end-to-end-only]

Real text is read from the path given (never copied into the project). The synthetic
corpus is generated from our own sample articles in data/: their paragraphs shuffled and
renumbered into N distinct articles, written to a temporary JSON Lines file.
Prints one line per measurement, in articles per second; the end-to-end runs also give
this process's CPU time, the part of it spent linking claims, and the time to ingest the
same file again (every article unchanged).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

from tracker.db import open_store
from tracker.extract import extract_statements
from tracker.ingest import ReadFailure, read_paths
from tracker.paths import sample_articles_dir
from tracker.services import pipeline
from tracker.services.pipeline import extracted_items


def sample_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for item in read_paths([str(sample_articles_dir())]):
        if not isinstance(item, ReadFailure) and item.language == "ar":
            paragraphs.extend(p for p in item.text.split("\n\n") if len(p) > 40)
    if not paragraphs:
        sys.exit("no Arabic sample paragraphs found in data/articles")
    return paragraphs


def write_synthetic(path: Path, count: int, seed: int = 7) -> None:
    """``count`` distinct articles made of our sample paragraphs, numbers changed."""
    rng = random.Random(seed)
    paragraphs = sample_paragraphs()
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 9)))
            body = "\n".join(re.sub(r"\d+", lambda m, n=number: str(int(m.group()) + n), p) for p in chosen)
            stream.write(
                json.dumps(
                    {
                        "title": f"مقال تجريبي {number}",
                        "published_time": "2025-03-09T10:00:00+03:00",
                        "full_text": body,
                        "url": f"https://bench.example/{number}",
                        "outlet": f"منفذ {number % 25}",
                        "lang": "ar",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )


def parse_and_extract(path: Path, jobs: int) -> tuple[int, int, float]:
    started = time.perf_counter()
    articles = statements = 0
    for item in extracted_items(read_paths([str(path)]), jobs):
        if isinstance(item, ReadFailure):
            continue
        articles += 1
        statements += len(item.statements or ())
    return articles, statements, time.perf_counter() - started


def extract_in_processes(path: Path, jobs: int) -> tuple[int, int, float]:
    """Parse, then extract in ``jobs`` processes: extraction alone, without the storage
    preparation (hashes, rows, linking text) that ingest's workers also do."""
    started = time.perf_counter()
    records = (item for item in read_paths([str(path)]) if not isinstance(item, ReadFailure))
    articles = statements = 0
    if jobs == 1:
        results = map(extract_statements, records)
    else:
        pool = ProcessPoolExecutor(jobs)
        results = pool.map(extract_statements, records, chunksize=32)
    for found in results:
        articles += 1
        statements += len(found)
    if jobs != 1:
        pool.shutdown()
    return articles, statements, time.perf_counter() - started


def extract_only(path: Path) -> tuple[int, float]:
    records = [item for item in read_paths([str(path)]) if not isinstance(item, ReadFailure)]
    for record in records[:20]:  # warm up: imports, compiled patterns, caches
        extract_statements(record)
    started = time.perf_counter()
    for record in records:
        extract_statements(record)
    return len(records), time.perf_counter() - started


@dataclass
class EndToEnd:
    stored: int
    seconds: float
    cpu: float
    #: CPU seconds of ``cpu`` spent linking claims at the end.
    linking: float
    #: The same file ingested again (every article unchanged): wall and CPU seconds.
    again_seconds: float
    again_cpu: float


def end_to_end(url: str, path: Path, jobs: int = 1) -> EndToEnd:
    """Ingest the file into an empty store, then again. Wall and this process's CPU seconds:
    a shared machine's load stretches the wall time; the CPU time says what the code cost."""
    store = open_store(url)
    linking = [0.0]
    link = pipeline.link_statement_ids

    def timed_link(*args, **kwargs):  # type: ignore[no-untyped-def]
        begun = time.process_time()
        try:
            return link(*args, **kwargs)
        finally:
            linking[0] += time.process_time() - begun

    pipeline.link_statement_ids = timed_link  # type: ignore[assignment]
    try:
        started, cpu = time.perf_counter(), time.process_time()
        summary = pipeline.ingest_paths(store, [str(path)], jobs=jobs)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        again_started, again_cpu = time.perf_counter(), time.process_time()
        again = pipeline.ingest_paths(store, [str(path)], jobs=jobs)
        again_elapsed, again_cpu = time.perf_counter() - again_started, time.process_time() - again_cpu
    finally:
        pipeline.link_statement_ids = link  # type: ignore[assignment]
        store.dispose()
    if again.unchanged != summary.ingested:
        sys.exit(f"ingesting the same file again changed something: {again.line()}")
    return EndToEnd(summary.ingested, elapsed, cpu, linking[0], again_elapsed, again_cpu)


def report_end_to_end(database: str, jobs: int, result: EndToEnd) -> None:
    report(
        f"synthetic: end to end into {database}, --jobs {jobs}",
        result.stored,
        result.seconds,
        f"(cpu {result.cpu:.2f} s, of which linking {result.linking:.2f} s)",
    )
    report(
        f"synthetic: the same again into {database} (unchanged)",
        result.stored,
        result.again_seconds,
        f"(cpu {result.again_cpu:.2f} s)",
    )


def head(path: Path, out: Path, count: int) -> None:
    with path.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as target:
        for _, line in zip(range(count), source, strict=False):
            target.write(line)


def report(label: str, articles: int, seconds: float, extra: str = "") -> None:
    rate = articles / seconds if seconds else float("inf")
    print(f"{label:<52} {articles:>7} articles {seconds:8.2f} s {rate:9.0f} articles/s {extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a real JSON Lines corpus (read only)")
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--end-to-end", type=int, default=5_000, help="articles stored per database")
    parser.add_argument("--pg", help="PostgreSQL URL for the end-to-end run (a scratch schema is used)")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes in the end-to-end runs")
    parser.add_argument(
        "--end-to-end-only", action="store_true", help="skip the parse + extract measurements"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tracker-bench-"))

    if args.corpus and not args.end_to_end_only:
        count, seconds = extract_only(args.corpus)
        report(f"real corpus: extraction only, 1 core ({args.corpus.name})", count, seconds)
        for jobs in (1, 2):
            articles, statements, seconds = extract_in_processes(args.corpus, jobs)
            report(
                f"real corpus: parse + extract, {jobs} process(es)",
                articles,
                seconds,
                f"({statements} statements)",
            )
            articles, statements, seconds = parse_and_extract(args.corpus, jobs)
            report(
                f"real corpus: parse + extract + prepare, --jobs {jobs}",
                articles,
                seconds,
                f"({statements} statements)",
            )

    synthetic = work / "synthetic.jsonl"
    write_synthetic(synthetic, args.synthetic)
    for jobs in () if args.end_to_end_only else (1, 2):
        articles, statements, seconds = extract_in_processes(synthetic, jobs)
        report(
            f"synthetic: parse + extract, {jobs} process(es)", articles, seconds, f"({statements} statements)"
        )
        articles, statements, seconds = parse_and_extract(synthetic, jobs)
        report(
            f"synthetic: parse + extract + prepare, --jobs {jobs}",
            articles,
            seconds,
            f"({statements} statements)",
        )

    subset = work / "subset.jsonl"
    head(synthetic, subset, args.end_to_end)
    report_end_to_end("SQLite", args.jobs, end_to_end(f"sqlite:///{work / 'bench.db'}", subset, args.jobs))
    if args.pg:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        engine = create_engine(args.pg)
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            separator = "&" if "?" in args.pg else "?"
            pg_url = f"{args.pg}{separator}options=-csearch_path%3D{schema}"
            report_end_to_end("PostgreSQL", args.jobs, end_to_end(pg_url, subset, args.jobs))
        finally:
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            engine.dispose()


if __name__ == "__main__":
    main()
