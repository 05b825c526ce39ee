"""Dispatch: files, folders and stdin; format by extension and sniffing; limits; never raising."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.ingest import FORMATS, ReadFailure, iter_input_files, read_bytes, read_paths
from tracker.ingest.sniff import format_from_name, sniff_format
from tracker.records import ArticleRecord

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_iter_input_files_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden_dir").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a.json", ".secret.txt", ".hidden_dir/x.txt"):
        (tmp_path / name).write_text("x")
    explicit_hidden = tmp_path / ".secret.txt"
    found = list(iter_input_files([tmp_path, "-", explicit_hidden, tmp_path / "missing.txt"]))
    assert found == [
        tmp_path / "a.json",
        tmp_path / "b" / "1.txt",
        tmp_path / "b" / "2.txt",
        Path("-"),
        explicit_hidden,  # named explicitly: read even though hidden
        tmp_path / "missing.txt",  # yielded so the reader can report it
    ]


def test_a_batch_goes_on_past_failures(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "3-good.txt").write_text("Title\n\nThe mayor said the road would reopen.", encoding="utf-8")
    # Not article files: a folder walk passes them over (named on their own they would be read).
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    results = list(read_paths([tmp_path, tmp_path / "nope.txt"]))
    assert [type(r).__name__ for r in results] == [
        "ReadFailure",
        "ReadFailure",
        "ArticleRecord",
        "ReadFailure",
    ]
    assert results[0].reason == "empty file"
    assert results[3].message() == f"{tmp_path / 'nope.txt'}: no such file or directory"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("a.HTML", "html"),
        ("a.htm", "html"),
        ("a.json", "json"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.rss", "rss"),
        ("a.atom", "rss"),
        ("a.xml", None),
        ("a", None),
        ("a.csv", None),
    ],
)
def test_format_from_name(name: str, expected: str | None) -> None:
    assert format_from_name(name) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b'{"text": "a"}\n', "json"),
        (b'{\n  "text": "a"\n}\n', "json"),
        (b'  [{"text": "a"}]', "json"),
        (b'\xef\xbb\xbf{"text": "a"}\n{"text": "b"}', "jsonl"),
        (b"<?xml version='1.0'?><rss version='2.0'>", "rss"),
        (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "rss"),
        (b"<!DOCTYPE html><html><body>", "html"),
        (b"<div><p>fragment</p></div>", "html"),
        ("عنوان\n\nنص الخبر.".encode(), "text"),
        (b"Title line\n\nBody with a <b>tag</b> inside.", "text"),
        ('{"text": "نص"}'.encode("utf-16"), "json"),
    ],
)
def test_sniff_format(head: bytes, expected: str) -> None:
    assert sniff_format(head) == expected


def test_auto_format_sniffs_files_without_a_known_extension(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(
        "<html><body><article><p>The council met on Monday to vote.</p></article></body></html>"
    )
    (tmp_path / "lines.data").write_text('{"text": "one"}\n{"text": "two"}\n')
    results = list(read_paths([tmp_path / "page", tmp_path / "lines.data"]))
    assert [r.input_format for r in results] == ["html", "jsonl", "jsonl"]  # type: ignore[union-attr]


def test_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "copied.html"
    path.write_text("Title <b>not html</b>\n\nThe council met on Monday.")
    (article,) = read_paths([path], fmt="text")
    assert isinstance(article, ArticleRecord)
    assert article.input_format == "text"
    assert article.title == "Title <b>not html</b>"


def test_unknown_format_name_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown input format 'pdf'"):
        list(read_paths([], fmt="pdf"))
    assert FORMATS == ("auto", "text", "html", "json", "jsonl", "rss")


@pytest.mark.parametrize("name", ["big.txt", "big.html", "big.json", "big.rss"])
def test_document_over_the_limit(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"a" * (3 * 1024 * 1024 + 100))
    (failure,) = read_paths([path], max_bytes=2 * 1024 * 1024)
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "file is 3 MB, over the 2 MB limit"


def test_default_limit_is_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: the size check happens before any read
    (failure,) = read_paths([path])
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "file is 21 MB, over the 20 MB limit"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))


@pytest.mark.parametrize(
    ("data", "expected_format", "count"),
    [
        (b'{"text": "one"}\n{"text": "two"}\n', "jsonl", 2),
        ("عنوان\n\nقال الوزير إن الاجتماع انتهى.".encode(), "text", 1),
        (b"<html><body><p>The council met on Monday to vote on the budget.</p></body></html>", "html", 1),
    ],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expected_format: str, count: int) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    results = list(read_paths(["-"]))
    assert len(results) == count
    assert all(isinstance(r, ArticleRecord) and r.input_format == expected_format for r in results)
    assert all(r.source_path == "-" for r in results)  # type: ignore[union-attr]


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * (1024 * 1024 + 1)))
    (failure,) = read_paths(["-"], fmt="text", max_bytes=512 * 1024)
    assert isinstance(failure, ReadFailure)
    assert failure.message() == "-: file is 1 MB, over the 0.5 MB limit"


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (ReadFailure("a.jsonl", "line 12", "invalid JSON"), "a.jsonl:line 12: invalid JSON"),
        (ReadFailure("feed.xml", "entry 3", "entry has no text"), "feed.xml:entry 3: entry has no text"),
        (ReadFailure("-", None, "empty file"), "-: empty file"),
    ],
)
def test_failure_message(failure: ReadFailure, message: str) -> None:
    assert failure.message() == message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), fmt=st.sampled_from(FORMATS))
def test_read_bytes_never_raises_on_arbitrary_bytes(data: bytes, fmt: str) -> None:
    for result in read_bytes(data, source="fuzz", fmt=fmt):
        assert isinstance(result, ArticleRecord | ReadFailure)
        if isinstance(result, ArticleRecord):
            assert result.text.strip()


TEXTY = st.text(alphabet=st.sampled_from(list('ab قال.،\n<>{}[]":/&;#-•0123456789م\x1b\u200f')), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTY, fmt=st.sampled_from(FORMATS), encoding=st.sampled_from(["utf-8", "utf-16", "cp1256"]))
def test_read_bytes_never_raises_on_text_like_input(text: str, fmt: str, encoding: str) -> None:
    data = text.encode(encoding, errors="ignore")
    for result in read_bytes(data, source="fuzz", fmt=fmt):
        assert isinstance(result, ArticleRecord | ReadFailure)
        if isinstance(result, ArticleRecord):
            assert "\x1b" not in result.text
