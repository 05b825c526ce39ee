"""One speaker in full, for ``tracker speakers show`` and the TUI: aliases, roles over time,
statements per month, merges, and merge suggestions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.models import Article, Speaker, SpeakerMerge, SpeakerRole, Statement
from tracker.services.speakers_edit import MergeSuggestion, SpeakerError, suggest_merges


@dataclass(frozen=True, slots=True)
class AliasInfo:
    alias: str
    kind: str
    source: str
    script: str


@dataclass(frozen=True, slots=True)
class RoleInfo:
    title: str
    organization: str | None
    first_seen: date | None
    last_seen: date | None


@dataclass(frozen=True, slots=True)
class MergeInfo:
    merge_id: int
    kept_id: int
    merged_id: int
    merged_name: str
    merged_by: str | None
    statements: int


@dataclass(frozen=True, slots=True)
class SpeakerDetail:
    id: int
    name: str
    latin_name: str | None
    kind: str
    external_id: str | None
    notes: str | None
    version: int
    merged_into_id: int | None
    aliases: tuple[AliasInfo, ...]
    roles: tuple[RoleInfo, ...]
    #: ("2025-02", 3) ... in month order, then ("undated", n) when some have no date.
    months: tuple[tuple[str, int], ...]
    merges: tuple[MergeInfo, ...]
    suggestions: tuple[MergeSuggestion, ...]

    @property
    def statement_count(self) -> int:
        return sum(count for _, count in self.months)


def _months(session: Session, speaker_id: int) -> tuple[tuple[str, int], ...]:
    rows = session.execute(
        select(Statement.said_on, Article.published_at)
        .join(Article, Article.id == Statement.article_id)
        .where(Statement.speaker_id == speaker_id)
    ).all()
    counts: Counter[str] = Counter()
    for said_on, published in rows:
        day = said_on or (published.date() if published else None)
        counts[f"{day.year:04d}-{day.month:02d}" if day else "undated"] += 1
    dated = sorted((month, n) for month, n in counts.items() if month != "undated")
    return tuple(dated + ([("undated", counts["undated"])] if counts["undated"] else []))


def speaker_detail(session: Session, speaker_id: int, *, with_suggestions: bool = True) -> SpeakerDetail:
    speaker = session.get(Speaker, speaker_id)
    if speaker is None:
        raise SpeakerError(f"no speaker with id {speaker_id}")
    roles = session.scalars(
        select(SpeakerRole)
        .where(SpeakerRole.speaker_id == speaker_id)
        .order_by(SpeakerRole.first_seen, SpeakerRole.id)
    ).all()
    merges = session.execute(
        select(SpeakerMerge, Speaker.name)
        .join(Speaker, Speaker.id == SpeakerMerge.merged_id)
        .where(SpeakerMerge.kept_id == speaker_id, SpeakerMerge.undone_at.is_(None))
        .order_by(SpeakerMerge.id)
    ).all()
    return SpeakerDetail(
        id=speaker.id,
        name=speaker.name,
        latin_name=speaker.latin_name,
        kind=speaker.kind,
        external_id=speaker.external_id,
        notes=speaker.notes,
        version=speaker.version,
        merged_into_id=speaker.merged_into_id,
        aliases=tuple(
            AliasInfo(a.alias, a.kind, a.source, a.script)
            for a in sorted(speaker.aliases, key=lambda a: a.id)
        ),
        roles=tuple(RoleInfo(r.title, r.organization, r.first_seen, r.last_seen) for r in roles),
        months=_months(session, speaker_id),
        merges=tuple(
            MergeInfo(m.id, m.kept_id, m.merged_id, name, m.merged_by, len(m.statement_ids or []))
            for m, name in merges
        ),
        suggestions=tuple(suggest_merges(session, speaker_id, limit=5)) if with_suggestions else (),
    )
