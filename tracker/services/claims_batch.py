"""Linking stored statements to claims: the one flow, for one statement or a batch.

:func:`link_batch` decides each statement in order of appearance as if it were linked
alone right after the ones before it, but reads each thing once per batch:

* the postings of a key come from the ``StatementTerm`` index (one query for all the keys
  a statement brings that the batch has not met yet, the newest ``LOOKUP_CAP + 1`` each);
  the batch's own statements are merged in as they are indexed, newest first;
* a candidate's item, its standing links and its claim's first statement are read once
  (one query per statement for the candidates not seen yet); a claim's row only when a
  statement joins it (the ORM object, changed in memory by ``count_appearance``);
* the outlets a claim already has appearances in are read once per claim.

So the cost does not grow with the store (each lookup stays a bounded indexed range
scan). :func:`~tracker.services.claims_link.link_one` is a batch of one, and
``tracker link`` and the ingest hook pass many. New claims get database ids in the
order the statements were decided, and the links and index terms are written together
at the end. The caller owns the transaction.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, insert, select
from sqlalchemy.orm import Session

from tracker.linking.candidates import (
    LOOKUP_CAP,
    MAX_CANDIDATES,
    choose_index_terms,
    choose_lookups,
    lookup_keys,
    rank_candidates,
)
from tracker.linking.decide import Decision, Item, LinkRules, Member, decide
from tracker.models import Article, Claim, ClaimLink, Statement, StatementTerm
from tracker.services.claims_link import (
    MAX_COMMON_KEYS,
    _item,
    _item_query,
    common_keys,
    count_appearance,
    load_items,
    read_index,
    read_postings,
)

# Ids per IN (...) query.
_CHUNK = 500


class BatchLinker:
    """One transaction's worth of linking; :meth:`link` may be called more than once."""

    def __init__(self, session: Session, rules: LinkRules) -> None:
        self.session, self.rules = session, rules
        self.common = common_keys(session)
        # key -> ids indexed under it, newest first, at most LOOKUP_CAP + 1 (negated for insort).
        self._top: dict[str, list[int]] = {}
        # Keys found to have more than LOOKUP_CAP postings (also kept in self.common, if room).
        self._over: set[str] = set()
        # key -> ids this batch indexed under it (merged into a key read later).
        self._added: dict[str, list[int]] = {}
        self._items: dict[int, Item] = {}
        # statement -> its standing (claim, relation) pairs, from the store or from this batch.
        self._links: dict[int, list[tuple[int, str]]] = {}
        # claim key (database id, or -first statement id for a claim this batch made) -> row.
        self._claims: dict[int, Claim] = {}
        # claim id -> its first statement, as read with a member (see _first_of).
        self._first: dict[int, int | None] = {}
        # claim key -> the outlets it has appearances in.
        self._outlets: dict[int, set[int | None]] = {}
        self._new_links: list[dict[str, Any]] = []
        self._new_terms: list[dict[str, Any]] = []

    # -- the index ------------------------------------------------------------------------

    def _merge(self, key: str, found: Sequence[int]) -> None:
        top = sorted({-sid for sid in found} | {-sid for sid in self._added.get(key, ())})
        self._top[key] = top[: LOOKUP_CAP + 1]

    def _read_counts(self, keys: Sequence[str]) -> None:
        """Postings of the keys not met yet that have few enough; the others are marked common."""
        unread = [key for key in keys if key not in self._top]
        if not unread:
            return
        for key, found in read_index(self.session, unread).items():
            if found is None:
                self._over.add(key)
            else:
                self._merge(key, found)

    def _read_keys(self, keys: Sequence[str]) -> None:
        """The newest postings of keys (common ones too: the rarest of an all-common statement)."""
        unread = [key for key in keys if key not in self._top]
        if unread:
            for key, found in read_postings(self.session, unread, LOOKUP_CAP + 1).items():
                self._merge(key, found)

    def _candidates(self, item: Item) -> tuple[list[int], dict[str, int]]:
        """:func:`~tracker.services.claims_link.find_candidates`, from the batch's view of the index."""
        keys = lookup_keys(item.claim)
        common, over = self.common, self._over
        self._read_counts([key for key in keys if key not in common and key not in over])
        counts: dict[str, int] = {}
        for key in keys:
            if key in common or key in over:
                counts[key] = LOOKUP_CAP + 1
                continue
            counts[key] = len(self._top[key])
            if counts[key] > LOOKUP_CAP and len(common) < MAX_COMMON_KEYS:
                common.add(key)  # this batch's own statements took it over the cap
        chosen_keys = choose_lookups(keys, counts, LOOKUP_CAP)
        self._read_keys(chosen_keys)
        chosen = [[-sid for sid in self._top[key][:LOOKUP_CAP]] for key in chosen_keys]
        ranked = rank_candidates(chosen, MAX_CANDIDATES + 1)
        return [sid for sid in ranked if sid != item.id][:MAX_CANDIDATES], counts

    def _index(self, statement_id: int, item: Item, counts: dict[str, int]) -> None:
        for term in choose_index_terms(lookup_keys(item.claim), counts):
            self._new_terms.append({"term": term, "statement_id": statement_id})
            self._added.setdefault(term, []).append(statement_id)
            top = self._top.get(term)
            if top is not None:
                insort(top, -statement_id)
                del top[LOOKUP_CAP + 1 :]

    # -- candidates and claims ------------------------------------------------------------

    def _read_members(self, ids: Sequence[int]) -> None:
        missing = [sid for sid in ids if sid not in self._links]
        if not missing:
            return
        for sid in missing:
            self._links[sid] = []
        for row in self.session.execute(_members_query(), {"ids": missing}):
            self._items.setdefault(row.id, _item(row))
            self._links[row.id].append((row.claim_id, row.relation))
            self._first.setdefault(row.claim_id, row.first_statement_id)

    def _claim(self, key: int) -> Claim:
        claim = self._claims.get(key)
        if claim is None:
            claim = self._claims[key] = self.session.get_one(Claim, key)
        return claim

    def _first_of(self, key: int) -> int | None:
        """A claim's first statement: as changed in this batch, else as read with its members."""
        claim = self._claims.get(key)
        return claim.first_statement_id if claim is not None else self._first[key]

    def _anchors(self, members: Sequence[Member]) -> dict[int, Item]:
        firsts = {m.claim_id: self._first_of(m.claim_id) for m in members}
        missing = [sid for sid in firsts.values() if sid is not None and sid not in self._items]
        if missing:
            self._items.update(load_items(self.session, missing))
        return {cid: self._items[sid] for cid, sid in firsts.items() if sid in self._items}

    def _outlet_seen(self, key: int, outlet_id: int) -> bool:
        """Whether the claim has an appearance in this outlet (its outlets read once per claim)."""
        outlets = self._outlets.get(key)
        if outlets is None:
            outlets = self._outlets[key] = set()
            if key > 0:
                query = (
                    select(Article.outlet_id)
                    .join(Statement, Statement.article_id == Article.id)
                    .join(ClaimLink, ClaimLink.statement_id == Statement.id)
                    .where(ClaimLink.claim_id == key, ClaimLink.status != "rejected")
                    .distinct()
                )
                outlets.update(self.session.scalars(query))
        return outlet_id in outlets

    def _apply(self, item: Item, decision: Decision, row: Any) -> int:
        """Record the decision: a new claim, or one more appearance of the chosen one (in memory)."""
        if decision.claim_id is None:
            key = -item.id
            self._claims[key] = Claim(
                canonical_text=row.content,
                canonical_norm=row.content_norm,
                first_statement_id=item.id,
                first_seen=item.day,
                appearance_count=1,
                outlet_count=0 if row.outlet_id is None else 1,
            )
        else:
            key = decision.claim_id
            new_outlet = row.outlet_id is not None and not self._outlet_seen(key, row.outlet_id)
            count_appearance(self._claim(key), item, new_outlet=new_outlet)
        if row.outlet_id is not None:
            self._outlets.setdefault(key, set()).add(row.outlet_id)
        self._links[item.id] = [(key, decision.relation)]
        self._new_links.append(
            {
                "statement_id": item.id,
                "claim_id": key,
                "score": decision.score,
                "relation": decision.relation,
                "status": "confirmed" if decision.confirmed else "suggested",
                "difference": decision.difference,
            }
        )
        return key

    # -- the batch ------------------------------------------------------------------------

    def _pending(self, ids: Sequence[int]) -> tuple[list[Any], dict[int, frozenset[int]]]:
        """The statements without a standing link, in order of appearance, and the claims a
        person rejected for each: one query (per ``_CHUNK`` ids) with their links."""
        rows: dict[int, Any] = {}
        standing: set[int] = set()
        rejected: dict[int, set[int]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            for row in self.session.execute(_pending_query(), {"ids": chunk}):
                rows[row.id] = row
                if row.link_status == "rejected":
                    rejected.setdefault(row.id, set()).add(row.link_claim)
                elif row.link_status is not None:
                    standing.add(row.id)
        pending = [(_item(row), row) for sid, row in rows.items() if sid not in standing]
        # By first appearance (statement date, else article date), then id: order_by_day's order.
        pending.sort(key=lambda pair: (pair[0].day or date.max, pair[0].id))
        return pending, {sid: frozenset(cids) for sid, cids in rejected.items()}

    def _indexed(self, ids: Sequence[int]) -> set[int]:
        """Which of these statements (linked before, then rejected) are in the index already."""
        indexed: set[int] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            indexed.update(
                self.session.scalars(
                    select(StatementTerm.statement_id).where(StatementTerm.statement_id.in_(chunk)).distinct()
                )
            )
        return indexed

    def link(self, ids: Sequence[int]) -> set[int]:
        """Link those of these statements that have no standing link, in order of appearance;
        returns the claim ids touched."""
        if not ids:
            return set()
        self.session.flush()
        # Nothing read here depends on the claim rows changed in memory: no autoflush
        # ping-pong (the writes go out together in _write).
        with self.session.no_autoflush:
            touched = self._decide(ids)
        return self._write(touched)

    def _decide(self, ids: Sequence[int]) -> list[int]:
        pending, rejected = self._pending(ids)
        indexed = self._indexed(list(rejected)) if rejected else set()
        touched: list[int] = []
        for item, row in pending:
            self._items[item.id] = item
            ids, counts = self._candidates(item)
            self._read_members(ids)
            members = [
                Member(self._items[sid], claim_id, relation)
                for sid in ids
                for claim_id, relation in self._links[sid]
            ]
            excluded = rejected.get(item.id, frozenset())
            decision = decide(item, members, self._anchors(members), self.rules, excluded)
            touched.append(self._apply(item, decision, row))
            if item.id not in indexed:
                self._index(item.id, item, counts)
        return touched

    def _write(self, touched: Sequence[int]) -> set[int]:
        """New claims (in creation order, so ids come out as one by one), then links and terms."""
        new = [claim for key, claim in self._claims.items() if key < 0 and claim.id is None]
        self.session.add_all(new)
        self.session.flush()
        real = {key: claim.id for key, claim in self._claims.items()}
        for link in self._new_links:
            link["claim_id"] = real[link["claim_id"]]
        for start in range(0, len(self._new_links), _CHUNK):
            self.session.execute(insert(ClaimLink.__table__), self._new_links[start : start + _CHUNK])
        for start in range(0, len(self._new_terms), _CHUNK * 4):
            self.session.execute(insert(StatementTerm.__table__), self._new_terms[start : start + _CHUNK * 4])
        self._new_links.clear()
        self._new_terms.clear()
        # Later batches in this transaction name the claims by their database ids.
        self._claims = {claim.id: claim for claim in self._claims.values()}
        self._links = {sid: [(real.get(c, c), r) for c, r in links] for sid, links in self._links.items()}
        self._outlets = {real.get(c, c): outlets for c, outlets in self._outlets.items()}
        return {real[key] for key in touched}


# The queries run for every statement are built once (building one cost as much as running it).


@lru_cache(maxsize=1)
def _members_query() -> Select[Any]:
    """Candidates by id (an expanding ``:ids``) with their standing links and claims' first statements."""
    return (
        _item_query()
        .add_columns(ClaimLink.claim_id, ClaimLink.relation, Claim.first_statement_id)
        .join(ClaimLink, ClaimLink.statement_id == Statement.id)
        .join(Claim, Claim.id == ClaimLink.claim_id)
        .where(Statement.id.in_(bindparam("ids", expanding=True)), ClaimLink.status != "rejected")
    )


@lru_cache(maxsize=1)
def _pending_query() -> Select[Any]:
    """Statements by id (an expanding ``:ids``) with each of their links, if any: built once."""
    return (
        _item_query()
        .add_columns(
            Statement.content_norm,
            Article.outlet_id,
            ClaimLink.claim_id.label("link_claim"),
            ClaimLink.status.label("link_status"),
        )
        .outerjoin(ClaimLink, ClaimLink.statement_id == Statement.id)
        .where(Statement.id.in_(bindparam("ids", expanding=True)))
    )


def link_batch(session: Session, ids: Sequence[int], rules: LinkRules) -> set[int]:
    """Link those of these statements that have no standing link, in order of appearance, each
    as if linked alone after the ones before; returns the claim ids touched."""
    return BatchLinker(session, rules).link(ids)
