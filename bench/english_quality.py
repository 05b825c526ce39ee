#!/usr/bin/env python3
"""Measure the English extractor on a BRAT-annotated folder, with the shared scorer.

    english_quality.py TEXT_DIR ANN_DIR [--score PATH/score.py] [--files N:M] [--verbose]

Converts the annotations to gold JSON (``bench/brat_to_gold.py``) in a temporary folder,
runs ``extract_english`` on every ``.txt`` (language "en", published date taken from a
``YYYY-MM-DD`` in the file name, title = first line), writes the predictions as JSON Lines
and prints score.py's figures at the default overlap and at ``--overlap 0.3 --measure gold``.
The extraction is timed (CPU time, after one warm-up article, before the gold is built).
``--half tune|heldout`` keeps one half of the files by name hash; ``--files 0:60`` keeps a slice of the sorted file list (for a held-out split); nothing is
written inside the repository. Also prints the extraction speed in articles per second.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import brat_to_gold

from tracker.extract.english import extract_english
from tracker.records import ArticleRecord

try:
    from tracker.extract.output import extraction_json
except ImportError:  # the lead's serialiser not there yet: the same contract, by hand
    extraction_json = None

DEFAULT_SCORE = "/work/shared/eval/score.py"


def _half(name: str) -> str:
    """A stable split of the dev files by name hash: tune on one half, report the other too."""
    return "tune" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def make_article(path: Path) -> ArticleRecord:
    text = path.read_text(encoding="utf-8")
    m = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
    published = datetime.fromisoformat(m.group(1) + "T12:00") if m else None
    title = text.split("\n", 1)[0].strip() or None
    return ArticleRecord(text=text, title=title, published=published, language="en", source_path=str(path))


def prediction(article: ArticleRecord, statements) -> dict:
    if extraction_json is not None:
        return extraction_json(article, statements, source=article.source_path)
    return {
        "source": article.source_path,
        "statements": [
            {
                "speaker": {
                    "name": s.speaker.name,
                    "kind": s.speaker.kind,
                    "role": s.speaker.role,
                    "mention": s.speaker.mention,
                },
                "cue": s.cue.text,
                "content": s.content.text,
                "direct_quotes": [q.text for q in s.direct_quotes],
                "said_on": s.date.iso(),
            }
            for s in statements
        ],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text_dir")
    ap.add_argument("ann_dir")
    ap.add_argument("--score", default=DEFAULT_SCORE)
    ap.add_argument("--files", default=None, help="slice of the sorted file list, e.g. 0:60")
    ap.add_argument(
        "--half",
        choices=["tune", "heldout"],
        default=None,
        help="tune: files whose name hashes even (rules are tuned on these); heldout: the others",
    )
    ap.add_argument("--match", default=None, help="only files whose name contains this (e.g. an outlet)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--keep", default=None, help="folder to keep gold and predictions in")
    args = ap.parse_args()
    texts = sorted(Path(args.text_dir).glob("*.txt"))
    if args.match:
        texts = [t for t in texts if args.match in t.name]
    if args.half:
        texts = [t for t in texts if _half(t.name) == args.half]
    if args.files:
        a, b = (int(x) if x else None for x in args.files.split(":"))
        texts = texts[a:b]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="en-quality-"))
    gold_dir = work / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    for old in gold_dir.glob("gold-*.json"):
        old.unlink()
    annotated = []
    for txt in texts:
        anns = sorted(Path(args.ann_dir).glob(f"{txt.stem}_*.ann"))
        if anns:
            annotated.append((txt, anns[0]))
    articles = [make_article(txt) for txt, _ann in annotated]
    # Extraction is timed first, before the gold is built: the converter's garbage would
    # otherwise be collected on the extractor's clock.
    if articles:
        extract_english(articles[0])  # warm up as bench/extract_quality.py does for Arabic
    # The interpreter's first full collection walks every object the imports made; collected
    # here, before the clock, as timeit does, so it is not charged to the first articles.
    gc.collect()
    t0 = time.process_time()  # CPU time: other processes on the machine do not count
    results = [(a, extract_english(a)) for a in articles]
    elapsed = time.process_time() - t0
    for txt, ann in annotated:
        gold = brat_to_gold.convert(
            txt.read_text(encoding="utf-8"), ann.read_text(encoding="utf-8"), txt.name
        )
        (gold_dir / f"gold-{txt.stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False), encoding="utf-8"
        )
    pred = work / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for article, statements in results:
            fh.write(json.dumps(prediction(article, statements), ensure_ascii=False) + "\n")
    n_chars = sum(len(a.text) for a in articles)
    print(
        f"{len(articles)} articles, {sum(len(s) for _, s in results)} statements, "
        f"{len(articles) / elapsed:.0f} articles/s ({n_chars / elapsed / 1e6:.2f} M chars/s)"
    )
    for extra in ([], ["--overlap", "0.3", "--measure", "gold"]):
        cmd = [sys.executable, args.score, str(gold_dir), "--pred", str(pred), *extra]
        if args.verbose and extra:
            cmd.append("--verbose")
        print("$ score.py", " ".join(extra) or "(default overlap 0.5, f1)")
        subprocess.run(cmd, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
