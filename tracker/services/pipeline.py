"""The ingest pipeline: read → extract → store, one transaction per article → link claims.

Reading and extraction are pure and can run in worker processes (``jobs > 1``, one batch
extracted ahead of the one being stored); storing runs in this process, one article per
transaction (the article, its statements and their speakers), so a failure leaves nothing
of that article behind and the batch goes on. A :class:`SpeakerCache` carries resolved
speakers from one article to the next. Claim linking runs once at the end over everything
the batch stored: in memory and in bulk when many statements wait beside few linked ones
(:mod:`~tracker.services.claims_bulk`), else with the decisions of one-by-one linking made
in memory a chunk per transaction (:mod:`~tracker.services.claims_batch`). An
interrupted run leaves complete articles whose statements are not linked yet;
``tracker link`` (or the next ingest of them) links them. Progress and failures are
reported through callbacks, so the CLI decides how to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import tzinfo
from itertools import islice

from tracker.db import Store
from tracker.extract import extract_statements
from tracker.ingest import ReadFailure, read_paths
from tracker.linking.decide import LinkRules
from tracker.records import ArticleRecord, StatementRecord
from tracker.services.ingest import store_article
from tracker.services.speakers_cache import SpeakerCache

BATCH_SIZE = 512
#: Statements linked per transaction on the one-by-one path (decided in memory, written
#: together at the end of the chunk, so the write lock is held only for that).
LINK_CHUNK = 1000

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
    except Exception as error:  # noqa: BLE001  (an extractor bug must not sink the batch; name the article)
        return ReadFailure(item.source_path or "-", item.locator, f"extraction failed: {error!r}")


def extracted_items(
    items: Iterable[ArticleRecord | ReadFailure], jobs: int = 1
) -> Iterator[Extracted | ReadFailure]:
    """Extract statements from each article, in order, in ``jobs`` processes."""
    if jobs <= 1:
        yield from map(_extract_one, items)
        return
    # Executor.map submits its whole input at once; feeding it bounded batches keeps a
    # million-line JSONL streaming in constant memory. The next batch is submitted before
    # this one's results are handed out, so the workers extract while the caller stores.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        iterator = iter(items)
        ahead: Iterator[Extracted | ReadFailure] | None = None
        while True:
            batch = list(islice(iterator, BATCH_SIZE))
            submitted = (
                pool.map(_extract_one, batch, chunksize=max(1, len(batch) // (jobs * 4))) if batch else None
            )
            if ahead is not None:
                yield from ahead
            if submitted is None:
                return
            ahead = submitted


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
    on_linked: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths``; returns the counts and the failure messages."""
    summary = IngestSummary()
    stored: list[int] = []
    speakers = SpeakerCache()
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
                outcome = store_article(session, article, statements, link_claims=False, speakers=speakers)
        except Exception as error:  # noqa: BLE001  (the article's transaction rolled back; report and go on)
            speakers.clear()  # it may hold rows of the rolled-back transaction
            failure = ReadFailure(article.source_path or "-", article.locator, f"could not store: {error}")
            summary.failed += 1
            summary.failures.append(failure.message())
            if on_item:
                on_item("failed", failure)
            continue
        setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)
        if outcome.status != "unchanged":
            summary.statements += len(outcome.statement_ids)
            stored.extend(outcome.statement_ids)
        if on_item:
            on_item(outcome.status, article)
    link_statement_ids(store, stored, progress=on_linked)
    return summary


def link_statement_ids(
    store: Store,
    ids: Sequence[int],
    *,
    rules: LinkRules | None = None,
    bulk: bool | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Link the given statements to the claims they repeat; returns how many were considered.

    ``bulk`` None decides by size: many waiting statements are linked in memory and written
    in one transaction; few are linked one by one, a small transaction per chunk, so a
    reviewer working meanwhile never waits long on the write lock.
    """
    from tracker.services.claims import DEFAULT_RULES, link_bulk, link_ids
    from tracker.services.claims_bulk import worth_bulk
    from tracker.services.claims_link import linked_ids, order_by_day

    if not ids:
        return 0
    rules = rules or DEFAULT_RULES
    with store.sessions.begin() as session:
        done = linked_ids(session, ids)
        ordered = order_by_day(session, [i for i in ids if i not in done])
        if bulk is None:
            bulk = worth_bulk(session, len(ordered))
    if bulk:
        with store.sessions.begin() as session:
            link_bulk(session, ordered, rules, progress)
        return len(ordered)
    for start in range(0, len(ordered), LINK_CHUNK):
        chunk = ordered[start : start + LINK_CHUNK]
        with store.sessions.begin() as session:
            link_ids(session, chunk, rules)
        if progress is not None:
            progress(len(chunk))
    return len(ordered)
