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

What can be computed from an article alone (its body hash, its statement rows, their
wording read for linking) is computed where it was extracted (:func:`prepare`, in the
worker processes of a parallel ingest). The run keeps the linking items of the
statements it writes, so linking them at its end reads none of them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from tracker.extract import extract_statements
from tracker.linking.decide import Item
from tracker.linking.text import ClaimText
from tracker.models import Article, Outlet, Statement
from tracker.records import ArticleRecord, StatementRecord
from tracker.services.claims_link import quote_texts, read_cached, speaker_key, statement_day
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


#: A statement's content and direct quotes read for claim linking.
Wording = tuple[ClaimText, tuple[ClaimText, ...]]


@dataclass(frozen=True, slots=True)
class Prepared:
    """An extracted article with what storing and linking it need: its body hash, the rows
    of its statements and their wording read for linking.

    Folding, hashing and reading the body and every statement cost as much as writing
    them; done where the article was extracted (:func:`prepare`, in the worker processes
    of a parallel ingest), they leave the storing process free to store.
    """

    article: ArticleRecord
    #: None when not extracted (the store had the article unchanged).
    statements: Sequence[StatementRecord] | None
    digest: str
    #: ``statement_values`` of each statement, in order (None with ``statements``).
    rows: tuple[dict[str, Any], ...] | None
    #: Of each statement, in order (None with ``statements``).
    wordings: tuple[Wording, ...] | None


def prepare(item: Extracted | Prepared) -> Prepared:
    """The article with its body hash and statement rows computed (a :class:`Prepared` as is)."""
    if isinstance(item, Prepared):
        return item
    article, statements = item
    digest = body_hash(article.text)
    if statements is None:
        return Prepared(article, None, digest, None, None)
    rows = tuple(map(statement_values, statements, range(len(statements))))
    wordings = tuple(
        (read_cached(row["content"]), tuple(map(read_cached, quote_texts(row["direct_quotes"]))))
        for row in rows
    )
    return Prepared(article, statements, digest, rows, wordings)


#: Values per IN (...) list of the identity lookup (SQLite allows 32,766 parameters).
LOOKUP_CHUNK = 500
#: Statements whose linking items a run keeps for linking them at its end (some 5 kB
#: each); those stored beyond are read back then.
KEEP_ITEMS = 20_000


@dataclass
class IngestRun:
    """What one ingest run remembers between its batches: speakers, outlet ids, and the
    linking items of the statements it wrote (so linking them at the end reads none back)."""

    speakers: SpeakerCache = field(default_factory=SpeakerCache)
    outlets: dict[str, int] = field(default_factory=dict)
    items: dict[int, Item] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget everything: a rolled-back transaction may have created some of it."""
        self.speakers.clear()
        self.outlets.clear()
        self.items.clear()


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
    session: Session, items: Sequence[Extracted | Prepared], run: IngestRun | None = None
) -> list[StoreOutcome]:
    """Store these articles with their statements (speakers resolved, claims not linked).

    Returns one outcome per article, in order. The caller commits; speaker and outlet
    memos are kept in ``run`` (the caller clears it when the transaction fails).
    """
    run = run if run is not None else IngestRun()
    prepared = [prepare(item) for item in items]
    urls = sorted({item.article.url for item in prepared if item.article.url})
    by_url, by_hash = _known(session, urls, sorted({item.digest for item in prepared}))
    outcomes: list[StoreOutcome | None] = [None] * len(items)
    new: list[Prepared] = []
    indexes: list[int] = []  # the place of each of ``new`` in the batch
    batch_urls: set[str] = set()
    batch_hashes: set[str] = set()
    for n, item in enumerate(prepared):
        article, statements, digest = item.article, item.statements, item.digest
        known = (by_url.get(article.url) if article.url else None) or by_hash.get(digest)
        if known is not None and known.content_hash == digest:
            outcomes[n] = StoreOutcome("unchanged", known.article_id)
        elif known is None and (article.url or None) not in batch_urls and digest not in batch_hashes:
            if statements is None:  # taken for unchanged before extraction, gone since
                item = prepare((article, extract_statements(article)))
            new.append(item)
            indexes.append(n)
            if article.url:
                batch_urls.add(article.url)
            batch_hashes.add(digest)
        else:
            # Stored before, or earlier in this batch: write what is waiting, then decide as
            # storing one by one would (an update, or unchanged after all).
            _insert_new(session, new, indexes, outcomes, run)
            new, indexes = [], []
            outcome = store_article(session, article, statements, link_claims=False, speakers=run.speakers)
            # Its statements may take the ids of ones it replaced (SQLite reuses the largest).
            for statement_id in outcome.statement_ids:
                run.items.pop(statement_id, None)
            outcomes[n] = outcome
    _insert_new(session, new, indexes, outcomes, run)
    return [outcome for outcome in outcomes if outcome is not None]


def _insert_new(
    session: Session,
    new: list[Prepared],
    indexes: list[int],
    outcomes: list[StoreOutcome | None],
    run: IngestRun,
) -> None:
    """Write these new articles (extracted) with their statements; set their outcomes at ``indexes``."""
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
        for values, speaker_id in zip(item.rows, speaker_ids, strict=True):
            statement_rows.append({**values, "article_id": article_id, "speaker_id": speaker_id})
    resolver.finish()  # new aliases and role sightings, before the rows that point at speakers
    statement_ids = _insert_with_ids(session, Statement, statement_rows)
    wordings = [wording for item in new for wording in item.wordings]
    _keep_items(run, statement_rows, wordings, article_rows)
    taken = iter(statement_ids)
    for item, index, article_id in zip(new, indexes, article_ids, strict=True):
        ids = tuple(next(taken) for _ in item.statements)
        outcomes[index] = StoreOutcome("ingested", article_id, ids)


def _keep_items(
    run: IngestRun, statements: list[dict], wordings: list[Wording], articles: list[dict]
) -> None:
    """Keep the linking items of these statements just written (up to ``KEEP_ITEMS`` a run)."""
    room = KEEP_ITEMS - len(run.items)
    if room <= 0:
        return
    published = {row["id"]: (row["published_at"], row["published_offset"]) for row in articles}
    for row, (claim, quotes) in zip(statements[:room], wordings, strict=False):
        run.items[row["id"]] = Item(
            id=row["id"],
            claim=claim,
            speaker=speaker_key(row["speaker_id"], row["speaker_name"], row["speaker_kind"]),
            day=statement_day(row["said_on"], *published[row["article_id"]]),
            quotes=quotes,
        )


def _insert_with_ids(session: Session, model: type[Article | Statement], rows: list[dict]) -> list[int]:
    """Insert the rows in one executemany, returning their ids in the order given (set in them).

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
    for row, id_ in zip(rows, ids, strict=True):
        row["id"] = id_
    connection.execute(insert(table), rows)
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
