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

import json
import logging
import weakref
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from tracker.models import Article, Statement
from tracker.search import (
    FulltextMode,
    StatementFilter,
    check_filter,
    count_select,
    normalise_status,
    outlet_articles,
    parse_query,
    statement_ids_select,
)
from tracker.search.textquery import TextQuery, fts5_match, fts5_phrase, keep_alternatives
from tracker.services.search_views import StatementView, describe_fact_check, load_views, roles_as_of

__all__ = [
    "StatementFilter",
    "StatementView",
    "count_statements",
    "describe_fact_check",
    "fulltext_mode",
    "fulltext_warning",
    "iter_statements",
    "load_views",
    "roles_as_of",
    "search_statements",
]

log = logging.getLogger(__name__)

CHUNK = 2000
#: Up to this many full-text matches drive the query themselves (see _text_plan).
TEXT_PROBE = 2000
#: A status filter keeping more rows than this is read through the date index (see filters._broad).
COMMON_STATUS = 5000
#: Walk the sort index when a page should be filled within this many rows (see _walk_is_cheap).
WALK_ROWS = 1500
#: The outlet test per row is a lookup in a small set of article ids, cheaper than the text
#: test: walking up to this many rows beats sorting all of a mid-sized outlet's statements
#: (measured at 1M statements: an outlet with 1/60 of the articles, p95 30 ms -> 15 ms).
OUTLET_WALK_ROWS = 6000
SPEAKER_MATCH_LIMIT = 200
# One JSON array rather than 2,000 rows: the rows cost more in Python than in SQLite.
_PROBE_SQL = text(
    "SELECT json_group_array(rowid) FROM "
    "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH :q LIMIT :n)"
)
_PRESENT = text(
    "SELECT value FROM json_each(:phrases) "
    "WHERE EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH json_each.value)"
)
_COUNT_SQL = text("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH :q")
#: A few Arabic words (already folded) that PostgreSQL's parser must see as two lexemes.
_PROBE = "الاسد قال"


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
        return (
            "like",
            "warning: the full-text table statements_fts is missing; text search scans every statement",
        )
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


# --- queries -----------------------------------------------------------------------------


def _walk_is_cheap(top: int | None, density: float, rows: int = WALK_ROWS) -> bool:
    """Whether reading the sort index in order finds ``top`` matching rows soon enough."""
    return top is not None and density > 0 and top / density <= rows


def _present_phrases(session: Session, query: TextQuery) -> set[str]:
    """The one-word alternatives (as FTS5 phrases) that some indexed word matches.

    A query word has up to 21 attached forms and most are absent from any statement;
    each absent one is still a branch FTS5 steps through at every match of the others.
    Every prefix of up to 12 characters has an FTS5 prefix index (revision 0005), so
    each test is one index lookup: all of them take ~0.2 ms.
    """
    phrases = {
        fts5_phrase(words, term.prefix)
        for term in query.terms
        for words in term.alternatives
        if len(words) == 1
    }
    if not phrases:
        return set()
    found = session.execute(_PRESENT, {"phrases": json.dumps(sorted(phrases))}).scalars()
    return set(found)


def _text_plan(
    session: Session, filt: StatementFilter, mode: FulltextMode, top: int | None
) -> tuple[FulltextMode, list[int] | None, TextQuery | None]:
    """How SQLite answers the text filter: (mode, the matching ids when few, the query).

    The query comes back without the attached forms no statement has (same answers,
    fewer branches for FTS5 or LIKE to test), and with no words at all (no ids) when a
    term has no form left. SQLite's planner cannot size a full-text match (FTS5 gives no
    estimate), so a probe of the first TEXT_PROBE matches decides. Few matches: they
    drive the query. Many: the rowid the probe stopped at says how dense they are; dense
    enough, and walking the sort index testing each row with LIKE fills a page after a
    few hundred rows (same meaning as the index, see tracker.search.textquery);
    otherwise the full-text matches are collected once and the sort index walked
    against them.
    """
    if mode != "fts5" or not filt.text:
        return mode, None, None
    parsed = parse_query(filt.text)
    if not parsed:
        return mode, None, None
    pruned = keep_alternatives(parsed, _present_phrases(session, parsed))
    if pruned is None:
        return mode, [], None
    probe: list[int] = json.loads(session.scalar(_PROBE_SQL, {"q": fts5_match(pruned), "n": TEXT_PROBE + 1}))
    if len(probe) <= TEXT_PROBE:
        return mode, probe, pruned
    # FTS5 returns the lowest rowids first: TEXT_PROBE matches among the first max(probe) ids.
    if _walk_is_cheap(top, len(probe) / max(max(probe) - min(probe) + 1, 1)):
        return "like", None, pruned
    return mode, None, pruned


def _common_status(session: Session, filt: StatementFilter) -> bool:
    """Whether the status filter keeps many rows (SQLite only: an index-only count decides)."""
    if not filt.status or session.get_bind().dialect.name != "sqlite":
        return False
    status = normalise_status(filt.status)
    inner = select(Statement.id).where(Statement.review_status == status).limit(COMMON_STATUS + 1).subquery()
    return (session.scalar(select(func.count()).select_from(inner)) or 0) > COMMON_STATUS


def _common_outlet(session: Session, filt: StatementFilter, top: int | None) -> bool:
    """Whether an outlet has a large enough share of the articles to walk the date index."""
    if not filt.outlet or session.get_bind().dialect.name != "sqlite":
        return False
    articles = session.scalar(select(func.count()).select_from(outlet_articles(filt.outlet).subquery())) or 0
    total = session.scalar(select(func.max(Article.id))) or 0
    return _walk_is_cheap(top, articles / total if total else 0.0, OUTLET_WALK_ROWS)


def _builder_args(session: Session, filt: StatementFilter, top: int | None = None) -> dict[str, Any]:
    """What the SQL builder needs beyond the filter; ``top`` = rows wanted (None: all of them)."""
    check_filter(filt)
    mode, text_ids, text_query = _text_plan(
        session, filt, fulltext_mode(session) if filt.text else "like", top
    )
    return {
        "dialect": session.get_bind().dialect.name,
        "fulltext": mode,
        "speaker_ids": _speaker_ids(session, filt.speaker) if filt.speaker else None,
        "text_ids": text_ids,
        "text_query": text_query,
        "common_status": _common_status(session, filt),
        "common_outlet": _common_outlet(session, filt, top),
    }


def _page_ids(session: Session, filt: StatementFilter, limit: int, offset: int) -> list[int]:
    args = _builder_args(session, filt, top=offset + limit)
    if (filt.since or filt.until) and filt.sort.lstrip("-") == "said_on":
        # Undated statements sort after dated ones: read them only when the dated run out.
        dated = statement_ids_select(filt, part="dated", **args)
        ids = list(session.scalars(dated.limit(limit).offset(offset)))
        if len(ids) == limit:
            return ids
        if ids:  # the page began inside the dated run: go on from the first undated row
            undated_offset = 0
        else:  # the page begins past the dated run: skip the undated rows earlier pages showed
            n_dated = session.scalar(select(func.count()).select_from(dated.order_by(None).subquery())) or 0
            undated_offset = offset - n_dated
        undated = statement_ids_select(filt, part="undated", **args)
        return ids + list(session.scalars(undated.limit(limit - len(ids)).offset(undated_offset)))
    query = statement_ids_select(filt, top=offset + limit, **args)
    return list(session.scalars(query.limit(limit).offset(offset)))


def search_statements(
    session: Session, filt: StatementFilter, *, limit: int = 50, offset: int = 0
) -> list[StatementView]:
    """One page of matching statements, in ``filt.sort`` order."""
    return load_views(session, _page_ids(session, filt, limit, offset))


def count_statements(session: Session, filt: StatementFilter) -> int:
    args = _builder_args(session, filt)
    if args["fulltext"] == "fts5" and args["text_query"] is not None and _text_only(filt):
        # The full-text table holds exactly the statements (triggers keep it in step): count
        # there, not by walking a million statements for the ids of a text query (~0.2 s).
        if args["text_ids"] is not None:
            return len(args["text_ids"])
        return int(session.scalar(_COUNT_SQL, {"q": fts5_match(args["text_query"])}) or 0)
    return int(session.scalar(count_select(filt, **args)) or 0)


def _text_only(filt: StatementFilter) -> bool:
    return replace(filt, text=None, sort=StatementFilter.sort) == StatementFilter()


def iter_statements(session: Session, filt: StatementFilter) -> Iterator[StatementView]:
    """Every matching statement, in order, loaded CHUNK at a time.

    The ids are read first (a million ints is a few MB), so the loading queries never
    run while a server-side cursor is open on the same connection.
    """
    ids = list(session.scalars(statement_ids_select(filt, **_builder_args(session, filt))))
    for start in range(0, len(ids), CHUNK):
        yield from load_views(session, ids[start : start + CHUNK])
