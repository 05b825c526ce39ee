"""The ingest pipeline: read → extract → store, a batch per transaction → link claims.

Articles the store already has under their URL with the same body are found before
extraction (:func:`skip_unchanged`) and not extracted again. Reading and extraction are
pure and can run in worker processes (``jobs > 1``, one batch extracted ahead of the
one being stored); storing runs in this process, a batch of articles per transaction
written with one executemany per table (:func:`~tracker.services.ingest_bulk.store_batch`).
Each article still succeeds or fails whole: when a batch fails it is rolled back and
its articles are stored again one per transaction, so the failing one is named, leaves
nothing behind, and the others are stored. An
:class:`~tracker.services.ingest_bulk.IngestRun` carries resolved speakers and outlets
from one batch to the next. Claim linking runs once at the end over everything the run
stored: in memory and in bulk when many statements wait beside few linked ones
(:mod:`~tracker.services.claims_bulk`), else with the decisions of one-by-one linking
made in memory a chunk per transaction (:mod:`~tracker.services.claims_batch`). An
interrupted run leaves complete articles whose statements are not linked yet;
``tracker link`` (or the next ingest of them) links them. Progress and failures are
reported through callbacks, so the CLI decides how to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import tzinfo
from itertools import islice

from tracker.db import Store
from tracker.extract import extract_statements
from tracker.ingest import ReadFailure, read_paths
from tracker.linking.decide import Item, LinkRules
from tracker.records import ArticleRecord, StatementRecord
from tracker.services.ingest import StoreOutcome, body_hash
from tracker.services.ingest_bulk import IngestRun, Prepared, prepare, store_batch, stored_hashes

BATCH_SIZE = 512
#: Articles stored per transaction. A batch holds SQLite's write lock while it is written
#: (a few tenths of a second at this size), so a reviewer saving meanwhile waits no longer.
STORE_BATCH = 100
#: Statements linked per transaction on the one-by-one path (decided in memory, written
#: together at the end of the chunk, so the write lock is held only for that).
LINK_CHUNK = 1000

#: An article and its statements (None for a :class:`Seen` one, not extracted).
Extracted = tuple[ArticleRecord, tuple[StatementRecord, ...] | None]


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


@dataclass(frozen=True, slots=True)
class Seen:
    """An article the store has under its URL with this very body: it needs no extraction."""

    article: ArticleRecord


def skip_unchanged(
    store: Store, items: Iterable[ArticleRecord | ReadFailure]
) -> Iterator[ArticleRecord | ReadFailure | Seen]:
    """Mark the articles stored unchanged (found by URL, a query per batch) as :class:`Seen`.

    Re-reading a feed or a folder mostly meets articles ingested before; extracting them
    again would cost more than everything else. This is only a shortcut: storing checks
    every article again (an article met twice within one batch, or one without a URL, is
    extracted and then found unchanged there).
    """
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_SIZE)):
        urls = sorted({item.url for item in batch if isinstance(item, ArticleRecord) and item.url})
        with store.sessions() as session:
            stored = stored_hashes(session, urls) if urls else {}
        for item in batch:
            if (
                isinstance(item, ArticleRecord)
                and item.url in stored
                and stored[item.url] == body_hash(item.text)
            ):
                yield Seen(item)
            else:
                yield item


def _extract_one(item: ArticleRecord | ReadFailure | Seen) -> Prepared | ReadFailure:
    if isinstance(item, ReadFailure):
        return item
    if isinstance(item, Seen):
        return prepare((item.article, None))
    try:
        return prepare((item, extract_statements(item)))
    except Exception as error:  # noqa: BLE001  (an extractor bug must not sink the batch; name the article)
        return ReadFailure(item.source_path or "-", item.locator, f"extraction failed: {error!r}")


def extracted_items(
    items: Iterable[ArticleRecord | ReadFailure | Seen], jobs: int = 1
) -> Iterator[Prepared | ReadFailure]:
    """Extract statements from each article (not a :class:`Seen` one), in order, in ``jobs`` processes.

    Each comes back ready to store (:func:`~tracker.services.ingest_bulk.prepare`): that
    work too is done in the worker processes.
    """
    if jobs <= 1:
        yield from map(_extract_one, items)
        return
    # Executor.map submits its whole input at once; feeding it bounded batches keeps a
    # million-line JSONL streaming in constant memory. The next batch is submitted before
    # this one's results are handed out, so the workers extract while the caller stores.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        iterator = iter(items)
        ahead: Iterator[Prepared | ReadFailure] | None = None
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
    items = read_paths(paths, fmt=fmt, language=language, outlet=outlet, url=url, default_tz=default_tz)
    extracted = extracted_items(skip_unchanged(store, items), jobs)
    return ingest_items(store, extracted, on_item=on_item, on_linked=on_linked)


def ingest_items(
    store: Store,
    items: Iterable[Extracted | Prepared | ReadFailure],
    *,
    on_item: Callable[[str, ArticleRecord | ReadFailure], None] | None = None,
    on_linked: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Store extracted articles, a batch per transaction, then link their claims.

    ``on_item`` hears of every item in input order, once its batch is committed.
    """
    summary = IngestSummary()
    stored: list[int] = []
    run = IngestRun()
    extracted = (item if isinstance(item, ReadFailure) else prepare(item) for item in items)
    while batch := list(islice(extracted, STORE_BATCH)):
        articles = [item for item in batch if not isinstance(item, ReadFailure)]
        results = iter(_store(store, articles, run))
        for item in batch:
            if isinstance(item, ReadFailure):
                result: StoreOutcome | ReadFailure = item
                article: ArticleRecord | ReadFailure = item
            else:
                result, article = next(results), item.article
            if isinstance(result, ReadFailure):
                summary.failed += 1
                summary.failures.append(result.message())
                if on_item:
                    on_item("failed", result)
                continue
            setattr(summary, result.status, getattr(summary, result.status) + 1)
            if result.status != "unchanged":
                summary.statements += len(result.statement_ids)
                stored.extend(result.statement_ids)
            if on_item:
                on_item(result.status, article)
    link_statement_ids(store, stored, progress=on_linked, known=run.items)
    return summary


def _store(store: Store, articles: list[Prepared], run: IngestRun) -> list[StoreOutcome | ReadFailure]:
    """Store a batch in one transaction; if it fails, one article per transaction, naming the failures."""
    if not articles:
        return []
    try:
        with store.sessions.begin() as session:
            return list(store_batch(session, articles, run))
    except Exception:  # noqa: BLE001  (rolled back; the article at fault is found and named below)
        run.clear()  # it may hold rows of the rolled-back transaction
    return [_store_one(store, article, run) for article in articles]


def _store_one(store: Store, item: Prepared, run: IngestRun) -> StoreOutcome | ReadFailure:
    """Store one article in its own transaction; a failure comes back named, not raised."""
    article = item.article
    try:
        with store.sessions.begin() as session:
            (outcome,) = store_batch(session, [item], run)
            return outcome
    except Exception as error:  # noqa: BLE001  (the article's transaction rolled back; report and go on)
        run.clear()
        return ReadFailure(article.source_path or "-", article.locator, f"could not store: {error}")


def link_statement_ids(
    store: Store,
    ids: Sequence[int],
    *,
    rules: LinkRules | None = None,
    bulk: bool | None = None,
    progress: Callable[[int], None] | None = None,
    known: Mapping[int, Item] | None = None,
) -> int:
    """Link the given statements to the claims they repeat; returns how many were considered.

    ``bulk`` None decides by size: many waiting statements are linked in memory and written
    in one transaction; few are linked one by one, a small transaction per chunk, so a
    reviewer working meanwhile never waits long on the write lock. ``known``: the linking
    items of some of them as stored, not read back by bulk linking.
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
            link_bulk(session, ordered, rules, progress, known)
        return len(ordered)
    for start in range(0, len(ordered), LINK_CHUNK):
        chunk = ordered[start : start + LINK_CHUNK]
        with store.sessions.begin() as session:
            link_ids(session, chunk, rules)
        if progress is not None:
            progress(len(chunk))
    return len(ordered)
