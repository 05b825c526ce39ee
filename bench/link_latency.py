"""Linking one new statement into a large store: per-statement latency, the ingest path.

Usage: python bench/link_latency.py --db sqlite:////tmp/linkbench/store.db [--statements 1000000]
                                    [--probes 300] [--seed 7] [--rebuild] [--profile FILE]

The store is filled once (and reused by later runs while it holds that many statements)
with the synthetic statements of :mod:`link_scale`'s generator: Zipf-distributed Arabic-
script words, 30% reworded repeats of an earlier claim, 5% hard negatives. It is bulk
loaded, not ingested: articles (25 outlets, dated in order), statements (a quarter with a
direct quote, repeats often by the same speaker), the claims and links the generator's
ground truth gives (a repeat joins its original's claim as ``same``, a hard negative as
``variant``), and the ``StatementTerm`` index, chosen by the same functions as linking
(:func:`~tracker.linking.candidates.choose_index_terms` over the posting counts so far).

Then the generator's next ``--probes`` statements are stored one per transaction (an
article and its statement) and linked through ``tracker.services.claims.link_statements``
(the ingest hook: ``link_ids`` and the batch linker, as ``tracker ingest`` links a
small batch), timed in wall and CPU time (process time: the machine may be shared);
then the transaction is rolled back, so the store stays as built. The SQLite file is read
once before probing (``--cold`` skips that), so the figures are those of a store the OS
keeps in memory, not of the disk; the first ``WARM_UP`` probes fill the process's caches
and are not timed. Also reported: how many
probe repeats joined their original's claim, and hard negatives linked as ``same``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_scale import Generator

STATEMENTS_PER_ARTICLE = 6
OUTLETS = 25
SPEAKERS = 3000
START = datetime(2023, 1, 1, 8, 0, tzinfo=UTC)
# Probes not timed: the first ones fill the process's caches (stems, read claims).
WARM_UP = 20
CHUNK = 20_000


def _when(article: int) -> datetime:
    # ~2 years for a million statements: an article every ~6 minutes.
    return START + timedelta(minutes=6 * article)


def _statement_row(i: int, text: str, speaker: str, article_id: int, key: str) -> dict[str, object]:
    from tracker.normalize import fold

    quoted = i % 4 == 0
    return {
        "id": i + 1,
        "article_id": article_id,
        "ordinal": i % STATEMENTS_PER_ARTICLE,
        "speaker_name": speaker,
        "cue": "قال",
        "content": text,
        "content_norm": fold(text),
        "content_key": key,
        "cue_start": 0,
        "cue_end": 3,
        "content_start": 4,
        "content_end": 4 + len(text),
        "direct_quotes": [[4, 4 + len(text), text]] if quoted else [],
        "kind": "direct" if quoted else "indirect",
        "method": "bench",
        "extractor_version": "bench",
    }


def _speakers(truth: list[int], rng: random.Random) -> list[str]:
    """A speaker per statement; a repeat keeps its original's speaker half the time."""
    out: list[str] = []
    for i, original in enumerate(truth):
        source = original if original >= 0 else -original - 1
        if source != i and rng.random() < 0.5:
            out.append(out[source])
        else:
            out.append(f"متحدث {rng.randrange(SPEAKERS)}")
    return out


def _claims(truth: list[int], hard: list[bool]) -> tuple[list[int], list[str]]:
    """Each statement's claim (its original's id, 1-based) and relation there."""
    claim: list[int] = []
    relation: list[str] = []
    for i, original in enumerate(truth):
        source = -original - 1 if hard[i] else original
        claim.append(claim[source] if source != i else i + 1)
        relation.append("variant" if hard[i] else "same")
    return claim, relation


def build(url: str, texts: list[str], truth: list[int], hard: list[bool], seed: int) -> float:
    """Bulk-load the store (see the module docstring); returns the wall seconds it took."""
    from sqlalchemy import insert

    from tracker.db import open_store
    from tracker.linking.candidates import choose_index_terms, lookup_keys
    from tracker.linking.text import read_claim
    from tracker.models import Article, Claim, ClaimLink, Outlet, Statement, StatementTerm

    started = time.perf_counter()
    rng = random.Random(seed)
    speakers = _speakers(truth, rng)
    claim_of, relation = _claims(truth, hard)
    store = open_store(url)
    n = len(texts)
    articles = n // STATEMENTS_PER_ARTICLE + 1
    with store.engine.begin() as conn:
        conn.execute(insert(Outlet), [{"id": o + 1, "name": f"منفذ {o}"} for o in range(OUTLETS)])
        for start in range(0, articles, CHUNK):
            conn.execute(
                insert(Article),
                [
                    {
                        "id": a + 1,
                        "outlet_id": a % OUTLETS + 1,
                        "published_at": _when(a),
                        "published_offset": 180,
                        "published_date": (_when(a) + timedelta(hours=3)).date(),
                        "language": "ar",
                        "body": "-",
                        "content_hash": f"{a:064d}",
                    }
                    for a in range(start, min(start + CHUNK, articles))
                ],
            )
        for start in range(0, n, CHUNK):
            conn.execute(
                insert(Statement),
                [
                    _statement_row(i, texts[i], speakers[i], i // STATEMENTS_PER_ARTICLE + 1, f"{i:064d}")
                    for i in range(start, min(start + CHUNK, n))
                ],
            )
        print(f"statements loaded: {time.perf_counter() - started:.0f} s", file=sys.stderr)
        members: dict[int, list[int]] = {}
        for i, c in enumerate(claim_of):
            members.setdefault(c, []).append(i)
        rows = [
            {
                "id": c,
                "canonical_text": texts[c - 1],
                "canonical_norm": "",
                "first_statement_id": c,
                "first_seen": (_when((c - 1) // STATEMENTS_PER_ARTICLE) + timedelta(hours=3)).date(),
                "appearance_count": len(ids),
                "outlet_count": len({(i // STATEMENTS_PER_ARTICLE) % OUTLETS for i in ids}),
            }
            for c, ids in members.items()
        ]
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(Claim), rows[start : start + CHUNK])
        links = [
            {
                "statement_id": i + 1,
                "claim_id": claim_of[i],
                "score": 100.0 if claim_of[i] == i + 1 else 80.0,
                "relation": relation[i],
                "status": "confirmed" if claim_of[i] == i + 1 else "suggested",
            }
            for i in range(n)
        ]
        for start in range(0, n, CHUNK * 2):
            conn.execute(insert(ClaimLink), links[start : start + CHUNK * 2])
        del links, rows, members
        print(f"claims loaded: {time.perf_counter() - started:.0f} s", file=sys.stderr)
        counts: Counter[str] = Counter()
        terms: list[dict[str, object]] = []
        for i, text in enumerate(texts):
            keys = lookup_keys(read_claim(text))
            for term in choose_index_terms(keys, {key: counts[key] for key in keys}):
                counts[term] += 1
                terms.append({"term": term, "statement_id": i + 1})
            if len(terms) >= CHUNK * 5:
                conn.execute(insert(StatementTerm), terms)
                terms.clear()
        if terms:
            conn.execute(insert(StatementTerm), terms)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    store.dispose()
    return time.perf_counter() - started


def warm(path: Path) -> float:
    """Read the database file once, so the OS holds it as it holds a store in daily use."""
    started = time.perf_counter()
    with path.open("rb") as handle:
        while handle.read(1 << 24):
            pass
    return round(time.perf_counter() - started, 1)


def stored_statements(url: str) -> int:
    from sqlalchemy import func, select

    from tracker.db import open_store
    from tracker.models import Statement

    store = open_store(url)
    with store.sessions() as session:
        count = session.scalar(select(func.count()).select_from(Statement)) or 0
    store.dispose()
    return count


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(int(len(ordered) * share) - 1, 0)], 2)


def probe(
    url: str, n: int, texts: list[str], truth: list[int], hard: list[bool], profile: str | None = None
) -> dict[str, object]:
    """Store and link each probe statement in its own rolled-back transaction; time the linking."""
    from sqlalchemy import insert, select

    from tracker.db import open_store
    from tracker.models import Article, ClaimLink, Statement
    from tracker.services.claims import link_statements

    store = open_store(url)
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
    wall: list[float] = []
    cpu: list[float] = []
    repeats = joined = negatives = merged = 0
    article_id = n // STATEMENTS_PER_ARTICLE + 2
    for offset, text in enumerate(texts):
        i = n + offset
        session = store.sessions()
        try:
            session.begin()
            session.execute(
                insert(Article),
                [
                    {
                        "id": article_id,
                        "outlet_id": i % OUTLETS + 1,
                        "published_at": _when(i // STATEMENTS_PER_ARTICLE),
                        "published_offset": 180,
                        "language": "ar",
                        "body": "-",
                        "content_hash": f"probe{i:059d}",
                    }
                ],
            )
            session.execute(
                insert(Statement),
                [_statement_row(i, text, f"متحدث {i % SPEAKERS}", article_id, f"p{i:063d}")],
            )
            statement = session.get_one(Statement, i + 1)
            timed = offset >= WARM_UP
            if profiler is not None and timed:
                profiler.enable()
            t0, c0 = time.perf_counter(), time.process_time()
            link_statements(session, [statement])
            c1, t1 = time.process_time(), time.perf_counter()
            if profiler is not None and timed:
                profiler.disable()
            if timed:
                wall.append((t1 - t0) * 1000)
                cpu.append((c1 - c0) * 1000)
            link = session.execute(
                select(ClaimLink.claim_id, ClaimLink.relation).where(ClaimLink.statement_id == i + 1)
            ).one()
            source = -truth[i] - 1 if hard[i] else truth[i]
            if source != i and source < n:
                original = session.scalar(
                    select(ClaimLink.claim_id).where(ClaimLink.statement_id == source + 1)
                )
                if hard[i]:
                    negatives += 1
                    merged += link.claim_id == original and link.relation == "same"
                else:
                    repeats += 1
                    joined += link.claim_id == original
        finally:
            session.rollback()
            session.close()
    store.dispose()
    if profiler is not None and profile:
        profiler.dump_stats(profile)
    return {
        "store_statements": n,
        "probes_timed": len(wall),
        "link_ms_p50": _percentile(wall, 0.5),
        "link_ms_p95": _percentile(wall, 0.95),
        "link_cpu_ms_p50": _percentile(cpu, 0.5),
        "link_cpu_ms_p95": _percentile(cpu, 0.95),
        "link_ms_mean": round(statistics.fmean(wall), 2),
        "probe_repeats_joined": f"{joined}/{repeats}",
        "probe_negatives_as_same": f"{merged}/{negatives}",
    }


def run(
    url: str,
    statements: int,
    *,
    probes: int = 300,
    seed: int = 7,
    rebuild: bool = False,
    profile: str | None = None,
    cold: bool = False,
) -> dict[str, object]:
    """Build the store if it is empty (or ``rebuild``), then probe it; returns the report."""
    texts, truth, hard = Generator(seed).generate(statements + probes)
    report: dict[str, object] = {}
    path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if path is not None:
        if rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    have = stored_statements(url)
    if have == 0:
        n = statements
        report["build_seconds"] = round(build(url, texts[:n], truth[:n], hard[:n], seed), 1)
    elif have != statements:
        sys.exit(f"{url} holds {have} statements, not {statements}: pass --rebuild (or another --db)")
    if path is not None and not cold:
        report["warm_read_seconds"] = warm(path)
    report.update(probe(url, statements, texts[statements:], truth, hard, profile))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (a SQLite file is built once, then reused)")
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--probes", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="delete the SQLite file and build it again")
    parser.add_argument("--profile", help="write a cProfile of the timed linking calls here")
    parser.add_argument(
        "--cold", action="store_true", help="do not read the SQLite file first (time page-cache misses too)"
    )
    args = parser.parse_args()
    report = run(
        args.db,
        args.statements,
        probes=args.probes,
        seed=args.seed,
        rebuild=args.rebuild,
        profile=args.profile,
        cold=args.cold,
    )
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
