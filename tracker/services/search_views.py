"""Statement views: the plain records search returns, loaded a page (or an export chunk) at once.

One query reads the statements with their article, outlet and speaker; three more read
the claims, fact-checks and roles of the whole page. Rows are read as tuples and views
are filled without running the frozen dataclass's ``__init__`` (which sets 37 fields one
``object.__setattr__`` at a time): an export of 100,000 statements spends its time
writing, not building records.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from tracker.models import (
    Article,
    Claim,
    ClaimLink,
    FactCheck,
    FactCheckMatch,
    Outlet,
    Speaker,
    SpeakerRole,
    Statement,
)
from tracker.search.filters import id_in_param, id_param_value


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


VIEW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StatementView))
_new_view = StatementView.__new__

_COLUMNS = (
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
    Speaker.name,
    Speaker.latin_name,
    Speaker.kind,
)
# Read once per article, not once per statement (an article holds several statements).
_ARTICLE_COLUMNS = (
    Article.id,
    Article.title,
    Article.url,
    Article.published_at,
    Article.published_offset,
    Article.published_date,
    Article.ingested_at,
    Article.archive_url,
    Outlet.name,
)


@dataclass(frozen=True)
class _Queries:
    """The queries that load a page of views, built once per dialect: building a
    24-column select and its cache key costs more than SQLite reading the page's rows
    (~0.5 ms of ~0.8 ms for ``rows`` at a million statements)."""

    rows: Select[Any]
    articles: Select[Any]
    claims: Select[Any]
    checks: Select[Any]  # by statement
    checks_or_claims: Select[Any]  # by statement or by the page's claims
    merged: Select[Any]
    roles: Select[Any]


@functools.cache
def _queries(dialect: str) -> _Queries:
    checks = select(
        FactCheckMatch.statement_id,
        FactCheckMatch.claim_id,
        FactCheck.id,
        FactCheck.publisher,
        FactCheck.review_date,
        FactCheck.rating,
    ).join(FactCheck, FactCheck.id == FactCheckMatch.fact_check_id)
    by_statement = id_in_param(FactCheckMatch.statement_id, dialect, "ids")
    check_order = (FactCheck.review_date, FactCheck.id)
    return _Queries(
        rows=select(*_COLUMNS)
        .outerjoin(Speaker, Speaker.id == Statement.speaker_id)
        .where(id_in_param(Statement.id, dialect, "ids")),
        articles=select(*_ARTICLE_COLUMNS)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(id_in_param(Article.id, dialect, "ids")),
        claims=select(
            ClaimLink.statement_id,
            Claim.id,
            Claim.appearance_count,
            Claim.canonical_text,
            Claim.first_statement_id,
            Claim.first_seen,
        )
        .join(Claim, Claim.id == ClaimLink.claim_id)
        .where(id_in_param(ClaimLink.statement_id, dialect, "ids"), ClaimLink.status != "rejected")
        # A confirmed link beats a suggestion; then the closest match.
        .order_by(ClaimLink.statement_id, (ClaimLink.status == "confirmed").desc(), ClaimLink.score.desc()),
        checks=checks.where(by_statement).order_by(*check_order),
        checks_or_claims=checks.where(
            or_(by_statement, id_in_param(FactCheckMatch.claim_id, dialect, "claim_ids"))
        ).order_by(*check_order),
        merged=select(Speaker.id, Speaker.merged_into_id).where(
            id_in_param(Speaker.merged_into_id, dialect, "ids")
        ),
        roles=select(
            SpeakerRole.id,
            SpeakerRole.speaker_id,
            SpeakerRole.title,
            SpeakerRole.first_seen,
            SpeakerRole.last_seen,
        ).where(id_in_param(SpeakerRole.speaker_id, dialect, "ids"), SpeakerRole.first_seen.is_not(None)),
    )


def load_views(session: Session, ids: Sequence[int]) -> list[StatementView]:
    """Views of the given statements, in the given order (unknown ids are skipped)."""
    if not ids:
        return []
    dialect = session.get_bind().dialect.name
    # Columns, not entities: no ORM objects enter the caller's identity map (a 100k export
    # stays small, and a session the caller uses for edits is left as it was).
    # Core execution on the session's connection: the ORM result layer costs more than
    # SQLite's own work on an export-sized chunk, and these rows are plain tuples anyway.
    queries = _queries(dialect)
    rows = session.connection().execute(queries.rows, {"ids": id_param_value(ids, dialect)}).all()
    articles = {
        a[0]: a[1:]
        for a in session.connection().execute(
            queries.articles, {"ids": id_param_value({r[15] for r in rows}, dialect)}
        )
    }
    claims = _claims_of(session, ids)
    checks = _fact_checks_of(session, ids, {c[0] for c in claims.values()})
    roles = roles_as_of(session, [(r[0], r[2], r[11]) for r in rows])
    by_id = {r[0]: _view((*r, *articles[r[15]]), claims.get(r[0]), checks, roles.get(r[0])) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _view(
    row: Sequence[Any], claim: Any, checks: dict[int, list[str]], role_then: str | None
) -> StatementView:
    (
        sid, version, speaker_id, speaker_name, mention, speaker_kind, role_mention, cue, content, quotes,
        kind, said_on, precision, basis, evidence, article_id, language, status, note, reviewer, reviewed_at,
        canonical, latin, canonical_kind, title, url, published_at, offset, published_date, ingested_at,
        archive_url, outlet,
    ) = row  # fmt: skip
    if published_at is not None and offset is not None:
        # Shown in the zone the source gave, so the article's own day reads right.
        published_at = published_at.astimezone(timezone(timedelta(minutes=offset)))
    from_article = said_on is None and published_date is not None
    if from_article:
        said_on = published_date
    fact_checks = checks.get(sid, [])
    if claim is not None and -claim[0] in checks:
        fact_checks = list(dict.fromkeys(fact_checks + checks[-claim[0]]))
    values = {
        "id": sid,
        "version": version,
        "speaker_id": speaker_id,
        "speaker_name": canonical or speaker_name,
        "speaker_mention": mention,
        "role": role_then or role_mention,
        "cue": cue,
        "content": content,
        "direct_quotes": [str(q[2]) for q in quotes if len(q) >= 3] if quotes else [],
        "kind": kind,
        "said_on": said_on,
        "said_on_precision": "day" if from_article else precision,
        "date_basis": "article" if from_article else basis,
        "date_evidence": evidence,
        "date_from_article": from_article,
        "article_id": article_id,
        "article_title": title,
        "article_url": url,
        "outlet": outlet,
        "published_at": published_at,
        "ingested_at": ingested_at,
        "archive_url": archive_url,
        "language": language,
        "review_status": status,
        "review_note": note,
        "reviewed_by": reviewer,
        "claim_id": claim[0] if claim else None,
        "claim_appearances": claim[1] if claim else 0,
        "fact_checks": list(fact_checks),
        "speaker_as_written": speaker_name,
        "speaker_latin": latin,
        "speaker_kind": canonical_kind or speaker_kind,
        "claim_text": claim[2] if claim else None,
        "claim_first_statement_id": claim[3] if claim else None,
        "claim_first_seen": claim[4] if claim else None,
        "reviewed_at": reviewed_at,
    }
    view = _new_view(StatementView)
    view.__dict__.update(values)  # every field set: see the module docstring, and the test
    return view


def roles_as_of(
    session: Session, rows: Sequence[tuple[int, int | None, date | None]]
) -> dict[int, str | None]:
    """statement id -> the speaker's role on its date, for (statement id, speaker id, date) rows.

    Mirrors helper 5's ``tracker.services.speakers.role_as_of`` (a role seen around the
    date, else the latest seen before it; roles of speakers merged into this one count)
    with three queries per page instead of two per statement: a 100k export cannot
    afford 200k queries. ``tests/test_search_roles.py`` checks the two agree. Empty
    when speaker resolution is not installed.
    """
    try:
        from tracker.services.speakers import role_as_of  # noqa: F401 - presence check
    except ImportError:
        return {}
    wanted = [(sid, speaker, on) for sid, speaker, on in rows if speaker is not None and on is not None]
    if not wanted:
        return {}
    dialect = session.get_bind().dialect.name
    root_of: dict[int, set[int]] = {}  # speaker -> the page's speakers it counts for
    frontier = {speaker for _, speaker, _ in wanted}
    for sid in frontier:
        root_of[sid] = {sid}
    while frontier:  # speakers merged into these (and into those, ...)
        merged = (
            session.connection()
            .execute(_queries(dialect).merged, {"ids": id_param_value(frontier, dialect)})
            .all()
        )
        frontier = set()
        for child, parent in merged:
            if child not in root_of:
                frontier.add(child)
                root_of[child] = set()
            root_of[child] |= root_of[parent]
    roles_by_root: dict[int, list[Any]] = {}
    for role in (
        session.connection().execute(_queries(dialect).roles, {"ids": id_param_value(root_of, dialect)}).all()
    ):
        for root in root_of[role.speaker_id]:
            roles_by_root.setdefault(root, []).append(role)
    found: dict[int, str | None] = {}
    for sid, speaker, on in wanted:
        roles = roles_by_root.get(speaker, [])
        covering = [x for x in roles if x.first_seen <= on <= (x.last_seen or x.first_seen)]
        if covering:
            found[sid] = max(covering, key=lambda x: (x.first_seen, x.id)).title
            continue
        before = [x for x in roles if x.first_seen <= on]
        found[sid] = max(before, key=lambda x: (x.last_seen or x.first_seen, x.id)).title if before else None
    return found


def _claims_of(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[int, int, str, int | None, date | None]]:
    """statement id -> (claim id, appearances, canonical text, first statement, first seen)."""
    dialect = session.get_bind().dialect.name
    rows = session.connection().execute(_queries(dialect).claims, {"ids": id_param_value(ids, dialect)}).all()
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
    dialect = session.get_bind().dialect.name
    params: dict[str, Any] = {"ids": id_param_value(wanted, dialect)}
    query = _queries(dialect).checks
    if claim_ids:
        query = _queries(dialect).checks_or_claims
        params["claim_ids"] = id_param_value(claim_ids, dialect)
    found: dict[int, list[str]] = {}
    for sid, cid, _fid, publisher, review_date, rating in session.connection().execute(query, params).all():
        described = describe_fact_check(publisher, review_date, rating)
        keys = ([sid] if sid in wanted else []) + ([-cid] if cid is not None and cid in claim_ids else [])
        for key in keys:
            if described not in found.setdefault(key, []):
                found[key].append(described)
    return found
