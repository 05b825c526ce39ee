"""Speaker identity in the store: resolving statements to speakers, roles over time.

Ingest resolves one article's statements at a time, whose SpeakerRef the extractor
already resolved inside the article: :class:`SpeakerResolver` returns their speaker ids
(the batch path, :mod:`tracker.services.ingest_bulk`), ``resolve_speakers`` sets them on
Statement rows (one article through the ORM).
Across the store the rules are conservative, because a wrong merge silently credits a
claim to the wrong person:

1. A full name attaches to the speaker with the same normalised name, or a full-name /
   transliteration / user alias, of a compatible kind (people with people, bodies with
   bodies). Two different full names are never joined here; ``suggest_merges`` proposes.
2. A one-word name (surname-only mention) attaches to the single speaker carrying it as
   a surname alias; when several do, a speaker of its own is created.
3. A role-only mention ("المتحدثة باسم الخارجية الروسية") attaches to the single speaker
   holding that role around the statement's date (in this article first, then in the
   store); otherwise the statement keeps no speaker.
4. A new speaker whose name the gazetteer knows gets its Latin name, QID and spellings.

Search lives in :mod:`tracker.services.speakers_search`, edits (aliases, merges, splits,
merge suggestions) in :mod:`tracker.services.speakers_edit`, the full view of one speaker
in :mod:`tracker.services.speakers_detail`; all are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from tracker.models import Article, Speaker, SpeakerAlias, SpeakerRole, Statement
from tracker.normalize import fold, script_of
from tracker.records import SpeakerRef, StatementRecord
from tracker.services.speakers_cache import Mention, RoleSighting, SpeakerCache, lookup_keys, mention_of
from tracker.services.speakers_detail import SpeakerDetail, speaker_detail
from tracker.services.speakers_edit import (
    MergeSuggestion,
    SpeakerConflict,
    SpeakerError,
    add_alias,
    add_speaker,
    merge_speakers,
    split_speaker,
    suggest_merges,
)
from tracker.services.speakers_search import SpeakerHit, search_speakers, speaker_ids_matching
from tracker.services.speakers_store import (
    FULL_NAME_KINDS,
    attach_alias,
    new_speaker,
    same_family,
)
from tracker.speakers.gazetteer import Gazetteer, default_gazetteer
from tracker.speakers.names import role_organization, surname_of

__all__ = [
    "MergeSuggestion",
    "SpeakerCache",
    "SpeakerConflict",
    "SpeakerDetail",
    "SpeakerError",
    "SpeakerHit",
    "add_alias",
    "add_speaker",
    "merge_speakers",
    "resolve_speakers",
    "role_as_of",
    "search_speakers",
    "speaker_detail",
    "speaker_ids_matching",
    "split_speaker",
    "suggest_merges",
]

# How far outside the dates a role was seen a role-only mention may still attach.
ROLE_SLACK = timedelta(days=180)


def _root(session: Session, speaker_id: int) -> Speaker | None:
    """The speaker that now stands for this one (itself unless merged), via the identity map."""
    speaker = session.get(Speaker, speaker_id)
    seen = {speaker_id}
    while speaker is not None and speaker.merged_into_id is not None and speaker.merged_into_id not in seen:
        seen.add(speaker.merged_into_id)
        speaker = session.get(Speaker, speaker.merged_into_id)
    return speaker


def _roots(session: Session, ids: set[int]) -> list[Speaker]:
    missing = [i for i in ids if session.identity_map.get(session.identity_key(Speaker, i)) is None]
    if len(missing) > 1:  # one query for them, not one get() each
        session.scalars(select(Speaker).where(Speaker.id.in_(missing))).all()
    found = {root.id: root for i in sorted(ids) if (root := _root(session, i)) is not None}
    return [found[i] for i in sorted(found)]


def find_by_full_name(session: Session, name: str, kind: str) -> Speaker | None:
    norm = fold(name)
    if not norm:
        return None
    # One round trip for both: the name itself, and full-name aliases.
    ids = set(
        session.scalars(
            union(
                select(Speaker.id).where(Speaker.name_norm == norm),
                select(SpeakerAlias.speaker_id).where(
                    SpeakerAlias.alias_norm == norm, SpeakerAlias.kind.in_(FULL_NAME_KINDS)
                ),
            )
        )
    )
    found = [s for s in _roots(session, ids) if same_family(s.kind, kind)]
    return found[0] if found else None  # duplicates of one full name: the oldest wins


def _find_by_surname(session: Session, name: str) -> list[Speaker]:
    ids = set(
        session.scalars(
            select(SpeakerAlias.speaker_id).where(
                SpeakerAlias.alias_norm == fold(name), SpeakerAlias.kind == "surname"
            )
        )
    )
    return [s for s in _roots(session, ids) if s.kind == "person"]


def _find_by_gazetteer(
    session: Session, entry_qid: str | None, spellings: Sequence[str], kind: str
) -> Speaker | None:
    if entry_qid:
        ids = set(session.scalars(select(Speaker.id).where(Speaker.external_id == entry_qid)))
        found = [s for s in _roots(session, ids) if same_family(s.kind, kind)]
        if found:
            return found[0]
    for spelling in spellings:
        speaker = find_by_full_name(session, spelling, kind)
        if speaker is not None:
            return speaker
    return None


def _speaker_for_name(session: Session, ref: SpeakerRef, gazetteer: Gazetteer) -> Speaker:
    # speakers_cache.lookup_keys lists what this reads: change the two together.
    name, kind = ref.name.strip(), ref.kind
    speaker = find_by_full_name(session, name, kind)
    if speaker is not None:
        return speaker
    one_word = kind == "person" and surname_of(name) is None
    if one_word:
        holders = _find_by_surname(session, name)
        if len(holders) == 1:
            return holders[0]
        if holders:  # ambiguous surname: never guess between two people
            return new_speaker(session, name, kind, None)
        entry = gazetteer.lookup_surname(name) or gazetteer.lookup(name, kind)
    else:
        entry = gazetteer.lookup(name, kind)
    if entry is not None:
        speaker = _find_by_gazetteer(session, entry.qid, entry.spellings, kind)
        if speaker is not None:
            return speaker
        if one_word:
            # Named by surname only, but the gazetteer knows the whole name: use it.
            fuller = (
                entry.arabic_name if script_of(name) == "arabic" and entry.arabic_name else entry.display_name
            )
            return new_speaker(session, fuller, kind, entry)
    return new_speaker(session, name, kind, entry)


def _role_sightings(session: Session, norm: str) -> list[RoleSighting]:
    """The rows of this role held by people: (the person's root id, first seen, last seen)."""
    found: list[RoleSighting] = []
    for row in session.scalars(select(SpeakerRole).where(SpeakerRole.title_norm == norm)):
        root = _root(session, row.speaker_id)
        if root is not None and root.kind == "person":
            found.append((root.id, row.first_seen, row.last_seen))
    return found


def _role_holder(sightings: list[RoleSighting], on: date | None) -> int | None:
    """The one person seen in the role around ``on`` (rule 3), else None."""
    holders = {
        speaker_id
        for speaker_id, first, last in sightings
        if on is None or first is None or last is None or first - ROLE_SLACK <= on <= last + ROLE_SLACK
    }
    return next(iter(holders)) if len(holders) == 1 else None


def _record_role(speaker: Speaker, norm: str, title: str, on: date | None) -> SpeakerRole:
    # The loaded collection, not a query per statement: ingest calls this for every one.
    role = next((r for r in speaker.roles if r.title_norm == norm), None)
    if role is None:
        role = SpeakerRole(
            title=title.strip()[:500], title_norm=norm[:500], organization=role_organization(title)
        )
        speaker.roles.append(role)
    if on is not None:
        role.first_seen = min(role.first_seen or on, on)
        role.last_seen = max(role.last_seen or on, on)
    return role


def resolve_speakers(
    session: Session,
    article: Article,
    pairs: Sequence[tuple[Statement, StatementRecord]],
    cache: SpeakerCache | None = None,
) -> None:
    """Set Statement.speaker_id for one article's statements, with aliases and roles. The caller commits.

    ``cache`` carries what a run resolved from one article to the next (see
    :mod:`tracker.services.speakers_cache`); without one, nothing outlives this call.
    """
    published = article.published_at.date() if article.published_at else None
    resolver = SpeakerResolver(session, cache)
    ids = resolver.article([(record, statement.said_on or published) for statement, record in pairs])
    for (statement, _), speaker_id in zip(pairs, ids, strict=True):
        statement.speaker_id = speaker_id
    resolver.finish()


class SpeakerResolver:
    """Resolution article by article, rule by rule as the module docstring says, memoised.

    :meth:`article` returns the speaker id of each of one article's statements; the new
    speakers it needed are flushed (they have ids), new aliases and role sightings may
    wait in the session until :meth:`finish` flushes them. Ingest keeps one resolver for
    a batch of articles stored in one transaction.
    """

    def __init__(self, session: Session, cache: SpeakerCache | None = None) -> None:
        self.session = session
        self.cache = cache if cache is not None else SpeakerCache()
        self.gazetteer = default_gazetteer()

    def finish(self) -> None:
        self.cache.note_pending(self.session)
        self.session.flush()

    def flush_new(self) -> None:
        if self.session.new:
            self.cache.note_pending(self.session)
            self.session.flush()

    def speaker(self, speaker_id: int) -> Speaker:
        return self.session.get_one(Speaker, speaker_id)

    def mention(self, ref: SpeakerRef) -> Mention:
        key = (ref.name, ref.kind, ref.role, ref.mention, ref.aliases)
        found = self.cache.mentions.get(key)
        if found is None:
            found = self.cache.mentions[key] = mention_of(ref, self.gazetteer)
        return found

    def by_name(self, ref: SpeakerRef) -> int:
        key = (ref.name.strip(), ref.kind)
        known = self.cache.names.get(key)
        if known is not None:
            return known
        self.flush_new()
        speaker = _speaker_for_name(self.session, ref, self.gazetteer)
        created = bool(self.session.new)
        self.flush_new()  # a new speaker's id
        if not created:
            self.cache.remember(key, speaker.id, lookup_keys(ref, self.gazetteer))
        return speaker.id

    def aliases(self, speaker_id: int, mention: Mention) -> None:
        if self.cache.knows_aliases(speaker_id, mention.alias_norms):
            return
        speaker = self.speaker(speaker_id)
        for text, kind in mention.alias_calls:
            alias = attach_alias(self.session, speaker, text, kind)
            if alias is not None:
                self.cache.forget(alias.alias_norm)
        self.cache.learn_aliases(speaker)

    def role(self, speaker_id: int, role: tuple[str, str], on: date | None) -> None:
        title, norm = role
        if not norm or self.cache.role_unchanged(speaker_id, norm, on):
            return
        row = _record_role(self.speaker(speaker_id), norm, title, on)
        self.cache.roles[(speaker_id, norm)] = (row.first_seen, row.last_seen)
        self.cache.role_sightings.pop(norm, None)

    def role_holder(self, norm: str, on: date | None) -> int | None:
        sightings = self.cache.role_sightings.get(norm)
        if sightings is None:
            self.flush_new()
            sightings = self.cache.role_sightings[norm] = _role_sightings(self.session, norm)
        return _role_holder(sightings, on)

    def article(self, items: Sequence[tuple[StatementRecord, date | None]]) -> list[int | None]:
        """The speaker ids of one article's statements, given each with its day."""
        # Autoflush would write pending rows before every lookup and alias load; the
        # lookups only need the new speakers, aliases and roles, flushed just before them.
        with self.session.no_autoflush:
            return self._article(items)

    def _article(self, items: Sequence[tuple[StatementRecord, date | None]]) -> list[int | None]:
        ids: list[int | None] = [None] * len(items)
        mentions = [self.mention(record.speaker) for record, _ in items]
        by_name: dict[tuple[str, bool], int] = {}
        by_role: dict[str, int] = {}
        # Named statements first, so a role-only one can use this article's own role holders.
        for n in sorted(range(len(items)), key=lambda n: mentions[n].role_only):
            record, on = items[n]
            mention = mentions[n]
            if not mention.named:
                continue
            if mention.role_only:
                speaker_id = by_role.get(mention.name_role)
                if speaker_id is None:
                    speaker_id = self.role_holder(mention.name_role, on)
                if speaker_id is not None:
                    ids[n] = speaker_id
                    if mention.role is not None:
                        self.role(speaker_id, mention.role, on)
                continue
            speaker_id = by_name.get(mention.fold_key)
            if speaker_id is None:
                speaker_id = by_name[mention.fold_key] = self.by_name(record.speaker)
            ids[n] = speaker_id
            self.aliases(speaker_id, mention)
            if mention.role is not None:
                self.role(speaker_id, mention.role, on)
                by_role.setdefault(mention.role[1], speaker_id)
        return ids


def role_as_of(session: Session, speaker_id: int, on: date) -> str | None:
    """The speaker's role on a date: a role seen around it, else the latest one seen before it."""
    ids = [speaker_id]
    frontier = [speaker_id]
    while frontier:  # roles left on speakers merged into this one count too
        frontier = list(session.scalars(select(Speaker.id).where(Speaker.merged_into_id.in_(frontier))))
        ids += frontier
    roles = session.scalars(
        select(SpeakerRole).where(SpeakerRole.speaker_id.in_(ids), SpeakerRole.first_seen.is_not(None))
    ).all()
    covering = [r for r in roles if r.first_seen <= on <= (r.last_seen or r.first_seen)]
    if covering:
        return max(covering, key=lambda r: (r.first_seen, r.id)).title
    before = [r for r in roles if r.first_seen <= on]
    if before:
        return max(before, key=lambda r: (r.last_seen or r.first_seen, r.id)).title
    return None
