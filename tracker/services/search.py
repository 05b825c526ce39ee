"""Searching statements: filters in, plain :class:`StatementView` records out.

The app and the CLI both call :func:`search_statements` (a page), :func:`count_statements`
and :func:`iter_statements` (every match, streamed in chunks, for exports of 100k+
rows). A view is a frozen record built from the row and its article, speaker, claim and
fact-checks, so it can be handed to another thread once the session is gone.

Speaker queries go through helper 5's ``tracker.services.speakers.speaker_ids_matching``
(cross-script) when it exists, else fold-equality on names and aliases. The role shown
is the role the speaker held on the statement's date when ``role_as_of`` exists, else
the role the article gave.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, or_, select, text
from sqlalchemy.orm import Session

from tracker.models import Article, Claim, ClaimLink, FactCheck, FactCheckMatch, Outlet, Speaker, Statement
from tracker.search import FulltextMode, StatementFilter, count_select, statement_ids_select

__all__ = [
    "StatementFilter",
    "StatementView",
    "count_statements",
    "fulltext_mode",
    "fulltext_warning",
    "iter_statements",
    "search_statements",
]

log = logging.getLogger(__name__)

CHUNK = 500
SPEAKER_MATCH_LIMIT = 200
#: A few Arabic words (already folded) that PostgreSQL's parser must see as two lexemes.
_PROBE = "الاسد قال"


@dataclass(frozen=True)
class StatementView:
    """One statement with everything a reviewer or a citation needs; no ORM objects inside."""

    id: int
    version: int
    speaker_id: int | None
    speaker_name: str  # canonical (the resolved speaker's name, else the name as written)
    speaker_mention: str | None  # the words at this statement ("المتحدثة", "he", ...)
    role: str | None  # as of the statement's date
    cue: str
    content: str
    direct_quotes: list[str]
    kind: str
    said_on: date | None  # the statement's date, else the article's (see date_from_article)
    said_on_precision: str | None
    date_basis: str
    date_evidence: str | None
    date_from_article: bool
    article_id: int
    article_title: str | None
    article_url: str | None
    outlet: str | None
    published_at: datetime | None
    ingested_at: datetime | None
    archive_url: str | None
    language: str
    review_status: str
    review_note: str | None
    reviewed_by: str | None
    claim_id: int | None
    claim_appearances: int
    fact_checks: list[str] = field(default_factory=list)
    # Beyond the shared contract: what citations need.
    speaker_as_written: str = ""  # the fullest name the article gave
    speaker_latin: str | None = None
    speaker_kind: str = "person"
    claim_text: str | None = None
    claim_first_statement_id: int | None = None
    claim_first_seen: date | None = None
    reviewed_at: datetime | None = None

    def said_on_iso(self) -> str | None:
        """The date at its known precision: 2025-02-06, 2025-02 or 2025."""
        if self.said_on is None:
            return None
        if self.said_on_precision == "year":
            return f"{self.said_on.year:04d}"
        if self.said_on_precision == "month":
            return f"{self.said_on.year:04d}-{self.said_on.month:02d}"
        return self.said_on.isoformat()


# --- full-text capability, probed once per engine -------------------------------------

_MODES: weakref.WeakKeyDictionary[Engine, tuple[FulltextMode, str | None]] = weakref.WeakKeyDictionary()


def _probe(session: Session) -> tuple[FulltextMode, str | None]:
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        found = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = 'statements_fts' AND type = 'table'")
        ).first()
        if found:
            return "fts5", None
        return "like", "warning: the full-text table statements_fts is missing; text search scans every statement"
    if bind.dialect.name == "postgresql":
        ctype = session.execute(text("SHOW lc_ctype")).scalar()
        lexemes = session.execute(
            text("SELECT cardinality(tsvector_to_array(to_tsvector('simple'::regconfig, :probe)))"),
            {"probe": _PROBE},
        ).scalar()
        if lexemes == len(_PROBE.split()):
            note = None
            if str(ctype).upper() in {"C", "POSIX"}:
                note = (
                    f"note: this database's LC_CTYPE is {ctype}: pg_trgm would index no Arabic, "
                    "so text search uses the 'simple' tsvector index (which reads Arabic)"
                )
            return "tsvector", note
        return "like", (
            f"warning: PostgreSQL (LC_CTYPE={ctype}) splits no Arabic words for full-text search "
            "here; text search falls back to LIKE and scans every statement"
        )
    return "like", None


def fulltext_mode(session: Session) -> FulltextMode:
    """How this database answers text queries: fts5 (SQLite), tsvector (PostgreSQL) or like."""
    engine = session.get_bind().engine
    if engine not in _MODES:
        _MODES[engine] = _probe(session)
        if _MODES[engine][1]:
            log.warning(_MODES[engine][1])
    return _MODES[engine][0]


def fulltext_warning(session: Session) -> str | None:
    """A line to show the user when text search is degraded (or works around the locale)."""
    fulltext_mode(session)
    return _MODES[session.get_bind().engine][1]


# --- optional collaborators (helper 5) ------------------------------------------------


def _speaker_ids(session: Session, query: str) -> list[int] | None:
    try:
        from tracker.services.speakers import speaker_ids_matching
    except ImportError:
        return None
    return list(speaker_ids_matching(session, query, limit=SPEAKER_MATCH_LIMIT))


def _role_lookup() -> Any:
    try:
        from tracker.services.speakers import role_as_of
    except ImportError:
        return None
    return role_as_of


# --- queries -----------------------------------------------------------------------------


def _ids_select(session: Session, filt: StatementFilter, *, counting: bool = False):  # type: ignore[no-untyped-def]
    speaker_ids = _speaker_ids(session, filt.speaker) if filt.speaker else None
    kwargs = {
        "dialect": session.get_bind().dialect.name,
        "fulltext": fulltext_mode(session) if filt.text else "like",
        "speaker_ids": speaker_ids,
    }
    return count_select(filt, **kwargs) if counting else statement_ids_select(filt, **kwargs)


def search_statements(
    session: Session, filt: StatementFilter, *, limit: int = 50, offset: int = 0
) -> list[StatementView]:
    """One page of matching statements, in ``filt.sort`` order."""
    ids = list(session.scalars(_ids_select(session, filt).limit(limit).offset(offset)))
    return load_views(session, ids)


def count_statements(session: Session, filt: StatementFilter) -> int:
    return int(session.scalar(_ids_select(session, filt, counting=True)) or 0)


def iter_statements(session: Session, filt: StatementFilter) -> Iterator[StatementView]:
    """Every matching statement, in order, loaded CHUNK at a time.

    The ids are read first (a million ints is a few MB), so the loading queries never
    run while a server-side cursor is open on the same connection.
    """
    ids = list(session.scalars(_ids_select(session, filt)))
    for start in range(0, len(ids), CHUNK):
        yield from load_views(session, ids[start : start + CHUNK])


def load_views(session: Session, ids: Sequence[int]) -> list[StatementView]:
    """Views of the given statements, in the given order (unknown ids are skipped)."""
    if not ids:
        return []
    # Columns, not entities: no ORM objects enter the caller's identity map (a 100k export
    # stays small, and a session the caller uses for edits is left as it was).
    rows = session.execute(
        select(
            *_STATEMENT_COLUMNS,
            Article.title,
            Article.url,
            Article.published_at,
            Article.ingested_at,
            Article.archive_url,
            Outlet.name.label("outlet_name"),
            Speaker.name.label("canonical_name"),
            Speaker.latin_name,
            Speaker.kind.label("canonical_kind"),
        )
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == Statement.speaker_id)
        .where(Statement.id.in_(list(ids)))
    ).all()
    claims = _claims_of(session, ids)
    checks = _fact_checks_of(session, ids, {c[0] for c in claims.values()})
    role_as_of = _role_lookup()
    by_id: dict[int, StatementView] = {}
    for r in rows:
        by_id[r.id] = _view(session, r, claims.get(r.id), checks, role_as_of)
    return [by_id[i] for i in ids if i in by_id]


def _view(session: Session, r: Any, claim: Any, checks: dict[int, list[str]], role_as_of: Any) -> StatementView:
    said_on, from_article = r.said_on, False
    if said_on is None and r.published_at is not None:
        said_on, from_article = r.published_at.date(), True
    role = r.role_mention
    if role_as_of is not None and r.speaker_id is not None and r.said_on is not None:
        role = role_as_of(session, r.speaker_id, r.said_on) or role
    fact_checks = checks.get(r.id, []) + (checks.get(-claim[0], []) if claim else [])
    return StatementView(
        id=r.id,
        version=r.version,
        speaker_id=r.speaker_id,
        speaker_name=r.canonical_name or r.speaker_name,
        speaker_mention=r.speaker_mention,
        role=role,
        cue=r.cue,
        content=r.content,
        direct_quotes=[str(q[2]) for q in (r.direct_quotes or []) if len(q) >= 3],
        kind=r.kind,
        said_on=said_on,
        said_on_precision="day" if from_article else r.said_on_precision,
        date_basis="article" if from_article else r.date_basis,
        date_evidence=r.date_evidence,
        date_from_article=from_article,
        article_id=r.article_id,
        article_title=r.title,
        article_url=r.url,
        outlet=r.outlet_name,
        published_at=r.published_at,
        ingested_at=r.ingested_at,
        archive_url=r.archive_url,
        language=r.language,
        review_status=r.review_status,
        review_note=r.review_note,
        reviewed_by=r.reviewed_by,
        claim_id=claim[0] if claim else None,
        claim_appearances=claim[1] if claim else 0,
        fact_checks=list(dict.fromkeys(fact_checks)),
        speaker_as_written=r.speaker_name,
        speaker_latin=r.latin_name,
        speaker_kind=r.canonical_kind or r.speaker_kind,
        claim_text=claim[2] if claim else None,
        claim_first_statement_id=claim[3] if claim else None,
        claim_first_seen=claim[4] if claim else None,
        reviewed_at=r.reviewed_at,
    )


_STATEMENT_COLUMNS = (
    Statement.id,
    Statement.version,
    Statement.speaker_id,
    Statement.speaker_name,
    Statement.speaker_mention,
    Statement.speaker_kind,
    Statement.role_mention,
    Statement.cue,
    Statement.content,
    Statement.direct_quotes,
    Statement.kind,
    Statement.said_on,
    Statement.said_on_precision,
    Statement.date_basis,
    Statement.date_evidence,
    Statement.article_id,
    Statement.language,
    Statement.review_status,
    Statement.review_note,
    Statement.reviewed_by,
    Statement.reviewed_at,
)


def _claims_of(session: Session, ids: Sequence[int]) -> dict[int, tuple[int, int, str, int | None, date | None]]:
    """statement id -> (claim id, appearances, canonical text, first statement, first seen)."""
    rows = session.execute(
        select(
            ClaimLink.statement_id,
            Claim.id,
            Claim.appearance_count,
            Claim.canonical_text,
            Claim.first_statement_id,
            Claim.first_seen,
        )
        .join(Claim, Claim.id == ClaimLink.claim_id)
        .where(ClaimLink.statement_id.in_(list(ids)), ClaimLink.status != "rejected")
        # A confirmed link beats a suggestion; then the closest match.
        .order_by(ClaimLink.statement_id, (ClaimLink.status == "confirmed").desc(), ClaimLink.score.desc())
    ).all()
    found: dict[int, tuple[int, int, str, int | None, date | None]] = {}
    for sid, cid, count, canonical, first_id, first_seen in rows:
        found.setdefault(sid, (cid, count or 0, canonical, first_id, first_seen))
    return found


def describe_fact_check(publisher: str | None, review_date: date | None, rating: str | None) -> str:
    """'already checked by Misbar on 2024-03-02: false' (parts omitted when unknown)."""
    said = f"already checked by {publisher or 'a fact-checker'}"
    if review_date is not None:
        said += f" on {review_date.isoformat()}"
    return said + (f": {rating}" if rating else "")


def _fact_checks_of(session: Session, ids: Sequence[int], claim_ids: set[int]) -> dict[int, list[str]]:
    """statement id -> descriptions; a claim's checks are keyed by -claim_id (they cover every appearance)."""
    wanted = set(ids)
    condition = FactCheckMatch.statement_id.in_(list(wanted))
    if claim_ids:
        condition = or_(condition, FactCheckMatch.claim_id.in_(list(claim_ids)))
    query = (
        select(
            FactCheckMatch.statement_id,
            FactCheckMatch.claim_id,
            FactCheck.id,
            FactCheck.publisher,
            FactCheck.review_date,
            FactCheck.rating,
        )
        .join(FactCheck, FactCheck.id == FactCheckMatch.fact_check_id)
        .where(condition)
        .order_by(FactCheck.review_date, FactCheck.id)
    )
    found: dict[int, list[str]] = {}
    for sid, cid, _fid, publisher, review_date, rating in session.execute(query).all():
        described = describe_fact_check(publisher, review_date, rating)
        keys = ([sid] if sid in wanted else []) + ([-cid] if cid is not None and cid in claim_ids else [])
        for key in keys:
            if described not in found.setdefault(key, []):
                found[key].append(described)
    return found
