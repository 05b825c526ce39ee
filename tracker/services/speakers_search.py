"""Speaker search: blocked candidate lookup in SQL, then cross-script scoring with rapidfuzz.

Scoring every alias of 100,000 speakers per query is out of the question, so the query
is first *blocked*: indexed range scans on ``SpeakerAlias.search_key`` (the romanisation
key, see :mod:`tracker.speakers.keys`) and one equality on ``alias_norm``.

* selective ranges: aliases whose key words start with the whole query key ("mhmd hdd"
  finds the alias "محمد حداد"), or with two consecutive query words;
* fallback ranges, read only when those found little: each query word as an alias's
  first word (a surname query reaches the surname alias), and each word's three-letter
  prefix for spellings whose key drifts.

Every speaker carries its name, surname and "first last" forms as aliases, so these
ranges reach it. The candidates then go through a vectorised rapidfuzz pass (keys and
folded names), and the best 60 are scored in full by
:func:`tracker.speakers.scoring.pair_score` and grouped per (unmerged) speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from tracker.models import Speaker, SpeakerAlias, Statement
from tracker.normalize import fold
from tracker.speakers.scoring import MATCH_THRESHOLD, NameForm, name_form, pair_score, stored_form

# Rows read per range scan: selective ranges first, fuzzy ones only when those found little.
EXACT_LIMIT = 100
PREFIX_LIMIT = 60
FALLBACK_BELOW = 20
# Candidates scored in full (Python) after the vectorised first pass.
FULL_SCORE_LIMIT = 60
PREFILTER_CUTOFF = 50.0
# Hits this far below the best one are other people, not spellings of the same one.
SAME_SPEAKER_MARGIN = 10.0
DEFAULT_CUTOFF = 60.0


@dataclass(frozen=True, slots=True)
class SpeakerHit:
    speaker_id: int
    name: str
    latin_name: str | None
    kind: str
    external_id: str | None
    score: float
    matched: str


def root_id(session: Session, speaker_id: int) -> int:
    """Follow merges to the speaker that now stands for this one."""
    seen = {speaker_id}
    current = speaker_id
    while True:
        parent = session.scalar(select(Speaker.merged_into_id).where(Speaker.id == current))
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent


def blocking_ranges(tokens: tuple[str, ...]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(selective, fallback) half-open ranges of SpeakerAlias.search_key for a query's key words."""
    if not tokens:
        return [], []
    whole = " ".join(tokens)
    selective = [(whole, whole + "!")]  # the key itself, or the key followed by more words
    for first, second in pairwise(tokens):
        pair = f"{first} {second}"
        selective.append((pair, pair + "!"))
    fallback = []
    for token in reversed(tokens):  # surnames (last) are rarer than given names
        if len(token) >= 2 or len(tokens) == 1:
            fallback.append((token, token + "!"))
        if len(token) >= 3:
            fallback.append((token[:3], token[:3] + "{"))
    selective = list(dict.fromkeys(selective))
    return selective, [r for r in dict.fromkeys(fallback) if r not in selective]


#: (speaker_id, alias, alias_norm, search_key, script, merged_into_id, name, latin_name, kind, external_id)
Row = tuple[int, str, str, str | None, str, int | None, str, str | None, str, str | None]
# The speaker's own columns come along (one primary-key lookup per row), so a search is
# a handful of range scans and nothing else unless merged speakers turn up.
_COLUMNS = (
    SpeakerAlias.id,
    SpeakerAlias.speaker_id,
    SpeakerAlias.alias,
    SpeakerAlias.alias_norm,
    SpeakerAlias.search_key,
    SpeakerAlias.script,
    Speaker.merged_into_id,
    Speaker.name,
    Speaker.latin_name,
    Speaker.kind,
    Speaker.external_id,
)
_FROM = select(*_COLUMNS).join(Speaker, Speaker.id == SpeakerAlias.speaker_id)
_BY_NORM = _FROM.where(SpeakerAlias.alias_norm == bindparam("norm")).limit(EXACT_LIMIT)


@lru_cache(maxsize=4)
def _range_statement(dialect: str):  # type: ignore[no-untyped-def]
    # Built once per dialect with bound parameters, so each scan only binds values.
    # PostgreSQL's default collations ignore spaces when ordering, which breaks the
    # "first words equal" ranges; compare bytewise there. SQLite is bytewise already.
    column = SpeakerAlias.search_key
    key = column.collate("C") if dialect == "postgresql" else column
    return _FROM.where(key >= bindparam("low"), key < bindparam("high")).limit(bindparam("cap"))


def _candidates(session: Session, form: NameForm, norm: str) -> dict[int, Row]:
    rows: dict[int, Row] = {}

    def read(statement, **values) -> None:  # type: ignore[no-untyped-def]
        for alias_id, *row in session.execute(statement, values):
            rows[alias_id] = tuple(row)  # type: ignore[assignment]

    read(_BY_NORM, norm=norm)
    ranges = _range_statement(session.get_bind().dialect.name)
    selective, fallback = blocking_ranges(form.tokens)
    for low, high in selective:
        read(ranges, low=low, high=high, cap=EXACT_LIMIT)
    if len(rows) < FALLBACK_BELOW:
        for low, high in fallback:
            read(ranges, low=low, high=high, cap=PREFIX_LIMIT)
    return rows


def _shortlist(form: NameForm, rows: dict[int, Row], norm: str) -> list[Row]:
    """The candidates worth full scoring: a vectorised rapidfuzz pass over keys and folded names."""
    values = list(rows.values())
    if len(values) <= FULL_SCORE_LIMIT:
        return values
    best: dict[int, float] = {}
    passes = (
        ([(row[3] or "").replace(" ", "") for row in values], form.key),
        ([row[2] for row in values], norm),
    )
    for choices, query in passes:
        if not query:
            continue
        for _, score, index in process.extract(
            query, choices, scorer=fuzz.ratio, processor=None, score_cutoff=PREFILTER_CUTOFF, limit=None
        ):
            best[index] = max(best.get(index, 0.0), score)
    ranked = sorted(best, key=lambda i: -best[i])[:FULL_SCORE_LIMIT]
    return [values[i] for i in ranked]


def _hit(
    speaker_id: int, score: float, alias: str, info: tuple[str, str | None, str, str | None]
) -> SpeakerHit:
    name, latin_name, kind, external_id = info
    return SpeakerHit(speaker_id, name, latin_name, kind, external_id, score, alias)


def search_speakers(
    session: Session, query: str, *, limit: int = 20, cutoff: float = DEFAULT_CUTOFF
) -> list[SpeakerHit]:
    """Speakers whose names or aliases match the query in any script, best first, with the alias that matched."""
    norm = fold(query)
    if not norm:
        return list_speakers(session, limit=limit)
    form = name_form(query)
    best: dict[int, tuple[float, str]] = {}
    info: dict[int, tuple[str, str | None, str, str | None]] = {}
    for speaker_id, alias, _, key, script, merged_into, *speaker in _shortlist(
        form, _candidates(session, form, norm), norm
    ):
        score = pair_score(form, stored_form(alias, key, script))
        if score < cutoff:
            continue
        # An alias left on a merged speaker stands for the speaker it was merged into.
        target = speaker_id if merged_into is None else root_id(session, speaker_id)
        if target == speaker_id:
            info[target] = tuple(speaker)  # type: ignore[assignment]
        if score > best.get(target, (-1.0, ""))[0]:
            best[target] = (round(score, 1), alias)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    missing = [i for i, _ in ranked if i not in info]
    if missing:
        for row in session.execute(
            select(Speaker.id, Speaker.name, Speaker.latin_name, Speaker.kind, Speaker.external_id).where(
                Speaker.id.in_(missing)
            )
        ):
            info[row[0]] = tuple(row[1:])  # type: ignore[assignment]
    return [_hit(i, score, alias, info[i]) for i, (score, alias) in ranked if i in info]


def list_speakers(session: Session, *, limit: int = 20) -> list[SpeakerHit]:
    """Unmerged speakers with the most statements first (the listing without a query)."""
    counts = (
        select(Statement.speaker_id, func.count(Statement.id).label("n"))
        .where(Statement.speaker_id.is_not(None))
        .group_by(Statement.speaker_id)
        .subquery()
    )
    query = (
        select(Speaker, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.speaker_id == Speaker.id)
        .where(Speaker.merged_into_id.is_(None))
        .order_by(func.coalesce(counts.c.n, 0).desc(), Speaker.id)
        .limit(limit)
    )
    return [
        SpeakerHit(s.id, s.name, s.latin_name, s.kind, s.external_id, 0.0, "")
        for s, _ in session.execute(query).all()
    ]


def speaker_ids_matching(session: Session, query: str, *, limit: int = 20) -> list[int]:
    """Ids of the speaker(s) a query means, for ``tracker statements --speaker QUERY``.

    A number is a speaker id. Otherwise: the hits at or above the match threshold that
    are within a small margin of the best one (so "Assad" gives every al-Assad, but a
    vaguely similar name does not ride along).
    """
    text = query.strip()
    if text.isdigit():
        speaker = session.get(Speaker, int(text))
        return [root_id(session, speaker.id)] if speaker is not None else []
    hits = search_speakers(session, text, limit=limit, cutoff=MATCH_THRESHOLD)
    if not hits:
        return []
    top = hits[0].score
    return [hit.speaker_id for hit in hits if hit.score >= top - SAME_SPEAKER_MARGIN]
