"""Storing an article and its statements: the write side of ``tracker ingest``.

One article is one transaction, owned by the caller. Identity is the URL when there is
one, else the hash of the normalised body, so ingesting the same article again adds
nothing; a changed body under a known URL updates the article and re-extracts it, and
the reviews of statements whose content did not change are carried over (matched by
``content_key``). Speaker resolution and claim linking run here too, so one call takes
an article to reviewable statements. ``tracker ingest`` stores many articles a batch per
transaction through :mod:`tracker.services.ingest_bulk`, which writes new articles in
bulk and hands the others to :func:`store_article`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from tracker.extract import EXTRACTOR_VERSION, extract_statements
from tracker.models import Article, Outlet, Review, Statement
from tracker.normalize import fold
from tracker.records import ArticleRecord, StatementRecord
from tracker.services.speakers_cache import SpeakerCache

Status = Literal["ingested", "updated", "unchanged"]


@dataclass(frozen=True)
class StoreOutcome:
    status: Status
    article_id: int
    statement_ids: tuple[int, ...] = field(default=())


def body_hash(text: str) -> str:
    """SHA-256 of the normalised body: the same article copied twice hashes the same."""
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def content_key(speaker_name: str, content: str) -> str:
    return hashlib.sha256(f"{fold(speaker_name)}\x1f{fold(content)}".encode()).hexdigest()


def outlet_domain(url: str | None) -> str | None:
    """The host of an article's URL, without "www.": a new outlet's domain."""
    if url and "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0].lower().removeprefix("www.")
    return None


def _outlet(session: Session, name: str | None, language: str | None, url: str | None) -> Outlet | None:
    if not name:
        return None
    outlet = session.scalar(select(Outlet).where(Outlet.name == name))
    if outlet is None:
        outlet = Outlet(name=name, domain=outlet_domain(url), language=language)
        session.add(outlet)
        session.flush()
    return outlet


def _find_existing(session: Session, record: ArticleRecord, digest: str) -> Article | None:
    """The article with this URL, else the one with this body: one query for both."""
    if not record.url:
        return session.scalar(select(Article).where(Article.content_hash == digest))
    found = session.scalars(
        select(Article).where(or_(Article.url == record.url, Article.content_hash == digest))
    ).all()
    return next((a for a in found if a.url == record.url), None) or next(iter(found), None)


def statement_values(record: StatementRecord, ordinal: int) -> dict[str, Any]:
    """The column values of one extracted statement (its speaker id aside)."""
    speaker = record.speaker
    date = record.date
    content = record.content.text
    content_norm = fold(content)
    return {
        "ordinal": ordinal,
        "speaker_name": speaker.name,
        "speaker_mention": speaker.mention or None,
        "speaker_kind": speaker.kind,
        "role_mention": speaker.role,
        "cue": record.cue.text[:200],
        "content": content,
        "content_norm": content_norm,
        # content_key(speaker.name, content), with the content folded once.
        "content_key": hashlib.sha256(f"{fold(speaker.name)}\x1f{content_norm}".encode()).hexdigest(),
        "speaker_start": speaker.span.start if speaker.span else None,
        "speaker_end": speaker.span.end if speaker.span else None,
        "cue_start": record.cue.start,
        "cue_end": record.cue.end,
        "content_start": record.content.start,
        "content_end": record.content.end,
        "direct_quotes": [[quote.start, quote.end, quote.text] for quote in record.direct_quotes],
        "kind": record.kind,
        "said_on": date.value,
        "said_on_precision": date.precision if date.value else None,
        "date_basis": date.basis,
        "date_evidence": date.evidence,
        "via": record.via,
        "language": record.language,
        "method": record.method,
        "confidence": record.confidence,
        "extractor_version": EXTRACTOR_VERSION,
    }


def article_values(record: ArticleRecord, digest: str) -> dict[str, Any]:
    """The column values of one article (its outlet aside)."""
    published = record.published
    offset = published.utcoffset() if published else None
    return {
        "url": record.url,
        "title": record.title,
        "published_at": published,
        "published_offset": int(offset.total_seconds() // 60) if offset is not None else None,
        "published_date": published.date() if published else None,
        "language": record.language,
        "author": record.author,
        "description": record.description,
        "body": record.text,
        "content_hash": digest,
        "source_path": record.source_path,
        "input_format": record.input_format,
        "captions": list(record.captions),
        "subheadings": list(record.subheadings),
        "related_links": list(record.related),
        "tags": list(record.tags),
    }


def _fill_article(article: Article, record: ArticleRecord, digest: str, outlet: Outlet | None) -> None:
    article.outlet = outlet
    for name, value in article_values(record, digest).items():
        setattr(article, name, value)


def _carry_reviews(old: list[Statement], new: list[Statement]) -> None:
    """Keep the review state of statements whose speaker and content did not change."""
    reviewed = {st.content_key: st for st in old if st.review_status != "unreviewed"}
    for statement in new:
        previous = reviewed.get(statement.content_key)
        if previous is not None:
            statement.review_status = previous.review_status
            statement.review_note = previous.review_note
            statement.reviewed_by = previous.reviewed_by
            statement.reviewed_at = previous.reviewed_at


def _resolve(
    session: Session,
    article: Article,
    pairs: list[tuple[Statement, StatementRecord]],
    speakers: SpeakerCache | None,
) -> None:
    from tracker.services.speakers import resolve_speakers

    if pairs:
        resolve_speakers(session, article, pairs, speakers)


def store_article(
    session: Session,
    record: ArticleRecord,
    statements: Sequence[StatementRecord] | None = None,
    *,
    link: bool = True,
    link_claims: bool = True,
    speakers: SpeakerCache | None = None,
) -> StoreOutcome:
    """Store one article with its statements (extracted here unless given). The caller commits.

    ``link`` resolves speakers and links claims; ``link_claims=False`` leaves claim linking
    to the caller (a batch links everything it stored at the end, in bulk). ``speakers``
    is a batch's :class:`~tracker.services.speakers_cache.SpeakerCache`, kept across its
    articles (the caller clears it when a transaction fails).
    """
    digest = body_hash(record.text)
    existing = _find_existing(session, record, digest)
    if existing is not None and existing.content_hash == digest:
        return StoreOutcome("unchanged", existing.id)
    if statements is None:
        statements = extract_statements(record)
    outlet = _outlet(session, record.outlet, record.language, record.url)
    rows = [Statement(**statement_values(st, ordinal)) for ordinal, st in enumerate(statements)]
    if existing is None:
        # An empty collection now: the speaker lookups may flush the article before its
        # statements are added, and a flushed article would load them with a query.
        article = Article(statements=[])
        _fill_article(article, record, digest, outlet)
        session.add(article)
        status: Status = "ingested"
    else:
        article = existing
        old = list(article.statements)
        _carry_reviews(old, rows)
        review_keys = {review.id: st.content_key for st in old for review in st.reviews}
        decisions = _human_link_decisions(old)
        old_claims = {link.claim_id for st in old for link in st.links}
        for statement in old:
            article.statements.remove(statement)
        session.flush()
        _fill_article(article, record, digest, outlet)
        status = "updated"
    if link:
        # Before the rows are inserted, so each goes in with its speaker (no UPDATE after).
        _resolve(session, article, list(zip(rows, statements, strict=True)), speakers)
    article.statements.extend(rows)
    session.flush()
    if status == "updated":
        _move_review_log(session, review_keys, rows)
        _restore_link_decisions(session, decisions, rows, old_claims)
    if link and link_claims and rows:
        from tracker.services.claims import link_statements

        # Statements whose human claim decisions were carried over are linked already.
        link_statements(session, rows)
    return StoreOutcome(status, article.id, tuple(row.id for row in rows))


def _move_review_log(session: Session, review_keys: dict[int, str], new: list[Statement]) -> None:
    """Point the audit-log rows of re-extracted statements at their successors (or keep them unattached)."""
    successor = {st.content_key: st.id for st in new}
    for review_id, key in review_keys.items():
        session.execute(
            update(Review)
            .where(Review.id == review_id)
            .values(content_key=key, statement_id=successor.get(key))
        )


def _human_link_decisions(old: list[Statement]) -> dict[str, list[dict]]:
    """The claim links a person decided (confirmed, rejected, split) for statements about to be replaced."""
    kept: dict[str, list[dict]] = {}
    for statement in old:
        for link in statement.links:
            if link.decided_by:
                kept.setdefault(statement.content_key, []).append(
                    {
                        "claim_id": link.claim_id,
                        "score": link.score,
                        "relation": link.relation,
                        "status": link.status,
                        "difference": link.difference,
                        "decided_by": link.decided_by,
                        "decided_at": link.decided_at,
                    }
                )
    return kept


def _restore_link_decisions(
    session: Session, decisions: dict[str, list[dict]], new: list[Statement], old_claims: set[int]
) -> None:
    """Re-attach those decisions to the re-extracted statements with the same speaker and content.

    Every claim the old statements appeared in is recounted (it may have lost an appearance).
    """
    from tracker.models import ClaimLink
    from tracker.services.claims import refresh_claims

    touched = set(old_claims)
    for statement in new:
        for values in decisions.get(statement.content_key, ()):
            session.add(ClaimLink(statement_id=statement.id, **values))
            touched.add(values["claim_id"])
    if touched:
        session.flush()
        refresh_claims(session, touched)
