"""Linking a batch of statements with the decisions of :func:`link_one`, made in memory.

:func:`~tracker.services.claims_link.link_one` costs a dozen queries per statement (its
postings, its candidates' links, its rejections, the claim's outlets, the flush). Here a
batch (the statements one ingest stored, a chunk of ``tracker link``) is decided in one
pass that replays exactly what the one-by-one path would read, but reads each thing once:

* the postings of a key come from the ``StatementTerm`` index the first time the batch
  meets that key (the newest ``LOOKUP_CAP + 1``, as :func:`_postings` reads them); the
  batch's own statements are merged in as they are indexed, newest first;
* a candidate's item and standing links are read once; a claim's row once (the ORM
  object, changed in memory as :func:`_count_in` would change it);
* the outlets a claim already has appearances in are read once per claim.

So the cost does not grow with the store (each lookup stays a bounded indexed range scan)
and a fresh database pays almost nothing but the decisions. New claims get database ids
in the order the one-by-one path would create them, and the links and index terms are
written in bulk at the end. The caller owns the transaction.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
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
    _COMMON_KEYS,
    _POSTINGS_SQL,
    MAX_COMMON_KEYS,
    _item,
    _item_query,
    count_appearance,
    load_items,
)

# Ids per IN (...) query.
_CHUNK = 500


class BatchLinker:
    """One transaction's worth of linking; :meth:`link` may be called more than once."""

    def __init__(self, session: Session, rules: LinkRules) -> None:
        self.session, self.rules = session, rules
        self.connection = session.connection()
        self.common = _COMMON_KEYS.setdefault(session.get_bind().engine, set())
        # key -> ids indexed under it, newest first, at most LOOKUP_CAP + 1 (negated for insort).
        self._top: dict[str, list[int]] = {}
        # key -> ids this batch indexed under it (merged into a key read later).
        self._added: dict[str, list[int]] = {}
        self._items: dict[int, Item] = {}
        # statement -> its standing (claim, relation) pairs, from the store or from this batch.
        self._links: dict[int, list[tuple[int, str]]] = {}
        # claim key (database id, or -first statement id for a claim this batch made) -> row.
        self._claims: dict[int, Claim] = {}
        # claim key -> the outlets it has appearances in.
        self._outlets: dict[int, set[int | None]] = {}
        self._new_links: list[dict[str, Any]] = []
        self._new_terms: list[dict[str, Any]] = []

    # -- the index ------------------------------------------------------------------------

    def _read_keys(self, keys: Sequence[str]) -> None:
        for key in keys:
            if key in self._top:
                continue
            found = self.connection.execute(_POSTINGS_SQL, {"term": key, "cap": LOOKUP_CAP + 1}).scalars()
            top = sorted({-sid for sid in found} | {-sid for sid in self._added.get(key, ())})
            self._top[key] = top[: LOOKUP_CAP + 1]

    def _count(self, key: str) -> int:
        return len(self._top[key])

    def _candidates(self, item: Item) -> tuple[list[int], dict[str, int]]:
        """:func:`~tracker.services.claims_link.find_candidates`, from the batch's view of the index."""
        keys = lookup_keys(item.claim)
        asked = [key for key in keys if key not in self.common]
        self._read_keys(asked)
        counts = {key: self._count(key) for key in asked}
        for key in keys:
            if key not in counts:
                counts[key] = LOOKUP_CAP + 1
            elif counts[key] > LOOKUP_CAP and len(self.common) < MAX_COMMON_KEYS:
                self.common.add(key)
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
        query = (
            _item_query()
            .add_columns(ClaimLink.claim_id, ClaimLink.relation)
            .join(ClaimLink, ClaimLink.statement_id == Statement.id)
            .where(Statement.id.in_(missing), ClaimLink.status != "rejected")
        )
        for row in self.session.execute(query):
            self._items.setdefault(row.id, _item(row))
            self._links[row.id].append((row.claim_id, row.relation))

    def _claim(self, key: int) -> Claim:
        claim = self._claims.get(key)
        if claim is None:
            claim = self._claims[key] = self.session.get_one(Claim, key)
        return claim

    def _anchors(self, members: Sequence[Member]) -> dict[int, Item]:
        firsts = {m.claim_id: self._claim(m.claim_id).first_statement_id for m in members}
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
        """:func:`~tracker.services.claims_link._apply` and ``_count_in``, on the rows in memory."""
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

    def _rows(self, ids: Sequence[int]) -> dict[int, Any]:
        rows: dict[int, Any] = {}
        query = _item_query().add_columns(Statement.content_norm, Article.outlet_id)
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            rows.update((row.id, row) for row in self.session.execute(query.where(Statement.id.in_(chunk))))
        return rows

    def _rejections(self, ids: Sequence[int]) -> tuple[dict[int, frozenset[int]], set[int]]:
        """Claims a person rejected per statement, and which of those statements are indexed already."""
        found: dict[int, set[int]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            query = select(ClaimLink.statement_id, ClaimLink.claim_id).where(
                ClaimLink.statement_id.in_(chunk), ClaimLink.status == "rejected"
            )
            for sid, cid in self.session.execute(query):
                found.setdefault(sid, set()).add(cid)
        indexed: set[int] = set()
        rejected = list(found)
        for start in range(0, len(rejected), _CHUNK):
            chunk = rejected[start : start + _CHUNK]
            indexed.update(
                self.session.scalars(
                    select(StatementTerm.statement_id).where(StatementTerm.statement_id.in_(chunk)).distinct()
                )
            )
        return {sid: frozenset(cids) for sid, cids in found.items()}, indexed

    def link(self, ordered_ids: Sequence[int]) -> set[int]:
        """Link these pending statements, in this order; returns the claim ids touched."""
        if not ordered_ids:
            return set()
        self.session.flush()
        # Nothing read here depends on the claim rows changed in memory: no autoflush
        # ping-pong (the writes go out together in _write).
        with self.session.no_autoflush:
            touched = self._decide(ordered_ids)
        return self._write(touched)

    def _decide(self, ordered_ids: Sequence[int]) -> list[int]:
        rows = self._rows(ordered_ids)
        rejected, indexed = self._rejections(ordered_ids)
        touched: list[int] = []
        for statement_id in ordered_ids:
            row = rows[statement_id]
            item = self._items[statement_id] = _item(row)
            ids, counts = self._candidates(item)
            self._read_members(ids)
            members = [
                Member(self._items[sid], claim_id, relation)
                for sid in ids
                for claim_id, relation in self._links[sid]
            ]
            excluded = rejected.get(statement_id, frozenset())
            decision = decide(item, members, self._anchors(members), self.rules, excluded)
            touched.append(self._apply(item, decision, row))
            if statement_id not in indexed:
                self._index(statement_id, item, counts)
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
            self.session.execute(insert(ClaimLink), self._new_links[start : start + _CHUNK])
        for start in range(0, len(self._new_terms), _CHUNK * 4):
            self.session.execute(insert(StatementTerm), self._new_terms[start : start + _CHUNK * 4])
        self._new_links.clear()
        self._new_terms.clear()
        # Later batches in this transaction name the claims by their database ids.
        self._claims = {claim.id: claim for claim in self._claims.values()}
        self._links = {sid: [(real.get(c, c), r) for c, r in links] for sid, links in self._links.items()}
        self._outlets = {real.get(c, c): outlets for c, outlets in self._outlets.items()}
        return {real[key] for key in touched}


def link_batch(session: Session, ordered_ids: Sequence[int], rules: LinkRules) -> set[int]:
    """Link pending statements (in order of appearance) as :func:`link_one` would, one after another."""
    return BatchLinker(session, rules).link(ordered_ids)
