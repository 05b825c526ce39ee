"""Huge inputs: a 50 MB document is refused clearly, a million-line JSONL streams in bounded memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.ingest import ReadFailure, read_paths

runner = CliRunner()


def test_fifty_megabyte_document_is_refused_with_the_reason(tmp_path: Path) -> None:
    big = tmp_path / "huge-article.txt"
    paragraph = ("قال المتحدث إن الاجتماع انتهى دون اتفاق. " * 40 + "\n\n").encode()
    with big.open("wb") as stream:
        while stream.tell() < 50 * 1024 * 1024:
            stream.write(paragraph)
    (item,) = list(read_paths([str(big)]))
    assert isinstance(item, ReadFailure)
    assert "huge-article.txt" in item.message()
    assert "over the 20 MB limit" in item.reason


# The peak is read from /proc/self/status (VmHWM, this process's own memory map) where Linux
# offers it: ru_maxrss survives exec, so a child started by a large pytest worker would report
# the worker's size instead of its own.
STREAM_SCRIPT = """
import resource, sys
from pathlib import Path
from tracker.ingest import ReadFailure, read_paths
ok = bad = 0
for item in read_paths([sys.argv[1]]):
    if isinstance(item, ReadFailure):
        bad += 1
    else:
        ok += 1
status = Path("/proc/self/status")
hwm = [line for line in status.read_text().splitlines() if line.startswith("VmHWM:")] if status.exists() else []
peak_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(ok, bad, int(peak_kb / 1024))
"""


@pytest.mark.slow
def test_million_line_jsonl_streams_in_bounded_memory(tmp_path: Path) -> None:
    batch = tmp_path / "million.jsonl"
    with batch.open("w", encoding="utf-8") as stream:
        for number in range(1_000_000):
            if number == 500_000:
                stream.write("{broken json\n")
            stream.write(
                json.dumps(
                    {"title": f"خبر {number}", "text": f"قال مسؤول إن الرقم {number} صحيح."},
                    ensure_ascii=False,
                )
                + "\n"
            )
    assert batch.stat().st_size > 50 * 1024 * 1024 * 0.9
    done = subprocess.run(
        [sys.executable, "-c", STREAM_SCRIPT, str(batch)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    ok, bad, peak_mb = map(int, done.stdout.split())
    assert (ok, bad) == (1_000_000, 1)
    assert peak_mb < 400, f"reading a million lines peaked at {peak_mb} MB"


def test_malformed_lines_are_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    batch = tmp_path / "mixed.jsonl"
    good = json.dumps(
        {"title": "خبر", "text": "قال المتحدث إن الطريق سيفتح غدا.", "url": "https://example.test/1"},
        ensure_ascii=False,
    )
    batch.write_text(f"{good}\n{{oops\n\x00\x01binary\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", str(batch), str(empty), str(binary)])
    assert result.exit_code == 1
    assert "mixed.jsonl:line 2" in result.output
    assert "empty.txt" in result.output
    assert "photo.txt" in result.output
    assert "ingested 1," in result.output
