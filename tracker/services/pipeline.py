"""The ingest pipeline: read → extract → store, one transaction per article.

Reading and extraction are pure and can run in worker processes (``jobs > 1``); storing
runs in this process, one article per transaction, so a failure leaves nothing of that
article behind and the batch goes on. Progress and failures are reported through
callbacks, so the CLI decides how to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from datetime import tzinfo

from tracker.db import Store
from tracker.extract import extract_statements
from tracker.ingest import ReadFailure, read_paths
from tracker.records import ArticleRecord, StatementRecord
from tracker.services.ingest import store_article

BATCH_SIZE = 512

Extracted = tuple[ArticleRecord, tuple[StatementRecord, ...]]


@dataclass
class IngestSummary:
    ingested: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    statements: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.ingested + self.updated + self.unchanged + self.failed

    def line(self) -> str:
        return (
            f"ingested {self.ingested}, updated {self.updated}, unchanged {self.unchanged}, "
            f"failed {self.failed} ({self.statements} statements stored)"
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "ingested": self.ingested,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "statements": self.statements,
            "failures": self.failures,
        }


def _extract_one(item: ArticleRecord | ReadFailure) -> Extracted | ReadFailure:
    if isinstance(item, ReadFailure):
        return item
    try:
        return item, extract_statements(item)
    except Exception as error:  # an extractor bug must not sink the batch; name the article
        return ReadFailure(item.source_path or "-", item.locator, f"extraction failed: {error!r}")


def extracted_items(
    items: Iterable[ArticleRecord | ReadFailure], jobs: int = 1
) -> Iterator[Extracted | ReadFailure]:
    """Extract statements from each article, in order, in ``jobs`` processes."""
    if jobs <= 1:
        yield from map(_extract_one, items)
        return
    # Executor.map submits its whole input at once; feeding it bounded batches keeps a
    # million-line JSONL streaming in constant memory.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        iterator = iter(items)
        while batch := list(islice(iterator, BATCH_SIZE)):
            yield from pool.map(_extract_one, batch, chunksize=max(1, len(batch) // (jobs * 4)))


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    *,
    fmt: str = "auto",
    language: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    default_tz: tzinfo | None = None,
    jobs: int = 1,
    on_item: Callable[[str, ArticleRecord | ReadFailure], None] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths``; returns the counts and the failure messages."""
    summary = IngestSummary()
    items = read_paths(paths, fmt=fmt, language=language, outlet=outlet, url=url, default_tz=default_tz)
    for item in extracted_items(items, jobs):
        if isinstance(item, ReadFailure):
            summary.failed += 1
            summary.failures.append(item.message())
            if on_item:
                on_item("failed", item)
            continue
        article, statements = item
        try:
            with store.sessions.begin() as session:
                outcome = store_article(session, article, statements)
        except Exception as error:  # the article's transaction rolled back; report and go on
            failure = ReadFailure(article.source_path or "-", article.locator, f"could not store: {error}")
            summary.failed += 1
            summary.failures.append(failure.message())
            if on_item:
                on_item("failed", failure)
            continue
        setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)
        if outcome.status != "unchanged":
            summary.statements += len(outcome.statement_ids)
        if on_item:
            on_item(outcome.status, article)
    return summary
