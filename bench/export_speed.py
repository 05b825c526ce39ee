"""Export speed: write N statements in every format and report the seconds each took.

    python bench/export_speed.py --statements 100000 --db /tmp/export-bench.db

The store is the synthetic one of ``bench/search_speed.py`` (built once, reused). Each
format runs the whole path a user's ``tracker export`` runs: ``iter_statements`` over
the store, then the format's writer, into a temporary file. The target is 10 s per format
for 100,000 statements.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_speed import build

from tracker.db import open_store
from tracker.export import FORMATS, ExportOptions, write
from tracker.services.search import StatementFilter, iter_statements

TARGET_S = 10.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/tracker-export-bench.db"))
    parser.add_argument("--formats", nargs="*", default=list(FORMATS))
    args = parser.parse_args()
    url = f"sqlite:///{args.db.resolve()}"
    build(url, args.statements)
    store = open_store(url)
    worst = 0.0
    limit_filter = StatementFilter(sort="id")
    with tempfile.TemporaryDirectory() as folder:
        for fmt in args.formats:
            target = Path(folder) / f"export.{fmt}"
            started = time.perf_counter()
            with store.sessions.begin() as session, target.open("w", encoding="utf-8", newline="") as out:
                count = 0

                def counted(views):  # type: ignore[no-untyped-def]
                    nonlocal count
                    for view in views:
                        count += 1
                        yield view

                write(counted(iter_statements(session, limit_filter)), out, fmt, ExportOptions())
            elapsed = time.perf_counter() - started
            worst = max(worst, elapsed)
            size = target.stat().st_size / 1e6
            print(f"{fmt:12} {count:8,} statements {elapsed:6.1f} s {size:7.1f} MB")
    store.dispose()
    print(f"slowest: {worst:.1f} s (target {TARGET_S:.0f} s)")
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
