"""Storing a batch of extracted articles in one transaction: the fast path of ``tracker ingest``.

:func:`~tracker.services.ingest.store_article` stores one article through the ORM, a
flush per step: at several milliseconds an article, the store, not the extraction, set
the pace of an import. Here the articles of a batch are checked against the store with
one query, and the new ones are written with one executemany per table (articles, then
statements once their speakers are resolved), their ids taken beforehand. What is not
plainly new (an article the store or this batch already has) goes through
``store_article`` in the same transaction, after the new ones before it are written, so
the result is the one storing them one by one gives: unchanged bodies add nothing, a
changed body under a known URL is updated and keeps its reviews.

The batch is one transaction, owned by the caller: if anything in it fails, the caller
rolls it back and stores its articles one per transaction (see
:func:`tracker.services.pipeline.ingest_items`), so a failing article is named and
leaves nothing behind while the others are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from tracker.extract import extract_statements
from tracker.models import Article, Outlet, Statement
from tracker.records import ArticleRecord, StatementRecord
from tracker.services.ingest import (
    StoreOutcome,
    article_values,
    body_hash,
    outlet_domain,
    statement_values,
    store_article,
)
from tracker.services.speakers import SpeakerResolver
from tracker.services.speakers_cache import SpeakerCache

#: An article with its statements; None when it was not extracted because the store had
#: it unchanged (they are extracted here after all if that is no longer so).
Extracted = tuple[ArticleRecord, Sequence[StatementRecord] | None]

#: Values per IN (...) list of the identity lookup (SQLite allows 32,766 parameters).
LOOKUP_CHUNK = 500


@dataclass
class IngestRun:
    """What one ingest run remembers between its batches: speakers and outlet ids."""

    speakers: SpeakerCache = field(default_factory=SpeakerCache)
    outlets: dict[str, int] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget everything: a rolled-back transaction may have created some of it."""
        self.speakers.clear()
        self.outlets.clear()


@dataclass(frozen=True)
class _Known:
    article_id: int
    url: str | None
    content_hash: str


def _known(
    session: Session, urls: list[str], digests: list[str]
) -> tuple[dict[str, _Known], dict[str, _Known]]:
    """The stored articles with one of these URLs or body hashes, by URL and by hash."""
    by_url: dict[str, _Known] = {}
    by_hash: dict[str, _Known] = {}
    columns = select(Article.id, Article.url, Article.content_hash)
    for start in range(0, max(len(urls), len(digests)), LOOKUP_CHUNK):
        some_urls, some_digests = urls[start : start + LOOKUP_CHUNK], digests[start : start + LOOKUP_CHUNK]
        condition = Article.content_hash.in_(some_digests)
        if some_urls:
            condition = or_(Article.url.in_(some_urls), condition)
        for row in session.execute(columns.where(condition)):
            known = _Known(row.id, row.url, row.content_hash)
            if known.url is not None:
                by_url[known.url] = known
            by_hash[known.content_hash] = known
    return by_url, by_hash


def stored_hashes(session: Session, urls: Sequence[str]) -> dict[str, str]:
    """The body hash of each stored article with one of these URLs."""
    found: dict[str, str] = {}
    for start in range(0, len(urls), LOOKUP_CHUNK):
        some = list(urls[start : start + LOOKUP_CHUNK])
        found.update(
            session.execute(select(Article.url, Article.content_hash).where(Article.url.in_(some))).all()
        )
    return found


def store_batch(
    session: Session, items: Sequence[Extracted], run: IngestRun | None = None
) -> list[StoreOutcome]:
    """Store these articles with their statements (speakers resolved, claims not linked).

    Returns one outcome per article, in order. The caller commits; speaker and outlet
    memos are kept in ``run`` (the caller clears it when the transaction fails).
    """
    run = run if run is not None else IngestRun()
    digests = [body_hash(article.text) for article, _ in items]
    urls = sorted({article.url for article, _ in items if article.url})
    by_url, by_hash = _known(session, urls, sorted(set(digests)))
    outcomes: list[StoreOutcome | None] = [None] * len(items)
    new: list[_New] = []
    batch_urls: set[str] = set()
    batch_hashes: set[str] = set()
    for n, ((article, statements), digest) in enumerate(zip(items, digests, strict=True)):
        known = (by_url.get(article.url) if article.url else None) or by_hash.get(digest)
        if known is not None and known.content_hash == digest:
            outcomes[n] = StoreOutcome("unchanged", known.article_id)
        elif known is None and (article.url or None) not in batch_urls and digest not in batch_hashes:
            if statements is None:  # taken for unchanged before extraction, gone since
                statements = extract_statements(article)
            new.append(_New(n, article, statements, digest))
            if article.url:
                batch_urls.add(article.url)
            batch_hashes.add(digest)
        else:
            # Stored before, or earlier in this batch: write what is waiting, then decide as
            # storing one by one would (an update, or unchanged after all).
            _insert_new(session, new, outcomes, run)
            new = []
            outcomes[n] = store_article(
                session, article, statements, link_claims=False, speakers=run.speakers
            )
    _insert_new(session, new, outcomes, run)
    return [outcome for outcome in outcomes if outcome is not None]


@dataclass(frozen=True)
class _New:
    """A new article of the batch: its place in the batch, record, statements and body hash."""

    index: int
    article: ArticleRecord
    statements: Sequence[StatementRecord]
    digest: str


def _insert_new(
    session: Session, new: list[_New], outcomes: list[StoreOutcome | None], run: IngestRun
) -> None:
    """Write these new articles with their statements, and set their outcomes."""
    if not new:
        return
    outlets = _outlet_ids(session, [item.article for item in new], run)
    article_rows = [
        {**article_values(item.article, item.digest), "outlet_id": outlets.get(item.article.outlet or "")}
        for item in new
    ]
    article_ids = _insert_with_ids(session, Article, article_rows)
    resolver = SpeakerResolver(session, run.speakers)
    statement_rows: list[dict] = []
    for item, article_id in zip(new, article_ids, strict=True):
        published = item.article.published.date() if item.article.published else None
        speaker_ids = resolver.article([(st, st.date.value or published) for st in item.statements])
        for ordinal, (statement, speaker_id) in enumerate(zip(item.statements, speaker_ids, strict=True)):
            row = statement_values(statement, ordinal)
            row["article_id"] = article_id
            row["speaker_id"] = speaker_id
            statement_rows.append(row)
    resolver.finish()  # new aliases and role sightings, before the rows that point at speakers
    statement_ids = iter(_insert_with_ids(session, Statement, statement_rows))
    for item, article_id in zip(new, article_ids, strict=True):
        ids = tuple(next(statement_ids) for _ in item.statements)
        outcomes[item.index] = StoreOutcome("ingested", article_id, ids)


def _insert_with_ids(session: Session, model: type[Article | Statement], rows: list[dict]) -> list[int]:
    """Insert the rows in one executemany, returning their ids in the order given.

    The ids are taken before the INSERT rather than read back with RETURNING: SQLite
    cannot promise RETURNING's order for a multi-row INSERT, so SQLAlchemy would send the
    rows one statement each. PostgreSQL hands them out from the table's sequence; SQLite
    counts on from the largest id, which is what it would do itself, and safe because the
    transaction holds the write lock (``BEGIN IMMEDIATE``, see :mod:`tracker.db`); an id
    taken meanwhile all the same would fail the INSERT, never overwrite a row.
    """
    if not rows:
        return []
    table = model.__table__
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        taken = select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
        ids = sorted(connection.scalars(taken))
    else:
        start = (connection.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(start, start + len(rows)))
    connection.execute(insert(table), [{**row, "id": id_} for row, id_ in zip(rows, ids, strict=True)])
    return ids


def _outlet_ids(session: Session, articles: list[ArticleRecord], run: IngestRun) -> dict[str, int]:
    """The id of each outlet these articles name, creating the ones the store lacks."""
    wanted: dict[str, ArticleRecord] = {}
    for article in articles:
        if article.outlet and article.outlet not in run.outlets:
            wanted.setdefault(article.outlet, article)
    if wanted:
        rows = session.execute(select(Outlet.id, Outlet.name).where(Outlet.name.in_(list(wanted))))
        run.outlets.update({row.name: row.id for row in rows})
        for name, article in wanted.items():
            if name not in run.outlets:
                outlet = Outlet(name=name, domain=outlet_domain(article.url), language=article.language)
                session.add(outlet)
                session.flush()
                run.outlets[name] = outlet.id
    return run.outlets
