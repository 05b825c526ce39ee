"""The ORM: SQLAlchemy 2.0 typed models of the store.

One ``DeclarativeBase`` whose metadata carries a naming convention, so constraint names
are stable across SQLite and PostgreSQL and Alembic can alter them. Models never commit:
the caller owns the session and the transaction (see ``tracker.services``).

Rows that people edit concurrently (statements under review, speakers, aliases, claim
links) carry a ``version`` column used as SQLAlchemy's ``version_id_col``: a stale write
raises ``StaleDataError`` instead of silently overwriting a colleague's change.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REVIEW_STATUSES = ("unreviewed", "verified", "disputed", "misattributed", "misquoted", "not_a_claim")
LINK_RELATIONS = ("same", "variant", "possible_misquote")
LINK_STATUSES = ("suggested", "confirmed", "rejected")
ALIAS_KINDS = ("full_name", "surname", "role", "transliteration", "user", "short_name")


def utcnow() -> datetime:
    return datetime.now(UTC)


class TZDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp stored in UTC on every backend.

    SQLite has no time zone type and would hand back naive wall-clock times; storing UTC
    and re-attaching it on the way out keeps instants exact on SQLite and PostgreSQL alike.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: store timezone-aware times only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {dict[str, Any]: JSON, list[Any]: JSON}


class Outlet(Base):
    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(200), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str | None] = mapped_column(String(64))

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")

    def __repr__(self) -> str:
        return f"Outlet(id={self.id!r}, name={self.name!r})"


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id", ondelete="SET NULL"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(TZDateTime(), index=True)
    #: The offset the source gave the publication time in, in minutes (UTC+03:00 = 180), so the
    #: article's own calendar day can be shown: published_at alone is stored in UTC.
    published_offset: Mapped[int | None] = mapped_column(Integer)
    #: The article's own calendar day (in the zone the source gave): what "the article date"
    #: means for statement-date fallbacks and date filters.
    published_date: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    author: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    #: SHA-256 of the normalised body: the identity of an article without a URL.
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_path: Mapped[str | None] = mapped_column(Text)
    input_format: Mapped[str | None] = mapped_column(String(16))
    captions: Mapped[list[Any]] = mapped_column(default=list)
    subheadings: Mapped[list[Any]] = mapped_column(default=list)
    related_links: Mapped[list[Any]] = mapped_column(default=list)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    archive_url: Mapped[str | None] = mapped_column(String(2000))
    ingested_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles")
    statements: Mapped[list[Statement]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def published_local(self) -> datetime | None:
        """The publication time in the zone the source gave it in."""
        if self.published_at is None:
            return None
        if self.published_offset is None:
            return self.published_at
        return self.published_at.astimezone(timezone(timedelta(minutes=self.published_offset)))

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, title={(self.title or '')[:40]!r})"


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    #: tracker.normalize.fold(name): the key for exact matching across spelling variants.
    name_norm: Mapped[str] = mapped_column(String(500), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")
    latin_name: Mapped[str | None] = mapped_column(String(500))
    #: Cross-script romanisation key (see tracker.speakers).
    search_key: Mapped[str | None] = mapped_column(String(500), index=True)
    external_id: Mapped[str | None] = mapped_column(String(64), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Set when merged into another speaker; ``split`` clears it again.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )
    roles: Mapped[list[SpeakerRole]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__: ClassVar = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"Speaker(id={self.id!r}, name={self.name!r}, kind={self.kind!r})"


class SpeakerAlias(Base):
    __tablename__ = "speaker_aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "alias_norm"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500))
    alias_norm: Mapped[str] = mapped_column(String(500), index=True)
    search_key: Mapped[str | None] = mapped_column(String(500), index=True)
    script: Mapped[str] = mapped_column(String(16), default="arabic")
    kind: Mapped[str] = mapped_column(String(20), default="full_name")
    #: Where the alias came from: gazetteer, extracted, user.
    source: Mapped[str] = mapped_column(String(16), default="extracted")
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")

    def __repr__(self) -> str:
        return f"SpeakerAlias(id={self.id!r}, alias={self.alias!r}, kind={self.kind!r})"


class SpeakerRole(Base):
    __tablename__ = "speaker_roles"
    __table_args__ = (UniqueConstraint("speaker_id", "title_norm"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    title_norm: Mapped[str] = mapped_column(String(500))
    organization: Mapped[str | None] = mapped_column(String(500))
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)

    speaker: Mapped[Speaker] = relationship(back_populates="roles")

    def __repr__(self) -> str:
        return f"SpeakerRole(id={self.id!r}, title={self.title!r})"


class SpeakerMerge(Base):
    """A merge of one speaker into another, kept so that ``split`` can undo it exactly."""

    __tablename__ = "speaker_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    statement_ids: Mapped[list[Any]] = mapped_column(default=list)
    alias_ids: Mapped[list[Any]] = mapped_column(default=list)
    role_ids: Mapped[list[Any]] = mapped_column(default=list)
    merged_by: Mapped[str | None] = mapped_column(String(200))
    merged_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(TZDateTime())

    def __repr__(self) -> str:
        return f"SpeakerMerge(id={self.id!r}, kept={self.kept_id!r}, merged={self.merged_id!r})"


class Statement(Base):
    __tablename__ = "statements"
    __table_args__ = (
        Index("ix_statements_said_on_id", "said_on", "id"),
        Index("ix_statements_speaker_said_on", "speaker_id", "said_on"),
        # "Latest first" pages under a filter walk these in order and stop after one page.
        Index("ix_statements_status_said_on", "review_status", "said_on", "id"),
        Index("ix_statements_language_said_on", "language", "said_on", "id"),
        Index("ix_statements_speaker_name_id", "speaker_name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    #: Position in the article (0-based, reading order).
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    speaker_name: Mapped[str] = mapped_column(String(500))
    speaker_mention: Mapped[str | None] = mapped_column(String(500))
    speaker_kind: Mapped[str] = mapped_column(String(16), default="person")
    role_mention: Mapped[str | None] = mapped_column(String(500))
    cue: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    #: tracker.normalize.fold(content): the shadow column that search and matching read.
    content_norm: Mapped[str] = mapped_column(Text)
    #: SHA-256 of content_norm + speaker: lets a re-extraction keep reviews of unchanged statements.
    content_key: Mapped[str] = mapped_column(String(64), index=True)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue_start: Mapped[int] = mapped_column(Integer)
    cue_end: Mapped[int] = mapped_column(Integer)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    #: [[start, end, text], ...] of verbatim quoted parts.
    direct_quotes: Mapped[list[Any]] = mapped_column(default=list)
    kind: Mapped[str] = mapped_column(String(8), default="indirect", index=True)
    said_on: Mapped[date | None] = mapped_column(Date)
    said_on_precision: Mapped[str | None] = mapped_column(String(8))
    date_basis: Mapped[str] = mapped_column(String(10), default="none")
    date_evidence: Mapped[str | None] = mapped_column(Text)
    via: Mapped[str | None] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8), default="ar")
    method: Mapped[str] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    extractor_version: Mapped[str] = mapped_column(String(32))
    review_status: Mapped[str] = mapped_column(String(16), default="unreviewed")
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[Article] = relationship(back_populates="statements")
    speaker: Mapped[Speaker | None] = relationship()
    links: Mapped[list[ClaimLink]] = relationship(
        back_populates="statement", cascade="all, delete-orphan", passive_deletes=True
    )
    reviews: Mapped[list[Review]] = relationship(back_populates="statement", order_by="Review.id")

    __mapper_args__: ClassVar = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"Statement(id={self.id!r}, speaker={self.speaker_name!r}, content={self.content[:40]!r})"


class StatementTerm(Base):
    """Inverted index for claim linking: a statement's rarest normalised terms."""

    __tablename__ = "statement_terms"

    term: Mapped[str] = mapped_column(String(100), primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    def __repr__(self) -> str:
        return f"StatementTerm(term={self.term!r}, statement_id={self.statement_id!r})"


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_text: Mapped[str] = mapped_column(Text)
    canonical_norm: Mapped[str] = mapped_column(Text)
    first_statement_id: Mapped[int | None] = mapped_column(ForeignKey("statements.id", ondelete="SET NULL"))
    first_seen: Mapped[date | None] = mapped_column(Date, index=True)
    appearance_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    outlet_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)
    #: Raised by every change to the claim or its links (tracker.services.claims_review):
    #: split and merge compare it with the version a reviewer saw. Not a mapper version
    #: counter, so the linker's concurrent count updates never fail an ingest.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    links: Mapped[list[ClaimLink]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Claim(id={self.id!r}, text={self.canonical_text[:40]!r})"


class ClaimLink(Base):
    __tablename__ = "claim_links"
    __table_args__ = (UniqueConstraint("statement_id", "claim_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    relation: Mapped[str] = mapped_column(String(20), default="same")
    status: Mapped[str] = mapped_column(String(12), default="suggested", index=True)
    #: Why the relation is not "same": the differing numbers, negation, entities, or a word diff.
    difference: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    statement: Mapped[Statement] = relationship(back_populates="links")
    claim: Mapped[Claim] = relationship(back_populates="links")

    __mapper_args__: ClassVar = {"version_id_col": version}

    def __repr__(self) -> str:
        return f"ClaimLink(statement={self.statement_id!r}, claim={self.claim_id!r}, {self.relation}/{self.status})"


class Review(Base):
    """Append-only audit log of review decisions: rows are added, never changed."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"), index=True
    )
    #: Survives re-extraction: reviews follow the statement with the same content key.
    content_key: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))
    previous_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)

    statement: Mapped[Statement | None] = relationship(back_populates="reviews")

    def __repr__(self) -> str:
        return f"Review(id={self.id!r}, statement={self.statement_id!r}, status={self.status!r})"


class FactCheck(Base):
    """An existing fact-check imported from ClaimReview records."""

    __tablename__ = "fact_checks"
    __table_args__ = (UniqueConstraint("review_url", "claim_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_text: Mapped[str] = mapped_column(Text)
    claim_norm: Mapped[str] = mapped_column(Text)
    claim_hash: Mapped[str] = mapped_column(String(64))
    claimant: Mapped[str | None] = mapped_column(String(500))
    claim_date: Mapped[date | None] = mapped_column(Date)
    publisher: Mapped[str | None] = mapped_column(String(200))
    review_url: Mapped[str] = mapped_column(String(2000), default="")
    review_date: Mapped[date | None] = mapped_column(Date)
    rating: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    imported_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return f"FactCheck(id={self.id!r}, publisher={self.publisher!r}, rating={self.rating!r})"


class FactCheckMatch(Base):
    """A stored claim or statement that an imported fact-check appears to have checked."""

    __tablename__ = "fact_check_matches"
    __table_args__ = (UniqueConstraint("fact_check_id", "statement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_check_id: Mapped[int] = mapped_column(ForeignKey("fact_checks.id", ondelete="CASCADE"), index=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    score: Mapped[float] = mapped_column(Float)

    def __repr__(self) -> str:
        return f"FactCheckMatch(fact_check={self.fact_check_id!r}, statement={self.statement_id!r})"
