"""Importing existing fact-checks (ClaimReview records) and matching them to statements.

Two input shapes are read: the Google Fact Check Tools shape (``text``, ``claimant``,
``claimDate``, ``claimReview: [{publisher{name,site}, url, title, reviewDate,
textualRating, languageCode}]``), as a JSON array, a ``{"claims": [...]}`` object or
JSON Lines; and schema.org ``ClaimReview`` JSON-LD (``claimReviewed``, ``reviewRating``,
``itemReviewed``). Each review becomes one ``FactCheck`` row, identified by (review URL,
hash of the folded claim), so importing a file twice adds nothing.

Matching uses the claim-linking machinery: the candidates ``tracker.services.claims.match_text``
would score (``claims_link.find_candidates`` over its StatementTerm index), united
with candidates from the full-text index (the statements sharing the claim's longest
words, best-ranked first; this also finds statements never linked), scored with
``tracker.linking.score.similarity`` (rapidfuzz token-set ratio on claim keys,
length-guarded) and checked with ``tracker.linking.guard`` (negation, antonyms, figures),
or plain rapidfuzz over folded text if linking is absent. A statement scoring
``MATCH_CUTOFF`` or more gets a FactCheckMatch (with its claim, so every other
appearance of the claim shows the check too).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tracker.models import ClaimLink, FactCheck, FactCheckMatch, Statement
from tracker.normalize import fold
from tracker.search.textquery import Term, TextQuery, arabic_forms, fts5_match, like_patterns, pg_tsquery

MATCH_CUTOFF = 85.0
# Restatements beyond the best-ranked few are reached through their claim (claim_id).
CANDIDATES = 60
QUERY_WORDS = 8
MIN_WORD = 3


class ClaimReviewError(ValueError):
    """A record that cannot be read; the message names the file and the record."""


@dataclass(frozen=True, slots=True)
class FactCheckRecord:
    claim_text: str
    claimant: str | None
    claim_date: date | None
    publisher: str | None
    review_url: str
    review_date: date | None
    rating: str | None
    language: str | None
    title: str | None = None


@dataclass(frozen=True)
class ImportOutcome:
    read: int
    added: int
    updated: int
    unchanged: int
    matched_statements: int
    errors: tuple[str, ...]


# --- reading (pure) ----------------------------------------------------------------------


def _day(value: Any) -> date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("name") or value.get("site") or value.get("url")
    if isinstance(value, list) and value:
        return _name(value[0])
    return value if isinstance(value, str) and value else None


def records_from(item: Any) -> list[FactCheckRecord]:
    """The reviews in one input record (Fact Check Tools or schema.org shape)."""
    if not isinstance(item, dict):
        raise TypeError("a record must be a JSON object")
    if "claimReviewed" in item or item.get("@type") == "ClaimReview":
        claimed = item.get("claimReviewed") or ""
        reviewed = item.get("itemReviewed") or {}
        rating = item.get("reviewRating") or {}
        if not claimed.strip():
            raise ValueError("ClaimReview without claimReviewed")
        return [
            FactCheckRecord(
                claim_text=claimed.strip(),
                claimant=_name(reviewed.get("author")),
                claim_date=_day(reviewed.get("datePublished")),
                publisher=_name(item.get("author")),
                review_url=item.get("url") or "",
                review_date=_day(item.get("datePublished")),
                rating=rating.get("alternateName") or rating.get("name"),
                language=item.get("inLanguage"),
            )
        ]
    claim = item.get("text")
    if not isinstance(claim, str) or not claim.strip():
        raise ValueError("record without 'text'")
    reviews = item.get("claimReview") or []
    if not isinstance(reviews, list) or not reviews:
        raise ValueError("record without 'claimReview' entries")
    return [
        FactCheckRecord(
            claim_text=claim.strip(),
            claimant=item.get("claimant") or None,
            claim_date=_day(item.get("claimDate")),
            publisher=_name(review.get("publisher")),
            review_url=review.get("url") or "",
            review_date=_day(review.get("reviewDate")),
            rating=review.get("textualRating") or None,
            language=review.get("languageCode") or None,
            title=review.get("title") or None,
        )
        for review in reviews
        if isinstance(review, dict)
    ]


def read_claimreview_file(path: str | Path) -> tuple[list[FactCheckRecord], list[str]]:
    """All reviews in the file, and one error message per record that could not be read."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(raw)
        items: list[tuple[str, Any]] = []
        if isinstance(data, dict):
            data = data.get("claims", data.get("@graph", [data]))
        if not isinstance(data, list):
            raise ClaimReviewError(f"{path}: expected a list of ClaimReview records")
        items = [(f"record {n}", item) for n, item in enumerate(data, 1)]
    except json.JSONDecodeError as error:
        items = []
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError:
                if number == 1:
                    raise ClaimReviewError(f"{path}: not JSON or JSON Lines ({error.msg})") from None
                items.append((f"line {number}", None))
    records: list[FactCheckRecord] = []
    errors: list[str] = []
    for where, item in items:
        try:
            records.extend(records_from(item))
        except (ValueError, TypeError) as error:
            errors.append(f"{path} {where}: {error}")
    return records, errors


# --- storing -----------------------------------------------------------------------------


def claim_hash(claim_text: str) -> str:
    return hashlib.sha256(fold(claim_text).encode("utf-8")).hexdigest()


def _store(session: Session, record: FactCheckRecord) -> tuple[FactCheck, str]:
    digest = claim_hash(record.claim_text)
    row = session.scalar(
        select(FactCheck).where(FactCheck.review_url == record.review_url, FactCheck.claim_hash == digest)
    )
    values = {
        "claim_text": record.claim_text,
        "claim_norm": fold(record.claim_text),
        "claimant": (record.claimant or None) and record.claimant[:500],
        "claim_date": record.claim_date,
        "publisher": (record.publisher or None) and record.publisher[:200],
        "review_date": record.review_date,
        "rating": (record.rating or None) and record.rating[:200],
        "language": (record.language or None) and record.language[:8],
    }
    if row is None:
        row = FactCheck(review_url=record.review_url, claim_hash=digest, **values)
        session.add(row)
        session.flush()
        return row, "added"
    changed = any(getattr(row, key) != value for key, value in values.items())
    for key, value in values.items():
        setattr(row, key, value)
    return row, "updated" if changed else "unchanged"


def import_fact_checks(
    session: Session, records: Sequence[FactCheckRecord], *, errors: Sequence[str] = ()
) -> ImportOutcome:
    """Store the reviews (idempotent) and match each against stored statements."""
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    matched: set[int] = set()
    for record in records:
        row, status = _store(session, record)
        counts[status] += 1
        matched.update(match_fact_check(session, row))
    return ImportOutcome(
        read=len(records),
        added=counts["added"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        matched_statements=len(matched),
        errors=tuple(errors),
    )


# --- matching ----------------------------------------------------------------------------


def match_fact_check(session: Session, check: FactCheck) -> list[int]:
    """Record a FactCheckMatch for every statement that states the checked claim."""
    found = _matches(session, check.claim_text)
    if not found:
        return []
    ids = [sid for sid, _ in found]
    existing = set(
        session.scalars(
            select(FactCheckMatch.statement_id).where(
                FactCheckMatch.fact_check_id == check.id, FactCheckMatch.statement_id.in_(ids)
            )
        )
    )
    claims = dict(
        session.execute(
            select(ClaimLink.statement_id, ClaimLink.claim_id)
            .where(ClaimLink.statement_id.in_(ids), ClaimLink.status != "rejected")
            .order_by(ClaimLink.score)  # the best link wins in the dict
        ).all()
    )
    for sid, score in found:
        if sid not in existing:
            session.add(
                FactCheckMatch(
                    fact_check_id=check.id, statement_id=sid, claim_id=claims.get(sid), score=score
                )
            )
    session.flush()
    return ids


def _matches(session: Session, claim_text: str) -> list[tuple[int, float]]:
    """(statement id, score) of the statements that state the checked claim.

    Candidates from two sources, united: helper 6's candidate step of ``match_text``
    (``claims_link.find_candidates``: the StatementTerm index, which covers statements
    that went through claim linking) and the full-text index (every statement). All are
    scored by one rule (:func:`_scorer`).
    """
    ids = set(_candidates(session, claim_text))
    try:
        from tracker.linking.text import read_claim
        from tracker.services.claims_link import find_candidates
    except ImportError:
        find_candidates = None
    if find_candidates is not None:
        # match_text's own candidate step (it would also score every stored fact-check
        # against the text, which an import of thousands of reviews cannot afford).
        linked, _ = find_candidates(session, read_claim(claim_text))
        ids.update(linked)
    if not ids:
        return []
    rows = session.execute(select(Statement.id, Statement.content).where(Statement.id.in_(sorted(ids)))).all()
    scorer = _scorer(claim_text)
    return sorted((sid, score) for sid, content in rows if (score := scorer(content)) >= MATCH_CUTOFF)


def _scorer(claim_text: str):  # type: ignore[no-untyped-def]
    """content -> 0-100: linking's similarity, zeroed when the two say opposite things.

    A fact-check shown on the wrong statement misleads a reviewer, so the bar is higher
    than for linking (MATCH_CUTOFF), and a negation, an antonym or a different figure
    (as tracker.linking.guard reads them) rules a pair out.
    """
    try:
        from tracker.linking.guard import compare
        from tracker.linking.score import similarity
        from tracker.linking.text import read_claim
    except ImportError:
        from rapidfuzz import fuzz

        folded = fold(claim_text)
        return lambda content: fuzz.token_set_ratio(
            folded, fold(content), processor=None, score_cutoff=MATCH_CUTOFF
        )
    claim = read_claim(claim_text)

    def score(content: str) -> float:
        other = read_claim(content)
        value = similarity(claim, other, cutoff=MATCH_CUTOFF)
        if not value:
            return 0.0
        difference = compare(claim, other)
        if difference.negation or difference.polarity or (difference.figures[0] and difference.figures[1]):
            return 0.0
        return value

    return score


def _candidates(session: Session, claim_text: str) -> list[int]:
    """Statements sharing any of the claim's longest words, best-ranked first (at most CANDIDATES)."""
    from tracker.services.search import fulltext_mode

    # Longest first (a rough stand-in for rarest), ties by the word: the same every run.
    distinct = {w for w in fold(claim_text).split() if len(w) >= MIN_WORD and w.isalnum()}
    words = sorted(distinct, key=lambda w: (-len(w), w))[:QUERY_WORDS]
    if not words:
        return []
    alternatives = tuple((form,) for word in words for form in arabic_forms(word))
    query = TextQuery(terms=(Term(alternatives=alternatives, prefix=False),))
    mode = fulltext_mode(session)
    if mode == "fts5":
        sql = text(
            "SELECT rowid FROM statements_fts WHERE statements_fts MATCH :q ORDER BY rank LIMIT :n"
        ).bindparams(q=fts5_match(query), n=CANDIDATES)
        return list(session.scalars(sql))
    if mode == "tsvector":
        sql = text(
            "SELECT id FROM statements WHERE to_tsvector('simple'::regconfig, content_norm) @@ "
            "to_tsquery('simple'::regconfig, :q) ORDER BY ts_rank(to_tsvector('simple'::regconfig, content_norm), "
            "to_tsquery('simple'::regconfig, :q)) DESC, id LIMIT :n"
        ).bindparams(q=pg_tsquery(query), n=CANDIDATES)
        return list(session.scalars(sql))
    padded = " " + Statement.content_norm + " "
    from sqlalchemy import or_

    (alts,) = like_patterns(query)
    return list(
        session.scalars(select(Statement.id).where(or_(*(padded.like(p) for p in alts))).limit(CANDIDATES))
    )
