"""Speaker identity in the store: resolving statements to speakers, roles over time.

``resolve_speakers`` is called by ingest with the (Statement row, StatementRecord) pairs
of one article, whose SpeakerRef the extractor already resolved inside the article.
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
from tracker.services.speakers_cache import SpeakerCache
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
    role_norm,
    same_family,
)
from tracker.speakers.gazetteer import Gazetteer, default_gazetteer
from tracker.speakers.names import is_role_phrase, role_organization, surname_of

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


def _statement_day(statement: Statement, article: Article) -> date | None:
    if statement.said_on is not None:
        return statement.said_on
    return article.published_at.date() if article.published_at else None


def is_role_only(ref: SpeakerRef, gazetteer: Gazetteer) -> bool:
    """The statement names an office, not a person: "وفق المتحدثة باسم الخارجية الروسية"."""
    name = ref.name.strip()
    if ref.role and fold(name) == fold(ref.role):
        return True
    return ref.kind == "person" and is_role_phrase(name) and gazetteer.lookup(name, ref.kind) is None


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


def _speaker_for_role(session: Session, role: str, on: date | None) -> Speaker | None:
    norm = role_norm(role)
    rows = session.scalars(select(SpeakerRole).where(SpeakerRole.title_norm == norm)).all()
    holders: dict[int, Speaker] = {}
    for row in rows:
        seen_far = (
            on is not None
            and row.first_seen is not None
            and row.last_seen is not None
            and not (row.first_seen - ROLE_SLACK <= on <= row.last_seen + ROLE_SLACK)
        )
        if seen_far:
            continue
        root = _root(session, row.speaker_id)
        if root is not None and root.kind == "person":
            holders[root.id] = root
    return next(iter(holders.values())) if len(holders) == 1 else None


def record_role(session: Session, speaker: Speaker, title: str, on: date | None) -> None:
    """Add or widen the speaker's role window with one more sighting."""
    norm = role_norm(title)
    if not norm:
        return
    _record_role(speaker, norm, title, on)


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


def _alias_calls(ref: SpeakerRef) -> list[tuple[str, str]]:
    """The (text, kind) aliases the names this article used for the speaker give, in order."""
    name = ref.name.strip()
    calls = [(name, "full_name" if surname_of(name) or ref.kind != "person" else "surname")]
    if ref.kind == "person" and (surname := surname_of(name)):
        calls.append((surname, "surname"))
    for other in (ref.mention, ref.role, *ref.aliases):
        other = (other or "").strip()
        if not other or fold(name) in fold(other):
            continue  # the name itself, or "role, name" as one mention
        if (ref.role and fold(other) == fold(ref.role)) or is_role_phrase(other):
            calls.append((other, "role"))
        elif ref.kind == "person" and fold(name).endswith(" " + fold(other)):
            calls.append((other, "surname"))
        elif len(fold(other)) >= 3:
            calls.append((other, "short_name"))
    return calls


def _name_aliases(session: Session, speaker: Speaker, ref: SpeakerRef) -> None:
    """The names this article used for the speaker become aliases (role phrases as kind "role")."""
    for text, kind in _alias_calls(ref):
        attach_alias(session, speaker, text, kind)


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
    resolver = _Resolver(session, article, cache if cache is not None else SpeakerCache())
    # Autoflush would write the statements' speaker ids before every lookup and alias load;
    # the lookups only need the new speakers, aliases and roles, flushed just before them.
    with session.no_autoflush:
        resolver.run(pairs)
    resolver.cache.note_pending(session)
    session.flush()


class _Resolver:
    """One article's resolution: rule by rule as the module docstring says, memoised."""

    def __init__(self, session: Session, article: Article, cache: SpeakerCache) -> None:
        self.session, self.article, self.cache = session, article, cache
        self.gazetteer = default_gazetteer()

    def flush_new(self) -> None:
        if self.session.new:
            self.cache.note_pending(self.session)
            self.session.flush()

    def speaker(self, speaker_id: int) -> Speaker:
        return self.session.get_one(Speaker, speaker_id)

    def by_name(self, ref: SpeakerRef) -> int:
        key = (ref.name.strip(), ref.kind)
        self.cache.note_pending(self.session)  # aliases this article attached so far
        known = self.cache.names.get(key)
        if known is not None:
            return known
        self.flush_new()
        speaker = _speaker_for_name(self.session, ref, self.gazetteer)
        created = bool(self.session.new)
        self.flush_new()  # a new speaker's id
        if not created:
            self.cache.names[key] = speaker.id
        return speaker.id

    def aliases(self, speaker_id: int, ref: SpeakerRef) -> None:
        calls = _alias_calls(ref)
        if self.cache.knows_aliases(speaker_id, [text for text, _ in calls]):
            return
        speaker = self.speaker(speaker_id)
        for text, kind in calls:
            attach_alias(self.session, speaker, text, kind)
        self.cache.learn_aliases(speaker)

    def role(self, speaker_id: int, title: str, on: date | None) -> None:
        norm = role_norm(title)
        if not norm or self.cache.role_unchanged(speaker_id, norm, on):
            return
        role = _record_role(self.speaker(speaker_id), norm, title, on)
        self.cache.roles[(speaker_id, norm)] = (role.first_seen, role.last_seen)

    def run(self, pairs: Sequence[tuple[Statement, StatementRecord]]) -> None:
        gazetteer = self.gazetteer
        by_name: dict[tuple[str, bool], int] = {}
        by_role: dict[str, int] = {}
        # Named statements first, so a role-only one can use this article's own role holders.
        ordered = sorted(pairs, key=lambda pair: is_role_only(pair[1].speaker, gazetteer))
        for statement, record in ordered:
            ref = record.speaker
            on = _statement_day(statement, self.article)
            if ref.kind == "unnamed" or not ref.name.strip():
                continue
            if is_role_only(ref, gazetteer):
                speaker_id = by_role.get(role_norm(ref.name))
                if speaker_id is None:
                    self.flush_new()
                    holder = _speaker_for_role(self.session, ref.name, on)
                    speaker_id = holder.id if holder is not None else None
                if speaker_id is not None:
                    statement.speaker_id = speaker_id
                    self.role(speaker_id, ref.role or ref.name, on)
                continue
            cache_key = (fold(ref.name), ref.kind == "person")
            speaker_id = by_name.get(cache_key)
            if speaker_id is None:
                speaker_id = by_name[cache_key] = self.by_name(ref)
            statement.speaker_id = speaker_id
            self.aliases(speaker_id, ref)
            if ref.role:
                self.role(speaker_id, ref.role, on)
                by_role.setdefault(role_norm(ref.role), speaker_id)


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
