"""In-memory clustering of claim texts (``tracker cluster``, the benchmarks): no database.

Statements are taken in order (callers sort by date: the first appearance anchors its
claim), each looked up in a :class:`~tracker.linking.candidates.MemoryIndex`, decided by
:func:`~tracker.linking.decide.decide` exactly as the database path decides, then indexed.
``exhaustive=True`` scores every earlier statement instead: the reference that the
candidate generation's recall is measured against.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tracker.linking.candidates import LOOKUP_CAP, MAX_CANDIDATES, MemoryIndex, lookup_keys
from tracker.linking.decide import Decision, Item, LinkRules, Member, decide
from tracker.linking.text import read_claim


@dataclass(frozen=True, slots=True)
class ClusterRow:
    """One input's place: the claim (the id of its anchor input), score and relation."""

    line: int
    text: str
    claim: int
    score: float
    relation: str
    matched: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "text": self.text,
            "claim": self.claim,
            "score": self.score,
            "relation": self.relation,
        }


class Clusterer:
    """Incremental clustering: :meth:`add` one item at a time, get its decision."""

    def __init__(
        self,
        rules: LinkRules | None = None,
        *,
        exhaustive: bool = False,
        cap: int = LOOKUP_CAP,
        limit: int = MAX_CANDIDATES,
        new_claim_sign: int = 1,
    ) -> None:
        self.rules = rules or LinkRules()
        # A new claim is named after its first item: item.id, or -item.id when the caller
        # seeds claims whose ids (the database's) could collide with item ids.
        self.new_claim_sign = new_claim_sign
        self.exhaustive = exhaustive
        self.cap, self.limit = cap, limit
        self.index = MemoryIndex()
        self.items: dict[int, Item] = {}
        self.claim_of: dict[int, int] = {}
        self.relation_of: dict[int, str] = {}
        #: claim id -> its anchor item id; a new claim is named after its first item.
        self.anchor_of: dict[int, int] = {}
        # An item's claim and relation never change once added: its Member is built once.
        self._members: dict[int, Member] = {}

    def seed(self, item: Item, claim_id: int, relation: str, anchor: bool = False) -> None:
        """Add an item already linked (by a person, or kept from before) without deciding it."""
        counts = self.index.counts(lookup_keys(item.claim))
        self.items[item.id] = item
        self.claim_of[item.id] = claim_id
        self.relation_of[item.id] = relation
        self._members[item.id] = Member(item, claim_id, relation)
        if anchor or claim_id not in self.anchor_of:
            self.anchor_of[claim_id] = item.id
        if not self.exhaustive:
            self.index.add(item.id, item.claim, counts)

    def candidates(self, item: Item) -> tuple[list[int], dict[str, int]]:
        if self.exhaustive:
            return list(self.items), {}
        return self.index.candidates(item.claim, self.cap, self.limit)

    def add(self, item: Item, excluded_claims: frozenset[int] = frozenset()) -> Decision:
        ids, counts = self.candidates(item)
        known = self._members
        members = [known[i] for i in ids if i != item.id]
        anchors = {m.claim_id: self.items[self.anchor_of[m.claim_id]] for m in members}
        decision = decide(item, members, anchors, self.rules, excluded_claims)
        claim_id = self.new_claim_sign * item.id if decision.claim_id is None else decision.claim_id
        if decision.claim_id is None:
            self.anchor_of[claim_id] = item.id
        self.items[item.id] = item
        self.claim_of[item.id] = claim_id
        self.relation_of[item.id] = decision.relation
        self._members[item.id] = Member(item, claim_id, decision.relation)
        if not self.exhaustive:
            self.index.add(item.id, item.claim, counts)
        return decision


def cluster_texts(
    texts: Iterable[str], rules: LinkRules | None = None, *, exhaustive: bool = False
) -> list[ClusterRow]:
    """Cluster texts in the order given; line numbers start at 1. Blank texts are skipped."""
    clusterer = Clusterer(rules, exhaustive=exhaustive)
    rows = []
    for line, text in enumerate(texts, start=1):
        if not text.strip():
            continue
        decision = clusterer.add(Item(line, read_claim(text)))
        claim = line if decision.claim_id is None else decision.claim_id
        rows.append(ClusterRow(line, text, claim, decision.score, decision.relation, decision.matched_id))
    return rows
