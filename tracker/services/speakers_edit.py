"""Editing speakers: user aliases and speakers, reversible merges, merge suggestions.

Speakers are versioned rows (``version`` is SQLAlchemy's version_id_col). Every edit here
names the version it was based on (``expected_version``); a stale one raises
:class:`SpeakerConflict` with the current version, and an edit that loses a race at
flush time (the row changed underneath) raises the same, never a silent overwrite.

A merge moves the merged speaker's statements, and those aliases and roles the kept
speaker does not already have, to the kept speaker, and records exactly which rows moved
in a SpeakerMerge row; ``split_speaker`` moves exactly those rows back. Merges undo in
reverse order: a merge whose kept speaker was itself merged later is refused until the
later one is split.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from tracker.models import Speaker, SpeakerAlias, SpeakerMerge, SpeakerRole, Statement, utcnow
from tracker.normalize import fold
from tracker.services.speakers_search import search_speakers
from tracker.services.speakers_store import attach_alias, new_speaker, same_family
from tracker.speakers.gazetteer import default_gazetteer
from tracker.speakers.scoring import SUGGEST_THRESHOLD


class SpeakerError(ValueError):
    """A speaker edit that cannot be applied (unknown id, merging a speaker into itself ...)."""


class SpeakerConflict(Exception):
    """The speaker changed since the caller loaded it."""

    def __init__(self, speaker_id: int, current_version: int | None, expected_version: int | None) -> None:
        now = f"now version {current_version}, " if current_version is not None else ""
        super().__init__(
            f"speaker {speaker_id} was changed by someone else ({now}you had version {expected_version}); "
            "reload it and try again"
        )
        self.speaker_id = speaker_id
        self.current_version = current_version
        self.expected_version = expected_version


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    score: float
    matched: str


def _speaker(session: Session, speaker_id: int) -> Speaker:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        raise SpeakerError(f"no speaker with id {speaker_id}")
    return speaker


def _check(speaker: Speaker, expected_version: int | None) -> None:
    if expected_version is not None and speaker.version != expected_version:
        raise SpeakerConflict(speaker.id, speaker.version, expected_version)


def _flush(session: Session, *speakers: Speaker) -> None:
    """Bump the speakers' versions; a concurrent change surfaces as SpeakerConflict."""
    for speaker in speakers:
        flag_modified(speaker, "name")  # forces the versioned UPDATE even if no column changed
    first_id, first_version = speakers[0].id, speakers[0].version
    try:
        session.flush()
    except StaleDataError as error:
        # The transaction is rolled back now, so the current version cannot be read here.
        raise SpeakerConflict(first_id, None, first_version) from error


def add_alias(
    session: Session, speaker_id: int, alias: str, *, kind: str = "user", expected_version: int | None = None
) -> SpeakerAlias:
    """Give a speaker another name (any script). Raises SpeakerError if it already has it."""
    speaker = _speaker(session, speaker_id)
    _check(speaker, expected_version)
    if speaker.merged_into_id is not None:
        raise SpeakerError(
            f"speaker {speaker_id} is merged into {speaker.merged_into_id}; add the alias there"
        )
    created = attach_alias(session, speaker, alias, kind, source="user")
    if created is None:
        raise SpeakerError(
            f"speaker {speaker_id} already has the alias {alias!r}" if fold(alias) else "empty alias"
        )
    _flush(session, speaker)
    return created


def add_speaker(
    session: Session,
    name: str,
    *,
    kind: str = "person",
    latin_name: str | None = None,
    external_id: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Speaker:
    """A user-added speaker (enriched from the gazetteer when it knows the name)."""
    if not fold(name):
        raise SpeakerError("a speaker needs a name")
    speaker = new_speaker(session, name, kind, default_gazetteer().lookup(name, kind))
    if latin_name:
        speaker.latin_name = latin_name
        attach_alias(session, speaker, latin_name, "user", source="user")
    if external_id:
        speaker.external_id = external_id
    for alias in aliases:
        attach_alias(session, speaker, alias, "user", source="user")
    session.flush()
    return speaker


def merge_speakers(
    session: Session,
    kept_id: int,
    merged_id: int,
    *,
    merged_by: str | None = None,
    expected_versions: tuple[int | None, int | None] = (None, None),
) -> SpeakerMerge:
    """Merge ``merged_id`` into ``kept_id`` (statements, new aliases and roles move); reversible."""
    if kept_id == merged_id:
        raise SpeakerError("cannot merge a speaker into itself")
    kept, merged = _speaker(session, kept_id), _speaker(session, merged_id)
    _check(kept, expected_versions[0])
    _check(merged, expected_versions[1])
    for speaker in (kept, merged):
        if speaker.merged_into_id is not None:
            raise SpeakerError(f"speaker {speaker.id} is already merged into {speaker.merged_into_id}")
    kept_aliases = {a.alias_norm for a in kept.aliases}
    kept_roles = {r.title_norm for r in kept.roles}
    alias_ids = [a.id for a in merged.aliases if a.alias_norm not in kept_aliases]
    role_ids = [r.id for r in merged.roles if r.title_norm not in kept_roles]
    statement_ids = list(session.scalars(select(Statement.id).where(Statement.speaker_id == merged.id)))
    _move(session, statement_ids, alias_ids, role_ids, source=merged.id, target=kept.id)
    merged.merged_into_id = kept.id
    record = SpeakerMerge(
        kept_id=kept.id,
        merged_id=merged.id,
        statement_ids=statement_ids,
        alias_ids=alias_ids,
        role_ids=role_ids,
        merged_by=merged_by,
    )
    session.add(record)
    _flush(session, kept, merged)
    return record


def _move(
    session: Session,
    statement_ids: list[int],
    alias_ids: list[int],
    role_ids: list[int],
    *,
    source: int,
    target: int,
) -> None:
    if statement_ids:
        # A statement whose speaker changed is a changed statement: its version moves too,
        # so a review based on the old attribution is told.
        session.execute(
            update(Statement)
            .where(Statement.id.in_(statement_ids), Statement.speaker_id == source)
            .values(speaker_id=target, version=Statement.version + 1)
            .execution_options(synchronize_session=False)
        )
    for model, ids in ((SpeakerAlias, alias_ids), (SpeakerRole, role_ids)):
        if ids:
            session.execute(
                update(model)
                .where(model.id.in_(ids), model.speaker_id == source)
                .values(speaker_id=target)
                .execution_options(synchronize_session=False)
            )
    for speaker_id in (source, target):
        speaker = session.get(Speaker, speaker_id)
        if speaker is not None:
            session.expire(speaker, ["aliases", "roles"])
    for statement in list(session.identity_map.values()):
        if isinstance(statement, Statement) and statement.id in statement_ids:
            session.expire(statement)


def _active_merge(session: Session, merge_id: int | None, speaker_id: int | None) -> SpeakerMerge:
    active = select(SpeakerMerge).where(SpeakerMerge.undone_at.is_(None)).order_by(SpeakerMerge.id.desc())
    if merge_id is not None:
        merge = session.get(SpeakerMerge, merge_id)
        if merge is None or merge.undone_at is not None:
            raise SpeakerError(f"no active merge with id {merge_id}")
        return merge
    if speaker_id is None:
        raise SpeakerError("give a merge id or a speaker id")
    speaker = _speaker(session, speaker_id)
    column = SpeakerMerge.merged_id if speaker.merged_into_id is not None else SpeakerMerge.kept_id
    merge = session.scalar(active.where(column == speaker_id).limit(1))
    if merge is None:
        raise SpeakerError(f"speaker {speaker_id} has no merge to undo")
    return merge


def split_speaker(
    session: Session,
    *,
    merge_id: int | None = None,
    speaker_id: int | None = None,
    expected_version: int | None = None,
) -> SpeakerMerge:
    """Undo a merge exactly (by merge id, or the latest merge of/into a speaker)."""
    merge = _active_merge(session, merge_id, speaker_id)
    later = session.scalar(
        select(SpeakerMerge.id)
        .where(
            SpeakerMerge.undone_at.is_(None),
            SpeakerMerge.id > merge.id,
            SpeakerMerge.merged_id == merge.kept_id,
        )
        .limit(1)
    )
    if later is not None:
        raise SpeakerError(
            f"speaker {merge.kept_id} was merged again later (merge {later}); split that first"
        )
    kept, merged = _speaker(session, merge.kept_id), _speaker(session, merge.merged_id)
    _check(kept, expected_version)
    _move(
        session,
        list(merge.statement_ids),
        list(merge.alias_ids),
        list(merge.role_ids),
        source=kept.id,
        target=merged.id,
    )
    merged.merged_into_id = None
    merge.undone_at = utcnow()
    _flush(session, kept, merged)
    return merge


def suggest_merges(
    session: Session,
    speaker_id: int | None = None,
    *,
    limit: int = 20,
    threshold: float = SUGGEST_THRESHOLD,
    scan: int = 2000,
) -> list[MergeSuggestion]:
    """Pairs of speakers that look like one entity, best first. Nothing is merged."""
    if speaker_id is not None:
        sources = [_speaker(session, speaker_id)]
    else:
        sources = list(
            session.scalars(
                select(Speaker)
                .where(Speaker.merged_into_id.is_(None))
                .order_by(Speaker.id.desc())
                .limit(scan)
            )
        )
    found: dict[tuple[int, int], MergeSuggestion] = {}
    for source in sources:
        for query in {source.name, source.latin_name or source.name}:
            for hit in search_speakers(session, query, limit=10, cutoff=threshold):
                if hit.speaker_id == source.id or not same_family(hit.kind, source.kind):
                    continue
                if source.external_id and hit.external_id and source.external_id != hit.external_id:
                    continue  # two different Wikidata entities
                first, second = sorted((source.id, hit.speaker_id))
                names = {source.id: source.name, hit.speaker_id: hit.name}
                suggestion = MergeSuggestion(
                    first, second, names[first], names[second], hit.score, hit.matched
                )
                if (first, second) not in found or found[(first, second)].score < hit.score:
                    found[(first, second)] = suggestion
    return sorted(found.values(), key=lambda s: (-s.score, s.first_id, s.second_id))[:limit]
