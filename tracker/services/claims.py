"""Repeated claims in the store: linking, review decisions and queries (issue 7).

The public surface, gathered from three modules:

* :mod:`tracker.services.claims_link` -- ``link_statements`` (the ingest hook),
  ``link_ids``, ``pending_ids``, ``reset_links`` (``--rebuild``), ``refresh_claims``;
* :mod:`tracker.services.claims_review` -- ``confirm_link``, ``reject_link``,
  ``split_statement``, ``merge_claims``, with :class:`ClaimConflict` (a link) and
  :class:`ClaimChanged` (a claim) on stale versions;
* :mod:`tracker.services.claims_query` -- ``list_claims``, ``claim_detail`` and
  ``match_text(session, text, limit) -> list[MatchHit]`` for other features;
* :mod:`tracker.services.claims_bulk` -- ``link_bulk``: the same decisions for many
  statements at once, made in memory and written in bulk (``tracker link`` after an
  import, ``--rebuild``).

The matching itself is the pure package :mod:`tracker.linking`. Every function takes the
caller's session and never commits.
"""

from __future__ import annotations

from tracker.services.claims_bulk import link_bulk
from tracker.services.claims_link import (
    DEFAULT_RULES,
    link_ids,
    link_statements,
    pending_ids,
    refresh_claims,
    reset_links,
)
from tracker.services.claims_query import (
    Appearance,
    ClaimDetail,
    ClaimSummary,
    MatchHit,
    claim_detail,
    list_claims,
    match_text,
)
from tracker.services.claims_review import (
    ClaimChanged,
    ClaimConflict,
    ClaimError,
    LinkState,
    confirm_link,
    merge_claims,
    reject_link,
    split_statement,
)

__all__ = [
    "DEFAULT_RULES",
    "Appearance",
    "ClaimChanged",
    "ClaimConflict",
    "ClaimDetail",
    "ClaimError",
    "ClaimSummary",
    "LinkState",
    "MatchHit",
    "claim_detail",
    "confirm_link",
    "link_bulk",
    "link_ids",
    "link_statements",
    "list_claims",
    "match_text",
    "merge_claims",
    "pending_ids",
    "refresh_claims",
    "reject_link",
    "reset_links",
    "split_statement",
]
