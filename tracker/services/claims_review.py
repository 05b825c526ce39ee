"""People's decisions on claim links: confirm, reject, split, merge.

Each decision records who (``decided_by``) and when (``decided_at``) on the link, and
every link a person touched survives re-linking, ``--rebuild`` included (see
:mod:`tracker.services.claims_link`). ClaimLink rows are versioned: a decision made on a
stale copy (``expected_version`` older than the row) raises :class:`ClaimConflict`,
carrying the link as it is now, instead of overwriting a colleague.

Split and merge act on whole claims (a split records that the statement differs from
every other appearance of its claim; a merge confirms every appearance of the merged
claim), so they compare the claim's version instead: every change to a claim or its
links raises ``Claim.version``, and a split or merge given the version the reviewer saw
raises :class:`ClaimChanged` when the claim moved on since, changing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from tracker.linking.decide import SAME, VARIANT
from tracker.models import Claim, ClaimLink, Statement, utcnow
from tracker.services.claims_link import DEFAULT_RULES, link_one, refresh_claims, touch


class ClaimError(ValueError):
    """A request that names no such link, statement or claim, or makes no sense."""


@dataclass(frozen=True)
class LinkState:
    link_id: int
    statement_id: int
    claim_id: int
    relation: str
    status: str
    decided_by: str | None
    decided_at: datetime | None
    version: int


class ClaimConflict(Exception):
    """The link changed since the reviewer loaded it; ``current`` is its state now."""

    def __init__(self, current: LinkState, expected_version: int) -> None:
        super().__init__(
            f"link {current.link_id} was changed by {current.decided_by or 'the linker'} "
            f"(now {current.status}, version {current.version}; you had version {expected_version})"
        )
        self.current = current
        self.expected_version = expected_version


class ClaimChanged(Exception):
    """The claim changed since the reviewer loaded it (a split or merge was refused)."""

    def __init__(self, claim_id: int, version: int, appearances: int, expected_version: int) -> None:
        super().__init__(
            f"claim {claim_id} was changed since you loaded it "
            f"(now version {version}, {appearances} appearances; you had version {expected_version})"
        )
        self.claim_id = claim_id
        self.version = version
        self.expected_version = expected_version


def link_state(link: ClaimLink) -> LinkState:
    return LinkState(
        link.id,
        link.statement_id,
        link.claim_id,
        link.relation,
        link.status,
        link.decided_by,
        link.decided_at,
        link.version,
    )


def _load_link(session: Session, link_id: int, expected_version: int | None) -> ClaimLink:
    link = session.get(ClaimLink, link_id)
    if link is None:
        raise ClaimError(f"no claim link {link_id}")
    if expected_version is not None and link.version != expected_version:
        raise ClaimConflict(link_state(link), expected_version)
    return link


def _claim_at(session: Session, claim_id: int, expected_version: int | None) -> Claim:
    """The claim, its version raised; compared and set at once when ``expected_version`` is given.

    One ``UPDATE ... WHERE version = expected``: a concurrent writer of the claim holds its
    row (PostgreSQL) or the database (SQLite) until it commits, after which this one no
    longer matches, so two reviewers can never both act on the same version.
    """
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ClaimError(f"no claim {claim_id}")
    if expected_version is None:
        touch(claim)
        return claim
    matched = session.execute(
        update(Claim)
        .where(Claim.id == claim_id, Claim.version == expected_version)
        .values(version=Claim.version + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if matched != 1:
        session.refresh(claim)
        raise ClaimChanged(claim_id, claim.version, claim.appearance_count, expected_version)
    set_committed_value(claim, "version", expected_version + 1)
    return claim


def _decide(
    session: Session, link: ClaimLink, status: str, reviewer: str, expected_version: int | None
) -> None:
    before = link_state(link)
    claim = session.get(Claim, link.claim_id)
    if claim is not None:
        touch(claim)
    link.status = status
    link.decided_by = reviewer
    link.decided_at = utcnow()
    try:
        session.flush()
    except StaleDataError as error:
        # Another session wrote the row between our read and our write; the caller's
        # transaction is spoilt and must be rolled back, so report what we had read.
        raise ClaimConflict(before, expected_version or before.version) from error


def confirm_link(
    session: Session, link_id: int, *, reviewer: str, expected_version: int | None = None
) -> LinkState:
    """A person says this statement does belong to this claim."""
    link = _load_link(session, link_id, expected_version)
    _decide(session, link, "confirmed", reviewer, expected_version)
    refresh_claims(session, {link.claim_id})
    return link_state(link)


def reject_link(
    session: Session, link_id: int, *, reviewer: str, expected_version: int | None = None
) -> LinkState:
    """A person says this statement does not belong to this claim; it is linked again elsewhere."""
    link = _load_link(session, link_id, expected_version)
    _decide(session, link, "rejected", reviewer, expected_version)
    claim_id, statement_id = link.claim_id, link.statement_id
    standing = session.scalar(
        select(ClaimLink.id).where(ClaimLink.statement_id == statement_id, ClaimLink.status != "rejected")
    )
    touched = {claim_id}
    if standing is None:
        touched.add(link_one(session, statement_id, DEFAULT_RULES))
    refresh_claims(session, touched)
    return link_state(link)


def split_statement(
    session: Session, statement_id: int, *, reviewer: str, expected_version: int | None = None
) -> int:
    """Take a statement out of its claim(s) into a claim of its own; returns the new claim id.

    The old links become rejected, and the statements left behind get a rejected link to
    the new claim: both sides of the split hold through any re-linking. With
    ``expected_version``, the claim the statement is in must still be at that version
    (each of them, in the rare case of several), else :class:`ClaimChanged`.
    """
    statement = session.get(Statement, statement_id)
    if statement is None:
        raise ClaimError(f"no statement {statement_id}")
    links = list(
        session.scalars(
            select(ClaimLink).where(ClaimLink.statement_id == statement_id, ClaimLink.status != "rejected")
        )
    )
    if expected_version is not None and not links:
        raise ClaimError(f"statement {statement_id} is in no claim now")
    for claim_id in sorted({link.claim_id for link in links}):
        _claim_at(session, claim_id, expected_version)
    now = utcnow()
    touched = set()
    for link in links:
        link.status, link.decided_by, link.decided_at = "rejected", reviewer, now
        touched.add(link.claim_id)
    claim = Claim(
        canonical_text=statement.content,
        canonical_norm=statement.content_norm,
        first_statement_id=statement.id,
    )
    session.add(claim)
    session.flush()
    session.add(
        ClaimLink(
            statement_id=statement.id,
            claim_id=claim.id,
            score=100.0,
            relation=SAME,
            status="confirmed",
            decided_by=reviewer,
            decided_at=now,
        )
    )
    # The person separated this statement from the others of its claim: record that for
    # each of them too, so that re-linking (a rebuild) never joins them to it again.
    others = session.scalars(
        select(ClaimLink.statement_id)
        .where(
            ClaimLink.claim_id.in_(list(touched)),
            ClaimLink.status != "rejected",
            ClaimLink.statement_id != statement.id,
        )
        .distinct()
    ).all()
    session.add_all(
        ClaimLink(
            statement_id=other,
            claim_id=claim.id,
            score=0.0,
            relation=VARIANT,
            status="rejected",
            decided_by=reviewer,
            decided_at=now,
        )
        for other in others
    )
    refresh_claims(session, touched | {claim.id})
    return claim.id


def merge_claims(
    session: Session,
    keep_id: int,
    other_id: int,
    *,
    reviewer: str,
    expected_versions: tuple[int | None, int | None] = (None, None),
) -> int:
    """Move every link of ``other_id`` into ``keep_id`` (confirmed by the reviewer); delete the other.

    Returns how many links moved. A statement already in ``keep_id`` keeps that link.
    ``expected_versions`` (of ``keep_id``, of ``other_id``): a claim no longer at the
    version given raises :class:`ClaimChanged` and nothing is merged.
    """
    if keep_id == other_id:
        raise ClaimError("cannot merge a claim into itself")
    expected = dict(zip((keep_id, other_id), expected_versions, strict=True))
    for claim_id in expected:
        if session.get(Claim, claim_id) is None:
            raise ClaimError(f"no claim {claim_id}")
    # Lower id first, as the linker's flush does: two writers never wait on each other in a circle.
    for claim_id in sorted(expected):
        _claim_at(session, claim_id, expected[claim_id])
    other = session.get_one(Claim, other_id)
    present = {
        link.statement_id: link
        for link in session.scalars(select(ClaimLink).where(ClaimLink.claim_id == keep_id))
    }
    now = utcnow()
    moved = 0
    for link in list(session.scalars(select(ClaimLink).where(ClaimLink.claim_id == other_id))):
        there = present.get(link.statement_id)
        if there is not None:
            if there.status != "rejected" or link.status == "rejected":
                session.delete(link)
                continue
            # Split out of the kept claim earlier, now merged back: the newer decision wins.
            session.delete(there)
            session.flush()
        link.claim_id = keep_id
        if link.status != "rejected":
            # The person saw these statements together: the merge is their decision on each.
            link.status, link.decided_by, link.decided_at = "confirmed", reviewer, now
            moved += 1
    session.flush()
    session.delete(other)
    refresh_claims(session, {keep_id})
    return moved
