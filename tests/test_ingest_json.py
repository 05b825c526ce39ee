"""JSON and JSON Lines: field names, verbatim text, streaming, one failure per bad line."""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.ingest import ReadFailure, read_bytes, read_paths
from tracker.records import ArticleRecord

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PLUS3 = timezone(timedelta(hours=3))


def one(obj: object, **options: object) -> ArticleRecord | ReadFailure:
    (result,) = read_bytes(json.dumps(obj).encode("utf-8"), source="a.json", **options)  # type: ignore[arg-type]
    return result


def test_jsonl_fixture_reads_every_good_line_and_names_the_bad_ones() -> None:
    results = list(read_paths([FIXTURES / "articles.jsonl"]))
    assert [r.locator for r in results] == ["line 1", "line 2", "line 3", "line 4", "line 6"]
    first, second, broken, no_text, last = results
    assert isinstance(first, ArticleRecord)
    assert first.title == "افتتاح مدرسة جديدة"
    assert first.published == datetime(2024, 9, 1, 8, 30, tzinfo=PLUS3)
    assert first.tags == ("تعليم", "مدارس")
    assert (
        first.text == "افتتحت وزارة التربية مدرسة جديدة في القرية.\nوقال المدير إن المدرسة تستقبل 300 طالب."
    )
    assert isinstance(second, ArticleRecord)
    assert (second.outlet, second.author, second.language) == ("Example Daily", "A. Writer, B. Writer", "en")
    assert second.url == "https://news.example/a2"
    assert isinstance(broken, ReadFailure)
    assert broken.message().startswith(f"{FIXTURES / 'articles.jsonl'}:line 3: invalid JSON")
    assert isinstance(no_text, ReadFailure)
    assert "no article text" in no_text.reason
    assert isinstance(last, ArticleRecord)
    assert last.text == "الفقرة الأولى.\n\nالفقرة الثانية."  # an HTML body becomes paragraphs
    assert last.published == datetime(2024, 9, 4, 10, 0, tzinfo=UTC)


def test_json_list_fixture() -> None:
    results = list(read_paths([FIXTURES / "articles.json"]))
    assert [type(r).__name__ for r in results] == ["ArticleRecord", "ArticleRecord", "ReadFailure"]
    first, second, bad = results
    assert isinstance(first, ArticleRecord)
    assert isinstance(second, ArticleRecord)
    assert first.outlet == "Example Times"  # nested {"name": ...}
    assert first.published == datetime(2025, 1, 5, 10, 0, tzinfo=PLUS3)  # no offset: default zone
    assert second.published == datetime(2025, 1, 5, 10, 0, tzinfo=UTC)  # a Unix time
    assert bad.locator == "item 3"


@pytest.mark.parametrize(
    ("obj", "field", "expected"),
    [
        ({"body": "Body text here."}, "text", "Body text here."),
        ({"content": "Content text."}, "text", "Content text."),
        ({"full_text": "Full text."}, "text", "Full text."),
        ({"articleBody": "Article body."}, "text", "Article body."),
        ({"text": "x", "headline": "A headline"}, "title", "A headline"),
        ({"text": "x", "link": "https://a.example/1"}, "url", "https://a.example/1"),
        ({"text": "x", "publisher": "Pub"}, "outlet", "Pub"),
        ({"text": "x", "site_name": "Site"}, "outlet", "Site"),
        ({"text": "x", "source": {"name": "Nested"}}, "outlet", "Nested"),
        ({"text": "x", "author": "One Person"}, "author", "One Person"),
        ({"text": "x", "authors": [{"name": "A"}, "B"]}, "author", "A, B"),
        ({"text": "x", "summary": "Short."}, "description", "Short."),
        ({"text": "x", "lang": "AR"}, "language", "ar"),
        ({"text": "x", "language": "en-GB"}, "language", "en"),
        ({"text": "نص عربي قصير"}, "language", "ar"),
        ({"text": "x", "tags": ["a", "b", "a"]}, "tags", ("a", "b")),
        (
            {"text": "x", "pubDate": "Fri, 14 Feb 2025 15:11:00 GMT"},
            "published",
            datetime(2025, 2, 14, 15, 11, tzinfo=UTC),
        ),
        ({"text": "x", "date": "14 شباط 2025"}, "published", datetime(2025, 2, 14, tzinfo=PLUS3)),
        # negative rows: unknown keys are not guessed at, an unreadable date is no date
        ({"text": "x", "writer": "Nobody"}, "author", None),
        ({"text": "x", "date": "soon"}, "published", None),
    ],
)
def test_field_names(obj: dict[str, object], field: str, expected: object) -> None:
    record = one(obj)
    assert isinstance(record, ArticleRecord)
    assert getattr(record, field) == expected


def test_full_text_is_kept_verbatim_except_controls() -> None:
    text = "  سطر أول\u200f مع علامة\n\nسطر\u00a0ثان\u200c\t مسافات   كثيرة \x07\x1b[31m."
    record = one({"full_text": text})
    assert isinstance(record, ArticleRecord)
    assert record.text == "  سطر أول\u200f مع علامة\n\nسطر\u00a0ثان\u200c\t مسافات   كثيرة ."


def test_given_options_win_and_url_fills_in() -> None:
    record = one(
        {"text": "x", "lang": "ar", "outlet": "Theirs"}, language="en", outlet="Ours", url="https://u.example"
    )
    assert isinstance(record, ArticleRecord)
    assert (record.language, record.outlet, record.url) == ("en", "Ours", "https://u.example")
    record = one({"text": "x", "url": "https://own.example"}, url="https://u.example")
    assert isinstance(record, ArticleRecord)
    assert record.url == "https://own.example"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"title": "x"', "invalid JSON"),
        (b'"just a string"', "expected a JSON object"),
        (b'{"title": "no body"}', "no article text"),
        (b'{"text": "   "}', "no article text"),
    ],
)
def test_json_failures(data: bytes, reason: str) -> None:
    (result,) = read_bytes(data, source="a.json")
    assert isinstance(result, ReadFailure)
    assert result.reason.startswith(reason)


def test_wrapped_list_and_jsonl_under_a_json_name() -> None:
    wrapped = json.dumps({"articles": [{"text": "one"}, {"text": "two"}]}).encode()
    assert [r.text for r in read_bytes(wrapped, source="w.json")] == ["one", "two"]  # type: ignore[union-attr]
    lines = b'{"text": "one"}\n{"text": "two"}\n'
    assert [r.locator for r in read_bytes(lines, source="l.json")] == ["line 1", "line 2"]


def test_jsonl_utf16_and_bom_lines() -> None:
    body = '{"text": "سطر أول"}\n{"text": "سطر ثان"}\n'
    for data in (body.encode("utf-16"), b"\xef\xbb\xbf" + body.encode("utf-8")):
        results = list(read_bytes(data, source="a.jsonl"))
        assert [getattr(r, "text", None) for r in results] == ["سطر أول", "سطر ثان"]


def test_jsonl_line_over_the_limit_fails_alone() -> None:
    data = b'{"text": "short"}\n{"text": "' + b"x" * 5000 + b'"}\n{"text": "after"}\n'
    results = list(read_bytes(data, source="a.jsonl", max_bytes=1000))
    assert [type(r).__name__ for r in results] == ["ArticleRecord", "ReadFailure", "ArticleRecord"]
    assert results[1].message() == "a.jsonl:line 2: line is over the 1000 bytes limit"


def test_jsonl_file_larger_than_the_document_limit_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"title": "t", "text": "نص المقال " * 120}, ensure_ascii=False) + "\n"
    count = 1200
    path.write_text(line * count, encoding="utf-8")
    size = path.stat().st_size
    limit = size // 10  # the file is ten times the single-document limit
    tracemalloc.start()
    results = read_paths([path], max_bytes=limit, language="ar")
    read = sum(1 for result in results if isinstance(result, ArticleRecord))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert read == count
    assert peak < size / 5, f"peak {peak} bytes for a {size}-byte file: not streaming"


def test_json_document_over_the_limit_fails(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"text": "x" * 1000}] * 3000), encoding="utf-8")
    (result,) = read_paths([path], max_bytes=1024 * 1024)
    assert isinstance(result, ReadFailure)
    assert result.reason == "file is 2.9 MB, over the 1 MB limit"


@pytest.mark.parametrize(
    ("data", "source", "reason"),
    [
        (b"[" * 100_000, "deep.json", "invalid JSON: nested too deeply"),
        (b'{"a":' * 5000, "deep.jsonl", "invalid JSON: nested too deeply"),
        (b"[[[]]]", "nested.json", "expected a JSON object, got list"),
        (b"[]", "empty.json", "no articles (an empty list)"),
    ],
)
def test_hostile_json_nesting_fails_cleanly(data: bytes, source: str, reason: str) -> None:
    results = list(read_bytes(data, source=source))
    assert results
    assert all(isinstance(r, ReadFailure) for r in results)
    assert results[0].reason == reason


def test_inline_read_also_lines_are_related_links_not_body(tmp_path) -> None:
    """An export's body with "اقرأ أيضاً: <title>" lines: the titles become related links."""
    from tracker.ingest import read_paths

    body = "قال الوزير إن الطريق مغلق.\nاقرأ أيضاً: الحكومة تناقش الموازنة الجديدة\nوأضاف أن الجسر سيفتح غداً."
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps({"title": "خبر", "full_text": body, "lang": "ar"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (record,) = list(read_paths([str(path)]))
    assert "اقرأ" not in record.text
    assert record.related == ("الحكومة تناقش الموازنة الجديدة",)
    assert record.text.splitlines() == ["قال الوزير إن الطريق مغلق.", "وأضاف أن الجسر سيفتح غداً."]
