#!/usr/bin/env python3
"""Measure the Arabic extractor: attribution quality on the seed and dev sets, and speed.

    extract_quality.py SEED_FILE DEV_DIR [--gold-dir DIR ...] [--corpus JSONL] [--out DIR] [--verbose]

Runs ``extract_arabic`` over the seed article and the ``dev-NN.json`` articles, writes the
predictions as JSON Lines in the format of ``tracker extract --format jsonl``, scores them
with the ``score.py`` that sits beside the gold files, and prints the figures. Each
``--gold-dir`` (articles and their ``gold-*.json`` in one folder, such as a blind set kept
outside the repository) is scored the same way. With ``--corpus`` it also times the extractor on every article of a JSONL corpus (one core).
The article files are read, never copied: their paths are arguments.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

from tracker.extract.arabic import extract_arabic
from tracker.extract.output import extraction_json
from tracker.ingest import read_paths
from tracker.records import ArticleRecord


def _articles(paths: list[str]) -> list[ArticleRecord]:
    out = []
    for result in read_paths(paths):
        if isinstance(result, ArticleRecord):
            out.append(result)
        else:
            print(f"read failure: {result}", file=sys.stderr)
    return out


def _write_pred(articles: list[ArticleRecord], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for art in articles:
            doc = extraction_json(art, extract_arabic(art), source=art.source_path)
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def _score(gold: list[str], pred: Path, verbose: bool, score_py: Path) -> str:
    cmd = [sys.executable, str(score_py), *gold, "--pred", str(pred)]
    if verbose:
        cmd.append("--verbose")
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def _speed(corpus: str) -> None:
    articles = _articles([corpus])
    extract_arabic(articles[0])  # warm the compiled patterns
    # The interpreter's first full collection walks every object the imports and the corpus made;
    # collected here, before the clock, as timeit does, so it is not charged to the extractor.
    gc.collect()
    t0 = time.process_time()
    n_statements = sum(len(extract_arabic(a)) for a in articles)
    elapsed = time.process_time() - t0
    print(
        f"speed: {len(articles)} articles, {n_statements} statements in {elapsed:.2f}s CPU "
        f"= {len(articles) / elapsed:.0f} articles/s on one core"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seed")
    ap.add_argument("dev_dir")
    ap.add_argument("--corpus")
    ap.add_argument(
        "--gold-dir",
        action="append",
        default=[],
        help="another folder of articles (*.json) with their gold-*.json beside them, e.g. a blind set",
    )
    ap.add_argument("--out", default="/tmp/extract_quality_ar")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seed = Path(args.seed)
    dev = Path(args.dev_dir)
    score_py = dev.parent / "score.py"
    seed_gold = seed.parent.parent / "eval" / f"gold-{seed.name.rsplit('.', 1)[0]}.json"
    if not seed_gold.exists():
        seed_gold = score_py.parent / f"gold-{seed.name.rsplit('.', 1)[0]}.json"

    seed_pred = out / "seed.jsonl"
    _write_pred(_articles([str(seed)]), seed_pred)
    print("== seed")
    print(_score([str(seed_gold)], seed_pred, args.verbose, score_py))

    dev_files = sorted(str(p) for p in dev.glob("dev-*.json"))
    dev_pred = out / "dev.jsonl"
    _write_pred(_articles(dev_files), dev_pred)
    print("== dev")
    print(_score([str(dev)], dev_pred, args.verbose, score_py))

    for extra in args.gold_dir:
        folder = Path(extra)
        files = sorted(str(p) for p in folder.glob("*.json") if not p.name.startswith("gold-"))
        pred = out / f"{folder.name}.jsonl"
        _write_pred(_articles(files), pred)
        print(f"== {folder}")
        print(_score([str(folder)], pred, args.verbose, score_py))

    if args.corpus:
        _speed(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
