"""Terminal app speed over a large store: first screen painted, and filters applied.

    python bench/tui_speed.py --statements 1000000 --db /tmp/tui-bench-1m.db

The store is built (or reused) by helper 8's ``bench/search_speed.py`` builder: synthetic
text from invented word lists, no real article text. The app runs headless through
Textual's Pilot at 120x36. "First paint" is the time from starting the app to the first
page of the table drawn; "filter" is the time from Enter in a filter field (or a sort
key) to the new first page drawn. The budget is 1 s and 300 ms; the total count runs
in its own worker and is reported separately, since the table does not wait for it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_speed import build

from tracker.db import open_store
from tui.app import make_app
from tui.screens.statements import StatementsScreen

FIRST_PAINT_BUDGET = 1.0
FILTER_BUDGET = 0.3
#: (label, field id or key, value): a value of None means "press the key".
STEPS: list[tuple[str, str, str | None]] = [
    ("text: common word", "#f-text", "الحكومة"),
    ("text: folded form", "#f-text", "اكد"),
    ("text: two words", "#f-text", "الوزير الخبز"),
    ("clear text", "#f-text", ""),
    ("speaker", "#f-speaker", "ليلى حداد"),
    ("clear speaker", "#f-speaker", ""),
    ("outlet", "#f-outlet", "outlet 7"),
    ("clear outlet", "#f-outlet", ""),
    ("date range", "#f-from", "2023-01"),
    ("date range end", "#f-to", "2023-03"),
    ("clear dates", "#f-from", ""),
    ("clear dates end", "#f-to", ""),
    ("sort by speaker", "s", None),
    ("sort by appearances", "s", None),
    ("sort by status", "s", None),
]


async def wait_painted(pilot, screen: StatementsScreen, request: int, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    """Until the first page of ``request`` is drawn (the screen notes when, before counting)."""
    deadline = time.perf_counter() + timeout
    while screen.painted_request < request:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"request {request} not drawn after {timeout} s")
        await pilot.pause(0.002)


async def measure(url: str, repeat: int) -> tuple[dict[str, list[float]], ...]:
    """Per step: wall times, the page query's own time (from the worker), and the CPU time
    of the whole process (every thread): on a loaded machine the wall time grows, the CPU
    time does not, so it estimates the wall time on an idle one."""
    store = open_store(url)
    times: dict[str, list[float]] = {}
    db_times: dict[str, list[float]] = {}
    cpu_times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(repeat):
            app = make_app(
                None, rtl="visual", reviewer="bench", settings_file=Path(folder) / "tui.json", store=store
            )
            started = time.perf_counter()
            cpu_started = time.process_time()
            async with app.run_test(size=(120, 36)) as pilot:
                while not isinstance(app.screen, StatementsScreen):
                    await pilot.pause(0.002)
                screen = app.screen
                await wait_painted(pilot, screen, 1)
                times.setdefault("first paint", []).append(screen.painted_at - started)
                cpu_times.setdefault("first paint", []).append(screen.painted_cpu - cpu_started)
                db_times.setdefault("first paint", []).append(screen.last_seconds)
                count_started = time.perf_counter()
                while screen.total is None:
                    await pilot.pause(0.01)
                times.setdefault("then the total count", []).append(time.perf_counter() - count_started)
                for label, target, value in STEPS:
                    await app.workers.wait_for_complete()
                    before = screen.request
                    started = time.perf_counter()
                    cpu_started = time.process_time()
                    if value is None:
                        screen.table.focus()
                        await pilot.press(target)
                    else:
                        field = screen.query_one(target)
                        field.value = value
                        field.focus()
                        await pilot.press("enter")
                    await wait_painted(pilot, screen, before + 1)
                    times.setdefault(label, []).append(screen.painted_at - started)
                    cpu_times.setdefault(label, []).append(screen.painted_cpu - cpu_started)
                    db_times.setdefault(label, []).append(screen.last_seconds)
    store.dispose()
    return times, db_times, cpu_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/tui-bench-1m.db"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    build(url, args.statements)
    times, db_times, cpu_times = asyncio.run(measure(url, args.repeat))
    failed = False
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs (wall times grow with it)")
    print(f"{'step':32} {'median':>9} {'max':>9} {'query':>9} {'cpu':>9}  budget")
    for label, values in times.items():
        budget = FIRST_PAINT_BUDGET if label == "first paint" else None if "count" in label else FILTER_BUDGET
        median = statistics.median(values)
        over = budget is not None and median > budget
        failed |= over
        verdict = "" if budget is None else ("OVER" if over else "ok")
        query = statistics.median(db_times[label]) * 1000 if label in db_times else float("nan")
        cpu = statistics.median(cpu_times[label]) * 1000 if label in cpu_times else float("nan")
        print(
            f"{label:32} {median * 1000:8.0f}ms {max(values) * 1000:8.0f}ms {query:8.0f}ms {cpu:8.0f}ms  {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
